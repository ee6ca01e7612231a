//! Neo4j: the CSV layout of `neo4j-admin database import` (`:ID`, `:LABEL`, `:START_ID`,
//! `:END_ID`, `:TYPE`, typed properties), a shell script that runs that import, and a
//! `LOAD CSV` Cypher script for a running database.

use crate::graph::KnowledgeGraph;
use crate::text::cell::safe_row;
use std::collections::BTreeSet;
use std::io::{self, Write};

pub const NODE_HEADER: [&str; 10] = [
    "id:ID(Entity)",
    "name",
    ":LABEL",
    "type",
    "mentions:long",
    "documents:long",
    "affiliation",
    "role",
    "code",
    "origin",
];
pub const REL_HEADER: [&str; 17] = [
    ":START_ID(Entity)",
    ":END_ID(Entity)",
    ":TYPE",
    "relation",
    "weight:double",
    "asserted:long",
    "negated:long",
    "hedged:long",
    "instances:long",
    "documents:long",
    "symmetric:boolean",
    "origin",
    "cameo",
    "first_date:date",
    "last_date:date",
    "places",
    "evidence",
];

/// The Neo4j relationship type of a relation: `spoke_with` → `SPOKE_WITH`, every letter kept
/// (upper-cased), anything else `_`; `RELATED` for a name with no letter or digit.
pub fn rel_type(relation: &str) -> String {
    let t: String = relation
        .chars()
        .flat_map(|c| {
            let keep = c.is_alphanumeric();
            c.to_uppercase().map(move |u| if keep { u } else { '_' })
        })
        .collect();
    if t.chars().all(|c| c == '_') {
        return "RELATED".to_string();
    }
    t
}

/// A relationship type in Cypher: quoted with backticks, so a type that starts with a digit or
/// holds letters outside ASCII is still one name.
fn cypher_type(t: &str) -> String {
    format!("`{}`", t.replace('`', "``"))
}

fn label(kind: crate::model::EntityKind) -> &'static str {
    match kind {
        crate::model::EntityKind::Person => "Person",
        crate::model::EntityKind::Organization => "Organization",
        crate::model::EntityKind::Country => "Country",
        crate::model::EntityKind::Place => "Place",
    }
}

pub fn write_nodes(kg: &KnowledgeGraph, w: &mut dyn Write) -> io::Result<()> {
    let mut c = csv::Writer::from_writer(w);
    c.write_record(NODE_HEADER).map_err(crate::error::io_from_csv)?;
    for n in kg.nodes() {
        let labels = format!("Entity;{}", label(n.kind));
        c.write_record(safe_row(&super::csv::node_cells(n, Some(labels))))
            .map_err(crate::error::io_from_csv)?;
    }
    c.flush()
}

pub fn write_relationships(kg: &KnowledgeGraph, w: &mut dyn Write) -> io::Result<()> {
    let mut c = csv::Writer::from_writer(w);
    c.write_record(REL_HEADER).map_err(crate::error::io_from_csv)?;
    for e in kg.edges() {
        let evidence = e
            .instances
            .first()
            .map_or("", |&i| kg.instances[i].evidence.text.as_str());
        let mut cells = vec![
            kg.id(e.source).0.clone(),
            kg.id(e.target).0.clone(),
            rel_type(&e.relation),
            e.relation.clone(),
            format!("{:.1}", e.weight() as f64),
        ];
        cells.extend(super::csv::edge_counts(e));
        cells.extend([
            e.cameo.clone(),
            super::csv::opt(&e.first_date),
            super::csv::opt(&e.last_date),
            kg.edge_places(e),
            evidence.to_string(),
        ]);
        c.write_record(safe_row(&cells))
            .map_err(crate::error::io_from_csv)?;
    }
    c.flush()
}

/// `import.sh`: the offline bulk import into a new database.
pub fn write_import_script(_: &KnowledgeGraph, w: &mut dyn Write) -> io::Result<()> {
    writeln!(w, "#!/bin/sh")?;
    writeln!(
        w,
        "# Bulk-import this graph into a NEW Neo4j database (it must not exist yet), then start it."
    )?;
    writeln!(
        w,
        "# usage: sh import.sh [DATABASE]    (run where neo4j-admin is on the PATH; Neo4j 5)"
    )?;
    writeln!(w, "set -e")?;
    writeln!(w, "cd \"$(dirname \"$0\")\"")?;
    writeln!(
        w,
        "neo4j-admin database import full --nodes=neo4j_nodes.csv --relationships=neo4j_relationships.csv \"${{1:-kgraph}}\""
    )
}

/// `load.cypher`: LOAD CSV statements for a running database (files in its import folder).
pub fn write_cypher(kg: &KnowledgeGraph, w: &mut dyn Write) -> io::Result<()> {
    writeln!(
        w,
        "// Load the kgraph export into a running Neo4j: copy neo4j_nodes.csv and neo4j_relationships.csv into"
    )?;
    writeln!(
        w,
        "// the database's import folder, then run this file (cypher-shell -f load.cypher)."
    )?;
    writeln!(
        w,
        "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;"
    )?;
    writeln!(w, "LOAD CSV WITH HEADERS FROM 'file:///neo4j_nodes.csv' AS row")?;
    writeln!(w, "MERGE (e:Entity {{id: row.`id:ID(Entity)`}})")?;
    writeln!(
        w,
        "SET e.name = row.name, e.type = row.type, e.mentions = toInteger(row.`mentions:long`),"
    )?;
    writeln!(
        w,
        "    e.documents = toInteger(row.`documents:long`), e.affiliation = row.affiliation,"
    )?;
    writeln!(
        w,
        "    e.role = row.role, e.code = row.code, e.origin = row.origin"
    )?;
    for (t, l) in [
        ("person", "Person"),
        ("organization", "Organization"),
        ("country", "Country"),
        ("place", "Place"),
    ] {
        writeln!(
            w,
            "FOREACH (_ IN CASE WHEN row.type = '{t}' THEN [1] ELSE [] END | SET e:{l})"
        )?;
    }
    writeln!(w, ";")?;
    let types: BTreeSet<String> = kg.edges().map(|e| rel_type(&e.relation)).collect();
    for t in types {
        writeln!(
            w,
            "LOAD CSV WITH HEADERS FROM 'file:///neo4j_relationships.csv' AS row"
        )?;
        writeln!(w, "WITH row WHERE row.`:TYPE` = '{t}'")?;
        writeln!(
            w,
            "MATCH (a:Entity {{id: row.`:START_ID(Entity)`}}), (b:Entity {{id: row.`:END_ID(Entity)`}})"
        )?;
        writeln!(w, "CREATE (a)-[r:{}]->(b)", cypher_type(&t))?;
        writeln!(
            w,
            "SET r.relation = row.relation, r.weight = toFloat(row.`weight:double`), r.asserted = toInteger(row.`asserted:long`), r.origin = row.origin,"
        )?;
        writeln!(
            w,
            "    r.negated = toInteger(row.`negated:long`), r.hedged = toInteger(row.`hedged:long`),"
        )?;
        writeln!(
            w,
            "    r.instances = toInteger(row.`instances:long`), r.documents = toInteger(row.`documents:long`),"
        )?;
        writeln!(
            w,
            "    r.symmetric = row.`symmetric:boolean` = 'true', r.cameo = row.cameo,"
        )?;
        writeln!(w, "    r.first_date = date(nullif(row.`first_date:date`, '')),")?;
        writeln!(
            w,
            "    r.last_date = date(nullif(row.`last_date:date`, '')), r.places = row.places, r.evidence = row.evidence;"
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn relationship_types_keep_every_letter_and_are_never_empty() {
        for (relation, t) in [
            ("met", "MET"),
            ("spoke_with", "SPOKE_WITH"),
            ("cameo:036", "CAMEO_036"),
            ("036", "036"),
            ("встретил", "ВСТРЕТИЛ"),
            ("rencontré", "RENCONTRÉ"),
            ("", "RELATED"),
            ("--", "RELATED"),
        ] {
            assert_eq!(super::rel_type(relation), t, "{relation:?}");
        }
        assert_ne!(super::rel_type("встретил"), super::rel_type("осудил"));
        assert_eq!(super::cypher_type("036"), "`036`");
    }
}
