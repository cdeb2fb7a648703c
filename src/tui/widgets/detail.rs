//! A detail pane: text wrapped to the pane by the Unicode line-breaking
//! rules (so mixed Chinese and Latin wraps where a reader expects, and no
//! line starts with a lone `。`), scrolled by keys and the wheel, with a
//! mark in the border when there is more above or below.

use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// Text to show: paragraphs, each with a style and an indent for its
/// continuation lines.
#[derive(Clone, Debug, Default)]
pub struct Doc {
    pub paras: Vec<Para>,
}

#[derive(Clone, Debug)]
pub struct Para {
    pub text: String,
    pub style: Style,
    /// Columns that wrapped lines are indented by.
    pub indent: usize,
}

impl Doc {
    pub fn push(&mut self, text: impl Into<String>, style: Style) {
        self.push_indented(text, style, 0);
    }

    pub fn push_indented(&mut self, text: impl Into<String>, style: Style, indent: usize) {
        let text = text.into();
        // A text with line breaks of its own keeps them; its later lines
        // line up with its wrapped ones.
        for (i, part) in text.split('\n').enumerate() {
            let text = if i == 0 {
                part.to_string()
            } else {
                format!("{}{part}", " ".repeat(indent))
            };
            self.paras.push(Para {
                text,
                style,
                indent,
            });
        }
    }

    pub fn blank(&mut self) {
        self.push(String::new(), Style::new());
    }

    pub fn is_empty(&self) -> bool {
        self.paras.is_empty()
    }

    /// The document as screen lines of at most `width` columns.
    pub fn lines(&self, width: usize) -> Vec<Line<'static>> {
        let mut out = Vec::new();
        for p in &self.paras {
            for row in wrap(&p.text, width, p.indent) {
                out.push(Line::from(Span::styled(row, p.style)));
            }
        }
        out
    }
}

/// `text` in rows of at most `width` columns; rows after the first are
/// indented by `indent` (when that leaves room to write).
pub fn wrap(text: &str, width: usize, indent: usize) -> Vec<String> {
    let width = width.max(1);
    if text.is_empty() {
        return vec![String::new()];
    }
    let pad = if indent + 8 <= width { indent } else { 0 };
    let prefix = " ".repeat(pad);
    // Not at a word's own hyphens: a date (2026-11-27) or an id (SEP-0004)
    // stays whole on its line; a word longer than the line is still cut.
    let opts = textwrap::Options::new(width)
        .subsequent_indent(&prefix)
        .word_separator(textwrap::WordSeparator::UnicodeBreakProperties)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(true);
    textwrap::wrap(text, opts)
        .into_iter()
        .map(|c| c.into_owned())
        .collect()
}

/// Scroll state of one pane.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Detail {
    pub scroll: usize,
    /// How far the last frame could scroll: the text's length is known only
    /// when it is laid out at the pane's width, and a scroll past it
    /// (after End) must not make Up and PageUp seem to do nothing.
    reach: std::cell::Cell<Option<usize>>,
}

impl Detail {
    fn clamped(&self) -> usize {
        self.reach.get().map_or(self.scroll, |r| self.scroll.min(r))
    }

    pub fn down(&mut self, by: usize) {
        self.scroll = self.clamped().saturating_add(by);
        self.scroll = self.clamped();
    }

    pub fn up(&mut self, by: usize) {
        self.scroll = self.clamped().saturating_sub(by);
    }

    pub fn to_end(&mut self) {
        self.scroll = self.reach.get().unwrap_or(usize::MAX / 2);
    }

    /// Draws `doc` in a box titled `title`; the scroll is clamped so the
    /// last line can reach the bottom but not leave it. Returns the inner
    /// area (for the wheel) and how far it may scroll.
    pub fn draw(
        &self,
        f: &mut Frame,
        theme: &Theme,
        area: Rect,
        title: String,
        doc: &Doc,
        focused: bool,
    ) -> Rect {
        let mut block = theme.block(title, area);
        if focused {
            block = block.border_style(theme.accent);
        }
        let inner = block.inner(area);
        let lines = doc.lines(inner.width as usize);
        let view = inner.height as usize;
        let max = lines.len().saturating_sub(view);
        self.reach.set(Some(max));
        let scroll = self.scroll.min(max);
        let g = theme.glyphs;
        if scroll > 0 {
            block = block.title_top(
                Line::from(Span::styled(
                    format!(" {} {} ", g.more_above, scroll),
                    theme.key,
                ))
                .right_aligned(),
            );
        }
        let below = lines.len().saturating_sub(scroll + view);
        if below > 0 {
            block = block.title_bottom(
                Line::from(Span::styled(
                    format!(" {} {} ", g.more_below, below),
                    theme.key,
                ))
                .right_aligned(),
            );
        }
        let shown: Vec<Line> = lines.into_iter().skip(scroll).take(view).collect();
        f.render_widget(Paragraph::new(shown).block(block), area);
        inner
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn mixed_chinese_and_latin_wraps_within_the_width_and_loses_nothing() {
        let text = "負責土建工程的投標 (bids and tenders) 與現場施工管理，協調 subcontractors 與監理單位。每週向 project manager 匯報進度。";
        for width in [10, 17, 24, 40, 78] {
            let rows = wrap(text, width, 0);
            for r in &rows {
                assert!(r.width() <= width, "{r:?} is wider than {width}");
                assert!(
                    !r.starts_with('。') && !r.starts_with('，'),
                    "{r:?} starts with closing punctuation"
                );
            }
            let joined: String = rows
                .concat()
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            let want: String = text.chars().filter(|c| !c.is_whitespace()).collect();
            assert_eq!(joined, want, "at {width} columns");
        }
    }

    #[test]
    fn dates_and_ids_are_not_broken_at_their_hyphens() {
        let rows = wrap("ended on 2026-11-27 for SEP-0004 today", 16, 0);
        assert!(rows.iter().any(|r| r.contains("2026-11-27")), "{rows:?}");
        assert!(rows.iter().any(|r| r.contains("SEP-0004")), "{rows:?}");
    }

    #[test]
    fn continuation_lines_are_indented() {
        let rows = wrap("one two three four five six seven", 12, 2);
        assert!(rows.len() > 1);
        assert!(rows[1].starts_with("  "));
    }
}
