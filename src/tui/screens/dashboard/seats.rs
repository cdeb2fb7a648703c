//! The seats per department: approved, filled, reserved and free, as a
//! grouped bar chart where the box has room and as columns of numbers
//! where it has not.

use super::figures::{bar, lines, pad, right, row};
use crate::i18n::Catalog;
use crate::service::api::{Dashboard, Figures};
use crate::tui::theme::Theme;
use crate::tui::widgets::table::fit_with;
use ratatui::Frame;
use ratatui::layout::{Direction, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup};
use unicode_width::UnicodeWidthStr;

/// Seats per department. With room, a group of bars for each — the
/// filled, the reserved and the free seats, on one scale — beside its name
/// and approved headcount; without, the same figures as columns of
/// numbers. The company's total is the last row; departments that do not
/// fit are counted.
pub fn draw(f: &mut Frame, cat: &Catalog, theme: &Theme, d: &Dashboard, inner: Rect) {
    let heads = [
        cat.t("col.approved"),
        cat.t("col.filled"),
        cat.t("col.reserved"),
        cat.t("col.free"),
    ];
    let vals = |g: &Figures| {
        [
            i64::from(g.approved),
            i64::from(g.filled),
            i64::from(g.reserved),
            g.free,
        ]
    };
    let height = usize::from(inner.height);
    let width = usize::from(inner.width);
    let mut num_w = heads.map(UnicodeWidthStr::width);
    for g in d.seats.iter().map(|s| &s.figures).chain([&d.company]) {
        for (i, v) in vals(g).iter().enumerate() {
            num_w[i] = num_w[i].max(v.to_string().len());
        }
    }
    let name_w = d
        .seats
        .iter()
        .map(|s| s.name.width())
        .chain([cat.t("dash.company").width()])
        .max()
        .unwrap_or(0)
        .min(24);
    let label_w = heads[1..].iter().map(|h| h.width()).max().unwrap_or(0);
    let n = d.seats.len();
    // Bars: a header, three rows a department, the total; a bar at least
    // twelve cells long.
    if n > 0 && 3 * n + 2 <= height && name_w + num_w[0] + label_w + 3 + 12 <= width {
        return seat_groups(f, cat, theme, d, inner, name_w, num_w[0]);
    }
    let room = height.saturating_sub(2);
    let (shown, more) = if n <= room {
        (n, 0)
    } else {
        let shown = room.saturating_sub(1);
        (shown, n - shown)
    };
    let name_w = width.saturating_sub(num_w.iter().map(|w| w + 1).sum());
    let styles = [Style::new(), Style::new(), theme.key, theme.ok];
    let line = |name: &str, nums: [String; 4], name_style: Style| {
        let mut spans = vec![Span::styled(pad(name, name_w), name_style)];
        for (i, n) in nums.iter().enumerate() {
            spans.push(Span::styled(format!(" {}", right(n, num_w[i])), styles[i]));
        }
        Line::from(spans)
    };
    let mut out = vec![line("", heads.map(str::to_string), theme.dim).style(theme.dim)];
    for s in &d.seats[..shown] {
        out.push(line(
            &s.name,
            vals(&s.figures).map(|v| v.to_string()),
            Style::new(),
        ));
    }
    if more > 0 {
        let text = cat.f("dash.more", &[("n", more.to_string())]);
        out.push(Line::styled(fit_with(&text, width, "…"), theme.dim));
    }
    out.push(line(
        cat.t("dash.company"),
        vals(&d.company).map(|v| v.to_string()),
        theme.accent,
    ));
    lines(f, out, inner);
}

/// The seats as a grouped bar chart: a group of three bars (filled,
/// reserved, free, each labelled) per department, its name and approved
/// headcount on the group's first row, a blank row between groups when
/// there is room.
fn seat_groups(
    f: &mut Frame,
    cat: &Catalog,
    theme: &Theme,
    d: &Dashboard,
    inner: Rect,
    name_w: usize,
    appr_w: usize,
) {
    let n = d.seats.len();
    let gap = usize::from(4 * n < usize::from(inner.height));
    let chart_h = (3 * n + gap * (n - 1)) as u16;
    let head = format!(
        "{} {}",
        pad("", name_w),
        right(cat.t("col.approved"), appr_w)
    );
    lines(f, vec![Line::styled(head, theme.dim)], row(inner, 0));
    let body = Rect::new(inner.x, inner.y + 1, inner.width, chart_h);
    let mut names = Vec::new();
    for (i, s) in d.seats.iter().enumerate() {
        if i > 0 {
            names.extend(std::iter::repeat_n(Line::default(), 2 + gap));
        }
        names.push(Line::from(format!(
            "{} {}",
            pad(&s.name, name_w),
            right(&s.figures.approved.to_string(), appr_w)
        )));
    }
    lines(f, names, body);
    let kinds = [
        ("col.filled", theme.accent),
        ("col.reserved", theme.key),
        ("col.free", theme.ok),
    ];
    let mut chart = BarChart::default()
        .direction(Direction::Horizontal)
        .bar_width(1)
        .bar_gap(0)
        .group_gap(gap as u16)
        .value_style(Style::new().add_modifier(Modifier::REVERSED));
    for s in &d.seats {
        let g = &s.figures;
        let values = [i64::from(g.filled), i64::from(g.reserved), g.free];
        let bars: Vec<Bar> = kinds
            .iter()
            .zip(values)
            .map(|((key, style), v)| {
                bar(
                    Some(cat.t(key).to_string()),
                    v.max(0) as u64,
                    v.to_string(),
                    *style,
                )
            })
            .collect();
        chart = chart.data(BarGroup::default().bars(&bars));
    }
    let x = (name_w + appr_w + 2) as u16;
    f.render_widget(
        chart,
        Rect::new(inner.x + x, body.y, inner.width.saturating_sub(x), chart_h),
    );
    let c = &d.company;
    let total = format!(
        "{} {} {} {} {} {} {} {}",
        pad(cat.t("dash.company"), name_w),
        right(&c.approved.to_string(), appr_w),
        cat.t("col.filled"),
        c.filled,
        cat.t("col.reserved"),
        c.reserved,
        cat.t("col.free"),
        c.free
    );
    lines(
        f,
        vec![Line::styled(total, theme.accent)],
        row(inner, inner.height - 1),
    );
}
