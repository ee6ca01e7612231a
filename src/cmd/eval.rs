//! `kgraph eval`: precision, recall and F1 per relation against a gold file.

use crate::cli::EvalArgs;
use crate::error::{Error, Result};
use std::io::Write;

pub fn run(a: EvalArgs) -> Result<()> {
    let plan = super::plan::Plan::load(&a.gazetteer)?;
    let rep = crate::eval::score_files(&a.gold, &a.relations, &plan.dict.lexicon)?;
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{:<14} {:>5} {:>5} {:>5} {:>9} {:>6} {:>6}",
        "relation", "gold", "pred", "tp", "precision", "recall", "f1"
    )
    .map_err(Error::stdout)?;
    for (name, s) in rep
        .per_relation
        .iter()
        .chain(std::iter::once((&"ALL".to_string(), &rep.total)))
    {
        writeln!(
            out,
            "{:<14} {:>5} {:>5} {:>5} {:>9.3} {:>6.3} {:>6.3}",
            name,
            s.gold,
            s.predicted,
            s.true_pos,
            s.precision(),
            s.recall(),
            s.f1()
        )
        .map_err(Error::stdout)?;
    }
    // the triples behind the scores, for a person: on stderr, and not under -q
    for t in &rep.missed {
        note!(
            "missed:   {} {} {} {}{}",
            t.doc,
            t.source,
            t.relation,
            t.target,
            if t.negated { " (negated)" } else { "" }
        );
    }
    for t in &rep.spurious {
        note!(
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
