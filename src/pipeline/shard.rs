//! Shards: per-document extraction records as JSON Lines, so that a corpus split over many
//! machines (`kgraph extract` on each part) merges into the very graph one `build` would give.

use crate::dict::gazetteer::Gazetteer;
use crate::error::{Error, Result};
use crate::extract::DocOutput;
use crate::model::{Date, EntityId, Relation};
use serde::{Deserialize, Serialize};
use std::io::{BufRead, Write};
use std::path::Path;

/// One document's extraction, with entities named by id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocRecord {
    pub doc: String,
    pub date: Option<Date>,
    pub sentences: usize,
    /// Mentions by name or title per entity.
    pub mentions: Vec<(EntityId, u32)>,
    pub relations: Vec<Relation>,
}

/// The record of a document output.
pub fn to_record(gaz: &Gazetteer, d: &DocOutput) -> DocRecord {
    DocRecord {
        doc: d.doc.clone(),
        date: d.date,
        sentences: d.sentences,
        mentions: d
            .mentions
            .iter()
            .map(|&(e, n)| (gaz.entities[e].id.clone(), n))
            .collect(),
        relations: d.relations.clone(),
    }
}

/// Writes one record as a JSON line.
pub fn write_record(gaz: &Gazetteer, d: &DocOutput, w: &mut dyn Write) -> std::io::Result<()> {
    serde_json::to_writer(&mut *w, &to_record(gaz, d)).map_err(crate::error::io_from_json)?;
    w.write_all(b"\n")
}

/// Reads a shard file back into document outputs; every entity must be in the gazetteer.
pub fn read(gaz: &Gazetteer, path: &Path) -> Result<Vec<DocOutput>> {
    let f = std::fs::File::open(path).map_err(|e| Error::input(path, format!("cannot read shard: {e}")))?;
    let mut out = Vec::new();
    for (i, line) in std::io::BufReader::new(f).lines().enumerate() {
        let line = line.map_err(|e| Error::input(path, format!("line {}: {e}", i + 1)))?;
        if line.trim().is_empty() {
            continue;
        }
        let rec: DocRecord = serde_json::from_str(&line)
            .map_err(|e| Error::data(path, format!("line {}: not a kgraph extract record: {e}", i + 1)))?;
        let index = |id: &EntityId| {
            gaz.get(id).ok_or_else(|| {
                Error::data(
                    path,
                    format!("line {}: entity {id} is not in the gazetteer: merge with the gazetteer the shard was extracted with", i + 1),
                )
            })
        };
        let mut mentions = Vec::with_capacity(rec.mentions.len());
        for (id, n) in &rec.mentions {
            mentions.push((index(id)?, *n));
        }
        for r in &rec.relations {
            index(&r.source)?;
            index(&r.target)?;
        }
        mentions.sort_unstable();
        out.push(DocOutput {
            doc: rec.doc,
            relations: rec.relations,
            mentions,
            sentences: rec.sentences,
            date: rec.date,
        });
    }
    Ok(out)
}
