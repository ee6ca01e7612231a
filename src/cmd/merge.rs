//! `kgraph merge`: the graph from extract shards, byte-identical to one build over them all.

use crate::cli::MergeArgs;
use crate::error::Result;

pub fn run(a: MergeArgs) -> Result<()> {
    let plan = super::plan::Plan::load(&a.gazetteer)?.level(a.level);
    let (gaz, lex) = (&plan.dict.gazetteer, &plan.dict.lexicon);
    let out = super::outputs::OutDir::lock(&a.out)?;
    let mut docs = Vec::new();
    for s in &a.shards {
        docs.extend(crate::pipeline::shard::read(gaz, lex, s)?);
    }
    let n = docs.len();
    let kg = crate::pipeline::assemble(gaz, lex, docs, plan.options.level);
    let written = out.write_graph(&kg)?;
    if !a.quiet {
        let head = format!("kgraph merge: {} shards, {n} documents", a.shards.len());
        super::outputs::print_written(&head, &kg, &written);
    }
    Ok(())
}
