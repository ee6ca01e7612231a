//! `kgraph explain`: how a sentence is read, item by item, and what is extracted from it.

use crate::cli::ExplainArgs;
use crate::error::{Error, Result};
use crate::extract::Extractor;
use std::io::Write;

pub fn run(a: ExplainArgs) -> Result<()> {
    let (gaz, lex) = super::build::load_gazetteer(&a.gazetteer.gazetteer)?;
    let ex = Extractor::new(&gaz, &lex)?;
    let mut w = std::io::stdout().lock();
    for line in ex.explain(&a.text) {
        writeln!(w, "{line}").map_err(Error::stdout)?;
    }
    let out = ex.document("text", &a.text);
    for r in &out.relations {
        writeln!(
            w,
            "=> {} {} {}{}{}{}",
            r.source,
            r.relation,
            r.target,
            if r.negated { " [negated]" } else { "" },
            if r.hedged { " [hedged]" } else { "" },
            r.place.as_ref().map_or(String::new(), |p| format!(" @{p}"))
        )
        .map_err(Error::stdout)?;
    }
    Ok(())
}
