//! Pop-ups over the screen: where they go, how they clear what is behind
//! them, and the reader that shows one long text in full.

use super::detail::{Detail, Doc};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;

/// Blanks the rows under a pop-up, across the whole screen and one row above
/// and below: the boxes behind it then end cleanly at the band instead of
/// leaving corners and wide (CJK) half-characters beside its border.
pub fn clear(f: &mut Frame, area: Rect) {
    let screen = f.area();
    let top = area.y.saturating_sub(1).max(screen.y);
    let bottom = (area.bottom() + 1).min(screen.bottom());
    f.render_widget(
        ratatui::widgets::Clear,
        Rect::new(screen.x, top, screen.width, bottom.saturating_sub(top)),
    );
}

/// A rectangle of at most `w`×`h` centred in `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// One long text in full (an audit entry, a message that did not fit the
/// status line), scrolled like any detail pane.
#[derive(Clone, Debug)]
pub struct Reader {
    pub title: String,
    pub doc: Doc,
    pub detail: Detail,
}

impl Reader {
    /// Draws the reader as large as the screen allows; returns the rows it shows.
    pub fn draw(&self, f: &mut Frame, theme: &Theme) -> usize {
        let screen = f.area();
        let width = screen.width.saturating_sub(4).min(100);
        let inner_w = width.saturating_sub(2).max(1) as usize;
        let rows = self.doc.lines(inner_w).len() as u16;
        let area = centered(
            screen,
            width,
            (rows + 2).min(screen.height.saturating_sub(2)),
        );
        clear(f, area);
        let inner = self
            .detail
            .draw(f, theme, area, self.title.clone(), &self.doc, true);
        inner.height as usize
    }
}
