// kgraph report: highlight a node's neighbours, list its relations with their evidence, filter
// by relation and date, hide the gazetteer's edges and the nodes left without edges, zoom and
// pan. No dependencies; text is only ever set as textContent.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var svg = document.getElementById("kg");
  var details = document.getElementById("details");
  var hoverLabels = document.getElementById("hover-labels");
  var SVGNS = svg.namespaceURI;
  var nodeEl = [], edgeEl = [], labelEl = [];
  svg.querySelectorAll("circle.n").forEach(function (el) { nodeEl[+el.dataset.n] = el; });
  svg.querySelectorAll("path.e").forEach(function (el) { edgeEl[+el.dataset.e] = el; });
  svg.querySelectorAll("text.l").forEach(function (el) { labelEl[+el.dataset.n] = el; });
  var adj = data.nodes.map(function () { return []; });
  data.edges.forEach(function (e, k) {
    adj[e.s].push(k);
    if (e.t !== e.s) adj[e.t].push(k);
  });

  // ---- filters
  var relOn = data.rels.map(function () { return true; });
  var first = data.dates[0] || "", last = data.dates[data.dates.length - 1] || "";
  var from = first, to = last, undated = true, hideGaz = false, hideIsolated = false;
  function evShown(i) {
    var d = data.ev[i].date;
    return d ? d >= from && d <= to : undated;
  }
  function edgeShown(k) {
    var e = data.edges[k];
    if (!relOn[e.r] || (hideGaz && e.gaz)) return false;
    return e.ev.length ? e.ev.some(evShown) : undated;
  }
  var shown = [];
  function applyFilters() {
    var filtering = relOn.indexOf(false) >= 0 || from !== first || to !== last || !undated || hideGaz;
    var live = data.nodes.map(function () { return false; });
    data.edges.forEach(function (e, k) {
      shown[k] = edgeShown(k);
      edgeEl[k].classList.toggle("off", !shown[k]);
      if (shown[k]) { live[e.s] = true; live[e.t] = true; }
    });
    // a node without a shown edge fades under a filter, or goes when isolated nodes are hidden
    function mark(el, i) {
      el.classList.toggle("off", hideIsolated && !live[i]);
      el.classList.toggle("faded", filtering && !live[i]);
    }
    nodeEl.forEach(mark);
    labelEl.forEach(function (el, i) { if (el) mark(el, i); });
    if (pinned !== null && hideIsolated && !live[pinned]) unpin();
    else if (pinned !== null) focus(pinned);
    else clearFocus();
  }
  [["hide-gaz", function (on) { hideGaz = on; }], ["hide-isolated", function (on) { hideIsolated = on; }]]
    .forEach(function (c) {
      var box = document.getElementById(c[0]);
      if (!box) return;
      c[1](box.checked);
      box.addEventListener("change", function () { c[1](box.checked); applyFilters(); });
    });
  document.querySelectorAll("#rels input[data-r]").forEach(function (box) {
    box.addEventListener("change", function () { relOn[+box.dataset.r] = box.checked; applyFilters(); });
  });
  function setAll(on) {
    document.querySelectorAll("#rels input[data-r]").forEach(function (box) {
      box.checked = on; relOn[+box.dataset.r] = on;
    });
    applyFilters();
  }
  document.getElementById("all").addEventListener("click", function () { setAll(true); });
  document.getElementById("none").addEventListener("click", function () { setAll(false); });
  var fromIn = document.getElementById("from"), toIn = document.getElementById("to");
  var undatedIn = document.getElementById("undated");
  function readDates() {
    from = fromIn.value || first; to = toIn.value || last; undated = undatedIn.checked;
    applyFilters();
  }
  function setDates(a, b, u) {
    if (!fromIn) return;
    fromIn.value = a; toIn.value = b; undatedIn.checked = u; readDates();
  }
  if (fromIn) {
    [fromIn, toIn, undatedIn].forEach(function (el) { el.addEventListener("change", readDates); });
    document.getElementById("reset").addEventListener("click", function () { setDates(first, last, true); });
  }
  document.querySelectorAll("#timeline tr[data-date]").forEach(function (tr) {
    tr.addEventListener("click", function () {
      setDates(tr.dataset.date, tr.dataset.date, false);
      svg.scrollIntoView({ behavior: "smooth", block: "nearest" });
    });
  });

  // ---- focus: a node, its neighbours and the edges between them
  var pinned = null;
  function el(tag, cls, text) {
    var x = document.createElement(tag);
    if (cls) x.className = cls;
    if (text !== undefined) x.textContent = text;
    return x;
  }
  function clearFocus() {
    svg.classList.remove("focus");
    svg.querySelectorAll(".hi, .sel").forEach(function (x) { x.classList.remove("hi", "sel"); });
    hoverLabels.textContent = "";
  }
  // labels for the focused node (ids[0]) and its neighbours where they have none: right or left
  // of the node, only where they cover no label already shown; the focused node, then the biggest
  function labelNeighbours(ids) {
    var boxes = [];
    ids.forEach(function (i) { if (labelEl[i]) boxes.push(labelEl[i].getBBox()); });
    function free(b) {
      return boxes.every(function (o) {
        return b.x >= o.x + o.width || o.x >= b.x + b.width || b.y >= o.y + o.height || o.y >= b.y + b.height;
      });
    }
    ids.filter(function (i) { return !labelEl[i]; })
      .sort(function (a, b) {
        return (b === ids[0]) - (a === ids[0]) || nodeEl[b].getAttribute("r") - nodeEl[a].getAttribute("r") || a - b;
      })
      .forEach(function (i) {
        var c = nodeEl[i], r = +c.getAttribute("r"), t = document.createElementNS(SVGNS, "text");
        t.setAttribute("y", +c.getAttribute("cy") + 4);
        t.textContent = data.nodes[i].label;
        hoverLabels.appendChild(t);
        var sides = [[+c.getAttribute("cx") + r + 2, "start"], [+c.getAttribute("cx") - r - 2, "end"]];
        for (var s = 0; s < sides.length; s++) {
          t.setAttribute("x", sides[s][0]);
          t.setAttribute("text-anchor", sides[s][1]);
          var b = t.getBBox();
          if (free(b)) { boxes.push(b); return; }
        }
        hoverLabels.removeChild(t);
      });
  }
  function focus(i) {
    clearFocus();
    svg.classList.add("focus");
    nodeEl[i].classList.add("hi", "sel");
    var lit = [i];
    adj[i].forEach(function (k) {
      if (!shown[k]) return;
      var e = data.edges[k];
      edgeEl[k].classList.add("hi");
      lit.push(e.s === i ? e.t : e.s);
    });
    lit.forEach(function (j) {
      nodeEl[j].classList.add("hi");
      if (labelEl[j]) labelEl[j].classList.add("hi");
    });
    labelNeighbours(lit);
    showDetails(i);
  }
  function nodeLink(j) {
    var a = el("a", null, data.nodes[j].label);
    a.addEventListener("click", function () { pin(j); });
    return a;
  }
  function showDetails(i) {
    var n = data.nodes[i];
    details.textContent = "";
    details.appendChild(el("h2", null, n.label));
    var meta = n.type + (n.disc ? " · discovered" : "") + (n.role ? " · " + n.role : "") + " · " + n.mentions + " mentions in " +
      n.documents + " documents · weighted degree " + n.wd;
    details.appendChild(el("p", "meta", meta));
    var ks = adj[i].filter(function (k) { return shown[k]; });
    ks.sort(function (a, b) {
      var x = data.edges[a], y = data.edges[b];
      return (y.w + y.neg + y.hedged) - (x.w + x.neg + x.hedged) || a - b;
    });
    if (!ks.length) details.appendChild(el("p", "hint", "No relations shown under the current filters."));
    ks.forEach(function (k) {
      var e = data.edges[k], box = el("div", "rel"), h = el("h3");
      var sw = el("span", "sw line");
      sw.style.background = data.colours[e.r];
      h.appendChild(sw);
      h.appendChild(e.s === i ? el("span", null, n.label) : nodeLink(e.s));
      h.appendChild(document.createTextNode(" " + data.rels[e.r] + (e.sym ? " ↔ " : " → ")));
      h.appendChild(e.t === i ? el("span", null, n.label) : nodeLink(e.t));
      var counts = " (" + e.w + " asserted" + (e.neg ? ", " + e.neg + " negated" : "") +
        (e.hedged ? ", " + e.hedged + " hedged" : "") + ")";
      h.appendChild(el("small", null, counts));
      box.appendChild(h);
      var list = el("ul");
      e.ev.forEach(function (x) {
        if (!evShown(x)) return;
        var v = data.ev[x], li = el("li", "ev");
        var at = v.trigger ? v.text.toLowerCase().indexOf(v.trigger.toLowerCase()) : -1;
        if (at >= 0) {
          li.appendChild(document.createTextNode(v.text.slice(0, at)));
          li.appendChild(el("mark", null, v.text.slice(at, at + v.trigger.length)));
          li.appendChild(document.createTextNode(v.text.slice(at + v.trigger.length)));
        } else {
          li.appendChild(document.createTextNode(v.text));
        }
        if (v.neg) li.appendChild(el("span", "tag neg", "negated"));
        if (v.hedged) li.appendChild(el("span", "tag hedged", "hedged"));
        li.appendChild(el("span", "src", v.doc + (v.date ? " · " + v.date : "")));
        list.appendChild(li);
      });
      if (e.gaz) list.appendChild(el("li", "gaz", "from the gazetteer, not read in text"));
      box.appendChild(list);
      details.appendChild(box);
    });
  }
  function pin(i) {
    pinned = i;
    focus(i);
  }
  function unpin() {
    pinned = null;
    clearFocus();
    details.textContent = "";
    details.appendChild(el("p", "hint", "Click a node to list its relations with the sentences and documents behind them."));
  }
  nodeEl.forEach(function (c, i) {
    c.addEventListener("mouseenter", function () { if (pinned === null) focus(i); });
    c.addEventListener("mouseleave", function () { if (pinned === null) unpin(); });
    c.addEventListener("click", function (ev) { ev.stopPropagation(); pin(i); });
  });
  document.querySelectorAll("#top tr[data-n]").forEach(function (tr) {
    tr.addEventListener("click", function () {
      pin(+tr.dataset.n);
      svg.scrollIntoView({ behavior: "smooth", block: "nearest" });
    });
  });

  // ---- zoom and pan by moving the viewBox
  var home = svg.getAttribute("viewBox").split(" ").map(Number), vb = home.slice();
  function setViewBox() { svg.setAttribute("viewBox", vb.join(" ")); }
  function toCanvas(ev) {
    var r = svg.getBoundingClientRect();
    var k = Math.max(vb[2] / r.width, vb[3] / r.height);
    var ox = (r.width * k - vb[2]) / 2, oy = (r.height * k - vb[3]) / 2;
    return { x: vb[0] - ox + (ev.clientX - r.left) * k, y: vb[1] - oy + (ev.clientY - r.top) * k, k: k };
  }
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var p = toCanvas(ev), f = ev.deltaY < 0 ? 0.8 : 1.25;
    vb = [p.x - (p.x - vb[0]) * f, p.y - (p.y - vb[1]) * f, vb[2] * f, vb[3] * f];
    setViewBox();
  }, { passive: false });
  var drag = null;
  svg.addEventListener("pointerdown", function (ev) {
    if (ev.target.classList.contains("n")) return;
    drag = { x: ev.clientX, y: ev.clientY, vb: vb.slice(), k: toCanvas(ev).k, moved: false };
    svg.classList.add("panning");
  });
  svg.addEventListener("pointermove", function (ev) {
    if (!drag) return;
    var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
    vb = [drag.vb[0] - dx * drag.k, drag.vb[1] - dy * drag.k, vb[2], vb[3]];
    setViewBox();
  });
  svg.addEventListener("pointerup", function () {
    if (drag && !drag.moved) unpin();
    drag = null;
    svg.classList.remove("panning");
  });
  svg.addEventListener("dblclick", function () { vb = home.slice(); setViewBox(); });

  applyFilters();
})();
