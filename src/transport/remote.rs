//! A client of `renshi serve`. A reader thread takes every frame off the
//! socket: replies go to the waiting call, change notices bump a counter the
//! TUI watches. When the daemon goes away the client says so and reconnects on
//! the next call or `reconnect`.

use super::wire::{self, Call, Hello, ServerMsg};
use super::{Client, Link};
use crate::service::api::{ApiError, Reply, Request};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::Duration;

/// A reply slower than this means the daemon is stuck; the call fails, the TUI stays.
const REPLY_TIMEOUT: Duration = Duration::from_secs(60);

/// What the reader thread hands to the waiting call.
enum Incoming {
    Reply(u64, Result<Reply, ApiError>),
    /// The daemon ended the connection and said why (busy, for one).
    Refused(ApiError),
}

struct Conn {
    writer: UnixStream,
    replies: Receiver<Incoming>,
    lost: Arc<AtomicBool>,
}

pub struct Remote {
    path: PathBuf,
    hello: Hello,
    conn: Option<Conn>,
    next_id: u64,
    changes: Arc<AtomicU64>,
    pub login: String,
}

/// Why a connection could not be made: the daemon is not there, or it answered no.
#[derive(Debug)]
pub enum ConnectError {
    Unreachable(String),
    Refused(ApiError),
}

impl From<ConnectError> for ApiError {
    fn from(e: ConnectError) -> Self {
        match e {
            ConnectError::Unreachable(m) => ApiError::Protocol(m),
            ConnectError::Refused(e) => e,
        }
    }
}

/// The peer closed its end: a daemon that refused us (and said why in a
/// frame we may still read), or one that went away.
fn hung_up(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        std::io::ErrorKind::BrokenPipe | std::io::ErrorKind::ConnectionReset
    )
}

fn open(
    path: &Path,
    hello: &Hello,
    changes: &Arc<AtomicU64>,
) -> Result<(Conn, String), ConnectError> {
    let unreachable = |e: std::io::Error| {
        ConnectError::Unreachable(format!(
            "cannot reach the renshi daemon at {}: {e}",
            path.display()
        ))
    };
    let stream = UnixStream::connect(path).map_err(unreachable)?;
    stream
        .set_read_timeout(Some(wire::FRAME_TIMEOUT))
        .map_err(unreachable)?;
    // A daemon that is busy answers before reading anything and closes: our
    // hello may then meet a closed socket, but its answer is still there to read.
    let hello_sent =
        match wire::write_frame(&stream, &wire::hello_frame(hello).map_err(unreachable)?) {
            Ok(()) => true,
            Err(e) if hung_up(&e) => false,
            Err(e) => return Err(unreachable(e)),
        };
    let closed_early = || {
        ConnectError::Unreachable(format!(
            "the renshi daemon at {} closed the connection without answering (it may be stopping); try again in a moment",
            path.display()
        ))
    };
    let body = match wire::read_frame(&mut &stream) {
        Ok(body) => body,
        Err(wire::FrameError::Idle) => {
            return Err(ConnectError::Unreachable(format!(
                "the renshi daemon at {} did not answer within {} s",
                path.display(),
                wire::FRAME_TIMEOUT.as_secs()
            )));
        }
        Err(wire::FrameError::Closed) => return Err(closed_early()),
        Err(wire::FrameError::Io(e)) if hung_up(&e) => return Err(closed_early()),
        Err(other) => {
            return Err(ConnectError::Unreachable(format!(
                "the renshi daemon at {} answered strangely: {other}",
                path.display()
            )));
        }
    };
    let login = match wire::decode_server_msg(&body).map_err(|e| {
        ConnectError::Unreachable(format!(
            "the renshi daemon at {} answered strangely: {e}",
            path.display()
        ))
    })? {
        ServerMsg::Welcome { login, .. } if hello_sent => login,
        ServerMsg::Welcome { .. } => return Err(closed_early()),
        ServerMsg::Refused(e) => return Err(ConnectError::Refused(e)),
        other => {
            return Err(ConnectError::Unreachable(format!(
                "unexpected greeting {other:?}"
            )));
        }
    };
    stream.set_read_timeout(None).map_err(unreachable)?;
    let mut reader = stream.try_clone().map_err(unreachable)?;
    let (tx, rx) = channel();
    let lost = Arc::new(AtomicBool::new(false));
    let (lost2, changes) = (lost.clone(), changes.clone());
    std::thread::spawn(move || {
        while let Ok(body) = wire::read_frame(&mut reader) {
            match wire::decode_server_msg(&body) {
                Ok(ServerMsg::Reply { id, result }) => {
                    if tx.send(Incoming::Reply(id, result)).is_err() {
                        break;
                    }
                }
                Ok(ServerMsg::Changed { .. }) => {
                    changes.fetch_add(1, Ordering::SeqCst);
                }
                Ok(ServerMsg::Refused(e)) => {
                    let _ = tx.send(Incoming::Refused(e));
                    break;
                }
                _ => break,
            }
        }
        lost2.store(true, Ordering::SeqCst);
    });
    Ok((
        Conn {
            writer: stream,
            replies: rx,
            lost,
        },
        login,
    ))
}

/// The reader thread holds a clone of the socket; shutting it down ends that
/// thread and tells the daemon this connection is over.
impl Drop for Conn {
    fn drop(&mut self) {
        let _ = self.writer.shutdown(std::net::Shutdown::Both);
    }
}

impl Remote {
    pub fn connect(path: &Path, hello: Hello) -> Result<Remote, ConnectError> {
        let changes = Arc::new(AtomicU64::new(0));
        let (conn, login) = open(path, &hello, &changes)?;
        Ok(Remote {
            path: path.to_path_buf(),
            hello,
            conn: Some(conn),
            next_id: 1,
            changes,
            login,
        })
    }

    fn lost_message(&self) -> ApiError {
        ApiError::Protocol(format!(
            "The renshi daemon at {} is not answering. What was committed is kept; a change you were sending may or may not have been recorded: look (the lists, `renshi audit log`) before you send it again.",
            self.path.display()
        ))
    }
}

/// How one try of a call ended.
enum Attempt {
    Answered(Result<Reply, ApiError>),
    /// The connection broke first: the request may be sent again.
    Lost,
    /// No answer in time: the daemon may still be working on it, so it is
    /// not sent again.
    TimedOut,
}

impl Remote {
    fn attempt(&mut self, request: &Request) -> Attempt {
        if self.link() != Link::Connected && !self.reconnect() {
            return Attempt::Lost;
        }
        let id = self.next_id;
        self.next_id += 1;
        let Some(conn) = self.conn.as_mut() else {
            return Attempt::Lost;
        };
        let call = Call {
            id,
            request: request.clone(),
        };
        if wire::send(&conn.writer, &call).is_err() {
            conn.lost.store(true, Ordering::SeqCst);
            return Attempt::Lost;
        }
        loop {
            match conn.replies.recv_timeout(REPLY_TIMEOUT) {
                Ok(Incoming::Reply(rid, result)) if rid == id => return Attempt::Answered(result),
                Ok(Incoming::Reply(..)) => continue,
                Ok(Incoming::Refused(e)) => {
                    conn.lost.store(true, Ordering::SeqCst);
                    return Attempt::Answered(Err(e));
                }
                Err(RecvTimeoutError::Disconnected) => {
                    conn.lost.store(true, Ordering::SeqCst);
                    return Attempt::Lost;
                }
                Err(RecvTimeoutError::Timeout) => {
                    conn.lost.store(true, Ordering::SeqCst);
                    return Attempt::TimedOut;
                }
            }
        }
    }
}

impl Client for Remote {
    /// A connection lost before the answer came is tried once more, with the
    /// same request: a command carries its request id, so one that did commit
    /// is answered with its first result instead of running twice.
    fn call(&mut self, request: Request) -> Result<Reply, ApiError> {
        match self.attempt(&request) {
            Attempt::Lost if self.reconnect() => match self.attempt(&request) {
                Attempt::Answered(r) => r,
                Attempt::Lost | Attempt::TimedOut => Err(self.lost_message()),
            },
            Attempt::Answered(r) => r,
            Attempt::Lost | Attempt::TimedOut => Err(self.lost_message()),
        }
    }

    fn changes(&self) -> u64 {
        self.changes.load(Ordering::SeqCst)
    }

    fn link(&self) -> Link {
        match &self.conn {
            Some(c) if !c.lost.load(Ordering::SeqCst) => Link::Connected,
            _ => Link::Lost,
        }
    }

    fn act_as(&mut self, login: &str) -> Result<(), ApiError> {
        let mut hello = self.hello.clone();
        hello.as_user = Some(login.to_string());
        let (conn, who) = open(&self.path, &hello, &self.changes)?;
        self.hello = hello;
        self.conn = Some(conn);
        self.login = who;
        Ok(())
    }

    fn reconnect(&mut self) -> bool {
        match open(&self.path, &self.hello, &self.changes) {
            Ok((conn, login)) => {
                self.conn = Some(conn);
                self.login = login;
                // Whatever happened while away, the views must reload.
                self.changes.fetch_add(1, Ordering::SeqCst);
                true
            }
            Err(_) => {
                self.conn = None;
                false
            }
        }
    }
}
