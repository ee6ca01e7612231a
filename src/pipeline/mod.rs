//! The build pipeline over many documents: stream them in batches, extract each batch in
//! parallel on all cores, and assemble the graph with documents in name order, so the output
//! depends neither on the thread count nor on the order the inputs were listed in.

pub mod discovered;
pub mod ids;
pub mod shard;

use crate::dict::gazetteer::Gazetteer;
use crate::dict::lexicon::Lexicon;
use crate::error::Result;
use crate::extract::{DocOutput, Extractor};
use crate::graph::KnowledgeGraph;
use crate::graph::level::Level;
use crate::input::{self, CsvColumns, Document, InputFile, Item, Listing, Warning};
use rayon::prelude::*;
use std::path::PathBuf;
use std::time::Instant;

/// A batch is processed once it holds this many bytes or documents.
const BATCH_BYTES: usize = 8 << 20;
const BATCH_DOCS: usize = 2048;

/// What a build produced besides the graph.
#[derive(Debug, Default)]
pub struct BuildReport {
    pub documents: usize,
    pub skipped: usize,
    pub bytes: u64,
    pub relations: usize,
    /// Actors no gazetteer lists, found in the text: entities of the corpus, not mentions.
    pub discovered: usize,
    /// Capitalised names read, those that matched nothing, and documents without case.
    pub names: NameTally,
    pub warnings: Vec<Warning>,
    pub seconds: f64,
}

/// The corpus's capitalised names and caseless documents, summed over documents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NameTally {
    pub names: usize,
    pub unmatched: usize,
    /// Documents all in lower case or all in capitals.
    pub caseless: usize,
}

impl NameTally {
    fn add(&mut self, n: crate::extract::Names) {
        self.names += n.names;
        self.unmatched += n.unmatched;
        self.caseless += usize::from(n.caseless);
    }

    /// The share of capitalised names that matched no actor, in percent.
    pub fn unmatched_percent(&self) -> f64 {
        if self.names == 0 {
            return 0.0;
        }
        100.0 * self.unmatched as f64 / self.names as f64
    }
}

/// How to run a build.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub level: Level,
    pub csv: CsvColumns,
    /// Match documents without case (all lower-case or all capitals) without the case rule.
    pub caseless: bool,
}

/// Told of a build's progress after each input file: the report so far and the total bytes.
pub trait Observer {
    fn progress(&mut self, report: &BuildReport, total_bytes: u64);
    /// Every document is extracted; the graph is assembled next.
    fn done(&mut self) {}
}

/// Watches nothing.
impl Observer for () {
    fn progress(&mut self, _: &BuildReport, _: u64) {}
}

/// Runs the whole pipeline on `inputs` with default options.
pub fn build(gaz: &Gazetteer, lex: &Lexicon, inputs: &[PathBuf]) -> Result<(KnowledgeGraph, BuildReport)> {
    build_with(gaz, lex, Listing::of(inputs)?, &Options::default(), &mut ())
}

/// Runs the whole pipeline on the files of `inputs`.
pub fn build_with(
    gaz: &Gazetteer,
    lex: &Lexicon,
    inputs: Listing,
    opts: &Options,
    observer: &mut dyn Observer,
) -> Result<(KnowledgeGraph, BuildReport)> {
    let mut docs = Vec::new();
    let mut report = extract(gaz, lex, inputs, opts, observer, |d| docs.push(d))?;
    let (graph, discovered) = assemble_counted(gaz, lex, docs, opts.level);
    report.discovered = discovered;
    Ok((graph, report))
}

/// Builds the graph from per-document outputs gathered in any order (a build, or merged shards).
pub fn assemble(gaz: &Gazetteer, lex: &Lexicon, docs: Vec<DocOutput>, level: Level) -> KnowledgeGraph {
    assemble_counted(gaz, lex, docs, level).0
}

/// As [`assemble`], with the number of discovered actors of the corpus (after unification).
pub fn assemble_counted(
    gaz: &Gazetteer,
    lex: &Lexicon,
    mut docs: Vec<DocOutput>,
    level: Level,
) -> (KnowledgeGraph, usize) {
    docs.sort_by(|a, b| a.doc.cmp(&b.doc));
    let found = discovered::unify(gaz, lex, &mut docs);
    let count = found.len();
    if found.is_empty() {
        return (graph_at(gaz, lex, docs, level), 0);
    }
    let extended = gaz.with_discovered(found);
    (graph_at(&extended, lex, docs, level), count)
}

/// The graph of documents whose entities are all rows of `gaz`, at `level`.
fn graph_at(gaz: &Gazetteer, lex: &Lexicon, mut docs: Vec<DocOutput>, level: Level) -> KnowledgeGraph {
    if level == Level::Role {
        let with_roles = crate::graph::level::with_roles(gaz);
        crate::graph::level::apply(&with_roles, lex, level, &mut docs);
        return KnowledgeGraph::build(&with_roles, lex, docs);
    }
    crate::graph::level::apply(gaz, lex, level, &mut docs);
    KnowledgeGraph::build(gaz, lex, docs)
}

/// Streams every document of `inputs` through the extractor, handing each output to `sink`
/// in input order. Small files are read and extracted together on all cores, a batch at a time;
/// a large file (a JSON Lines or CSV corpus, say) is read as a stream and its documents extracted
/// in batches. Memory holds one batch of texts at a time.
pub fn extract(
    gaz: &Gazetteer,
    lex: &Lexicon,
    inputs: Listing,
    opts: &Options,
    observer: &mut dyn Observer,
    sink: impl FnMut(DocOutput),
) -> Result<BuildReport> {
    let started = Instant::now();
    let Listing { files, warnings } = inputs;
    let mut run = Run {
        report: BuildReport {
            warnings,
            ..BuildReport::default()
        },
        total: files.iter().map(|f| f.size).sum(),
        extractor: Extractor::new(gaz, lex)?,
        opts,
        observer,
        sink,
        ids: ids::DocIds::default(),
    };
    run.extractor.caseless = opts.caseless;
    let mut small: Vec<&InputFile> = Vec::new();
    let mut small_bytes = 0u64;
    for f in &files {
        if f.is_stdin() || f.size >= LARGE_FILE {
            run.small_files(&mut small);
            small_bytes = 0;
            run.large_file(f);
            continue;
        }
        small.push(f);
        small_bytes += f.size;
        if small_bytes >= BATCH_BYTES as u64 || small.len() >= BATCH_DOCS {
            run.small_files(&mut small);
            small_bytes = 0;
        }
    }
    run.small_files(&mut small);
    run.observer.done();
    run.report.seconds = started.elapsed().as_secs_f64();
    Ok(run.report)
}

/// A file this large is streamed, its documents extracted in batches; smaller ones are read whole
/// by the worker that extracts them.
const LARGE_FILE: u64 = 1 << 20;

/// One extraction run: the extractor, the report so far and where outputs go.
struct Run<'a, S> {
    report: BuildReport,
    total: u64,
    extractor: Extractor<'a>,
    opts: &'a Options,
    observer: &'a mut dyn Observer,
    sink: S,
    ids: ids::DocIds,
}

/// What one file gave: its documents' outputs and its warnings, in the file's order.
struct FileOutput {
    outputs: Vec<DocOutput>,
    warnings: Vec<Warning>,
    /// Whether any document was read (a file of warnings alone is skipped).
    read_any: bool,
}

impl<S: FnMut(DocOutput)> Run<'_, S> {
    /// Reads and extracts `files` in parallel, then hands their outputs on in order.
    fn small_files(&mut self, files: &mut Vec<&InputFile>) {
        let (extractor, csv) = (&self.extractor, &self.opts.csv);
        let outs: Vec<FileOutput> = files
            .par_iter()
            .map(|f| {
                let mut out = FileOutput {
                    outputs: Vec::new(),
                    warnings: Vec::new(),
                    read_any: false,
                };
                for item in input::documents(f, csv) {
                    match item {
                        Item::Document(d) => {
                            out.read_any = true;
                            out.outputs
                                .push(extractor.document_dated(&d.name, &d.text, d.date));
                        }
                        Item::Warning(w) => out.warnings.push(w),
                    }
                }
                out
            })
            .collect();
        for (f, out) in files.iter().zip(outs) {
            let warned = !out.warnings.is_empty();
            self.report.warnings.extend(out.warnings);
            out.outputs.into_iter().for_each(|o| self.output(o, f));
            self.file_done(f, warned, out.read_any);
        }
        files.clear();
    }

    /// Streams one large file, extracting its documents a batch at a time.
    fn large_file(&mut self, f: &InputFile) {
        let (mut read_any, mut warned) = (false, false);
        let mut batch: Vec<Document> = Vec::new();
        let mut batch_bytes = 0usize;
        for item in input::documents(f, &self.opts.csv) {
            let d = match item {
                Item::Document(d) => d,
                Item::Warning(w) => {
                    warned = true;
                    self.report.warnings.push(w);
                    continue;
                }
            };
            read_any = true;
            batch_bytes += d.text.len();
            batch.push(d);
            if batch_bytes >= BATCH_BYTES || batch.len() >= BATCH_DOCS {
                self.documents(&mut batch, f);
                batch_bytes = 0;
            }
        }
        self.documents(&mut batch, f);
        self.file_done(f, warned, read_any);
    }

    /// Extracts a batch of documents in parallel and hands the outputs on in order.
    fn documents(&mut self, batch: &mut Vec<Document>, f: &InputFile) {
        let extractor = &self.extractor;
        let outs: Vec<DocOutput> = batch
            .par_iter()
            .map(|d| extractor.document_dated(&d.name, &d.text, d.date))
            .collect();
        outs.into_iter().for_each(|o| self.output(o, f));
        batch.clear();
    }

    fn output(&mut self, mut o: DocOutput, f: &InputFile) {
        if let Some(w) = self.ids.claim(&mut o) {
            self.report
                .warnings
                .push(Warning::new(crate::model::WarningKind::DuplicateId, &f.path, w));
        }
        self.report.relations += o.relations.len();
        self.report.documents += 1;
        self.report.names.add(o.names);
        (self.sink)(o);
    }

    fn file_done(&mut self, f: &InputFile, warned: bool, read_any: bool) {
        if warned && !read_any {
            self.report.skipped += 1;
        }
        self.report.bytes += f.size;
        self.observer.progress(&self.report, self.total);
    }
}
