//! `kgraph report`: load `graph.json`, lay it out and write one self-contained HTML page.

use crate::cli::ReportArgs;
use crate::error::Result;
use crate::report::{Options, draw, html};
use std::time::Instant;

pub fn run(a: ReportArgs) -> Result<()> {
    super::guard::not_replacing(std::slice::from_ref(&a.out), &a.graph)?;
    let kg = crate::export::json::read(&a.graph)?;
    let started = Instant::now();
    let drawing = draw(&kg, &Options::default());
    let laid_out = started.elapsed().as_secs_f64();
    let _lock = super::outputs::OutDir::lock_parent_of(&a.out)?;
    crate::output::write_atomic(&a.out, |w| html::write(&kg, &drawing, w))?;
    say!(
        "  wrote {} ({} of {} entities drawn, laid out in {laid_out:.2} s)",
        a.out.display(),
        drawing.nodes.len(),
        kg.graph().node_count()
    );
    Ok(())
}
