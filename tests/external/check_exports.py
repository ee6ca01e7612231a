#!/usr/bin/env python3
"""Reads kgraph's exports back with the tools users have and checks they say what kgraph wrote.

usage: check_exports.py KGRAPH_BINARY SCHEMAS_DIR BUILD_ARGS...
Builds into a temp folder with BUILD_ARGS, exports every format, then checks:
  GraphML against the GraphML 1.0 XSD (xmllint), GEXF against the GEXF 1.3 RELAX NG (xmllint);
  networkx (GraphML, GEXF, node-link JSON) and igraph (GraphML) read the same nodes, edges and
  attribute values as nodes.csv / edges.csv; pandas reads the CSVs; Graphviz parses the DOT;
  the Neo4j CSVs carry the import headers. A missing tool is a failure, never a silent pass.
Prints one line per check and 'N passed, N failed' last.
"""
import csv, json, os, subprocess, sys, tempfile

kg, schemas, build_args = sys.argv[1], sys.argv[2], sys.argv[3:]
from checklib import check, finish


def need(module):
    try:
        return __import__(module)
    except ImportError:
        check(f"{module} importable", False, f"python module {module} is not installed (pip install {module})")
        return None


tmp = tempfile.mkdtemp()
out = os.path.join(tmp, "out")
subprocess.run([kg, "build", "--quiet", "--out", out, *build_args], check=True)
for f in ["graphml", "gexf", "csv", "json", "neo4j", "dot"]:
    subprocess.run([kg, "export", "--graph", os.path.join(out, "graph.json"), "--format", f,
                    "--out", os.path.join(tmp, f)], check=True, capture_output=True)

nodes = list(csv.DictReader(open(os.path.join(out, "nodes.csv"), encoding="utf-8")))
edges = list(csv.DictReader(open(os.path.join(out, "edges.csv"), encoding="utf-8")))
N, E = len(nodes), len(edges)
node_by_id = {n["id"]: n for n in nodes}
edge_key = lambda s, t, r: (s, t, r)
edge_by_key = {edge_key(e["source"], e["target"], e["relation"]): e for e in edges}
print(f"graph: {N} nodes, {E} edges")

gm, gx = os.path.join(tmp, "graphml", "graph.graphml"), os.path.join(tmp, "gexf", "graph.gexf")
for what, args in [("GraphML valid against graphml.xsd", ["--schema", os.path.join(schemas, "graphml", "graphml.xsd"), gm]),
                   ("GEXF valid against gexf.rng", ["--relaxng", os.path.join(schemas, "gexf", "gexf.rng"), gx])]:
    try:
        r = subprocess.run(["xmllint", "--nonet", "--noout", *args], capture_output=True, text=True)
        check(what, r.returncode == 0, r.stderr.strip()[:300])
    except FileNotFoundError:
        check(what, False, "xmllint is not installed (apt-get install libxml2-utils)")

nx = need("networkx")
if nx:
    g = nx.read_graphml(gm)
    check("networkx reads GraphML with the CSV counts", (g.number_of_nodes(), g.number_of_edges()) == (N, E),
          f"{g.number_of_nodes()}/{g.number_of_edges()} vs {N}/{E}")
    bad = [n for n, d in g.nodes(data=True) if d.get("label") != node_by_id[n]["label"]
           or d.get("type") != node_by_id[n]["type"] or d.get("mentions") != int(node_by_id[n]["mentions"])
           or d.get("origin") != node_by_id[n]["origin"]]
    check("networkx GraphML node label/type/mentions/origin equal nodes.csv", not bad, f"differ: {bad[:3]}")
    bad = []
    for s, t, d in g.edges(data=True):
        e = edge_by_key.get(edge_key(s, t, d.get("relation")))
        if e is None or d.get("weight") != float(e["weight"]) or d.get("negated") != int(e["negated"]) \
                or d.get("symmetric") != (e["symmetric"] == "true"):
            bad.append((s, t, d.get("relation")))
    check("networkx GraphML edge relation/weight/negated/symmetric equal edges.csv", not bad, f"differ: {bad[:3]}")
    x = nx.read_gexf(gx)
    check("networkx reads GEXF with the CSV counts", (x.number_of_nodes(), x.number_of_edges()) == (N, E),
          f"{x.number_of_nodes()}/{x.number_of_edges()} vs {N}/{E}")
    bad = [n for n, d in x.nodes(data=True) if d.get("label") != node_by_id[n]["label"] or d.get("type") != node_by_id[n]["type"]
           or d.get("origin") != node_by_id[n]["origin"]]
    check("networkx GEXF node label/type/origin equal nodes.csv", not bad, f"differ: {bad[:3]}")
    bad = [(s, t) for s, t, d in x.edges(data=True)
           if edge_by_key.get(edge_key(s, t, d.get("relation"))) is None
           or float(d.get("weight", 1.0)) != float(edge_by_key[edge_key(s, t, d.get("relation"))]["weight"])]
    check("networkx GEXF edge relation/weight equal edges.csv", not bad, f"differ: {bad[:3]}")
    data = json.load(open(os.path.join(tmp, "json", "graph.json"), encoding="utf-8"))
    import inspect
    kw = "edges" if "edges" in inspect.signature(nx.node_link_graph).parameters else "link"
    j = nx.node_link_graph(data, **{kw: "links"})
    check("networkx node_link_graph reads graph.json with the CSV counts",
          (j.number_of_nodes(), j.number_of_edges()) == (N, E), f"{j.number_of_nodes()}/{j.number_of_edges()}")
    textual = [d for _, _, d in j.edges(data=True) if d["relation"] != "affiliated_with"]
    check("every textual edge in graph.json carries evidence sentences",
          all(d["evidence"] and d["evidence"][0]["text"] for d in textual), "an edge without evidence")

ig = need("igraph")
if ig:
    h = ig.Graph.Read_GraphML(gm)
    check("igraph reads GraphML with the CSV counts", (h.vcount(), h.ecount()) == (N, E), f"{h.vcount()}/{h.ecount()}")
    check("igraph reads node labels and types", sorted(h.vs["label"]) == sorted(n["label"] for n in nodes)
          and sorted(h.vs["type"]) == sorted(n["type"] for n in nodes), "labels or types differ")
    pairs = sorted((h.vs[e.source]["id"], h.vs[e.target]["id"], e["relation"], e["weight"]) for e in h.es)
    want = sorted((e["source"], e["target"], e["relation"], float(e["weight"])) for e in edges)
    check("igraph reads edge endpoints, relation and weight", pairs == want, f"{pairs[:2]} vs {want[:2]}")

pd = need("pandas")
if pd:
    for f in ["nodes.csv", "edges.csv", "relations.csv"]:
        df = pd.read_csv(os.path.join(tmp, "csv", f), keep_default_na=False)
        rows = sum(1 for _ in csv.reader(open(os.path.join(out, f), encoding="utf-8"))) - 1
        check(f"pandas reads {f} ({len(df)} rows)", len(df) == rows and list(df.columns)[:3] == next(csv.reader(open(os.path.join(out, f), encoding="utf-8")))[:3], f"{len(df)} vs {rows}")

n4 = os.path.join(tmp, "neo4j")
heads = {f: open(os.path.join(n4, f), encoding="utf-8").readline().strip() for f in ["neo4j_nodes.csv", "neo4j_relationships.csv"]}
check("Neo4j node file has id:ID(Entity) and :LABEL", heads["neo4j_nodes.csv"].startswith("id:ID(Entity),name,:LABEL"), heads["neo4j_nodes.csv"])
check("Neo4j relationship file has :START_ID, :END_ID, :TYPE", heads["neo4j_relationships.csv"].startswith(":START_ID(Entity),:END_ID(Entity),:TYPE"), heads["neo4j_relationships.csv"])
rels = list(csv.DictReader(open(os.path.join(n4, "neo4j_relationships.csv"), encoding="utf-8")))
check("Neo4j relationships match edges.csv", len(rels) == E and all(r[":TYPE"] == r["relation"].upper() for r in rels), "counts or types differ")
try:
    r = subprocess.run(["dot", "-Tsvg", os.path.join(tmp, "dot", "graph.dot")], capture_output=True, text=True)
    check("Graphviz dot renders graph.dot", r.returncode == 0 and r.stdout.count('class="node"') == N, r.stderr[:200])
except FileNotFoundError:
    check("Graphviz dot renders graph.dot", False, "dot is not installed (apt-get install graphviz)")

finish()
