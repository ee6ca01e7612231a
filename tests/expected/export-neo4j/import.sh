#!/bin/sh
# Bulk-import this graph into a NEW Neo4j database (it must not exist yet), then start it.
# usage: sh import.sh [DATABASE]    (run where neo4j-admin is on the PATH; Neo4j 5)
set -e
cd "$(dirname "$0")"
neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv "${1:-kgraph}"
