use super::*;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// message id → the variables it uses, in one catalog.
fn variables(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    fn pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for e in &p.elements {
            if let ast::PatternElement::Placeable { expression } = e {
                expression_vars(expression, out);
            }
        }
    }
    fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    pattern(&v.value, out);
                }
            }
            ast::Expression::Inline(i) => inline(i, out),
        }
    }
    fn inline(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, out);
                }
                for a in &arguments.named {
                    inline(&a.value, out);
                }
            }
            ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
            _ => {}
        }
    }
    let source = lang.source();
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("{lang:?} does not parse: {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern(p, &mut vars);
                }
                let before = out.insert(m.id.name.to_string(), vars);
                assert!(before.is_none(), "{lang:?}: {} twice", m.id.name);
            }
            ast::Entry::Junk { content } => panic!("{lang:?}: junk {content:?}"),
            ast::Entry::Term(t) => panic!("{lang:?}: term {} (not used here)", t.id.name),
            _ => {}
        }
    }
    out
}

#[test]
fn catalogs_parse_and_load_without_errors() {
    for lang in Lang::ALL {
        let resource = FluentResource::try_new(lang.source().to_string())
            .unwrap_or_else(|(_, e)| panic!("{lang:?}: {e:?}"));
        let mut bundle = FluentBundle::new_concurrent(vec![lang.langid()]);
        bundle
            .add_resource(resource)
            .unwrap_or_else(|e| panic!("{lang:?}: {e:?}"));
        assert_ne!(lang.langid(), LanguageIdentifier::default(), "{lang:?}");
        for (id, _) in variables(lang) {
            // Ids map back to the keys the code asks for.
            assert_eq!(fluent_id(&catalog_key(&id)), id);
            assert!(
                id.split_once('-')
                    .is_some_and(|(s, k)| !s.is_empty() && !k.is_empty()),
                "{lang:?}: `{id}` is not section-key"
            );
        }
    }
}

#[test]
fn catalogs_have_the_same_messages_and_variables() {
    let en = variables(Lang::En);
    assert!(en.len() > 300, "{}", en.len());
    for lang in [Lang::ZhHans, Lang::ZhHant] {
        let other = variables(lang);
        let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{lang:?}: missing {missing:?}, extra {extra:?}"
        );
        for (id, vars) in &en {
            assert_eq!(vars, &other[id], "{lang:?} {id}: other variables");
        }
    }
}

/// Every message, formatted with every variable it uses set to `value`.
fn format_all(cat: &Catalog, value: &str) -> Vec<(String, String)> {
    variables(cat.lang)
        .into_iter()
        .map(|(id, vars)| {
            let key = catalog_key(&id);
            let args: Vec<(&str, String)> = vars
                .iter()
                .map(|v| (v.as_str(), value.to_string()))
                .collect();
            let text = cat.f(&key, &args);
            (key, text)
        })
        .collect()
}

#[test]
fn formatted_text_has_no_bidi_isolation_marks() {
    for lang in Lang::ALL {
        let cat = Catalog::load(lang);
        for value in ["x", "1", "3", "王建國"] {
            for (key, text) in format_all(&cat, value) {
                assert!(
                    !text.contains(['\u{2068}', '\u{2069}', '\u{2066}', '\u{2067}']),
                    "{lang:?} {key}: {text:?}"
                );
                // Every variable was given: nothing is left unfilled.
                assert!(
                    !text.contains("{$") && !text.contains("{ $"),
                    "{key}: {text}"
                );
            }
        }
        for key in ["tab.audit", "inbox.empty", "org.on_probation"] {
            assert!(!cat.t(key).contains(['\u{2068}', '\u{2069}']), "{key}");
        }
    }
}

#[test]
fn arguments_are_substituted_once() {
    let tricky = [
        "{dept}",
        "{ $dept }",
        "{$dept}",
        "{{dept}}",
        "{ \"{\" }",
        "$dept",
        "{ -term }",
    ];
    for lang in Lang::ALL {
        let cat = Catalog::load(lang);
        for value in tricky {
            let text = cat.f("err.not_your_department", &[("dept", value.to_string())]);
            assert!(text.contains(value), "{lang:?} {value:?}: {text}");
            // A title that looks like the next argument is not expanded by it.
            let line = cat.f(
                "line.new_position",
                &[
                    ("title", value.to_string()),
                    ("dept", "DEPT".into()),
                    ("n", "2".into()),
                ],
            );
            assert!(line.contains(value), "{lang:?} {value:?}: {line}");
            assert_eq!(line.matches("DEPT").count(), 1, "{line}");
        }
    }
}

#[test]
fn counts_choose_their_plural_in_english() {
    let en = Catalog::english();
    let verified = |n: &str| en.f("audit.verified", &[("count", n.into())]);
    assert_eq!(verified("1"), "The audit log is intact: 1 event verified.");
    assert_eq!(verified("3"), "The audit log is intact: 3 events verified.");
    assert_eq!(verified("0"), "The audit log is intact: 0 events verified.");
    let busy = |n: &str| en.f("err.busy_yours", &[("n", n.into())]);
    assert!(busy("1").contains("1 connection is yours"), "{}", busy("1"));
    assert!(
        busy("32").contains("32 connections are yours"),
        "{}",
        busy("32")
    );
    let e = |occupied: u32| {
        en.domain_error(&DomainError::HeadcountBelowOccupied {
            position: "POS-012".into(),
            title: "Civil Engineer".into(),
            requested: 0,
            occupied,
            short: occupied,
        })
    };
    assert!(e(1).contains(": 1 seat is filled"), "{}", e(1));
    assert!(e(6).contains(": 6 seats are filled"), "{}", e(6));
    let long = en.domain_error(&DomainError::TooLong {
        field: "field.title".into(),
        max: 1,
    });
    assert_eq!(long, "Title is too long: at most 1 character.");
    // Numbers are shown as written; text that merely looks numeric stays text.
    assert_eq!(
        en.f("plan.change_n", &[("n", "12345678".into())]),
        "Change 12345678"
    );
    assert_eq!(en.f("plan.change_n", &[("n", "007".into())]), "Change 007");
    assert_eq!(en.f("plan.change_n", &[("n", "-3".into())]), "Change -3");
    assert_eq!(
        en.f("plan.change_n", &[("n", "99999999999999999999".into())]),
        "Change 99999999999999999999"
    );
    // Chinese has one form.
    let zh = Catalog::load(Lang::ZhHant);
    assert_eq!(
        zh.f("audit.verified", &[("count", "1".into())]),
        zh.f("audit.verified", &[("count", "2".into())])
            .replace('2', "1")
    );
}

#[test]
fn a_missing_key_shows_the_key() {
    for lang in Lang::ALL {
        let cat = Catalog::load(lang);
        assert_eq!(cat.t("no.such_key"), "no.such_key");
        assert_eq!(cat.f("no.such_key", &[("n", "1".into())]), "no.such_key");
        assert_eq!(cat.t("nodot"), "nodot");
        assert_eq!(cat.t(""), "");
        assert_eq!(cat.role("no_such_role"), "no_such_role");
        // A message whose arguments were not given shows the gap, not a panic.
        assert!(cat.f("audit.verified", &[]).contains("count"));
    }
}

#[test]
fn a_key_missing_from_a_language_falls_back_to_english() {
    let cat = Catalog {
        lang: Lang::ZhHans,
        text: Messages::new(Lang::ZhHans, "tab-org = 组织\nbroken = { $\n"),
        fallback: Some(Messages::new(Lang::En, Lang::En.source())),
    };
    assert_eq!(cat.t("tab.org"), "组织");
    assert_eq!(cat.t("tab.audit"), "Audit log");
    assert_eq!(
        cat.f("audit.verified", &[("count", "1".into())]),
        "The audit log is intact: 1 event verified."
    );
}

#[test]
fn errors_are_translated_with_their_arguments() {
    let e = DomainError::HeadcountBelowOccupied {
        position: "POS-012".into(),
        title: "Civil Engineer".into(),
        requested: 3,
        occupied: 6,
        short: 3,
    };
    let en = Catalog::load(Lang::En).domain_error(&e);
    assert!(
        en.contains("POS-012") && en.contains('6') && !en.contains('{'),
        "{en}"
    );
    let zh = Catalog::load(Lang::ZhHans).domain_error(&DomainError::Denied {
        action: "action.sign_plan".into(),
        need: "board,general_manager".into(),
    });
    assert!(zh.contains("董事") && !zh.contains("board"), "{zh}");
    let four_eyes = DomainError::FourEyes {
        case: "HP-0001".into(),
        login: "gm.wang".into(),
        signed_step: None,
        others: vec!["board.chen".into()],
        role: "board".into(),
    };
    let en = Catalog::english().domain_error(&four_eyes);
    assert!(en.contains("(four eyes). Only board.chen"), "{en}");
    let zh = Catalog::load(Lang::ZhHant).domain_error(&four_eyes);
    assert!(zh.contains("（四眼原則）。現在只有 board.chen"), "{zh}");
}

#[test]
fn leading_and_trailing_spaces_survive() {
    let en = Catalog::english();
    assert_eq!(en.t("line.duties"), "Duties: ");
    assert_eq!(
        en.f("sig.for", &[("whom", "gm.wang".into())]),
        " for gm.wang"
    );
    assert_eq!(en.t("org.on_probation"), "\u{a0}(probation)");
    assert_eq!(en.t("cli.comment_hint"), "Give it with -m \"…\".");
}

/// Every `section.key` string literal in the code, and every key the code
/// builds from a list (states, roles, decisions, steps, key descriptions,
/// layers), is in the catalogs.
#[test]
fn every_key_the_code_asks_for_exists() {
    let en = Catalog::english();
    let sections: BTreeSet<String> = en
        .text
        .plain
        .keys()
        .filter_map(|k| k.split_once('.').map(|(s, _)| s.to_string()))
        .collect();
    let mut asked = BTreeSet::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut dirs = vec![root.join("src")];
    let mut files = 0;
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files += 1;
                let text = std::fs::read_to_string(&path).unwrap();
                for literal in text.split('"').skip(1).step_by(2) {
                    if let Some((section, name)) = literal.split_once('.')
                        && sections.contains(section)
                        && !name.is_empty()
                        && name
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
                    {
                        asked.insert((literal.to_string(), path.clone()));
                    }
                }
            }
        }
    }
    assert!(
        files > 20 && asked.len() > 150,
        "{files} files, {}",
        asked.len()
    );
    let mut missing: Vec<String> = asked
        .iter()
        .filter(|(k, _)| en.t(k) == k.as_str())
        .map(|(k, p)| format!("{k} ({})", p.display()))
        .collect();
    // Keys built at run time from lists of names.
    use crate::domain::signoff::Decision;
    let mut built: Vec<String> = Vec::new();
    for d in [Decision::Approve, Decision::Reject, Decision::Return] {
        built.push(format!("decision.{}", d.key()));
        built.push(format!("form.sign_{}", d.key()));
        built.push(format!("cli.signed_{}", d.key()));
    }
    for s in crate::domain::PlanState::ALL {
        built.push(format!("state.{}", s.key()));
    }
    for r in crate::domain::Role::ALL {
        built.push(format!("role.{}", r.key()));
    }
    use crate::domain::review::{CourseKind, Standing};
    use crate::service::api::{EvalKind, EvalStage};
    built.extend(CourseKind::ALL.map(|k| format!("course_kind.{}", k.key())));
    built.extend(Standing::ALL.map(|s| format!("standing.{}", s.key())));
    built.extend(EvalStage::ALL.map(|s| format!("eval_stage.{}", s.key())));
    built.extend(
        [EvalKind::Periodic, EvalKind::Probation].map(|k| format!("eval_kind.{}", k.key())),
    );
    use crate::domain::recruit::{Recommend, ReqState, Stage};
    for s in Stage::ALL {
        built.push(format!("stage.{}", s.key()));
        if s.open() {
            built.push(format!("inbox.move_{}", s.key()));
        }
    }
    for s in ReqState::ALL {
        built.push(format!("req_state.{}", s.key()));
    }
    for r in Recommend::ALL {
        built.push(format!("recommend.{}", r.key()));
    }
    for d in [Decision::Approve, Decision::Reject, Decision::Return] {
        built.push(format!("verdict.{}", d.key()));
    }
    let data = |text: &str| -> toml::Table { toml::from_str(text).unwrap() };
    let chains = data(include_str!("../../data/chains.toml"));
    for chain in chains["chain"].as_array().unwrap() {
        for step in chain["steps"].as_array().unwrap() {
            built.push(format!("step.{}", step["key"].as_str().unwrap()));
        }
    }
    let keymap = data(include_str!("../../data/keymap.toml"));
    for (layer, bindings) in &keymap {
        built.push(format!("layer.{layer}"));
        for b in bindings.as_array().unwrap() {
            built.push(b["desc"].as_str().unwrap().to_string());
        }
    }
    missing.extend(built.into_iter().filter(|k| en.t(k) == k.as_str()));
    missing.sort();
    missing.dedup();
    assert!(missing.is_empty(), "not in the catalogs: {missing:#?}");
}

#[test]
fn locale_names_pick_the_script() {
    assert_eq!(Lang::from_locale("zh_TW.UTF-8"), Lang::ZhHant);
    assert_eq!(Lang::from_locale("zh_HK.UTF-8"), Lang::ZhHant);
    assert_eq!(Lang::from_locale("zh_CN.UTF-8"), Lang::ZhHans);
    assert_eq!(Lang::from_locale("C.UTF-8"), Lang::En);
    assert_eq!(Lang::parse("zh_TW"), Some(Lang::ZhHant));
    assert_eq!(Lang::parse("zh"), Some(Lang::ZhHans));
    assert_eq!(Lang::parse("zh-Hant"), Some(Lang::ZhHant));
    assert_eq!(Lang::parse("fr"), None);
}

#[test]
fn the_language_comes_from_the_flag_then_the_environment() {
    let choose =
        |flag, renshi, all, messages, lang| Lang::choose(flag, renshi, all, messages, lang);
    use Lang::*;
    // --lang wins, then RENSHI_LANG, then LC_ALL, LC_MESSAGES, LANG.
    let all = (
        Some("zh-Hant"),
        Some("zh-Hans"),
        Some("en_US.UTF-8"),
        Some("zh_CN"),
        Some("zh_TW"),
    );
    assert_eq!(choose(all.0, all.1, all.2, all.3, all.4), Ok(ZhHant));
    assert_eq!(choose(None, all.1, all.2, all.3, all.4), Ok(ZhHans));
    assert_eq!(choose(None, None, all.2, all.3, all.4), Ok(En));
    assert_eq!(choose(None, None, None, all.3, all.4), Ok(ZhHans));
    assert_eq!(choose(None, None, None, None, all.4), Ok(ZhHant));
    assert_eq!(choose(None, None, None, None, None), Ok(En));
    // An empty variable counts as unset.
    assert_eq!(
        choose(Some(""), Some(" "), Some(""), Some(""), Some("zh_HK.UTF-8")),
        Ok(ZhHant)
    );
    assert_eq!(
        choose(None, Some(""), None, Some("zh_TW.UTF-8"), Some("en_GB")),
        Ok(ZhHant)
    );
    // C and POSIX are English, and they win over a later variable.
    assert_eq!(
        choose(None, None, Some("C"), None, Some("zh_TW.UTF-8")),
        Ok(En)
    );
    assert_eq!(
        choose(None, None, None, Some("POSIX"), Some("zh_CN.UTF-8")),
        Ok(En)
    );
    assert_eq!(
        choose(None, None, Some("C.UTF-8"), Some("zh_CN"), None),
        Ok(En)
    );
    // A locale renshi does not speak is English; a language asked for by name
    // that it does not speak is an error naming it.
    assert_eq!(
        choose(None, None, Some("fr_FR.UTF-8"), None, Some("zh_TW")),
        Ok(En)
    );
    assert_eq!(
        choose(Some("fr"), None, None, None, Some("zh_TW")),
        Err("fr".into())
    );
    assert_eq!(
        choose(None, Some("klingon"), None, None, None),
        Err("klingon".into())
    );
    assert_eq!(
        choose(Some("zh_TW"), Some("klingon"), None, None, None),
        Ok(ZhHant)
    );
}

/// Words of the mainland that Taiwan and Hong Kong say otherwise (儲存, 游標,
/// 新增, 畫面, 檔案, 資料, 預設, 訊息, 使用者, 設定, 登入, 列印, 程式, 網路,
/// 支援, 簽核, 職位, 員額, 稽核, 示範…).
#[test]
fn traditional_chinese_uses_taiwan_and_hong_kong_words() {
    const MAINLAND: &[&str] = &[
        "保存",
        "光標",
        "添加",
        "屏幕",
        "螢幕",
        "數據",
        "默認",
        "信息",
        "用戶",
        "設置",
        "登錄",
        "打印",
        "程序",
        "網絡",
        "支持",
        "簽批",
        "崗位",
        "定編",
        "審計",
        "演示",
        "刷新",
        "打開",
        "全局",
        "運行",
        "重命名",
        "新建",
        "模板",
        "下一屏",
        "上一屏",
        "日誌",
        "紙質",
        "文件編",
        "頭文件",
        "中有文件",
        "軟件",
        "硬件",
        "菜單",
        "鼠標",
        "鏈接",
        "視頻",
        "質量",
        "服務器",
        "接口",
        "界面",
        "激活",
        "賬",
        "帳戶",
        "在崗",
        "否決",
        "批准",
        "方案",
    ];
    let mut found = Vec::new();
    for (id, text) in &Catalog::load(Lang::ZhHant).text.plain {
        for w in MAINLAND {
            if text.contains(w) {
                found.push(format!("{id}: {w} in {text}"));
            }
        }
    }
    found.sort();
    assert!(found.is_empty(), "{found:#?}");
}

/// Nothing is left in English in the Chinese catalogs but commands, option
/// values and key names.
#[test]
fn chinese_catalogs_have_no_english_left() {
    const KEPT: &[&str] = &[
        "renshi",
        "approve",
        "reject",
        "return",
        "seen",
        "keys",
        "dept",
        "DEP",
        "Esc",
        "Backspace",
        "MiB",
        "en",
        "zh-Hans",
        "zh-Hant",
        "admin",
        "hr_staff",
        "hr_head",
        "dept_head",
        "division_head",
        "general_manager",
        "board",
        "admin_dept",
        "finance",
        "employee",
        "as",
        "m",
        "n",
    ];
    for lang in [Lang::ZhHans, Lang::ZhHant] {
        let cat = Catalog::load(lang);
        for (key, text) in format_all(&cat, "0") {
            // Commands in backticks are typed as they are.
            let outside: String = text.split('`').step_by(2).collect::<Vec<_>>().join(" ");
            let english: Vec<&str> = outside
                .split(|c: char| !(c.is_ascii_alphabetic() || c == '_' || c == '-'))
                .map(|w| w.trim_matches('-'))
                .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()) && !KEPT.contains(w))
                .collect();
            assert!(english.is_empty(), "{lang:?} {key}: {english:?} in {text}");
        }
    }
}

/// A catalog may be shared between threads, as the TOML one could.
#[test]
fn a_catalog_is_send_and_sync() {
    fn shareable<T: Send + Sync>(_: &T) {}
    shareable(&Catalog::english());
}
