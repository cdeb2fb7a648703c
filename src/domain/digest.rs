//! Content digests: what a signer saw, as a short fingerprint. A signature
//! carries the digest of the case as it was shown, and is refused when the case
//! has changed since. Fields go in explicitly, each length-prefixed, so the
//! digest does not depend on any encoding that may change.

use sha2::{Digest as _, Sha256};
use std::fmt;

#[derive(Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Digest(#[serde(with = "super::ids::hex_bytes")] pub [u8; 32]);

impl Digest {
    /// The hex prefix people see and type (`--seen`): long enough that a case
    /// cannot be changed on purpose to keep it.
    pub const SHORT: usize = 16;

    pub fn hex(&self) -> String {
        super::ids::hex_bytes::to_hex(&self.0)
    }

    pub fn short(&self) -> String {
        self.hex()[..Self::SHORT].to_string()
    }

    /// Whether `typed` (a prefix of at least [`Self::SHORT`] hex digits) names this digest.
    pub fn matches(&self, typed: &str) -> bool {
        let t = typed.trim().to_ascii_lowercase();
        t.len() >= Self::SHORT && t.len() <= 64 && self.hex().starts_with(&t)
    }
}

impl fmt::Debug for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Digest({})", self.short())
    }
}

#[derive(Default)]
pub struct Hasher(Sha256);

impl Hasher {
    pub fn new(kind: &str) -> Self {
        let mut h = Hasher(Sha256::new());
        h.str(kind);
        h
    }

    pub fn str(&mut self, s: &str) -> &mut Self {
        self.0.update((s.len() as u64).to_be_bytes());
        self.0.update(s.as_bytes());
        self
    }

    pub fn num(&mut self, n: u64) -> &mut Self {
        self.0.update(n.to_be_bytes());
        self
    }

    pub fn finish(self) -> Digest {
        Digest(self.0.finalize().into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_separated_and_prefixes_must_be_long() {
        let mut a = Hasher::new("plan");
        a.str("ab").str("c");
        let mut b = Hasher::new("plan");
        b.str("a").str("bc");
        let (a, b) = (a.finish(), b.finish());
        assert_ne!(a, b);
        assert!(a.matches(&a.short()));
        assert!(a.matches(&a.hex().to_uppercase()));
        assert!(
            !a.matches(&a.hex()[..8]),
            "8 digits are too few to bind a signature"
        );
        assert!(!a.matches(&b.short()));
    }
}
