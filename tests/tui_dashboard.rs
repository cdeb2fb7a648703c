//! The dashboard as people meet it: HR, the general manager and the board
//! start on it, everyone else on their inbox; its figures at 80×24 and
//! 120×40 in the three languages (insta snapshots, every number whole),
//! choosing a figure with the arrows or the mouse, Enter opening the list
//! behind each, and someone without the right never seeing a figure.
//!
//! Regenerate snapshots with `INSTA_UPDATE=always cargo test --test tui_dashboard`.

mod tui_support;

use ratatui::crossterm::event::KeyModifiers;
use ratatui::crossterm::event::{Event, KeyCode, MouseButton, MouseEvent, MouseEventKind};
use renshi::i18n::{Catalog, Lang};
use renshi::service::api::Dashboard;
use renshi::tui::app::{Loaded, Modal};
use renshi::tui::screens::ScreenId;
use renshi::tui::screens::dashboard::{self, Figure};
use renshi::tui::screens::people::order::Column;
use tui_support::*;
use unicode_width::UnicodeWidthStr;

const LANGS: [(Lang, &str); 3] = [
    (Lang::En, "en"),
    (Lang::ZhHans, "zh_hans"),
    (Lang::ZhHant, "zh_hant"),
];

fn figures(t: &Tui) -> Dashboard {
    match &t.app.data.dashboard {
        Loaded::Ready(d) => (**d).clone(),
        other => panic!("no figures: {other:?}"),
    }
}

/// Every line fits the width, and every number the service gave is on
/// screen whole: each department's approved headcount on its row, the
/// company's totals, the funnel, the ends and the separations.
fn numbers_whole(t: &Tui, screen: &str, w: usize) {
    for line in screen.lines() {
        assert!(line.width() <= w, "wider than {w}: {line}\n{screen}");
    }
    let d = figures(t);
    // The largest departments come first; those left out for room are
    // counted in the line that sends the reader to the organisation.
    // The seats' box is the first on screen.
    let seats_box: Vec<&str> = screen
        .lines()
        .skip_while(|l| !l.starts_with('┌'))
        .take_while(|l| !l.starts_with('└'))
        .collect();
    let shown: Vec<_> = d
        .seats
        .iter()
        .filter(|s| {
            let head: String = s.name.chars().take(3).collect();
            seats_box.iter().any(|l| l.starts_with(&format!("│{head}")))
        })
        .collect();
    let left = d.seats.len() - shown.len();
    if left > 0 {
        let more = t.app.cat.f("dash.more", &[("n", left.to_string())]);
        assert!(
            screen.contains(&more),
            "{left} departments left out unsaid\n{screen}"
        );
        assert!(
            shown.iter().zip(&d.seats).all(|(a, b)| a.dept == b.dept),
            "the rows shown are the largest\n{screen}"
        );
    }
    for s in shown {
        let head: String = s.name.chars().take(3).collect();
        let line = seats_box
            .iter()
            .find(|l| l.starts_with(&format!("│{head}")))
            .copied()
            .unwrap_or_default();
        assert!(
            line.contains(&format!(" {} ", s.figures.approved)),
            "{} approved {} not whole in `{line}`",
            s.name,
            s.figures.approved
        );
    }
    let c = &d.company;
    for n in [c.approved, c.filled, c.reserved] {
        assert!(screen.contains(&n.to_string()), "company {n}\n{screen}");
    }
    let cat = &t.app.cat;
    for (key, n) in [
        ("dash.applied", d.funnel.applied),
        ("dash.interviewed", d.funnel.interviewed),
        ("dash.offered", d.funnel.offered),
        ("dash.hired", d.funnel.hired),
    ] {
        let label = cat.t(key);
        let found: Vec<String> = screen
            .lines()
            .filter(|l| l.contains(label))
            .map(|l| number_after(l, label))
            .filter(|n| !n.is_empty())
            .collect();
        assert_eq!(found, [n.to_string()], "{key}\n{screen}");
    }
    let probation = line_with(screen, cat.t("dash.probation_ends"));
    let [p30, p60] = d.probation_ends;
    assert!(probation.contains(&format!("{p30} ")), "{probation}");
    assert!(probation.contains(&format!("{p60}│")), "{probation}");
    let open = line_with(screen, cat.t("dash.sep_open"));
    assert!(open.contains(&format!("{}│", d.separations_open)), "{open}");
}

/// The digits that follow `label` in `line` (after spaces).
fn number_after(line: &str, label: &str) -> String {
    let at = line.find(label).expect("label") + label.len();
    line[at..]
        .trim_start()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect()
}

// ---------------------------------------------------------------- snapshots

#[test]
fn hr_staff_start_on_the_figures_in_three_languages() {
    for (lang, tag) in LANGS {
        let t = Tui::started("hr.li", lang);
        assert_eq!(t.app.screen, ScreenId::Dashboard);
        let small = t.small();
        numbers_whole(&t, &small, 80);
        insta::assert_snapshot!(format!("dashboard_hr_{tag}_80x24"), small);
        let large = t.screen(120, 40);
        numbers_whole(&t, &large, 120);
        insta::assert_snapshot!(format!("dashboard_hr_{tag}_120x40"), large);
    }
}

#[test]
fn the_general_manager_starts_on_the_figures_in_three_languages() {
    for (lang, tag) in LANGS {
        let t = Tui::started("gm.wang", lang);
        assert_eq!(t.app.screen, ScreenId::Dashboard);
        let small = t.small();
        numbers_whole(&t, &small, 80);
        insta::assert_snapshot!(format!("dashboard_gm_{tag}_80x24"), small);
        let large = t.screen(120, 40);
        numbers_whole(&t, &large, 120);
        insta::assert_snapshot!(format!("dashboard_gm_{tag}_120x40"), large);
    }
}

#[test]
fn a_board_member_starts_on_the_figures_with_the_inbox_a_key_away() {
    let mut t = Tui::started("board.chen", Lang::En);
    assert_eq!(t.app.screen, ScreenId::Dashboard);
    // The plan waiting to be signed is counted on the inbox's tab.
    let tabs = t.small().lines().nth(1).unwrap_or_default().to_string();
    assert!(tabs.contains("Inbox (1)"), "{tabs}");
    t.ch('1');
    assert_eq!(t.app.screen, ScreenId::Inbox);
    assert!(t.small().contains("HP-0001"));
}

// ---------------------------------------------------------------- who starts where

#[test]
fn an_employee_and_a_department_head_start_on_their_inbox() {
    for login in ["emp.liu", "head.civil", "div.eng", "admin", "fin.zhou"] {
        let t = Tui::started(login, Lang::En);
        assert_eq!(t.app.screen, ScreenId::Inbox, "{login}");
    }
}

#[test]
fn someone_without_the_right_never_sees_a_figure() {
    for login in ["emp.liu", "head.civil"] {
        let mut t = Tui::started(login, Lang::En);
        t.ch('`');
        assert_eq!(t.app.screen, ScreenId::Dashboard);
        assert!(
            matches!(t.app.data.dashboard, Loaded::Denied(_)),
            "{login}: {:?}",
            t.app.data.dashboard
        );
        let screen = t.small();
        assert!(screen.contains("may not see the dashboard"), "{screen}");
        for figure in ["Seats", "Candidates", "Hires", "Required training", "Cycle"] {
            assert!(!screen.contains(figure), "{login} sees {figure}:\n{screen}");
        }
        // Nothing to open, nothing offered.
        t.key(KeyCode::Enter);
        assert_eq!(t.app.screen, ScreenId::Dashboard);
        assert!(!t.footer(80, 24).contains("Open its list"));
    }
}

#[test]
fn switching_user_lands_where_the_new_user_starts() {
    let mut t = Tui::started("emp.liu", Lang::En);
    assert_eq!(t.app.screen, ScreenId::Inbox);
    t.ch('u');
    let Modal::Picker { users, .. } = &t.app.modal else {
        panic!("no picker");
    };
    let at = users.iter().position(|(l, _, _)| l == "gm.wang").unwrap();
    let Modal::Picker { sel, .. } = &mut t.app.modal else {
        unreachable!()
    };
    *sel = at;
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, ScreenId::Dashboard);
    assert!(matches!(t.app.data.dashboard, Loaded::Ready(_)));
    // And back to an employee: the inbox.
    t.ch('u');
    let Modal::Picker { users, sel } = &mut t.app.modal else {
        panic!("no picker");
    };
    *sel = users.iter().position(|(l, _, _)| l == "emp.liu").unwrap();
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, ScreenId::Inbox);
}

// ---------------------------------------------------------------- choosing and opening

/// Chooses `figure` with → (which visits every figure in reading order).
fn choose(t: &mut Tui, figure: Figure) {
    t.small();
    t.key(KeyCode::Home);
    for _ in 0..Figure::ALL.len() {
        if dashboard::selected(&t.app) == figure {
            return;
        }
        t.key(KeyCode::Right);
    }
    panic!("→ never reached {figure:?}");
}

#[test]
fn enter_on_each_figure_opens_the_list_behind_it() {
    let opens = [
        (Figure::Seats, ScreenId::Org),
        (Figure::Reqs, ScreenId::Recruit),
        (Figure::Funnel, ScreenId::Recruit),
        (Figure::Signoff, ScreenId::Recruit),
        (Figure::Hires, ScreenId::People),
        (Figure::Ends, ScreenId::People),
        (Figure::Separations, ScreenId::Offboard),
        (Figure::Training, ScreenId::Gaps),
        (Figure::Cycle, ScreenId::Cycle),
    ];
    for (figure, screen) in opens {
        let mut t = Tui::started("hr.li", Lang::En);
        choose(&mut t, figure);
        t.key(KeyCode::Enter);
        assert_eq!(t.app.screen, screen, "{figure:?}");
        match figure {
            // The time report, not the list.
            Figure::Signoff => assert!(t.app.ui.recruit.report),
            Figure::Reqs | Figure::Funnel => assert!(!t.app.ui.recruit.report),
            // The newest hires first; those on probation first.
            Figure::Hires => {
                assert_eq!(t.app.ui.people.sort.column, Column::Start);
                assert!(t.app.ui.people.sort.reverse);
                let first = renshi::tui::screens::people::row_at(&t.app, 0)
                    .unwrap()
                    .hired;
                let last = renshi::tui::screens::people::row_at(&t.app, 10)
                    .unwrap()
                    .hired;
                assert!(first >= last);
            }
            Figure::Ends => {
                assert_eq!(t.app.ui.people.sort.column, Column::Status);
                let first = renshi::tui::screens::people::row_at(&t.app, 0).unwrap();
                assert_eq!(first.status, renshi::domain::EmployeeStatus::Probation);
            }
            Figure::Cycle => assert!(t.small().contains("Annual evaluation"), "{}", t.small()),
            _ => {}
        }
        // The dashboard's key brings the figures back, as they were chosen.
        t.ch('`');
        assert_eq!(t.app.screen, ScreenId::Dashboard);
        assert_eq!(dashboard::selected(&t.app), figure);
    }
}

#[test]
fn a_requisition_left_open_does_not_hide_the_list_behind_the_figure() {
    let mut t = Tui::started("hr.li", Lang::En);
    t.ch('8');
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, ScreenId::Req);
    t.ch('`');
    choose(&mut t, Figure::Reqs);
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, ScreenId::Recruit);
}

#[test]
fn the_arrows_move_to_the_figure_that_lies_that_way() {
    let mut t = Tui::started("gm.wang", Lang::En);
    t.small();
    assert_eq!(dashboard::selected(&t.app), Figure::Seats);
    t.key(KeyCode::Down);
    assert_eq!(dashboard::selected(&t.app), Figure::Signoff);
    t.key(KeyCode::Right);
    assert_eq!(dashboard::selected(&t.app), Figure::Hires);
    t.ch('j');
    assert_eq!(dashboard::selected(&t.app), Figure::Training);
    t.ch('l');
    assert_eq!(dashboard::selected(&t.app), Figure::Cycle);
    t.ch('k');
    t.ch('k');
    assert_eq!(dashboard::selected(&t.app), Figure::Funnel);
    t.ch('h');
    assert_eq!(dashboard::selected(&t.app), Figure::Reqs);
    // The chosen box has its title lit; at 80×24 only it.
    let screen = t.small();
    assert!(screen.contains("┌Open requisitions"), "{screen}");
}

#[test]
fn a_click_chooses_the_figure_under_it() {
    let mut t = Tui::started("hr.li", Lang::En);
    let backend = ratatui::backend::TestBackend::new(80, 24);
    let mut term = ratatui::Terminal::new(backend).unwrap();
    let theme = renshi::tui::theme::Theme::plain();
    let mut hits = Default::default();
    term.draw(|f| hits = renshi::tui::frame::draw(f, &t.app, &theme))
        .unwrap();
    let screen = t.small();
    // The middle of the training box, and a corner of the cycle's.
    let training = screen
        .lines()
        .position(|l| l.contains("Required training"))
        .unwrap();
    for (column, row, figure) in [
        (40, training + 2, Figure::Training),
        (79, 23 - 2, Figure::Cycle),
    ] {
        let click = MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column,
            row: row as u16,
            modifiers: KeyModifiers::NONE,
        };
        renshi::tui::on_event(&mut t.app, &hits, Event::Mouse(click));
        assert_eq!(dashboard::selected(&t.app), figure);
    }
    t.key(KeyCode::Enter);
    assert_eq!(t.app.screen, ScreenId::Cycle);
}

// ---------------------------------------------------------------- keys and the tab bar

#[test]
fn the_footer_and_help_come_from_the_key_table() {
    let mut t = Tui::started("hr.li", Lang::En);
    let footer = t.footer(80, 24);
    assert!(
        footer.starts_with("Enter Open its list  → Next figure"),
        "{footer}"
    );
    assert!(footer.ends_with("? Help"), "{footer}");
    t.ch('?');
    let help = t.screen(80, 60);
    assert!(help.contains("Dashboard"), "{help}");
    for (keys, what) in [
        ("Enter", "Open its list"),
        ("→, l", "Next figure"),
        ("↑, k", "Figure above"),
    ] {
        let line = line_with(&help, what);
        assert!(line.contains(keys), "{keys} {what}: {line}");
    }
}

#[test]
fn the_tab_bar_names_every_tab_in_chinese_and_those_near_at_80_columns() {
    for (lang, _) in LANGS {
        let t = Tui::started("hr.li", lang);
        let tabs = t.small().lines().nth(1).unwrap_or_default().to_string();
        assert!(tabs.width() <= 80, "{tabs}");
        let cat = Catalog::load(lang);
        // Chinese names are short enough for every tab to keep its name.
        let named = if lang == Lang::En { 9 } else { 11 };
        let inbox = cat.f("tab.inbox", &[("n", "7".to_string())]);
        let names = [
            cat.t("tab.dashboard"),
            inbox.as_str(),
            cat.t("tab.users"),
            cat.t("tab.org_short"),
            cat.t("tab.plans_short"),
            cat.t("tab.audit_short"),
            cat.t("tab.people"),
            cat.t("tab.delegations_short"),
            cat.t("tab.recruit_short"),
            cat.t("tab.offboard_short"),
            cat.t("tab.review_short"),
        ];
        let shown = names.iter().filter(|n| tabs.contains(*n)).count();
        assert!(shown >= named, "{lang:?}: {tabs}");
        // A tab without its name still shows the key that opens it.
        for key in ["`", "1", "2", "3", "4", "5", "6", "7", "8", "9", "0"] {
            assert!(tabs.contains(key), "{key}: {tabs}");
        }
    }
}

#[test]
fn in_the_ascii_glyph_set_the_charts_are_drawn_in_ascii() {
    let t = Tui::started("hr.li", Lang::En);
    let theme = renshi::tui::theme::Theme::plain().with_glyphs(renshi::tui::widgets::glyphs::ASCII);
    for (w, h) in [(80, 24), (120, 40)] {
        let screen = renshi::tui::render_with(&t.app, w, h, &theme);
        assert!(
            screen.is_ascii() || !screen.contains(['█', '▏', '▁', '┌', '│']),
            "{screen}"
        );
        assert!(screen.contains("###"), "{screen}");
    }
}
