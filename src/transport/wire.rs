//! What travels over the daemon's socket: length-prefixed frames, a handshake
//! that checks versions before anything else is decoded, then requests, replies
//! and change notices.

use crate::service::api::{API_VERSION, ApiError, Reply, Request};
use crate::store::codec;
use serde::{Deserialize, Serialize};
use std::io::{self, Read, Write};
use std::time::{Duration, Instant};

/// The first bytes a client sends; anything else is not a renshi client.
pub const MAGIC: &[u8; 4] = b"RNSH";
/// Larger frames are refused before any byte of them is read.
pub const MAX_FRAME: u32 = 8 * 1024 * 1024;
/// Once a frame has begun, the rest must arrive within this time.
pub const FRAME_TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Hello {
    /// Act as this user: honoured on demo stores only.
    pub as_user: Option<String>,
    /// Whether the client wants change notices (the TUI does, the CLI not).
    pub subscribe: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ServerMsg {
    Welcome {
        login: String,
        api: u32,
    },
    Refused(ApiError),
    Reply {
        id: u64,
        result: Result<Reply, ApiError>,
    },
    /// Something was committed; `seq` is the audit log's last event.
    Changed {
        seq: u64,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Call {
    pub id: u64,
    pub request: Request,
}

#[derive(Debug)]
pub enum FrameError {
    /// The peer closed the connection cleanly between frames.
    Closed,
    /// No frame started within the read timeout; the caller decides whether idling is fine.
    Idle,
    TooLarge(u32),
    Io(io::Error),
    Malformed(String),
}

impl std::fmt::Display for FrameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FrameError::Closed => write!(f, "connection closed"),
            FrameError::Idle => write!(f, "idle"),
            FrameError::TooLarge(n) => write!(
                f,
                "frame of {n} bytes is larger than the limit of {MAX_FRAME}"
            ),
            FrameError::Io(e) => write!(f, "{e}"),
            FrameError::Malformed(m) => write!(f, "malformed frame: {m}"),
        }
    }
}

fn timed_out(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
    )
}

/// Reads exactly `buf.len()` bytes; after the first byte, gives up when no
/// progress is made for `FRAME_TIMEOUT` (a half-sent frame).
fn read_full(r: &mut impl Read, buf: &mut [u8], started: bool) -> Result<(), FrameError> {
    let mut got = 0;
    let mut last = Instant::now();
    while got < buf.len() {
        match r.read(&mut buf[got..]) {
            Ok(0) if got == 0 && !started => return Err(FrameError::Closed),
            Ok(0) => {
                return Err(FrameError::Malformed(
                    "connection closed inside a frame".into(),
                ));
            }
            Ok(n) => {
                got += n;
                last = Instant::now();
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) if timed_out(&e) => {
                if got == 0 && !started {
                    return Err(FrameError::Idle);
                }
                if last.elapsed() > FRAME_TIMEOUT {
                    return Err(FrameError::Malformed("frame not completed in time".into()));
                }
            }
            Err(e) => return Err(FrameError::Io(e)),
        }
    }
    Ok(())
}

pub fn read_frame(r: &mut impl Read) -> Result<Vec<u8>, FrameError> {
    let mut len = [0u8; 4];
    read_full(r, &mut len, false)?;
    let n = u32::from_be_bytes(len);
    if n > MAX_FRAME {
        return Err(FrameError::TooLarge(n));
    }
    let mut body = vec![0u8; n as usize];
    read_full(r, &mut body, true)?;
    Ok(body)
}

pub fn write_frame(w: &mut impl Write, body: &[u8]) -> io::Result<()> {
    let n = u32::try_from(body.len())
        .ok()
        .filter(|n| *n <= MAX_FRAME)
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "frame too large"))?;
    let mut out = Vec::with_capacity(4 + body.len());
    out.extend_from_slice(&n.to_be_bytes());
    out.extend_from_slice(body);
    w.write_all(&out)?;
    w.flush()
}

pub fn send<T: Serialize>(w: &mut impl Write, msg: &T) -> io::Result<()> {
    let body = codec::encode(msg).map_err(io::Error::other)?;
    write_frame(w, &body)
}

pub fn decode<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, FrameError> {
    codec::decode(body).map_err(FrameError::Malformed)
}

/// The handshake frame: magic, API version, then the hello itself.
pub fn hello_frame(hello: &Hello) -> io::Result<Vec<u8>> {
    let mut body = MAGIC.to_vec();
    body.extend_from_slice(&API_VERSION.to_be_bytes());
    body.extend(codec::encode(hello).map_err(io::Error::other)?);
    Ok(body)
}

/// Checks magic and version before decoding the rest, so a client of another
/// version gets a clear answer instead of a decoding error.
pub fn parse_hello(body: &[u8]) -> Result<Hello, ApiError> {
    if body.len() < 8 || &body[..4] != MAGIC {
        return Err(ApiError::Protocol("not a renshi client".into()));
    }
    let version = u32::from_be_bytes([body[4], body[5], body[6], body[7]]);
    if version != API_VERSION {
        return Err(ApiError::Protocol(format!(
            "this client speaks API version {version}, the daemon speaks {API_VERSION}: use the same renshi version on both"
        )));
    }
    codec::decode(&body[8..]).map_err(|e| ApiError::Protocol(format!("bad hello: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_round_trip_and_oversized_prefixes_are_refused_unread() {
        let mut buf = Vec::new();
        write_frame(&mut buf, b"hello").unwrap();
        assert_eq!(read_frame(&mut buf.as_slice()).unwrap(), b"hello");
        let huge = (1u32 << 30).to_be_bytes();
        assert!(matches!(
            read_frame(&mut huge.as_slice()),
            Err(FrameError::TooLarge(_))
        ));
        let half = [0, 0, 0, 9, 1, 2];
        assert!(matches!(
            read_frame(&mut half.as_slice()),
            Err(FrameError::Malformed(_))
        ));
        assert!(matches!(
            read_frame(&mut [].as_slice()),
            Err(FrameError::Closed)
        ));
    }

    #[test]
    fn handshake_checks_magic_and_version() {
        let h = Hello {
            as_user: Some("gm.wang".into()),
            subscribe: true,
        };
        let body = hello_frame(&h).unwrap();
        assert_eq!(parse_hello(&body).unwrap(), h);
        let mut other = body.clone();
        other[7] ^= 0xff;
        assert!(
            parse_hello(&other)
                .unwrap_err()
                .to_string()
                .contains("version")
        );
        assert!(parse_hello(b"GET / HTTP/1.1").is_err());
    }
}
