//! What travels over the daemon's socket: length-prefixed frames, a handshake
//! that checks versions before anything else is decoded, then requests, replies
//! and change notices.
//!
//! Both ends treat the other as untrusted: every frame has a maximum length
//! checked before any of it is read, a body buffer grows with the bytes that
//! arrive rather than with the length the peer declared, and every decode goes
//! through the wire's own bounded codec (`codec.rs`).

use super::codec;
use crate::service::api::{API_VERSION, ApiError, Reply, Request};
use nix::sys::socket::{MsgFlags, send as send_bytes};
use serde::{Deserialize, Serialize};
use std::io::{self, Read};
use std::os::fd::AsRawFd;
use std::os::unix::net::UnixStream;
use std::time::{Duration, Instant};

/// The first bytes a client sends; anything else is not a renshi client.
pub const MAGIC: &[u8; 4] = b"RNSH";
/// The longest frame either side accepts (replies can be long: audit pages).
pub const MAX_FRAME: u32 = 8 * 1024 * 1024;
/// The longest frame a client may send after its hello: a request is a
/// command or a query, never a bulk transfer.
pub const MAX_CALL_FRAME: u32 = 1024 * 1024;
/// The longest hello: magic, version and a login.
pub const MAX_HELLO_FRAME: u32 = 4 * 1024;
/// A frame, from its first byte to its last, must arrive within this time;
/// a peer that sends one byte now and then is dropped all the same.
pub const FRAME_TIMEOUT: Duration = Duration::from_secs(10);
/// A new connection must have sent its whole hello within this time.
pub const HELLO_TIMEOUT: Duration = Duration::from_secs(5);

/// Decoding limits (see `codec::decode`): no allocation made while decoding a
/// message is larger than these. A few times the frame limits, because a
/// decoded value takes more room than its encoding.
pub const HELLO_LIMIT: usize = 16 * 1024;
pub const CALL_LIMIT: usize = 4 * MAX_CALL_FRAME as usize;
pub const REPLY_LIMIT: usize = 8 * MAX_FRAME as usize;

/// Bodies are read in pieces of this size, so a buffer never runs far ahead
/// of what has arrived.
const CHUNK: usize = 16 * 1024;

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
    /// The connection is over, and this is why (busy, malformed, not registered…).
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
    /// The declared length is above the limit (the frame, its limit).
    TooLarge(u32, u32),
    /// The frame (or the hello) did not arrive in time.
    TimedOut(String),
    /// The daemon cannot take this frame now; the message says so.
    Busy(crate::service::api::Busy),
    Io(io::Error),
    Malformed(String),
}

impl std::fmt::Display for FrameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FrameError::Closed => write!(f, "connection closed"),
            FrameError::Idle => write!(f, "idle"),
            FrameError::TooLarge(n, max) => {
                write!(f, "frame of {n} bytes is larger than the limit of {max}")
            }
            FrameError::TimedOut(m) => write!(f, "{m}"),
            FrameError::Busy(b) => write!(f, "{b}"),
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

/// Appends `bytes` to a body that will be `len` bytes long, growing the
/// buffer at most twofold at a time and never past `len`: the memory a
/// half-sent frame holds follows what was sent, not what was announced.
fn append(body: &mut Vec<u8>, bytes: &[u8], len: usize) {
    if body.capacity() - body.len() < bytes.len() {
        let want = (body.len() * 2)
            .max(body.len() + bytes.len())
            .max(CHUNK)
            .min(len);
        body.reserve_exact(want - body.len());
    }
    body.extend_from_slice(bytes);
}

/// Reads a frame from a reader whose own read timeout bounds each wait:
/// `Idle` if nothing came, and after the first byte gives up when no
/// progress is made for `FRAME_TIMEOUT`. The client uses this for what the
/// daemon sends; the daemon reads with `read_frame_within`.
pub fn read_frame(r: &mut impl Read) -> Result<Vec<u8>, FrameError> {
    let mut len = [0u8; 4];
    let mut got = 0;
    let mut last = Instant::now();
    while got < 4 {
        match r.read(&mut len[got..]) {
            Ok(0) if got == 0 => return Err(FrameError::Closed),
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
            Err(e) if timed_out(&e) && got == 0 => return Err(FrameError::Idle),
            Err(e) if timed_out(&e) && last.elapsed() <= FRAME_TIMEOUT => {}
            Err(e) if timed_out(&e) => {
                return Err(FrameError::TimedOut("frame not completed in time".into()));
            }
            Err(e) => return Err(FrameError::Io(e)),
        }
    }
    let n = u32::from_be_bytes(len);
    if n > MAX_FRAME {
        return Err(FrameError::TooLarge(n, MAX_FRAME));
    }
    let len = n as usize;
    let mut body = Vec::new();
    let mut chunk = [0u8; CHUNK];
    while body.len() < len {
        let want = (len - body.len()).min(CHUNK);
        match r.read(&mut chunk[..want]) {
            Ok(0) => {
                return Err(FrameError::Malformed(
                    "connection closed inside a frame".into(),
                ));
            }
            Ok(k) => {
                append(&mut body, &chunk[..k], len);
                last = Instant::now();
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) if timed_out(&e) && last.elapsed() <= FRAME_TIMEOUT => {}
            Err(e) if timed_out(&e) => {
                return Err(FrameError::TimedOut("frame not completed in time".into()));
            }
            Err(e) => return Err(FrameError::Io(e)),
        }
    }
    Ok(body)
}

/// How the daemon reads a frame from a peer it does not trust.
pub struct Within {
    /// The longest frame accepted here.
    pub max: u32,
    /// The whole frame must be in by then, whenever it started (the hello).
    pub by: Option<Instant>,
    /// How long to wait for a first byte before answering `Idle`, so the
    /// caller can look at its stop flag.
    pub poll: Duration,
}

/// One `read` with the socket's timeout set to what is left until `until`.
fn read_until(s: &UnixStream, buf: &mut [u8], until: Instant) -> Result<Option<usize>, FrameError> {
    let left = until.saturating_duration_since(Instant::now());
    if left.is_zero() {
        return Ok(None);
    }
    s.set_read_timeout(Some(left)).map_err(FrameError::Io)?;
    loop {
        match (&*s).read(buf) {
            Ok(n) => return Ok(Some(n)),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) if timed_out(&e) => return Ok(None),
            Err(e) => return Err(FrameError::Io(e)),
        }
    }
}

/// Reads one frame under a deadline that covers all of it, from its first
/// byte (or from `within.by`, if earlier) to its last. Before any of the body
/// is read, `admit` sees the declared length and may refuse it (a memory
/// budget) or hand back a guard that is kept with the body.
pub fn read_frame_within<G>(
    s: &UnixStream,
    within: &Within,
    admit: impl FnOnce(u32) -> Result<G, FrameError>,
) -> Result<(Vec<u8>, G), FrameError> {
    let too_late = || FrameError::TimedOut("the frame did not arrive in time".into());
    let mut len = [0u8; 4];
    let wait = within.by.map_or(Instant::now() + within.poll, |by| {
        by.min(Instant::now() + within.poll)
    });
    let mut got = match read_until(s, &mut len, wait)? {
        Some(0) => return Err(FrameError::Closed),
        Some(n) => n,
        None if within.by.is_some_and(|by| Instant::now() >= by) => return Err(too_late()),
        None => return Err(FrameError::Idle),
    };
    let started = Instant::now();
    let deadline = within.by.map_or(started + FRAME_TIMEOUT, |by| {
        by.min(started + FRAME_TIMEOUT)
    });
    while got < 4 {
        match read_until(s, &mut len[got..], deadline)? {
            Some(0) => {
                return Err(FrameError::Malformed(
                    "connection closed inside a frame".into(),
                ));
            }
            Some(n) => got += n,
            None => return Err(too_late()),
        }
    }
    let n = u32::from_be_bytes(len);
    if n > within.max {
        return Err(FrameError::TooLarge(n, within.max));
    }
    let guard = admit(n)?;
    let len = n as usize;
    let mut body = Vec::new();
    let mut chunk = [0u8; CHUNK];
    while body.len() < len {
        let want = (len - body.len()).min(CHUNK);
        match read_until(s, &mut chunk[..want], deadline)? {
            Some(0) => {
                return Err(FrameError::Malformed(
                    "connection closed inside a frame".into(),
                ));
            }
            Some(k) => append(&mut body, &chunk[..k], len),
            None => return Err(too_late()),
        }
    }
    Ok((body, guard))
}

/// Writes all of `bytes` by `deadline`. `MSG_NOSIGNAL`: a peer that went away
/// gives an error here, never a SIGPIPE (which kills a CLI process that runs
/// with the default disposition, so output piped into `head` ends quietly).
fn send_all(s: &UnixStream, mut bytes: &[u8], deadline: Instant) -> io::Result<()> {
    while !bytes.is_empty() {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(io::Error::new(
                io::ErrorKind::TimedOut,
                "the peer did not take the frame in time",
            ));
        }
        s.set_write_timeout(Some(left))?;
        match send_bytes(s.as_raw_fd(), bytes, MsgFlags::MSG_NOSIGNAL) {
            Ok(n) => bytes = &bytes[n..],
            Err(nix::errno::Errno::EINTR | nix::errno::Errno::EAGAIN) => {}
            Err(e) => return Err(io::Error::from(e)),
        }
    }
    Ok(())
}

fn framed(body: &[u8]) -> io::Result<Vec<u8>> {
    let n = u32::try_from(body.len())
        .ok()
        .filter(|n| *n <= MAX_FRAME)
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "frame too large"))?;
    let mut out = Vec::with_capacity(4 + body.len());
    out.extend_from_slice(&n.to_be_bytes());
    out.extend_from_slice(body);
    Ok(out)
}

/// Writes one frame; all of it must be taken by the peer within `FRAME_TIMEOUT`.
pub fn write_frame(s: &UnixStream, body: &[u8]) -> io::Result<()> {
    send_all(s, &framed(body)?, Instant::now() + FRAME_TIMEOUT)
}

/// Writes one frame without waiting at all: for a refusal on a fresh
/// connection, whose buffer is empty, from a thread that must not block.
pub fn write_frame_now(s: &UnixStream, body: &[u8]) -> io::Result<()> {
    let out = framed(body)?;
    let n = send_bytes(
        s.as_raw_fd(),
        &out,
        MsgFlags::MSG_NOSIGNAL | MsgFlags::MSG_DONTWAIT,
    )
    .map_err(io::Error::from)?;
    if n < out.len() {
        return Err(io::Error::new(io::ErrorKind::WouldBlock, "frame cut short"));
    }
    Ok(())
}

pub fn encode<T: Serialize>(msg: &T) -> io::Result<Vec<u8>> {
    codec::encode(msg).map_err(io::Error::other)
}

pub fn send<T: Serialize>(s: &UnixStream, msg: &T) -> io::Result<()> {
    write_frame(s, &encode(msg)?)
}

/// Like `send`, giving up after `limit` (the frame may then be cut short:
/// close the connection).
pub fn send_within<T: Serialize>(s: &UnixStream, msg: &T, limit: Duration) -> io::Result<()> {
    send_all(s, &framed(&encode(msg)?)?, Instant::now() + limit)
}

/// A request, as the daemon reads it from a client.
pub fn decode_call(body: &[u8]) -> Result<Call, FrameError> {
    codec::decode::<Call, CALL_LIMIT>(body).map_err(FrameError::Malformed)
}

/// What the daemon said, as a client reads it (from something that may only
/// pretend to be the daemon).
pub fn decode_server_msg(body: &[u8]) -> Result<ServerMsg, FrameError> {
    codec::decode::<ServerMsg, REPLY_LIMIT>(body).map_err(FrameError::Malformed)
}

/// The handshake frame: magic, API version, then the hello itself.
pub fn hello_frame(hello: &Hello) -> io::Result<Vec<u8>> {
    let mut body = MAGIC.to_vec();
    body.extend_from_slice(&API_VERSION.to_be_bytes());
    body.extend(encode(hello)?);
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
    codec::decode::<Hello, HELLO_LIMIT>(&body[8..]).map_err(|_| {
        ApiError::Protocol(
            "the greeting could not be read: not a renshi client of this version".into(),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn frames_round_trip_and_oversized_prefixes_are_refused_unread() {
        let (a, mut b) = UnixStream::pair().unwrap();
        write_frame(&a, b"hello").unwrap();
        assert_eq!(read_frame(&mut b).unwrap(), b"hello");
        let huge = (1u32 << 30).to_be_bytes();
        assert!(matches!(
            read_frame(&mut huge.as_slice()),
            Err(FrameError::TooLarge(..))
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
    fn a_body_buffer_follows_what_arrived_not_what_was_announced() {
        let mut body = Vec::new();
        append(&mut body, &[1; 10], 1 << 30);
        assert!(body.capacity() <= CHUNK, "{}", body.capacity());
        while body.len() < 100_000 {
            append(&mut body, &[2; 1000], 1 << 30);
            assert!(body.capacity() <= 2 * body.len() + CHUNK);
        }
        let mut exact = Vec::new();
        append(&mut exact, &[3; 5], 5);
        assert_eq!(exact.capacity(), 5);
    }

    fn within(max: u32, by: Option<Duration>) -> Within {
        Within {
            max,
            by: by.map(|d| Instant::now() + d),
            poll: Duration::from_millis(50),
        }
    }

    #[test]
    fn the_deadline_covers_the_whole_frame_not_each_read() {
        let (mut a, b) = UnixStream::pair().unwrap();
        // Nothing sent: idle, and past `by`: timed out.
        assert!(matches!(
            read_frame_within(&b, &within(100, None), |_| Ok(())),
            Err(FrameError::Idle)
        ));
        let hello = within(100, Some(Duration::from_millis(120)));
        let waited = loop {
            match read_frame_within(&b, &hello, |_| Ok(())) {
                Err(FrameError::Idle) => continue,
                other => break other,
            }
        };
        assert!(matches!(waited, Err(FrameError::TimedOut(_))), "{waited:?}");
        // Part of a frame, then a byte every 30 ms: each read makes progress,
        // the whole frame does not make its deadline of 200 ms.
        a.write_all(&[0, 0, 0, 50, 1]).unwrap();
        let trickle = std::thread::spawn(move || {
            for _ in 0..20 {
                std::thread::sleep(Duration::from_millis(30));
                if a.write_all(&[1]).is_err() {
                    break;
                }
            }
        });
        let t = Instant::now();
        let got = read_frame_within(&b, &within(100, Some(Duration::from_millis(200))), |_| {
            Ok(())
        });
        assert!(matches!(got, Err(FrameError::TimedOut(_))), "{got:?}");
        assert!(t.elapsed() < Duration::from_millis(500));
        drop(b);
        trickle.join().unwrap();
    }

    #[test]
    fn admission_sees_the_length_before_the_body_is_read() {
        let (a, b) = UnixStream::pair().unwrap();
        write_frame(&a, &[7; 300]).unwrap();
        let refused = read_frame_within(&b, &within(1000, None), |n| {
            Err::<(), _>(FrameError::Busy(crate::service::api::Busy::Arriving(
                n as usize,
            )))
        });
        assert!(matches!(
            refused,
            Err(FrameError::Busy(crate::service::api::Busy::Arriving(300)))
        ));
        let (a, b) = UnixStream::pair().unwrap();
        write_frame(&a, &[7; 300]).unwrap();
        assert!(matches!(
            read_frame_within(&b, &within(100, None), |_| Ok(())),
            Err(FrameError::TooLarge(300, 100))
        ));
    }

    #[test]
    fn writing_to_a_closed_peer_is_an_error_not_a_signal() {
        let (a, b) = UnixStream::pair().unwrap();
        drop(b);
        let e = write_frame(&a, b"anyone?").unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::BrokenPipe);
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
