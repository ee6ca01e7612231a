//! Label placement: the biggest nodes first, each label beside its node where it covers no
//! other label and no other node, so labels never pile up; the rest show on hover.

/// Where a label's text starts and how it is anchored (`start`: text runs right of `x`).
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub node: usize,
    pub x: f64,
    pub y: f64,
    pub anchor: &'static str,
}

/// An estimate of the width of `text` at `font` px in a sans-serif face.
pub fn text_width(text: &str, font: f64) -> f64 {
    text.chars().count() as f64 * font * 0.58
}

/// Places labels for up to `max` nodes, trying them in `order` (most important first). `pos`
/// and `radius` are the drawn circles; labels stay inside `width × height`.
pub fn place(
    order: &[usize],
    text: &[&str],
    pos: &[[f64; 2]],
    radius: &[f64],
    font: f64,
    (width, height): (f64, f64),
    max: usize,
) -> Vec<Label> {
    let grid = Grid::new(pos, radius, width, height);
    let mut taken: Vec<[f64; 4]> = Vec::new();
    let mut out = Vec::new();
    for &i in order {
        if out.len() >= max {
            break;
        }
        let w = text_width(text[i], font);
        let [x, y] = pos[i];
        let r = radius[i];
        let gap = 2.0;
        // right, left, above, below: (text x, anchor, box); the baseline sits 0.85 font below the box top
        let candidates = [
            (x + r + gap, "start", [x + r + gap, y - font / 2.0, w, font]),
            (x - r - gap, "end", [x - r - gap - w, y - font / 2.0, w, font]),
            (x, "middle", [x - w / 2.0, y - r - gap - font, w, font]),
            (x, "middle", [x - w / 2.0, y + r + gap, w, font]),
        ];
        for (tx, anchor, b) in candidates {
            let inside = b[0] >= 0.0 && b[1] >= 0.0 && b[0] + b[2] <= width && b[1] + b[3] <= height;
            if inside && !taken.iter().any(|t| overlaps(t, &b)) && !grid.hits(&b, i) {
                taken.push(b);
                out.push(Label {
                    node: i,
                    x: tx,
                    y: b[1] + 0.85 * font,
                    anchor,
                });
                break;
            }
        }
    }
    out
}

fn overlaps(a: &[f64; 4], b: &[f64; 4]) -> bool {
    a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3]
}

/// The circles bucketed by a uniform grid, to find those under a label quickly.
struct Grid<'a> {
    cell: f64,
    cols: usize,
    rows: usize,
    buckets: Vec<Vec<usize>>,
    pos: &'a [[f64; 2]],
    radius: &'a [f64],
}

impl<'a> Grid<'a> {
    fn new(pos: &'a [[f64; 2]], radius: &'a [f64], width: f64, height: f64) -> Grid<'a> {
        let cell = 40.0;
        let cols = (width / cell).ceil().max(1.0) as usize;
        let rows = (height / cell).ceil().max(1.0) as usize;
        let mut g = Grid {
            cell,
            cols,
            rows,
            buckets: vec![Vec::new(); cols * rows],
            pos,
            radius,
        };
        for i in 0..pos.len() {
            let [x, y] = pos[i];
            let r = radius[i];
            for (c, rr) in g.span(x - r, y - r, 2.0 * r, 2.0 * r) {
                g.buckets[rr * cols + c].push(i);
            }
        }
        g
    }

    /// The grid cells a box covers, clamped to the canvas.
    fn span(&self, x: f64, y: f64, w: f64, h: f64) -> Vec<(usize, usize)> {
        let clamp = |v: f64, n: usize| (v / self.cell).floor().clamp(0.0, (n - 1) as f64) as usize;
        let (c0, c1) = (clamp(x, self.cols), clamp(x + w, self.cols));
        let (r0, r1) = (clamp(y, self.rows), clamp(y + h, self.rows));
        (r0..=r1).flat_map(|r| (c0..=c1).map(move |c| (c, r))).collect()
    }

    /// Whether the box covers any circle but `own`'s.
    fn hits(&self, b: &[f64; 4], own: usize) -> bool {
        self.span(b[0], b[1], b[2], b[3]).into_iter().any(|(c, r)| {
            self.buckets[r * self.cols + c].iter().any(|&j| {
                if j == own {
                    return false;
                }
                let [x, y] = self.pos[j];
                let nx = x.clamp(b[0], b[0] + b[2]);
                let ny = y.clamp(b[1], b[1] + b[3]);
                (x - nx).hypot(y - ny) < self.radius[j]
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_never_overlap_each_other_or_other_nodes() {
        // a dense grid of nodes: many labels must give way
        let mut pos = vec![];
        for i in 0..20 {
            for j in 0..20 {
                pos.push([20.0 + i as f64 * 23.0, 20.0 + j as f64 * 17.0]);
            }
        }
        let radius = vec![4.0; pos.len()];
        let names: Vec<String> = (0..pos.len()).map(|i| format!("Entity {i}")).collect();
        let text: Vec<&str> = names.iter().map(String::as_str).collect();
        let order: Vec<usize> = (0..pos.len()).collect();
        let labels = place(&order, &text, &pos, &radius, 11.0, (500.0, 400.0), 1000);
        assert!(!labels.is_empty() && labels.len() < pos.len());
        let boxes: Vec<[f64; 4]> = labels
            .iter()
            .map(|l| {
                let w = text_width(text[l.node], 11.0);
                let x = match l.anchor {
                    "start" => l.x,
                    "end" => l.x - w,
                    _ => l.x - w / 2.0,
                };
                [x, l.y - 11.0 * 0.85, w, 11.0]
            })
            .collect();
        for a in 0..boxes.len() {
            for b in a + 1..boxes.len() {
                assert!(!overlaps(&boxes[a], &boxes[b]), "{:?} {:?}", labels[a], labels[b]);
            }
        }
    }

    #[test]
    fn a_lone_node_is_labelled_and_the_limit_holds() {
        let pos = [[50.0, 50.0], [400.0, 300.0], [200.0, 200.0]];
        let radius = [5.0, 5.0, 5.0];
        let text = ["Kerry", "Lavrov", "Putin"];
        let all = place(&[2, 0, 1], &text, &pos, &radius, 11.0, (500.0, 400.0), 10);
        assert_eq!(all.iter().map(|l| l.node).collect::<Vec<_>>(), [2, 0, 1]);
        assert_eq!(all[0].anchor, "start");
        let one = place(&[2, 0, 1], &text, &pos, &radius, 11.0, (500.0, 400.0), 1);
        assert_eq!(one.len(), 1);
        // near the right edge the label goes to the left
        let edge = place(
            &[0],
            &["Sergei Lavrov"],
            &[[495.0, 50.0]],
            &[3.0],
            11.0,
            (500.0, 400.0),
            1,
        );
        assert_eq!(edge[0].anchor, "end");
    }
}
