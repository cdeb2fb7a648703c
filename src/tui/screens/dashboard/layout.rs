//! Where the figures go: three bands of boxes — the seats beside the
//! requisitions and the funnel on top (they take what height is left), the
//! sign-off times, hires and what ends soon in the middle, separations,
//! training and the cycle at the bottom. The same grid at every size; each
//! figure decides inside its box whether a chart fits (`figures`). The
//! arrows move to the box that lies that way (`neighbour`).

use super::Figure;
use ratatui::layout::{Constraint, Layout, Rect};

/// Rows of the middle and bottom bands: small enough that the top band
/// keeps seven inner rows at 80×24, larger when there is room.
fn bands(height: u16) -> (u16, u16) {
    if height >= 32 { (8, 7) } else { (6, 5) }
}

/// Each figure's box in `area`, in reading order.
pub fn boxes(area: Rect) -> Vec<(Figure, Rect)> {
    let (middle, bottom) = bands(area.height);
    let [top, mid, low] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(middle),
        Constraint::Length(bottom),
    ])
    .areas(area);
    // The seats need a name column beside their numbers: half the width.
    let [seats, reqs, funnel] = Layout::horizontal([
        Constraint::Fill(2),
        Constraint::Fill(1),
        Constraint::Fill(1),
    ])
    .areas(top);
    let thirds = |r: Rect| -> [Rect; 3] { Layout::horizontal([Constraint::Fill(1); 3]).areas(r) };
    let [signoff, hires, ends] = thirds(mid);
    let [seps, training, cycle] = thirds(low);
    vec![
        (Figure::Seats, seats),
        (Figure::Reqs, reqs),
        (Figure::Funnel, funnel),
        (Figure::Signoff, signoff),
        (Figure::Hires, hires),
        (Figure::Ends, ends),
        (Figure::Separations, seps),
        (Figure::Training, training),
        (Figure::Cycle, cycle),
    ]
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Left,
    Right,
    Up,
    Down,
}

/// The figure whose box lies `dir` of `from`'s: the nearest that way, then
/// the one most in line. Left and right go on to the previous or next
/// figure in reading order at the end of a band, so → alone visits every
/// figure; up and down stop at the edge. Before the first drawing (no
/// boxes), every direction follows reading order.
pub fn neighbour(boxes: &[(Figure, Rect)], from: Figure, dir: Dir) -> Figure {
    let i = from.index();
    let last = Figure::ALL.len() - 1;
    let in_order = match dir {
        Dir::Left | Dir::Up => Figure::ALL[i.saturating_sub(1)],
        Dir::Right | Dir::Down => Figure::ALL[(i + 1).min(last)],
    };
    let Some((_, r)) = boxes.iter().find(|(f, _)| *f == from) else {
        return in_order;
    };
    // Centres in half cells, so odd sizes compare fairly.
    let cx = |b: &Rect| i32::from(b.x) * 2 + i32::from(b.width);
    let cy = |b: &Rect| i32::from(b.y) * 2 + i32::from(b.height);
    let found = boxes
        .iter()
        .filter(|(f, _)| *f != from)
        .filter_map(|(f, b)| {
            let (gap, off) = match dir {
                Dir::Left if b.right() <= r.left() => (r.left() - b.right(), cy(b) - cy(r)),
                Dir::Right if b.left() >= r.right() => (b.left() - r.right(), cy(b) - cy(r)),
                Dir::Up if b.bottom() <= r.top() => (r.top() - b.bottom(), cx(b) - cx(r)),
                Dir::Down if b.top() >= r.bottom() => (b.top() - r.bottom(), cx(b) - cx(r)),
                _ => return None,
            };
            // Beside the box (overlapping it across the move) comes first.
            let beside = match dir {
                Dir::Left | Dir::Right => b.bottom() > r.top() && b.top() < r.bottom(),
                Dir::Up | Dir::Down => b.right() > r.left() && b.left() < r.right(),
            };
            Some(((!beside, gap, off.abs(), f.index()), *f))
        })
        .min_by_key(|(key, _)| *key)
        .map(|(_, f)| f);
    match (found, dir) {
        (Some(f), _) => f,
        (None, Dir::Left | Dir::Right) => in_order,
        (None, Dir::Up | Dir::Down) => from,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(w: u16, h: u16) -> Vec<(Figure, Rect)> {
        boxes(Rect::new(0, 2, w, h))
    }

    #[test]
    fn the_boxes_tile_the_area_at_80x24_and_120x40() {
        for (w, h) in [(80, 20), (120, 36)] {
            let b = at(w, h);
            let cells: u32 = b.iter().map(|(_, r)| r.area()).sum();
            assert_eq!(cells, u32::from(w) * u32::from(h));
            // The top band keeps room for a header, five departments and the total.
            assert!(b[0].1.height >= 9, "{b:?}");
        }
    }

    #[test]
    fn the_arrows_move_to_the_box_that_lies_that_way() {
        let b = at(80, 20);
        use Figure::*;
        assert_eq!(neighbour(&b, Seats, Dir::Right), Reqs);
        assert_eq!(neighbour(&b, Seats, Dir::Down), Signoff);
        assert_eq!(neighbour(&b, Funnel, Dir::Down), Ends);
        assert_eq!(neighbour(&b, Hires, Dir::Up), Reqs);
        assert_eq!(neighbour(&b, Training, Dir::Up), Hires);
        assert_eq!(neighbour(&b, Cycle, Dir::Down), Cycle);
        assert_eq!(neighbour(&b, Seats, Dir::Up), Seats);
        // At a band's end, → goes on to the next band, ← back.
        assert_eq!(neighbour(&b, Funnel, Dir::Right), Signoff);
        assert_eq!(neighbour(&b, Signoff, Dir::Left), Funnel);
        assert_eq!(neighbour(&b, Cycle, Dir::Right), Cycle);
        assert_eq!(neighbour(&[], Seats, Dir::Down), Reqs);
    }
}
