//! Store files are private, and listings scale: what #6 asks of the store's
//! files and of every list the daemon answers.

mod daemon_support;

use daemon_support::*;
use renshi::domain::{Command as Cmd, DeptId, Event};
use renshi::service::api::{MAX_PAGE, PageReq, Query, Reply};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

fn mode(p: &Path) -> u32 {
    std::fs::symlink_metadata(p).unwrap().mode() & 0o777
}

/// Every file and directory under `root`, with its mode.
fn modes(root: &Path) -> Vec<(String, u32)> {
    let mut out = vec![(root.display().to_string(), mode(root))];
    for entry in std::fs::read_dir(root).unwrap().flatten() {
        let p = entry.path();
        if p.is_dir() {
            out.extend(modes(&p));
        } else {
            out.push((p.display().to_string(), mode(&p)));
        }
    }
    out
}

/// `renshi` run with the permissive umask most systems give a login.
fn with_umask_022(mut cmd: std::process::Command) -> std::process::Command {
    // SAFETY: only sets the child's umask between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            nix::sys::stat::umask(nix::sys::stat::Mode::from_bits_truncate(0o022));
            Ok(())
        });
    }
    cmd
}

#[test]
fn store_files_are_private_whatever_the_umask() {
    let dir = shared_dir("rs-m");
    let store = dir.path().join("store");
    let mut init = with_umask_022(renshi(&store));
    init.args(["init", "--demo"]);
    ok(&mut init);
    // Open it again, sign, let sled write what it writes later, serve it.
    let mut approve = with_umask_022(renshi(&store));
    approve.args(["--as", "board.chen", "approve", "HP-0001", "-m", "ok"]);
    ok(&mut approve);
    let socket = dir.path().join("store.sock");
    let daemon = Daemon::start(Path::new(BIN), &store, &socket, None);
    let mut through = renshi(&store);
    through.args(["--as", "gm.wang", "plan", "draft", "--title", "via daemon"]);
    ok(&mut through);

    let found = modes(&store);
    assert!(found.len() > 4, "{found:?}");
    for (path, m) in &found {
        let want = if Path::new(path).is_dir() {
            0o700
        } else {
            0o600
        };
        assert_eq!(*m, want, "{path} has mode {m:o}, want {want:o}");
    }
    // The socket keeps the group's access it is given, and nothing more.
    assert_eq!(mode(&socket), 0o660, "the socket");
    drop(daemon);
    let parent = std::fs::metadata(dir.path()).unwrap().permissions().mode() & 0o777;
    assert_eq!(parent, 0o755, "init leaves an existing parent alone");
}

#[test]
fn fifty_thousand_departments_list_in_pages_while_commits_go_on() {
    const DEPTS: u32 = 50_000;
    let (_dir, store, socket) = demo_store();
    {
        let svc =
            renshi::service::Service::open(renshi::store::Store::open(&store).unwrap()).unwrap();
        // Nine demo departments, then a wide, three-level tree.
        let events: Vec<Event> = (10..10 + DEPTS)
            .map(|n| Event::DepartmentCreated {
                id: DeptId(n),
                name: format!("部門 Dept {n}"),
                parent: match n % 100 {
                    0 => None,
                    _ => Some(DeptId(n - n % 100)),
                }
                .filter(|p| p.0 >= 10)
                .or(Some(DeptId(1))),
            })
            .collect();
        svc.seed("admin", "many departments", &events).unwrap();
    }
    let _daemon = Daemon::start(Path::new(BIN), &store, &socket, None);

    let listing = Arc::new(AtomicBool::new(true));
    let writer = {
        let (socket, listing) = (socket.clone(), listing.clone());
        std::thread::spawn(move || {
            let mut gm = remote(&socket, Some("gm.wang"), false);
            let mut done = 0;
            while listing.load(Ordering::SeqCst) || done == 0 {
                let d = exec(
                    &mut gm,
                    Cmd::DraftPlan {
                        title: format!("while listing {done}"),
                        note: String::new(),
                    },
                    "",
                );
                assert!(d.is_ok(), "a commit during the listing failed: {d:?}");
                done += 1;
            }
            done
        })
    };

    let mut reader = remote(&socket, Some("hr.zhao"), false);
    let mut page = PageReq::FIRST;
    let mut seen = Vec::new();
    let mut pages = 0;
    loop {
        let Reply::Departments(p) = query(&mut reader, Query::Departments(page)) else {
            panic!("departments")
        };
        assert!(p.items.len() as u32 <= MAX_PAGE);
        assert_eq!(p.total, u64::from(DEPTS) + 9);
        pages += 1;
        seen.extend(p.items.into_iter().map(|d| d.id));
        match p.next {
            Some(n) => page.cursor = n,
            None => break,
        }
    }
    listing.store(false, Ordering::SeqCst);
    let commits = writer.join().unwrap();
    assert_eq!(seen.len() as u32, DEPTS + 9, "every department, once");
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len() as u32, DEPTS + 9, "no department twice");
    assert!(pages >= (DEPTS / MAX_PAGE) as usize);
    assert!(commits > 0);
    // A client asking for everything at once still gets one page.
    let Reply::Departments(p) = query(
        &mut reader,
        Query::Departments(PageReq {
            cursor: 0,
            limit: u32::MAX,
        }),
    ) else {
        panic!("departments")
    };
    assert_eq!(p.items.len() as u32, MAX_PAGE);
}
