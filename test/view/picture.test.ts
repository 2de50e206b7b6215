// The picture of an article's graph (issue #11): the DOT text and the SVG Graphviz lays out from it, for the
// bundled article and every fixture article. The SVG is parsed by a real XML parser (Chromium's DOMParser,
// driven by playwright-core with Debian's chromium), and what it draws is compared with SPARQL answers
// over the same graph in Oxigraph.
import { readFileSync } from "node:fs";
import type { Quad } from "@rdfjs/types";
import { DataFactory } from "n3";
import oxigraph from "oxigraph";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NewsgraphError, parseTurtle, toNTriples } from "../../src/index.js";
import {
  BACKGROUND,
  clipLabel,
  counted,
  dotString,
  EDGE_STYLE,
  EDGE_TEXT,
  graphDot,
  NODE_STYLE,
  nodeIds,
  pictureOf,
} from "../../src/view/dot.js";
import { graphPicture } from "../../src/view/picture.js";
import { CORPUS } from "../corpus/corpus.js";
import { abcInterview } from "../fixtures/abc-interview/abc-interview.js";
import { talksReport } from "../fixtures/authoring/talks-report.js";
import { ledgerReport } from "../fixtures/coverage/ledger-report.js";
import { radioReport } from "../fixtures/coverage/radio-report.js";
import { PREFIXES, read, SLUG } from "../helpers.js";
import { launchChromium } from "./browser.js";

const { namedNode, literal, quad } = DataFactory;
const RDF_TYPE = namedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
const NG = "https://w3id.org/newsgraph/ontology#";
const SCHEMA = "https://schema.org/";
const RDFS_LABEL = namedNode("http://www.w3.org/2000/01/rdf-schema#label");

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");

/** Every article the picture is tested on: its name and its complete graph. */
const ARTICLES: readonly { readonly name: string; readonly quads: () => readonly Quad[] }[] = [
  ...CORPUS.map((a) => ({ name: a.module.slug, quads: () => a.module.build(a.text).quads })),
  {
    name: "abc-interview fixture",
    quads: () => abcInterview.build(fixture("abc-interview/abc-interview.txt")).quads,
  },
  {
    name: "coverage ledger fixture",
    quads: () => ledgerReport.build(fixture(`coverage/${ledgerReport.textFile}`)).quads,
  },
  {
    name: "coverage radio fixture",
    quads: () => radioReport.build(fixture(`coverage/${radioReport.textFile}`)).quads,
  },
  {
    name: "authoring talks-report",
    quads: () => talksReport.build(read("docs", "authoring", talksReport.textFile)).quads,
  },
  {
    name: `committed data/${SLUG}.ttl`,
    quads: () => parseTurtle(read("data", `${SLUG}.ttl`), `data/${SLUG}.ttl`),
  },
];

/** A seeded shuffle (mulberry32), so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The IRIs a SPARQL query over the graph answers (variable ?x). */
function sparql(quads: readonly Quad[], where: string): string[] {
  const store = new oxigraph.Store();
  store.load(toNTriples(quads), { format: "application/n-triples" });
  const rows = store.query(`${PREFIXES} SELECT DISTINCT ?x WHERE { ${where} }`) as Map<
    string,
    { value: string }
  >[];
  return rows.map((r) => r.get("x")?.value ?? "").sort();
}

/** What Chromium's XML parser reads from an SVG. */
interface ParsedSvg {
  readonly error: string | null;
  readonly doctype: boolean;
  readonly root: string;
  readonly role: string | null;
  readonly title: string;
  readonly desc: string;
  readonly labelledBy: string[];
  readonly ids: string[];
  /** Each node: its id, classes, the text of its `<title>` and its drawn lines. */
  readonly nodes: { id: string; classes: string; title: string; lines: string[] }[];
  readonly edges: { id: string; classes: string; title: string; dashed: boolean }[];
  /** Attributes that could load something: href, src, url(…), or any value naming a scheme. */
  readonly external: string[];
  readonly elements: string[];
  /** The text of every `<title>` in the document. */
  readonly titles: string[];
  /** The ids of the legend's samples (`legend-node-<kind>`, `legend-edge-<kind>`) and their drawn text. */
  readonly legend: { id: string; text: string }[];
}

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

// The little of the DOM the check below uses (the project compiles without the DOM library).
interface XmlElement {
  readonly localName: string;
  readonly id: string;
  readonly textContent: string | null;
  readonly attributes: ArrayLike<{ readonly name: string; readonly value: string }>;
  readonly children: ArrayLike<XmlElement>;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<XmlElement>;
}
interface XmlDocument {
  readonly documentElement: XmlElement;
  readonly doctype: unknown;
  querySelector(selector: string): XmlElement | null;
  querySelectorAll(selector: string): ArrayLike<XmlElement>;
}

const parseSvg = (svg: string): Promise<ParsedSvg> =>
  page.evaluate((text) => {
    const { DOMParser } = globalThis as unknown as {
      DOMParser: new () => { parseFromString(text: string, type: string): XmlDocument };
    };
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    const error = doc.querySelector("parsererror");
    const root = doc.documentElement;
    const all = Array.from(doc.querySelectorAll("*"));
    const childText = (el: XmlElement, name: string) =>
      Array.from(el.children).find((c) => c.localName === name)?.textContent ?? "";
    const external: string[] = [];
    for (const el of all)
      for (const attr of Array.from(el.attributes)) {
        if (attr.name === "xmlns") continue;
        if (/href$|^src$/i.test(attr.name) || /url\(|^[a-z][a-z0-9+.-]*:|^\/\//i.test(attr.value))
          external.push(`${el.localName} ${attr.name}="${attr.value}"`);
      }
    return {
      error: error === null ? null : (error.textContent ?? "parse error"),
      doctype: doc.doctype !== null,
      root: root.localName,
      role: root.getAttribute("role"),
      title: childText(root, "title"),
      desc: childText(root, "desc"),
      labelledBy: (root.getAttribute("aria-labelledby") ?? "").split(" "),
      ids: all.map((el) => el.getAttribute("id")).filter((id): id is string => id !== null),
      nodes: Array.from(doc.querySelectorAll("g.node:not(.legend)")).map((g) => ({
        id: g.id,
        classes: g.getAttribute("class") ?? "",
        title: childText(g, "title"),
        lines: Array.from(g.querySelectorAll("text")).map((t) => t.textContent ?? ""),
      })),
      edges: Array.from(doc.querySelectorAll("g.edge:not(.legend)")).map((g) => ({
        id: g.id,
        classes: g.getAttribute("class") ?? "",
        title: childText(g, "title"),
        dashed: Array.from(g.querySelectorAll("path")).some(
          (p) => p.getAttribute("stroke-dasharray") !== null,
        ),
      })),
      external,
      elements: [...new Set(all.map((el) => el.localName))].sort(),
      titles: all.filter((el) => el.localName === "title").map((el) => el.textContent ?? ""),
      legend: Array.from(doc.querySelectorAll("g.node.legend"))
        .filter((g) => !g.id.endsWith("-to"))
        .map((g) => ({
          id: g.id,
          text: Array.from(g.querySelectorAll("text"))
            .map((t) => t.textContent ?? "")
            .join(" "),
        })),
    };
  }, svg);

/** The IRI a node's title names (its last word). */
const iriOf = (title: string) => title.split(" ").pop() ?? "";

describe.each(ARTICLES)("the picture of $name", ({ quads: build }) => {
  let quads: readonly Quad[];
  let svg: string;
  let parsed: ParsedSvg;
  beforeAll(async () => {
    quads = build();
    svg = await graphPicture(quads);
    parsed = await parseSvg(svg);
  });

  it("is well-formed SVG with no doctype, role img, a title and a summary it is labelled by", () => {
    expect(parsed.error).toBeNull();
    expect(parsed.doctype).toBe(false);
    expect(parsed.root).toBe("svg");
    expect(parsed.role).toBe("img");
    const headline = sparql(quads, "?a a schema:NewsArticle; schema:headline ?x")[0] ?? "";
    expect(headline).not.toBe("");
    expect(parsed.title).toContain(headline);
    const n = (where: string) => sparql(quads, where).length;
    const tensions = n(
      "?t a ng:Tension; ng:firstClaim ?a; ng:secondClaim ?b. BIND(CONCAT(STR(?t), STR(?a), STR(?b)) AS ?x)",
    );
    const noun = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
    expect(parsed.desc).toContain(
      `${noun(n("?x a ng:Statement"), "statement")} by ${noun(n("?s a ng:Statement; ng:speaker ?x"), "speaker")}, ` +
        `${noun(n("?x a ng:ClaimContent"), "claim")}, ${noun(tensions, "tension")}.`,
    );
    expect(parsed.desc).not.toMatch(/\b1 [a-z]+s\b/);
    for (const id of parsed.labelledBy) expect(parsed.ids).toContain(id);
  });

  it("draws a node for every statement, speaker, post and claim of the graph", () => {
    const drawn = new Map(parsed.nodes.map((n) => [iriOf(n.title), n.classes]));
    const expectKind = (where: string, kinds: readonly string[]) => {
      const iris = sparql(quads, where);
      for (const iri of iris) {
        expect(drawn.has(iri), `no node for ${iri}`).toBe(true);
        expect(
          kinds.some((k) => drawn.get(iri)?.split(" ").includes(k)),
          `${iri}: ${drawn.get(iri)}`,
        ).toBe(true);
      }
    };
    expect(sparql(quads, "?x a ng:Statement").length).toBeGreaterThan(0);
    expectKind("?x a ng:Statement", ["statement"]);
    expectKind("?s a ng:Statement; ng:speaker ?x", ["person", "unnamed", "state", "organisation"]);
    expectKind("?x a ng:ClaimContent", ["claim"]);
    const posts = sparql(quads, "?m a org:Membership; ng:post ?x");
    for (const iri of posts) expect(drawn.get(iri)?.split(" ")).toContain("post");
  });

  it("joins every speaker to each statement it made, and each statement to its content", () => {
    const titles = new Set(parsed.edges.map((e) => e.classes));
    expect(titles.has("edge said")).toBe(true);
    const saidPairs = sparql(
      quads,
      '?s a ng:Statement; ng:speaker ?sp. BIND(CONCAT(STR(?sp), " ", STR(?s)) AS ?x)',
    );
    const ids = nodeIds(
      parsed.nodes.map((n) => iriOf(n.title)),
      pictureOf(quads).article.slug,
    );
    const edgeIds = new Set(parsed.edges.map((e) => e.id));
    for (const pair of saidPairs) {
      const [speaker, statement] = pair.split(" ") as [string, string];
      expect(edgeIds, pair).toContain(
        `e-${ids.get(speaker)?.slice(2)}--said--${ids.get(statement)?.slice(2)}`,
      );
    }
    const contentEdges = parsed.edges.filter((e) => e.classes === "edge content");
    expect(contentEdges.length).toBe(
      sparql(quads, "?s ng:content ?c. BIND(CONCAT(STR(?s), STR(?c)) AS ?x)").length,
    );
  });

  it("draws each tension as a dashed edge between its statements, titled with its kind", () => {
    const tensions = sparql(
      quads,
      '?t a ng:Tension; ng:firstClaim ?a; ng:secondClaim ?b. BIND(CONCAT(STR(?a), " ", STR(?b)) AS ?x)',
    );
    const drawn = parsed.edges.filter((e) => e.classes === "edge tension");
    expect(drawn.length).toBe(tensions.length);
    for (const e of drawn) {
      expect(e.dashed).toBe(true);
      expect(e.title).toMatch(/^Tension \(.+\): /);
    }
  });

  it("leaves no node on its own: every node drawn has a line to another", () => {
    const picture = pictureOf(quads);
    const joined = new Set(picture.edges.flatMap((e) => [e.from, e.to]));
    const alone = picture.nodes.filter((n) => !joined.has(n.id)).map((n) => `${n.kind} ${n.iri}`);
    expect(alone).toEqual([]);
    expect(parsed.nodes.map((n) => n.id).sort()).toEqual(picture.nodes.map((n) => n.id).sort());
  });

  it("draws each interview a statement was made during, who took part and the outlet that aired it", () => {
    const ids = nodeIds(
      parsed.nodes.map((n) => iriOf(n.title)),
      pictureOf(quads).article.slug,
    );
    const drawn = new Map(parsed.nodes.map((n) => [iriOf(n.title), n.classes]));
    const edgeIds = new Set(parsed.edges.map((e) => e.id));
    const joins = (from: string, label: string, to: string) =>
      expect(edgeIds, `${from} ${label} ${to}`).toContain(
        `e-${ids.get(from)?.slice(2)}--${label}--${ids.get(to)?.slice(2)}`,
      );
    const pairs = (where: string) =>
      sparql(quads, `${where} BIND(CONCAT(STR(?a), " ", STR(?b)) AS ?x)`).map(
        (p) => p.split(" ") as [string, string],
      );
    for (const [statement, occasion] of pairs("?a a ng:Statement; ng:madeDuring ?b.")) {
      expect(drawn.get(occasion)).toBe("node occasion");
      joins(statement, "during", occasion);
    }
    for (const [occasion, person] of pairs("?a ng:interviewer ?b.")) joins(person, "interviewer", occasion);
    for (const [occasion, person] of pairs("?a ng:interviewee ?b.")) joins(person, "interviewee", occasion);
    for (const [occasion, outlet] of pairs("?a ng:airedBy ?b.")) joins(occasion, "aired-by", outlet);
  });

  it("titles nothing with an internal name: no <title> holds a Graphviz id", () => {
    expect(parsed.titles.length).toBeGreaterThan(parsed.nodes.length);
    for (const title of parsed.titles) expect(title).not.toMatch(/cluster_|picture-|legend-|layer-|->/);
    expect(parsed.titles).toContain("Legend");
  });

  it("writes each claim's kinds in words (“Security guarantee:”), never a class name in CamelCase", () => {
    const typed = new Set(
      sparql(
        quads,
        "?x a ng:ClaimContent, ?k. FILTER(?k != ng:ClaimContent && STRSTARTS(STR(?k), STR(ng:)))",
      ),
    );
    const claims = parsed.nodes.filter((n) => typed.has(iriOf(n.title)));
    expect(claims.length).toBe(typed.size);
    // the first drawn line is the kinds: "Demand:", "Condition · Security guarantee:"
    for (const n of claims) expect(n.lines[0], n.title).toMatch(/^\p{Lu}[\p{Ll} ]*( · \p{Lu}[\p{Ll} ]*)*:$/u);
  });

  it("lists in its legend only the kinds of node and line it draws, in the styles' order", () => {
    const nodeKinds = new Set(pictureOf(quads).nodes.map((n) => n.kind));
    const edgeKinds = new Set(pictureOf(quads).edges.map((e) => e.kind));
    const want = [
      ...Object.keys(NODE_STYLE)
        .filter((k) => nodeKinds.has(k as never))
        .map((k) => `legend-node-${k}`),
      ...Object.keys(EDGE_STYLE)
        .filter((k) => edgeKinds.has(k as never))
        .map((k) => `legend-edge-${k}`),
    ].sort();
    expect([...parsed.legend.map((l) => l.id)].sort()).toEqual(want);
    for (const l of parsed.legend) {
      const kind = l.id.replace(/^legend-(node|edge)-/, "");
      const style = l.id.startsWith("legend-node-")
        ? NODE_STYLE[kind as keyof typeof NODE_STYLE]
        : EDGE_STYLE[kind as keyof typeof EDGE_STYLE];
      expect(l.text.replace(/\s+/g, " "), l.id).toBe(style.name);
    }
  });

  it("clips no drawn label inside a word", () => {
    for (const n of parsed.nodes) {
      const drawn = n.lines.join(" ");
      if (!drawn.includes("…")) continue;
      const kept = (drawn.split("…")[0] ?? "").replace(/^.*?: /, "");
      const full = n.title.replace(/ \([^()]*\) \S+$/, "");
      const at = full.indexOf(kept);
      expect(at, `${drawn} / ${full}`).toBeGreaterThanOrEqual(0);
      expect(full.slice(at + kept.length), drawn).toMatch(/^[\s,;:–—-]/);
    }
  });

  it("lays the legend out compactly, tension labels in red, and no edge label on top of another", async () => {
    const m = await page.evaluate((text) => {
      const doc = (globalThis as unknown as { document: { body: { innerHTML: string } } }).document;
      doc.body.innerHTML = text;
      type Box = { x: number; y: number; width: number; height: number };
      const q = (sel: string) =>
        Array.from(
          (
            globalThis as unknown as {
              document: {
                querySelectorAll(s: string): ArrayLike<{
                  getBoundingClientRect(): Box;
                  getAttribute(n: string): string | null;
                  textContent: string | null;
                }>;
              };
            }
          ).document.querySelectorAll(sel),
        );
      const box = (b: Box) => ({ x: b.x, y: b.y, w: b.width, h: b.height });
      return {
        legend: box(q("g.cluster")[0]?.getBoundingClientRect() ?? { x: 0, y: 0, width: 0, height: 0 }),
        samples: q("g.node.legend:not([id$='-to'])").map((g) => g.getBoundingClientRect().height),
        labels: q("g.edge:not(.legend) text").map((t) => ({
          t: t.textContent ?? "",
          ...box(t.getBoundingClientRect()),
        })),
        tensionFills: q("g.edge.tension text").map((t) => t.getAttribute("fill")),
      };
    }, svg);
    // One column of the samples was as tall as all of them stacked; the grid is as tall as its rows (two
    // columns of node kinds, two of edge kinds), with room for the legend's title.
    const picture = pictureOf(quads);
    const nodeKinds = new Set(picture.nodes.map((n) => n.kind)).size;
    const edgeKinds = new Set(picture.edges.map((e) => e.kind)).size;
    expect(m.samples.length).toBe(nodeKinds + edgeKinds);
    const rows = Math.ceil(Math.max(nodeKinds, edgeKinds) / 2);
    const column = m.samples.reduce((a, b) => a + b, 0);
    expect(m.legend.h).toBeLessThan((rows + 3) * Math.max(...m.samples));
    expect(m.legend.h).toBeLessThan(column);
    for (const fill of m.tensionFills) expect(fill).toBe(EDGE_STYLE.tension.colour);
    const hit = (a: (typeof m.labels)[number], b: (typeof m.labels)[number]) =>
      a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
    for (const [i, a] of m.labels.entries())
      for (const b of m.labels.slice(i + 1)) expect(hit(a, b), `${a.t} / ${b.t}`).toBe(false);
  });

  it("loads nothing from outside: no href, src, url() or other scheme in any attribute", () => {
    expect(parsed.external).toEqual([]);
    for (const name of ["image", "script", "foreignObject", "style", "a", "use"])
      expect(parsed.elements).not.toContain(name);
    expect(svg).not.toMatch(/<!DOCTYPE|<\?xml|<!--/);
  });

  it("gives every element a unique id, and nodes ids derived from their IRIs", () => {
    expect(new Set(parsed.ids).size).toBe(parsed.ids.length);
    const ids = nodeIds(
      parsed.nodes.map((n) => iriOf(n.title)),
      pictureOf(quads).article.slug,
    );
    for (const n of parsed.nodes) expect(n.id).toBe(ids.get(iriOf(n.title)));
  });

  it("gives the same DOT text whatever the order of the quads, and the same SVG bytes twice", async () => {
    const dot = graphDot(quads);
    for (const seed of [1, 2, 3]) expect(graphDot(shuffled(quads, seed))).toBe(dot);
    expect(await graphPicture(shuffled(quads, 4))).toBe(svg);
  });
});

describe("the picture of the bundled article", () => {
  it("is the same whether built from its module or parsed from the committed Turtle", () => {
    const built = CORPUS.find((a) => a.module.slug === SLUG);
    if (built === undefined) throw new Error(`no bundled article ${SLUG}`);
    expect(graphDot(parseTurtle(read("data", `${SLUG}.ttl`), `data/${SLUG}.ttl`))).toBe(
      graphDot(built.module.build(built.text).quads),
    );
  });
});

describe("the picture of an article with nothing drawn yet (scaffolded, before its statements)", () => {
  it("renders with no legend and says it holds no statement", async () => {
    const built = CORPUS.find((a) => a.module.slug === SLUG);
    if (built === undefined) throw new Error(`no bundled article ${SLUG}`);
    const iri = `https://w3id.org/newsgraph/id/article/${SLUG}`;
    const quads = built.module.build(built.text).quads.filter((q) => q.subject.value === iri);
    expect(graphDot(quads)).not.toContain("cluster_legend");
    const svg = await graphPicture(quads);
    expect(svg).toMatch(/^<svg role="img"/);
    expect(svg).toContain("0 statements by 0 speakers");
    expect(svg).not.toContain('id="legend"');
  });
});

// ── bad input ─────────────────────────────────────────────────────────────────────────────────────────────

const ARTICLE_A = namedNode("https://w3id.org/newsgraph/id/article/a");
const ARTICLE_B = namedNode("https://w3id.org/newsgraph/id/article/b");
const STATEMENT = namedNode("https://w3id.org/newsgraph/id/article/a/statement/s");
const newsArticle = (iri: ReturnType<typeof namedNode>) =>
  quad(iri, RDF_TYPE, namedNode(`${SCHEMA}NewsArticle`));

describe("a graph that is not one article's", () => {
  const rows: readonly { case: string; quads: readonly Quad[]; message: RegExp }[] = [
    { case: "an empty graph", quads: [], message: /^graph: holds no schema:NewsArticle/ },
    {
      case: "a statement with no article",
      quads: [quad(STATEMENT, RDF_TYPE, namedNode(`${NG}Statement`))],
      message: /^graph: holds no schema:NewsArticle/,
    },
    {
      case: "two articles",
      quads: [newsArticle(ARTICLE_A), newsArticle(ARTICLE_B)],
      message: /^graph: holds 2 schema:NewsArticle nodes \(.*\/article\/a, .*\/article\/b\)/,
    },
  ];
  it.each(rows)("is refused with a NewsgraphError naming the problem: $case", async ({ quads, message }) => {
    expect(() => graphDot(quads)).toThrow(NewsgraphError);
    expect(() => graphDot(quads)).toThrow(message);
    await expect(graphPicture(quads)).rejects.toThrow(message);
    try {
      graphDot(quads);
    } catch (e) {
      expect((e as NewsgraphError).code).toBe("invalid-input");
      expect((e as NewsgraphError).where).toBe("graph");
    }
  });
});

// ── labels, escaping, ids ────────────────────────────────────────────────────────────────────────────────

const NASTY = "He said \"a\\b\" <x> & 'y'\nnext &amp; \\N $& 😀 end";

describe("a label with quotes, backslashes, a newline, <, & and an entity", () => {
  const speaker = namedNode("https://w3id.org/newsgraph/id/person/nasty");
  const quads = [
    newsArticle(ARTICLE_A),
    quad(ARTICLE_A, namedNode(`${SCHEMA}headline`), literal(`Headline with <b>&amp; "quotes"`)),
    quad(STATEMENT, RDF_TYPE, namedNode(`${NG}Statement`)),
    quad(STATEMENT, RDFS_LABEL, literal(NASTY, "en")),
    quad(STATEMENT, namedNode(`${NG}speaker`), speaker),
    quad(speaker, RDF_TYPE, namedNode(`${SCHEMA}Person`)),
    quad(speaker, RDFS_LABEL, literal('Dr. "Back\\slash" <Nasty> & Co', "en")),
  ];

  it("is drawn exactly, clipped and wrapped, with the whole label in its title", async () => {
    const parsed = await parseSvg(await graphPicture(quads));
    expect(parsed.error).toBeNull();
    const statement = parsed.nodes.find((n) => iriOf(n.title) === STATEMENT.value);
    expect(statement?.lines.join("\n")).toBe(clipLabel(NASTY));
    expect(statement?.lines.join(" ")).toContain("He said \"a\\b\" <x> & 'y' next &amp; \\N $& 😀");
    expect(statement?.title).toBe(`${NASTY} (statement) ${STATEMENT.value}`);
    const person = parsed.nodes.find((n) => iriOf(n.title) === speaker.value);
    expect(person?.lines.join(" ")).toBe('Dr. "Back\\slash" <Nasty> & Co');
    expect(parsed.title).toBe('Graph of the article “Headline with <b>&amp; "quotes"”');
  });

  it("is written as a DOT string Graphviz reads back as the same text", () => {
    expect(dotString('a"b\\c\nd&e<f')).toBe('"a\\"b\\\\c\\nd&amp;e<f"');
  });
});

describe("clipping a label", () => {
  const rows: readonly { case: string; text: string; max: number; width: number; drawn: string }[] = [
    { case: "a short label stays as it is", text: "Ukraine", max: 72, width: 26, drawn: "Ukraine" },
    { case: "whitespace and newlines collapse", text: " a\n\tb  c ", max: 72, width: 26, drawn: "a b c" },
    {
      case: "words wrap at the width",
      text: "one two three four",
      max: 72,
      width: 8,
      drawn: "one two\nthree\nfour",
    },
    {
      case: "a long label is clipped with an ellipsis",
      text: "abcdefghij",
      max: 5,
      width: 26,
      drawn: "abcd…",
    },
    {
      case: "a long word is cut at the width",
      text: "abcdefghij",
      max: 72,
      width: 4,
      drawn: "abcd\nefgh\nij",
    },
    {
      case: "a character outside the BMP is never split",
      text: "😀😀😀😀",
      max: 3,
      width: 26,
      drawn: "😀😀…",
    },
    {
      case: "a long label is clipped at the end of a word, not inside it",
      text: "The Example Institute has long supported a negotiated settlement",
      max: 60,
      width: 80,
      drawn: "The Example Institute has long supported a negotiated…",
    },
    {
      case: "a cut that falls at a word's end keeps the word",
      text: "one two three",
      max: 8,
      width: 26,
      drawn: "one two…",
    },
    {
      case: "a comma or dash before the cut is dropped",
      text: "Crimea, Donbas — and more words here",
      max: 12,
      width: 26,
      drawn: "Crimea…",
    },
    {
      case: "a single word longer than the room is cut inside",
      text: "Antidisestablishmentarianism rules",
      max: 10,
      width: 40,
      drawn: "Antidises…",
    },
    {
      case: "an emoji with its skin tone is never split",
      text: "👍🏽👍🏽👍🏽👍🏽",
      max: 3,
      width: 26,
      drawn: "👍🏽👍🏽…",
    },
    { case: "a flag is never split", text: "🇺🇦🇺🇦🇺🇦🇺🇦", max: 3, width: 26, drawn: "🇺🇦🇺🇦…" },
    {
      case: "a word cut at the width keeps an emoji with its skin tone whole",
      text: "ab👍🏽cd",
      max: 72,
      width: 3,
      drawn: "ab👍🏽\ncd",
    },
  ];
  it.each(rows)("$case", ({ text, max, width, drawn }) => {
    expect(clipLabel(text, max, width)).toBe(drawn);
  });
});

describe("counting in the picture's summary", () => {
  const rows: readonly { case: string; n: number; drawn: string }[] = [
    { case: "none is plural", n: 0, drawn: "0 tensions" },
    { case: "one is singular", n: 1, drawn: "1 tension" },
    { case: "two is plural", n: 2, drawn: "2 tensions" },
  ];
  it.each(rows)("$case", ({ n, drawn }) => {
    expect(counted(n, "tension")).toBe(drawn);
  });
  it("says one statement by one speaker, in the singular, for a graph of one statement", () => {
    const speaker = namedNode("https://w3id.org/newsgraph/id/person/solo");
    const { summary } = pictureOf([
      newsArticle(ARTICLE_A),
      quad(STATEMENT, RDF_TYPE, namedNode(`${NG}Statement`)),
      quad(STATEMENT, namedNode(`${NG}speaker`), speaker),
      quad(speaker, RDF_TYPE, namedNode(`${SCHEMA}Person`)),
    ]);
    expect(summary).toContain("1 statement by 1 speaker, 0 claims, 0 tensions.");
  });
});

describe("node ids", () => {
  it("come from the IRI, without this article's scope, and stay unique when two would collide", () => {
    const own = "https://w3id.org/newsgraph/id/article/s/statement/x";
    const a = "https://example.org/a/b";
    const b = "https://example.org/a-b";
    const ids = nodeIds([b, own, a], "s");
    expect(ids.get(own)).toBe("n-statement-x");
    expect(ids.get(a)).toMatch(/^n-example.org-a-b-[0-9a-f]{8}$/);
    expect(ids.get(b)).toMatch(/^n-example.org-a-b-[0-9a-f]{8}$/);
    expect(ids.get(a)).not.toBe(ids.get(b));
    expect(nodeIds([a, b, own], "s")).toEqual(ids);
  });
});

// ── colours ──────────────────────────────────────────────────────────────────────────────────────────────

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe("colours", () => {
  it.each(Object.entries(NODE_STYLE))("%s: text on its fill passes WCAG AA (4.5:1)", (_kind, style) => {
    expect(contrast(style.text, style.fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(style.line, BACKGROUND)).toBeGreaterThanOrEqual(3);
  });
  it.each(Object.entries(EDGE_STYLE))("%s edges stand out from the background (3:1)", (_kind, style) => {
    expect(contrast(style.colour, BACKGROUND)).toBeGreaterThanOrEqual(3);
  });
  it("writes edge labels in a colour that passes WCAG AA on the background", () => {
    expect(contrast(EDGE_TEXT, BACKGROUND)).toBeGreaterThanOrEqual(4.5);
  });
  it("tells the kinds apart by shape or line style, not by colour alone", () => {
    const nodeLooks = Object.values(NODE_STYLE).map((s) => `${s.shape}/${s.style}`);
    expect(new Set(nodeLooks).size).toBe(nodeLooks.length);
  });
});
