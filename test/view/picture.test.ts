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
    expect(parsed.desc).toMatch(/\d+ statements by \d+ speakers, \d+ claims, \d+ tensions/);
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
  ];
  it.each(rows)("$case", ({ text, max, width, drawn }) => {
    expect(clipLabel(text, max, width)).toBe(drawn);
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
