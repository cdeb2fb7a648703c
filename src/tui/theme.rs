//! Colours, with a light and a dark palette; NO_COLOR keeps only bold and
//! reverse. The glyph set (Unicode or ASCII) travels with the theme.

use super::widgets::glyphs::{self, Glyphs};
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::{Block, Borders};

#[derive(Clone, Copy, Debug)]
pub struct Theme {
    pub accent: Style,
    pub dim: Style,
    pub error: Style,
    pub ok: Style,
    pub selected: Style,
    pub header: Style,
    pub key: Style,
    pub glyphs: Glyphs,
}

impl Theme {
    pub fn dark() -> Theme {
        Theme {
            accent: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            dim: Style::new().fg(Color::DarkGray),
            error: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
            ok: Style::new().fg(Color::Green),
            selected: Style::new()
                .bg(Color::Blue)
                .fg(Color::White)
                .add_modifier(Modifier::BOLD),
            header: Style::new().bg(Color::DarkGray).fg(Color::White),
            key: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            glyphs: glyphs::UNICODE,
        }
    }

    pub fn light() -> Theme {
        Theme {
            accent: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
            dim: Style::new().fg(Color::Gray),
            error: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
            ok: Style::new().fg(Color::Green),
            selected: Style::new()
                .bg(Color::LightBlue)
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD),
            header: Style::new().bg(Color::Gray).fg(Color::Black),
            key: Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
            glyphs: glyphs::UNICODE,
        }
    }

    pub fn plain() -> Theme {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Theme {
            accent: bold,
            dim: Style::new(),
            error: bold,
            ok: Style::new(),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            header: Style::new().add_modifier(Modifier::REVERSED),
            key: bold,
            glyphs: glyphs::UNICODE,
        }
    }

    /// NO_COLOR (any value) wins; then RENSHI_THEME=light|dark.
    /// RENSHI_ASCII picks the glyphs (see `glyphs`).
    pub fn from_env() -> Theme {
        let theme = if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
            Theme::plain()
        } else {
            match std::env::var("RENSHI_THEME").as_deref() {
                Ok("light") => Theme::light(),
                _ => Theme::dark(),
            }
        };
        theme.with_glyphs(Glyphs::from_env())
    }

    pub fn with_glyphs(mut self, glyphs: Glyphs) -> Theme {
        self.glyphs = glyphs;
        self
    }

    /// A bordered box in this theme's border glyphs.
    /// A bordered box over `area`, its title cut to fit between the corners
    /// (with one ellipsis, never a bare cut).
    pub fn block<'a>(&self, title: String, area: ratatui::layout::Rect) -> Block<'a> {
        let room = usize::from(area.width.saturating_sub(2));
        Block::default()
            .borders(Borders::ALL)
            .border_set(self.glyphs.border)
            .title(crate::tui::widgets::table::fit_with(
                &title,
                room,
                self.glyphs.ellipsis,
            ))
    }
}
