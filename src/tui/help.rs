//! Help, generated from the key table: the keys of this screen first, then
//! every other layer. Nothing here is written by hand, so it cannot drift.

use super::app::App;
use super::keymap::Layer;
use super::screens;
use super::theme::Theme;
use super::widgets::Detail;
use super::widgets::detail::Doc;
use super::widgets::popup::{centered, clear};
use ratatui::Frame;
use ratatui::style::{Modifier, Style};
use unicode_width::UnicodeWidthStr;

/// Help as a document: the current screen's keys, then moving in lists,
/// the keys that work everywhere, and every other layer.
pub fn doc(app: &App) -> Doc {
    let cat = &app.cat;
    let mut order = vec![screens::entry(app.screen).layer, Layer::List, Layer::Global];
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
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let mut out = Doc::default();
    for layer in order {
        let entries = app.keys.grouped(&[layer]);
        if entries.is_empty() {
            continue;
        }
        out.push(cat.t(&format!("layer.{}", layer.name())), bold);
        for (k, _, d) in entries {
            let pad = " ".repeat(w.saturating_sub(k.width()));
            out.push_indented(format!("  {k}{pad}  {}", cat.t(&d)), Style::new(), w + 4);
        }
    }
    out
}

/// Draws help scrolled as `detail` says; returns how many rows it shows.
pub fn draw(f: &mut Frame, app: &App, theme: &Theme, detail: &Detail) -> usize {
    let area = f.area();
    let area = centered(
        area,
        area.width.saturating_sub(2).min(76),
        area.height.saturating_sub(2),
    );
    clear(f, area);
    let inner = detail.draw(
        f,
        theme,
        area,
        app.cat.t("help.title").to_string(),
        &doc(app),
        true,
    );
    inner.height as usize
}
