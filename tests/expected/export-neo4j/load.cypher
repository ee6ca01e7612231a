// Load the kgraph export into a running Neo4j: copy nodes.csv and relationships.csv into
// the database's import folder, then run this file (cypher-shell -f load.cypher).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
MERGE (e:Entity {id: row.`id:ID(Entity)`})
SET e.name = row.name, e.type = row.type, e.mentions = toInteger(row.`mentions:long`),
    e.documents = toInteger(row.`documents:long`), e.affiliation = row.affiliation,
    e.role = row.role, e.code = row.code
FOREACH (_ IN CASE WHEN row.type = 'person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN row.type = 'organization' THEN [1] ELSE [] END | SET e:Organization)
FOREACH (_ IN CASE WHEN row.type = 'country' THEN [1] ELSE [] END | SET e:Country)
FOREACH (_ IN CASE WHEN row.type = 'place' THEN [1] ELSE [] END | SET e:Place)
;
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'ACCUSED'
MATCH (a:Entity {id: row.`:START_ID(Entity)`}), (b:Entity {id: row.`:END_ID(Entity)`})
CREATE (a)-[r:ACCUSED]->(b)
SET r.relation = row.relation, r.weight = toFloat(row.`weight:double`),
    r.negated = toInteger(row.`negated:long`), r.hedged = toInteger(row.`hedged:long`),
    r.instances = toInteger(row.`instances:long`), r.documents = toInteger(row.`documents:long`),
    r.symmetric = row.`symmetric:boolean` = 'true', r.cameo = row.cameo,
    r.first_date = date(nullif(row.`first_date:date`, '')),
    r.last_date = date(nullif(row.`last_date:date`, '')), r.places = row.places, r.evidence = row.evidence;
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'AFFILIATED_WITH'
MATCH (a:Entity {id: row.`:START_ID(Entity)`}), (b:Entity {id: row.`:END_ID(Entity)`})
CREATE (a)-[r:AFFILIATED_WITH]->(b)
SET r.relation = row.relation, r.weight = toFloat(row.`weight:double`),
    r.negated = toInteger(row.`negated:long`), r.hedged = toInteger(row.`hedged:long`),
    r.instances = toInteger(row.`instances:long`), r.documents = toInteger(row.`documents:long`),
    r.symmetric = row.`symmetric:boolean` = 'true', r.cameo = row.cameo,
    r.first_date = date(nullif(row.`first_date:date`, '')),
    r.last_date = date(nullif(row.`last_date:date`, '')), r.places = row.places, r.evidence = row.evidence;
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'ANNEXED'
MATCH (a:Entity {id: row.`:START_ID(Entity)`}), (b:Entity {id: row.`:END_ID(Entity)`})
CREATE (a)-[r:ANNEXED]->(b)
SET r.relation = row.relation, r.weight = toFloat(row.`weight:double`),
    r.negated = toInteger(row.`negated:long`), r.hedged = toInteger(row.`hedged:long`),
    r.instances = toInteger(row.`instances:long`), r.documents = toInteger(row.`documents:long`),
    r.symmetric = row.`symmetric:boolean` = 'true', r.cameo = row.cameo,
    r.first_date = date(nullif(row.`first_date:date`, '')),
    r.last_date = date(nullif(row.`last_date:date`, '')), r.places = row.places, r.evidence = row.evidence;
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'CRITICIZED'
MATCH (a:Entity {id: row.`:START_ID(Entity)`}), (b:Entity {id: row.`:END_ID(Entity)`})
CREATE (a)-[r:CRITICIZED]->(b)
SET r.relation = row.relation, r.weight = toFloat(row.`weight:double`),
    r.negated = toInteger(row.`negated:long`), r.hedged = toInteger(row.`hedged:long`),
    r.instances = toInteger(row.`instances:long`), r.documents = toInteger(row.`documents:long`),
    r.symmetric = row.`symmetric:boolean` = 'true', r.cameo = row.cameo,
    r.first_date = date(nullif(row.`first_date:date`, '')),
    r.last_date = date(nullif(row.`last_date:date`, '')), r.places = row.places, r.evidence = row.evidence;
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'DISCUSSED'
MATCH (a:Entity {id: row.`:START_ID(Entity)`}), (b:Entity {id: row.`:END_ID(Entity)`})
CREATE (a)-[r:DISCUSSED]->(b)
SET r.relation = row.relation, r.weight = toFloat(row.`weight:double`),
    r.negated = toInteger(row.`negated:long`), r.hedged = toInteger(row.`hedged:long`),
    r.instances = toInteger(row.`instances:long`), r.documents = toInteger(row.`documents:long`),
    r.symmetric = row.`symmetric:boolean` = 'true', r.cameo = row.cameo,
    r.first_date = date(nullif(row.`first_date:date`, '')),
    r.last_date = date(nullif(row.`last_date:date`, '')), r.places = row.places, r.evidence = row.evidence;
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'INVITED'
MATCH (a:Entity {id: row.`:START_ID(Entity)`}), (b:Entity {id: row.`:END_ID(Entity)`})
CREATE (a)-[r:INVITED]->(b)
SET r.relation = row.relation, r.weight = toFloat(row.`weight:double`),
    r.negated = toInteger(row.`negated:long`), r.hedged = toInteger(row.`hedged:long`),
    r.instances = toInteger(row.`instances:long`), r.documents = toInteger(row.`documents:long`),
    r.symmetric = row.`symmetric:boolean` = 'true', r.cameo = row.cameo,
    r.first_date = date(nullif(row.`first_date:date`, '')),
    r.last_date = date(nullif(row.`last_date:date`, '')), r.places = row.places, r.evidence = row.evidence;
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'MET'
MATCH (a:Entity {id: row.`:START_ID(Entity)`}), (b:Entity {id: row.`:END_ID(Entity)`})
CREATE (a)-[r:MET]->(b)
SET r.relation = row.relation, r.weight = toFloat(row.`weight:double`),
    r.negated = toInteger(row.`negated:long`), r.hedged = toInteger(row.`hedged:long`),
    r.instances = toInteger(row.`instances:long`), r.documents = toInteger(row.`documents:long`),
    r.symmetric = row.`symmetric:boolean` = 'true', r.cameo = row.cameo,
    r.first_date = date(nullif(row.`first_date:date`, '')),
    r.last_date = date(nullif(row.`last_date:date`, '')), r.places = row.places, r.evidence = row.evidence;
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'PROPOSED'
MATCH (a:Entity {id: row.`:START_ID(Entity)`}), (b:Entity {id: row.`:END_ID(Entity)`})
CREATE (a)-[r:PROPOSED]->(b)
SET r.relation = row.relation, r.weight = toFloat(row.`weight:double`),
    r.negated = toInteger(row.`negated:long`), r.hedged = toInteger(row.`hedged:long`),
    r.instances = toInteger(row.`instances:long`), r.documents = toInteger(row.`documents:long`),
    r.symmetric = row.`symmetric:boolean` = 'true', r.cameo = row.cameo,
    r.first_date = date(nullif(row.`first_date:date`, '')),
    r.last_date = date(nullif(row.`last_date:date`, '')), r.places = row.places, r.evidence = row.evidence;
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'REJECTED'
MATCH (a:Entity {id: row.`:START_ID(Entity)`}), (b:Entity {id: row.`:END_ID(Entity)`})
CREATE (a)-[r:REJECTED]->(b)
SET r.relation = row.relation, r.weight = toFloat(row.`weight:double`),
    r.negated = toInteger(row.`negated:long`), r.hedged = toInteger(row.`hedged:long`),
    r.instances = toInteger(row.`instances:long`), r.documents = toInteger(row.`documents:long`),
    r.symmetric = row.`symmetric:boolean` = 'true', r.cameo = row.cameo,
    r.first_date = date(nullif(row.`first_date:date`, '')),
    r.last_date = date(nullif(row.`last_date:date`, '')), r.places = row.places, r.evidence = row.evidence;
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'SANCTIONED'
MATCH (a:Entity {id: row.`:START_ID(Entity)`}), (b:Entity {id: row.`:END_ID(Entity)`})
CREATE (a)-[r:SANCTIONED]->(b)
SET r.relation = row.relation, r.weight = toFloat(row.`weight:double`),
    r.negated = toInteger(row.`negated:long`), r.hedged = toInteger(row.`hedged:long`),
    r.instances = toInteger(row.`instances:long`), r.documents = toInteger(row.`documents:long`),
    r.symmetric = row.`symmetric:boolean` = 'true', r.cameo = row.cameo,
    r.first_date = date(nullif(row.`first_date:date`, '')),
    r.last_date = date(nullif(row.`last_date:date`, '')), r.places = row.places, r.evidence = row.evidence;
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'SPOKE_WITH'
MATCH (a:Entity {id: row.`:START_ID(Entity)`}), (b:Entity {id: row.`:END_ID(Entity)`})
CREATE (a)-[r:SPOKE_WITH]->(b)
SET r.relation = row.relation, r.weight = toFloat(row.`weight:double`),
    r.negated = toInteger(row.`negated:long`), r.hedged = toInteger(row.`hedged:long`),
    r.instances = toInteger(row.`instances:long`), r.documents = toInteger(row.`documents:long`),
    r.symmetric = row.`symmetric:boolean` = 'true', r.cameo = row.cameo,
    r.first_date = date(nullif(row.`first_date:date`, '')),
    r.last_date = date(nullif(row.`last_date:date`, '')), r.places = row.places, r.evidence = row.evidence;
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'SUPPORTED'
MATCH (a:Entity {id: row.`:START_ID(Entity)`}), (b:Entity {id: row.`:END_ID(Entity)`})
CREATE (a)-[r:SUPPORTED]->(b)
SET r.relation = row.relation, r.weight = toFloat(row.`weight:double`),
    r.negated = toInteger(row.`negated:long`), r.hedged = toInteger(row.`hedged:long`),
    r.instances = toInteger(row.`instances:long`), r.documents = toInteger(row.`documents:long`),
    r.symmetric = row.`symmetric:boolean` = 'true', r.cameo = row.cameo,
    r.first_date = date(nullif(row.`first_date:date`, '')),
    r.last_date = date(nullif(row.`last_date:date`, '')), r.places = row.places, r.evidence = row.evidence;
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'TOLD'
MATCH (a:Entity {id: row.`:START_ID(Entity)`}), (b:Entity {id: row.`:END_ID(Entity)`})
CREATE (a)-[r:TOLD]->(b)
SET r.relation = row.relation, r.weight = toFloat(row.`weight:double`),
    r.negated = toInteger(row.`negated:long`), r.hedged = toInteger(row.`hedged:long`),
    r.instances = toInteger(row.`instances:long`), r.documents = toInteger(row.`documents:long`),
    r.symmetric = row.`symmetric:boolean` = 'true', r.cameo = row.cameo,
    r.first_date = date(nullif(row.`first_date:date`, '')),
    r.last_date = date(nullif(row.`last_date:date`, '')), r.places = row.places, r.evidence = row.evidence;
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'URGED'
MATCH (a:Entity {id: row.`:START_ID(Entity)`}), (b:Entity {id: row.`:END_ID(Entity)`})
CREATE (a)-[r:URGED]->(b)
SET r.relation = row.relation, r.weight = toFloat(row.`weight:double`),
    r.negated = toInteger(row.`negated:long`), r.hedged = toInteger(row.`hedged:long`),
    r.instances = toInteger(row.`instances:long`), r.documents = toInteger(row.`documents:long`),
    r.symmetric = row.`symmetric:boolean` = 'true', r.cameo = row.cameo,
    r.first_date = date(nullif(row.`first_date:date`, '')),
    r.last_date = date(nullif(row.`last_date:date`, '')), r.places = row.places, r.evidence = row.evidence;
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'VISITED'
MATCH (a:Entity {id: row.`:START_ID(Entity)`}), (b:Entity {id: row.`:END_ID(Entity)`})
CREATE (a)-[r:VISITED]->(b)
SET r.relation = row.relation, r.weight = toFloat(row.`weight:double`),
    r.negated = toInteger(row.`negated:long`), r.hedged = toInteger(row.`hedged:long`),
    r.instances = toInteger(row.`instances:long`), r.documents = toInteger(row.`documents:long`),
    r.symmetric = row.`symmetric:boolean` = 'true', r.cameo = row.cameo,
    r.first_date = date(nullif(row.`first_date:date`, '')),
    r.last_date = date(nullif(row.`last_date:date`, '')), r.places = row.places, r.evidence = row.evidence;
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
WITH row WHERE row.`:TYPE` = 'WARNED'
MATCH (a:Entity {id: row.`:START_ID(Entity)`}), (b:Entity {id: row.`:END_ID(Entity)`})
CREATE (a)-[r:WARNED]->(b)
SET r.relation = row.relation, r.weight = toFloat(row.`weight:double`),
    r.negated = toInteger(row.`negated:long`), r.hedged = toInteger(row.`hedged:long`),
    r.instances = toInteger(row.`instances:long`), r.documents = toInteger(row.`documents:long`),
    r.symmetric = row.`symmetric:boolean` = 'true', r.cameo = row.cameo,
    r.first_date = date(nullif(row.`first_date:date`, '')),
    r.last_date = date(nullif(row.`last_date:date`, '')), r.places = row.places, r.evidence = row.evidence;
