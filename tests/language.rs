//! The language renshi speaks, from the command line and the environment, and
//! the demo company written in the language it is created in. Runs the real
//! binary with an environment of the test's own making.

use std::path::Path;
use std::process::{Command, Output};

/// renshi with exactly these environment variables (and HOME).
fn renshi(env: &[(&str, &str)], args: &[&str]) -> Output {
    let home = std::env::var_os("HOME").unwrap_or_default();
    Command::new(env!("CARGO_BIN_EXE_renshi"))
        .env_clear()
        .env("HOME", home)
        .envs(env.iter().copied())
        .args(args)
        .output()
        .unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn store_arg(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn the_language_comes_from_the_flag_then_renshi_lang_then_the_locale() {
    let dir = tempfile::tempdir().unwrap();
    // No store there: the refusal says so in the language chosen.
    let nowhere = dir.path().join("nowhere");
    let store = store_arg(&nowhere);
    let says = |env: &[(&str, &str)], args: &[&str]| {
        let mut all = vec!["--store", store];
        all.extend_from_slice(args);
        let o = renshi(env, &all);
        assert_eq!(o.status.code(), Some(3), "{}", text(&o));
        text(&o)
    };
    let english = "There is no store at";
    let hant = "還沒有資料庫";
    let hans = "还没有数据库";
    assert!(says(&[], &["inbox"]).contains(english));
    assert!(says(&[("LANG", "zh_TW.UTF-8")], &["inbox"]).contains(hant));
    assert!(says(&[("LANG", "zh_TW.UTF-8")], &["--lang", "zh-Hans", "inbox"]).contains(hans));
    assert!(
        says(
            &[("RENSHI_LANG", "zh-Hans"), ("LC_ALL", "zh_TW")],
            &["inbox"]
        )
        .contains(hans)
    );
    // LC_ALL before LC_MESSAGES before LANG; empty ones count as unset.
    let env = [
        ("RENSHI_LANG", ""),
        ("LC_ALL", ""),
        ("LC_MESSAGES", "zh_HK.UTF-8"),
        ("LANG", "en_US.UTF-8"),
    ];
    assert!(says(&env, &["inbox"]).contains(hant));
    assert!(says(&[("LC_ALL", "C"), ("LANG", "zh_TW.UTF-8")], &["inbox"]).contains(english));
    assert!(says(&[("LC_ALL", "zh_CN.UTF-8"), ("LANG", "C")], &["inbox"]).contains(hans));

    // A language asked for by name that renshi does not speak is a usage
    // error, said in the locale's language.
    let o = renshi(&[("LANG", "zh_TW.UTF-8")], &["--lang", "fr", "inbox"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("不支援的語言 `fr`"), "{}", text(&o));
    let o = renshi(&[("RENSHI_LANG", "tlh")], &["inbox"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("Unknown language `tlh`"), "{}", text(&o));
}

#[test]
fn the_demo_is_written_in_the_language_it_is_created_in() {
    let dir = tempfile::tempdir().unwrap();
    let show = |store: &str, lang: &str| {
        let o = renshi(
            &[],
            &[
                "--store", store, "--as", "admin", "--lang", lang, "plan", "show", "HP-0002",
            ],
        );
        assert!(o.status.success(), "{}", text(&o));
        text(&o)
    };
    let log = |store: &str| {
        let o = renshi(
            &[],
            &[
                "--store", store, "--lang", "en", "audit", "log", "--grep", "HP-0002",
            ],
        );
        assert!(o.status.success(), "{}", text(&o));
        text(&o)
    };

    let hant = dir.path().join("hant");
    let o = renshi(
        &[],
        &[
            "--store",
            store_arg(&hant),
            "init",
            "--demo",
            "--lang",
            "zh-Hant",
        ],
    );
    assert!(o.status.success(), "{}", text(&o));
    let plan = show(store_arg(&hant), "zh-Hant");
    assert!(plan.contains("設備歸還改由離職檢核表辦理。"), "{plan}");
    assert!(plan.contains("透過離職檢核表收回"), "{plan}");
    // Names stay as they are.
    assert!(plan.contains("行政精簡 Admin streamlining"), "{plan}");
    assert!(log(store_arg(&hant)).contains("示範資料"));

    // From the locale when no --lang is given.
    let hans = dir.path().join("hans");
    let o = renshi(
        &[("LANG", "zh_CN.UTF-8")],
        &["--store", store_arg(&hans), "init", "--demo"],
    );
    assert!(o.status.success(), "{}", text(&o));
    assert!(show(store_arg(&hans), "en").contains("设备归还改由离职清单办理。"));

    let en = dir.path().join("en");
    let o = renshi(&[], &["--store", store_arg(&en), "init", "--demo"]);
    assert!(o.status.success(), "{}", text(&o));
    let plan = show(store_arg(&en), "en");
    assert!(
        plan.contains("Equipment return moves to the offboarding checklist."),
        "{plan}"
    );
    assert!(log(store_arg(&en)).contains("demo data"));

    // The same company and history in every language: as many events.
    let count = |store: &Path| {
        let o = renshi(
            &[],
            &[
                "--store",
                store_arg(store),
                "--lang",
                "en",
                "audit",
                "verify",
            ],
        );
        assert!(o.status.success(), "{}", text(&o));
        text(&o)
    };
    assert_eq!(count(&en), count(&hant));
    assert_eq!(count(&en), count(&hans));
}
