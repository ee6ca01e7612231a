#!/usr/bin/env python3
"""Opens kgraph's HTML report in headless Chromium and checks what a reader sees and clicks.

usage: check_report.py KGRAPH_BINARY [--screenshot PNG] BUILD_ARGS...
       check_report.py --time REPORT.html [--runs N]     (only time the page load)
Builds into a temp folder with BUILD_ARGS, opens out/report.html from a file:// URL with Selenium
(/usr/bin/chromedriver driving /usr/bin/chromium), then checks: one SVG circle per entity of
nodes.csv with its label; the page fetched nothing from the network and logged no errors;
discovered actors (hollow dashed rings) and the gazetteer's edges (thin, dotted) are drawn apart
from the rest, with their legend entries; at 1024, 1400 and 1920 px wide no table, panel or
section sticks out of its panel or the window, and every row of the top actors and relations
tables shows its name; clicking a node lists its relations with evidence sentences and documents
from relations.csv; the relation and date filters hide and show the right edges; 'hide gazetteer
edges' and 'hide isolated nodes' leave the nodes and edges that edges.csv predicts. Saves a
screenshot with a node selected, and one of the whole page at each width (PNG-1024.png ...).
Prints one line per check, the load times (ms from navigation start), and 'N passed, N failed'
last.
"""
import csv, os, subprocess, sys, tempfile, time

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
except ImportError:
    print("FAIL  selenium importable: pip install selenium")
    print("0 passed, 1 failed")
    sys.exit(1)

from checklib import check, finish


def browser(profile):
    o = Options()
    o.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for flag in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
                 "--window-size=1400,1100", f"--user-data-dir={profile}"]:
        o.add_argument(flag)
    o.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=o)


LOAD_MS = """
const t = performance.getEntriesByType('navigation')[0];
const p = performance.getEntriesByName('first-contentful-paint')[0];
return [t.loadEventEnd, t.domContentLoadedEventEnd, document.querySelectorAll('#kg circle.n').length, p ? p.startTime : -1];
"""


# What sticks out, at the window's width: every table, panel and section against the panel it
# sits in and the window, every cell and panel whose content is wider than the box showing it,
# and the page scrolling sideways. One line per offence, with its figures in CSS px.
OVERFLOW = """
const vw = document.documentElement.clientWidth, bad = [];
const name = el => {
  const h = el.closest('section') && el.closest('section').querySelector('h2');
  return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (h ? ' of "' + h.textContent + '"' : '');
};
const PANEL = 'section, aside, fieldset, form, main, header, #tables, body';
const px = x => Math.round(x * 10) / 10;
for (const el of document.querySelectorAll('table, section, aside, fieldset, form, main, header, #tables, .scroll, svg#kg')) {
  const r = el.getBoundingClientRect();
  if (r.left < -1 || r.right > vw + 1) bad.push(`${name(el)} spans ${px(r.left)}..${px(r.right)}, the window 0..${vw}`);
  const p = el.parentElement.closest(PANEL);
  if (p) {
    const q = p.getBoundingClientRect();
    if (r.left < q.left - 1 || r.right > q.right + 1)
      bad.push(`${name(el)} spans ${px(r.left)}..${px(r.right)}, its panel ${name(p)} ${px(q.left)}..${px(q.right)}: ${px(Math.max(q.left - r.left, r.right - q.right))} px out`);
  }
}
for (const el of document.querySelectorAll('section, aside, fieldset, form, main, header, #tables, td, th')) {
  if (getComputedStyle(el).overflowX === 'visible' && el.scrollWidth > el.clientWidth + 1)
    bad.push(`${name(el)}${el.matches('td, th') ? ' "' + el.textContent.trim().slice(0, 30) + '"' : ''} holds ${el.scrollWidth} px in ${el.clientWidth}`);
}
const page = document.documentElement.scrollWidth;
if (page > vw) bad.push(`the page is ${page} px wide in a ${vw} px window`);
return bad;
"""

# Whether each row of a table shows the text of one of its cells: not empty, laid out, and not
# covered by anything else where it is drawn (what is under the middle of its text is the cell).
SHOWS_NAMES = """
const [id, col] = arguments, out = [];
for (const tr of document.querySelectorAll('#' + id + ' tbody tr')) {
  const c = tr.cells[col], text = c.textContent.trim();
  c.scrollIntoView({block: 'center'});
  const walk = document.createTreeWalker(c, NodeFilter.SHOW_TEXT);
  let t = walk.nextNode();
  while (t && !t.textContent.trim()) t = walk.nextNode();
  let why = '';
  if (!text || !t) why = 'empty';
  else if (getComputedStyle(c).visibility !== 'visible') why = 'hidden';
  else {
    const range = document.createRange();
    range.selectNodeContents(t);
    const r = [...range.getClientRects()].find(r => r.width > 0 && r.height > 0);
    if (!r) why = 'not laid out';
    else {
      const hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 8), r.top + r.height / 2);
      if (!hit || !c.contains(hit)) why = 'covered by ' + (hit ? hit.tagName.toLowerCase() + ' "' + hit.textContent.trim().slice(0, 20) + '"' : 'nothing');
    }
  }
  out.push([text, why]);
}
window.scrollTo(0, 0);
return out;
"""


def settle(d):
    d.execute_async_script("const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()))")


def open_report(d, path):
    d.get("file://" + os.path.abspath(path))
    for _ in range(600):
        if d.execute_script("return document.readyState") == "complete":
            break
        time.sleep(0.05)
    # a frame after load: the SVG has been laid out and painted
    drawn = d.execute_async_script(
        "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now())))")
    return d.execute_script(LOAD_MS) + [drawn]


if len(sys.argv) > 2 and sys.argv[1] == "--time":
    path = sys.argv[2]
    runs = int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[3] == "--runs" else 3
    d = browser(tempfile.mkdtemp())
    try:
        for r in range(runs):
            load, dcl, circles, paint, drawn = open_report(d, path)
            print(f"run {r + 1}: {circles} circles, DOMContentLoaded {dcl:.0f} ms, load {load:.0f} ms, "
                  f"first contentful paint {paint:.0f} ms, painted after load {drawn:.0f} ms "
                  f"({os.path.getsize(path) / 1e6:.1f} MB)")
    finally:
        d.quit()
    sys.exit(0)

kg, args = sys.argv[1], sys.argv[2:]
shot = None
if args[:1] == ["--screenshot"]:
    shot, args = args[1], args[2:]
tmp = tempfile.mkdtemp()
out = os.path.join(tmp, "out")
subprocess.run([kg, "build", "--quiet", "--out", out, *args], check=True)
report = os.path.join(out, "report.html")
nodes = list(csv.DictReader(open(os.path.join(out, "nodes.csv"), encoding="utf-8")))
edges = list(csv.DictReader(open(os.path.join(out, "edges.csv"), encoding="utf-8")))
relations = list(csv.DictReader(open(os.path.join(out, "relations.csv"), encoding="utf-8")))
print(f"graph: {len(nodes)} nodes, {len(edges)} edges, {len(relations)} relation instances")

try:
    d = browser(os.path.join(tmp, "profile"))
except Exception as e:  # no browser is a failure, never a pass
    check("headless Chromium starts", False, f"{e} (apt-get install chromium chromium-driver)")
    finish()
try:
    load, dcl, circles, paint, drawn = open_report(d, report)
    print(f"page load: DOMContentLoaded {dcl:.0f} ms, load {load:.0f} ms, first contentful paint {paint:.0f} ms, "
          f"painted after load {drawn:.0f} ms")
    check("one SVG circle per entity of nodes.csv", circles == len(nodes), f"{circles} circles, {len(nodes)} nodes")
    titles = d.execute_script("return [...document.querySelectorAll('#kg circle.n title')].map(t => t.textContent)")
    want = sorted(f"{n['label']} ({n['type']}" + (", discovered)" if n.get("origin") == "discovered" else ")")
                  for n in nodes)
    check("circle titles are the labels and types of nodes.csv", sorted(titles) == want,
          f"differ: {sorted(set(titles) ^ set(want))[:3]}")
    paths = d.execute_script("return document.querySelectorAll('#kg path.e').length")
    check("one SVG path per edge of edges.csv", paths == len(edges), f"{paths} paths, {len(edges)} edges")
    fetched = d.execute_script("return performance.getEntriesByType('resource').map(r => r.name)")
    check("the page fetched nothing", not fetched, f"{fetched[:3]}")
    errors = [l for l in d.get_log("browser") if l.get("level") == "SEVERE"]
    check("no errors in the console", not errors, f"{errors[:2]}")
    labels = d.execute_script("return document.querySelectorAll('#kg text.l').length")
    check("the biggest nodes carry labels", labels >= min(10, len(nodes)), f"{labels} labels")

    # discovered actors and gazetteer edges are drawn apart, and the legend says how
    gaz = [e for e in edges if e["origin"] == "gazetteer"]
    discovered = {n["id"] for n in nodes if n["origin"] == "discovered"}
    drawn = d.execute_script("""
      const data = JSON.parse(document.getElementById('kg-data').textContent);
      const edges = [...document.querySelectorAll('#kg path.e')].map(p => {
        const e = data.edges[+p.dataset.e], s = getComputedStyle(p);
        return [data.nodes[e.s].id, data.rels[e.r], data.nodes[e.t].id, p.classList.contains('gaz'), s.strokeDasharray, s.strokeWidth];
      });
      const nodes = [...document.querySelectorAll('#kg circle.n')].map(c =>
        [data.nodes[+c.dataset.n].id, getComputedStyle(c).strokeDasharray, getComputedStyle(c).fill]);
      return [edges, nodes];""")
    gaz_keys = {(e["source"], e["relation"], e["target"]) for e in gaz}
    classed = {(a, r, b) for a, r, b, g, dash, width in drawn[0] if g}
    thin_dotted = {(a, r, b) for a, r, b, g, dash, width in drawn[0] if dash not in ("none", "") and float(width[:-2]) <= 1}
    check("the gazetteer's edges, and only they, are drawn thin and dotted", classed == thin_dotted == gaz_keys,
          f"{len(classed)} classed gaz, {len(thin_dotted)} thin and dotted, {len(gaz_keys)} from the gazetteer in edges.csv")
    text_dashes = {dash for *_, g, dash, width in drawn[0] if not g}
    gaz_dashes = {dash for *_, g, dash, width in drawn[0] if g}
    check("edges read in text are not dotted", not text_dashes & gaz_dashes, f"text {sorted(text_dashes)}, gazetteer {sorted(gaz_dashes)}")
    ringed = {i for i, dash, fill in drawn[1] if dash not in ("none", "")}
    hollow = {i for i, dash, fill in drawn[1] if fill == "rgb(255, 255, 255)"}
    check("discovered actors, and only they, are hollow dashed rings", ringed == hollow == discovered,
          f"ringed {sorted(ringed ^ discovered)[:4]}, hollow {sorted(hollow ^ discovered)[:4]} differ from nodes.csv")
    legend = d.find_element(By.ID, "legend").text
    for entry, wanted in (("discovered (no gazetteer lists it)", bool(discovered)),
                          ("from the gazetteer, not read in text", bool(gaz))):
        check(f"the legend {'has' if wanted else 'leaves out'} '{entry}'", (entry in legend) == wanted, legend)

    # the layout at three widths: nothing sticks out, every name shows
    for width in (1024, 1400, 1920):
        d.set_window_size(width, 1100)
        settle(d)
        inner = d.execute_script("return document.documentElement.clientWidth")
        check(f"{width} px: the window is {width} px wide", inner == width, f"{inner} px")
        bad = d.execute_script(OVERFLOW)
        check(f"{width} px: no table, panel or section sticks out", not bad, "; ".join(bad[:6]))
        for table, col, what in (("relations", 0, "relations by type"), ("top", 1, "top actors")):
            rows = d.execute_script(SHOWS_NAMES, table, col)
            lost = [f"row {k + 1} {text!r}: {why}" for k, (text, why) in enumerate(rows) if why]
            check(f"{width} px: every row of {what} shows its name", rows and not lost,
                  "; ".join(lost[:4]) or "no rows")
        if shot:
            stem = shot[:-4] if shot.endswith(".png") else shot
            height = d.execute_script("return document.documentElement.scrollHeight")
            d.set_window_size(width, height)
            settle(d)
            d.save_screenshot(f"{stem}-{width}.png")
            print(f"      screenshot: {stem}-{width}.png")
    d.set_window_size(1400, 1100)
    settle(d)

    # click the most connected entity: its relations and their evidence are listed
    row = d.find_element(By.CSS_SELECTOR, "#top tbody tr[data-n]")
    i = int(row.get_attribute("data-n"))
    node = d.find_element(By.CSS_SELECTOR, f"#kg circle.n[data-n='{i}']")
    nid = d.execute_script(f"return JSON.parse(document.getElementById('kg-data').textContent).nodes[{i}].id")
    node.click()
    heading = d.find_element(By.CSS_SELECTOR, "#details h2").text
    label = next(n["label"] for n in nodes if n["id"] == nid)
    check("clicking a node shows its name", heading == label, f"{heading!r} vs {label!r}")
    shown = d.execute_script("return [...document.querySelectorAll('#details li.ev')].map(li => li.firstChild.textContent + (li.querySelector('mark') ? li.querySelector('mark').textContent + li.childNodes[2].textContent : ''))")
    docs = d.execute_script("return [...document.querySelectorAll('#details li.ev .src')].map(s => s.textContent)")
    mine = [r for r in relations if nid in (r["source"], r["target"])]
    texts = {r["text"] for r in mine}
    check("its evidence sentences are listed", len(shown) == len(mine) and set(shown) <= texts,
          f"{len(shown)} listed, {len(mine)} in relations.csv; e.g. {shown[:1]}")
    check("each with its document", all(any(s.startswith(r["doc"]) for r in mine) for s in docs) and len(docs) == len(mine),
          f"{docs[:3]}")
    hi = d.execute_script("return document.querySelectorAll('#kg circle.n.hi').length")
    nbrs = {e["target"] if e["source"] == nid else e["source"] for e in edges if nid in (e["source"], e["target"])}
    check("its neighbours are highlighted", hi == len(nbrs | {nid}), f"{hi} highlighted, {len(nbrs) + 1} expected")
    if shot:
        d.save_screenshot(shot)
        print(f"      screenshot: {shot}")

    # filters: no relation hides every edge; one date keeps the edges with an instance that day
    visible = "return [...document.querySelectorAll('#kg path.e')].filter(p => getComputedStyle(p).display != 'none').length"
    d.find_element(By.ID, "none").click()
    check("'none' hides every edge", d.execute_script(visible) == 0, "")
    d.find_element(By.ID, "all").click()
    check("'all' shows every edge again", d.execute_script(visible) == len(edges), "")
    dated = sorted({r["date"] for r in relations if r["date"]})
    if dated:
        day = dated[0]
        d.find_element(By.CSS_SELECTOR, f"#timeline tr[data-date='{day}']").click()
        that_day_keys = {(r["source"], r["relation"], r["target"]) for r in relations if r["date"] == day}
        got = d.execute_script(visible)
        check(f"the timeline's {day} shows the edges of that day", got == len(that_day_keys), f"{got} vs {len(that_day_keys)}")
        d.find_element(By.ID, "reset").click()
        check("reset shows every edge again", d.execute_script(visible) == len(edges), "")

    # hide gazetteer edges, hide isolated nodes: what is left is what edges.csv predicts
    shown_nodes = "return [...document.querySelectorAll('#kg circle.n')].filter(c => getComputedStyle(c).display != 'none').length"
    shown_labels = "return [...document.querySelectorAll('#kg text.l')].filter(t => getComputedStyle(t).display != 'none').map(t => +t.dataset.n)"
    shown_label_nodes = "return [...document.querySelectorAll('#kg circle.n')].filter(c => getComputedStyle(c).display != 'none' && document.querySelector(`#kg text.l[data-n='${c.dataset.n}']`)).map(c => +c.dataset.n)"
    def ends(es):
        return {e["source"] for e in es} | {e["target"] for e in es}
    text_edges = [e for e in edges if e["origin"] == "text"]
    def expect(name, want_edges, want_nodes):
        got_e, got_n = d.execute_script(visible), d.execute_script(shown_nodes)
        check(name, (got_e, got_n) == (want_edges, want_nodes),
              f"{got_e} edges and {got_n} nodes shown, {want_edges} and {want_nodes} expected")
        labels = d.execute_script(shown_labels)
        check(f"{name}: labels only on shown nodes", sorted(labels) == sorted(d.execute_script(shown_label_nodes)),
              f"{len(labels)} labels shown")
    hide_gaz = d.find_elements(By.ID, "hide-gaz")
    check("a 'hide gazetteer edges' box when the graph has gazetteer edges", bool(hide_gaz) == bool(gaz),
          f"{len(hide_gaz)} boxes, {len(gaz)} gazetteer edges")
    hide_iso = d.find_element(By.ID, "hide-isolated")
    check("the boxes start unticked", not hide_iso.is_selected() and not any(b.is_selected() for b in hide_gaz), "")
    hide_iso.click()
    expect("hide isolated nodes: the nodes of some edge stay", len(edges), len(ends(edges)))
    if hide_gaz:
        hide_gaz[0].click()
        expect("and hide gazetteer edges: the edges read in text and their nodes stay",
               len(text_edges), len(ends(text_edges)))
        d.find_element(By.ID, "none").click()
        expect("and no relation: nothing stays", 0, 0)
        d.find_element(By.ID, "all").click()
        expect("and every relation again: the text's edges and nodes", len(text_edges), len(ends(text_edges)))
        hide_iso.click()
        expect("show isolated nodes again: every node, the text's edges", len(text_edges), len(nodes))
        faded = d.execute_script("return document.querySelectorAll('#kg circle.n.faded').length")
        check("the nodes left without edges fade", faded == len(nodes) - len(ends(text_edges)),
              f"{faded} faded, {len(nodes) - len(ends(text_edges))} without a text edge")
        hide_gaz[0].click()
        expect("show gazetteer edges again: everything", len(edges), len(nodes))
        hide_iso.click()
    if dated:
        d.find_element(By.CSS_SELECTOR, f"#timeline tr[data-date='{day}']").click()
        that_day = [e for e in edges if (e["source"], e["relation"], e["target"]) in that_day_keys]
        expect(f"hide isolated nodes on {day}: that day's edges and their nodes", len(that_day), len(ends(that_day)))
        d.find_element(By.ID, "reset").click()
    hide_iso.click()
    expect("every box unticked, every filter reset: everything", len(edges), len(nodes))
finally:
    d.quit()
finish()
