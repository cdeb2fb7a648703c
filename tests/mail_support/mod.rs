//! What `tests/fake_mailer.sh` received, for the mail tests.

use std::path::{Path, PathBuf};

/// The messages the fake mailer kept beside itself in `dir`, oldest first,
/// each with its first line of arguments (`ARGS: [-i] [--] [ADDRESS]`).
pub fn received(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir.join("sent")) else {
        return Vec::new();
    };
    let mut names: Vec<PathBuf> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .collect();
    names.sort();
    names
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}
