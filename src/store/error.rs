use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum StoreError {
    #[error(
        "the store {path} is open in another renshi process; to work on it together, run `renshi serve` on it and connect to that"
    )]
    Locked { path: String },
    #[error("{path} is not a renshi store; create one with `renshi init --store {path}`")]
    NotAStore { path: String },
    #[error("there is no store at {path} yet")]
    NoStore { path: String },
    #[error("{path} already holds files; choose an empty or new directory for a new store")]
    NotEmpty { path: String },
    #[error(
        "the store {path} has format {found}; this renshi reads formats up to {supported}: use a newer renshi"
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
    #[error("no space left on the disk of {path}; nothing was saved")]
    DiskFull { path: String },
    /// Opening needs a little room too (sled writes as it recovers).
    #[error("no space left on the disk of {path}; the store cannot be opened until some is freed")]
    NoSpace { path: String },
    #[error(
        "the store {path} lost events: its log ends at event {log_end}, but its head file {file} recorded event {recorded}"
    )]
    Truncated {
        path: String,
        file: String,
        log_end: u64,
        recorded: u64,
    },
    #[error(
        "the store {path} has a log whose event {seq} differs from what its head file {file} recorded"
    )]
    HeadMismatch {
        path: String,
        file: String,
        seq: u64,
    },
    #[error(
        "the head file {file} of the store {path} is {reason}, so renshi cannot tell whether events were lost from the end of the log"
    )]
    HeadUnreadable {
        path: String,
        file: String,
        reason: String,
    },
    #[error(
        "a change of {bytes} bytes is more than a store keeps in one piece ({max}); shorten its text"
    )]
    TooLarge { bytes: usize, max: usize },
    /// A new store is not made through a symbolic link: the link would be
    /// replaced, not what it points to.
    #[error("{path} is a symbolic link (to {to}); give the directory itself")]
    Symlink { path: String, to: String },
    #[error(
        "the store {path} belongs to {owner}: open it as that account (runuser -u {owner} -- renshi …), or through its daemon"
    )]
    NotOwner { path: String, owner: String },
}

impl StoreError {
    /// A full disk passes once space is freed; everything else about a store
    /// that will not open stays until someone acts.
    pub fn is_lack_of_space(&self) -> bool {
        matches!(
            self,
            StoreError::DiskFull { .. } | StoreError::NoSpace { .. }
        )
    }

    pub fn key(&self) -> &'static str {
        match self {
            StoreError::Locked { .. } => "err.store_locked",
            StoreError::NotAStore { .. } => "err.not_a_store",
            StoreError::NoStore { .. } => "err.no_store",
            StoreError::NotEmpty { .. } => "err.store_not_empty",
            StoreError::Unsupported { .. } => "err.store_unsupported",
            StoreError::Corrupt { .. } => "err.store_corrupt",
            StoreError::Io { .. } => "err.store_io",
            StoreError::DiskFull { .. } => "err.disk_full",
            StoreError::NoSpace { .. } => "err.no_space",
            StoreError::Truncated { .. } => "err.store_truncated",
            StoreError::HeadMismatch { .. } => "err.head_mismatch",
            StoreError::HeadUnreadable { .. } => "err.head_unreadable",
            StoreError::TooLarge { .. } => "err.too_large",
            StoreError::Symlink { .. } => "err.store_symlink",
            StoreError::NotOwner { .. } => "err.store_not_owner",
        }
    }

    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            StoreError::Locked { path }
            | StoreError::NotAStore { path }
            | StoreError::NoStore { path }
            | StoreError::NotEmpty { path }
            | StoreError::DiskFull { path }
            | StoreError::NoSpace { path } => vec![("path", path.clone())],
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
            StoreError::Truncated {
                path,
                file,
                log_end,
                recorded,
            } => vec![
                ("path", path.clone()),
                ("file", file.clone()),
                ("log_end", log_end.to_string()),
                ("recorded", recorded.to_string()),
            ],
            StoreError::HeadMismatch { path, file, seq } => vec![
                ("path", path.clone()),
                ("file", file.clone()),
                ("seq", seq.to_string()),
            ],
            StoreError::HeadUnreadable { path, file, reason } => vec![
                ("path", path.clone()),
                ("file", file.clone()),
                ("reason", reason.clone()),
            ],
            StoreError::TooLarge { bytes, max } => {
                vec![("bytes", bytes.to_string()), ("max", max.to_string())]
            }
            StoreError::Symlink { path, to } => vec![("path", path.clone()), ("to", to.clone())],
            StoreError::NotOwner { path, owner } => {
                vec![("path", path.clone()), ("owner", owner.clone())]
            }
        }
    }

    /// An error of the disk or of sled, said in words: a full disk as a full
    /// disk, damaged data as damage to a named file, never sled's debug text.
    pub fn from_io(path: &std::path::Path, e: &std::io::Error) -> StoreError {
        let path = path.display().to_string();
        // ENOSPC and EDQUOT: out of space, or out of the user's quota.
        if e.kind() == std::io::ErrorKind::StorageFull || matches!(e.raw_os_error(), Some(28 | 122))
        {
            return StoreError::DiskFull { path };
        }
        StoreError::Io {
            path,
            detail: e.to_string(),
        }
    }

    pub fn from_sled(path: &std::path::Path, e: sled::Error) -> StoreError {
        match e {
            sled::Error::Io(io) => StoreError::from_io(path, &io),
            sled::Error::Corruption { .. } => StoreError::Corrupt {
                path: path.display().to_string(),
                detail: "its data file `db` holds unreadable data".into(),
            },
            sled::Error::Unsupported(what) => StoreError::Corrupt {
                path: path.display().to_string(),
                detail: format!("its files were written with other settings ({what})"),
            },
            sled::Error::ReportableBug(what) => StoreError::Corrupt {
                path: path.display().to_string(),
                detail: format!("the storage engine stopped on an internal error ({what})"),
            },
            sled::Error::CollectionNotFound(_) => StoreError::Corrupt {
                path: path.display().to_string(),
                detail: "a part of the store is missing".into(),
            },
        }
    }
}
