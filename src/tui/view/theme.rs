//! Colours, with a light and a dark palette; NO_COLOR keeps only bold and reverse.

use ratatui::style::{Color, Modifier, Style};

#[derive(Clone, Copy, Debug)]
pub struct Theme {
    pub accent: Style,
    pub dim: Style,
    pub error: Style,
    pub ok: Style,
    pub selected: Style,
    pub header: Style,
    pub key: Style,
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
        }
    }

    /// NO_COLOR (any value) wins; then RENSHI_THEME=light|dark.
    pub fn from_env() -> Theme {
        if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
            return Theme::plain();
        }
        match std::env::var("RENSHI_THEME").as_deref() {
            Ok("light") => Theme::light(),
            _ => Theme::dark(),
        }
    }
}
