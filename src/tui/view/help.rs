//! Help, generated from the key table: the keys of this screen first, then
//! every other layer. Nothing here is written by hand, so it cannot drift.

use super::theme::Theme;
use crate::tui::app::App;
use crate::tui::keymap::Layer;
use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use unicode_width::UnicodeWidthStr;

pub fn lines(app: &App) -> Vec<Line<'static>> {
    let cat = &app.cat;
    let mut order = vec![app.screen.layer(), Layer::List, Layer::Global];
    let rest: Vec<Layer> = Layer::ALL
        .into_iter()
        .filter(|l| !order.contains(l) && *l != Layer::Help)
        .collect();
    order.extend(rest);
    // One key column for every section, so the descriptions line up.
    let w = order
        .iter()
        .flat_map(|l| app.keys.grouped(&[*l]))
        .map(|(k, _, _)| k.width())
        .max()
        .unwrap_or(4);
    let mut out = Vec::new();
    for layer in order {
        let entries = app.keys.grouped(&[layer]);
        if entries.is_empty() {
            continue;
        }
        out.push(
            Line::from(Span::raw(
                cat.t(&format!("layer.{}", layer.name())).to_string(),
            ))
            .style(ratatui::style::Style::new().add_modifier(ratatui::style::Modifier::BOLD)),
        );
        for (k, _, d) in entries {
            let pad = " ".repeat(w - k.width());
            out.push(Line::from(format!("  {k}{pad}  {}", cat.t(&d))));
        }
    }
    out
}

/// Draws help scrolled to `scroll` and returns how many lines fit.
pub fn draw(f: &mut Frame, app: &App, theme: &Theme, scroll: usize) -> usize {
    let area = f.area();
    let area = super::centered(
        area,
        area.width.saturating_sub(2).min(70),
        area.height.saturating_sub(2),
    );
    super::clear_popup(f, area);
    let lines = lines(app);
    let view = area.height.saturating_sub(2) as usize;
    let mut block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.accent)
        .title(app.cat.t("help.title").to_string());
    if scroll + view < lines.len() {
        block = block.title_bottom(Line::from(app.cat.t("help.more").to_string()).right_aligned());
    }
    let p = Paragraph::new(lines)
        .block(block)
        .scroll((scroll as u16, 0));
    f.render_widget(p, area);
    view
}
