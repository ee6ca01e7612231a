//! `kgraph explain`: how a sentence is read, item by item, and what is extracted from it.

use crate::cli::ExplainArgs;
use crate::error::{Error, Result};
use crate::extract::Extractor;
use std::io::Write;

pub fn run(a: ExplainArgs) -> Result<()> {
    let plan = super::plan::Plan::load(&a.gazetteer)?;
    let ex = Extractor::new(&plan.dict.gazetteer, &plan.dict.lexicon)?;
    let mut w = std::io::stdout().lock();
    for line in ex.explain(&a.text) {
        writeln!(w, "{line}").map_err(Error::stdout)?;
    }
    let out = ex.document("text", &a.text);
    let (gaz, lex) = (&plan.dict.gazetteer, &plan.dict.lexicon);
    let actors = crate::extract::Actors {
        gaz,
        local: &out.discovered,
    };
    let id = |e: crate::model::EntityIx| &actors.entity(e).id;
    for r in &out.relations {
        writeln!(
            w,
            "=> {} {} {}{}{}{}",
            id(r.source),
            lex.relation(r.relation).name,
            id(r.target),
            if r.polarity.is_negated() { " [negated]" } else { "" },
            if r.polarity.is_hedged() { " [hedged]" } else { "" },
            r.place.map_or(String::new(), |p| format!(" @{}", id(p)))
        )
        .map_err(Error::stdout)?;
    }
    Ok(())
}
