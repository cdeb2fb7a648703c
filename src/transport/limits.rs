//! What the daemon lets any one OS user hold, and everyone together:
//! connections, and memory for frame bodies still arriving. Every unit taken
//! is a guard that gives it back when dropped, so an error or a panic in a
//! connection cannot leak one.

use crate::service::api::Busy;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};

#[derive(Clone, Debug)]
pub struct Limits {
    /// Connections one OS user may hold open at once.
    pub per_user: usize,
    /// Connections in all.
    pub total: usize,
    /// Bytes of large frame bodies being received, for everyone together…
    pub frame_bytes: usize,
    /// …and for one OS user.
    pub frame_bytes_per_user: usize,
    /// Bytes of roster rows staged for an import (`stage.rs`), for everyone
    /// together…
    pub staged_bytes: usize,
    /// …and for one OS user: room for the largest roster file an import
    /// reads (`roster_csv::MAX_FILE`), encoded.
    pub staged_bytes_per_user: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            per_user: 32,
            total: 512,
            frame_bytes: 64 << 20,
            frame_bytes_per_user: 16 << 20,
            staged_bytes: 160 << 20,
            staged_bytes_per_user: 80 << 20,
        }
    }
}

#[derive(Default)]
struct Usage {
    conns: usize,
    bytes: usize,
}

#[derive(Default)]
struct State {
    all: Usage,
    by_uid: HashMap<u32, Usage>,
}

pub struct Ledger {
    limits: Limits,
    state: Mutex<State>,
}

/// One open connection of `uid`.
pub struct Slot {
    ledger: Arc<Ledger>,
    uid: u32,
}

/// Room for one frame body of `bytes` bytes.
pub struct Reservation {
    ledger: Arc<Ledger>,
    uid: u32,
    bytes: usize,
}

fn mib(n: usize) -> usize {
    n.div_ceil(1 << 20)
}

impl Ledger {
    pub fn new(limits: Limits) -> Arc<Ledger> {
        Arc::new(Ledger {
            limits,
            state: Mutex::default(),
        })
    }

    // The state is only ever changed by a few additions under the lock, none
    // of which can panic halfway; a poisoned lock still holds good numbers,
    // and refusing to count would jam the daemon for everyone.
    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A connection slot for `uid`, or the "busy" message to give it.
    pub fn admit(self: &Arc<Self>, uid: u32) -> Result<Slot, Busy> {
        let mut s = self.state();
        if s.all.conns >= self.limits.total {
            return Err(Busy::Connections(s.all.conns));
        }
        let mine = s.by_uid.entry(uid).or_default();
        if mine.conns >= self.limits.per_user {
            return Err(Busy::YourConnections(mine.conns));
        }
        mine.conns += 1;
        s.all.conns += 1;
        Ok(Slot {
            ledger: self.clone(),
            uid,
        })
    }

    /// Room for a frame body of `bytes`, or the "busy" message to give.
    pub fn reserve(self: &Arc<Self>, uid: u32, bytes: usize) -> Result<Reservation, Busy> {
        let mut s = self.state();
        if s.all.bytes + bytes > self.limits.frame_bytes {
            return Err(Busy::Arriving(mib(s.all.bytes)));
        }
        let mine = s.by_uid.entry(uid).or_default();
        if mine.bytes + bytes > self.limits.frame_bytes_per_user {
            return Err(Busy::YoursArriving(mib(mine.bytes)));
        }
        mine.bytes += bytes;
        s.all.bytes += bytes;
        Ok(Reservation {
            ledger: self.clone(),
            uid,
            bytes,
        })
    }

    /// (connections, reserved bytes) of `uid`.
    pub fn usage(&self, uid: u32) -> (usize, usize) {
        self.state()
            .by_uid
            .get(&uid)
            .map_or((0, 0), |u| (u.conns, u.bytes))
    }

    fn give_back(&self, uid: u32, conns: usize, bytes: usize) {
        let mut s = self.state();
        s.all.conns = s.all.conns.saturating_sub(conns);
        s.all.bytes = s.all.bytes.saturating_sub(bytes);
        if let Some(u) = s.by_uid.get_mut(&uid) {
            u.conns = u.conns.saturating_sub(conns);
            u.bytes = u.bytes.saturating_sub(bytes);
            if u.conns == 0 && u.bytes == 0 {
                s.by_uid.remove(&uid);
            }
        }
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.ledger.give_back(self.uid, 1, 0);
    }
}

impl Drop for Reservation {
    fn drop(&mut self) {
        self.ledger.give_back(self.uid, 0, self.bytes);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small() -> Arc<Ledger> {
        Ledger::new(Limits {
            per_user: 2,
            total: 3,
            frame_bytes: 10,
            frame_bytes_per_user: 6,
            ..Limits::default()
        })
    }

    #[test]
    fn one_user_cannot_take_every_connection() {
        let l = small();
        let a1 = l.admit(1).unwrap();
        let _a2 = l.admit(1).unwrap();
        assert_eq!(l.admit(1).err(), Some(Busy::YourConnections(2)));
        let _b1 = l.admit(2).unwrap();
        assert_eq!(l.admit(3).err(), Some(Busy::Connections(3)));
        drop(a1);
        assert!(l.admit(3).is_ok());
        assert_eq!(l.usage(1), (1, 0));
    }

    #[test]
    fn frame_memory_is_bounded_per_user_and_in_total() {
        let l = small();
        let r1 = l.reserve(1, 4).unwrap();
        assert!(matches!(
            l.reserve(1, 3).err(),
            Some(Busy::YoursArriving(_))
        ));
        let _r2 = l.reserve(2, 6).unwrap();
        assert!(matches!(l.reserve(3, 1).err(), Some(Busy::Arriving(_))));
        drop(r1);
        assert!(l.reserve(3, 4).is_ok());
        assert_eq!(l.usage(1), (0, 0));
    }
}
