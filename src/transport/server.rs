//! `renshi serve`: the one process that opens the store. It listens on a Unix
//! socket, learns each client's OS user from the socket's peer credentials
//! (never from anything the client says), and runs every request through the
//! service, where authorization lives.

use super::wire::{self, Call, FrameError, Hello, ServerMsg};
use crate::service::api::{ApiError, Query};
use crate::service::{Caller, Service};
use nix::sys::socket::{getsockopt, sockopt::PeerCredentials};
use std::io;
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// Beyond this many open connections new ones are told to wait.
const MAX_CLIENTS: usize = 512;
const POLL: Duration = Duration::from_millis(200);

pub struct ServeOptions {
    pub socket: PathBuf,
    /// Group that may connect (the socket is made rw for owner and group only).
    pub group: Option<String>,
}

fn log(msg: impl AsRef<str>) {
    eprintln!("renshi serve: {}", msg.as_ref());
}

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
    serve_until(service, opts, stop)
}

pub fn serve_until(
    service: Arc<Service>,
    opts: ServeOptions,
    stop: Arc<AtomicBool>,
) -> Result<(), String> {
    let listener = bind(&opts)?;
    log(format!(
        "serving {} on {}",
        service.store().path().display(),
        opts.socket.display()
    ));
    let open = Arc::new(AtomicUsize::new(0));
    let mut workers: Vec<JoinHandle<()>> = Vec::new();
    while !stop.load(Ordering::SeqCst) {
        if !readable(&listener) {
            workers.retain(|h| !h.is_finished());
            continue;
        }
        let stream = match listener.accept() {
            Ok((s, _)) => s,
            Err(e) => {
                log(format!("accept: {e}"));
                continue;
            }
        };
        if open.load(Ordering::SeqCst) >= MAX_CLIENTS {
            let mut s = stream;
            let _ = wire::send(
                &mut s,
                &ServerMsg::Refused(ApiError::Protocol("the daemon is busy; try again".into())),
            );
            continue;
        }
        open.fetch_add(1, Ordering::SeqCst);
        let (service, stop, open) = (service.clone(), stop.clone(), open.clone());
        workers.push(std::thread::spawn(move || {
            if let Err(e) = connection(stream, &service, &stop) {
                log(e);
            }
            open.fetch_sub(1, Ordering::SeqCst);
        }));
    }
    log("stopping: finishing requests in flight");
    for w in workers {
        let _ = w.join();
    }
    drop(listener);
    let _ = std::fs::remove_file(&opts.socket);
    log("stopped");
    Ok(())
}

fn readable(listener: &UnixListener) -> bool {
    use nix::poll::{PollFd, PollFlags, PollTimeout, poll};
    use std::os::fd::AsFd;
    let mut fds = [PollFd::new(listener.as_fd(), PollFlags::POLLIN)];
    matches!(poll(&mut fds, PollTimeout::from(POLL.as_millis() as u16)), Ok(n) if n > 0)
}

/// The OS login of the peer, from the kernel's record of who connected.
fn peer_login(stream: &UnixStream) -> io::Result<(String, u32)> {
    let cred = getsockopt(stream, PeerCredentials).map_err(io::Error::other)?;
    let uid = cred.uid();
    let name = nix::unistd::User::from_uid(nix::unistd::Uid::from_raw(uid))
        .ok()
        .flatten()
        .map(|u| u.name)
        .ok_or_else(|| io::Error::other(format!("uid {uid} has no login name")))?;
    Ok((name, uid))
}

fn connection(stream: UnixStream, service: &Service, stop: &AtomicBool) -> Result<(), String> {
    stream
        .set_read_timeout(Some(POLL))
        .map_err(|e| e.to_string())?;
    stream
        .set_write_timeout(Some(wire::FRAME_TIMEOUT))
        .map_err(|e| e.to_string())?;
    let (os_login, uid) = peer_login(&stream).map_err(|e| format!("peer credentials: {e}"))?;
    let mut reader = stream.try_clone().map_err(|e| e.to_string())?;
    let writer = Arc::new(Mutex::new(stream));
    let refuse = |e: ApiError| {
        if let Ok(mut w) = writer.lock() {
            let _ = wire::send(&mut *w, &ServerMsg::Refused(e));
        }
    };

    let hello = match read_hello(&mut reader, stop) {
        Ok(h) => h,
        Err(e) => {
            refuse(e.clone());
            return Err(format!("{os_login} (uid {uid}): {e}"));
        }
    };
    let caller = match hello.as_user {
        None => Caller::new(&os_login),
        Some(_) if !service.store().is_demo() => {
            refuse(crate::domain::DomainError::DemoOnly.into());
            return Err(format!("{os_login}: --as refused on a real store"));
        }
        Some(login) => Caller {
            login,
            via: Some(os_login.clone()),
        },
    };
    // An unregistered login gets its refusal and nothing else.
    if let Err(e) = service.query(&caller, Query::Whoami) {
        refuse(e.clone());
        return Err(format!("{os_login} (uid {uid}) refused: {e}"));
    }
    {
        let mut w = writer
            .lock()
            .map_err(|_| "writer lock poisoned".to_string())?;
        wire::send(
            &mut *w,
            &ServerMsg::Welcome {
                login: caller.login.clone(),
                api: crate::service::api::API_VERSION,
            },
        )
        .map_err(|e| e.to_string())?;
    }

    let closed = Arc::new(AtomicBool::new(false));
    let notifier = hello.subscribe.then(|| {
        let rx = service.subscribe();
        let (writer, closed) = (writer.clone(), closed.clone());
        std::thread::spawn(move || {
            while !closed.load(Ordering::SeqCst) {
                let Ok(seq) = rx.recv_timeout(POLL) else {
                    continue;
                };
                let Ok(mut w) = writer.lock() else { break };
                if wire::send(&mut *w, &ServerMsg::Changed { seq }).is_err() {
                    break;
                }
            }
        })
    });

    let result = requests(&mut reader, service, &caller, &writer, stop);
    closed.store(true, Ordering::SeqCst);
    if let Some(n) = notifier {
        let _ = n.join();
    }
    result.map_err(|e| format!("{} ({os_login}): {e}", caller.login))
}

fn read_hello(reader: &mut UnixStream, stop: &AtomicBool) -> Result<Hello, ApiError> {
    // The hello must come promptly: an idle peer that never speaks is dropped.
    let deadline = std::time::Instant::now() + wire::FRAME_TIMEOUT;
    loop {
        match wire::read_frame(reader) {
            Ok(body) => return wire::parse_hello(&body),
            Err(FrameError::Idle)
                if std::time::Instant::now() < deadline && !stop.load(Ordering::SeqCst) => {}
            Err(e) => return Err(ApiError::Protocol(e.to_string())),
        }
    }
}

fn requests(
    reader: &mut UnixStream,
    service: &Service,
    caller: &Caller,
    writer: &Mutex<UnixStream>,
    stop: &AtomicBool,
) -> Result<(), String> {
    loop {
        let body = match wire::read_frame(reader) {
            Ok(b) => b,
            Err(FrameError::Idle) if stop.load(Ordering::SeqCst) => return Ok(()),
            Err(FrameError::Idle) => continue,
            Err(FrameError::Closed) => return Ok(()),
            Err(e) => return Err(e.to_string()),
        };
        let call: Call = wire::decode(&body).map_err(|e| e.to_string())?;
        let result = service.handle(caller, call.request);
        let mut w = writer
            .lock()
            .map_err(|_| "writer lock poisoned".to_string())?;
        wire::send(
            &mut *w,
            &ServerMsg::Reply {
                id: call.id,
                result,
            },
        )
        .map_err(|e| e.to_string())?;
    }
}
