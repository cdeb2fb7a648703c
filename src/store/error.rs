use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum StoreError {
    #[error(
        "the store {path} is open in another renshi process; to work on it together, run `renshi serve` on it and connect to that"
    )]
    Locked { path: String },
    #[error("{path} is not a renshi store; create one with `renshi init --store {path}`")]
    NotAStore { path: String },
    #[error("{path} already holds files; choose an empty or new directory for a new store")]
    NotEmpty { path: String },
    #[error(
        "the store {path} has format {found}; this renshi reads format {supported}: use a matching renshi version"
    )]
    Unsupported {
        path: String,
        found: u32,
        supported: u32,
    },
    #[error("the store {path} is damaged: {detail}")]
    Corrupt { path: String, detail: String },
    #[error("could not use {path}: {detail}")]
    Io { path: String, detail: String },
}

impl StoreError {
    pub fn key(&self) -> &'static str {
        match self {
            StoreError::Locked { .. } => "err.store_locked",
            StoreError::NotAStore { .. } => "err.not_a_store",
            StoreError::NotEmpty { .. } => "err.store_not_empty",
            StoreError::Unsupported { .. } => "err.store_unsupported",
            StoreError::Corrupt { .. } => "err.store_corrupt",
            StoreError::Io { .. } => "err.store_io",
        }
    }

    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            StoreError::Locked { path }
            | StoreError::NotAStore { path }
            | StoreError::NotEmpty { path } => {
                vec![("path", path.clone())]
            }
            StoreError::Unsupported {
                path,
                found,
                supported,
            } => vec![
                ("path", path.clone()),
                ("found", found.to_string()),
                ("supported", supported.to_string()),
            ],
            StoreError::Corrupt { path, detail } | StoreError::Io { path, detail } => {
                vec![("path", path.clone()), ("detail", detail.clone())]
            }
        }
    }
}
