//! `/` on any list: a filter typed in the list's bottom border, applied as
//! the user types, by id and text. Enter keeps it and goes back to the
//! list; Esc drops it.

use super::editor::Editor;
use crate::i18n::Catalog;
use crate::tui::theme::Theme;
use ratatui::text::{Line, Span};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    pub input: Editor,
    /// Keys go to the filter's text (after `/`, until Enter or Esc).
    pub editing: bool,
}

impl Filter {
    pub fn text(&self) -> String {
        self.input.text()
    }

    /// Whether it hides anything: something is typed.
    pub fn active(&self) -> bool {
        !self.text().trim().is_empty()
    }

    pub fn start(&mut self) {
        self.editing = true;
    }

    pub fn clear(&mut self) {
        *self = Filter::default();
    }

    /// The indices of `rows` that pass, in order.
    pub fn pick<T>(&self, rows: &[T], texts: impl Fn(&T) -> Vec<String>) -> Vec<usize> {
        if !self.active() {
            return (0..rows.len()).collect();
        }
        let m = crate::find::Matcher::new(&self.text());
        rows.iter()
            .enumerate()
            .filter(|(_, r)| texts(r).iter().any(|t| m.matches(t)))
            .map(|(i, _)| i)
            .collect()
    }

    /// What the list's bottom border says: the filter being typed (with a
    /// cursor), or the one in force and how many rows it leaves.
    pub fn line(
        &self,
        cat: &Catalog,
        theme: &Theme,
        shown: usize,
        total: usize,
    ) -> Option<Line<'static>> {
        if !self.editing && !self.active() {
            return None;
        }
        let mut spans = vec![Span::styled(" / ".to_string(), theme.key)];
        spans.push(Span::raw(self.text()));
        if self.editing {
            spans.push(Span::styled(theme.glyphs.cursor.to_string(), theme.key));
        }
        spans.push(Span::styled(
            format!(
                " {} ",
                cat.f(
                    "filter.count",
                    &[("shown", shown.to_string()), ("total", total.to_string())]
                )
            ),
            theme.dim,
        ));
        Some(Line::from(spans))
    }
}
