#!/usr/bin/env python3
"""Reads kgraph's exports back with the tools users have and checks they say what kgraph wrote.

usage: check_exports.py KGRAPH_BINARY SCHEMAS_DIR BUILD_ARGS...
Builds into a temp folder with BUILD_ARGS, exports every format, then checks:
  GraphML against the GraphML 1.0 XSD (xmllint), GEXF against the GEXF 1.3 RELAX NG (xmllint);
  networkx (GraphML, GEXF, node-link JSON) and igraph (GraphML) read the same nodes, edges and
  attribute values as nodes.csv / edges.csv; pandas reads the CSVs; Graphviz parses the DOT;
  the Neo4j CSVs carry the import headers; no edge weighs 0 in GraphML or GEXF (Gephi drops
  such edges); every export carries each edge's origin (text or gazetteer) as edges.csv does;
  pandas keeps CAMEO's leading zeros, and reads an --excel export (BOM, ="040") as the plain
  one; a graph above 50 nodes asks Graphviz for sfdp and renders within 4:1 either way (the seeds
  are built for it when BUILD_ARGS make a smaller graph). A missing tool is a failure, never a
  silent pass.
Prints one line per check and 'N passed, N failed' last.
"""
import csv, json, os, re, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

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

# ---- Gephi's weight rule: it drops an edge of weight 0, so none may weigh 0 ----
GML = "{http://graphml.graphdrawing.org/xmlns}"
groot = ET.parse(gm).getroot()
gkeys = {k.get("attr.name"): k.get("id") for k in groot.iter(GML + "key") if k.get("for") == "edge"}


def graphml_edges():
    """(source, target, relation) -> {attribute name: value} for each GraphML edge."""
    names = {v: k for k, v in gkeys.items()}
    out = {}
    for e in groot.iter(GML + "edge"):
        d = {names.get(x.get("key")): x.text or "" for x in e.findall(GML + "data")}
        out[edge_key(e.get("source"), e.get("target"), d.get("relation"))] = d
    return out


gml_edges = graphml_edges()
check("GraphML has an edge key named weight", "weight" in gkeys, f"edge keys: {sorted(gkeys)}")
zero = [k for k, d in gml_edges.items() if float(d.get("weight", "0")) == 0]
check(f"no GraphML edge weighs 0 ({len(gml_edges)} edges)", not zero and len(gml_edges) == E, f"{zero[:3]}, {len(gml_edges)} vs {E}")
GX = "{http://gexf.net/1.3}"
xroot = ET.parse(gx).getroot()
gexf_edge_list = list(xroot.iter(GX + "edge"))
check("GEXF has as many edges as edges.csv", len(gexf_edge_list) == E, f"{len(gexf_edge_list)} vs {E}")
zero = [e.get("id") for e in gexf_edge_list if e.get("weight") is None or float(e.get("weight")) == 0]
check("no GEXF edge weighs 0 (every edge has a weight attribute)", not zero, f"{zero[:3]}")
check("edges.csv: no weight 0, weight = asserted + negated + hedged",
      all(int(e["weight"]) > 0 and int(e["weight"]) == int(e["asserted"]) + int(e["negated"]) + int(e["hedged"]) for e in edges),
      "a row breaks it")

# ---- every export carries the edge's origin, and agrees with edges.csv edge by edge ----
check("edges.csv edge keys (source, target, relation) are unique", len(edge_by_key) == E, f"{len(edge_by_key)} vs {E}")
want_origin = {k: e.get("origin") for k, e in edge_by_key.items()}
check("edges.csv has an origin column of text or gazetteer only",
      all(o in ("text", "gazetteer") for o in want_origin.values()), f"{sorted(set(want_origin.values()), key=str)}")
check("edges.csv: origin gazetteer is exactly the affiliated_with edges without instances",
      all((e["origin"] == "gazetteer") == (e["relation"] == "affiliated_with" and e["instances"] == "0") for e in edges), "a row breaks it")


def same_origins(what, got):
    diff = [k for k in set(got) | set(want_origin) if got.get(k) != want_origin.get(k)]
    check(f"{what} carries each edge's origin as edges.csv does", not diff,
          f"{len(diff)} differ, e.g. {[(k, got.get(k), want_origin.get(k)) for k in diff[:2]]}")


check("GraphML has an edge key named origin", "origin" in gkeys, f"edge keys: {sorted(gkeys)}")
same_origins("GraphML", {k: d.get("origin") for k, d in gml_edges.items()})
gexf_attr = {a.get("title"): a.get("id") for c in xroot.iter(GX + "attributes") if c.get("class") == "edge"
             for a in c.iter(GX + "attribute")}
check("GEXF has an edge attribute origin", "origin" in gexf_attr, f"edge attributes: {sorted(gexf_attr)}")
got = {}
for e in gexf_edge_list:
    vals = {v.get("for"): v.get("value") for v in e.iter(GX + "attvalue")}
    got[edge_key(e.get("source"), e.get("target"), vals.get(gexf_attr.get("relation")))] = vals.get(gexf_attr.get("origin"))
same_origins("GEXF", got)
links = json.load(open(os.path.join(tmp, "json", "graph.json"), encoding="utf-8"))["links"]
same_origins("graph.json links", {edge_key(l["source"], l["target"], l["relation"]): l.get("origin") for l in links})
check("Neo4j relationships have an origin column", "origin" in (rels[0] if rels else {}), heads["neo4j_relationships.csv"])
same_origins("neo4j_relationships.csv", {edge_key(r[":START_ID(Entity)"], r[":END_ID(Entity)"], r["relation"]): r.get("origin") for r in rels})

# ---- pandas: CAMEO codes keep their leading zeros; an --excel export reads the same ----
if pd:
    raw_cameo = [e["cameo"] for e in edges]
    df = pd.read_csv(os.path.join(out, "edges.csv"), dtype={"cameo": str}, keep_default_na=False)
    zeros = sum(1 for c in raw_cameo if c.startswith("0"))
    check(f"pandas dtype={{'cameo': str}} keeps edges.csv's CAMEO codes as written ({zeros} with a leading zero)",
          list(df["cameo"]) == raw_cameo, f"{list(df['cameo'])[:5]} vs {raw_cameo[:5]}")
    if "--input" in build_args and "seeds" in build_args:
        check("the seeds' edges.csv has cameo 040 (met) for pandas", "040" in list(df["cameo"]), "no 040")
    excel = os.path.join(tmp, "excel")
    r = subprocess.run([kg, "--excel", "--quiet", "export", "--graph", os.path.join(out, "graph.json"), "--format", "csv",
                        "--out", excel], capture_output=True, text=True)
    check("kgraph --excel export --format csv succeeds", r.returncode == 0, r.stderr[:200])
    unwrap = lambda c: re.sub(r'^="(\d*)"$', r"\1", c)
    for f in ["nodes.csv", "edges.csv", "relations.csv", "events.csv"]:
        if r.returncode != 0:
            break
        head = open(os.path.join(excel, f), "rb").read(3)
        check(f"--excel {f} starts with the UTF-8 BOM", head == b"\xef\xbb\xbf", repr(head))
        plain = pd.read_csv(os.path.join(tmp, "csv", f), dtype=str, keep_default_na=False)
        xl = pd.read_csv(os.path.join(excel, f), dtype=str, keep_default_na=False, encoding="utf-8-sig")
        wrapped = sum(int(xl[c].str.startswith('="').sum()) for c in xl.columns) if len(xl) else 0
        # only the code columns may be wrapped: a ="..." elsewhere stays and fails the comparison
        for c in ["cameo", "root_code"]:
            if c in xl.columns:
                xl[c] = xl[c].map(unwrap)
        same_cols = list(xl.columns) == list(plain.columns)
        diff = [] if not same_cols or xl.shape != plain.shape else \
            [(i, c, xl.at[i, c], plain.at[i, c]) for c in xl.columns for i in xl.index if xl.at[i, c] != plain.at[i, c]]
        check(f"pandas reads --excel {f} (utf-8-sig, {wrapped} =\"...\" cells) as the plain one",
              same_cols and xl.shape == plain.shape and not diff,
              f"columns {list(xl.columns)[:3]} vs {list(plain.columns)[:3]}, {len(diff)} cells differ: {diff[:2]}")

# ---- Graphviz: above 50 nodes the DOT asks for sfdp, and the picture is not a long strip ----


def svg_ratio(dot_file):
    r = subprocess.run(["dot", "-Tsvg", dot_file], capture_output=True, text=True)
    m = re.search(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"', r.stdout)
    if r.returncode != 0 or not m:
        return None, r.stderr[:200] or r.stdout[:200]
    w, h = float(m.group(1)), float(m.group(2))
    return max(w, h) / min(w, h), f"{w:.0f} x {h:.0f} pt"


try:
    small_dot = open(os.path.join(tmp, "dot", "graph.dot"), encoding="utf-8").read()
    if N > 50:
        big, big_dot = N, os.path.join(tmp, "dot", "graph.dot")
    else:
        check(f"the DOT of {N} nodes keeps dot's layered layout", "layout=sfdp" not in small_dot, "asks for sfdp")
        root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
        seeds_out = os.path.join(tmp, "seeds")
        subprocess.run([kg, "build", "--quiet", "--input", os.path.join(root, "seeds"), "--gazetteer",
                        os.path.join(root, "gazetteer"), "--out", seeds_out], check=True)
        subprocess.run([kg, "export", "--quiet", "--graph", os.path.join(seeds_out, "graph.json"), "--format", "dot",
                        "--out", os.path.join(tmp, "seeds-dot")], check=True)
        big = sum(1 for _ in csv.DictReader(open(os.path.join(seeds_out, "nodes.csv"), encoding="utf-8")))
        big_dot = os.path.join(tmp, "seeds-dot", "graph.dot")
    check(f"a graph above 50 nodes to lay out ({big})", big > 50, f"{big} nodes")
    text = open(big_dot, encoding="utf-8").read()
    check(f"the DOT of {big} nodes asks for sfdp", re.search(r"graph \[[^]]*layout=sfdp", text) is not None, text[:200])
    ratio, detail = svg_ratio(big_dot)
    check(f"dot -Tsvg lays out {big} nodes within 4:1 either way ({detail})", ratio is not None and ratio < 4, detail)
except FileNotFoundError:
    check("Graphviz lays out a graph above 50 nodes with sfdp", False, "dot is not installed (apt-get install graphviz)")

finish()
