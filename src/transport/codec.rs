//! The wire's own encoding, kept apart from the store's: the store may change
//! how it writes records without changing what travels between processes,
//! and the other way round.
//!
//! Everything decoded here came from another process: a client that may be
//! hostile, or, for a client, something that only pretends to be the daemon.
//! So every decode is bounded, whatever the types being decoded look like:
//! - bincode's byte limit (`with_limit::<LIMIT>`) caps what the decoder may
//!   claim, so a declared length above it is an error before anything is made
//!   for it;
//! - a guard around the serde deserializer caps the nesting depth. A recursive
//!   type (an error that holds an error) would otherwise let a frame of a few
//!   kilobytes recurse until the stack overflows, and a stack overflow aborts
//!   the whole process: no `catch_unwind` can catch it;
//! - the guard charges every collection element and every string against a
//!   budget of half the limit, and hides the declared length of collections
//!   from the types being built, so a `Vec` grows with what actually arrives
//!   (serde would otherwise reserve up to 1 MiB on a declared length alone);
//! - strings are borrowed from the frame and copied at their real length, so a
//!   declared string length never becomes an allocation.
//!
//! Every value starts with a codec version byte, so a later encoding can be
//! told apart from this one.

use serde::Serialize;
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess,
    VariantAccess, Visitor,
};
use std::cell::Cell;
use std::fmt;
use std::marker::PhantomData;

/// Version of the wire encoding; the first byte of every encoded value.
pub const CODEC: u8 = 1;
/// Deeper values are refused. What renshi sends nests a dozen levels or so;
/// each level costs the decoding thread some hundreds of bytes of stack.
pub const MAX_DEPTH: usize = 64;

pub fn encode<T: Serialize>(value: &T) -> Result<Vec<u8>, String> {
    let mut out = vec![CODEC];
    bincode::serde::encode_into_std_write(value, &mut out, bincode::config::standard())
        .map_err(|e| e.to_string())?;
    Ok(out)
}

/// Decodes one value of `T` from `bytes` (which must hold exactly one),
/// allocating at most `LIMIT` bytes in any one piece for it.
pub fn decode<T: DeserializeOwned, const LIMIT: usize>(bytes: &[u8]) -> Result<T, String> {
    let rest = match bytes.split_first() {
        Some((&CODEC, rest)) => rest,
        Some((v, _)) => {
            return Err(format!(
                "value written with wire codec {v}, this renshi reads codec {CODEC}"
            ));
        }
        None => return Err("empty value".into()),
    };
    let budget = Budget {
        depth: Cell::new(0),
        left: Cell::new(LIMIT / 2),
    };
    let config = bincode::config::standard().with_limit::<LIMIT>();
    let seed = Seed {
        inner: PhantomData::<T>,
        budget: &budget,
    };
    let (value, used) =
        bincode::serde::seed_decode_from_slice(seed, rest, config).map_err(|e| e.to_string())?;
    if used != rest.len() {
        return Err(format!("{} trailing bytes", rest.len() - used));
    }
    Ok(value)
}

/// What one decode may still spend: nesting levels and bytes of collections
/// and strings. Shared by every wrapper of that decode (one thread, so `Cell`).
struct Budget {
    depth: Cell<usize>,
    left: Cell<usize>,
}

impl Budget {
    fn enter<E: de::Error>(&self) -> Result<Level<'_>, E> {
        let depth = self.depth.get() + 1;
        if depth > MAX_DEPTH {
            return Err(E::custom(format_args!(
                "value nested deeper than {MAX_DEPTH} levels"
            )));
        }
        self.depth.set(depth);
        Ok(Level(self))
    }

    fn charge<E: de::Error>(&self, bytes: usize) -> Result<(), E> {
        match self.left.get().checked_sub(bytes) {
            Some(left) => {
                self.left.set(left);
                Ok(())
            }
            None => Err(E::custom("value larger than the limit for this message")),
        }
    }

    /// An element of a collection costs at least one byte, so that even a
    /// sequence of empty values ends within the budget.
    fn charge_element<T, E: de::Error>(&self) -> Result<(), E> {
        self.charge(std::mem::size_of::<T>().max(1))
    }
}

/// One level of nesting, given back when the value it was taken for is done.
struct Level<'b>(&'b Budget);

impl Drop for Level<'_> {
    fn drop(&mut self) {
        self.0.depth.set(self.0.depth.get().saturating_sub(1));
    }
}

struct Seed<'b, S> {
    inner: S,
    budget: &'b Budget,
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Seed<'_, S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<S::Value, D::Error> {
        self.inner.deserialize(De {
            inner: d,
            budget: self.budget,
        })
    }
}

struct De<'b, D> {
    inner: D,
    budget: &'b Budget,
}

impl<'b, D> De<'b, D> {
    fn visitor<V>(&self, inner: V, collection: bool) -> Vis<'b, V> {
        Vis {
            inner,
            budget: self.budget,
            collection,
        }
    }
}

/// Forwards `deserialize_*` methods that need nothing but the depth check.
macro_rules! forward {
    ($($method:ident($($arg:ident: $ty:ty),*);)*) => {$(
        fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
            let _level = self.budget.enter::<D::Error>()?;
            let visitor = self.visitor(visitor, false);
            self.inner.$method($($arg,)* visitor)
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for De<'_, D> {
    type Error = D::Error;

    forward! {
        deserialize_any();
        deserialize_bool();
        deserialize_i8();
        deserialize_i16();
        deserialize_i32();
        deserialize_i64();
        deserialize_i128();
        deserialize_u8();
        deserialize_u16();
        deserialize_u32();
        deserialize_u64();
        deserialize_u128();
        deserialize_f32();
        deserialize_f64();
        deserialize_char();
        deserialize_str();
        deserialize_bytes();
        deserialize_option();
        deserialize_unit();
        deserialize_unit_struct(name: &'static str);
        deserialize_newtype_struct(name: &'static str);
        deserialize_tuple(len: usize);
        deserialize_tuple_struct(name: &'static str, len: usize);
        deserialize_struct(name: &'static str, fields: &'static [&'static str]);
        deserialize_enum(name: &'static str, variants: &'static [&'static str]);
        deserialize_identifier();
        deserialize_ignored_any();
    }

    // Borrowed from the frame and copied at its real length by the visitor:
    // an owned decode would allocate the declared length first.
    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        let _level = self.budget.enter::<D::Error>()?;
        let visitor = self.visitor(visitor, false);
        self.inner.deserialize_str(visitor)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        let _level = self.budget.enter::<D::Error>()?;
        let visitor = self.visitor(visitor, false);
        self.inner.deserialize_bytes(visitor)
    }

    // Collections: their elements are charged against the budget.
    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        let _level = self.budget.enter::<D::Error>()?;
        let visitor = self.visitor(visitor, true);
        self.inner.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        let _level = self.budget.enter::<D::Error>()?;
        let visitor = self.visitor(visitor, true);
        self.inner.deserialize_map(visitor)
    }

    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }
}

struct Vis<'b, V> {
    inner: V,
    budget: &'b Budget,
    /// Whether a sequence or map given to this visitor is a collection (its
    /// length came from the peer) rather than a struct or tuple of fixed shape.
    collection: bool,
}

macro_rules! forward_visit {
    ($($method:ident($ty:ty);)*) => {$(
        fn $method<E: de::Error>(self, v: $ty) -> Result<V::Value, E> {
            self.inner.$method(v)
        }
    )*};
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Vis<'_, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.inner.expecting(f)
    }

    forward_visit! {
        visit_bool(bool);
        visit_i8(i8);
        visit_i16(i16);
        visit_i32(i32);
        visit_i64(i64);
        visit_i128(i128);
        visit_u8(u8);
        visit_u16(u16);
        visit_u32(u32);
        visit_u64(u64);
        visit_u128(u128);
        visit_f32(f32);
        visit_f64(f64);
        visit_char(char);
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<V::Value, E> {
        self.budget.charge(v.len())?;
        self.inner.visit_str(v)
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<V::Value, E> {
        self.budget.charge(v.len())?;
        self.inner.visit_borrowed_str(v)
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<V::Value, E> {
        self.budget.charge(v.len())?;
        self.inner.visit_string(v)
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<V::Value, E> {
        self.budget.charge(v.len())?;
        self.inner.visit_bytes(v)
    }

    fn visit_borrowed_bytes<E: de::Error>(self, v: &'de [u8]) -> Result<V::Value, E> {
        self.budget.charge(v.len())?;
        self.inner.visit_borrowed_bytes(v)
    }

    fn visit_byte_buf<E: de::Error>(self, v: Vec<u8>) -> Result<V::Value, E> {
        self.budget.charge(v.len())?;
        self.inner.visit_byte_buf(v)
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.inner.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.inner.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        self.inner.visit_some(De {
            inner: d,
            budget: self.budget,
        })
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        self.inner.visit_newtype_struct(De {
            inner: d,
            budget: self.budget,
        })
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.inner.visit_seq(Seq {
            inner: seq,
            budget: self.budget,
            collection: self.collection,
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.inner.visit_map(Map {
            inner: map,
            budget: self.budget,
        })
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.inner.visit_enum(Enum {
            inner: data,
            budget: self.budget,
        })
    }
}

struct Seq<'b, A> {
    inner: A,
    budget: &'b Budget,
    collection: bool,
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Seq<'_, A> {
    type Error = A::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, A::Error> {
        if self.collection {
            self.budget.charge_element::<T::Value, A::Error>()?;
        }
        self.inner.next_element_seed(Seed {
            inner: seed,
            budget: self.budget,
        })
    }

    // The peer's declared length is not a reason to reserve memory.
    fn size_hint(&self) -> Option<usize> {
        if self.collection {
            None
        } else {
            self.inner.size_hint()
        }
    }
}

struct Map<'b, A> {
    inner: A,
    budget: &'b Budget,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Map<'_, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.budget.charge_element::<K::Value, A::Error>()?;
        self.inner.next_key_seed(Seed {
            inner: seed,
            budget: self.budget,
        })
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        self.budget.charge_element::<S::Value, A::Error>()?;
        self.inner.next_value_seed(Seed {
            inner: seed,
            budget: self.budget,
        })
    }

    fn size_hint(&self) -> Option<usize> {
        None
    }
}

struct Enum<'b, A> {
    inner: A,
    budget: &'b Budget,
}

impl<'de, 'b, A: EnumAccess<'de>> EnumAccess<'de> for Enum<'b, A> {
    type Error = A::Error;
    type Variant = Variant<'b, A::Variant>;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Self::Variant), A::Error> {
        let (value, variant) = self.inner.variant_seed(Seed {
            inner: seed,
            budget: self.budget,
        })?;
        Ok((
            value,
            Variant {
                inner: variant,
                budget: self.budget,
            },
        ))
    }
}

struct Variant<'b, A> {
    inner: A,
    budget: &'b Budget,
}

impl<'de, A: VariantAccess<'de>> VariantAccess<'de> for Variant<'_, A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.inner.unit_variant()
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, A::Error> {
        self.inner.newtype_variant_seed(Seed {
            inner: seed,
            budget: self.budget,
        })
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        let visitor = Vis {
            inner: visitor,
            budget: self.budget,
            collection: false,
        };
        self.inner.tuple_variant(len, visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        let visitor = Vis {
            inner: visitor,
            budget: self.budget,
            collection: false,
        };
        self.inner.struct_variant(fields, visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use std::collections::BTreeMap;

    const SMALL: usize = 64 * 1024;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    enum Nest {
        Leaf(String),
        Deeper { note: String, inner: Box<Nest> },
    }

    fn nested(levels: usize) -> Nest {
        (0..levels).fold(Nest::Leaf("end".into()), |inner, _| Nest::Deeper {
            note: String::new(),
            inner: Box::new(inner),
        })
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Sample {
        name: String,
        tags: Vec<String>,
        counts: BTreeMap<String, u64>,
        maybe: Option<Box<Sample>>,
        bytes: Vec<u8>,
        pair: (u32, char),
    }

    fn sample() -> Sample {
        Sample {
            name: "人事".into(),
            tags: vec!["a".into(), "bb".into()],
            counts: [("x".to_string(), 1), ("y".to_string(), u64::MAX)].into(),
            maybe: Some(Box::new(Sample {
                name: "inner".into(),
                tags: vec![],
                counts: BTreeMap::new(),
                maybe: None,
                bytes: vec![1, 2, 3],
                pair: (7, 'z'),
            })),
            bytes: vec![0; 300],
            pair: (u32::MAX, '字'),
        }
    }

    #[test]
    fn round_trips_and_refuses_other_codecs_and_trailing_bytes() {
        let bytes = encode(&sample()).unwrap();
        assert_eq!(decode::<Sample, SMALL>(&bytes).unwrap(), sample());
        let mut other = bytes.clone();
        other[0] = 9;
        assert!(
            decode::<Sample, SMALL>(&other)
                .unwrap_err()
                .contains("codec 9")
        );
        let mut longer = bytes;
        longer.push(0);
        assert!(
            decode::<Sample, SMALL>(&longer)
                .unwrap_err()
                .contains("trailing")
        );
        assert!(decode::<Sample, SMALL>(&[]).is_err());
    }

    #[test]
    fn nesting_is_refused_past_the_depth_limit_instead_of_overflowing_the_stack() {
        let ok = encode(&nested(MAX_DEPTH / 3)).unwrap();
        assert_eq!(decode::<Nest, SMALL>(&ok).unwrap(), nested(MAX_DEPTH / 3));
        // A hostile frame: a million levels in 3 bytes each (variant 1, empty
        // note, then the next level). Without the guard this overflows the
        // stack and aborts the process.
        let mut deep = vec![CODEC];
        for _ in 0..1_000_000 {
            deep.extend_from_slice(&[1, 0]);
        }
        deep.extend_from_slice(&[0, 0]);
        let err = decode::<Nest, { 64 * 1024 * 1024 }>(&deep).unwrap_err();
        assert!(err.contains("nested deeper"), "{err}");
    }

    #[test]
    fn declared_lengths_beyond_the_limit_or_the_bytes_present_are_refused() {
        // A string said to be 2^62 bytes long, and one longer than isize::MAX.
        for len in [1u64 << 62, u64::MAX] {
            let mut frame = vec![CODEC, 253];
            frame.extend_from_slice(&len.to_le_bytes());
            frame.extend_from_slice(b"short");
            assert!(decode::<String, SMALL>(&frame).is_err());
            assert!(decode::<Vec<u64>, SMALL>(&frame).is_err());
            assert!(decode::<Vec<()>, SMALL>(&frame).is_err());
            assert!(decode::<BTreeMap<String, String>, SMALL>(&frame).is_err());
        }
        // Within the limit but longer than what arrived.
        let mut frame = vec![CODEC, 252];
        frame.extend_from_slice(&60_000u32.to_le_bytes());
        frame.extend_from_slice(b"short");
        assert!(decode::<String, SMALL>(&frame).is_err());
        // A collection of real elements still stops at the budget: half the limit.
        let many = encode(&vec![0u64; 1000]).unwrap();
        assert!(decode::<Vec<u64>, 1024>(&many).is_err());
        assert_eq!(decode::<Vec<u64>, SMALL>(&many).unwrap().len(), 1000);
    }
}
