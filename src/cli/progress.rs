//! Progress of long work (import, export): a bar on standard error when it
//! is a terminal, and nothing at all otherwise, so scripts and logs get only
//! the result. The bar draws itself at most a few times a second, so it
//! costs next to nothing over a slow SSH link.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

pub struct Progress {
    bar: Option<ProgressBar>,
}

impl Progress {
    /// A bar for `what` (a catalog text), out of `total` (0: not known yet).
    pub fn new(what: &str, total: u64, bytes: bool) -> Progress {
        if !std::io::stderr().is_terminal() {
            return Progress { bar: None };
        }
        let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr_with_hz(4));
        let template = if bytes {
            "{msg} [{bar:30}] {bytes}/{total_bytes} {eta}"
        } else {
            "{msg} [{bar:30}] {pos}/{len} {eta}"
        };
        // ASCII only: the bar must line up in any terminal font.
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_message(crate::domain::text::visible_line(what).into_owned());
        Progress { bar: Some(bar) }
    }

    /// Goes on with another step of the same work.
    pub fn next(&self, what: &str, total: u64, bytes: bool) -> Progress {
        self.done();
        Progress::new(what, total, bytes)
    }

    pub fn set(&self, n: u64) {
        if let Some(b) = &self.bar {
            b.set_position(n);
        }
    }

    pub fn total(&self, n: u64) {
        if let Some(b) = &self.bar {
            b.set_length(n);
        }
    }

    /// Takes the bar off the screen (results are printed after it).
    pub fn done(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.done();
    }
}
