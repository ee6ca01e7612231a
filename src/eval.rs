//! Scoring against gold annotations: document-level triples (doc, source, relation, target,
//! negated), symmetric relations unordered, hedged predictions left out (a hedge is not a claim).

use crate::error::{Error, Result};
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::Path;

/// One document-level triple.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Triple {
    pub doc: String,
    pub source: String,
    pub relation: String,
    pub target: String,
    pub negated: bool,
}

/// Counts for one relation (or all of them).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Score {
    pub true_pos: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Score {
    pub fn precision(&self) -> f64 {
        if self.predicted == 0 {
            0.0
        } else {
            self.true_pos as f64 / self.predicted as f64
        }
    }
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            0.0
        } else {
            self.true_pos as f64 / self.gold as f64
        }
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
}

/// The evaluation: per relation, overall, and the misses and false alarms to look at.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub per_relation: BTreeMap<String, Score>,
    pub total: Score,
    pub missed: Vec<Triple>,
    pub spurious: Vec<Triple>,
}

fn parse_bool(s: &str) -> Option<bool> {
    match s.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" => Some(true),
        "false" | "0" | "no" | "" => Some(false),
        _ => None,
    }
}

fn normalise(mut t: Triple, symmetric: &HashSet<String>) -> Triple {
    if symmetric.contains(&t.relation) && t.target < t.source {
        std::mem::swap(&mut t.source, &mut t.target);
    }
    t
}

/// Reads triples from a CSV with (at least) the columns doc, source, relation, target and
/// optionally negated and hedged (hedged rows are skipped).
pub fn read_triples(path: &Path, symmetric: &HashSet<String>) -> Result<BTreeSet<Triple>> {
    let mut rdr = csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .from_path(path)
        .map_err(|e| Error::input(path, format!("cannot read: {e}")))?;
    let header = rdr
        .headers()
        .map_err(|e| crate::dict::gazetteer::csv_error(path, e))?
        .clone();
    let col = |name: &str| header.iter().position(|h| h.trim() == name);
    let (Some(d), Some(s), Some(r), Some(t)) = (col("doc"), col("source"), col("relation"), col("target"))
    else {
        return Err(Error::data(
            path,
            "the header must name doc, source, relation and target",
        ));
    };
    let (neg, hedged) = (col("negated"), col("hedged"));
    let mut out = BTreeSet::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| crate::dict::gazetteer::csv_error(path, e))?;
        let line = rec.position().map_or(0, |p| p.line());
        let get = |i: usize| rec.get(i).unwrap_or("").trim().to_string();
        let flag = |c: Option<usize>| -> Result<bool> {
            match c {
                None => Ok(false),
                Some(i) => parse_bool(&get(i)).ok_or_else(|| {
                    Error::gazetteer(path, line, format!("{:?} is not true or false", get(i)))
                }),
            }
        };
        if flag(hedged)? {
            continue;
        }
        let triple = Triple {
            doc: get(d),
            source: get(s),
            relation: get(r),
            target: get(t),
            negated: flag(neg)?,
        };
        if triple.doc.is_empty()
            || triple.source.is_empty()
            || triple.relation.is_empty()
            || triple.target.is_empty()
        {
            return Err(Error::gazetteer(
                path,
                line,
                "doc, source, relation and target must all be given",
            ));
        }
        out.insert(normalise(triple, symmetric));
    }
    Ok(out)
}

/// Compares predicted triples with gold ones.
pub fn score(gold: &BTreeSet<Triple>, predicted: &BTreeSet<Triple>) -> Report {
    let mut rep = Report::default();
    for t in gold {
        let s = rep.per_relation.entry(t.relation.clone()).or_default();
        s.gold += 1;
        if predicted.contains(t) {
            s.true_pos += 1;
        } else {
            rep.missed.push(t.clone());
        }
    }
    for t in predicted {
        rep.per_relation.entry(t.relation.clone()).or_default().predicted += 1;
        if !gold.contains(t) {
            rep.spurious.push(t.clone());
        }
    }
    for s in rep.per_relation.values() {
        rep.total.true_pos += s.true_pos;
        rep.total.predicted += s.predicted;
        rep.total.gold += s.gold;
    }
    rep
}

/// Scores a `relations.csv` against a gold file, with the symmetric relations of `lex`.
pub fn score_files(gold: &Path, relations: &Path, lex: &crate::dict::lexicon::Lexicon) -> Result<Report> {
    let symmetric: HashSet<String> = lex
        .relations
        .iter()
        .filter(|r| r.symmetric)
        .map(|r| r.name.clone())
        .collect();
    Ok(score(
        &read_triples(gold, &symmetric)?,
        &read_triples(relations, &symmetric)?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(doc: &str, s: &str, r: &str, o: &str, neg: bool) -> Triple {
        Triple {
            doc: doc.into(),
            source: s.into(),
            relation: r.into(),
            target: o.into(),
            negated: neg,
        }
    }

    #[test]
    fn scores_per_relation_with_symmetric_pairs_unordered() {
        let sym: HashSet<String> = ["met".to_string()].into();
        let gold: BTreeSet<Triple> = [
            t("a", "kerry", "met", "lavrov", false),
            t("a", "kerry", "rejected", "putin", false),
        ]
        .into_iter()
        .map(|x| normalise(x, &sym))
        .collect();
        let pred: BTreeSet<Triple> = [
            t("a", "lavrov", "met", "kerry", false),
            t("a", "kerry", "rejected", "putin", true),
        ]
        .into_iter()
        .map(|x| normalise(x, &sym))
        .collect();
        let r = score(&gold, &pred);
        assert_eq!(
            r.total,
            Score {
                true_pos: 1,
                predicted: 2,
                gold: 2
            }
        );
        assert_eq!(r.per_relation["met"].f1(), 1.0);
        assert_eq!(r.per_relation["rejected"].recall(), 0.0);
        assert_eq!(r.missed.len(), 1);
    }
}
