//! The one place that knows how values are encoded. Every value starts with the
//! codec version byte, so a future encoding can be told apart and migrated.

use serde::{Serialize, de::DeserializeOwned};

/// Version of the store layout and value encoding. Bump on any incompatible change.
pub const FORMAT_VERSION: u32 = 1;
const CODEC: u8 = 1;

fn config() -> bincode::config::Configuration {
    bincode::config::standard()
}

pub fn encode<T: Serialize>(value: &T) -> Result<Vec<u8>, String> {
    let mut out = vec![CODEC];
    bincode::serde::encode_into_std_write(value, &mut out, config()).map_err(|e| e.to_string())?;
    Ok(out)
}

pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    match bytes.split_first() {
        Some((&CODEC, rest)) => {
            let (v, used) =
                bincode::serde::decode_from_slice(rest, config()).map_err(|e| e.to_string())?;
            if used != rest.len() {
                return Err(format!("{} trailing bytes", rest.len() - used));
            }
            Ok(v)
        }
        Some((v, _)) => Err(format!(
            "value written with codec {v}, this renshi reads codec {CODEC}"
        )),
        None => Err("empty value".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_refuse_other_codec() {
        let v = (42u32, "人事".to_string());
        let bytes = encode(&v).unwrap();
        assert_eq!(decode::<(u32, String)>(&bytes).unwrap(), v);
        let mut other = bytes.clone();
        other[0] = 9;
        assert!(
            decode::<(u32, String)>(&other)
                .unwrap_err()
                .contains("codec 9")
        );
        let mut longer = bytes;
        longer.push(0);
        assert!(decode::<(u32, String)>(&longer).is_err());
    }
}
