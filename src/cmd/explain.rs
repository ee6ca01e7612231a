//! `kgraph explain`: how a sentence is read, item by item, and what is extracted from it.

use crate::cli::ExplainArgs;
use crate::error::{Error, Result};
use crate::extract::Extractor;
use std::io::Write;

pub fn run(a: ExplainArgs) -> Result<()> {
    let text = match a.text.as_deref() {
        None | Some("-") => read_stdin()?,
        Some(t) => t.to_string(),
    };
    let plan = super::plan::Plan::load(&a.gazetteer)?;
    let ex = Extractor::new(&plan.dict.gazetteer, &plan.dict.lexicon)?;
    let mut w = std::io::stdout().lock();
    for line in ex.explain(&text) {
        writeln!(w, "{line}").map_err(Error::stdout)?;
    }
    let out = ex.document("text", &text);
    let (gaz, lex) = (&plan.dict.gazetteer, &plan.dict.lexicon);
    let actors = crate::extract::Actors {
        gaz,
        local: &out.discovered,
    };
    let id = |e: crate::model::EntityIx| &actors.entity(e).id;
    if out.relations.is_empty() {
        writeln!(w, "relations: none").map_err(Error::stdout)?;
    } else {
        writeln!(w, "relations:").map_err(Error::stdout)?;
    }
    for r in &out.relations {
        let polarity = if r.polarity.is_negated() {
            "negated"
        } else if r.polarity.is_hedged() {
            "hedged"
        } else {
            "asserted"
        };
        let mut at = String::new();
        if let Some(p) = r.place {
            at.push_str(&format!(", at {}", id(p)));
        }
        if let Some(d) = r.date {
            at.push_str(&format!(", on {d}"));
        }
        writeln!(
            w,
            "  {} {} {} ({polarity}{at}; trigger {:?} in sentence {})",
            id(r.source),
            lex.relation(r.relation).name,
            id(r.target),
            r.evidence.trigger,
            r.evidence.sentence
        )
        .map_err(Error::stdout)?;
    }
    Ok(())
}

/// The text from standard input (`kgraph explain -`, or no text at all), decoded as input files
/// are, up to the document cap.
fn read_stdin() -> Result<String> {
    use std::io::IsTerminal;
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        note!("kgraph explain: reading the text from standard input (end it with Ctrl-D)");
    }
    let mut bytes = Vec::new();
    let cap = crate::input::limits::MAX_DOCUMENT_BYTES;
    let cut = crate::input::limits::read_to_cap(&mut stdin.lock(), &mut bytes, cap).map_err(|e| {
        Error::input(
            std::path::Path::new("-"),
            format!("cannot read standard input: {e}"),
        )
    })?;
    if cut {
        note!(
            "warning: -: longer than {}: only the first part explained",
            crate::input::limits::MAX_DOCUMENT_SHOWN
        );
    }
    let decoded = crate::text::decode(bytes).map_err(|crate::text::Binary(m)| {
        Error::input(std::path::Path::new("-"), format!("{m}: give text"))
    })?;
    if let Some(w) = decoded.warning {
        note!("warning: -: {w}");
    }
    Ok(decoded.text)
}
