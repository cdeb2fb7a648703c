//! A search of the index as the user types: each word of the query must
//! match one of a person's texts (fuzzily, with nucleo), and they are
//! ranked by how well. What the last queries found is kept, so another
//! letter narrows the last result and Backspace goes back to an earlier
//! one; a long list is shared between this thread and helpers.

use super::super::fold;
use super::{Index, Keys, mask_of};
use nucleo_matcher::{Config, Matcher, Utf32Str, Utf32String};
use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};

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
pub(super) const SPLIT_FROM: usize = 8_000;
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
        let words = words(&query);
        if words.is_empty() {
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
        let candidates = match self.steps.last() {
            Some(s) => Candidates::These(&s.kept),
            None => Candidates::All(order.len()),
        };
        let threads = match self.threads {
            0 => cores(),
            n => n,
        };
        let found = search(
            index,
            order,
            &words,
            candidates,
            threads,
            &mut self.matchers,
        );
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

/// The positions (in the order searched) a search looks at: all of them
/// on a first key press, else those the last step kept.
#[derive(Clone, Copy)]
enum Candidates<'a> {
    All(usize),
    These(&'a [u32]),
}

impl Candidates<'_> {
    fn len(&self) -> usize {
        match self {
            Candidates::All(n) => *n,
            Candidates::These(v) => v.len(),
        }
    }

    /// The `i`th part of `PART` candidates, if there is one.
    fn part(&self, i: usize) -> Option<Part<'_>> {
        let start = i.checked_mul(PART).filter(|s| *s < self.len())?;
        let end = (start + PART).min(self.len());
        Some(match self {
            Candidates::All(_) => Part::Range(start as u32..end as u32),
            Candidates::These(v) => Part::Slice(v.get(start..end)?),
        })
    }
}

enum Part<'a> {
    Range(Range<u32>),
    Slice(&'a [u32]),
}

/// The candidates that match every word, with their scores, in the order
/// of the candidates; large lists are split between this thread and
/// helpers, in small parts taken in turn, so a helper the machine is too
/// busy to run soon takes none and this thread does them all.
fn search(
    index: &Index,
    order: &[u32],
    words: &[Word],
    candidates: Candidates<'_>,
    threads: usize,
    matchers: &mut Vec<Matcher>,
) -> Vec<(u32, u32)> {
    let threads = if candidates.len() >= SPLIT_FROM {
        threads.max(1)
    } else {
        1
    };
    while matchers.len() < threads {
        matchers.push(matcher());
    }
    let Some((mine, helpers)) = matchers.split_first_mut() else {
        return Vec::new();
    };
    let shared: Vec<Vec<Option<u16>>> = words
        .iter()
        .map(|w| {
            index
                .texts
                .iter()
                .map(|(t, mask)| score(w, index.shared_text(*t), *mask, mine))
                .collect()
        })
        .collect();
    let job = Job {
        index,
        order,
        words,
        any_shared: shared
            .iter()
            .map(|s| s.iter().any(Option::is_some))
            .collect(),
        shared: &shared,
    };
    let next = AtomicUsize::new(0);
    let work = |m: &mut Matcher| {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(part) = candidates.part(i) else {
                return done;
            };
            done.push((i, job.run(part, m)));
        }
    };
    let mut done = if threads == 1 {
        work(mine)
    } else {
        std::thread::scope(|s| {
            let handles: Vec<_> = helpers
                .iter_mut()
                .take(threads - 1)
                .map(|m| s.spawn(|| work(m)))
                .collect();
            let mut done = work(mine);
            for h in handles {
                // A helper that panicked loses the parts it took from this
                // one result; the next search starts from the previous step.
                done.extend(h.join().unwrap_or_default());
            }
            done
        })
    };
    // Back in the order of the candidates.
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().flat_map(|(_, found)| found).collect()
}

fn matcher() -> Matcher {
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

fn words(query: &str) -> Vec<Word> {
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
    words: &'a [Word],
    /// Per word, the score of each shared text, and whether any matched.
    shared: &'a [Vec<Option<u16>>],
    any_shared: Vec<bool>,
}

impl Job<'_> {
    /// The candidates (positions in `order`) that match, with their scores.
    fn run(&self, part: Part<'_>, m: &mut Matcher) -> Vec<(u32, u32)> {
        let mut out = Vec::new();
        let mut one = |pos: u32| {
            if let Some(s) = self.score(pos, m) {
                out.push((pos, s));
            }
        };
        match part {
            Part::Range(r) => r.for_each(&mut one),
            Part::Slice(v) => v.iter().copied().for_each(&mut one),
        }
        out
    }

    /// Every word must match one of the person's texts; each counts with
    /// its best. The usual reading of a name is tried before the others,
    /// which count only when it does not match. The person's own texts are
    /// read only when their mask says a word may be in them.
    fn score(&self, pos: u32, m: &mut Matcher) -> Option<u32> {
        let ix = self.index;
        let row = *self.order.get(pos as usize)? as usize;
        let mask = *ix.masks.get(row)?;
        let slots = ix.shared.get(row)?;
        let mut total = 0u32;
        let mut own = None;
        for (i, w) in self.words.iter().enumerate() {
            let mut best = None;
            if self.any_shared[i] {
                for slot in slots {
                    best = best.max(self.shared[i].get(*slot as usize).copied().flatten());
                }
            }
            if mask & w.mask == w.mask {
                let k: &Keys = ix.keys.get(row)?;
                let [name, number, usual, others @ ..] = *own.get_or_insert_with(|| ix.own(k));
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
