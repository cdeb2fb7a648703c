//! The few symbols the interface draws. Box drawing, `…`, arrows and `⚠` are
//! of ambiguous East-Asian width: terminals set up for CJK draw them two
//! columns wide and every border after them shifts. `RENSHI_ASCII=1` (or a
//! CJK locale's terminal that needs it) swaps them for ASCII.

use ratatui::symbols::border;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Glyphs {
    pub ellipsis: &'static str,
    pub warn: &'static str,
    pub more_below: &'static str,
    pub more_above: &'static str,
    pub prev: &'static str,
    pub next: &'static str,
    pub dot: &'static str,
    pub dash: &'static str,
    pub arrow: &'static str,
    pub cursor: &'static str,
    /// A progress bar's done and open cells, and a done mark: of neutral
    /// width, so a CJK terminal draws them one column wide.
    pub bar_done: &'static str,
    pub bar_todo: &'static str,
    pub check: &'static str,
    pub border: border::Set<'static>,
}

pub const UNICODE: Glyphs = Glyphs {
    ellipsis: "…",
    warn: "⚠",
    more_below: "▼",
    more_above: "▲",
    prev: "◀",
    next: "▶",
    dot: "·",
    dash: "—",
    arrow: "→",
    cursor: "▏",
    bar_done: "▰",
    bar_todo: "▱",
    check: "✓",
    border: border::PLAIN,
};

pub const ASCII: Glyphs = Glyphs {
    ellipsis: "~",
    warn: "!",
    more_below: "v",
    more_above: "^",
    prev: "<",
    next: ">",
    dot: "|",
    dash: "-",
    arrow: "->",
    cursor: "|",
    bar_done: "#",
    bar_todo: ".",
    check: "x",
    border: border::Set {
        top_left: "+",
        top_right: "+",
        bottom_left: "+",
        bottom_right: "+",
        vertical_left: "|",
        vertical_right: "|",
        horizontal_top: "-",
        horizontal_bottom: "-",
    },
};

impl Glyphs {
    /// RENSHI_ASCII set to anything but empty or `0` picks the ASCII set.
    pub fn from_env() -> Glyphs {
        match std::env::var("RENSHI_ASCII") {
            Ok(v) if !v.is_empty() && v != "0" => ASCII,
            _ => UNICODE,
        }
    }
}

/// In the ASCII set, what a drawn symbol of ambiguous width becomes. The
/// frame is mapped cell by cell after drawing, so arrows and dots inside
/// messages (`8 → 10`, `土建部 · DEP-06`) are caught too, not only the
/// interface's own glyphs.
pub fn ascii_for(c: char) -> Option<char> {
    Some(match c {
        '─' | '━' | '—' | '–' => '-',
        '│' | '┃' => '|',
        '┌' | '┐' | '└' | '┘' | '├' | '┤' | '┬' | '┴' | '┼' => '+',
        '…' => '~',
        '→' | '▶' | '►' => '>',
        '←' | '◀' | '◄' => '<',
        '↑' | '▲' => '^',
        '↓' | '▼' => 'v',
        '·' | '•' => '.',
        '⚠' => '!',
        '▏' => '|',
        '▰' => '#',
        '▱' => '.',
        '✓' => 'x',
        _ => return None,
    })
}
