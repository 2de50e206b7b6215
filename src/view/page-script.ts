// The annotated page's client script, as a string constant (not Function.prototype.toString: the bytes of a
// compiled function differ between vitest and tsc builds, and the page must be byte-identical). Plain ES2020
// for the browser; it builds the details panel with DOM calls and textContent only (no innerHTML), so no text
// of the view can become markup. It must contain no backtick, no "${" and no "</script".

/** The page's client script. @internal */
export const PAGE_SCRIPT = String.raw`
(function () {
  "use strict";
  var model = JSON.parse(document.getElementById("ng-model").textContent);
  // Each statement's name (its label) and each quotation's excerpt cut at word boundaries, made by page.ts.
  var aidsEl = document.getElementById("ng-aids");
  var aids = aidsEl ? JSON.parse(aidsEl.textContent) : { names: {}, excerpts: {} };
  var cps = Array.from(model.article.text);
  var textBox = document.getElementById("ng-text");
  var panel = document.getElementById("ng-details");
  var body = document.getElementById("ng-details-body");
  var title = document.getElementById("ng-details-h");
  var form = document.getElementById("ng-filters");
  var count = document.getElementById("ng-count");
  var lastMark = null;

  // On a phone the key to the marks would fill the first screen: it starts folded there (one tap opens it).
  var key = document.querySelector("details.legend");
  if (key && window.matchMedia && window.matchMedia("(max-width: 40rem)").matches) key.open = false;

  var index = { statement: {}, quotation: {}, mention: {}, date: {}, contrast: {}, event: {} };
  var speakers = {};
  model.speakers.forEach(function (s) { speakers[s.id] = s; });
  model.statements.forEach(function (s) { index.statement[s.id] = s; });
  model.quotations.forEach(function (s) { index.quotation[s.id] = s; });
  model.mentions.forEach(function (s) { index.mention[s.id] = s; });
  model.dates.forEach(function (s) { index.date[s.id] = s; });
  model.tensions.forEach(function (s) { index.contrast[s.id] = s; });
  model.events.forEach(function (s) { index.event[s.id] = s; });

  var KIND = { statement: "Statement", quotation: "Verbatim quotation", mention: "Mention",
    date: "Date", contrast: "Tension", event: "Event", headline: "Headline" };

  function slice(s, e) { return cps.slice(s, e).join(""); }
  // In curly quotes, unless the words hold a double quotation mark of their own anywhere, or open with a
  // single one (as page.ts quoted()): never quotation marks inside the same style of marks.
  function quote(t) {
    var u = String(t).trim();
    return /[“”"«»„]/.test(u) || /^[‘'‹]/.test(u) || /›$/.test(u) ? t : "“" + t + "”";
  }
  // A passage of the article (not words quoted by a speaker): set off as a block, with no quotation marks
  // added and upright, as italic is the mark of a verbatim quotation.
  function passage(t) { return el("span", "passage", [String(t)]); }
  function stName(id) { return aids.names[id] || id; }
  function tensionName(t) {
    var end = function (id) { return index.statement[id] ? stName(id) : "a statement of another article"; };
    return capital(t.kind.label) + ": " + end(t.first) + " ⇄ " + end(t.second);
  }
  function andList(items) {
    return items.length < 2 ? (items[0] || "") : items.slice(0, -1).join(", ") + " and " + items[items.length - 1];
  }
  function capital(t) { return t.charAt(0).toUpperCase() + t.slice(1); }
  function entitiesOf(m) { return m.entities && m.entities.length ? m.entities : [m.entity]; }
  function whoSaid(ids) {
    return andList(ids.map(function (s) { return speakers[s] ? speakers[s].node.label : s; })) || "no speaker given";
  }
  function words(c) {
    return String(c).replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").toLowerCase();
  }
  function el(tag, cls, kids) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    (kids || []).forEach(function (k) {
      if (k === null || k === undefined || k === "") return;
      e.appendChild(typeof k === "string" ? document.createTextNode(k) : k);
    });
    return e;
  }
  function goButton(ref, kind, label) {
    var b = el("button", "go", [label]);
    b.type = "button";
    b.setAttribute("data-go", ref);
    b.setAttribute("data-kind", kind);
    return b;
  }
  function link(href, label) {
    var a = el("a", "", [label]);
    a.href = href;
    a.rel = "noopener noreferrer";
    return a;
  }
  function ref(r) {
    var out = el("span", "", [r.label]);
    (r.wikidata || []).forEach(function (w) {
      out.appendChild(document.createTextNode(" "));
      out.appendChild(link(w, "Wikidata " + w.replace(/^.*\//, "")));
    });
    return out;
  }
  function marksOf(kind, id) {
    return Array.prototype.slice.call(textBox.querySelectorAll(".mk[data-kind=\"" + kind + "\"][data-ref=\"" + CSS.escape(id) + "\"]"));
  }
  function firstMark(kind, id) {
    return textBox.querySelector(".mk.first[data-kind=\"" + kind + "\"][data-ref=\"" + CSS.escape(id) + "\"]");
  }
  function speakerOf(id) {
    var s = speakers[id];
    if (!s) return el("span", "", [id]);
    var li = el("span", "", [ref(s.node), " (" + words(s.kind) + ")"]);
    if (s.affiliation) li.appendChild(el("span", "", [", affiliated with ", ref(s.affiliation)]));
    if (s.posts.length) {
      var ul = el("ul");
      s.posts.forEach(function (p) {
        ul.appendChild(el("li", "", [ref(p.post), p.organisation ? ", " : "", p.organisation ? ref(p.organisation) : "",
          p.state && (!p.organisation || p.state.iri !== p.organisation.iri) ? el("span", "", [" (", ref(p.state), ")"]) : "",
          p.since ? " since " + p.since : "", p.asOf ? " (as of " + p.asOf + ")" : ""]));
      });
      li.appendChild(ul);
    }
    return li;
  }
  function list(items) {
    var ul = el("ul");
    items.forEach(function (i) { ul.appendChild(el("li", "", [i])); });
    return ul;
  }
  function dateNode(d) {
    if (!d) return el("span", "", ["undated"]);
    var parts = [];
    if (d.phrase) parts.push(quote(d.phrase) + " \u2192 ");
    if (d.day) parts.push(d.day);
    else {
      var b = [];
      if (d.after) b.push("after " + d.after);
      if (d.before) b.push("before " + d.before);
      parts.push("no day given" + (b.length ? " (" + b.join(", ") + ")" : ""));
    }
    var out = el("span", "", parts);
    out.appendChild(el("span", "sub", ["method: " + words(d.method) + (d.rule ? "; rule: " + d.rule : "")]));
    return out;
  }
  function claim(c) {
    var li = el("li", "", [el("strong", "", [c.kinds.length ? c.kinds.map(words).join(", ") : "claim"]), ": ", ref(c.node)]);
    if (c.parts.length) {
      var ul = el("ul");
      c.parts.forEach(function (p) {
        var item = el("li", "", [words(p.property) + ": "]);
        var nested = el("ul");
        p.values.forEach(function (v) {
          if (v && v.kinds && v.parts) nested.appendChild(claim(v));
          else if (v && typeof v.literal === "string") nested.appendChild(el("li", "", [quote(v.literal)]));
          else if (v) nested.appendChild(el("li", "", [ref(v)]));
        });
        item.appendChild(nested);
        ul.appendChild(item);
      });
      li.appendChild(ul);
    }
    return li;
  }
  function iri(node) {
    return el("span", "", [el("code", "", [node.curie]), node.curie !== node.iri ? el("span", "sub", [node.iri]) : ""]);
  }
  function dl(rows) {
    var d = el("dl");
    rows.forEach(function (r) {
      if (!r || r[1] === null || r[1] === undefined || r[1] === "") return;
      d.appendChild(el("dt", "", [r[0]]));
      d.appendChild(el("dd", "", [r[1]]));
    });
    return d;
  }
  function contentsOf(st) { return st.contents && st.contents.length ? st.contents : st.content ? [st.content] : []; }
  function statementLink(id) {
    var st = index.statement[id];
    if (!st) return el("span", "", ["a statement of another article: ", el("code", "", [id])]);
    return goButton(st.id, "statement", stName(st.id));
  }

  function details(kind, id) {
    var x = index[kind] && index[kind][id];
    var rows = [];
    if (kind === "statement" && x) {
      var tensions = model.tensions.filter(function (t) { return t.first === id || t.second === id; });
      rows = [
        ["Text", passage(slice(x.start, x.end))],
        ["Speaker" + (x.speakers.length > 1 ? "s (joint)" : ""), list(x.speakers.map(speakerOf))],
        ["Report mode", words(x.mode)],
        ["Outlet" + (outletsOf(x).length > 1 ? "s" : ""), outletsOf(x).length ? el("span", "", [list(outletsOf(x).map(ref)),
          x.outletInferred ? "inferred from context" : "stated in the text"]) : "none given"],
        ["Date", dateNode(x.date)],
        ["Polarity", x.polarity ? words(x.polarity) : ""],
        ["Stance", x.stance ? ref(x.stance) : ""],
        ["Topics", x.topics.length ? list(x.topics.map(ref)) : ""],
        ["About", x.about.length ? list(x.about.map(ref)) : ""],
        ["Event type", x.eventType ? ref(x.eventType) : ""],
        ["Modality", x.modality ? ref(x.modality) : ""],
        ["Hedged by", x.hedges && x.hedges.length ? list(x.hedges.map(function (h) { return quote(slice(h.start, h.end)); })) : ""],
        ["Made during", x.madeDuring ? ref(x.madeDuring) : ""],
        ["Claim" + (contentsOf(x).length > 1 ? "s" : ""), contentsOf(x).length ? el("ul", "", contentsOf(x).map(claim)) : ""],
        ["Restated at", x.restated && x.restated.length ? list(x.restated.map(function (h) { return passage(slice(h.start, h.end)); })) : ""],
        ["Parts", x.parts.length ? list(x.parts.map(function (p) { return el("span", "", [p.role + ":", passage(slice(p.start, p.end))]); })) : ""],
        ["Quotations", x.quotations.length ? list(x.quotations.map(function (q) {
          var qq = index.quotation[q];
          return goButton(q, "quotation", qq ? quote(qq.text) : "a quotation");
        })) : ""],
        ["Tensions", tensions.length ? list(tensions.map(function (t) { return goButton(t.id, "contrast", tensionName(t)); })) : ""],
        ["Inferred", x.inferences.length ? list(x.inferences.map(function (i) { return words(i.property) + ": " + i.rule; })) : ""],
        ["IRI", iri(x.node)]
      ];
    } else if (kind === "quotation" && x) {
      rows = [
        ["Quotation", el("span", "quote", [quote(x.text)])],
        ["Speaker" + (x.speakers.length > 1 ? "s" : ""), list(x.speakers.map(speakerOf))],
        ["Statement", x.statement ? statementLink(x.statement) : ""],
        ["Outlet", x.statement && index.statement[x.statement] && outletsOf(index.statement[x.statement]).length
          ? list(outletsOf(index.statement[x.statement]).map(ref)) : ""],
        ["Date", x.statement && index.statement[x.statement] ? dateNode(index.statement[x.statement].date) : ""],
        ["IRI", iri(x.node)]
      ];
    } else if (kind === "mention" && x) {
      rows = [
        ["As printed", quote(x.surface) + (x.misspelling ? " (misspelt)" : "")],
        ["Entit" + (entitiesOf(x).length > 1 ? "ies" : "y"), list(entitiesOf(x).map(ref))],
        ["Canonical name", entitiesOf(x).map(function (e) { return e.label; }).join("; ")],
        ["Kind", words(x.entityKind)],
        // every entity's IRI, in the order of the Entities row (the view's: sorted by IRI)
        ["Entity IRI" + (entitiesOf(x).length > 1 ? "s" : ""), entitiesOf(x).length > 1 ? list(entitiesOf(x).map(iri)) : iri(x.entity)],
        ["IRI", iri(x.node)]
      ];
    } else if (kind === "date" && x) {
      var users = model.statements.filter(function (s) { return s.date && s.date.id === id; });
      rows = [
        ["Date", dateNode(x)],
        ["Statements", users.length ? list(users.map(function (s) { return statementLink(s.id); })) : ""],
        ["IRI", el("code", "", [x.iri])]
      ];
    } else if (kind === "contrast" && x) {
      rows = [
        ["Kind", ref(x.kind)],
        ["Between", list([statementLink(x.first), statementLink(x.second)])],
        ["Contrast word", x.markers.length ? list(x.markers.map(function (m) { return quote(slice(m.start, m.end)); })) : "none (inferred)"],
        ["Evidence", x.evidence.length ? list(x.evidence.map(function (m) { return passage(slice(m.start, m.end)); })) : ""],
        ["Inferred", x.inferred ? "yes" + (x.rule ? ": " + x.rule : "") : "no"],
        ["IRI", iri(x.node)]
      ];
    } else if (kind === "event" && x) {
      rows = [
        ["Event", ref(x.node)],
        ["Kind", words(x.kind)],
        ["Date", x.date ? dateNode(x.date) : ""],
        ["Text", typeof x.start === "number" ? passage(slice(x.start, x.end)) : ""],
        ["IRI", iri(x.node)]
      ];
    } else if (kind === "headline") {
      rows = [
        ["Headline", model.article.headline],
        ["Outlet", ref(model.article.publisher)],
        ["Published", model.article.published],
        ["Authors", model.article.authors.length ? list(model.article.authors.map(ref)) : ""],
        ["Source", link(model.article.url, model.article.url)],
        ["IRI", el("code", "", [model.article.iri])]
      ];
    } else {
      rows = [["Reference", id]];
    }
    return dl(rows);
  }

  function others(mark) {
    var seen = {};
    var out = [];
    function add(m) {
      var key = m.getAttribute("data-kind") + " " + m.getAttribute("data-ref");
      if (m === mark || seen[key]) return;
      seen[key] = true;
      out.push(m);
    }
    seen[mark.getAttribute("data-kind") + " " + mark.getAttribute("data-ref")] = true;
    for (var p = mark.parentElement; p && p !== textBox; p = p.parentElement) if (p.classList.contains("mk")) add(p);
    Array.prototype.forEach.call(mark.querySelectorAll(".mk"), add);
    return out;
  }
  function dayText(d) {
    if (d.day) return d.day;
    var b = [];
    if (d.after) b.push("after " + d.after);
    if (d.before) b.push("before " + d.before);
    return "no day given" + (b.length ? " (" + b.join(", ") + ")" : "");
  }
  function datedCount(id) {
    return model.statements.filter(function (s) { return s.date && s.date.id === id; }).length;
  }
  // What a mark is, in words a reader can tell apart: the printed words of a mention and what they name; a
  // date's phrase, its day, and how it was found (two date nodes often share one phrase).
  function describeMark(m) {
    var kind = m.getAttribute("data-kind");
    var id = m.getAttribute("data-ref");
    var x = index[kind] && index[kind][id];
    if (kind === "mention" && x)
      return "Mention " + quote(x.surface) + " \u2192 " + andList(entitiesOf(x).map(function (e) { return e.label; }));
    if (kind === "date" && x) {
      var n = datedCount(id);
      return "Date " + (x.phrase ? quote(x.phrase) + " \u2192 " : "") + dayText(x) + " (" + words(x.method) +
        (n ? "; the date of " + n + " statement" + (n > 1 ? "s" : "") : "") + ")";
    }
    if (kind === "contrast" && x) return "Tension: " + tensionName(x);
    if (kind === "headline") return id === "alternativeHeadline" ? "Subheadline" : "Headline";
    if (kind === "statement" && x) return "Statement by " + whoSaid(x.speakers) + " \u2014 " + stName(id);
    if (kind === "quotation" && x)
      return "Verbatim quotation of " + whoSaid(x.speakers) + ": " + quote(aids.excerpts[id] || x.text);
    return KIND[kind] || "Mark";
  }
  // The panel's heading: what was selected, in words (no internal id).
  function heading(kind, id) {
    var x = index[kind] && index[kind][id];
    if (kind === "headline") return id === "alternativeHeadline" ? "Subheadline" : "Headline";
    if (!x) return KIND[kind] || "Details";
    if (kind === "statement") return "Statement by " + whoSaid(x.speakers) + " \u2014 " + stName(id);
    if (kind === "quotation") return "Verbatim quotation of " + whoSaid(x.speakers);
    if (kind === "mention") return "Mention of " + andList(entitiesOf(x).map(function (e) { return e.label; }));
    if (kind === "date") return "Date: " + (x.phrase ? quote(x.phrase) + " \u2192 " : "") + dayText(x);
    if (kind === "contrast") return "Tension: " + x.kind.label;
    if (kind === "event") return "Event: " + x.node.label;
    return KIND[kind] || "Details";
  }

  // Scroll so the selected marks are seen, above the details panel where it covers them (a phone's bottom
  // sheet): the marks together when they fit in the room left, else the first one's start.
  function boxOf(els) {
    var b = null;
    els.forEach(function (e) {
      Array.prototype.forEach.call(e.getClientRects(), function (r) {
        if (!b) b = { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
        else {
          b.top = Math.min(b.top, r.top); b.bottom = Math.max(b.bottom, r.bottom);
          b.left = Math.min(b.left, r.left); b.right = Math.max(b.right, r.right);
        }
      });
    });
    return b;
  }
  function reveal(groups) {
    var margin = 8;
    var p = panel.hidden ? null : panel.getBoundingClientRect();
    var all = boxOf([].concat.apply([], groups));
    var first = boxOf(groups[0] || []);
    if (!all || !first) return;
    var covers = p && p.left < all.right && p.right > all.left;
    var limit = covers ? p.top : window.innerHeight;
    var room = limit - 2 * margin;
    var b = all.bottom - all.top <= room ? all : first;
    if (b.top >= margin && b.bottom <= limit - margin) return;
    var h = b.bottom - b.top;
    window.scrollBy(0, h <= room ? b.top - margin - (room - h) / 2 : b.top - margin);
  }

  function clear() {
    Array.prototype.forEach.call(textBox.querySelectorAll(".mk.sel, .mk.hl"), function (m) {
      m.classList.remove("sel");
      m.classList.remove("hl");
    });
  }

  function select(kind, id, mark) {
    clear();
    marksOf(kind, id).forEach(function (m) { m.classList.add("sel"); });
    var t = kind === "contrast" ? index.contrast[id] : null;
    if (t) {
      marksOf("statement", t.first).concat(marksOf("statement", t.second)).forEach(function (m) { m.classList.add("hl"); });
    }
    title.textContent = heading(kind, id);
    panel.setAttribute("data-kind", kind);
    panel.setAttribute("data-ref", id);
    while (body.firstChild) body.removeChild(body.firstChild);
    body.appendChild(details(kind, id));
    var anchor = mark || firstMark(kind, id);
    if (anchor) {
      var more = others(anchor);
      if (more.length) {
        body.appendChild(el("h3", "", ["Other marks on this text"]));
        // The same words marked twice here ("Ukraine" … "Ukraine") are told apart by their order.
        var times = {};
        body.appendChild(list(more.map(function (m) {
          var text = describeMark(m);
          times[text] = (times[text] || 0) + 1;
          var n = times[text];
          var nth = n === 2 ? "2nd" : n === 3 ? "3rd" : n + "th";
          return goButton(m.getAttribute("data-ref"), m.getAttribute("data-kind"), n > 1 ? text + " (" + nth + " in this passage)" : text);
        })));
      }
      lastMark = anchor;
    }
    panel.hidden = false;
    document.body.classList.add("ng-open");
    var groups = t ? [marksOf("statement", t.first), marksOf("statement", t.second)].filter(function (g) { return g.length; })
      : [];
    if (!groups.length) groups = [marksOf(kind, id)];
    if (!groups[0].length && anchor) groups = [[anchor]];
    reveal(groups);
  }

  function close() {
    if (panel.hidden) return;
    panel.hidden = true;
    document.body.classList.remove("ng-open");
    clear();
    if (lastMark) lastMark.focus();
  }

  textBox.addEventListener("click", function (e) {
    var m = e.target.closest && e.target.closest(".mk");
    if (!m || !textBox.contains(m)) return;
    select(m.getAttribute("data-kind"), m.getAttribute("data-ref"), m);
  });
  textBox.addEventListener("keydown", function (e) {
    var m = e.target;
    if (!m.classList || !m.classList.contains("mk")) return;
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      select(m.getAttribute("data-kind"), m.getAttribute("data-ref"), m);
      // to the details, so their links and the other marks here are the next Tab stops; Escape comes back
      title.focus({ preventScroll: true });
      return;
    }
    var stops = Array.prototype.slice.call(textBox.querySelectorAll(".mk.first"));
    var i = stops.indexOf(m);
    var next = -1;
    if (e.key === "ArrowRight" || e.key === "ArrowDown") next = Math.min(stops.length - 1, i + 1);
    else if (e.key === "ArrowLeft" || e.key === "ArrowUp") next = Math.max(0, i - 1);
    else if (e.key === "Home") next = 0;
    else if (e.key === "End") next = stops.length - 1;
    if (next >= 0 && stops[next]) {
      e.preventDefault();
      stops[next].focus();
    }
  });
  document.addEventListener("click", function (e) {
    var b = e.target.closest && e.target.closest("[data-go]");
    if (!b) return;
    var kind = b.getAttribute("data-kind");
    var id = b.getAttribute("data-go");
    var mark = firstMark(kind, id);
    if (!mark && kind === "contrast" && index.contrast[id]) mark = firstMark("statement", index.contrast[id].first);
    // select() scrolls the marks into view above the panel
    select(kind, id, kind === "contrast" ? firstMark(kind, id) : mark);
    if (mark) mark.focus({ preventScroll: true });
  });
  document.getElementById("ng-close").addEventListener("click", close);

  // The picture: full size by default (scrolling in its frame); the toggle fits it to the column's width.
  var fit = document.getElementById("ng-fit");
  var picture = document.getElementById("ng-picture");
  var fitNote = document.getElementById("ng-fit-note");
  if (fit && picture) fit.addEventListener("click", function () {
    var on = fit.getAttribute("aria-pressed") !== "true";
    fit.setAttribute("aria-pressed", on ? "true" : "false");
    picture.classList.toggle("fit", on);
    if (fitNote) fitNote.textContent = on ? "Fitted to the column's width: press again for full size."
      : "Full size: scroll inside the frame to see all of it.";
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") close();
  });

  function outletsOf(st) { return st.outlets && st.outlets.length ? st.outlets : st.outlet ? [st.outlet] : []; }
  function matches(st, f) {
    if (f.speaker && st.speakers.indexOf(f.speaker) < 0) return false;
    var outlets = outletsOf(st).map(function (o) { return o.iri; });
    if (f.outlet === "(none)" ? outlets.length > 0 : f.outlet && outlets.indexOf(f.outlet) < 0) return false;
    if (f.date === "(none)" ? !!st.date : f.date === "(noday)" ? !st.date || !!st.date.day
      : f.date && (!st.date || st.date.day !== f.date)) return false;
    if (f.kind === "(none)" ? st.claimKinds.length > 0 : f.kind && st.claimKinds.indexOf(f.kind) < 0) return false;
    return true;
  }
  // A left-out statement (or quotation) says so in its accessible name, as its grey look does to the eye.
  var baseLabel = {};
  Array.prototype.forEach.call(textBox.querySelectorAll(".mk.first"), function (m) {
    baseLabel[m.getAttribute("data-kind") + " " + m.getAttribute("data-ref")] = m.getAttribute("aria-label") || "";
  });
  function markOff(kind, id, off) {
    marksOf(kind, id).forEach(function (m) {
      m.classList.toggle("off", off);
      if (m.classList.contains("first"))
        m.setAttribute("aria-label", baseLabel[kind + " " + id] + (off ? ", left out by the filters" : ""));
    });
  }
  function apply() {
    var f = { speaker: form.speaker.value, outlet: form.outlet.value, date: form.date.value, kind: form.kind.value };
    var any = f.speaker || f.outlet || f.date || f.kind;
    var shown = {};
    var n = 0;
    model.statements.forEach(function (st) {
      var ok = matches(st, f);
      shown[st.id] = ok;
      if (ok) n++;
      markOff("statement", st.id, !ok);
    });
    model.quotations.forEach(function (q) {
      var ok = q.statement && q.statement in shown ? shown[q.statement]
        : !any || (!!f.speaker && q.speakers.indexOf(f.speaker) >= 0 && !f.outlet && !f.date && !f.kind);
      markOff("quotation", q.id, !ok);
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-st]"), function (li) {
      li.hidden = !shown[li.getAttribute("data-st")];
    });
    Array.prototype.forEach.call(document.querySelectorAll(".group"), function (g) {
      var items = g.querySelectorAll("[data-st]");
      g.hidden = items.length > 0 && g.querySelectorAll("[data-st]:not([hidden])").length === 0;
    });
    count.textContent = any ? "Showing " + n + " of " + model.statements.length + " statements"
      : "Showing all " + model.statements.length + " statements";
  }
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
})();
`;
