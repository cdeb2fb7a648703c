//! Text fields of forms: ratatui-textarea underneath, for the editing a
//! terminal user expects (word moves, kill to start/end, undo). Its keys are
//! bound in the keymap's `editor` layer, so help lists them; pasted text
//! goes in whole, line breaks included where the field takes several lines.

use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

/// What an editing key does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditOp {
    Left,
    Right,
    WordLeft,
    WordRight,
    Home,
    End,
    Backspace,
    Delete,
    DeleteWord,
    KillToStart,
    KillToEnd,
    Newline,
    Undo,
    Redo,
}

#[derive(Clone, Debug)]
pub struct Editor {
    area: TextArea<'static>,
    pub multiline: bool,
}

/// Two editors are equal when they hold the same text (a form compares its
/// fields with how they opened to know whether Esc would lose work).
impl PartialEq for Editor {
    fn eq(&self, other: &Self) -> bool {
        self.area.lines() == other.area.lines()
    }
}

impl Default for Editor {
    fn default() -> Self {
        Editor::new("", false)
    }
}

impl Editor {
    pub fn new(text: &str, multiline: bool) -> Editor {
        let lines = if multiline {
            text.split('\n').map(str::to_string).collect()
        } else {
            vec![text.replace(['\n', '\r'], " ")]
        };
        let mut area = TextArea::new(lines);
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        area.set_cursor_line_style(Style::new());
        area.set_wrap_mode(if multiline {
            WrapMode::WordOrGlyph
        } else {
            WrapMode::None
        });
        Editor { area, multiline }
    }

    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    pub fn is_empty(&self) -> bool {
        self.area.is_empty()
    }

    pub fn insert_char(&mut self, c: char) {
        if c == '\n' || c == '\r' {
            self.newline();
        } else {
            self.area.insert_char(c);
        }
    }

    /// Pasted text: kept whole; line breaks become spaces in a one-line field.
    pub fn paste(&mut self, text: &str) {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let text = if self.multiline {
            text
        } else {
            text.replace('\n', " ")
        };
        self.area.insert_str(text);
    }

    fn newline(&mut self) {
        if self.multiline {
            self.area.insert_newline();
        }
    }

    pub fn apply(&mut self, op: EditOp) {
        let a = &mut self.area;
        match op {
            EditOp::Left => a.move_cursor(CursorMove::Back),
            EditOp::Right => a.move_cursor(CursorMove::Forward),
            EditOp::WordLeft => a.move_cursor(CursorMove::WordBack),
            EditOp::WordRight => a.move_cursor(CursorMove::WordForward),
            EditOp::Home => a.move_cursor(CursorMove::Head),
            EditOp::End => a.move_cursor(CursorMove::End),
            EditOp::Backspace => {
                a.delete_char();
            }
            EditOp::Delete => {
                a.delete_next_char();
            }
            EditOp::DeleteWord => {
                a.delete_word();
            }
            EditOp::KillToStart => {
                a.delete_line_by_head();
            }
            EditOp::KillToEnd => {
                a.delete_line_by_end();
            }
            EditOp::Newline => self.newline(),
            EditOp::Undo => {
                a.undo();
            }
            EditOp::Redo => {
                a.redo();
            }
        }
    }

    /// Moves the cursor a line up or down inside the text; false at the
    /// first or last line (the form then moves to another field).
    pub fn line_up_down(&mut self, down: bool) -> bool {
        let row = self.area.cursor().0;
        let last = self.area.lines().len().saturating_sub(1);
        if !self.multiline || (down && row >= last) || (!down && row == 0) {
            return false;
        }
        self.area.move_cursor(if down {
            CursorMove::Down
        } else {
            CursorMove::Up
        });
        true
    }

    /// Screen rows the text takes at `width` columns (at least one).
    pub fn rows(&self, width: usize) -> usize {
        if !self.multiline {
            return 1;
        }
        self.area
            .lines()
            .iter()
            .map(|l| super::detail::wrap(l, width, 0).len())
            .sum::<usize>()
            .max(1)
    }

    pub fn draw(&self, f: &mut Frame, theme: &Theme, area: Rect, focused: bool) {
        let mut a = self.area.clone();
        a.set_cursor_style(if focused {
            theme.selected
        } else {
            Style::new()
        });
        f.render_widget(&a, area);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paste_keeps_lines_in_a_long_field_and_joins_them_in_a_short_one() {
        let mut long = Editor::new("", true);
        long.paste("第一行 first\r\nsecond 第二行\n");
        assert_eq!(long.text(), "第一行 first\nsecond 第二行\n");
        let mut short = Editor::new("", false);
        short.paste("one\ntwo");
        assert_eq!(short.text(), "one two");
        short.insert_char('\n');
        assert_eq!(short.text(), "one two", "no line break in a one-line field");
    }

    #[test]
    fn editing_keys_kill_words_and_lines_and_undo() {
        let mut e = Editor::new("施工 plan draft", false);
        e.apply(EditOp::DeleteWord);
        assert_eq!(e.text(), "施工 plan ");
        e.apply(EditOp::KillToStart);
        assert_eq!(e.text(), "");
        e.apply(EditOp::Undo);
        assert_eq!(e.text(), "施工 plan ");
        e.apply(EditOp::Home);
        e.apply(EditOp::KillToEnd);
        assert_eq!(e.text(), "");
    }

    #[test]
    fn up_and_down_move_inside_a_long_text_until_its_ends() {
        let mut e = Editor::new("a\nb\nc", true);
        assert!(!e.line_up_down(true), "the cursor starts on the last line");
        assert!(e.line_up_down(false));
        assert!(e.line_up_down(false));
        assert!(!e.line_up_down(false), "first line reached");
    }
}
