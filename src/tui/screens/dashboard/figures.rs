//! Each figure in its box: a chart of ratatui's own (`BarChart`,
//! `Sparkline`, `Gauge`) where the box has room, compact numbers where it
//! has not — a number is never cut. Labels are measured in display
//! columns, so Chinese names line up; the values drawn on bars are plain
//! digits (a bar's value is placed by bytes, which only ASCII survives).

use super::Figure;
use crate::i18n::Catalog;
use crate::service::api::Dashboard;
use crate::tui::app::App;
use crate::tui::theme::Theme;
use crate::tui::widgets::table::fit_with;
use chrono::{Datelike, Months, NaiveDate};
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Direction, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Gauge, Paragraph, Sparkline, Wrap};
use unicode_width::UnicodeWidthStr;

/// Draws one figure in its box; the chosen one has a lit border and title.
pub fn draw(
    f: &mut Frame,
    app: &App,
    theme: &Theme,
    d: &Dashboard,
    figure: Figure,
    area: Rect,
    chosen: bool,
) {
    let mut block = theme.block(title(&app.cat, d, figure), area);
    block = if chosen {
        block.border_style(theme.accent).title_style(theme.selected)
    } else {
        block.border_style(theme.dim)
    };
    let inner = block.inner(area);
    f.render_widget(block, area);
    if inner.is_empty() {
        return;
    }
    let cat = &app.cat;
    match figure {
        Figure::Seats => super::seats::draw(f, cat, theme, d, inner),
        Figure::Reqs => reqs(f, cat, theme, d, inner),
        Figure::Funnel => funnel(f, cat, theme, d, inner),
        Figure::Signoff => signoff(f, cat, theme, d, inner),
        Figure::Hires => hires(f, theme, d, inner),
        Figure::Ends => ends(f, cat, d, inner),
        Figure::Separations => separations(f, cat, theme, d, inner),
        Figure::Training => training(f, cat, theme, d, inner),
        Figure::Cycle => cycle(f, cat, theme, d, inner),
    }
}

/// A box's title: what it counts, with its one headline number.
fn title(cat: &Catalog, d: &Dashboard, figure: Figure) -> String {
    let n = |v: u32| v.to_string();
    match figure {
        Figure::Seats => cat.f(
            "dash.seats",
            &[
                ("filled", n(d.company.filled)),
                ("approved", n(d.company.approved)),
            ],
        ),
        Figure::Reqs => cat.t("dash.reqs").to_string(),
        Figure::Funnel => cat.t("dash.funnel").to_string(),
        Figure::Signoff => cat.t("dash.signoff").to_string(),
        Figure::Hires => cat.f("dash.hires", &[("n", n(d.hires_by_month.iter().sum()))]),
        Figure::Ends => cat.t("dash.ends").to_string(),
        Figure::Separations => cat.t("dash.separations").to_string(),
        Figure::Training => cat.t("dash.training").to_string(),
        Figure::Cycle => match &d.cycle {
            Some(c) => cat.f("dash.cycle", &[("name", c.name.clone())]),
            None => cat.t("dash.cycle_none_title").to_string(),
        },
    }
}

// ---------------------------------------------------------------- pieces

/// `text` padded with spaces to `width` display columns (cut with "…" when longer).
pub(super) fn pad(text: &str, width: usize) -> String {
    let cut = fit_with(text, width, "…");
    let w = cut.width();
    format!("{cut}{}", " ".repeat(width.saturating_sub(w)))
}

/// `text` right-aligned in `width` columns.
pub(super) fn right(text: &str, width: usize) -> String {
    format!("{}{text}", " ".repeat(width.saturating_sub(text.width())))
}

/// One line per row, `label` on the left and its number right-aligned in
/// a column as wide as the widest number.
fn number_lines<'a>(rows: &[(String, String, Style)], width: usize) -> Vec<Line<'a>> {
    let num_w = rows.iter().map(|r| r.1.width()).max().unwrap_or(0);
    let label_w = width.saturating_sub(num_w + 1);
    rows.iter()
        .map(|(label, value, style)| {
            Line::from(vec![
                Span::raw(format!("{} ", pad(label, label_w))),
                Span::styled(right(value, num_w), *style),
            ])
        })
        .collect()
}

pub(super) fn lines(f: &mut Frame, lines: Vec<Line>, area: Rect) {
    f.render_widget(Paragraph::new(lines), area);
}

/// Words that may wrap at spaces (a few short facts side by side).
fn wrapped(f: &mut Frame, spans: Vec<Span>, area: Rect) {
    f.render_widget(
        Paragraph::new(Line::from(spans)).wrap(Wrap { trim: true }),
        area,
    );
}

/// A horizontal bar chart: one bar a row (a blank row between when
/// `gap`), its label on the left, its value (digits) on the bar.
fn hbars<'a>(bars: Vec<Bar<'a>>, gap: u16, max: Option<u64>) -> BarChart<'a> {
    let chart = BarChart::default()
        .direction(Direction::Horizontal)
        .bar_width(1)
        .bar_gap(gap)
        .value_style(Style::new().add_modifier(Modifier::REVERSED))
        .data(BarGroup::default().bars(&bars));
    match max {
        Some(m) => chart.max(m.max(1)),
        None => chart,
    }
}

pub(super) fn bar<'a>(label: Option<String>, value: u64, text: String, style: Style) -> Bar<'a> {
    let b = Bar::default().value(value).text_value(text).style(style);
    match label {
        Some(l) => b.label(Line::from(l)),
        None => b,
    }
}

pub(super) fn row(area: Rect, dy: u16) -> Rect {
    Rect::new(area.x, area.y + dy, area.width, 1)
}

// ---------------------------------------------------------------- figures

/// Open requisitions by how long they have been open, and how many are
/// still being signed.
fn reqs(f: &mut Frame, cat: &Catalog, theme: &Theme, d: &Dashboard, inner: Rect) {
    let labels = [
        "dash.age_week",
        "dash.age_month",
        "dash.age_quarter",
        "dash.age_older",
    ];
    let signing = cat.f("dash.reqs_signing", &[("n", d.reqs_signing.to_string())]);
    let rows: Vec<(String, u32)> = labels
        .iter()
        .zip(d.req_ages)
        .map(|(k, n)| (cat.t(k).to_string(), n))
        .collect();
    labelled_bars(f, theme, inner, &rows, theme.accent, Some(signing));
}

/// Candidates who reached each stage, over every requisition.
fn funnel(f: &mut Frame, cat: &Catalog, theme: &Theme, d: &Dashboard, inner: Rect) {
    let u = &d.funnel;
    let rows = [
        ("dash.applied", u.applied),
        ("dash.interviewed", u.interviewed),
        ("dash.offered", u.offered),
        ("dash.hired", u.hired),
    ]
    .map(|(k, n)| (cat.t(k).to_string(), n));
    labelled_bars(f, theme, inner, &rows, theme.accent, None);
}

/// Bars with labels, and an optional last line under them; as label and
/// number lines when the bars would be shorter than four cells.
fn labelled_bars(
    f: &mut Frame,
    theme: &Theme,
    inner: Rect,
    rows: &[(String, u32)],
    style: Style,
    last: Option<String>,
) {
    let n = rows.len() as u16;
    let foot = u16::from(last.is_some());
    let label_w = rows.iter().map(|r| r.0.width()).max().unwrap_or(0) as u16;
    let digits = rows
        .iter()
        .map(|r| r.1.to_string().len())
        .max()
        .unwrap_or(1) as u16;
    let fits = inner.height >= n + foot && inner.width >= label_w + 1 + digits.max(4);
    if !fits {
        let rows: Vec<(String, String, Style)> = rows
            .iter()
            .map(|(l, v)| (l.clone(), v.to_string(), Style::new()))
            .collect();
        let mut all = number_lines(&rows, usize::from(inner.width));
        if let Some(text) = last {
            all.push(Line::styled(text, theme.dim));
        }
        return lines(f, all, inner);
    }
    // As thick as the box allows (up to three rows), with a blank row
    // between bars when they are thick or there is room for it.
    let avail = inner.height - foot;
    let (thick, gap) = [(3, 1), (2, 1), (1, 1), (1, 0)]
        .into_iter()
        .find(|(w, g)| n * w + (n - 1) * g <= avail)
        .unwrap_or((1, 0));
    let chart_h = n * thick + gap * (n - 1);
    let bars = rows
        .iter()
        .map(|(l, v)| bar(Some(l.clone()), u64::from(*v), v.to_string(), style))
        .collect();
    f.render_widget(
        hbars(bars, gap, None).bar_width(thick),
        Rect::new(inner.x, inner.y, inner.width, chart_h),
    );
    if let Some(text) = last {
        lines(
            f,
            vec![Line::styled(text, theme.dim)],
            row(inner, inner.height - 1),
        );
    }
}

/// Mean hours each sign-off step took, and the mean days to fill.
fn signoff(f: &mut Frame, cat: &Catalog, theme: &Theme, d: &Dashboard, inner: Rect) {
    let fill = match d.days_to_fill {
        Some(days) => cat.f("dash.days_to_fill", &[("days", days.to_string())]),
        None => cat.t("dash.days_to_fill_none").to_string(),
    };
    if d.steps.is_empty() {
        let out = vec![
            Line::styled(cat.t("dash.no_signoffs"), theme.dim),
            Line::from(fill),
        ];
        return lines(f, out, inner);
    }
    // The steps that fit above the last line; the slowest are the ones to see.
    let mut steps: Vec<_> = d.steps.iter().collect();
    steps.sort_by_key(|s| std::cmp::Reverse(s.mean_hours));
    steps.truncate(usize::from(inner.height.saturating_sub(1)).max(1));
    let rows: Vec<(String, u32)> = steps
        .iter()
        .map(|s| (cat.t(&s.step).to_string(), s.mean_hours))
        .collect();
    labelled_bars(f, theme, inner, &rows, theme.key, Some(fill));
}

/// Hires in each of the last twelve months, as a sparkline as wide as the
/// box allows (each month the same number of columns), the first and last
/// month under it.
fn hires(f: &mut Frame, theme: &Theme, d: &Dashboard, inner: Rect) {
    let months = d.hires_by_month.len().max(1);
    let per = usize::from(inner.width) / months;
    if per == 0 || inner.height < 2 {
        let text: Vec<String> = d.hires_by_month.iter().map(u32::to_string).collect();
        return wrapped(f, vec![Span::raw(text.join(" "))], inner);
    }
    let data: Vec<u64> = d
        .hires_by_month
        .iter()
        .flat_map(|n| std::iter::repeat_n(u64::from(*n), per))
        .collect();
    let w = (per * months) as u16;
    let spark = Rect::new(inner.x, inner.y, w, inner.height - 1);
    f.render_widget(
        Sparkline::default()
            .data(&data)
            .max(data.iter().copied().max().unwrap_or(0).max(1))
            .style(theme.ok),
        spark,
    );
    let (first, last) = month_span(d.today, months);
    let gap = usize::from(w).saturating_sub(first.width() + last.width());
    if gap > 0 {
        let axis = Line::from(format!("{first}{}{last}", " ".repeat(gap))).style(theme.dim);
        lines(f, vec![axis], row(inner, inner.height - 1));
    }
}

/// The first and last of `n` months ending with today's, as `2025-12`.
fn month_span(today: NaiveDate, n: usize) -> (String, String) {
    let first = today
        .with_day(1)
        .and_then(|d| d.checked_sub_months(Months::new(n.saturating_sub(1) as u32)))
        .unwrap_or(today);
    let ym = |d: NaiveDate| format!("{}-{:02}", d.year(), d.month());
    (ym(first), ym(today))
}

/// Probations and contracts ending within 30 and 60 days.
fn ends(f: &mut Frame, cat: &Catalog, d: &Dashboard, inner: Rect) {
    let heads = [cat.t("dash.within_30"), cat.t("dash.within_60")];
    let rows = [
        (cat.t("dash.probation_ends"), d.probation_ends),
        (cat.t("dash.contract_ends"), d.contract_ends),
    ];
    let col_w = heads
        .iter()
        .map(|h| h.width())
        .chain(rows.iter().flat_map(|r| r.1.map(|n| n.to_string().len())))
        .max()
        .unwrap_or(1);
    let label_w = usize::from(inner.width).saturating_sub(2 * (col_w + 1));
    let mut out = vec![Line::from(format!(
        "{} {} {}",
        pad("", label_w),
        right(heads[0], col_w),
        right(heads[1], col_w)
    ))];
    for (label, n) in rows {
        out.push(Line::from(format!(
            "{} {} {}",
            pad(label, label_w),
            right(&n[0].to_string(), col_w),
            right(&n[1].to_string(), col_w)
        )));
    }
    lines(f, out, inner);
}

/// Open separation cases, and their steps past due (marked by a sign that
/// needs no colour).
fn separations(f: &mut Frame, cat: &Catalog, theme: &Theme, d: &Dashboard, inner: Rect) {
    let late = d.separation_steps_overdue;
    let mut rows = vec![(
        cat.t("dash.sep_open").to_string(),
        d.separations_open.to_string(),
        Style::new(),
    )];
    let (label, style) = if late > 0 {
        (
            format!("{} {}", theme.glyphs.warn, cat.t("dash.sep_overdue")),
            theme.error,
        )
    } else {
        (cat.t("dash.sep_overdue").to_string(), Style::new())
    };
    rows.push((label, late.to_string(), style));
    lines(f, number_lines(&rows, usize::from(inner.width)), inner);
}

/// Short facts side by side, two spaces apart, as many to a line as fit;
/// a fact is never split between lines.
fn fact_lines<'a>(facts: Vec<(String, Style)>, width: usize) -> Vec<Line<'a>> {
    let mut out = Vec::new();
    let mut spans: Vec<Span> = Vec::new();
    let mut used = 0;
    for (text, style) in facts {
        let w = text.width();
        if used > 0 && used + 2 + w > width {
            out.push(Line::from(std::mem::take(&mut spans)));
            used = 0;
        }
        if used > 0 {
            spans.push(Span::raw("  "));
            used += 2;
        }
        spans.push(Span::styled(fit_with(&text, width, "…"), style));
        used += w;
    }
    if !spans.is_empty() {
        out.push(Line::from(spans));
    }
    out
}

/// A gauge on the first row and a few facts under it.
fn gauge_with(
    f: &mut Frame,
    inner: Rect,
    ratio: f64,
    label: String,
    style: Style,
    facts: Vec<(String, Style)>,
) {
    let gauge = Gauge::default()
        .ratio(ratio.clamp(0.0, 1.0))
        .label(Span::raw(label))
        .gauge_style(style)
        .use_unicode(true);
    f.render_widget(gauge, row(inner, 0));
    if inner.height > 1 {
        let rest = Rect::new(inner.x, inner.y + 1, inner.width, inner.height - 1);
        lines(f, fact_lines(facts, usize::from(inner.width)), rest);
    }
}

fn fact(cat: &Catalog, key: &str, n: u32, style: Style) -> (String, Style) {
    (cat.f(key, &[("n", n.to_string())]), style)
}

/// Where the holders of positions that require training stand: the share
/// whose training is valid, then what is expiring, expired and missing.
fn training(f: &mut Frame, cat: &Catalog, theme: &Theme, d: &Dashboard, inner: Rect) {
    let t = &d.training;
    let total = t.done + t.expiring + t.expired + t.missing;
    if total == 0 {
        return wrapped(
            f,
            vec![Span::styled(cat.t("dash.training_none"), theme.dim)],
            inner,
        );
    }
    let valid = t.done + t.expiring;
    let label = cat.f(
        "dash.training_gauge",
        &[("valid", valid.to_string()), ("total", total.to_string())],
    );
    let warn = |n: u32| if n > 0 { theme.error } else { Style::new() };
    let facts = vec![
        fact(cat, "dash.training_expiring", t.expiring, Style::new()),
        fact(cat, "dash.training_expired", t.expired, warn(t.expired)),
        fact(cat, "dash.training_missing", t.missing, warn(t.missing)),
    ];
    gauge_with(
        f,
        inner,
        f64::from(valid) / f64::from(total),
        label,
        theme.ok,
        facts,
    );
}

/// The running cycle: the share of its evaluations signed off, then how
/// many are in each state and not yet started.
fn cycle(f: &mut Frame, cat: &Catalog, theme: &Theme, d: &Dashboard, inner: Rect) {
    let Some(c) = &d.cycle else {
        return wrapped(
            f,
            vec![Span::styled(cat.t("dash.cycle_none"), theme.dim)],
            inner,
        );
    };
    let [draft, submitted, signed, acknowledged] = c.states;
    let done = signed + acknowledged;
    let started = draft + submitted + done;
    let label = cat.f(
        "dash.cycle_gauge",
        &[
            ("done", done.to_string()),
            ("expected", c.expected.to_string()),
        ],
    );
    let ratio = if c.expected == 0 {
        0.0
    } else {
        f64::from(done) / f64::from(c.expected)
    };
    let facts = vec![
        fact(
            cat,
            "dash.eval_not_started",
            c.expected.saturating_sub(started),
            Style::new(),
        ),
        fact(cat, "dash.eval_draft", draft, Style::new()),
        fact(cat, "dash.eval_submitted", submitted, Style::new()),
        fact(cat, "dash.eval_acknowledged", acknowledged, Style::new()),
    ];
    gauge_with(f, inner, ratio, label, theme.accent, facts);
}

/// In the ASCII glyph set, the charts' block symbols become `#` (and the
/// lowest eighths `_`), as the frame does for every other glyph.
pub fn to_ascii(buf: &mut Buffer, area: Rect) {
    let area = area.intersection(buf.area);
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            let cell = &mut buf[(x, y)];
            let c = match cell.symbol() {
                "▁" | "▂" => '_',
                "▃" | "▄" | "▅" | "▆" | "▇" | "█" | "▉" | "▊" | "▋" | "▌" | "▍" | "▎" | "▏" => {
                    '#'
                }
                _ => continue,
            };
            cell.set_char(c);
        }
    }
}
