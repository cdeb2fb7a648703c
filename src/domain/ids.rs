//! Identifiers. Numeric inside, with a readable prefix outside (`POS-007`), so
//! people can type them in the CLI and read them in the audit log. Formats
//! meant for people (JSON) carry the readable form; the store's binary
//! encoding keeps the bare number.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

macro_rules! id_type {
    ($name:ident, $prefix:literal, $width:literal) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                if s.is_human_readable() {
                    s.collect_str(self)
                } else {
                    s.serialize_u32(self.0)
                }
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                if d.is_human_readable() {
                    let text = String::deserialize(d)?;
                    text.parse().map_err(serde::de::Error::custom)
                } else {
                    u32::deserialize(d).map($name)
                }
            }
        }

        impl $name {
            pub const PREFIX: &'static str = $prefix;
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($prefix, "-{:0", $width, "}"), self.0)
            }
        }

        impl FromStr for $name {
            type Err = String;
            /// Accepts `POS-007`, `pos-7` and a bare `7`.
            fn from_str(s: &str) -> Result<Self, String> {
                let t = s.trim();
                let digits = match t.split_once('-') {
                    Some((p, d)) if p.eq_ignore_ascii_case($prefix) => d,
                    Some(_) => {
                        return Err(format!("`{t}` is not an id like {}", $name(1)));
                    }
                    None => t,
                };
                digits
                    .parse::<u32>()
                    .map($name)
                    .map_err(|_| format!("`{t}` is not an id like {}", $name(1)))
            }
        }
    };
}

id_type!(DeptId, "DEP", 2);
id_type!(PositionId, "POS", 3);
id_type!(EmployeeId, "EMP", 4);

impl EmployeeId {
    /// The id `text` is written as, in its full form only (`EMP-0001`, any
    /// case). Where people are found by id or by staff number, a bare
    /// `1001` is a staff number: many companies number their staff so.
    pub fn written_out(text: &str) -> Option<EmployeeId> {
        let t = text.trim();
        let (prefix, _) = t.split_once('-')?;
        if !prefix.eq_ignore_ascii_case("EMP") {
            return None;
        }
        t.parse().ok()
    }
}
id_type!(PlanId, "HP", 4);
id_type!(DelegationId, "DLG", 3);
id_type!(ReqId, "REQ", 4);
id_type!(CandidateId, "CAN", 4);
id_type!(InterviewId, "INT", 4);
id_type!(SepId, "SEP", 4);
id_type!(CourseId, "CRS", 3);
id_type!(SessionId, "TS", 4);
id_type!(CycleId, "CYC", 2);
id_type!(EvalId, "EV", 4);

/// Chosen by the client for each command it sends, so a retry after a lost
/// answer is answered with the first result instead of running twice.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct RequestId(#[serde(with = "hex_bytes")] pub [u8; 16]);

impl RequestId {
    /// A fresh random id; all zeros if the system has no randomness to give,
    /// which only disables de-duplication for that command.
    pub fn random() -> RequestId {
        let mut b = [0u8; 16];
        let _ = getrandom::fill(&mut b);
        RequestId(b)
    }
}

impl fmt::Debug for RequestId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for b in &self.0 {
            write!(f, "{b:02x}")?;
        }
        Ok(())
    }
}

/// Fixed-size bytes (request ids, digests) as lower-case hex in formats for
/// people (JSON: the audit export's event content, which outsiders read and
/// hash), as the bare bytes in the store's binary encoding.
pub mod hex_bytes {
    use serde::{Deserialize, Deserializer, Serialize, Serializer, de::Error};

    pub fn to_hex(bytes: &[u8]) -> String {
        const_hex::encode(bytes)
    }

    /// Exactly `N` bytes written as `2N` hex digits (either case).
    pub fn from_hex<const N: usize>(text: &str) -> Option<[u8; N]> {
        let mut out = [0u8; N];
        const_hex::decode_to_slice(text, &mut out).ok()?;
        Some(out)
    }

    pub fn serialize<S: Serializer, const N: usize>(b: &[u8; N], s: S) -> Result<S::Ok, S::Error>
    where
        [u8; N]: Serialize,
    {
        if s.is_human_readable() {
            s.serialize_str(&to_hex(b))
        } else {
            b.serialize(s)
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>, const N: usize>(d: D) -> Result<[u8; N], D::Error>
    where
        [u8; N]: Deserialize<'de>,
    {
        if d.is_human_readable() {
            let text = String::deserialize(d)?;
            from_hex(&text)
                .ok_or_else(|| D::Error::custom(format!("`{text}` is not {N} bytes in hex")))
        } else {
            <[u8; N]>::deserialize(d)
        }
    }
}

/// A plan line's number: 1, 2, 3 … in the order lines were added, kept when
/// other lines are removed, so `remove-line HP-0003 2` always means the same line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct LineNo(pub u32);

impl fmt::Display for LineNo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl FromStr for LineNo {
    type Err = String;
    /// Accepts `2` and `#2`; line numbers start at 1.
    fn from_str(s: &str) -> Result<Self, String> {
        let t = s.trim();
        match t.trim_start_matches('#').parse::<u32>() {
            Ok(n) if n >= 1 => Ok(LineNo(n)),
            _ => Err(format!(
                "`{t}` is not a line number: use the number `plan show` gives (1, 2, …)"
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_through_text() {
        let id = PositionId(7);
        assert_eq!(id.to_string(), "POS-007");
        assert_eq!("POS-007".parse::<PositionId>(), Ok(id));
        assert_eq!("pos-7".parse::<PositionId>(), Ok(id));
        assert_eq!("7".parse::<PositionId>(), Ok(id));
        assert!("HP-7".parse::<PositionId>().is_err());
        assert!("POS-x".parse::<PositionId>().is_err());
        assert_eq!("#2".parse::<LineNo>(), Ok(LineNo(2)));
        assert!("0".parse::<LineNo>().is_err(), "lines are numbered from 1");
    }

    #[test]
    fn json_carries_the_readable_id_and_the_store_the_number() {
        let id = PositionId(12);
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"POS-012\"");
        assert_eq!(
            serde_json::from_str::<PositionId>("\"POS-012\"").unwrap(),
            id
        );
        assert!(serde_json::from_str::<PositionId>("\"HP-1\"").is_err());
        let bytes = crate::store::codec::encode(&id).unwrap();
        assert_eq!(
            crate::store::codec::decode::<PositionId>(&bytes).unwrap(),
            id
        );
        assert!(bytes.len() <= 2, "a small number stays small: {bytes:?}");
    }
}
