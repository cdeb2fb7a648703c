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

use super::fold;
use super::pinyin::{MAX_READINGS, readings};
use nucleo_matcher::{Config, Matcher, Utf32Str, Utf32String};
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};

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
    /// Slots in `Index::shared`.
    shared: [u32; SHARED],
}

/// The prepared texts of every person, in the order they were pushed.
#[derive(Clone, Debug, Default)]
pub struct Index {
    keys: Vec<Keys>,
    /// Per person, the characters of all their own texts: a search looks
    /// here first, and at the texts only when every letter of a word is
    /// among them.
    masks: Vec<u64>,
    ascii: Vec<u8>,
    wide: Vec<char>,
    /// Distinct shared texts with their masks, and the slot of each folded
    /// text.
    shared: Vec<(Span, u64)>,
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
            shared,
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
        let s = self.shared.len() as u32;
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
        self.shared.push((span, mask_of(folded.chars(), true)));
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

/// What one query found.
#[derive(Clone, Debug, Default)]
struct Step {
    /// The folded query.
    query: String,
    /// Positions in the order searched that matched, in that order.
    kept: Vec<u32>,
    /// The rows found, best first; equally good ones in the order searched.
    ranked: Vec<u32>,
}

/// The results of the last queries, kept so the next key press can start
/// from them: each step extends the one before it (`zh`, `zha`, `zhan`), so
/// a letter typed narrows the last step and Backspace goes back to one.
#[derive(Clone, Debug, Default)]
pub struct Finder {
    steps: Vec<Step>,
    /// One per thread, kept: each holds a buffer the matcher reuses.
    matchers: Vec<Matcher>,
    /// The most threads a search may use; 0: one per core (up to four).
    threads: usize,
}

/// Below this many candidates one thread is quicker than several (starting
/// a thread costs tens of microseconds, more on a busy machine).
const SPLIT_FROM: usize = 8_000;
/// Candidates a thread takes at a time.
const PART: usize = 2048;
/// Steps kept for Backspace; each holds up to two numbers per row.
const MAX_STEPS: usize = 24;

impl Finder {
    /// A finder that uses at most `n` threads (the benchmark compares).
    pub fn with_threads(n: usize) -> Finder {
        Finder {
            threads: n.max(1),
            ..Finder::default()
        }
    }

    /// The rows of `index` that match `query`, best first; rows that match
    /// equally well keep their place in `order` (the rows in the order the
    /// user chose). An empty query finds nothing: the caller shows `order`.
    pub fn find(&mut self, index: &Index, order: &[u32], query: &str) -> &[u32] {
        let query = fold(query);
        let atoms = atoms(&query);
        if atoms.is_empty() {
            self.forget();
            return &[];
        }
        // Back to the last step this query extends (or is).
        while self
            .steps
            .last()
            .is_some_and(|s| !query.starts_with(s.query.as_str()))
        {
            self.steps.pop();
        }
        if self.steps.last().is_some_and(|s| s.query == query) {
            return self.found();
        }
        let found = {
            let from = self.steps.last().map(|s| s.kept.as_slice());
            let all: Vec<u32>;
            let candidates = match from {
                Some(kept) => kept,
                None => {
                    all = (0..order.len() as u32).collect();
                    &all
                }
            };
            let threads = match self.threads {
                0 => cores(),
                n => n,
            };
            search(
                index,
                order,
                &atoms,
                candidates,
                threads,
                &mut self.matchers,
            )
        };
        if self.steps.len() == MAX_STEPS {
            self.steps.remove(0);
        }
        self.steps.push(Step {
            query,
            kept: found.iter().map(|(pos, _)| *pos).collect(),
            ranked: rank(&found, order),
        });
        self.found()
    }

    /// What the last query found, best first (empty when nothing was typed).
    pub fn found(&self) -> &[u32] {
        self.steps.last().map_or(&[], |s| s.ranked.as_slice())
    }

    /// The rows or their order changed: the next query starts afresh.
    pub fn forget(&mut self) {
        self.steps.clear();
    }
}

/// The candidates (positions in `order`) that match every word, with their
/// scores, in the order of the candidates; large lists are split between
/// this thread and helpers.
fn search(
    index: &Index,
    order: &[u32],
    atoms: &[Word],
    candidates: &[u32],
    threads: usize,
    matchers: &mut Vec<Matcher>,
) -> Vec<(u32, u32)> {
    let threads = if candidates.len() >= SPLIT_FROM {
        threads
    } else {
        1
    };
    while matchers.len() < threads {
        matchers.push(matcher());
    }
    let Some((mine, helpers)) = matchers.split_first_mut() else {
        return Vec::new();
    };
    let shared: Vec<Vec<Option<u16>>> = atoms
        .iter()
        .map(|a| {
            index
                .shared
                .iter()
                .map(|(t, mask)| score(a, index.shared_text(*t), *mask, mine))
                .collect()
        })
        .collect();
    let job = Job {
        index,
        order,
        atoms,
        shared: &shared,
    };
    if threads == 1 {
        return job.run(candidates, mine);
    }
    // Small parts taken in turn: a helper the machine is too busy to run
    // soon takes none, and this thread does them all.
    let parts: Vec<&[u32]> = candidates.chunks(PART).collect();
    let next = AtomicUsize::new(0);
    let work = |m: &mut Matcher| {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(part) = parts.get(i) else {
                return done;
            };
            done.push((i, job.run(part, m)));
        }
    };
    let mut done = std::thread::scope(|s| {
        let handles: Vec<_> = helpers
            .iter_mut()
            .take(threads - 1)
            .map(|m| s.spawn(|| work(m)))
            .collect();
        let mut done = work(mine);
        for h in handles {
            // A helper that panicked loses the parts it took from this one
            // result; the next search starts from the previous step again.
            done.extend(h.join().unwrap_or_default());
        }
        done
    });
    // Back in the order of the candidates.
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().flat_map(|(_, found)| found).collect()
}

fn matcher() -> Matcher {
    // Texts are folded before they get here; the matcher need not fold case.
    Matcher::new(Config::DEFAULT)
}

fn cores() -> usize {
    std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 4)
}

/// One word of the query, with the mask of its characters.
struct Word {
    needle: Utf32String,
    mask: u64,
    /// Letters with accents in the text may match plain ones typed (`e`
    /// finds `é`); a word typed with accents or Chinese is taken as typed.
    normalize: bool,
}

impl Word {
    /// How well the word matches `text`, if at all. Matched greedily (the
    /// first place the word fits, then shortened from its end, as fzf
    /// did): linear in the text, and for texts as short as names as good
    /// as the optimal match.
    fn score(&self, text: Utf32Str<'_>, m: &mut Matcher) -> Option<u16> {
        // Both sides are folded already: no case to ignore.
        m.config.ignore_case = false;
        m.config.normalize = self.normalize;
        m.fuzzy_match_greedy(text, self.needle.slice(..))
    }
}

fn atoms(query: &str) -> Vec<Word> {
    query
        .split_whitespace()
        .map(|w| Word {
            needle: Utf32String::from(w),
            mask: mask_of(w.chars(), false),
            normalize: w.is_ascii(),
        })
        .collect()
}

fn score(w: &Word, text: Utf32Str<'_>, mask: u64, m: &mut Matcher) -> Option<u16> {
    if mask & w.mask != w.mask {
        return None;
    }
    w.score(text, m)
}

/// One search over some candidates: what every thread shares.
struct Job<'a> {
    index: &'a Index,
    order: &'a [u32],
    atoms: &'a [Word],
    /// Per word, the score of each shared text.
    shared: &'a [Vec<Option<u16>>],
}

impl Job<'_> {
    /// The candidates (positions in `order`) that match, with their scores.
    fn run(&self, candidates: &[u32], m: &mut Matcher) -> Vec<(u32, u32)> {
        let mut out = Vec::new();
        for &pos in candidates {
            let Some(row) = self.order.get(pos as usize).map(|r| *r as usize) else {
                continue;
            };
            let (Some(keys), Some(mask)) = (self.index.keys.get(row), self.index.masks.get(row))
            else {
                continue;
            };
            if let Some(s) = self.score(keys, *mask, m) {
                out.push((pos, s));
            }
        }
        out
    }

    /// Every word must match one of the person's texts; each counts with
    /// its best. The usual reading of a name is tried before the others,
    /// which count only when it does not match.
    fn score(&self, k: &Keys, mask: u64, m: &mut Matcher) -> Option<u32> {
        let mut total = 0u32;
        let mut own = None;
        for (i, w) in self.atoms.iter().enumerate() {
            let mut best = None;
            for slot in k.shared {
                best = best.max(self.shared[i].get(slot as usize).copied().flatten());
            }
            if mask & w.mask == w.mask {
                let [name, number, usual, others @ ..] =
                    *own.get_or_insert_with(|| self.index.own(k));
                if k.name_mask & w.mask == w.mask {
                    best = best.max(w.score(name, m));
                }
                if k.number_mask & w.mask == w.mask {
                    best = best.max(w.score(number, m));
                }
                let first = w.score(usual, m);
                if first.is_some() {
                    best = best.max(first);
                } else {
                    for r in others.into_iter().take_while(|r| !r.is_empty()) {
                        best = best.max(w.score(r, m));
                    }
                }
            }
            total += u32::from(best?);
        }
        Some(total)
    }
}

/// The rows found, best score first; equal scores in their order (a stable
/// counting sort: scores are small numbers).
fn rank(found: &[(u32, u32)], order: &[u32]) -> Vec<u32> {
    let Some(max) = found.iter().map(|(_, s)| *s).max() else {
        return Vec::new();
    };
    let min = found.iter().map(|(_, s)| *s).min().unwrap_or(max);
    let row = |pos: u32| order.get(pos as usize).copied().unwrap_or(0);
    let span = (max - min) as usize + 1;
    if span > 1 << 16 {
        let mut v = found.to_vec();
        v.sort_by_key(|(pos, s)| (std::cmp::Reverse(*s), *pos));
        return v.into_iter().map(|(pos, _)| row(pos)).collect();
    }
    // Where each score's rows start, the best score first.
    let mut start = vec![0usize; span + 1];
    for (_, s) in found {
        start[(max - s) as usize + 1] += 1;
    }
    for i in 1..=span {
        start[i] += start[i - 1];
    }
    let mut out = vec![0u32; found.len()];
    for (pos, s) in found {
        let slot = &mut start[(max - s) as usize];
        out[*slot] = row(*pos);
        *slot += 1;
    }
    out
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
