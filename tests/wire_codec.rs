//! The wire codec against hostile bytes: valid frames of every kind the daemon
//! or a client reads (hello, call, server message), with their length
//! prefixes — the frame's own and every one inside, at every nesting level —
//! replaced by huge values, and random bytes besides. Reading and decoding
//! them must never panic, and never allocate more than the message's decoding
//! limit in one piece: a counting global allocator in this test binary
//! watches every allocation made while a frame is read and decoded.
//!
//! The random part runs for a bounded time (RENSHI_FUZZ_SECS, default 4 s).

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use renshi::domain::{Command, DeptId, DomainError, PlanId, PlanLine, PlanState, RequestId};
use renshi::service::api::{ApiError, Done, Page, PageReq, PlanRow, Query, Reply, Request};
use renshi::transport::wire::{self, Call, Hello, ServerMsg};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::io::Write;
use std::os::unix::net::UnixStream;
use std::time::{Duration, Instant};

// ------------------------------------------------------- counting allocator

thread_local! {
    // Only the thread that asked is counted: the test harness runs other
    // tests on other threads at the same time.
    static COUNTING: Cell<bool> = const { Cell::new(false) };
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
    static LARGEST: Cell<usize> = const { Cell::new(0) };
}

struct Counting;

fn note(grow: isize, size: usize) {
    // `try_with`: a thread being torn down has no locals left to count in.
    let _ = COUNTING.try_with(|c| {
        if c.get() {
            let live = LIVE.with(|l| {
                l.set(l.get() + grow);
                l.get()
            });
            PEAK.with(|p| p.set(p.get().max(live)));
            LARGEST.with(|m| m.set(m.get().max(size)));
        }
    });
}

// SAFETY: every call is passed on to the system allocator unchanged; the
// bookkeeping only touches this thread's `Cell`s and never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note(layout.size() as isize, layout.size());
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        note(layout.size() as isize, layout.size());
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        note(-(layout.size() as isize), 0);
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        note(new_size as isize - layout.size() as isize, new_size);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// What `f` allocated on this thread: (largest single allocation, peak of
/// live bytes above the start).
fn measured<R>(f: impl FnOnce() -> R) -> (R, usize, usize) {
    LIVE.with(|l| l.set(0));
    PEAK.with(|p| p.set(0));
    LARGEST.with(|m| m.set(0));
    COUNTING.with(|c| c.set(true));
    let r = f();
    COUNTING.with(|c| c.set(false));
    let peak = PEAK.with(Cell::get).max(0) as usize;
    (r, LARGEST.with(Cell::get), peak)
}

// ------------------------------------------------------------ the messages

#[derive(Clone, Copy, Debug)]
enum Kind {
    Hello,
    Call,
    Server,
}

impl Kind {
    fn limit(self) -> usize {
        match self {
            Kind::Hello => wire::HELLO_LIMIT,
            Kind::Call => wire::CALL_LIMIT,
            Kind::Server => wire::REPLY_LIMIT,
        }
    }

    /// Reads a frame off `bytes` and decodes it as the daemon (hello, call)
    /// or the client (server message) does; whether it was accepted matters
    /// little here, whether it panicked or allocated too much is the point.
    fn read_and_decode(self, bytes: &[u8]) -> bool {
        let body = match self {
            Kind::Hello | Kind::Call => {
                let max = match self {
                    Kind::Hello => wire::MAX_HELLO_FRAME,
                    _ => wire::MAX_CALL_FRAME,
                };
                let (mut tx, rx) = UnixStream::pair().unwrap();
                tx.write_all(bytes).unwrap();
                drop(tx);
                let within = wire::Within {
                    max,
                    by: None,
                    poll: Duration::from_secs(5),
                };
                match wire::read_frame_within(&rx, &within, |_| Ok(())) {
                    Ok((body, ())) => body,
                    Err(_) => return false,
                }
            }
            Kind::Server => match wire::read_frame(&mut &bytes[..]) {
                Ok(body) => body,
                Err(_) => return false,
            },
        };
        match self {
            Kind::Hello => wire::parse_hello(&body).is_ok(),
            Kind::Call => wire::decode_call(&body).is_ok(),
            Kind::Server => wire::decode_server_msg(&body).is_ok(),
        }
    }
}

fn framed(body: &[u8]) -> Vec<u8> {
    let mut out = (body.len() as u32).to_be_bytes().to_vec();
    out.extend_from_slice(body);
    out
}

fn hello_frame(h: &Hello) -> Vec<u8> {
    framed(&wire::hello_frame(h).unwrap())
}

fn frame_of<T: serde::Serialize>(msg: &T) -> Vec<u8> {
    framed(&wire::encode(msg).unwrap())
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof!["[a-z.]{0,12}", "\\PC{0,40}"]
}

fn hello() -> impl Strategy<Value = Hello> {
    (proptest::option::of(text()), any::<bool>())
        .prop_map(|(as_user, subscribe)| Hello { as_user, subscribe })
}

fn request() -> impl Strategy<Value = Request> {
    prop_oneof![
        Just(Request::Query(Query::Whoami)),
        any::<u32>().prop_map(|limit| Request::Query(Query::Inbox(PageReq { cursor: 0, limit }))),
        any::<u32>().prop_map(|n| Request::Query(Query::Plan(PlanId(n)))),
        (any::<u64>(), any::<u32>())
            .prop_map(|(from, limit)| Request::Query(Query::Audit { from, limit })),
        (
            proptest::option::of(any::<u32>()),
            any::<u64>(),
            any::<u32>()
        )
            .prop_map(|(dept, cursor, limit)| Request::Query(Query::Positions {
                dept: dept.map(DeptId),
                page: PageReq { cursor, limit },
            })),
        (text(), text(), text(), any::<[u8; 16]>()).prop_map(|(title, note, comment, id)| {
            Request::Execute {
                command: Command::DraftPlan { title, note },
                comment,
                request: RequestId(id),
            }
        }),
        (any::<u32>(), text(), text(), any::<u32>()).prop_map(|(id, title, duties, n)| {
            Request::Execute {
                command: Command::AddPlanLine {
                    id: PlanId(id),
                    line: PlanLine::NewPosition {
                        dept: DeptId(n % 9),
                        title,
                        duties,
                        headcount: n,
                    },
                },
                comment: String::new(),
                request: RequestId([1; 16]),
            }
        }),
    ]
}

fn call() -> impl Strategy<Value = Call> {
    (any::<u64>(), request()).prop_map(|(id, request)| Call { id, request })
}

fn plan_row() -> impl Strategy<Value = PlanRow> {
    (any::<u32>(), text(), text(), any::<u32>(), any::<i32>()).prop_map(
        |(id, title, author, lines, secs)| PlanRow {
            id: PlanId(id),
            title,
            author,
            state: PlanState::Draft,
            lines,
            since: chrono::DateTime::from_timestamp(i64::from(secs), 0).unwrap_or_default(),
            waiting_for: None,
            conflicts: vec![PlanId(id.wrapping_add(1))],
            overtaken_by: vec![],
        },
    )
}

fn server_msg() -> impl Strategy<Value = ServerMsg> {
    prop_oneof![
        (text(), any::<u32>()).prop_map(|(login, api)| ServerMsg::Welcome { login, api }),
        text().prop_map(|m| ServerMsg::Refused(ApiError::Protocol(m))),
        Just(ServerMsg::Refused(ApiError::Domain(DomainError::DemoOnly))),
        any::<u64>().prop_map(|seq| ServerMsg::Changed { seq }),
        (any::<u64>(), any::<u64>(), proptest::option::of(text())).prop_map(
            |(id, seq, created)| ServerMsg::Reply {
                id,
                result: Ok(Reply::Done(Done { seq, created })),
            }
        ),
        (any::<u64>(), proptest::collection::vec(plan_row(), 0..4)).prop_map(|(id, rows)| {
            ServerMsg::Reply {
                id,
                result: Ok(Reply::Plans(Page {
                    total: rows.len() as u64,
                    next: None,
                    items: rows,
                })),
            }
        }),
    ]
}

/// A valid frame of some kind, as bytes.
fn valid_frame() -> impl Strategy<Value = (Kind, Vec<u8>)> {
    prop_oneof![
        hello().prop_map(|h| (Kind::Hello, hello_frame(&h))),
        call().prop_map(|c| (Kind::Call, frame_of(&c))),
        server_msg().prop_map(|m| (Kind::Server, frame_of(&m))),
    ]
}

// ----------------------------------------------------------- the mutations

/// bincode's variable-length integers at their largest: a length written
/// like this claims far more than any frame holds, or more than memory.
fn huge_varints() -> Vec<Vec<u8>> {
    let mut out = vec![vec![251, 0xff, 0xff], vec![252, 0xff, 0xff, 0xff, 0xff]];
    for v in [
        u64::MAX,
        1 << 62,
        isize::MAX as u64 + 1,
        isize::MAX as u64,
        1 << 40,
        (wire::REPLY_LIMIT as u64) + 1,
        wire::MAX_FRAME as u64,
    ] {
        let mut b = vec![253];
        b.extend_from_slice(&v.to_le_bytes());
        out.push(b);
    }
    let mut b = vec![254];
    b.extend_from_slice(&u128::MAX.to_le_bytes());
    out.push(b);
    out
}

/// The frame's own length prefix set to `len`.
fn with_frame_len(frame: &[u8], len: u32) -> Vec<u8> {
    let mut f = frame.to_vec();
    f[..4].copy_from_slice(&len.to_be_bytes());
    f
}

/// The byte at `at` (inside the body) replaced by `varint`, the frame's
/// length prefix kept true to the new body or not.
fn with_varint(frame: &[u8], at: usize, varint: &[u8], fix_len: bool) -> Vec<u8> {
    let mut f = frame[..at].to_vec();
    f.extend_from_slice(varint);
    f.extend_from_slice(&frame[at + 1..]);
    if fix_len {
        let len = (f.len() - 4) as u32;
        f[..4].copy_from_slice(&len.to_be_bytes());
    }
    f
}

#[derive(Clone, Debug)]
enum Mutation {
    FrameLen(u32),
    Varint {
        at: usize,
        which: usize,
        fix_len: bool,
    },
    Flip {
        at: usize,
        xor: u8,
    },
    Truncate(usize),
    Random(Vec<u8>),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        prop_oneof![
            Just(u32::MAX),
            Just(wire::MAX_FRAME),
            Just(wire::MAX_FRAME + 1),
            any::<u32>()
        ]
        .prop_map(Mutation::FrameLen),
        (any::<usize>(), any::<usize>(), any::<bool>())
            .prop_map(|(at, which, fix_len)| Mutation::Varint { at, which, fix_len }),
        (any::<usize>(), 1..=255u8).prop_map(|(at, xor)| Mutation::Flip { at, xor }),
        any::<usize>().prop_map(Mutation::Truncate),
        proptest::collection::vec(any::<u8>(), 0..64).prop_map(Mutation::Random),
    ]
}

fn mutate(frame: &[u8], m: &Mutation) -> Vec<u8> {
    let body = frame.len() - 4;
    match m {
        Mutation::FrameLen(n) => with_frame_len(frame, *n),
        Mutation::Varint { .. } | Mutation::Flip { .. } if body == 0 => frame.to_vec(),
        Mutation::Varint { at, which, fix_len } => {
            let v = huge_varints();
            with_varint(frame, 4 + at % body, &v[which % v.len()], *fix_len)
        }
        Mutation::Flip { at, xor } => {
            let mut f = frame.to_vec();
            f[4 + at % body] ^= xor;
            f
        }
        Mutation::Truncate(n) => frame[..n % (frame.len() + 1)].to_vec(),
        Mutation::Random(bytes) => {
            // Random bodies, sometimes behind a true length and the codec byte.
            let mut b = vec![renshi::transport::codec::CODEC];
            b.extend_from_slice(bytes);
            if bytes.first().is_some_and(|x| x % 2 == 0) {
                framed(&b)
            } else {
                bytes.clone()
            }
        }
    }
}

// ---------------------------------------------------------------- the checks

/// Nothing read and decoded from `bytes` allocates more than the message's
/// limit in one piece, or holds more than that live at once; a caught panic
/// fails the test (and proptest shrinks it to the smallest frame).
fn check(kind: Kind, bytes: &[u8]) -> Result<(), TestCaseError> {
    let (outcome, largest, peak) =
        measured(|| std::panic::catch_unwind(|| kind.read_and_decode(bytes)));
    prop_assert!(outcome.is_ok(), "{kind:?}: reading {bytes:?} panicked");
    let limit = kind.limit();
    prop_assert!(
        largest <= limit,
        "{kind:?}: an allocation of {largest} bytes (limit {limit}) for {} bytes: {bytes:?}",
        bytes.len()
    );
    prop_assert!(
        peak <= limit,
        "{kind:?}: {peak} bytes live at once (limit {limit}) for {} bytes",
        bytes.len()
    );
    // Far below the limits, too: what a frame of a few hundred bytes costs
    // follows its size, never a length it declares.
    let fair = 64 * 1024 + 64 * bytes.len();
    prop_assert!(
        peak <= fair,
        "{kind:?}: {peak} bytes live for a frame of {} bytes: {bytes:?}",
        bytes.len()
    );
    Ok(())
}

fn fuzz_budget() -> Duration {
    let secs = std::env::var("RENSHI_FUZZ_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(4.0f64);
    Duration::from_secs_f64(secs)
}

#[test]
fn valid_frames_round_trip_through_the_bounded_codec() {
    let mut runner = TestRunner::new(Config {
        cases: 200,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&(hello(), call(), server_msg()), |(h, c, m)| {
            let (bytes, kind) = (hello_frame(&h), Kind::Hello);
            prop_assert!(kind.read_and_decode(&bytes));
            let body = wire::read_frame(&mut &frame_of(&c)[..]).unwrap();
            prop_assert_eq!(wire::decode_call(&body).unwrap(), c);
            let body = wire::read_frame(&mut &frame_of(&m)[..]).unwrap();
            prop_assert_eq!(wire::decode_server_msg(&body).unwrap(), m);
            Ok(())
        })
        .unwrap();
}

#[test]
fn mutated_and_random_frames_never_panic_or_allocate_past_the_limit() {
    const CASES: u32 = 500;
    let deadline = Instant::now() + fuzz_budget();
    let strategy = (valid_frame(), proptest::collection::vec(mutation(), 1..4));
    let mut rounds = 0u64;
    while Instant::now() < deadline || rounds == 0 {
        // A runner runs its number of cases once; each round takes a fresh
        // one (seeded anew) until the time is up.
        let mut runner = TestRunner::new(Config {
            cases: CASES,
            failure_persistence: None,
            ..Config::default()
        });
        runner
            .run(&strategy, |((kind, frame), mutations)| {
                let bytes = mutations
                    .iter()
                    .fold(frame, |f, m| if f.len() < 4 { f } else { mutate(&f, m) });
                check(kind, &bytes)
            })
            .unwrap();
        rounds += 1;
    }
    eprintln!(
        "{} hostile frames read and decoded",
        rounds * u64::from(CASES)
    );
}

/// Every byte of each sample, in turn, becomes a huge length: whichever
/// bytes are length prefixes (of the frame, of a string, of a list, of a
/// string inside a list inside a reply…) get every huge value once.
#[test]
fn a_huge_length_at_every_position_of_every_kind_of_frame_is_refused_cheaply() {
    let row = PlanRow {
        id: PlanId(7),
        title: "2027 site teams".into(),
        author: "gm.wang".into(),
        state: PlanState::Submitted,
        lines: 3,
        since: chrono::DateTime::from_timestamp(1_800_000_000, 0).unwrap(),
        waiting_for: None,
        conflicts: vec![PlanId(8)],
        overtaken_by: vec![PlanId(9)],
    };
    let samples: Vec<(Kind, Vec<u8>)> = vec![
        (
            Kind::Hello,
            hello_frame(&Hello {
                as_user: Some("board.chen".into()),
                subscribe: true,
            }),
        ),
        (
            Kind::Call,
            frame_of(&Call {
                id: 3,
                request: Request::Execute {
                    command: Command::AddPlanLine {
                        id: PlanId(3),
                        line: PlanLine::NewPosition {
                            dept: DeptId(5),
                            title: "Site engineer".into(),
                            duties: "Runs one site.".into(),
                            headcount: 2,
                        },
                    },
                    comment: "for 2027".into(),
                    request: RequestId([7; 16]),
                },
            }),
        ),
        (
            Kind::Server,
            frame_of(&ServerMsg::Reply {
                id: 9,
                result: Ok(Reply::Plans(Page {
                    items: vec![row.clone(), row],
                    total: 2,
                    next: None,
                })),
            }),
        ),
        (
            Kind::Server,
            frame_of(&ServerMsg::Refused(ApiError::Protocol("busy".into()))),
        ),
    ];
    let mut decoded = 0;
    for (kind, frame) in &samples {
        assert!(kind.read_and_decode(frame), "{kind:?}: the sample itself");
        for len in [u32::MAX, wire::MAX_FRAME, wire::MAX_FRAME + 1, 1 << 20] {
            check(*kind, &with_frame_len(frame, len)).unwrap();
        }
        for at in 4..frame.len() {
            for v in huge_varints() {
                for fix_len in [true, false] {
                    check(*kind, &with_varint(frame, at, &v, fix_len)).unwrap();
                    decoded += 1;
                }
            }
        }
    }
    eprintln!("{decoded} frames with a huge length somewhere");
}
