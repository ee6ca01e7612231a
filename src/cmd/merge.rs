//! `kgraph merge`: the graph from extract shards, byte-identical to one build over them all.

use crate::cli::MergeArgs;
use crate::error::Result;

pub fn run(a: MergeArgs) -> Result<()> {
    let (gaz, lex) = super::build::load_gazetteer(&a.gazetteer.gazetteer)?;
    let mut docs = Vec::new();
    for s in &a.shards {
        docs.extend(crate::pipeline::shard::read(&gaz, &lex, s)?);
    }
    let n = docs.len();
    let kg = crate::pipeline::assemble(&gaz, &lex, docs, a.level);
    let written = crate::export::write_build_outputs(&kg, &a.out)?;
    if !a.quiet {
        eprintln!(
            "kgraph merge: {} shards, {n} documents: {} nodes, {} edges, {} relation instances",
            a.shards.len(),
            kg.graph().node_count(),
            kg.graph().edge_count(),
            kg.instances.len()
        );
        for p in written {
            eprintln!("  wrote {}", p.display());
        }
    }
    Ok(())
}
