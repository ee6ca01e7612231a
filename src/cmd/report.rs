//! `kgraph report`: load `graph.json`, lay it out and write one self-contained HTML page.

use crate::cli::ReportArgs;
use crate::error::Result;
use crate::report::{Options, draw, html};
use std::time::Instant;

pub fn run(a: ReportArgs) -> Result<()> {
    let to_stdout = a.out.as_os_str() == "-";
    if !to_stdout {
        super::guard::not_replacing(std::slice::from_ref(&a.out), &a.graph)?;
    }
    let kg = crate::export::json::read(&a.graph)?;
    let started = Instant::now();
    let drawing = draw(&kg, &Options::default());
    let laid_out = started.elapsed().as_secs_f64();
    if to_stdout {
        let mut page = Vec::new();
        html::write(&kg, &drawing, &mut page).map_err(crate::error::Error::stdout)?;
        return super::outputs::to_stdout(&page);
    }
    let _lock = super::outputs::OutDir::lock_parent_of(&a.out)?;
    crate::output::write_atomic(&a.out, |w| html::write(&kg, &drawing, w))?;
    note!(
        "  wrote {} ({} of {} entities drawn, laid out in {laid_out:.2} s)",
        a.out.display(),
        drawing.nodes.len(),
        kg.graph().node_count()
    );
    Ok(())
}
