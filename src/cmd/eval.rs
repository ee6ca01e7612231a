//! `kgraph eval`: precision, recall and F1 per relation against a gold file.

use crate::cli::EvalArgs;
use crate::error::Result;
use crate::eval::{read_triples, score};
use std::collections::HashSet;

pub fn run(a: EvalArgs) -> Result<()> {
    let (_, lex) = super::build::load_gazetteer(&a.gazetteer.gazetteer)?;
    let symmetric: HashSet<String> = lex
        .relations
        .iter()
        .filter(|r| r.symmetric)
        .map(|r| r.name.clone())
        .collect();
    let gold = read_triples(&a.gold, &symmetric)?;
    let predicted = read_triples(&a.relations, &symmetric)?;
    let rep = score(&gold, &predicted);
    println!(
        "{:<14} {:>5} {:>5} {:>5} {:>9} {:>6} {:>6}",
        "relation", "gold", "pred", "tp", "precision", "recall", "f1"
    );
    for (name, s) in rep
        .per_relation
        .iter()
        .chain(std::iter::once((&"ALL".to_string(), &rep.total)))
    {
        println!(
            "{:<14} {:>5} {:>5} {:>5} {:>9.3} {:>6.3} {:>6.3}",
            name,
            s.gold,
            s.predicted,
            s.true_pos,
            s.precision(),
            s.recall(),
            s.f1()
        );
    }
    for t in &rep.missed {
        eprintln!(
            "missed:   {} {} {} {}{}",
            t.doc,
            t.source,
            t.relation,
            t.target,
            if t.negated { " (negated)" } else { "" }
        );
    }
    for t in &rep.spurious {
        eprintln!(
            "spurious: {} {} {} {}{}",
            t.doc,
            t.source,
            t.relation,
            t.target,
            if t.negated { " (negated)" } else { "" }
        );
    }
    Ok(())
}
