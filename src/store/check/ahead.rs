//! Reading a file in batches of lines, each read and hashed on other
//! threads a batch ahead of the checks that need the lines before it.

use super::line::{Parsed, parse_event};
use super::{Checker, FileError, Item, MAX_LINE, Problem, Summary, Summed, add_lines};
use crate::store::codec::Hash;
use sha2::Sha256;
use std::io::BufRead;

/// Reads lines of at most `MAX_LINE` bytes: a longer one is refused after
/// that many bytes, never held whole.
struct Lines<R> {
    reader: R,
    /// The number of the line last read, from 1.
    number: u64,
    /// Bytes read so far, for progress.
    read: u64,
}

impl<R: BufRead> Lines<R> {
    fn new(reader: R) -> Lines<R> {
        Lines {
            reader,
            number: 0,
            read: 0,
        }
    }

    /// Reads the next line into `buf`, without its newline; false at the
    /// end of the file.
    fn next_line(&mut self, buf: &mut Vec<u8>) -> Result<bool, FileError> {
        use std::io::Read;
        buf.clear();
        self.number += 1;
        let fail = |problem| FileError {
            line: self.number,
            seq: None,
            problem,
        };
        let n = (&mut self.reader)
            .take(MAX_LINE as u64 + 1)
            .read_until(b'\n', buf)
            .map_err(|e| fail(Problem::Unreadable(e.to_string())))?;
        self.read += n as u64;
        if n == 0 {
            return Ok(false);
        }
        if buf.last() == Some(&b'\n') {
            buf.pop();
        } else if buf.len() > MAX_LINE {
            return Err(fail(Problem::TooLong));
        }
        Ok(true)
    }
}

/// Checks a whole file from `reader`; `progress` gets the bytes read so far.
pub fn check_file(
    reader: impl BufRead,
    kept: Option<(Option<u64>, Hash)>,
    mut progress: impl FnMut(u64),
) -> Result<Summary, FileError> {
    let mut checker = Checker::new();
    if let Some((seq, hash)) = kept {
        checker.expect_head(seq, hash);
    }
    // Nothing else runs: every core reads lines.
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    check_lines(reader, cores, &mut checker, &mut progress, |_, _| {
        Ok::<(), FileError>(())
    })?;
    checker.finish()
}

/// Lines read and parsed at once: enough that starting threads costs
/// nothing beside the work, few enough that two batches are small in memory.
const BATCH_BYTES: usize = 4 << 20;

/// Lines read in a row, the number of the first, and why reading stopped
/// after them (a read failure, a line too long) or that the file ended.
struct Batch {
    lines: Vec<Vec<u8>>,
    first: u64,
    failed: Option<FileError>,
    end: bool,
}

impl<R: BufRead> Lines<R> {
    fn batch(&mut self) -> Batch {
        let mut batch = Batch {
            lines: Vec::new(),
            first: self.number + 1,
            failed: None,
            end: true,
        };
        let mut bytes = 0;
        loop {
            let mut line = Vec::new();
            match self.next_line(&mut line) {
                Ok(true) => {
                    bytes += line.len();
                    batch.lines.push(line);
                    if bytes >= BATCH_BYTES {
                        batch.end = false;
                        return batch;
                    }
                }
                Ok(false) => return batch,
                Err(e) => {
                    batch.failed = Some(e);
                    return batch;
                }
            }
        }
    }
}

/// `parse_event` of every line, on `threads` threads.
/// Lines that turn out not to be events' (the header, personal records)
/// are read again in order; reading them here costs little.
fn parse_all(lines: &[Vec<u8>], threads: usize) -> Vec<Parsed> {
    let per = lines.len().div_ceil(threads.max(1)).max(1);
    std::thread::scope(|scope| {
        let parts: Vec<_> = lines
            .chunks(per)
            .map(|part| {
                let handle = scope.spawn(|| part.iter().map(|l| parse_event(l)).collect());
                (part.len(), handle)
            })
            .collect();
        let mut all = Vec::with_capacity(lines.len());
        for (len, handle) in parts {
            match handle.join() {
                Ok(parsed) => all.extend::<Vec<Parsed>>(parsed),
                Err(_) => all.extend(std::iter::repeat_with(stopped).take(len)),
            }
        }
        all
    })
}

fn stopped() -> Parsed {
    Err(Problem::Unreadable("a checking thread stopped".into()))
}

/// What is read of a batch ahead of the checks in order: each line parsed,
/// and the checksum over the file through the batch's last line.
fn ahead(lines: &[Vec<u8>], sum: Sha256, threads: usize) -> (Vec<Parsed>, Sha256) {
    std::thread::scope(|scope| {
        let start = sum.clone();
        let summing = scope.spawn(move || add_lines(sum, lines));
        let parsed = parse_all(lines, threads);
        // A thread that stopped is done again here: a checksum left short
        // would call an intact file altered.
        let sum = summing.join().unwrap_or_else(|_| add_lines(start, lines));
        (parsed, sum)
    })
}

/// Feeds every line of `reader` to `checker` in order and hands each item
/// to `each`. What a line says on its own, and the file's checksum, are
/// read a batch ahead on other threads (`parsers` of them) while the batch
/// before is checked in order here.
pub fn check_lines<E: From<FileError>>(
    reader: impl BufRead,
    parsers: usize,
    checker: &mut Checker,
    progress: &mut impl FnMut(u64),
    mut each: impl FnMut(u64, Item) -> Result<(), E>,
) -> Result<(), E> {
    let mut lines = Lines::new(reader);
    let mut batch = lines.batch();
    let mut before = Sha256::default();
    let (mut parsed, mut after) = ahead(&batch.lines, before.clone(), parsers);
    loop {
        let next = (!batch.end).then(|| lines.batch());
        let (done, read) = std::thread::scope(|scope| {
            let read = next
                .as_ref()
                .map(|n| scope.spawn(|| ahead(&n.lines, after.clone(), parsers)));
            let mut done = Ok(());
            let numbered = (batch.first..).zip(batch.lines.iter().zip(parsed));
            for (i, (number, (line, p))) in numbered.enumerate() {
                let summed = Summed {
                    before: &before,
                    lines: &batch.lines[..i],
                };
                done = checker
                    .feed(number, line, p, summed)
                    .map_err(E::from)
                    .and_then(|item| each(number, item));
                if done.is_err() {
                    break;
                }
            }
            (done, read.map(|h| h.join()))
        });
        done?;
        if let Some(e) = batch.failed {
            return Err(e.into());
        }
        progress(lines.read);
        let Some(next) = next else {
            return Ok(());
        };
        (parsed, before, after) = match read {
            Some(Ok((parsed, sum))) => (parsed, after, sum),
            _ => {
                let (parsed, sum) = ahead(&next.lines, after.clone(), parsers);
                (parsed, after, sum)
            }
        };
        batch = next;
    }
}
