//! "Did you mean …?": the known names closest to a misspelt one, by edit distance.

/// Levenshtein distance over characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// How many edits a known name may be from a typed one to be offered: a third of its length,
/// at least 2.
pub fn reach(name: &str) -> usize {
    (name.chars().count() / 3).max(2)
}

/// The candidates within [`reach`] of `name`, closest first (ties in the candidates' order),
/// at most 3; case is ignored.
pub fn closest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let key = name.to_lowercase();
    let limit = reach(&key);
    let mut scored: Vec<(usize, usize, &str)> = candidates
        .into_iter()
        .enumerate()
        .map(|(k, c)| (edit_distance(&key, &c.to_lowercase()), k, c))
        .filter(|(d, _, _)| *d <= limit)
        .collect();
    scored.sort();
    scored.dedup_by(|a, b| a.2 == b.2);
    scored.into_iter().take(3).map(|(_, _, c)| c).collect()
}

/// `"; did you mean annexed?"` (or `"; did you mean a, b or c?"`), or `""` when nothing is close.
pub fn did_you_mean<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    let close = closest(name, candidates);
    match close.as_slice() {
        [] => String::new(),
        [one] => format!("; did you mean {one}?"),
        [init @ .., last] => format!("; did you mean {} or {last}?", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_table() {
        assert_eq!(edit_distance("lavrof", "lavrov"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kerry", "kerry"), 0);
    }

    #[test]
    fn close_names_are_offered_and_far_ones_are_not() {
        let rels = ["met", "annexed", "accused", "warned", "visited"];
        assert_eq!(did_you_mean("anexed", rels), "; did you mean annexed?");
        assert_eq!(did_you_mean("ANNEXD", rels), "; did you mean annexed?");
        assert_eq!(did_you_mean("mte", rels), "; did you mean met?");
        // nothing within reach: no guess
        assert_eq!(did_you_mean("sanctioned", rels), "");
        assert_eq!(did_you_mean("x", ["met"]), "");
        assert_eq!(
            did_you_mean("acused", ["accused", "amused", "abused"]),
            "; did you mean accused, amused or abused?"
        );
    }
}
