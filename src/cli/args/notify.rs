//! The options of `renshi notify`: one's mail settings and the outbox.

use clap::Subcommand;

#[derive(Subcommand, Debug)]
pub enum NotifyCmd {
    /// How the daemon mails, your settings, and the mail queued, sent or
    /// failing (yours; everyone's for the administrator)
    Status {
        /// Print JSON (the shapes are described in docs/json.md)
        #[arg(long)]
        json: bool,
    },
    /// Set your mail address or language (what you leave out stays)
    Set {
        /// Where mail goes (name@example.com); "" removes the address
        #[arg(long)]
        address: Option<String>,
        /// The language mail is written in: en, zh-Hans or zh-Hant
        #[arg(long)]
        language: Option<String>,
        /// Another user's settings (administrators)
        #[arg(long, value_name = "LOGIN")]
        user: Option<String>,
    },
    /// Mail me again (after `notify off`)
    On {
        /// Another user (administrators)
        #[arg(long, value_name = "LOGIN")]
        user: Option<String>,
    },
    /// No more mail for me; the address stays for when you turn it on
    Off {
        /// Another user (administrators)
        #[arg(long, value_name = "LOGIN")]
        user: Option<String>,
    },
}
