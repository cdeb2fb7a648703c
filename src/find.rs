//! Finding rows as people type: one matcher for every list, the CLI's
//! `--grep` and the interface's `/` filter alike.
//!
//! A query and a text match when every word of the query occurs in the text,
//! after both are folded the same way:
//! - case does not count (`civil` finds `Civil`);
//! - full-width letters, digits and signs count as their ASCII forms (`２`
//!   finds `2`, `ＨＰ` finds `HP`), and the ideographic space as a space;
//! - simplified and traditional Chinese match each other (`施工员` finds
//!   `施工員` and the other way round): both are converted to simplified
//!   characters with the OpenCC tables `zhconv` ships, never with a table
//!   written here.
//!
//! The query is folded once in [`Matcher::new`]; [`Matcher::matches`] folds
//! only the text it is given, and skips the Chinese conversion for text
//! without CJK characters, so it is cheap enough to call for every row of a
//! list on every key press.

pub mod people;
pub mod pinyin;

/// A query, folded once, to test rows against.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Matcher {
    words: Vec<String>,
}

impl Matcher {
    /// A matcher for what the person typed; words are separated by spaces.
    pub fn new(query: &str) -> Matcher {
        Matcher {
            words: fold(query).split_whitespace().map(str::to_string).collect(),
        }
    }

    /// True when the query has no words: everything matches.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether every word of the query occurs in `text`.
    pub fn matches(&self, text: &str) -> bool {
        if self.words.is_empty() {
            return true;
        }
        let folded = fold(text);
        self.words.iter().all(|w| folded.contains(w.as_str()))
    }

    /// Whether every word of the query occurs in one of `texts` (the cells
    /// of a row: each word may be found in a different cell).
    pub fn matches_any<'a>(&self, texts: impl IntoIterator<Item = &'a str>) -> bool {
        if self.words.is_empty() {
            return true;
        }
        let folded: Vec<String> = texts.into_iter().map(fold).collect();
        self.words
            .iter()
            .all(|w| folded.iter().any(|t| t.contains(w.as_str())))
    }
}

/// The folding is the domain's (`text::fold`): a roster's position names are
/// matched the same way.
pub use crate::domain::text::fold;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_does_not_count() {
        let m = Matcher::new("civil ENGINEER");
        assert!(m.matches("POS-012 土建工程師 Civil Engineer"));
        assert!(Matcher::new("hp-0001").matches("HP-0001 2027 plan"));
        assert!(!Matcher::new("civil").matches("M&E Engineer"));
    }

    #[test]
    fn full_width_digits_and_letters_count_as_ascii() {
        assert!(Matcher::new("２").matches("2027 工程擴編"));
        assert!(Matcher::new("ＨＰ－０００１").matches("HP-0001"));
        assert!(Matcher::new("2027").matches("２０２７年計劃"));
        assert!(Matcher::new("ｃｉｖｉｌ").matches("Civil Works"));
        assert!(!Matcher::new("３").matches("2027"));
    }

    #[test]
    fn simplified_and_traditional_chinese_match_each_other() {
        // Typing in 简体 finds a title stored in 繁體, and the other way round.
        assert!(Matcher::new("施工员").matches("POS-013 施工員 Site Supervisor"));
        assert!(Matcher::new("施工員").matches("施工员"));
        assert!(Matcher::new("工程师").matches("土建工程師 Civil Engineer"));
        assert!(Matcher::new("资料员").matches("資料員 Document Controller"));
        assert!(Matcher::new("人资部").matches("人資部 HR"));
        assert!(!Matcher::new("施工员").matches("土建工程師"));
    }

    #[test]
    fn every_word_must_occur_somewhere() {
        let m = Matcher::new("施工 supervisor");
        assert!(m.matches("施工員 Site Supervisor"));
        assert!(!m.matches("施工員 Site Engineer"));
        assert!(m.matches_any(["POS-013", "施工員", "Site Supervisor"]));
        assert!(!m.matches_any(["POS-013", "施工員"]));
        // The ideographic space separates words like a space does.
        assert!(Matcher::new("土建\u{3000}civil").matches("土建部 Civil Works"));
    }

    #[test]
    fn an_empty_query_matches_everything() {
        let m = Matcher::new("  ");
        assert!(m.is_empty());
        assert!(m.matches(""));
        assert!(m.matches_any([]));
        assert!(!Matcher::new("x").matches(""));
    }
}
