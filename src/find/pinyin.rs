//! How a Chinese name is read aloud, in toneless pinyin: what people type
//! when they look someone up on a keyboard without switching to a Chinese
//! input method (`zhangwei` or `zw` for 張偉 / 张伟).
//!
//! The readings come from the `pinyin` crate (the pinyin-data tables, which
//! cover traditional characters as well as simplified ones). A character the
//! tables lack is looked up again as its simplified form (OpenCC, through
//! `zhconv`), so a rare traditional variant still has a reading.

use pinyin::ToPinyinMulti;

/// The most readings kept for one text: a name whose every character has
/// several readings would otherwise multiply them.
pub const MAX_READINGS: usize = 4;

/// Readings of `text`, syllables and Latin words separated by spaces
/// (`張偉 David` reads `zhang wei david`); empty when `text` holds no
/// Chinese character (a Latin name needs no reading of its own). The first
/// reading takes each character's usual sound. Characters with
/// several (曾 céng/zēng, 單 dān/shàn) give further readings, one character
/// changed at a time, the first characters first: a surname is where the
/// unusual sound is most often the right one (曾 as a surname is zēng).
pub fn readings(text: &str) -> Vec<String> {
    let mut parts: Vec<Vec<String>> = Vec::new();
    let mut word = String::new();
    let mut any_chinese = false;
    for c in text.chars() {
        let sounds = sounds_of(c);
        if sounds.is_empty() {
            if c.is_alphanumeric() {
                word.extend(c.to_lowercase());
            } else if !word.is_empty() {
                parts.push(vec![std::mem::take(&mut word)]);
            }
            continue;
        }
        any_chinese = true;
        if !word.is_empty() {
            parts.push(vec![std::mem::take(&mut word)]);
        }
        parts.push(sounds);
    }
    if !word.is_empty() {
        parts.push(vec![word]);
    }
    if !any_chinese {
        return Vec::new();
    }
    let first: Vec<&str> = parts.iter().map(|p| p[0].as_str()).collect();
    let mut out = vec![first.join(" ")];
    'more: for (i, part) in parts.iter().enumerate() {
        for other in &part[1..] {
            if out.len() == MAX_READINGS {
                break 'more;
            }
            let mut v = first.clone();
            v[i] = other;
            out.push(v.join(" "));
        }
    }
    out
}

/// The toneless sounds of one character, the usual one first, each once
/// (綠 lǜ and lù are two; 張 zhāng and zhàng are one).
fn sounds_of(c: char) -> Vec<String> {
    let multi = c.to_pinyin_multi().or_else(|| {
        let simple = zhconv::zhconv(&c.to_string(), zhconv::Variant::ZhHans);
        let mut chars = simple.chars();
        match (chars.next(), chars.next()) {
            (Some(s), None) if s != c => s.to_pinyin_multi(),
            _ => None,
        }
    });
    let mut out: Vec<String> = Vec::new();
    for p in multi.into_iter().flatten() {
        let plain = p.plain();
        if !out.iter().any(|o| o == plain) {
            out.push(plain.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traditional_and_simplified_names_read_the_same() {
        assert_eq!(readings("張偉")[0], "zhang wei");
        assert_eq!(readings("张伟")[0], "zhang wei");
        assert_eq!(readings("劉洋")[0], "liu yang");
        assert_eq!(readings("趙曉梅")[0], "zhao xiao mei");
    }

    #[test]
    fn latin_words_are_kept_between_syllables() {
        assert_eq!(readings("張偉 David")[0], "zhang wei david");
        assert_eq!(readings("Anna劉")[0], "anna liu");
        assert!(readings("Grace Lam").is_empty());
        assert!(readings("").is_empty());
    }

    #[test]
    fn a_surname_with_another_sound_is_found_by_it() {
        let r = readings("曾國藩");
        assert_eq!(r[0], "ceng guo fan");
        assert!(r.contains(&"zeng guo fan".to_string()), "{r:?}");
        let r = readings("單田芳");
        assert!(r.contains(&"shan tian fang".to_string()), "{r:?}");
        assert!(r.len() <= MAX_READINGS);
    }

    #[test]
    fn one_sound_with_two_tones_is_one_reading() {
        // 張 is zhāng and zhàng: toneless, one reading.
        assert_eq!(readings("張"), vec!["zhang".to_string()]);
    }
}
