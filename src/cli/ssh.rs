//! `ForceCommand renshi` in sshd: the words the remote user typed arrive in
//! SSH_ORIGINAL_COMMAND. They are split like a shell would (quotes), never run
//! by one, and only renshi's own everyday commands are accepted.

/// Subcommands and options a remote user may not use: they would pick another
/// store or socket, or start a server, instead of using the daemon they were given.
const FORBIDDEN_COMMANDS: &[&str] = &["serve", "init", "demo"];
const FORBIDDEN_OPTIONS: &[&str] = &["--store", "--socket", "--keys"];

/// The argument words of a forced command, or why they are refused.
pub fn forced_args(original: &str) -> Result<Vec<String>, String> {
    let mut words = shlex::split(original)
        .ok_or_else(|| format!("cannot read the command `{original}`: unbalanced quotes"))?;
    // `ssh hr-server renshi inbox` and `ssh hr-server inbox` mean the same.
    if words
        .first()
        .is_some_and(|w| w == "renshi" || w.ends_with("/renshi"))
    {
        words.remove(0);
    }
    if let Some(cmd) = words.iter().find(|w| !w.starts_with('-'))
        && FORBIDDEN_COMMANDS.contains(&cmd.as_str())
    {
        return Err(format!("`{cmd}` is not available over SSH"));
    }
    for w in &words {
        let name = w.split('=').next().unwrap_or(w);
        if FORBIDDEN_OPTIONS.contains(&name) {
            return Err(format!("`{name}` is not available over SSH"));
        }
    }
    Ok(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_like_a_shell_without_running_one() {
        assert_eq!(
            forced_args("renshi approve HP-0001 -m 'ok; rm -rf /'").unwrap(),
            vec!["approve", "HP-0001", "-m", "ok; rm -rf /"]
        );
        assert_eq!(forced_args("inbox").unwrap(), vec!["inbox"]);
        assert_eq!(forced_args("").unwrap(), Vec::<String>::new());
    }

    #[test]
    fn refuses_server_commands_and_store_options() {
        assert!(forced_args("renshi serve").is_err());
        assert!(forced_args("init --demo").is_err());
        assert!(forced_args("inbox --store /tmp/x").is_err());
        assert!(forced_args("inbox --socket=/tmp/s").is_err());
        assert!(forced_args("approve 'HP-1").is_err());
    }
}
