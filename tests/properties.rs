//! Property tests (proptest) over generated news-like text with the bundled gazetteer: spans lie
//! inside their sentence and document, every relation's entities are nodes of the graph, and
//! the exports do not depend on the order the inputs are given in.
#![allow(clippy::unwrap_used)] // tests stop at the first surprise

mod common;
use common::*;
use kgraph::dict::gazetteer::Gazetteer;
use kgraph::dict::lexicon::Lexicon;
use kgraph::export::ExportFormat;
use kgraph::extract::Extractor;
use proptest::prelude::*;
use std::sync::OnceLock;

fn gazetteer() -> &'static (Gazetteer, Lexicon) {
    static G: OnceLock<(Gazetteer, Lexicon)> = OnceLock::new();
    G.get_or_init(|| {
        kgraph::dict::load(&[root().join("gazetteer")])
            .map(|d| (d.gazetteer, d.lexicon))
            .unwrap()
    })
}

fn extractor() -> &'static Extractor<'static> {
    static E: OnceLock<Extractor<'static>> = OnceLock::new();
    E.get_or_init(|| {
        let (g, l) = gazetteer();
        Extractor::new(g, l).unwrap()
    })
}

/// Words that make relations likely, and the characters that have broken text code before.
const WORDS: &[&str] = &[
    "John Kerry",
    "Kerry",
    "Sergei Lavrov",
    "Lavrov",
    "Putin",
    "Mr. Putin",
    "Donald Trump",
    "Russia",
    "Ukraine",
    "the Kremlin",
    "Crimea",
    "London",
    "Helsinki",
    "the secretary of state",
    "he",
    "she",
    "his",
    "met",
    "meets",
    "rejected",
    "did not meet",
    "may visit",
    "talks between",
    "and",
    "or",
    ",",
    ".",
    "said",
    "in",
    "on Friday",
    "March 11, 2014",
    "with",
    "by",
    "a proposal made by",
    "Russian officials",
    "U.S.",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "’s",
    "“",
    "”",
    "—",
    "é",
    "\u{1680}",
    "\u{a0}",
    "ü",
    "日本",
    "\t",
    "!",
    "?",
    "(",
    ")",
    "'s",
];

fn document() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 0..80).prop_map(|ws| {
        let mut s = String::new();
        for w in ws {
            if !s.is_empty() && !matches!(w, "," | "." | "!" | "?" | "’s" | "'s") {
                s.push(' ');
            }
            s.push_str(w);
        }
        s
    })
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_span_lies_inside_its_sentence_and_document(text in document()) {
        let out = extractor().document("doc", &text);
        let chars: Vec<char> = text.chars().collect();
        for r in &out.relations {
            let span = &r.evidence.span;
            prop_assert!(span.start < span.end && span.end <= chars.len(), "{span:?}");
            let trigger: String = chars[span.start..span.end].iter().collect();
            prop_assert_eq!(&trigger, &r.evidence.trigger);
            prop_assert!(r.evidence.sentence < out.sentences);
            // the trigger is inside the sentence quoted as evidence
            prop_assert!(r.evidence.text.contains(&collapse(&trigger)), "{:?} not in {:?}", trigger, r.evidence.text);
        }
    }

    #[test]
    fn every_relation_names_entities_that_are_nodes(docs in prop::collection::vec(document(), 1..6)) {
        let (g, l) = gazetteer();
        let outs = docs
            .iter()
            .enumerate()
            .map(|(i, t)| extractor().document(&format!("d{i}.txt"), t))
            .collect();
        let kg = kgraph::pipeline::assemble(g, l, outs, kgraph::graph::level::Level::default());
        for r in &kg.instances {
            let e = kg.edge_of(r);
            prop_assert!(kg.node(kg.id(e.source)) == Some(e.source), "{}", kg.id(e.source));
            prop_assert!(kg.node(kg.id(e.target)) == Some(e.target), "{}", kg.id(e.target));
        }
        for (k, e) in kg.indexed_edges() {
            for &i in &e.instances {
                prop_assert_eq!(kg.instances[i].edge, k);
            }
        }
    }
}

proptest! {
    // each case writes files and runs the whole pipeline twice: fewer cases
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn exports_are_identical_whatever_the_input_order(
        docs in prop::collection::vec(document(), 2..6),
        rotate in 0usize..6,
    ) {
        let (g, l) = gazetteer();
        let d = tempfile::tempdir().unwrap();
        let mut paths = Vec::new();
        for (i, t) in docs.iter().enumerate() {
            let p = d.path().join(format!("{i}.txt"));
            std::fs::write(&p, t).unwrap();
            paths.push(p);
        }
        let export_all = |inputs: &[std::path::PathBuf]| -> Vec<Vec<u8>> {
            let (kg, _) = kgraph::pipeline::build(g, l, inputs).unwrap();
            let mut files = Vec::new();
            for f in [ExportFormat::Graphml, ExportFormat::Gexf, ExportFormat::Csv, ExportFormat::Json, ExportFormat::Neo4j, ExportFormat::Dot] {
                for (_, write) in f.files() {
                    let mut buf = Vec::new();
                    write(&kg, &mut buf).unwrap();
                    files.push(buf);
                }
            }
            files
        };
        let forward = export_all(&paths);
        let mut shuffled = paths.clone();
        shuffled.rotate_left(rotate % paths.len());
        shuffled.reverse();
        prop_assert!(forward == export_all(&shuffled));
    }
}
