//! `kgraph explain`: how a sentence is read, item by item, and what is extracted from it.

use crate::cli::ExplainArgs;
use crate::error::Result;
use crate::extract::Extractor;

pub fn run(a: ExplainArgs) -> Result<()> {
    let plan = super::plan::Plan::load(&a.gazetteer)?;
    let ex = Extractor::new(&plan.dict.gazetteer, &plan.dict.lexicon)?;
    for line in ex.explain(&a.text) {
        println!("{line}");
    }
    let out = ex.document("text", &a.text);
    for r in &out.relations {
        println!(
            "=> {} {} {}{}{}{}",
            r.source,
            r.relation,
            r.target,
            if r.negated { " [negated]" } else { "" },
            if r.hedged { " [hedged]" } else { "" },
            r.place.as_ref().map_or(String::new(), |p| format!(" @{p}"))
        );
    }
    Ok(())
}
