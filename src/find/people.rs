//! Finding people in a directory of any size as the user types: fuzzy
//! matching (`nucleo-matcher`, the matcher of the helix editor) over each
//! person's name, its pinyin readings, their number, department and
//! position, best match first.
//!
//! Everything that can be prepared is prepared once, when rows arrive
//! ([`Index::push`]): the folded texts (simplified Chinese, lower case,
//! full-width as ASCII: the same folding as every other filter), the pinyin
//! readings, and a mask of the characters each text holds. Departments and
//! positions are shared by many people, so each distinct one is kept and
//! matched once per key press, not once per person.
//!
//! A key press then costs little ([`Finder::find`]): a text whose mask lacks
//! a character of the query cannot match and is not handed to the matcher;
//! a query that extends the previous one (another letter typed) searches
//! only the people the previous one found; large lists are split between
//! the machine's cores.

mod search;

pub use search::Finder;

use super::fold;
use super::pinyin::{MAX_READINGS, readings};
use nucleo_matcher::Utf32Str;
use std::collections::HashMap;

/// One person as the index takes them: their own texts, and the texts they
/// share with others (department, position).
pub struct Person<'a> {
    pub name: &'a str,
    pub number: &'a str,
    pub shared: [&'a str; SHARED],
}

/// How many shared texts a person has: department and position.
pub const SHARED: usize = 2;

/// Where a shared text lies in the index's arenas.
#[derive(Clone, Copy, Debug, Default)]
struct Span {
    start: u32,
    len: u32,
    wide: bool,
}

/// How many texts a person has of their own: name, number, readings.
const OWN: usize = 2 + MAX_READINGS;

/// The longest text matched, in characters: a name is far shorter, and a
/// longer one is matched on its beginning.
const MAX_LEN: usize = u8::MAX as usize;

/// Where one person's own texts lie: one after the other in the ASCII
/// arena (readings, numbers, Latin names, as bytes) and in the wide one
/// (the rest, as characters), so a person costs a search one or two reads
/// of memory, not one per text.
#[derive(Clone, Copy, Debug, Default)]
struct Keys {
    ascii: u32,
    wide: u32,
    /// Each text's length (name, number, readings; 0 for none).
    lens: [u8; OWN],
    /// Bit `i`: text `i` is in the wide arena.
    wide_bits: u8,
    /// The characters of the name and of the number alone: a Chinese name
    /// is read by its readings, and letters typed are not looked for in its
    /// characters.
    name_mask: u64,
    number_mask: u64,
}

/// The prepared texts of every person, in the order they were pushed.
/// What a search reads of every person (`masks`, `shared`) is kept apart,
/// densely, from what it reads only of those who may match (`keys`).
#[derive(Clone, Debug, Default)]
pub struct Index {
    keys: Vec<Keys>,
    /// Per person, the characters of all their own texts: a search looks
    /// here first, and at the texts only when every letter of a word is
    /// among them.
    masks: Vec<u64>,
    /// Per person, their shared texts (slots in `texts`).
    shared: Vec<[u32; SHARED]>,
    ascii: Vec<u8>,
    wide: Vec<char>,
    /// Distinct shared texts with their masks, and the slot of each folded
    /// text.
    texts: Vec<(Span, u64)>,
    slots: HashMap<String, u32>,
    /// How each person's name sorts: its first reading, else the folded name
    /// (陳 sorts with Chen, 張 with Zhang).
    sort_names: Vec<Box<str>>,
}

impl Index {
    pub fn push(&mut self, p: Person<'_>) {
        let name = fold(p.name);
        let read = readings(p.name);
        let number = fold(p.number);
        // Shared texts first: they go into the arenas too.
        let shared = p.shared.map(|s| self.slot(s));
        let mut keys = Keys {
            ascii: self.ascii.len() as u32,
            wide: self.wide.len() as u32,
            ..Keys::default()
        };
        let own = [name.as_str(), number.as_str()]
            .into_iter()
            .chain(read.iter().map(String::as_str));
        let mut mask = 0;
        for (i, text) in own.enumerate().take(OWN) {
            let text = match text.char_indices().nth(MAX_LEN) {
                Some((cut, _)) => &text[..cut],
                None => text,
            };
            let m = mask_of(text.chars(), true);
            match i {
                0 => keys.name_mask = m,
                1 => keys.number_mask = m,
                _ => {}
            }
            mask |= m;
            keys.lens[i] = text.chars().count() as u8;
            if text.is_ascii() {
                self.ascii.extend_from_slice(text.as_bytes());
            } else {
                keys.wide_bits |= 1 << i;
                self.wide.extend(text.chars());
            }
        }
        self.sort_names
            .push(read.first().map_or(name.as_str(), String::as_str).into());
        self.keys.push(keys);
        self.masks.push(mask);
        self.shared.push(shared);
    }

    /// A person's own texts: name, number, readings (empty where none).
    fn own(&self, k: &Keys) -> [Utf32Str<'_>; OWN] {
        let (mut a, mut w) = (k.ascii as usize, k.wide as usize);
        std::array::from_fn(|i| {
            let len = usize::from(k.lens[i]);
            if k.wide_bits & (1 << i) != 0 {
                w += len;
                Utf32Str::Unicode(self.wide.get(w - len..w).unwrap_or_default())
            } else {
                a += len;
                Utf32Str::Ascii(self.ascii.get(a - len..a).unwrap_or_default())
            }
        })
    }

    fn shared_text(&self, s: Span) -> Utf32Str<'_> {
        let (a, b) = (s.start as usize, (s.start + s.len) as usize);
        if s.wide {
            Utf32Str::Unicode(self.wide.get(a..b).unwrap_or_default())
        } else {
            Utf32Str::Ascii(self.ascii.get(a..b).unwrap_or_default())
        }
    }

    fn slot(&mut self, text: &str) -> u32 {
        let folded = fold(text);
        if let Some(s) = self.slots.get(&folded) {
            return *s;
        }
        let s = self.texts.len() as u32;
        let span = if folded.is_ascii() {
            self.ascii.extend_from_slice(folded.as_bytes());
            Span {
                start: (self.ascii.len() - folded.len()) as u32,
                len: folded.len() as u32,
                wide: false,
            }
        } else {
            let start = self.wide.len() as u32;
            self.wide.extend(folded.chars());
            Span {
                start,
                len: self.wide.len() as u32 - start,
                wide: true,
            }
        };
        self.texts.push((span, mask_of(folded.chars(), true)));
        self.slots.insert(folded, s);
        s
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The key the name column sorts by.
    pub fn sort_name(&self, row: usize) -> &str {
        self.sort_names.get(row).map_or("", |s| s)
    }
}

/// Which characters a text holds, as bits: a text can match a word only if
/// its mask covers the word's. Letters and digits have a bit each, other
/// ASCII one together, anything else one of 27 by its code. A haystack
/// character outside ASCII and Chinese (é, ü) may match a plain letter
/// (the matcher folds accents), so it sets every bit.
fn mask_of(chars: impl Iterator<Item = char>, haystack: bool) -> u64 {
    let mut m = 0u64;
    for c in chars {
        m |= match c {
            'a'..='z' => 1 << (c as u32 - 'a' as u32),
            '0'..='9' => 1 << (26 + c as u32 - '0' as u32),
            c if c.is_ascii() => 1 << 36,
            c if haystack && !is_han(c) => u64::MAX,
            c => 1 << (37 + (c as u32 % 27)),
        };
    }
    m
}

fn is_han(c: char) -> bool {
    matches!(c,
        '\u{2E80}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3FFFF}')
}

#[cfg(test)]
mod tests;
