//! Shards: per-document extraction records as JSON Lines, so that a corpus split over many
//! machines (`kgraph extract` on each part) merges into the very graph one `build` would give.
//! Records name entities and relations by their strings; reading maps them back to the loaded
//! gazetteer's and lexicon's rows once. A record carries the document's discovered actors, whose
//! ids differ from every gazetteer id, so merging unifies them across shards as a build does.

use crate::dict::gazetteer::Gazetteer;
use crate::dict::lexicon::Lexicon;
use crate::error::{Error, Result};
use crate::extract::{Actors, DocOutput};
use crate::model::{
    Date, Entity, EntityId, EntityIx, Evidence, MentionCount, Polarity, Relation, RolesAtDate,
};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::io::{BufRead, Write};
use std::path::Path;

/// One document's extraction, with entities named by id.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DocRecord {
    pub doc: String,
    pub date: Option<Date>,
    pub sentences: usize,
    /// Mentions by name or title per entity.
    pub mentions: Vec<(EntityId, u32)>,
    pub relations: Vec<RelationRecord>,
    /// The document's discovered actors, which its mentions and relations may name by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub discovered: Vec<Entity>,
}

/// A relation instance with its entities and relation by name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RelationRecord {
    pub source: EntityId,
    pub relation: String,
    pub target: EntityId,
    pub negated: bool,
    pub hedged: bool,
    pub date: Option<Date>,
    pub place: Option<EntityId>,
    #[serde(default)]
    pub roles: RolesAtDate,
    pub evidence: Evidence,
}

/// The record of a document output.
pub fn to_record(gaz: &Gazetteer, lex: &Lexicon, d: &DocOutput) -> DocRecord {
    let actors = Actors {
        gaz,
        local: &d.discovered,
    };
    let id = |e: EntityIx| actors.entity(e).id.clone();
    DocRecord {
        doc: d.doc.clone(),
        date: d.date,
        sentences: d.sentences,
        mentions: d.mentions.iter().map(|m| (id(m.entity), m.count)).collect(),
        relations: d
            .relations
            .iter()
            .map(|r| RelationRecord {
                source: id(r.source),
                relation: lex.relation(r.relation).name.clone(),
                target: id(r.target),
                negated: r.polarity.is_negated(),
                hedged: r.polarity.is_hedged(),
                date: r.date,
                place: r.place.map(id),
                roles: r.roles.clone(),
                evidence: r.evidence.clone(),
            })
            .collect(),
        discovered: d.discovered.clone(),
    }
}

/// Writes one record as a JSON line.
pub fn write_record(gaz: &Gazetteer, lex: &Lexicon, d: &DocOutput, w: &mut dyn Write) -> std::io::Result<()> {
    serde_json::to_writer(&mut *w, &to_record(gaz, lex, d)).map_err(crate::error::io_from_json)?;
    w.write_all(b"\n")
}

/// Reads a shard file back into document outputs; every entity must be in the gazetteer and
/// every relation in the lexicon.
pub fn read(gaz: &Gazetteer, lex: &Lexicon, path: &Path) -> Result<Vec<DocOutput>> {
    let f = std::fs::File::open(path).map_err(|e| Error::input(path, format!("cannot read shard: {e}")))?;
    let mut out = Vec::new();
    for (i, line) in std::io::BufReader::new(f).lines().enumerate() {
        let line = line.map_err(|e| Error::input(path, format!("line {}: {e}", i + 1)))?;
        if line.trim().is_empty() {
            continue;
        }
        let rec: DocRecord = serde_json::from_str(&line)
            .map_err(|e| Error::data(path, format!("line {}: not a kgraph extract record: {e}", i + 1)))?;
        out.push(from_record(gaz, lex, rec, |m| {
            Error::data(path, format!("line {}: {m}", i + 1))
        })?);
    }
    Ok(out)
}

/// A record's document output; `err` places a message (an unknown id) in the file.
fn from_record(
    gaz: &Gazetteer,
    lex: &Lexicon,
    rec: DocRecord,
    err: impl Fn(String) -> Error,
) -> Result<DocOutput> {
    let local: HashMap<&EntityId, usize> = rec
        .discovered
        .iter()
        .enumerate()
        .map(|(i, e)| (&e.id, i))
        .collect();
    let entity = |id: &EntityId| {
        let found = local.get(id).map(|&i| EntityIx::new(gaz.entities.len() + i));
        found.or_else(|| gaz.get(id)).ok_or_else(|| {
            err(format!(
                "entity {id} is not in the gazetteer: merge with the gazetteer the shard was extracted with"
            ))
        })
    };
    let mut mentions = Vec::with_capacity(rec.mentions.len());
    for (id, count) in &rec.mentions {
        mentions.push(MentionCount {
            entity: entity(id)?,
            count: *count,
        });
    }
    mentions.sort_unstable();
    let mut relations = Vec::with_capacity(rec.relations.len());
    for r in rec.relations {
        let (source, target) = (entity(&r.source)?, entity(&r.target)?);
        let relation = lex.find(&r.relation).ok_or_else(|| {
            err(format!(
                "relation {} is not in the lexicon: merge with the gazetteer the shard was extracted with",
                r.relation
            ))
        })?;
        relations.push(Relation {
            source,
            relation,
            target,
            polarity: Polarity::from_flags(r.negated, r.hedged),
            date: r.date,
            place: r.place.as_ref().map(entity).transpose()?,
            roles: r.roles,
            evidence: r.evidence,
        });
    }
    drop(local);
    let mut discovered = rec.discovered;
    for e in &mut discovered {
        e.origin = crate::model::Origin::Discovered;
    }
    Ok(DocOutput {
        doc: rec.doc,
        relations,
        mentions,
        sentences: rec.sentences,
        date: rec.date,
        discovered,
        names: crate::extract::Names::default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::KnowledgeGraph;
    use crate::graph::level::Level;
    use crate::model::{EntityKind, Gender, Origin, RelationIx, Span};

    fn actor(id: &str, label: &str, gender: Option<Gender>) -> Entity {
        Entity {
            label: label.into(),
            aliases: vec![label.into()],
            gender,
            role: "Chancellor".into(),
            affiliation: Some(EntityId("germany".into())),
            origin: Origin::Discovered,
            ..Entity::named(id, EntityKind::Person)
        }
    }

    fn relation(doc: &str, source: u32, target: u32) -> Relation {
        Relation {
            source: EntityIx(source),
            relation: RelationIx(0),
            target: EntityIx(target),
            polarity: Polarity::Hedged,
            date: Date::new(2024, 5, 1),
            place: None,
            roles: RolesAtDate {
                source_role: "Chancellor".into(),
                ..RolesAtDate::default()
            },
            evidence: Evidence {
                doc: doc.into(),
                sentence: 1,
                span: Span { start: 4, end: 7 },
                trigger: "met".into(),
                text: "They met.".into(),
            },
        }
    }

    fn doc(name: &str, discovered: Vec<Entity>, relations: Vec<Relation>) -> DocOutput {
        let mentions = (0..2 + discovered.len())
            .map(|i| MentionCount {
                entity: EntityIx::new(i),
                count: 1 + i as u32,
            })
            .collect();
        DocOutput {
            doc: name.into(),
            relations,
            mentions,
            sentences: 4,
            date: Date::new(2024, 5, 1),
            discovered,
            names: Default::default(),
        }
    }

    fn same(a: &KnowledgeGraph, b: &KnowledgeGraph) {
        assert_eq!(a.nodes().collect::<Vec<_>>(), b.nodes().collect::<Vec<_>>());
        assert_eq!(a.edges().collect::<Vec<_>>(), b.edges().collect::<Vec<_>>());
        assert_eq!(a.instances, b.instances);
        assert_eq!(a.documents, b.documents);
    }

    #[test]
    fn discovered_actors_survive_the_shard_and_merge_as_one_build() {
        let gaz = Gazetteer::from_entities(vec![
            Entity::named("germany", EntityKind::Country),
            Entity {
                label: "Kerry".into(),
                ..Entity::named("kerry", EntityKind::Person)
            },
        ]);
        let lex = Lexicon::parse(
            "relation,symmetric,cameo,verbs,nouns,objects\nmet,true,040,meet{met},,\n",
            Path::new("relations.csv"),
        )
        .unwrap();
        let docs = vec![
            doc(
                "b.txt",
                vec![actor("olaf_scholz", "Olaf Scholz", None)],
                vec![relation("b.txt", 1, 2)],
            ),
            doc(
                "a.txt",
                // a discovered "Kerry" whose id the extractor made distinct from the gazetteer's
                vec![
                    actor("kerry_2", "Kerry", Some(Gender::Female)),
                    actor("olaf_scholz", "Olaf Scholz", Some(Gender::Male)),
                ],
                vec![relation("a.txt", 2, 3), relation("a.txt", 1, 2)],
            ),
            doc("c.txt", vec![], vec![]),
        ];
        let dir = tempfile::tempdir().unwrap();
        let (one, two) = (dir.path().join("1.jsonl"), dir.path().join("2.jsonl"));
        let mut w1 = Vec::new();
        let mut w2 = Vec::new();
        write_record(&gaz, &lex, &docs[0], &mut w1).unwrap();
        write_record(&gaz, &lex, &docs[1], &mut w2).unwrap();
        write_record(&gaz, &lex, &docs[2], &mut w2).unwrap();
        std::fs::write(&one, w1).unwrap();
        std::fs::write(&two, w2).unwrap();
        let mut merged = read(&gaz, &lex, &two).unwrap();
        merged.extend(read(&gaz, &lex, &one).unwrap());
        assert_eq!(merged[0].discovered.len(), 2);
        for level in [Level::Actor, Level::Country] {
            let built = crate::pipeline::assemble(&gaz, &lex, docs.clone(), level);
            let from_shards = crate::pipeline::assemble(&gaz, &lex, merged.clone(), level);
            same(&built, &from_shards);
        }
        let kg = crate::pipeline::assemble(&gaz, &lex, merged, Level::Actor);
        let ids: Vec<&str> = kg.nodes().map(|n| n.id.0.as_str()).collect();
        assert_eq!(ids, ["germany", "kerry", "kerry_2", "olaf_scholz"]);
    }

    #[test]
    fn a_record_without_discovered_actors_is_written_as_before() {
        let gaz = Gazetteer::from_entities(vec![
            Entity::named("kerry", EntityKind::Person),
            Entity::named("usa", EntityKind::Country),
        ]);
        let lex = Lexicon::parse("relation,symmetric,cameo,verbs,nouns,objects\n", Path::new("r")).unwrap();
        let mut w = Vec::new();
        write_record(&gaz, &lex, &doc("a", vec![], vec![]), &mut w).unwrap();
        assert!(!String::from_utf8(w).unwrap().contains("discovered"));
    }
}
