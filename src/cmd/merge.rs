//! `kgraph merge`: the graph from extract shards, byte-identical to one build over them all.

use crate::cli::MergeArgs;
use crate::error::Result;
use crate::model::WarningKind;

pub fn run(a: MergeArgs) -> Result<()> {
    let plan = super::plan::Plan::load(&a.gazetteer)?.level(a.level);
    let (gaz, lex) = (&plan.dict.gazetteer, &plan.dict.lexicon);
    super::guard::apart(&a.out, &super::guard::text_reads(&[], &a.gazetteer.gazetteer))?;
    let out = super::outputs::OutDir::lock(&a.out)?;
    for s in &a.shards {
        super::guard::not_replacing(&out.graph_paths(), s)?;
    }
    let (mut docs, mut ids) = (Vec::new(), crate::pipeline::ids::DocIds::default());
    let mut warnings = super::warnings::Warnings::of_gazetteer(gaz);
    for s in &a.shards {
        for mut d in crate::pipeline::shard::read(gaz, lex, s)? {
            if let Some(w) = ids.claim(&mut d) {
                warnings.push(WarningKind::DuplicateId, format!("{}: {w}", s.display()));
            }
            docs.push(d);
        }
    }
    warnings.print();
    let n = docs.len();
    let mut kg = crate::pipeline::assemble(gaz, lex, docs, plan.options.level);
    if a.no_gazetteer_edges {
        kg = kg.text_edges_only();
    }
    let written = out.write_graph(&kg)?;
    if !super::say::quiet() {
        let head = format!("kgraph merge: {} shards, {n} documents", a.shards.len());
        super::outputs::print_written(&head, &kg, &written);
    }
    Ok(())
}
