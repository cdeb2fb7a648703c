//! Progress of long work (import, export, backup, restore, verifying a log): a bar on
//! standard error when it is a terminal, and nothing at all otherwise, so
//! scripts and logs get plain output.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

pub struct Progress(Option<ProgressBar>);

impl Progress {
    /// A bar towards `total` (events, or bytes when `bytes`), or a spinner
    /// when the total is unknown (`None`).
    pub fn new(message: &str, total: Option<u64>, bytes: bool) -> Progress {
        if !std::io::stderr().is_terminal() {
            return Progress(None);
        }
        let counts = if bytes {
            "{bytes}/{total_bytes}"
        } else {
            "{human_pos}/{human_len}"
        };
        let (bar, template) = match total {
            Some(n) => (
                ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr()),
                format!("{{msg}} [{{bar:30}}] {counts} {{eta}}"),
            ),
            None => (
                ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
                "{spinner} {msg} {elapsed}".to_string(),
            ),
        };
        // The templates are constants that parse; a failure only loses the style.
        if let Ok(style) = ProgressStyle::with_template(&template) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_message(crate::domain::text::visible(message).into_owned());
        if total.is_none() {
            bar.enable_steady_tick(std::time::Duration::from_millis(120));
        }
        Progress(Some(bar))
    }

    /// Goes on with another step of the same work.
    pub fn next(&self, message: &str, total: Option<u64>, bytes: bool) -> Progress {
        self.done();
        Progress::new(message, total, bytes)
    }

    /// The total, once it is known.
    pub fn total(&self, n: u64) {
        if let Some(b) = &self.0 {
            b.set_length(n);
        }
    }

    pub fn set(&self, n: u64) {
        if let Some(b) = &self.0 {
            b.set_position(n);
        }
    }

    /// Takes the bar off the screen, before the result is printed.
    pub fn done(&self) {
        if let Some(b) = &self.0 {
            b.finish_and_clear();
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.done();
    }
}
