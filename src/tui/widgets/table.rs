//! A bordered list with a header row, the selection kept in view, cells cut
//! to their columns, and the list's filter shown in its bottom border.

use super::filter::Filter;
use crate::tui::screens::Hits;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::widgets::{Paragraph, Row, Table, TableState, Wrap};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// One row of a `ListTable`: its cells as text, and a style for the row.
pub struct Cells {
    pub cells: Vec<String>,
    pub style: Option<Style>,
}

impl Cells {
    pub fn new(cells: Vec<String>) -> Cells {
        Cells { cells, style: None }
    }

    pub fn styled(mut self, style: Style) -> Cells {
        self.style = Some(style);
        self
    }
}

/// Where a drawn list landed, for the mouse: its rows' area and the index
/// of the first visible row. `pane` tells lists of one screen apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListHit {
    pub area: Rect,
    pub offset: usize,
    pub pane: u8,
}

/// Columns are (catalog key, width), so a header can never disagree with
/// its widths. A cell longer than its column ends in one ellipsis.
pub struct ListTable<'a> {
    pub title: String,
    pub columns: &'a [(&'a str, Constraint)],
    pub rows: Vec<Cells>,
    pub sel: usize,
    pub focused: bool,
    pub pane: u8,
    pub filter: Option<&'a Filter>,
    /// Rows before filtering, for "3 of 20".
    pub total: usize,
}

/// Which rows a `ListTable` holds of a longer list, for lists too long to
/// lay out whole on every frame: `rows` are the list's rows from `first`
/// (at least as many as fit, from `ListTable::window`), of `count` in all.
/// `sort` marks a column header as the one the list is sorted by
/// (`true`: in reverse).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Window {
    pub first: usize,
    pub count: usize,
    pub sort: Option<(usize, bool)>,
}

impl ListTable<'_> {
    pub fn draw(
        self,
        f: &mut Frame,
        cat: &crate::i18n::Catalog,
        theme: &Theme,
        area: Rect,
        hits: &mut Hits,
    ) {
        let count = self.rows.len();
        self.draw_window(
            f,
            cat,
            theme,
            area,
            hits,
            Window {
                first: 0,
                count,
                sort: None,
            },
        );
    }

    /// The rows a window must hold for the selection `sel` to show in
    /// `area`: from the first, as many as fit.
    pub fn window(theme: &Theme, area: Rect, sel: usize) -> std::ops::Range<usize> {
        let visible = theme
            .block(String::new(), area)
            .inner(area)
            .height
            .saturating_sub(1) as usize;
        let first = offset_for(sel, visible);
        first..first + visible.max(1)
    }

    pub fn draw_window(
        self,
        f: &mut Frame,
        cat: &crate::i18n::Catalog,
        theme: &Theme,
        area: Rect,
        hits: &mut Hits,
        window: Window,
    ) {
        let mut block = theme
            .block(self.title.clone(), area)
            .border_style(if self.focused {
                theme.accent
            } else {
                theme.dim
            });
        if let Some(line) = self
            .filter
            .and_then(|fl| fl.line(cat, theme, window.count, self.total))
        {
            block = block.title_bottom(line);
        }
        let inner = block.inner(area);
        if window.count == 0 {
            let text = match self.filter {
                Some(fl) if fl.active() => cat.t("filter.nothing"),
                _ => cat.t("list.empty"),
            };
            f.render_widget(
                Paragraph::new(text.to_string())
                    .style(theme.dim)
                    .wrap(Wrap { trim: true })
                    .block(block),
                area,
            );
            return;
        }
        let visible = inner.height.saturating_sub(1) as usize;
        let offset = offset_for(self.sel, visible);
        let mut state = TableState::default().with_offset(offset.saturating_sub(window.first));
        if self.focused {
            state.select(Some(self.sel.saturating_sub(window.first)));
        }
        // The widths ratatui would give the columns, computed here so every
        // cell can be cut to its own.
        let widths: Vec<u16> = Layout::horizontal(self.columns.iter().map(|(_, w)| *w))
            .spacing(1)
            .split(Rect::new(0, 0, inner.width, 1))
            .iter()
            .map(|r| r.width)
            .collect();
        let ell = theme.glyphs.ellipsis;
        let fitted = |cells: Vec<String>| -> Row<'static> {
            Row::new(
                cells
                    .into_iter()
                    .zip(&widths)
                    .map(|(c, w)| fit_with(&c, *w as usize, ell)),
            )
        };
        // A sort mark stays whole; the column's name is cut before it.
        let header = Row::new(self.columns.iter().zip(&widths).enumerate().map(
            |(i, ((k, _), w))| {
                let name = if k.is_empty() {
                    String::new()
                } else {
                    cat.t(k).to_string()
                };
                let mark = match window.sort {
                    Some((col, true)) if col == i => theme.glyphs.more_below,
                    Some((col, false)) if col == i => theme.glyphs.more_above,
                    _ => "",
                };
                let room = (*w as usize).saturating_sub(mark.width());
                format!("{}{mark}", fit_with(&name, room, ell))
            },
        ));
        let rows: Vec<Row> = self
            .rows
            .into_iter()
            .map(|r| {
                let style = r.style;
                let row = fitted(r.cells);
                match style {
                    Some(s) => row.style(s),
                    None => row,
                }
            })
            .collect();
        let table = Table::new(rows, widths.iter().map(|w| Constraint::Length(*w)))
            .header(header.style(theme.accent))
            .row_highlight_style(theme.selected)
            .block(block);
        f.render_stateful_widget(table, area, &mut state);
        hits.lists.push(ListHit {
            area: Rect::new(
                inner.x,
                inner.y + 1,
                inner.width,
                inner.height.saturating_sub(1),
            ),
            offset,
            pane: self.pane,
        });
        hits.page = hits.page.max(visible.max(1));
    }
}

/// A titled box with a dim sentence in it: an empty list, a refusal.
pub fn message(f: &mut Frame, theme: &Theme, area: Rect, title: &str, text: &str) {
    let p = Paragraph::new(text.to_string())
        .style(theme.dim)
        .wrap(Wrap { trim: true })
        .block(theme.block(title.to_string(), area));
    f.render_widget(p, area);
}

/// `s` cut to at most `width` display columns, ending in "…" when cut.
pub fn fit(s: &str, width: usize) -> String {
    fit_with(s, width, "…")
}

/// `s` cut to at most `width` columns, ending in `ellipsis` when cut.
pub fn fit_with(s: &str, width: usize, ellipsis: &str) -> String {
    if s.width() <= width {
        return s.to_string();
    }
    let room = width.saturating_sub(ellipsis.width());
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        out.push(c);
    }
    // A cut right after a space or a closing mark reads as a finished word.
    while out.ends_with([' ', '\u{a0}', '…']) {
        out.pop();
    }
    out.push_str(ellipsis);
    out
}

/// First visible row so that `sel` stays in a window of `rows`.
pub fn offset_for(sel: usize, rows: usize) -> usize {
    if rows == 0 {
        sel
    } else {
        sel.saturating_sub(rows - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_ends_in_exactly_one_ellipsis_and_never_overflows() {
        for (s, w) in [
            ("施工員 Site Supervisor", 10),
            ("Bids and tenders…", 8),
            ("土建工程師", 5),
            ("abc", 3),
            ("abcd", 1),
        ] {
            let out = fit(s, w);
            assert!(out.width() <= w, "{out:?} is wider than {w}");
            if s.width() > w {
                assert!(out.ends_with('…'), "{out:?}");
                assert!(!out.ends_with("……"), "{out:?}");
            } else {
                assert_eq!(out, s);
            }
        }
        assert_eq!(fit("ab cd", 4), "ab…", "no space before the ellipsis");
        assert_eq!(fit("ab…cd", 4), "ab…", "never two");
    }
}
