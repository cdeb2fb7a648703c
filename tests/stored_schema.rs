//! The stored format survives growth. Events of codec 2 are bincode, which
//! encodes an enum variant by its position and a struct field by its order:
//! inserting a variant, or changing a stored struct, silently re-reads old
//! data as something else. This test traces the shape of everything stored
//! (every event, and the snapshot of the company) and holds it against the
//! shape checked in at `tests/fixtures/stored-schema.json`:
//!
//! - events may only grow by variants appended at the end of an enum (and
//!   new types they use); anything else needs a new store format with a
//!   reader for the old one (see `src/store/legacy.rs`);
//! - the snapshot may change freely, but only with `snapshot::SCHEMA` bumped,
//!   so an old snapshot is rebuilt from the log rather than misread.
//!
//! After an intended change, run `RENSHI_BLESS_SCHEMA=1 cargo test --test
//! stored_schema` and commit the fixture with the change.
//!
//! Events of codec 3 (every event written now) are JSON, read by names: a
//! renamed variant or field, or a changed type, would leave old events
//! unreadable. `tests/fixtures/events-v3.jsonl` holds one codec-3 text of
//! every event; each must still read, and write back as the same text.

use renshi::domain::{self, Company};
use renshi::store::codec::Rest;
use renshi::store::snapshot;
use serde::{Deserialize, Serialize};
use serde_reflection::{ContainerFormat, Registry, Tracer, TracerConfig};
use std::path::Path;

const FIXTURE: &str = "tests/fixtures/stored-schema.json";
const TEXTS: &str = "tests/fixtures/events-v3.jsonl";

#[derive(Serialize, Deserialize)]
struct Shapes {
    events: Registry,
    snapshot_schema: u32,
    snapshot: Registry,
}

/// Traces `T` and every enum it holds. Each enum must be traced on its own
/// to see all its variants: a stored enum missing from this list makes the
/// registry fail with `MissingVariants(["Name"])` — add it here.
fn trace<'de, T: Deserialize<'de>>() -> Registry {
    let mut tracer = Tracer::new(TracerConfig::default().is_human_readable(false));
    fn one<'de, X: Deserialize<'de>>(tracer: &mut Tracer) {
        tracer
            .trace_simple_type::<X>()
            .unwrap_or_else(|e| panic!("tracing {}: {e}", std::any::type_name::<X>()));
    }
    one::<T>(&mut tracer);
    one::<domain::Event>(&mut tracer);
    one::<domain::PlanLine>(&mut tracer);
    one::<domain::Role>(&mut tracer);
    one::<domain::EmployeeStatus>(&mut tracer);
    one::<domain::Decision>(&mut tracer);
    one::<domain::PlanState>(&mut tracer);
    one::<domain::ContractKind>(&mut tracer);
    one::<domain::Change>(&mut tracer);
    one::<domain::recruit::Recommend>(&mut tracer);
    one::<domain::recruit::ReqState>(&mut tracer);
    one::<domain::recruit::Stage>(&mut tracer);
    one::<domain::review::CourseKind>(&mut tracer);
    one::<domain::review::EvalState>(&mut tracer);
    one::<domain::recruit::ProbationOutcome>(&mut tracer);
    one::<domain::offboard::SepKind>(&mut tracer);
    one::<domain::offboard::SepState>(&mut tracer);
    one::<domain::offboard::StepKind>(&mut tracer);
    one::<domain::offboard::StepState>(&mut tracer);
    one::<domain::offboard::ItemFate>(&mut tracer);
    let mut registry = tracer.registry().expect("a complete registry");
    // Only what `T` reaches belongs to its shape.
    let reached = reached(
        &registry,
        std::any::type_name::<T>().rsplit("::").next().unwrap_or(""),
    );
    registry.retain(|name, _| reached.contains(name));
    registry
}

/// The containers a container uses, itself included.
fn reached(registry: &Registry, root: &str) -> std::collections::BTreeSet<String> {
    let mut seen = std::collections::BTreeSet::new();
    let mut todo = vec![root.to_string()];
    while let Some(name) = todo.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        if let Some(c) = registry.get(&name) {
            let text = serde_json::to_string(c).unwrap_or_default();
            for other in registry.keys() {
                if text.contains(&format!("{{\"TYPENAME\":\"{other}\"}}")) {
                    todo.push(other.clone());
                }
            }
        }
    }
    seen
}

fn now() -> Shapes {
    Shapes {
        events: trace::<Rest>(),
        snapshot_schema: snapshot::SCHEMA,
        snapshot: trace::<Company>(),
    }
}

/// What changed in the events in a way old data cannot follow.
fn breaking(old: &Registry, new: &Registry) -> Vec<String> {
    let mut out = Vec::new();
    for (name, was) in old {
        let Some(is) = new.get(name) else {
            out.push(format!("{name}: gone (old events still hold it)"));
            continue;
        };
        match (was, is) {
            (ContainerFormat::Enum(a), ContainerFormat::Enum(b)) => {
                for (index, variant) in a {
                    match b.get(index) {
                        Some(v) if v == variant => {}
                        Some(v) => out.push(format!(
                            "{name}: variant {index} was `{}` {:?}, now `{}` {:?} \
                             (append new variants at the end; never change one)",
                            variant.name, variant.value, v.name, v.value
                        )),
                        None => out.push(format!(
                            "{name}: variant {index} `{}` is gone",
                            variant.name
                        )),
                    }
                }
            }
            (a, b) if a == b => {}
            (a, b) => out.push(format!("{name}: was {a:?}, now {b:?}")),
        }
    }
    out
}

#[test]
fn stored_shapes_only_grow_as_old_data_can_follow() {
    let now = now();
    if std::env::var_os("RENSHI_BLESS_SCHEMA").is_some() {
        let text = serde_json::to_string_pretty(&now).unwrap();
        std::fs::write(FIXTURE, text + "\n").unwrap();
        return;
    }
    let text = std::fs::read_to_string(Path::new(FIXTURE)).unwrap_or_else(|e| {
        panic!(
            "{FIXTURE}: {e}; create it with RENSHI_BLESS_SCHEMA=1 cargo test --test stored_schema"
        )
    });
    let fixed: Shapes = serde_json::from_str(&text).unwrap();

    let broken = breaking(&fixed.events, &now.events);
    assert!(
        broken.is_empty(),
        "stored events changed in a way old stores cannot be read back:\n{}",
        broken.join("\n")
    );
    let grown = now.events != fixed.events;
    if now.snapshot != fixed.snapshot {
        assert_ne!(
            now.snapshot_schema, fixed.snapshot_schema,
            "the company's shape changed: bump snapshot::SCHEMA (it is {}), so old snapshots \
             are rebuilt from the log instead of misread; then bless the fixture",
            now.snapshot_schema
        );
    }
    assert!(
        !grown && now.snapshot_schema == fixed.snapshot_schema,
        "the stored shapes grew compatibly: bless the fixture \
         (RENSHI_BLESS_SCHEMA=1 cargo test --test stored_schema) and commit it"
    );
}

#[test]
fn the_check_catches_an_inserted_variant_and_a_changed_field() {
    // The comparison itself: on a copy of today's shape, insert a variant in
    // the middle of Event and change a field of a stored struct.
    let old = trace::<Rest>();
    let mut new = old.clone();
    let Some(ContainerFormat::Enum(variants)) = new.get_mut("Event") else {
        panic!("Event is an enum")
    };
    let moved: Vec<_> = variants.iter().map(|(i, v)| (*i, v.clone())).collect();
    variants.clear();
    for (i, v) in moved {
        variants.insert(if i >= 3 { i + 1 } else { i }, v);
    }
    let inserted = breaking(&old, &new);
    assert!(
        inserted.iter().any(|b| b.contains("Event: variant 3")),
        "{inserted:?}"
    );

    let mut new = old.clone();
    if let Some(ContainerFormat::Struct(fields)) = new.get_mut("RoleGrant") {
        fields.reverse();
    } else {
        panic!("RoleGrant is a struct")
    }
    assert!(
        breaking(&old, &new)
            .iter()
            .any(|b| b.starts_with("RoleGrant"))
    );

    // Appending a variant is fine.
    let mut new = old.clone();
    if let Some(ContainerFormat::Enum(variants)) = new.get_mut("Role") {
        let mut extra = variants[&0].clone();
        extra.name = "Auditor".into();
        variants.insert(variants.len() as u32, extra);
    }
    assert_eq!(breaking(&old, &new), Vec::<String>::new());
}

#[test]
fn every_event_has_a_codec_3_text_that_still_reads_as_it_was_written() {
    let texts = std::fs::read_to_string(TEXTS).unwrap();
    let mut seen = std::collections::BTreeSet::new();
    for (n, line) in texts.lines().enumerate() {
        let rest: Rest = serde_json::from_str(line).unwrap_or_else(|e| {
            panic!(
                "{TEXTS}:{}: a stored codec-3 event no longer reads ({e}): a variant or \
                 field was renamed or changed its type; old events hold the old name",
                n + 1
            )
        });
        assert_eq!(
            serde_json::to_string(&rest).unwrap(),
            line,
            "{TEXTS}:{}: reads back as another text: a name or a type changed",
            n + 1
        );
        let value: serde_json::Value = serde_json::from_str(line).unwrap();
        let kind = value["event"]
            .as_object()
            .and_then(|o| o.keys().next().cloned());
        seen.insert(kind.unwrap_or_default());
    }
    let registry = trace::<Rest>();
    let Some(ContainerFormat::Enum(variants)) = registry.get("Event") else {
        panic!("Event is an enum")
    };
    let missing: Vec<&String> = variants
        .values()
        .map(|v| &v.name)
        .filter(|name| !seen.contains(*name))
        .collect();
    assert!(
        missing.is_empty(),
        "no codec-3 text of {missing:?} in {TEXTS}: append one line for each (the \
         `content` of such an event in `renshi audit export`)"
    );
}
