//! The one rule for what stored text may hold, and the one way any text is
//! made safe for a terminal.
//!
//! Stored text is what people typed: printable characters, and newlines in the
//! fields that are meant to hold several lines (duties, comments, notes).
//! Control characters (ESC starts a terminal escape), bidi overrides (make
//! `gpj.exe` read as `exe.jpg`), zero-width and other invisible formatting
//! characters are refused at the domain boundary, whichever front end sent
//! them. Text that reaches a terminal still goes through [`visible`]: records
//! written before this rule, logins and file contents are outside data too.

use super::error::DomainError;
use std::borrow::Cow;
use std::fmt::Write;
use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

/// Characters no stored text may hold, and no terminal may receive raw.
pub fn hidden(c: char) -> bool {
    // ASCII is decided without the Unicode tables (a roster of 100,000
    // rows checks millions of characters, most of them ASCII): of it, only
    // the C0 controls and DEL are hidden.
    if c.is_ascii() {
        return c.is_ascii_control();
    }
    // Likewise the CJK ideographs that fill Chinese names and addresses:
    // all letters, assigned, none of them hidden.
    if common_ideograph(c) {
        return false;
    }
    matches!(
        c.general_category(),
        GeneralCategory::Control
            | GeneralCategory::Format
            | GeneralCategory::LineSeparator
            | GeneralCategory::ParagraphSeparator
            | GeneralCategory::Surrogate
            | GeneralCategory::Unassigned
    ) || blank_filler(c)
}

/// The CJK Unified Ideographs block (not its extensions): every code point
/// of it is an assigned letter.
fn common_ideograph(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Characters Unicode lists as default-ignorable that are letters or marks
/// rather than format characters, so the categories above miss them: they
/// draw nothing (or a blank of a width terminals disagree on), and make
/// "Engineering" and "Engineering\u{34f}" two names that look the same.
/// Variation selectors are not among them: they choose a glyph for the
/// character before them (a rare form of a family name), and are kept.
fn blank_filler(c: char) -> bool {
    matches!(
        c,
        // combining grapheme joiner; Hangul fillers; Khmer inherent vowels;
        // Mongolian free variation selectors and vowel separator; the
        // Braille blank, a symbol that draws nothing
        '\u{34f}'
            | '\u{2800}'
            | '\u{115f}'
            | '\u{1160}'
            | '\u{3164}'
            | '\u{ffa0}'
            | '\u{17b4}'
            | '\u{17b5}'
            | '\u{180b}'..='\u{180f}'
    )
}

/// A combining mark or variation selector attaches to the character before
/// it; with no letter there (at the start, after a blank or a line break) a
/// terminal draws it over whatever cell it lands on, ghosting into borders
/// and other rows, and `\u{fe0e}X` looks exactly like `X`.
fn mark(c: char) -> bool {
    if c.is_ascii() || common_ideograph(c) {
        return false;
    }
    matches!(
        c.general_category(),
        GeneralCategory::NonspacingMark
            | GeneralCategory::SpacingMark
            | GeneralCategory::EnclosingMark
    )
}

/// The characters of `s` (index and char) that are marks with nothing to attach to.
fn lone_marks(s: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let mut base = false;
    s.chars().enumerate().filter_map(move |(i, c)| {
        if mark(c) {
            return (!base).then_some((i, c));
        }
        base = !c.is_whitespace() && !hidden(c);
        None
    })
}

/// A one-line field (a title, a name, a reference): trimmed, not empty unless
/// allowed, at most `max` characters, no control or invisible characters.
pub fn line(
    field: &str,
    text: &str,
    max: usize,
    may_be_empty: bool,
) -> Result<String, DomainError> {
    let t = text.trim();
    check(field, t, max, may_be_empty, false)?;
    Ok(t.to_string())
}

/// A multi-line field (duties, a comment, a note): like [`line`], but newlines
/// are kept; Windows line ends become `\n`, trailing blanks of each line go.
pub fn block(
    field: &str,
    text: &str,
    max: usize,
    may_be_empty: bool,
) -> Result<String, DomainError> {
    let joined = text
        .replace("\r\n", "\n")
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n");
    let t = joined.trim();
    check(field, t, max, may_be_empty, true)?;
    Ok(t.to_string())
}

fn check(
    field: &str,
    t: &str,
    max: usize,
    may_be_empty: bool,
    newlines: bool,
) -> Result<(), DomainError> {
    if t.is_empty() && !may_be_empty {
        return Err(DomainError::EmptyField {
            field: field.into(),
        });
    }
    if let Some((i, c)) = t
        .chars()
        .enumerate()
        .find(|(_, c)| hidden(*c) && !(newlines && *c == '\n'))
    {
        return Err(if c == '\n' {
            DomainError::OneLineOnly {
                field: field.into(),
            }
        } else {
            DomainError::BadCharacter {
                field: field.into(),
                code: format!("U+{:04X}", u32::from(c)),
                at: i + 1,
            }
        });
    }
    if let Some((i, c)) = lone_marks(t).next() {
        return Err(DomainError::LoneMark {
            field: field.into(),
            code: format!("U+{:04X}", u32::from(c)),
            at: i + 1,
        });
    }
    if t.chars().count() > max {
        return Err(DomainError::TooLong {
            field: field.into(),
            max,
        });
    }
    Ok(())
}

/// Numbers as Chinese input methods type them: full-width digits and the
/// full-width hyphen (`２０２７－０３－０１`) read as ASCII.
pub fn ascii_digits(s: &str) -> Cow<'_, str> {
    let wide = |c: char| matches!(c, '\u{ff10}'..='\u{ff19}' | '\u{ff0d}');
    if !s.chars().any(wide) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                '\u{ff0d}' => '-',
                '\u{ff10}'..='\u{ff19}' => {
                    char::from_u32(u32::from(c) - 0xff10 + u32::from('0')).unwrap_or(c)
                }
                c => c,
            })
            .collect(),
    )
}

/// `s` as a terminal may show it: every hidden character written out as
/// `\u{1b}`, newlines kept. For multi-line text.
pub fn visible(s: &str) -> Cow<'_, str> {
    escape(s, true)
}

/// `s` on one line: like [`visible`], and a newline is written out too.
pub fn visible_line(s: &str) -> Cow<'_, str> {
    escape(s, false)
}

fn escape(s: &str, keep_newlines: bool) -> Cow<'_, str> {
    let bad = |c: char| hidden(c) && !(keep_newlines && c == '\n');
    let mut lone = lone_marks(s).map(|(i, _)| i).peekable();
    if lone.peek().is_none() && !s.chars().any(bad) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for (i, c) in s.chars().enumerate() {
        let alone = lone.next_if_eq(&i).is_some();
        if c == '\n' && !keep_newlines {
            out.push_str("\\n");
        } else if bad(c) || alone {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `text` as names are compared, in filters and in a roster's departments
/// and positions: full-width forms as ASCII, simplified Chinese (with the
/// OpenCC tables `zhconv` ships, so `施工員` and `施工员` are one name), lower
/// case.
pub fn fold(text: &str) -> String {
    let narrow: String = text.chars().map(narrow).collect();
    let script = if narrow.chars().any(is_cjk) {
        zhconv::zhconv(&narrow, zhconv::Variant::ZhHans)
    } else {
        narrow
    };
    script.to_lowercase()
}

/// `text` with full-width ASCII forms as ASCII: for codes such as staff
/// numbers, where `ＨＸ-1003` typed by a Chinese input method is `HX-1003`.
pub fn narrowed(text: &str) -> Cow<'_, str> {
    if text.chars().all(|c| narrow(c) == c) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.chars().map(narrow).collect())
    }
}

/// Full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space as
/// their ASCII counterparts.
fn narrow(c: char) -> char {
    match c {
        '\u{3000}' => ' ',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFF01 + 0x21).unwrap_or(c),
        _ => c,
    }
}

/// Characters the simplified/traditional conversion may change: the CJK
/// ideograph blocks (unified, extension A, compatibility).
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ideograph_shortcut_agrees_with_the_unicode_tables() {
        for c in '\u{4e00}'..='\u{9fff}' {
            assert!(common_ideograph(c), "{c:?}");
            assert_eq!(c.general_category(), GeneralCategory::OtherLetter, "{c:?}");
        }
        for c in ['\u{4dff}', '\u{a000}', '\u{20000}', '\u{fe0f}'] {
            assert!(!common_ideograph(c), "{c:?}");
        }
    }

    /// Each hostile text, as a terminal must show it.
    pub const HOSTILE: &[(&str, &str)] = &[
        ("\u{1b}]0;pwned\u{7}", "\\u{1b}]0;pwned\\u{7}"),
        ("\u{1b}[2J", "\\u{1b}[2J"),
        ("a\u{1b}[8mhidden", "a\\u{1b}[8mhidden"),
        ("ok\rforged", "ok\\u{d}forged"),
        ("gpj.\u{202e}exe", "gpj.\\u{202e}exe"),
        ("\u{2066}x\u{2069}", "\\u{2066}x\\u{2069}"),
        ("zero\u{200b}width", "zero\\u{200b}width"),
        ("bom\u{feff}", "bom\\u{feff}"),
        ("c1\u{9b}31m", "c1\\u{9b}31m"),
    ];

    #[test]
    fn terminals_see_hidden_characters_written_out() {
        for (raw, shown) in HOSTILE {
            assert_eq!(visible(raw), *shown, "{raw:?}");
        }
        assert_eq!(visible("張偉 Zhang\n第二行"), "張偉 Zhang\n第二行");
        assert_eq!(visible_line("one\ntwo"), "one\\ntwo");
        assert!(matches!(visible("plain 中文"), Cow::Borrowed(_)));
    }

    #[test]
    fn stored_text_refuses_controls_and_invisibles() {
        for (raw, _) in HOSTILE {
            assert!(line("field.title", raw, 80, false).is_err(), "{raw:?}");
            assert!(block("field.duties", raw, 80, false).is_err(), "{raw:?}");
        }
        assert_eq!(
            line("field.title", "a\u{1b}b", 80, false),
            Err(DomainError::BadCharacter {
                field: "field.title".into(),
                code: "U+001B".into(),
                at: 2
            })
        );
        assert_eq!(
            line("field.title", "two\nlines", 80, false),
            Err(DomainError::OneLineOnly {
                field: "field.title".into()
            })
        );
        assert_eq!(
            block("field.duties", " first  \r\nsecond\n", 80, false).unwrap(),
            "first\nsecond"
        );
        assert!(line("field.title", "全角　空格 and ü", 80, false).is_ok());
        assert!(line("field.title", "  ", 80, false).is_err());
        assert!(line("field.title", "  ", 80, true).is_ok());
        assert!(line("field.title", &"字".repeat(81), 80, false).is_err());
    }

    #[test]
    fn blank_fillers_are_refused_and_variation_selectors_kept() {
        for filler in [
            '\u{34f}', '\u{115f}', '\u{1160}', '\u{3164}', '\u{ffa0}', '\u{17b4}', '\u{180b}',
        ] {
            let name = format!("Engineering{filler}");
            assert!(
                line("field.dept_name", &name, 80, false).is_err(),
                "{filler:?}"
            );
            assert!(visible(&name).contains("\\u{"), "{filler:?} written out");
        }
        // 葛 with an ideographic variation selector: one name, one glyph.
        assert!(line("field.display_name", "葛\u{e0100}優", 80, false).is_ok());
        assert!(line("field.title", "☎\u{fe0f} hotline", 80, false).is_ok());
    }

    #[test]
    fn full_width_digits_read_as_ascii() {
        assert_eq!(ascii_digits("２０２７－０３－０１"), "2027-03-01");
        assert_eq!(ascii_digits("１２"), "12");
        assert!(matches!(ascii_digits("12"), Cow::Borrowed(_)));
    }

    #[test]
    fn marks_with_nothing_to_attach_to_are_refused_and_written_out() {
        for (raw, at) in [
            ("\u{fe0e}X", 1),
            ("\u{e0100}\u{e0100}Y", 1),
            ("\u{301}\u{301}Z", 1),
            ("\u{1b44}V", 1),
            ("a \u{fe0f}", 3),
        ] {
            let refused = line("field.title", raw, 80, false);
            assert!(
                matches!(refused, Err(DomainError::LoneMark { at: a, .. }) if a == at),
                "{raw:?}: {refused:?}"
            );
            assert!(visible(raw).contains("\\u{"), "{raw:?} written out");
        }
        assert!(block("field.duties", "ok\n\u{301}x", 80, false).is_err());
        // Marks on a letter stay: Vietnamese, Devanagari, stacked accents.
        for fine in ["Nguye\u{302}\u{303}n", "हिन्दी", "e\u{301}\u{301}"] {
            assert!(line("field.title", fine, 80, false).is_ok(), "{fine:?}");
            assert_eq!(visible(fine), fine);
        }
    }
}
