//! `kgraph explain`: how a sentence is read, item by item, and what is extracted from it.

use crate::cli::{ExplainArgs, ExplainFormat};
use crate::error::{Error, Result};
use crate::extract::Extractor;
use crate::extract::explain::Explanation;
use std::io::Write;

pub fn run(a: ExplainArgs) -> Result<()> {
    let text = match a.text.as_deref() {
        None | Some("-") => read_stdin()?,
        Some(t) => t.to_string(),
    };
    let plan = super::plan::Plan::load(&a.gazetteer)?;
    let ex = Extractor::new(&plan.dict.gazetteer, &plan.dict.lexicon)?;
    let shown = ex.explain(&text);
    let mut w = std::io::stdout().lock();
    match a.format {
        ExplainFormat::Json => {
            serde_json::to_writer_pretty(&mut w, &shown).map_err(|e| Error::stdout(e.into()))?;
            writeln!(w).map_err(Error::stdout)
        }
        ExplainFormat::Text => {
            for line in lines(&shown) {
                writeln!(w, "{line}").map_err(Error::stdout)?;
            }
            Ok(())
        }
    }
}

/// The explanation as lines for a person: per sentence its items, phrases and triggers, then
/// the relations.
fn lines(e: &Explanation) -> Vec<String> {
    let mut out = Vec::new();
    for s in &e.sentences {
        out.push(format!("sentence {}: {}", s.index, s.text));
        for (k, it) in s.items.iter().enumerate() {
            let ent = it.entity.as_ref().map_or(String::new(), |e| {
                let mark = if e.discovered { ", discovered" } else { "" };
                format!(" {} ({}, {}{mark})", e.id, e.label, e.kind)
            });
            out.push(format!(
                "  {k:>3}  {:<32} {}{ent}",
                shorten(&it.text, 32),
                it.class
            ));
        }
        if !s.noun_phrases.is_empty() || !s.verb_groups.is_empty() {
            out.push("  phrases:".to_string());
        }
        for n in &s.noun_phrases {
            out.push(format!(
                "    noun phrase {:<24} head {} ({})",
                quoted(&n.text, 22),
                n.head,
                n.head_kind
            ));
        }
        for v in &s.verb_groups {
            out.push(format!(
                "    verb group  {:<24} {}, {}, {}",
                quoted(&v.text, 22),
                v.form,
                v.voice,
                polarity_name(v.polarity)
            ));
        }
        for c in s.clauses.iter().skip(1) {
            out.push(format!("    {} clause at item {}: {}…", c.kind, c.start, c.opens));
        }
        if !s.triggers.is_empty() {
            out.push("  triggers:".to_string());
        }
        for t in &s.triggers {
            let by = t
                .construction
                .map_or(String::new(), |c| format!(", construction {c}"));
            out.push(format!(
                "    {:>3}  {} as a {}{by}: {}",
                t.item,
                quoted(&t.text, 30),
                t.reading,
                t.outcome
            ));
        }
    }
    if e.relations.is_empty() {
        out.push("relations: none".to_string());
    } else {
        out.push("relations:".to_string());
    }
    for r in &e.relations {
        let mut at = String::new();
        if let Some(p) = &r.place {
            at.push_str(&format!(", at {p}"));
        }
        if let Some(d) = &r.date {
            at.push_str(&format!(", on {d}"));
        }
        out.push(format!(
            "  {} {} {} ({}{at}; trigger {:?} in sentence {}, construction {})",
            r.source,
            r.relation,
            r.target,
            polarity_name(r.polarity),
            r.trigger,
            r.sentence,
            r.construction
        ));
    }
    out
}

fn polarity_name(p: crate::model::Polarity) -> &'static str {
    if p.is_negated() {
        "negated"
    } else if p.is_hedged() {
        "hedged"
    } else {
        "asserted"
    }
}

/// `s` in quotes, cut to `n` characters.
fn quoted(s: &str, n: usize) -> String {
    format!("\"{}\"", shorten(s, n))
}

/// `s` cut to `n` characters, with an ellipsis when cut.
fn shorten(s: &str, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((i, _)) => format!("{}…", &s[..s.char_indices().nth(n - 1).map_or(i, |c| c.0)]),
        None => s.to_string(),
    }
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
