//! Force-directed layout: ForceAtlas2 (Jacomy et al., PLoS ONE 2014) with Barnes–Hut repulsion,
//! seeded and computed in a fixed order, so the same graph always gets the same picture.
//!
//! Written here rather than taken from a crate: `forceatlas2` is AGPL, and the MIT crates
//! (`fdg-sim`, `force_graph`) compare every pair of nodes on each step (quadratic: minutes for
//! 5,000 nodes) and draw their start positions from an unseeded global generator.

use rayon::prelude::*;

/// Settings of [`force_atlas2`]: Gephi's defaults with strong gravity, and a fixed seed.
#[derive(Debug, Clone)]
pub struct Options {
    /// Simulation steps.
    pub iterations: usize,
    /// Repulsion strength (`kr`); larger spreads the graph out.
    pub scaling: f64,
    /// Pull towards the centre (`kg`), which keeps components and isolated nodes near.
    pub gravity: f64,
    /// Gravity grows with the distance from the centre (Gephi's "strong gravity"), so that small
    /// components and lone nodes stay close instead of drifting to the edges of the picture.
    pub strong_gravity: bool,
    /// Barnes–Hut accuracy: a cell this many times smaller than its distance counts as one body.
    pub theta: f64,
    /// Seed of the start positions.
    pub seed: u64,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            iterations: 400,
            scaling: 2.0,
            gravity: 0.5,
            strong_gravity: true,
            theta: 1.2,
            seed: 0x6b67_7261_7068,
        }
    }
}

/// Positions for `n` nodes joined by undirected, weighted `edges` (index pairs; parallel edges
/// and self-loops are allowed). Coordinates are unbounded: see [`fit`] to put them on a canvas.
///
/// ```
/// use kgraph::report::layout::{force_atlas2, Options};
/// let p = force_atlas2(3, &[(0, 1, 1.0), (1, 2, 1.0)], &Options::default());
/// assert_eq!(p.len(), 3);
/// assert!(p.iter().all(|q| q[0].is_finite() && q[1].is_finite()));
/// ```
pub fn force_atlas2(n: usize, edges: &[(usize, usize, f64)], o: &Options) -> Vec<[f64; 2]> {
    let mut mass = vec![1.0f64; n];
    for &(u, v, _) in edges {
        if u != v {
            mass[u] += 1.0;
            mass[v] += 1.0;
        }
    }
    // start on a seeded jitter of a square wide enough that the repulsion is not explosive
    let mut rng = XorShift(o.seed | 1);
    let side = 10.0 * (n as f64).sqrt().max(1.0);
    let mut pos: Vec<[f64; 2]> = (0..n)
        .map(|_| [(rng.unit() - 0.5) * side, (rng.unit() - 0.5) * side])
        .collect();
    let mut old = vec![[0.0f64; 2]; n];
    let (mut speed, mut efficiency) = (1.0f64, 1.0f64);
    for _ in 0..o.iterations {
        let force = forces(edges, &pos, &mass, o);
        // adaptive speed: fast while nodes move steadily, slow while they oscillate
        let (mut swinging, mut traction) = (0.0, 0.0);
        for i in 0..n {
            let (f, g) = (force[i], old[i]);
            swinging += mass[i] * (f[0] - g[0]).hypot(f[1] - g[1]);
            traction += 0.5 * mass[i] * (f[0] + g[0]).hypot(f[1] + g[1]);
        }
        let estimated = 0.05 * (n as f64).sqrt();
        let mut jitter = estimated
            .sqrt()
            .max(10.0f64.min(estimated * traction / (n as f64 * n as f64)));
        if traction > 0.0 && swinging / traction > 2.0 {
            if efficiency > 0.05 {
                efficiency *= 0.5;
            }
            jitter = jitter.max(1.0);
        }
        let target = if swinging > 0.0 {
            jitter * efficiency * traction / swinging
        } else {
            speed
        };
        if swinging > jitter * traction {
            if efficiency > 0.05 {
                efficiency *= 0.7;
            }
        } else if speed < 1000.0 {
            efficiency *= 1.3;
        }
        speed += (target - speed).min(0.5 * speed);
        for i in 0..n {
            let (f, g) = (force[i], old[i]);
            let swing = mass[i] * (f[0] - g[0]).hypot(f[1] - g[1]);
            let factor = speed / (1.0 + (speed * swing).sqrt());
            if factor.is_finite() {
                pos[i][0] += f[0] * factor;
                pos[i][1] += f[1] * factor;
            }
        }
        old = force;
    }
    pos
}

/// The force on every node: repulsion (Barnes–Hut), gravity towards the centre, and attraction
/// along the edges.
fn forces(edges: &[(usize, usize, f64)], pos: &[[f64; 2]], mass: &[f64], o: &Options) -> Vec<[f64; 2]> {
    let n = pos.len();
    let tree = QuadTree::build(pos, mass);
    let mut force: Vec<[f64; 2]> = (0..n)
        .into_par_iter()
        .map(|i| {
            let [mut fx, mut fy] = tree.repulsion(i, pos, mass, o.scaling, o.theta);
            let [x, y] = pos[i];
            let d = if o.strong_gravity {
                1.0
            } else {
                (x * x + y * y).sqrt()
            };
            if d > 0.0 {
                let g = o.gravity * mass[i] / d;
                fx -= x * g;
                fy -= y * g;
            }
            [fx, fy]
        })
        .collect();
    for &(u, v, w) in edges {
        if u == v {
            continue;
        }
        let dx = pos[u][0] - pos[v][0];
        let dy = pos[u][1] - pos[v][1];
        force[u][0] -= dx * w;
        force[u][1] -= dy * w;
        force[v][0] += dx * w;
        force[v][1] += dy * w;
    }
    force
}

/// Scales and centres `pos` (keeping its aspect ratio) so that every circle of radius
/// `radius[i]` lies inside `width × height` with `margin` to spare on each side.
pub fn fit(pos: &[[f64; 2]], radius: &[f64], width: f64, height: f64, margin: f64) -> Vec<[f64; 2]> {
    let (cx, cy) = (width / 2.0, height / 2.0);
    let finite = |p: &[f64; 2]| p[0].is_finite() && p[1].is_finite();
    let [x0, y0, x1, y1] = bounds(pos.iter().filter(|p| finite(p)));
    let rmax = radius.iter().copied().fold(0.0, f64::max);
    let room_x = (width - 2.0 * (margin + rmax)).max(0.0);
    let room_y = (height - 2.0 * (margin + rmax)).max(0.0);
    let span = (x1 - x0).max(y1 - y0);
    let scale = if span > 0.0 {
        (room_x / (x1 - x0).max(f64::MIN_POSITIVE)).min(room_y / (y1 - y0).max(f64::MIN_POSITIVE))
    } else {
        0.0
    };
    let (mx, my) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
    pos.iter()
        .map(|p| {
            if finite(p) && scale.is_finite() {
                [cx + (p[0] - mx) * scale, cy + (p[1] - my) * scale]
            } else {
                [cx, cy]
            }
        })
        .collect()
}

/// The bounding box `[x0, y0, x1, y1]` of points (inverted, MAX..MIN, when there are none).
fn bounds<'a>(points: impl Iterator<Item = &'a [f64; 2]>) -> [f64; 4] {
    points.fold([f64::MAX, f64::MAX, f64::MIN, f64::MIN], |b, p| {
        [b[0].min(p[0]), b[1].min(p[1]), b[2].max(p[0]), b[3].max(p[1])]
    })
}

/// A xorshift64 generator: tiny, seeded, the same numbers on every platform.
struct XorShift(u64);

impl XorShift {
    fn unit(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// A Barnes–Hut quadtree: each cell knows its total mass and centre of mass.
struct QuadTree {
    cells: Vec<Cell>,
}

struct Cell {
    /// Centre of mass and total mass of the bodies inside.
    x: f64,
    y: f64,
    mass: f64,
    /// Side of the square the cell covers.
    size: f64,
    /// Index of the first child; children are stored as four consecutive cells. 0 = a leaf.
    children: usize,
    /// The body of a leaf holding exactly one (usize::MAX otherwise).
    body: usize,
}

/// Below this size a cell is not split further (coincident bodies share a leaf).
const MAX_DEPTH: usize = 40;

impl QuadTree {
    fn build(pos: &[[f64; 2]], mass: &[f64]) -> QuadTree {
        let [x0, y0, x1, y1] = bounds(pos.iter());
        let size = (x1 - x0).max(y1 - y0).max(1e-9);
        let mut t = QuadTree {
            cells: Vec::with_capacity(pos.len() * 2 + 1),
        };
        t.cells.push(Cell {
            x: 0.0,
            y: 0.0,
            mass: 0.0,
            size,
            children: 0,
            body: usize::MAX,
        });
        let mut ids: Vec<usize> = (0..pos.len()).collect();
        t.fill(0, &mut ids, x0, y0, size, 0, pos, mass);
        t
    }

    /// Fills cell `c` (covering the square at `x0, y0` of side `size`) with the bodies `ids`.
    #[allow(clippy::too_many_arguments)]
    fn fill(
        &mut self,
        c: usize,
        ids: &mut [usize],
        x0: f64,
        y0: f64,
        size: f64,
        depth: usize,
        pos: &[[f64; 2]],
        mass: &[f64],
    ) {
        let (mut m, mut sx, mut sy) = (0.0, 0.0, 0.0);
        for &i in ids.iter() {
            m += mass[i];
            sx += pos[i][0] * mass[i];
            sy += pos[i][1] * mass[i];
        }
        let cell = &mut self.cells[c];
        cell.mass = m;
        if m > 0.0 {
            cell.x = sx / m;
            cell.y = sy / m;
        }
        if ids.len() == 1 {
            cell.body = ids[0];
            return;
        }
        if ids.is_empty() || depth >= MAX_DEPTH {
            return;
        }
        let half = size / 2.0;
        let (mx, my) = (x0 + half, y0 + half);
        // partition into the quadrants (x < mx, y < my), (x ≥ mx, y < my), (x < mx, y ≥ my), (x ≥ mx, y ≥ my)
        let quadrant = |i: &usize| usize::from(pos[*i][0] >= mx) + 2 * usize::from(pos[*i][1] >= my);
        ids.sort_by_key(quadrant);
        let first = self.cells.len();
        self.cells[c].children = first;
        for _ in 0..4 {
            self.cells.push(Cell {
                x: 0.0,
                y: 0.0,
                mass: 0.0,
                size: half,
                children: 0,
                body: usize::MAX,
            });
        }
        let mut start = 0;
        for q in 0..4 {
            let end = start + ids[start..].iter().take_while(|i| quadrant(i) == q).count();
            let (qx, qy) = (x0 + half * (q % 2) as f64, y0 + half * (q / 2) as f64);
            self.fill(
                first + q,
                &mut ids[start..end],
                qx,
                qy,
                half,
                depth + 1,
                pos,
                mass,
            );
            start = end;
        }
    }

    /// ForceAtlas2's repulsion on body `i`: `kr · m_i · m_j / d`, away from each other body.
    fn repulsion(&self, i: usize, pos: &[[f64; 2]], mass: &[f64], kr: f64, theta: f64) -> [f64; 2] {
        let [x, y] = pos[i];
        let (mut fx, mut fy) = (0.0, 0.0);
        let mut stack = vec![0usize];
        while let Some(c) = stack.pop() {
            let cell = &self.cells[c];
            if cell.mass == 0.0 || cell.body == i {
                continue;
            }
            let (dx, dy) = (x - cell.x, y - cell.y);
            let d2 = dx * dx + dy * dy;
            if cell.children == 0 || cell.size * cell.size < theta * theta * d2 {
                if d2 > 0.0 {
                    let f = kr * mass[i] * cell.mass / d2;
                    fx += dx * f;
                    fy += dy * f;
                }
            } else {
                stack.extend(cell.children..cell.children + 4);
            }
        }
        [fx, fy]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Graph = (usize, Vec<(usize, usize, f64)>);

    /// A ring of `k` nodes with a chord, plus isolated nodes: the shapes the seeds have.
    fn sample(k: usize, isolated: usize) -> Graph {
        let mut e: Vec<(usize, usize, f64)> = (0..k).map(|i| (i, (i + 1) % k, 1.0)).collect();
        e.push((0, k / 2, 3.0));
        e.push((1, 1, 1.0)); // a self-loop is ignored
        (k + isolated, e)
    }

    #[test]
    fn the_same_graph_gets_the_same_positions() {
        let (n, e) = sample(30, 5);
        let a = force_atlas2(n, &e, &Options::default());
        let b = force_atlas2(n, &e, &Options::default());
        assert_eq!(a, b);
        let c = force_atlas2(
            n,
            &e,
            &Options {
                seed: 7,
                ..Options::default()
            },
        );
        assert_ne!(a, c, "the seed decides the start");
    }

    #[test]
    fn positions_are_finite_and_spread_out() {
        let cases: [Graph; 5] = [
            (0, vec![]),
            (1, vec![]),
            (2, vec![(0, 1, 1.0)]),
            (3, vec![(0, 1, 1.0), (0, 1, 5.0)]),
            sample(200, 20),
        ];
        for (n, e) in cases {
            let p = force_atlas2(n, &e, &Options::default());
            assert_eq!(p.len(), n);
            assert!(p.iter().flatten().all(|v| v.is_finite()), "n={n}: {p:?}");
            for i in 0..n {
                for j in i + 1..n {
                    let d = (p[i][0] - p[j][0]).hypot(p[i][1] - p[j][1]);
                    assert!(d > 1e-3, "n={n}: nodes {i} and {j} coincide");
                }
            }
        }
    }

    #[test]
    fn neighbours_end_closer_than_strangers() {
        // two cliques joined by one edge: the mean distance inside a clique is the smaller
        let mut e = vec![];
        for a in 0..10 {
            for b in a + 1..10 {
                e.push((a, b, 1.0));
                e.push((a + 10, b + 10, 1.0));
            }
        }
        e.push((0, 10, 1.0));
        let p = force_atlas2(20, &e, &Options::default());
        let d = |i: usize, j: usize| (p[i][0] - p[j][0]).hypot(p[i][1] - p[j][1]);
        let (mut inside, mut across) = (0.0, 0.0);
        for a in 1..10 {
            for b in a + 1..10 {
                inside += d(a, b) + d(a + 10, b + 10);
            }
            for b in 11..20 {
                across += d(a, b);
            }
        }
        assert!(inside / 72.0 < across / 81.0 / 2.0, "{inside} {across}");
    }

    #[test]
    fn fitted_circles_stay_inside_the_canvas() {
        let (n, e) = sample(100, 10);
        let p = force_atlas2(n, &e, &Options::default());
        let r: Vec<f64> = (0..n).map(|i| 3.0 + (i % 7) as f64).collect();
        let cases = [
            (p.clone(), 1000.0, 700.0),
            (p, 300.0, 900.0),
            (vec![[5.0, 5.0]; 3], 100.0, 100.0),
            (vec![[f64::NAN, 1.0], [0.0, 0.0], [2.0, 0.0]], 100.0, 50.0),
        ];
        for (pos, w, h) in cases {
            let r = &r[..pos.len()];
            let q = fit(&pos, r, w, h, 10.0);
            for (i, [x, y]) in q.iter().enumerate() {
                assert!(x.is_finite() && y.is_finite());
                assert!(
                    *x - r[i] >= 10.0 - 1e-9 && *x + r[i] <= w - 10.0 + 1e-9,
                    "x={x} in {w}"
                );
                assert!(
                    *y - r[i] >= 10.0 - 1e-9 && *y + r[i] <= h - 10.0 + 1e-9,
                    "y={y} in {h}"
                );
            }
        }
    }

    #[test]
    fn barnes_hut_agrees_with_the_exact_sum() {
        let mut rng = XorShift(3);
        let pos: Vec<[f64; 2]> = (0..300)
            .map(|_| [rng.unit() * 100.0, rng.unit() * 100.0])
            .collect();
        let mass: Vec<f64> = (0..300).map(|i| 1.0 + (i % 5) as f64).collect();
        let t = QuadTree::build(&pos, &mass);
        for i in [0, 17, 299] {
            let exact = t.repulsion(i, &pos, &mass, 1.0, 0.0);
            let approx = t.repulsion(i, &pos, &mass, 1.0, 0.5);
            let err = (exact[0] - approx[0]).hypot(exact[1] - approx[1]);
            assert!(
                err <= 0.05 * exact[0].hypot(exact[1]),
                "{i}: {exact:?} {approx:?}"
            );
        }
    }
}
