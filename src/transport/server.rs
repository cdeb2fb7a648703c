//! `renshi serve`: the one process that opens the store. It listens on a Unix
//! socket, learns each client's OS user from the socket's peer credentials
//! (never from anything the client says), and runs every request through the
//! service, where authorization lives.
//!
//! Any local user in the socket's group can connect, registered or not, so
//! nothing a peer does may stop or jam the daemon for the others:
//! - connections are counted per OS user (known at accept) and in total, and
//!   refused with a plain "busy" beyond that;
//! - a new connection must send its hello within `HELLO_TIMEOUT`, and every
//!   frame must arrive whole within `FRAME_TIMEOUT` of its first byte;
//! - large frame bodies reserve their declared length from a budget shared by
//!   everyone (and one per user) before they are read;
//! - a connection's slot and reservations are guards released on drop, and a
//!   panic in a connection thread is caught and logged, so neither leaks.

use super::limits::{Ledger, Limits, Reservation};
use super::stage::Stage;
use super::wire::{self, Call, FrameError, Hello, ServerMsg, Within};
use crate::service::api::{ApiError, Query};
use crate::service::{Caller, Service};
use nix::sys::socket::{getsockopt, sockopt::PeerCredentials};
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::os::unix::net::{UnixListener, UnixStream};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

const POLL: Duration = Duration::from_millis(200);
/// Frames up to this size are read without a reservation: one per connection,
/// and connections are counted.
pub const SMALL_FRAME: u32 = 64 * 1024;

pub struct ServeOptions {
    pub socket: PathBuf,
    /// Group that may connect (the socket is made rw for owner and group only).
    pub group: Option<String>,
    pub limits: Limits,
    /// The mailer, when the daemon mails what waits.
    pub mail: Option<crate::notify::MailConfig>,
}

use crate::log::{self, info as log};

/// Removes a socket file left by a daemon that died; refuses to touch
/// anything that is not a socket, or a socket someone still answers on.
fn clear_stale(path: &Path) -> Result<(), String> {
    match std::fs::symlink_metadata(path) {
        Err(_) => Ok(()),
        Ok(m) if !m.file_type().is_socket() => Err(format!(
            "{} exists and is not a socket: remove it or choose another --socket",
            path.display()
        )),
        Ok(_) => {
            if UnixStream::connect(path).is_ok() {
                return Err(format!(
                    "a renshi daemon already listens on {}",
                    path.display()
                ));
            }
            std::fs::remove_file(path)
                .map_err(|e| format!("cannot remove the stale socket {}: {e}", path.display()))
        }
    }
}

fn bind(opts: &ServeOptions) -> Result<UnixListener, String> {
    clear_stale(&opts.socket)?;
    let listener = UnixListener::bind(&opts.socket)
        .map_err(|e| format!("cannot listen on {}: {e}", opts.socket.display()))?;
    // Connecting needs write permission on the socket: owner and group only.
    std::fs::set_permissions(&opts.socket, std::fs::Permissions::from_mode(0o660))
        .map_err(|e| format!("cannot set permissions of {}: {e}", opts.socket.display()))?;
    if let Some(g) = &opts.group {
        let group = nix::unistd::Group::from_name(g)
            .ok()
            .flatten()
            .ok_or_else(|| format!("no such group `{g}`"))?;
        nix::unistd::chown(&opts.socket, None, Some(group.gid))
            .map_err(|e| format!("cannot give {} to group {g}: {e}", opts.socket.display()))?;
    }
    Ok(listener)
}

/// Serves until SIGTERM or SIGINT; then finishes in-flight requests, closes
/// the store (when the last reference to `service` goes) and removes the socket.
pub fn serve(service: Arc<Service>, opts: ServeOptions) -> Result<(), String> {
    let stop = Arc::new(AtomicBool::new(false));
    for sig in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGINT] {
        signal_hook::flag::register(sig, stop.clone())
            .map_err(|e| format!("cannot handle signals: {e}"))?;
    }
    let limits = opts.limits.clone();
    serve_with(service, opts, limits, stop)
}

pub fn serve_until(
    service: Arc<Service>,
    opts: ServeOptions,
    stop: Arc<AtomicBool>,
) -> Result<(), String> {
    serve_with(service, opts, Limits::default(), stop)
}

/// Refusals are logged at most this often: a flood must not fill the log.
const REFUSAL_LOG_EVERY: Duration = Duration::from_secs(10);

pub fn serve_with(
    service: Arc<Service>,
    opts: ServeOptions,
    limits: Limits,
    stop: Arc<AtomicBool>,
) -> Result<(), String> {
    let listener = bind(&opts)?;
    log(format!(
        "serving {} on {}",
        service.store().path().display(),
        opts.socket.display()
    ));
    if let Some(why) = &service.loaded.rebuilt_because {
        log(format!(
            "the snapshot was not used ({why}); the company was rebuilt from the log"
        ));
    }
    let staged = super::stage::ledger(&limits);
    let ledger = Ledger::new(limits);
    let notices = Notices::start(&service, stop.clone());
    let warm = warm_up(&service, &stop);
    let mailer = opts
        .mail
        .as_ref()
        .and_then(|config| crate::notify::start(service.clone(), config.clone(), stop.clone()));
    let mut workers: Vec<JoinHandle<()>> = Vec::new();
    let (mut refused, mut refusal_logged) = (0u64, None::<Instant>);
    while !stop.load(Ordering::SeqCst) {
        workers.retain(|h| !h.is_finished());
        if !readable(&listener) {
            continue;
        }
        let stream = match listener.accept() {
            Ok((s, _)) => s,
            Err(e) => {
                log::warning(format!("accept: {e}"));
                continue;
            }
        };
        let accepted = Instant::now();
        // Who it is, from the kernel, before a single byte is read from it.
        let uid = match getsockopt(&stream, PeerCredentials) {
            Ok(c) => c.uid(),
            Err(e) => {
                log::warning(format!("peer credentials: {e}"));
                continue;
            }
        };
        let slot = match ledger.admit(uid) {
            Ok(slot) => slot,
            Err(busy) => {
                // Without waiting: the accept loop serves everyone.
                if let Ok(body) = wire::encode(&ServerMsg::Refused(ApiError::Busy(busy))) {
                    let _ = wire::write_frame_now(&stream, &body);
                }
                refused += 1;
                if refusal_logged.is_none_or(|t: Instant| t.elapsed() >= REFUSAL_LOG_EVERY) {
                    log(format!(
                        "busy: refused {refused} connection(s) so far (last from uid {uid})"
                    ));
                    refusal_logged = Some(Instant::now());
                }
                continue;
            }
        };
        let (service, stop, ledger, notices) = (
            service.clone(),
            stop.clone(),
            Ledgers {
                frames: ledger.clone(),
                staged: staged.clone(),
            },
            notices.clone(),
        );
        let spawned = std::thread::Builder::new()
            .name(format!("renshi-uid{uid}"))
            .spawn(move || {
                guarded(uid, move || {
                    connection(stream, uid, accepted, &service, &stop, &ledger, &notices)
                });
                // The slot goes only now, whatever happened above.
                drop(slot);
            });
        match spawned {
            Ok(h) => workers.push(h),
            // The closure, with its stream and slot, is dropped: the peer sees EOF.
            Err(e) => log::error(format!("cannot start a connection thread: {e}")),
        }
    }
    let _ = sd_notify::notify(&[sd_notify::NotifyState::Stopping]);
    log("stopping: finishing requests in flight");
    for w in workers {
        let _ = w.join();
    }
    notices.join();
    if let Some(m) = mailer {
        let _ = m.join();
    }
    drop(listener);
    let _ = std::fs::remove_file(&opts.socket);
    let failed = warm.join().ok().flatten();
    log("stopped");
    failed.map_or(Ok(()), Err)
}

/// Opens sled beside the serving loop (queries are answered from the
/// snapshot meanwhile). A store that cannot be opened stops the daemon,
/// with the reason as its exit message.
/// Tells systemd (`Type=notify`) the daemon serves: the socket listens and
/// the store is open, so what depends on renshi may start, and a store that
/// cannot be opened is a failed start, not a started service that dies.
fn ready() {
    if let Err(e) = sd_notify::notify(&[sd_notify::NotifyState::Ready]) {
        log::warning(format!("cannot tell systemd the daemon is ready: {e}"));
    }
}

fn warm_up(service: &Arc<Service>, stop: &Arc<AtomicBool>) -> JoinHandle<Option<String>> {
    let (service, stop) = (service.clone(), stop.clone());
    std::thread::spawn(move || {
        let t = Instant::now();
        match service.warm_up() {
            Ok(()) => {
                log(format!(
                    "store opened for writing in {} ms",
                    t.elapsed().as_millis()
                ));
                ready();
                None
            }
            // Queries go on from the snapshot, and the first command tries
            // again: the daemon recovers by itself once there is room.
            Err(ApiError::Store(e)) if e.is_lack_of_space() => {
                log::warning(format!("{e}; commands are refused until space is freed"));
                ready();
                None
            }
            Err(e) => {
                let why = format!("the store cannot be opened for writing: {e}");
                log::error(why.clone());
                stop.store(true, Ordering::SeqCst);
                Some(why)
            }
        }
    })
}

/// Runs a connection's work; a panic in it is logged, never spread: it ends
/// that connection only (its guards are dropped while unwinding).
fn guarded(uid: u32, work: impl FnOnce() -> Result<(), String>) {
    match catch_unwind(AssertUnwindSafe(work)) {
        Ok(Ok(())) => {}
        Ok(Err(e)) => log(e),
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "no message".into());
            log::error(format!(
                "a connection of uid {uid} panicked and was closed: {what}"
            ));
        }
    }
}

fn readable(listener: &UnixListener) -> bool {
    use nix::poll::{PollFd, PollFlags, PollTimeout, poll};
    use std::os::fd::AsFd;
    let mut fds = [PollFd::new(listener.as_fd(), PollFlags::POLLIN)];
    matches!(poll(&mut fds, PollTimeout::from(POLL.as_millis() as u16)), Ok(n) if n > 0)
}

/// The OS login of a uid, from the password database.
fn login_of(uid: u32) -> Result<String, String> {
    nix::unistd::User::from_uid(nix::unistd::Uid::from_raw(uid))
        .ok()
        .flatten()
        .map(|u| u.name)
        .ok_or_else(|| format!("uid {uid} has no login name"))
}

/// Sends a refusal, best effort: the connection ends after it either way.
fn refuse(writer: &Mutex<UnixStream>, e: ApiError) {
    if let Ok(w) = writer.lock() {
        let _ = wire::send(&w, &ServerMsg::Refused(e));
    }
}

/// A connection's budgets: frames arriving, and roster rows staged.
struct Ledgers {
    frames: Arc<Ledger>,
    staged: Arc<Ledger>,
}

fn connection(
    stream: UnixStream,
    uid: u32,
    accepted: Instant,
    service: &Service,
    stop: &AtomicBool,
    ledger: &Ledgers,
    notices: &Notices,
) -> Result<(), String> {
    let reader = stream.try_clone().map_err(|e| e.to_string())?;
    let writer = Arc::new(Mutex::new(stream));

    let hello = match read_hello(&reader, accepted, stop) {
        Ok(h) => h,
        Err(e) => {
            refuse(&writer, e.clone());
            return Err(format!("uid {uid}: {e}"));
        }
    };
    let os_login = match login_of(uid) {
        Ok(l) => l,
        Err(e) => {
            refuse(&writer, ApiError::Protocol(e.clone()));
            return Err(e);
        }
    };
    let caller = match hello.as_user {
        None => Caller::new(&os_login),
        Some(login) => match service.store().is_demo_for_rights() {
            Ok(true) => Caller {
                login,
                via: Some(os_login.clone()),
            },
            Ok(false) => {
                refuse(&writer, crate::domain::DomainError::DemoOnly.into());
                return Err(format!("{os_login}: --as refused on a real store"));
            }
            // Not knowing is not a "no": say what keeps the store from
            // answering (a full disk, damage), as any command would.
            Err(e) => {
                refuse(&writer, e.clone().into());
                return Err(format!("{os_login}: --as not checked: {e}"));
            }
        },
    };
    // An unregistered login gets its refusal and nothing else.
    if let Err(e) = service.query(&caller, Query::Whoami) {
        refuse(&writer, e.clone());
        return Err(format!("{os_login} (uid {uid}) refused: {e}"));
    }
    {
        let w = writer
            .lock()
            .map_err(|_| "writer lock poisoned".to_string())?;
        wire::send(
            &w,
            &ServerMsg::Welcome {
                login: caller.login.clone(),
                api: crate::service::api::API_VERSION,
            },
        )
        .map_err(|e| e.to_string())?;
    }

    if hello.subscribe {
        notices.add(&writer);
    }
    // The connection's writer goes with it: the broadcaster holds it weakly.
    let mut stage = Stage::bounded(ledger.staged.clone(), uid);
    let result = requests(
        &reader,
        uid,
        (service, &mut stage),
        &caller,
        &writer,
        stop,
        &ledger.frames,
    );
    result.map_err(|e| format!("{} ({os_login}): {e}", caller.login))
}

/// The hello, whole, within `HELLO_TIMEOUT` of the connection: a peer that
/// never speaks, or speaks a byte at a time, holds its slot no longer.
fn read_hello(
    reader: &UnixStream,
    accepted: Instant,
    stop: &AtomicBool,
) -> Result<Hello, ApiError> {
    let within = Within {
        max: wire::MAX_HELLO_FRAME,
        by: Some(accepted + wire::HELLO_TIMEOUT),
        poll: POLL,
    };
    loop {
        match wire::read_frame_within(reader, &within, |_| Ok(())) {
            Ok((body, ())) => return wire::parse_hello(&body),
            Err(FrameError::Idle) if !stop.load(Ordering::SeqCst) => {}
            Err(FrameError::TimedOut(_)) => {
                return Err(ApiError::Protocol(format!(
                    "no hello within {} s of connecting",
                    wire::HELLO_TIMEOUT.as_secs()
                )));
            }
            Err(e) => return Err(ApiError::Protocol(e.to_string())),
        }
    }
}

/// Small frames are read as they come; a larger body first reserves its
/// declared length, so what half-sent frames hold is bounded in total.
fn admit_body(ledger: &Arc<Ledger>, uid: u32, len: u32) -> Result<Option<Reservation>, FrameError> {
    if len <= SMALL_FRAME {
        return Ok(None);
    }
    ledger
        .reserve(uid, len as usize)
        .map(Some)
        .map_err(FrameError::Busy)
}

fn requests(
    reader: &UnixStream,
    uid: u32,
    (service, stage): (&Service, &mut Stage),
    caller: &Caller,
    writer: &Mutex<UnixStream>,
    stop: &AtomicBool,
    ledger: &Arc<Ledger>,
) -> Result<(), String> {
    // No deadline between frames: a signed-in TUI may wait all day for
    // change notices. Each frame, once begun, has FRAME_TIMEOUT.
    let within = Within {
        max: wire::MAX_CALL_FRAME,
        by: None,
        poll: POLL,
    };
    loop {
        let (body, reservation) =
            match wire::read_frame_within(reader, &within, |n| admit_body(ledger, uid, n)) {
                Ok(b) => b,
                Err(FrameError::Idle) if stop.load(Ordering::SeqCst) => return Ok(()),
                Err(FrameError::Idle) => {
                    stage.expire_idle();
                    continue;
                }
                Err(FrameError::Closed) => return Ok(()),
                Err(FrameError::Busy(b)) => {
                    refuse(writer, ApiError::Busy(b.clone()));
                    return Err(b.to_string());
                }
                Err(e) => {
                    refuse(writer, ApiError::Protocol(e.to_string()));
                    return Err(e.to_string());
                }
            };
        let call: Call = match wire::decode_call(&body) {
            Ok(c) => c,
            // The decoder's own words are for the daemon's log; the client
            // hears what happened.
            Err(e) => {
                refuse(
                    writer,
                    ApiError::Protocol(
                        "the request could not be read: it is not a request of this renshi version"
                            .into(),
                    ),
                );
                return Err(format!("uid {uid}: unreadable request: {e}"));
            }
        };
        drop((body, reservation));
        let result = stage.handle(service, caller, call.request);
        let reply = ServerMsg::Reply {
            id: call.id,
            result,
        };
        let body = match wire::encode(&reply) {
            Ok(b) if b.len() <= wire::MAX_FRAME as usize => b,
            // Said to the client as the answer to its call, so it knows why.
            Ok(b) => wire::encode(&ServerMsg::Reply {
                id: call.id,
                result: Err(ApiError::Protocol(format!(
                    "the answer ({} MiB) is larger than a frame may be ({} MiB): ask for less at a time",
                    b.len() >> 20,
                    wire::MAX_FRAME >> 20
                ))),
            })
            .map_err(|e| e.to_string())?,
            Err(e) => return Err(e.to_string()),
        };
        let w = writer
            .lock()
            .map_err(|_| "writer lock poisoned".to_string())?;
        wire::write_frame(&w, &body).map_err(|e| e.to_string())?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panicking_connection_gives_its_slot_and_reservation_back() {
        let ledger = Ledger::new(Limits {
            per_user: 1,
            total: 1,
            ..Limits::default()
        });
        for round in 0..100 {
            let slot = ledger.admit(7).expect("a slot is free again");
            let l = ledger.clone();
            let h = std::thread::spawn(move || {
                guarded(7, move || {
                    let _r = l.reserve(7, 1 << 20).expect("a reservation");
                    panic!("round {round}");
                });
                drop(slot);
            });
            h.join().expect("the panic was caught");
            assert_eq!(ledger.usage(7), (0, 0));
        }
    }
}

/// Change notices for every subscribed connection, from one thread: a
/// commit wakes it once, it sends the latest sequence to each subscriber in
/// turn, and an idle interface costs nothing at all between commits.
#[derive(Clone)]
struct Notices {
    subscribers: Arc<Mutex<Vec<Weak<Mutex<UnixStream>>>>>,
    thread: Arc<Mutex<Option<JoinHandle<()>>>>,
}

/// A subscriber that does not take a notice within this long is dropped
/// (its interface reconnects and reloads): one stuck peer cannot hold up
/// the others' notices.
const NOTICE_TIMEOUT: Duration = Duration::from_millis(500);
const NOTICE_PAUSE: Duration = Duration::from_millis(150);

impl Notices {
    fn start(service: &Arc<Service>, stop: Arc<AtomicBool>) -> Notices {
        let notices = Notices {
            subscribers: Arc::new(Mutex::new(Vec::new())),
            thread: Arc::new(Mutex::new(None)),
        };
        let rx = service.subscribe();
        let subscribers = notices.subscribers.clone();
        let handle = std::thread::Builder::new()
            .name("renshi-notices".into())
            .spawn(move || {
                while !stop.load(Ordering::SeqCst) {
                    let Ok(mut seq) = rx.recv_timeout(POLL) else {
                        continue;
                    };
                    // Commits that came meanwhile: one notice says them all.
                    while let Ok(later) = rx.try_recv() {
                        seq = later;
                    }
                    let live: Vec<Arc<Mutex<UnixStream>>> = {
                        let mut subs = subscribers.lock().unwrap_or_else(|p| p.into_inner());
                        subs.retain(|w| w.strong_count() > 0);
                        subs.iter().filter_map(Weak::upgrade).collect()
                    };
                    for writer in live {
                        let Ok(w) = writer.lock() else { continue };
                        if wire::send_within(&w, &ServerMsg::Changed { seq }, NOTICE_TIMEOUT)
                            .is_err()
                        {
                            let _ = w.shutdown(std::net::Shutdown::Both);
                        }
                    }
                    // An interface reloads on a notice; more than a few a
                    // second only costs everyone throughput. Commits in the
                    // pause are folded into the next notice.
                    std::thread::sleep(NOTICE_PAUSE);
                }
            });
        match handle {
            Ok(h) => {
                if let Ok(mut t) = notices.thread.lock() {
                    *t = Some(h);
                }
            }
            Err(e) => log::error(format!("cannot start the change-notice thread: {e}")),
        }
        notices
    }

    fn add(&self, writer: &Arc<Mutex<UnixStream>>) {
        if let Ok(mut subs) = self.subscribers.lock() {
            subs.push(Arc::downgrade(writer));
        }
    }

    fn join(&self) {
        if let Some(h) = self.thread.lock().ok().and_then(|mut t| t.take()) {
            let _ = h.join();
        }
    }
}
