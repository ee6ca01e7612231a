#!/usr/bin/env python3
"""Checks kgraph's Neo4j export against a real embedded graph database (Kuzu) and a stand-in
neo4j-admin, since CI has no Neo4j server.

usage: check_neo4j.py KGRAPH_BINARY [--out OUT_FOLDER | BUILD_ARGS...]
Builds a graph with BUILD_ARGS (or takes the build in OUT_FOLDER), exports --format neo4j, then:
  import.sh  runs with a fake neo4j-admin on PATH that records its argv; the argv is parsed as
             neo4j-admin 5.19+ (picocli) does: --nodes/--relationships take every later bare word
             as one more file, so the database name must come first;
  the CSVs   are loaded into Kuzu the way neo4j-admin reads them, from the files and options of
             that argv and the CSV headers alone (`:ID(group)`, `:LABEL`, `:START_ID`, `:END_ID`,
             `:TYPE`, `name:long`, `name:string[]`...): a header written wrong fails here;
  Cypher     queries in Kuzu are compared with kgraph's nodes.csv, edges.csv and relations.csv;
  load.cypher is run in a second Kuzu database (LOAD CSV rows as parameters, otherwise only
             Kuzu's spelling of a few words), twice: it must give the graph the import gave and
             its second run must change nothing; its functions must not be newer than the
             version it says it needs.
Prints one line per check and 'N passed, N failed' last.
"""
import csv, datetime, json, os, re, shutil, subprocess, sys, tempfile
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checklib import check, finish

try:
    import kuzu
except ImportError:
    check("kuzu importable", False, "python module kuzu is not installed (pip install kuzu)")
    finish()

kg, args = sys.argv[1], sys.argv[2:]
tmp = tempfile.mkdtemp()
if args[:1] == ["--out"]:
    out = args[1]
else:
    out = os.path.join(tmp, "out")
    subprocess.run([kg, "build", "--quiet", "--out", out, *args], check=True)
n4 = os.path.join(tmp, "neo4j")
subprocess.run([kg, "export", "--graph", os.path.join(out, "graph.json"), "--format", "neo4j", "--out", n4],
               check=True, capture_output=True)


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


nodes_csv, edges_csv = read_csv(os.path.join(out, "nodes.csv")), read_csv(os.path.join(out, "edges.csv"))
print(f"graph: {len(nodes_csv)} nodes, {len(edges_csv)} edges")

# ---- import.sh with a fake neo4j-admin ------------------------------------------------------

GREEDY = {"--nodes", "--relationships"}  # arity 1..*: picocli gives them every later bare word
OPTIONS = GREEDY | {  # the options of `neo4j-admin database import full` in both 5.x and 2025.x
    "--verbose", "--expand-commands", "--auto-skip-subsequent-headers", "--ignore-empty-strings",
    "--ignore-extra-columns", "--legacy-style-quoting", "--multiline-fields", "--normalize-types",
    "--overwrite-destination", "--skip-bad-entries-logging", "--skip-bad-relationships",
    "--skip-duplicate-nodes", "--strict", "--trim-strings", "--additional-config", "--array-delimiter",
    "--bad-tolerance", "--delimiter", "--format", "--high-parallel-io", "--id-type", "--input-encoding",
    "--max-off-heap-memory", "--quote", "--read-buffer-size", "--report-file", "--schema", "--threads"}


def parse_admin(argv):
    """(database, {option: [values]}, problems) as neo4j-admin database import full reads argv."""
    problems, opts, positional, greedy = [], defaultdict(list), [], None
    if argv[:3] != ["database", "import", "full"]:
        return None, opts, [f"not `database import full`: {argv[:3]}"]
    for a in argv[3:]:
        if a.startswith("-"):
            name, _, value = a.partition("=")
            if name not in OPTIONS:
                problems.append(f"unknown option {name}")
            opts[name].append(value)
            greedy = name if name in GREEDY else None
        elif greedy:
            opts[greedy].append(a)  # swallowed as one more file: 'File ... doesn't exist'
            problems.append(f"{a!r} after {greedy} is read as a file, not as the database")
        else:
            positional.append(a)
    if len(positional) > 1:
        problems.append(f"more than one database: {positional}")
    return (positional[0] if positional else "neo4j"), opts, problems


sh = open(os.path.join(n4, "import.sh"), encoding="utf-8").read()
stated_sh = re.search(r"Needs Neo4j (\d+)\.(\d+) or later", sh)
check("import.sh says which Neo4j it needs, how Community Edition imports (neo4j, --overwrite-destination)",
      stated_sh and (int(stated_sh[1]), int(stated_sh[2])) <= (5, 19) and "Community" in sh
      and "--overwrite-destination=true" in sh and "neo4j stop" in sh, sh[:400])
_, _, old = parse_admin("database import full --nodes=n.csv --relationships=r.csv kgraph".split())
check("the argv check rejects the pre-5.19 order (database last)", bool(old), "it passed")

fake_bin = os.path.join(tmp, "bin")
os.makedirs(fake_bin)
log = os.path.join(tmp, "neo4j-admin.log")
with open(os.path.join(fake_bin, "neo4j-admin"), "w") as f:
    f.write("#!/usr/bin/env python3\nimport json, os, sys\n"
            f"with open({log!r}, 'a') as f: f.write(json.dumps([os.getcwd(), sys.argv[1:]]) + '\\n')\n")
os.chmod(os.path.join(fake_bin, "neo4j-admin"), 0o755)
env = dict(os.environ, PATH=fake_bin + os.pathsep + os.environ["PATH"])
runs = [([], "neo4j", {}), (["kgraph"], "kgraph", {}),
        (["neo4j", "--overwrite-destination=true"], "neo4j", {"--overwrite-destination": ["true"]}),
        (["--overwrite-destination=true"], "neo4j", {"--overwrite-destination": ["true"]})]
recorded = []
for script_args, _, _ in runs:
    open(log, "w").close()
    r = subprocess.run(["sh", os.path.join(n4, "import.sh"), *script_args], cwd=tmp, env=env,
                       capture_output=True, text=True)
    lines = open(log).read().splitlines()
    recorded.append((r, json.loads(lines[0]) if len(lines) == 1 else None))
admin_cwd, admin_argv, admin_opts = None, None, {}
for (script_args, want_db, want_opts), (r, call) in zip(runs, recorded):
    what = f"sh import.sh {' '.join(script_args)}".rstrip()
    if r.returncode != 0 or call is None:
        check(f"{what} runs neo4j-admin once", False, r.stderr.strip()[:300] or "no call")
        continue
    cwd, argv = call
    db, opts, problems = parse_admin(argv)
    files = [x for o in GREEDY for v in opts.get(o, []) for x in v.split("=")[-1].split(",")]
    missing = [x for x in files if not os.path.isfile(os.path.join(cwd, x))]
    wrong = {o: opts.get(o) for o, v in want_opts.items() if opts.get(o) != v}
    check(f"{what}: database {want_db} before the file lists, as neo4j-admin 5.19+ parses it",
          not problems and db == want_db and not wrong and not missing and files,
          f"argv {argv}: database {db!r}, {problems or wrong or missing or 'no files'}")
    if not script_args and not problems and not missing:
        admin_cwd, admin_argv, admin_opts = cwd, argv, opts
if admin_argv is None:  # neo4j-admin would not import: nothing to load
    finish()

# ---- the CSVs as neo4j-admin reads them, into Kuzu ------------------------------------------

SPECIAL = {"ID", "LABEL", "START_ID", "END_ID", "TYPE", "IGNORE"}
SCALARS = {"int": "INT64", "long": "INT64", "short": "INT64", "byte": "INT64", "float": "DOUBLE",
           "double": "DOUBLE", "boolean": "BOOLEAN", "string": "STRING", "char": "STRING", "date": "DATE"}
ARRAYS = {"int": "INT32", "long": "INT64", "short": "INT16", "byte": "INT8", "float": "FLOAT",
          "double": "DOUBLE", "boolean": "BOOLEAN", "string": "STRING", "char": "STRING", "date": "DATE"}
FIELD = re.compile(r"(?P<name>.*?)(?::(?P<type>[A-Za-z_]+(?:\[\])?)(?:\((?P<group>[^)]*)\))?(?:\{.*\})?)?")


def opt(name, default):
    v = admin_opts.get(name)
    return v[-1] if v else default


DELIM, ARRAY_DELIM, QUOTE = opt("--delimiter", ","), opt("--array-delimiter", ";"), opt("--quote", '"')
MULTILINE = opt("--multiline-fields", "false") in ("", "true")  # a bare flag is true
header_problems = []


def parse_header(fields, where):
    """[(kind, name, type-or-group)] for one header: kind is ID, LABEL, START_ID, END_ID, TYPE,
    IGNORE or prop, as neo4j-admin reads `name:type(group)`."""
    cols, names = [], Counter()
    for f in fields:
        m = FIELD.fullmatch(f)
        name, t, group = m["name"], m["type"] or "string", m["group"] or ""
        if t in SPECIAL:
            cols.append((t, name, group))
            if t == "ID" and name:
                names[name] += 1
        elif t.removesuffix("[]") in SCALARS:
            cols.append(("prop", name, t))
            names[name] += 1
            if not name:
                header_problems.append(f"{where}: {f!r} has a type but no property name")
        else:
            header_problems.append(f"{where}: {f!r}: {t!r} is not a neo4j-admin header type")
            cols.append(("IGNORE", name, ""))
    header_problems.extend(f"{where}: property {n!r} twice" for n, c in names.items() if c > 1)
    return cols


value_problems = []


def convert(t, cell, where):
    """A cell as neo4j-admin stores it: an empty cell is no property; a bad value is noted."""
    if cell == "":
        return None
    if t.endswith("[]"):
        return [convert(t[:-2], x, where) for x in cell.split(ARRAY_DELIM) if x != ""] or None
    ok = {"int": r"[+-]?\d+", "long": r"[+-]?\d+", "short": r"[+-]?\d+", "byte": r"[+-]?\d+",
          "float": r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", "double": r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?",
          "boolean": r"true|false", "date": r"\d{4}-\d{2}-\d{2}"}.get(t)
    if ok and not re.fullmatch(ok, cell):
        value_problems.append(f"{where}: {cell!r} is not a {t}")
        return None
    if t in ("int", "long", "short", "byte"):
        return int(cell)
    if t in ("float", "double"):
        return float(cell)
    if t == "boolean":
        return cell == "true"
    if t == "date":
        return datetime.date.fromisoformat(cell)
    return cell


def read_data(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter=DELIM, quotechar=QUOTE))
    return rows[0], rows[1:]


def files_of(option):
    """[(prefix, [paths])] of --nodes=[Label:Label=]files or --relationships=[TYPE=]files."""
    out = []
    for v in admin_opts.get(option, []):
        prefix, _, files = v.rpartition("=")
        out.append((prefix, [os.path.join(admin_cwd, x) for x in files.split(",")]))
    return out


def data_rows(paths, where):
    """The header of the first file and the rows of all, with a check of field counts."""
    header, rows = None, []
    for p in paths:
        h, body = read_data(p)
        if header is None:
            header = h
        else:
            body = [h] + body
        rows += body
    short = [i for i, r in enumerate(rows) if len(r) != len(header)]
    if short:
        header_problems.append(f"{where}: rows {short[:3]} have not {len(header)} fields")
    if not MULTILINE and any("\n" in c or "\r" in c for r in rows for c in r):
        header_problems.append(f"{where}: a field spans lines; import.sh does not pass --multiline-fields=true")
    return header, rows


nodes = {}  # group -> {id: {"labels": set, "props": {name: value}}}
node_props = defaultdict(dict)  # group -> {name: type}
id_prop = {}  # group -> the property the ID is stored in
for prefix, paths in files_of("--nodes"):
    where = os.path.basename(paths[0])
    header, rows = data_rows(paths, where)
    cols = parse_header(header, where)
    ids = [c for c in cols if c[0] == "ID"]
    if len(ids) != 1:
        header_problems.append(f"{where}: {len(ids)} :ID columns (the check reads one)")
        continue
    group = ids[0][2] or "default"
    if ids[0][1]:
        id_prop[group] = ids[0][1]
        node_props[group][ids[0][1]] = "string"
    for kind, name, t in cols:
        if kind == "prop":
            if node_props[group].get(name, t) != t:
                header_problems.append(f"{where}: {name} is {t} here, {node_props[group][name]} elsewhere")
            node_props[group][name] = t
    for r in rows:
        n = {"labels": set(x for x in prefix.split(":") if x), "props": {}}
        node_id = None
        for (kind, name, t), cell in zip(cols, r):
            if kind == "ID":
                node_id = cell
                if name:
                    n["props"][name] = cell
            elif kind == "LABEL":
                n["labels"] |= set(x for x in cell.split(ARRAY_DELIM) if x)
            elif kind == "prop":
                value = convert(t, cell, f"{where} {r[0]}.{name}")
                if value is not None:
                    n["props"][name] = value
        if node_id in nodes.setdefault(group, {}):
            value_problems.append(f"{where}: node id {node_id!r} twice in group {group}")
        nodes[group][node_id] = n

rels = []  # (type, start group, start id, end group, end id, {name: value})
rel_props = defaultdict(dict)  # type -> {name: type}
seen_edges = set()
for prefix, paths in files_of("--relationships"):
    where = os.path.basename(paths[0])
    header, rows = data_rows(paths, where)
    cols = parse_header(header, where)
    kinds = Counter(c[0] for c in cols)
    if kinds["START_ID"] != 1 or kinds["END_ID"] != 1 or (kinds["TYPE"] != 1 and not prefix):
        header_problems.append(f"{where}: needs one :START_ID, one :END_ID and one :TYPE, has {dict(kinds)}")
        continue
    for r in rows:
        t, props, ends = prefix, {}, {}
        for (kind, name, ty), cell in zip(cols, r):
            if kind in ("START_ID", "END_ID"):
                ends[kind] = (ty or "default", cell)
            elif kind == "TYPE":
                t = cell
            elif kind == "prop":
                value = convert(ty, cell, f"{where} {r[0]}-{r[1]}.{name}")
                if value is not None:
                    props[name] = value
        for kind, (g, i) in ends.items():
            if i not in nodes.get(g, {}):
                value_problems.append(f"{where}: {kind} {i!r} is no node of group {g}")
        if not t:
            value_problems.append(f"{where}: a relationship without a type")
        for kind, name, ty in cols:
            if kind == "prop":
                rel_props[t][name] = ty
        rels.append((t, *ends["START_ID"], *ends["END_ID"], props))
        edge = (t, ends["START_ID"], props.get("relation"), ends["END_ID"])
        if edge in seen_edges:  # load.cypher's MERGE would make them one
            value_problems.append(f"{where}: {edge} twice")
        seen_edges.add(edge)

ends_of = {}  # type -> (start group, end group)
for t, sg, _, eg, _, _ in rels:
    if ends_of.setdefault(t, (sg, eg)) != (sg, eg):
        header_problems.append(f"type {t} joins two pairs of groups (the check makes one table a type)")
check("neo4j-admin reads the CSV headers (types, :ID, :LABEL, :START_ID, :END_ID, :TYPE)",
      not header_problems, "; ".join(header_problems[:5]))
check("neo4j-admin reads every cell (numbers, booleans, dates; ids exist, nodes and edges are unique)",
      not value_problems, "; ".join(value_problems[:5]))
if len(nodes) != 1 or None in id_prop.values() or not id_prop:
    check("the nodes are one ID space with a stored id (as kgraph writes them)", False, f"{list(nodes)}")
    finish()


def kuzu_type(t):
    return ARRAYS[t[:-2]] + "[]" if t.endswith("[]") else SCALARS[t]


def q(name):
    return "`" + name.replace("`", "``") + "`"


ddl = []
for g, props in node_props.items():
    cols = "".join(f"{q(n)} {kuzu_type(t)}, " for n, t in props.items())
    ddl.append(f"CREATE NODE TABLE {q('N_' + g)}({cols}_labels STRING[], PRIMARY KEY({q(id_prop[g])}))")
for t, (sg, eg) in ends_of.items():
    cols = "".join(f", {q(n)} {kuzu_type(ty)}" for n, ty in rel_props[t].items())
    ddl.append(f"CREATE REL TABLE {q('R_' + t)}(FROM {q('N_' + sg)} TO {q('N_' + eg)}{cols})")


def connect():
    c = kuzu.Connection(kuzu.Database(":memory:"))
    for s in ddl:
        c.execute(s)
    return c


def rows_of(c, query, params=None):
    r, out = c.execute(query, params or {}), []
    while r.has_next():
        out.append(r.get_next())
    return out


def fields(props):
    """`name: CAST(row.name AS type)` for each property: a column of nulls is a string to Kuzu."""
    return ", ".join(f"{q(n)}: CAST(row.{q(n)} AS {kuzu_type(t)})" for n, t in props.items())


def load_import(c):
    """Creates in Kuzu what neo4j-admin would create from the files."""
    for g, members in nodes.items():
        data = [{**{n: m["props"].get(n) for n in node_props[g]}, "_labels": sorted(m["labels"])}
                for m in members.values()]
        c.execute(f"UNWIND $rows AS row CREATE (:{q('N_' + g)} {{{fields(node_props[g])}, _labels: row._labels}})",
                  {"rows": data})
    for t, (sg, eg) in ends_of.items():
        data = [{"s": s, "e": e, **{n: p.get(n) for n in rel_props[t]}} for tt, _, s, _, e, p in rels if tt == t]
        c.execute(f"UNWIND $rows AS row MATCH (a:{q('N_' + sg)} {{{q(id_prop[sg])}: row.s}}), "
                  f"(b:{q('N_' + eg)} {{{q(id_prop[eg])}: row.e}}) "
                  f"CREATE (a)-[:{q('R_' + t)} {{{fields(rel_props[t])}}}]->(b)", {"rows": data})


db1 = connect()
try:
    load_import(db1)
except Exception as e:  # Kuzu refused a value or a name the headers gave
    check("Kuzu takes the nodes and relationships neo4j-admin would import", False, str(e)[:300])
    finish()


def plain(props):
    """Properties without Kuzu's own (`_id`, `_label`, `_src`, ...), labels as a sorted list."""
    out = {k: v for k, v in props.items() if not k.startswith("_")}
    if "_labels" in props:
        out["_labels"] = sorted(props["_labels"] or [])
    return out


def dump(c):
    """Every node and relationship with its properties, comparable across databases."""
    out = Counter()
    for g in node_props:
        for (n,) in rows_of(c, f"MATCH (n:{q('N_' + g)}) RETURN n"):
            out[("node", g, repr(sorted(plain(n).items())))] += 1
    for t, (sg, eg) in ends_of.items():
        query = f"MATCH (a)-[r:{q('R_' + t)}]->(b) RETURN a.{q(id_prop[sg])}, b.{q(id_prop[eg])}, r"
        for a, b, r in rows_of(c, query):
            out[("rel", t, a, b, repr(sorted(plain(r).items())))] += 1
    return out


imported = dump(db1)
group = next(iter(nodes), None)
key = id_prop.get(group)

# ---- Cypher in Kuzu against kgraph's own CSVs ----------------------------------------------

(count,), = rows_of(db1, f"MATCH (n:{q('N_' + group)}) RETURN count(*)")
check("Kuzu: node count equals nodes.csv", count == len(nodes_csv), f"{count} vs {len(nodes_csv)}")


def same(value, cell):
    if value is None:
        return cell == ""
    if isinstance(value, bool):
        return cell == ("true" if value else "false")
    if isinstance(value, (int, float)):
        return cell != "" and float(cell) == value
    if isinstance(value, datetime.date):
        return cell == value.isoformat()
    if isinstance(value, list):
        return cell.split(";") == [str(x) for x in value]
    return value == cell


def compare(kind, kuzu_rows, csv_rows, keyed, renames, only_kgraph, only_neo4j):
    """Every property Kuzu has against the kgraph CSV column of the same name (renames apply)."""
    csv_by = {keyed(r): r for r in csv_rows}
    bad, columns = [], set()
    for k, props in kuzu_rows:
        row = csv_by.get(k)
        if row is None:
            bad.append(f"{k}: not in the kgraph CSV")
            continue
        for name, value in props.items():
            col = renames.get(name, name)
            if col in row:
                columns.add(col)
                if not same(value, row[col]):
                    bad.append(f"{k}.{name}: {value!r} vs {row[col]!r}")
            elif name not in only_neo4j:
                bad.append(f"{k}.{name}: no such column in the kgraph CSV")
    lost = set(csv_rows[0]) - columns - only_kgraph - set(renames.values()) if csv_rows else set()
    check(f"Kuzu: every {kind} property equals the kgraph CSV, no column lost", not bad and not lost,
          "; ".join(bad[:4]) + (f" columns not in the Neo4j export: {sorted(lost)}" if lost else ""))


node_rows = [(n[key], {k: v for k, v in n.items() if not k.startswith("_")})
             for (n,) in rows_of(db1, f"MATCH (n:{q('N_' + group)}) RETURN n")]
compare("node", node_rows, nodes_csv, lambda r: r["id"], {"name": "label"}, set(), set())
labels = {i: set(l) for i, l in rows_of(db1, f"MATCH (n:{q('N_' + group)}) RETURN n.{q(key)}, n._labels")}
bad = [r["id"] for r in nodes_csv if labels.get(r["id"]) != {"Entity", r["type"].capitalize()}]
check("Kuzu: every node has the labels Entity and its type (Person, Organization, ...)", not bad, f"{bad[:3]}")

per_relation = Counter(r for (r,) in rows_of(db1, "MATCH ()-[r]->() RETURN r.relation"))
want = Counter(e["relation"] for e in edges_csv)
check(f"Kuzu: edge count per relation equals edges.csv ({len(want)} relations)", per_relation == want,
      f"{sorted((per_relation - want).items())[:3]} extra, {sorted((want - per_relation).items())[:3]} missing")


def rel_type(relation):
    t = "".join(c.upper() if c.isalnum() else "_" for c in relation)
    return t if t.strip("_") else "RELATED"


first_text = {}
for r in read_csv(os.path.join(out, "relations.csv")):
    first_text.setdefault((r["source"], r["target"], r["relation"]), r["text"])
edge_rows, bad_types = [], []
for t in ends_of:
    for a, b, r in rows_of(db1, f"MATCH (a)-[r:{q('R_' + t)}]->(b) RETURN a.{q(key)}, b.{q(key)}, r"):
        props = {k: v for k, v in r.items() if not k.startswith("_")}
        if rel_type(props.get("relation", "")) != t:
            bad_types.append((a, t, props.get("relation")))
        if props.get("evidence", "") not in (None, first_text.get((a, b, props.get("relation")), "")):
            bad_types.append((a, b, "evidence is not the first instance's sentence"))
        edge_rows.append(((a, b, props.get("relation")), props))
check("Kuzu: relationship types are the relations upper-cased; evidence is the first sentence",
      not bad_types, f"{bad_types[:3]}")
compare("relationship", edge_rows, edges_csv, lambda r: (r["source"], r["target"], r["relation"]), {},
        {"source", "target", "events"}, {"evidence"})

node = f"{q('N_' + group)} {{{q(key)}: $%s}}"
heaviest = sorted(edges_csv, key=lambda e: (-float(e["weight"]), e["source"], e["target"], e["relation"]))
sample = heaviest[:3] + edges_csv[:1]
got = [rows_of(db1, f"MATCH (a:{node % 's'})-[r]->(b:{node % 't'}) WHERE r.relation = $rel RETURN r.weight",
               {"s": e["source"], "t": e["target"], "rel": e["relation"]}) for e in sample]
check("Kuzu: MATCH (a {id})-[r]->(b {id}) gives the weight of the heaviest edges and the first",
      all(g == [[float(e["weight"])]] for g, e in zip(got, sample)) and sample,
      f"{[(e['source'], e['relation'], e['target'], e['weight']) for e in sample]} vs {got}")

out_edges = defaultdict(set)
for e in edges_csv:
    out_edges[e["source"]].add(e["target"])
hub = max(sorted(out_edges), key=lambda s: len(out_edges[s]), default=None)
want2 = {c for b in out_edges[hub] for c in out_edges.get(b, ())} if hub else set()
got2 = {c for (c,) in rows_of(db1, f"MATCH (a:{node % 'id'})-[]->(b)-[]->(c) RETURN DISTINCT c.{q(key)}", {"id": hub})}
out_degree = Counter(e["source"] for e in edges_csv)
paths = sum(out_degree[e["target"]] for e in edges_csv)
(gotp,), = rows_of(db1, "MATCH (a)-[r1]->(b)-[r2]->(c) RETURN count(*)")
check(f"Kuzu: two hops from {hub} and the number of 2-hop paths equal edges.csv",
      got2 == want2 and gotp == paths, f"{sorted(got2 ^ want2)[:5]}, {gotp} vs {paths} paths")

# ---- load.cypher: versions, then run twice in Kuzu -----------------------------------------

cypher = open(os.path.join(n4, "load.cypher"), encoding="utf-8").read()
head = "\n".join(l for l in cypher.splitlines() if l.startswith("//"))
stated = re.search(r"Needs Neo4j (\d+)\.(\d+) or later", head)
# the Neo4j version that brought each function and clause (Cypher Manual, "Additions, deprecations,
# removals"); a function not here fails the check until its version is added
FUNCTIONS = {"toInteger": (3, 1), "toFloat": (3, 0), "toBoolean": (3, 1), "toString": (3, 0), "date": (3, 4),
             "coalesce": (3, 0), "trim": (3, 0), "split": (3, 0), "nullIf": (5, 14)}
FEATURES = [(r"\bCALL\s*\(", (5, 23), "CALL (vars) { }"), (r"\bIN\s+TRANSACTIONS\b", (4, 4), "IN TRANSACTIONS"),
            (r"\bIN\s+\d+\s+CONCURRENT\b", (5, 21), "CONCURRENT TRANSACTIONS"),
            (r"\bON\s+ERROR\b", (5, 7), "ON ERROR"), (r":\$\(", (5, 24), "dynamic labels"),
            (r"\bREQUIRE\b", (4, 4), "CREATE CONSTRAINT ... REQUIRE")]
code = re.sub(r"'(?:[^'\\]|\\.)*'|`(?:[^`]|``)*`|//[^\n]*", "''", cypher)
KEYWORDS = {"CALL", "IN", "FOR", "MERGE", "MATCH", "CREATE", "FOREACH", "CASE", "WHEN", "AND", "OR", "NOT", "AS",
            "SET", "WITH", "WHERE", "EXISTS", "REQUIRE", "CONSTRAINT", "FROM", "IS", "ELSE", "THEN", "END"}
used = {m for m in re.findall(r"(?<![\w.:$])([A-Za-z_]\w*)\s*\(", code) if m.upper() not in KEYWORDS}
need = [(FUNCTIONS.get(f, (99, 0)), f"{f}()") for f in used]
need += [(v, what) for pat, v, what in FEATURES if re.search(pat, code)]
if stated:
    floor = (int(stated[1]), int(stated[2]))
    newer = [f"{what} needs {v[0]}.{v[1]}" if v != (99, 0) else f"{what} is not in the check's table"
             for v, what in need if v > floor]
    check(f"load.cypher needs Neo4j {floor[0]}.{floor[1]}, as it says, and that is a Neo4j 5 (5.26 at most)",
          not newer and max(v for v, _ in need) == floor and floor <= (5, 26), "; ".join(newer) or f"{need}")
else:
    check("load.cypher says which Neo4j it needs ('Needs Neo4j X.Y or later')", False, head[:200])
naked = re.findall(r"\bCALL\s*\{", code)
check("load.cypher has no subquery without a variable scope clause (deprecated from 5.23)", not naked, f"{naked}")
check("load.cypher says how to run IN TRANSACTIONS (:auto in Browser, implicit transactions)",
      ":auto" in head and "implicit" in head and ":begin" not in code, head[:300])

statements = [s.strip() for s in re.split(r";\s*\n", re.sub(r"^//[^\n]*\n", "", cypher, flags=re.M)) if s.strip()]
LOAD = re.compile(r"LOAD CSV WITH HEADERS FROM 'file:///(?P<file>[^']+)' AS (?P<var>\w+)\s*(?P<pre>.*?)\s*"
                  r"CALL\s*\((?P=var)\)\s*\{(?P<body>.*)\}\s*IN TRANSACTIONS OF (?P<n>\d+) ROWS;?", re.S)
CONSTRAINT = re.compile(r"CREATE CONSTRAINT (?:\w+ )?IF NOT EXISTS FOR \((\w+):(\w+)\) REQUIRE \1\.(\w+) IS UNIQUE;?")
KUZU_FUNCTIONS = {"toInteger": "to_int64", "toFloat": "to_double", "date": "date"}
labels_everywhere = {g: set.intersection(*(m["labels"] for m in ms.values())) for g, ms in nodes.items() if ms}


def table_of_label(label):
    label = label.strip("`")
    for g, common in labels_everywhere.items():
        if label in common:
            return g
    raise ValueError(f"label {label} is not on every node of an ID space")


def add_label(var, label):
    return (f"SET {var}._labels = CASE WHEN {var}._labels IS NULL THEN ['{label}'] "
            f"WHEN list_contains({var}._labels, '{label}') THEN {var}._labels "
            f"ELSE list_append({var}._labels, '{label}') END")


def to_kuzu(text, var, header):
    """Kuzu's spelling of a LOAD CSV body: row.`column` -> row.cN (a parameter), labels -> tables,
    labels set by MERGE and FOREACH -> the _labels list, Neo4j's function names -> Kuzu's."""
    def column(m):
        name = m[1][1:-1].replace("``", "`") if m[1].startswith("`") else m[1]
        if name not in header:
            raise ValueError(f"{var}.{name}: no such column in the CSV")
        return f"{var}.c{header.index(name)}"
    text = re.sub(rf"(?<![\w`]){var}\.(`(?:[^`]|``)*`|\w+)", column, text)
    foreach = re.compile(r"FOREACH \(\s*\w+ IN CASE WHEN (?P<cond>.+?) THEN \[1\] ELSE \[\] END \| "
                         r"SET (?P<v>\w+):(?P<label>\w+)\s*\)")
    text = foreach.sub(lambda m: f"SET {m['v']}._labels = CASE WHEN ({m['cond']}) AND NOT "
                       f"list_contains({m['v']}._labels, '{m['label']}') THEN list_append({m['v']}._labels, "
                       f"'{m['label']}') ELSE {m['v']}._labels END", text)
    if "FOREACH" in text:
        raise ValueError("a FOREACH the check cannot translate")
    merged = re.findall(r"MERGE\s+\((\w+):(`[^`]+`|\w+)", text)
    text = re.sub(r"\((\w+):(`[^`]+`|\w+)", lambda m: f"({m[1]}:{q('N_' + table_of_label(m[2]))}", text)
    text = re.sub(r"\[(\w+):(`(?:[^`]|``)+`|\w+)", lambda m: f"[{m[1]}:{q('R_' + m[2].strip('`'))}", text)
    for v, label in merged:  # Neo4j's MERGE gives a node it creates the pattern's label
        text = re.sub(rf"(MERGE\s+\({v}:[^)]*\))", lambda m: f"{m[1]} {add_label(v, label.strip('`'))}", text,
                      count=1)
    return re.sub(r"\b(toInteger|toFloat)\s*\(", lambda m: KUZU_FUNCTIONS[m[1]] + "(", text)


def load_rows(name):
    """The rows LOAD CSV WITH HEADERS gives: every cell a string, an empty cell null."""
    header, rows = read_data(os.path.join(n4, name))
    return header, [{f"c{i}": (c if c != "" else None) for i, c in enumerate(r)} for r in rows]


def run_load_cypher(c):
    """Runs every statement of load.cypher in Kuzu; returns the problems met."""
    problems, constrained = [], False
    for s in statements:
        m = CONSTRAINT.fullmatch(s)
        if m:
            g = table_of_label(m[2]) if m[2] in set.union(set(), *labels_everywhere.values()) else None
            if g is None or id_prop.get(g) != m[3]:
                problems.append(f"the constraint is not on the id of every node: {s}")
            constrained = True
            continue
        m = LOAD.fullmatch(s)
        if not m:
            problems.append(f"a statement the check does not know: {s[:120]}")
            continue
        if not constrained:
            problems.append("LOAD CSV before the uniqueness constraint: MERGE would scan")
        try:
            header, data = load_rows(m["file"])
            query = "UNWIND $rows AS {0} {1} {2}".format(
                m["var"], to_kuzu(m["pre"], m["var"], header), to_kuzu(m["body"], m["var"], header))
            c.execute(query, {"rows": data})
        except Exception as e:  # a Kuzu error or a column, label or statement the check cannot map
            problems.append(f"{str(e)[:300]} in: {s[:160]}")
    return problems


db2 = connect()
problems = run_load_cypher(db2)
check(f"load.cypher runs in Kuzu ({len(statements)} statements, rows as parameters)", not problems,
      "; ".join(problems[:3]))
first = dump(db2)
diff = (first - imported) + (imported - first)
check("load.cypher gives the graph import.sh gives (nodes, labels, relationships, properties)",
      not diff and not problems, f"{len(diff)} differ, e.g. {sorted(diff)[:2]}")
problems = run_load_cypher(db2)
second = dump(db2)
check("load.cypher run again changes nothing (MERGE on id and on start, type, relation, end)",
      second == first and not problems, f"{sum(((second - first) + (first - second)).values())} differ; {problems[:2]}")
shutil.rmtree(tmp, ignore_errors=True)
finish()
