//! Centrality measures for `query top`. PageRank and betweenness are written here because
//! petgraph's `page_rank` compares every pair of nodes in every iteration (O(V²) per step: hours
//! on 100,000 nodes) and petgraph has no betweenness; both follow networkx's definitions and are
//! tested against networkx's figures on the same small graphs.

use crate::graph::KnowledgeGraph;
use petgraph::visit::EdgeRef;
use std::collections::VecDeque;

/// Directed edge list (u, v) over node indexes of the relations read in text (gazetteer
/// affiliations left out); symmetric relations count in both directions.
pub fn directed_edges(kg: &KnowledgeGraph) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(kg.graph().edge_count());
    for e in kg
        .graph()
        .edge_references()
        .filter(|e| e.weight().origin == crate::graph::EdgeOrigin::Text)
    {
        let (u, v) = (e.source().index(), e.target().index());
        out.push((u, v));
        if e.weight().symmetric {
            out.push((v, u));
        }
    }
    out
}

/// Undirected simple adjacency lists (no self-loops, no repeats), sorted.
pub fn undirected_adjacency(n: usize, edges: &[(usize, usize)]) -> Vec<Vec<usize>> {
    let mut adj = vec![Vec::new(); n];
    for &(u, v) in edges {
        if u != v {
            adj[u].push(v);
            adj[v].push(u);
        }
    }
    for a in &mut adj {
        a.sort_unstable();
        a.dedup();
    }
    adj
}

/// PageRank as networkx computes it (`nx.pagerank(G, alpha, weight=None)` on a multigraph):
/// parallel edges add up, dangling nodes spread their rank evenly, and iteration stops when
/// the L1 change is below `n * tol`.
pub fn pagerank(n: usize, edges: &[(usize, usize)], alpha: f64, max_iter: usize, tol: f64) -> Vec<f64> {
    if n == 0 {
        return Vec::new();
    }
    let mut outdeg = vec![0u32; n];
    for &(u, _) in edges {
        outdeg[u] += 1;
    }
    let dangling: Vec<usize> = (0..n).filter(|&i| outdeg[i] == 0).collect();
    let nf = n as f64;
    let mut x = vec![1.0 / nf; n];
    let mut next = vec![0.0; n];
    for _ in 0..max_iter {
        let dangle_sum: f64 = alpha * dangling.iter().map(|&i| x[i]).sum::<f64>();
        let base = dangle_sum / nf + (1.0 - alpha) / nf;
        next.iter_mut().for_each(|v| *v = base);
        for &(u, v) in edges {
            next[v] += alpha * x[u] / f64::from(outdeg[u]);
        }
        let err: f64 = next.iter().zip(&x).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut x, &mut next);
        if err < nf * tol {
            break;
        }
    }
    x
}

/// Betweenness centrality of an undirected graph (Brandes), normalised as networkx does.
/// `sources` limits the computation to some source nodes (an estimate, rescaled by n/k).
/// Sources are processed in parallel; the sum is taken in source order, so results do not
/// depend on the thread count.
pub fn betweenness(adj: &[Vec<usize>], sources: Option<&[usize]>) -> Vec<f64> {
    use rayon::prelude::*;
    let n = adj.len();
    let all: Vec<usize> = (0..n).collect();
    let srcs = sources.unwrap_or(&all);
    let chunk = srcs
        .len()
        .div_ceil(rayon::current_num_threads().max(1) * 4)
        .max(1);
    let partial: Vec<Vec<f64>> = srcs.par_chunks(chunk).map(|c| brandes(adj, c)).collect();
    let mut bc = vec![0.0; n];
    for p in partial {
        for (b, x) in bc.iter_mut().zip(p) {
            *b += x;
        }
    }
    if n > 2 {
        let mut scale = 1.0 / ((n - 1) as f64 * (n - 2) as f64);
        if sources.is_some() {
            scale *= n as f64 / srcs.len() as f64;
        }
        bc.iter_mut().for_each(|b| *b *= scale);
    }
    bc
}

/// Unnormalised dependency sums from the given sources.
fn brandes(adj: &[Vec<usize>], srcs: &[usize]) -> Vec<f64> {
    let n = adj.len();
    let mut bc = vec![0.0; n];
    let mut stack: Vec<usize> = Vec::with_capacity(n);
    let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut sigma = vec![0.0f64; n];
    let mut dist = vec![-1i64; n];
    let mut delta = vec![0.0f64; n];
    let mut queue = VecDeque::new();
    for &s in srcs {
        for &v in &stack {
            preds[v].clear();
            sigma[v] = 0.0;
            dist[v] = -1;
            delta[v] = 0.0;
        }
        stack.clear();
        sigma[s] = 1.0;
        dist[s] = 0;
        queue.push_back(s);
        while let Some(v) = queue.pop_front() {
            stack.push(v);
            for &w in &adj[v] {
                if dist[w] < 0 {
                    dist[w] = dist[v] + 1;
                    queue.push_back(w);
                }
                if dist[w] == dist[v] + 1 {
                    sigma[w] += sigma[v];
                    preds[w].push(v);
                }
            }
        }
        for &w in stack.iter().rev() {
            for &v in &preds[w] {
                delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
            }
            if w != s {
                bc[w] += delta[w];
            }
        }
    }
    bc
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small directed graph with a dangling node (5), a cycle and a pendant chain; the
    /// expected figures were computed once with networkx 3.6.1:
    /// `nx.pagerank(nx.MultiDiGraph(E), alpha=0.85, weight=None)` and
    /// `nx.betweenness_centrality(nx.Graph(E))`.
    const EDGES: [(usize, usize); 8] = [(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 5), (0, 1), (1, 3)];

    #[test]
    fn pagerank_matches_networkx() {
        let got = pagerank(6, &EDGES, 0.85, 100, 1e-6);
        let want = PAGERANK_NX;
        for (g, w) in got.iter().zip(want) {
            assert!((g - w).abs() < 1e-4, "pagerank {got:?} vs networkx {want:?}");
        }
        assert!((got.iter().sum::<f64>() - 1.0).abs() < 1e-6);
    }

    #[test]
    fn betweenness_matches_networkx() {
        let adj = undirected_adjacency(6, &EDGES);
        let got = betweenness(&adj, None);
        for (g, w) in got.iter().zip(BETWEENNESS_NX) {
            assert!(
                (g - w).abs() < 1e-9,
                "betweenness {got:?} vs networkx {BETWEENNESS_NX:?}"
            );
        }
    }

    #[test]
    fn a_path_graph_has_known_betweenness() {
        // 0-1-2: the middle node lies on the one shortest path between the ends.
        let adj = undirected_adjacency(3, &[(0, 1), (1, 2)]);
        assert_eq!(betweenness(&adj, None), vec![0.0, 1.0, 0.0]);
    }

    const PAGERANK_NX: [f64; 6] = [
        0.11024880330444276,
        0.15183433188471884,
        0.12265115181942851,
        0.17477799451338044,
        0.20668401664062386,
        0.2338037018374053,
    ];
    const BETWEENNESS_NX: [f64; 6] = [0.0, 0.15, 0.15, 0.6, 0.4, 0.0];
}
