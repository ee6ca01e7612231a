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

/// The Neo4j versions `import.sh` is written for: `neo4j-admin database import full` is 5.0's.
pub const IMPORT_VERSIONS: &str = "Neo4j 5.0 or later (5.x to 5.26 LTS, 2025.x)";
/// The Neo4j versions `load.cypher` is written for: `CALL (row) { }` is 5.23's.
pub const LOAD_VERSIONS: &str = "Neo4j 5.23 or later (5.23 to 5.26 LTS, 2025.x; Cypher 5 and Cypher 25)";
/// Rows per inner transaction of `load.cypher` (Neo4j's default, spelled out).
const BATCH_ROWS: usize = 1000;

/// `import.sh` after its first two lines. The database name goes first: `--nodes` and
/// `--relationships` take every later word as one more file (neo4j-admin 5.19 on).
const IMPORT_SCRIPT: &str = r#"# usage: sh import.sh [DATABASE] [NEO4J-ADMIN OPTIONS...]
#   DATABASE defaults to neo4j, the default database and the only one Community Edition has.
#   Stop the server first (neo4j stop). A database that exists is only replaced with
#   --overwrite-destination=true, the only way to re-import on Community Edition.
#   Enterprise Edition, a new name: then run CREATE DATABASE name against the system database.
#   Then start the server and create the id constraint, the first statement of load.cypher.
# The database name comes before --nodes/--relationships: they take every later word as a file.
# --multiline-fields=true: an evidence sentence can span lines.
set -e
cd "$(dirname "$0")"
case "${1:-}" in
  "" | -*) db=neo4j ;;
  *) db=$1; shift ;;
esac
neo4j-admin database import full "$db" "$@" --multiline-fields=true \
  --nodes=neo4j_nodes.csv --relationships=neo4j_relationships.csv
"#;

/// `import.sh`: the offline bulk import with neo4j-admin.
pub fn write_import_script(_: &KnowledgeGraph, w: &mut dyn Write) -> io::Result<()> {
    writeln!(w, "#!/bin/sh")?;
    writeln!(
        w,
        "# kgraph: bulk-import neo4j_nodes.csv and neo4j_relationships.csv with neo4j-admin."
    )?;
    writeln!(w, "# Needs {IMPORT_VERSIONS}.")?;
    w.write_all(IMPORT_SCRIPT.as_bytes())
}

/// A property key or CSV column in Cypher: as it is when it is a plain name, else quoted.
fn cypher_name(name: &str) -> String {
    let plain = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if plain {
        name.to_string()
    } else {
        cypher_type(name)
    }
}

/// `SET` assignments for the property columns of a header, each value converted as
/// neo4j-admin reads its type (`long`, `double`, `boolean`, `date`, or a string). Empty cells
/// are `null` in `LOAD CSV`, so the property is left unset, as the bulk import does.
fn assignments(var: &str, header: &[&str], skip: &[&str]) -> Vec<String> {
    header
        .iter()
        .filter(|f| !f.starts_with(':') && !f.contains(":ID") && !skip.contains(f))
        .map(|f| {
            let (name, kind) = f.split_once(':').unwrap_or((f, "string"));
            let cell = format!("row.{}", cypher_name(f));
            let value = match kind {
                "long" | "int" => format!("toInteger({cell})"),
                "double" | "float" => format!("toFloat({cell})"),
                "boolean" => format!("({cell} = 'true')"),
                "date" => format!("date({cell})"),
                _ => cell,
            };
            format!("{var}.{} = {value}", cypher_name(name))
        })
        .collect()
}

/// `load.cypher` after its first two lines, up to its nodes statement: how to run it and why a
/// rerun changes nothing, then the constraint that makes the nodes' MERGE an index lookup.
const LOAD_HEAD: &str = "\
// Copy both CSV files into the server's import folder, then: cypher-shell -d neo4j -f load.cypher
// CALL { } IN TRANSACTIONS runs only in an implicit (auto-commit) transaction: cypher-shell
// runs each statement so (no :begin); in Neo4j Browser put :auto before each statement.
// Running it again changes nothing: nodes are merged on id (the constraint keeps it unique),
// relationships on start, type, relation and end (one edge each), properties set alike.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
";

/// `load.cypher`: `LOAD CSV` into a running database (files in its import folder), batched,
/// and keyed so that running it again changes nothing.
pub fn write_cypher(kg: &KnowledgeGraph, w: &mut dyn Write) -> io::Result<()> {
    let (start, end) = (REL_HEADER[0], REL_HEADER[1]);
    writeln!(
        w,
        "// kgraph: load neo4j_nodes.csv and neo4j_relationships.csv into a running Neo4j."
    )?;
    writeln!(w, "// Needs {LOAD_VERSIONS}.")?;
    w.write_all(LOAD_HEAD.as_bytes())?;
    writeln!(w, "LOAD CSV WITH HEADERS FROM 'file:///neo4j_nodes.csv' AS row")?;
    writeln!(w, "CALL (row) {{")?;
    writeln!(
        w,
        "  MERGE (e:Entity {{id: row.{}}})",
        cypher_name(NODE_HEADER[0])
    )?;
    writeln!(
        w,
        "  SET {}",
        assignments("e", &NODE_HEADER, &[]).join(",\n      ")
    )?;
    for kind in crate::model::EntityKind::ALL {
        writeln!(
            w,
            "  FOREACH (_ IN CASE WHEN row.type = '{}' THEN [1] ELSE [] END | SET e:{})",
            kind.as_str(),
            label(kind)
        )?;
    }
    writeln!(w, "}} IN TRANSACTIONS OF {BATCH_ROWS} ROWS;")?;
    let set = assignments("r", &REL_HEADER, &["relation"]).join(",\n      ");
    // types hold only letters, digits and `_` (rel_type), so they need no escaping in quotes
    let types: BTreeSet<String> = kg.edges().map(|e| rel_type(&e.relation)).collect();
    for t in types {
        writeln!(
            w,
            "LOAD CSV WITH HEADERS FROM 'file:///neo4j_relationships.csv' AS row"
        )?;
        writeln!(w, "WITH row WHERE row.`:TYPE` = '{t}'")?;
        writeln!(w, "CALL (row) {{")?;
        writeln!(
            w,
            "  MATCH (a:Entity {{id: row.{}}}), (b:Entity {{id: row.{}}})",
            cypher_name(start),
            cypher_name(end)
        )?;
        writeln!(
            w,
            "  MERGE (a)-[r:{} {{relation: row.relation}}]->(b)",
            cypher_type(&t)
        )?;
        writeln!(w, "  SET {set}")?;
        writeln!(w, "}} IN TRANSACTIONS OF {BATCH_ROWS} ROWS;")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{Edge, Node};
    use crate::model::{EntityId, EntityKind};
    use petgraph::graph::NodeIndex;

    fn text(write: super::super::Writer, kg: &KnowledgeGraph) -> String {
        let mut out = Vec::new();
        write(kg, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// Two people and three edges, two of whose relations share the type `SPOKE_WITH`.
    fn graph() -> KnowledgeGraph {
        let node = |id: &str| Node {
            id: EntityId(id.into()),
            label: id.into(),
            kind: EntityKind::Person,
            mentions: 1,
            documents: 1,
            affiliation: String::new(),
            role: String::new(),
            code: String::new(),
            origin: Default::default(),
            aliases: vec![],
        };
        let edge = |relation: &str| Edge {
            source: NodeIndex::new(0),
            target: NodeIndex::new(1),
            relation: relation.into(),
            symmetric: false,
            cameo: String::new(),
            origin: crate::graph::EdgeOrigin::Text,
            asserted: 1,
            negated: 0,
            hedged: 0,
            documents: 0,
            first_date: None,
            last_date: None,
            instances: vec![],
        };
        let edges = ["met", "spoke-with", "spoke_with"].map(edge).to_vec();
        KnowledgeGraph::from_parts(vec![node("a"), node("b")], edges, vec![], vec![]).unwrap()
    }

    /// The `(name, type)` of every property column (no `:` start, no `:ID`).
    fn properties(header: &[&'static str]) -> Vec<(&'static str, &'static str)> {
        header
            .iter()
            .filter(|f| !f.starts_with(':') && !f.contains(":ID"))
            .map(|f| f.split_once(':').unwrap_or((f, "string")))
            .collect()
    }

    #[test]
    fn headers_follow_the_neo4j_admin_conventions() {
        assert_eq!(NODE_HEADER.iter().filter(|f| f.contains(":ID")).count(), 1);
        assert_eq!(
            NODE_HEADER[0], "id:ID(Entity)",
            "the id, stored as `id`, in ID space Entity"
        );
        assert_eq!(NODE_HEADER.iter().filter(|f| **f == ":LABEL").count(), 1);
        assert_eq!(REL_HEADER[..3], [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"]);
        let types = [
            "int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "date",
        ];
        for header in [&NODE_HEADER[..], &REL_HEADER[..]] {
            let props = properties(header);
            for (name, kind) in &props {
                assert!(types.contains(kind), "{name}:{kind} is not a neo4j-admin type");
                assert!(!name.is_empty() && !name.contains(['(', '{', '[']), "{name}");
            }
            let mut names: Vec<&str> = props.iter().map(|p| p.0).collect();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), props.len(), "a property twice in {header:?}");
        }
        let (nodes, rels) = (graph(), text(write_relationships, &graph()));
        assert!(text(write_nodes, &nodes).contains("\na,a,Entity;Person,person,"));
        assert!(rels.contains("\na,b,MET,met,1.0,1,0,0,0,0,false,text,"), "{rels}");
    }

    #[test]
    fn import_script_names_the_database_before_the_file_lists() {
        let sh = text(write_import_script, &KnowledgeGraph::default());
        assert!(sh.contains(IMPORT_VERSIONS) && sh.contains("--overwrite-destination=true"));
        assert!(
            sh.contains("\"\" | -*) db=neo4j ;;"),
            "the default database is neo4j"
        );
        let command = sh.replace("\\\n", " ");
        let line = command.lines().find(|l| l.starts_with("neo4j-admin ")).unwrap();
        let words: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(
            words[..5],
            ["neo4j-admin", "database", "import", "full", "\"$db\""]
        );
        let lists = words.iter().position(|w| w.starts_with("--nodes=")).unwrap();
        assert!(words[lists..].iter().all(|w| w.starts_with("--")), "{line}");
        assert!(words.contains(&"--relationships=neo4j_relationships.csv"));
    }

    #[test]
    fn load_cypher_merges_in_batches_of_implicit_transactions() {
        let cypher = text(write_cypher, &graph());
        assert!(cypher.contains(LOAD_VERSIONS));
        let statements: Vec<&str> = cypher.split(";\n").filter(|s| s.contains("LOAD CSV")).collect();
        assert_eq!(statements.len(), 3, "nodes, MET, SPOKE_WITH:\n{cypher}");
        for s in &statements {
            assert!(s.contains("AS row\n") && s.contains("CALL (row) {\n"), "{s}");
            assert!(s.ends_with("} IN TRANSACTIONS OF 1000 ROWS"), "{s}");
            assert!(s.contains("  MERGE ("), "{s}");
            assert!(
                !s.contains("CREATE") && !s.to_lowercase().contains("nullif"),
                "{s}"
            );
        }
        assert!(cypher.starts_with("//") && cypher.contains(
            "\nCREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;\nLOAD CSV"
        ));
        let spoke = statements.iter().find(|s| s.contains("'SPOKE_WITH'")).unwrap();
        assert!(spoke.contains("MERGE (a)-[r:`SPOKE_WITH` {relation: row.relation}]->(b)"));
        for (var, header, s) in [
            ("e", &NODE_HEADER[..], statements[0]),
            ("r", &REL_HEADER[..], spoke),
        ] {
            for (name, _) in properties(header).into_iter().filter(|p| p.0 != "relation") {
                assert!(s.contains(&format!("{var}.{name} = ")), "{name} is not set:\n{s}");
            }
        }
        assert!(statements[0].contains("e.mentions = toInteger(row.`mentions:long`)"));
        assert!(spoke.contains("r.symmetric = (row.`symmetric:boolean` = 'true')"));
        assert!(spoke.contains("r.first_date = date(row.`first_date:date`)"));
    }

    #[test]
    fn load_cypher_says_how_to_run_it_and_that_a_rerun_changes_nothing() {
        let cypher = text(write_cypher, &graph());
        let head: String = cypher.lines().take_while(|l| l.starts_with("//")).collect();
        assert!(head.contains("Running it again changes nothing"), "{head}");
        assert!(head.contains("implicit (auto-commit) transaction") && head.contains(":auto"));
        assert!(head.contains("cypher-shell -d neo4j -f load.cypher"));
    }

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
