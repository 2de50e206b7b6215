// The picture of one article's graph as Graphviz DOT text: who speaks (people, unnamed speakers), the posts
// they hold and where (organisations, states), the territories states contain, what each speaker said
// (statements) and what it comes to (claims and their structure), with tensions between statements. Read
// from the article's complete graph alone, so it draws any article; every collection is sorted, so the same
// graph gives the same bytes whatever the order of its quads.
import type { Quad, Term } from "@rdfjs/types";
import { NewsgraphError } from "../errors.js";
import { ID, NG, PREFIXES } from "../vocab/namespaces.js";

const RDF_TYPE = `${PREFIXES.rdf}type`;
const SCHEMA = PREFIXES.schema;
const ORG = PREFIXES.org;
const OA = PREFIXES.oa;

/** The kinds of node the picture draws, in the order of its layers (left to right). */
export type PictureNodeKind =
  | "person"
  | "unnamed"
  | "post"
  | "organisation"
  | "state"
  | "territory"
  | "occasion"
  | "statement"
  | "foreignStatement"
  | "claim";

/** The kinds of edge the picture draws. */
export type PictureEdgeKind =
  | "said"
  | "holds"
  | "within"
  | "contains"
  | "content"
  | "part"
  | "concerns"
  | "occasion"
  | "tension";

/**
 * How each kind of node looks: a shape and a line style as well as a colour, so colour is never the only
 * signal. Text is near-black on light fills: every pair passes WCAG AA for normal text (4.5:1) — a test
 * computes the ratios.
 *
 * @internal
 */
export const NODE_STYLE: Readonly<
  Record<
    PictureNodeKind,
    {
      readonly name: string;
      readonly shape: string;
      readonly style: string;
      readonly fill: string;
      readonly line: string;
      readonly text: string;
    }
  >
> = {
  person: {
    name: "person",
    shape: "ellipse",
    style: "filled",
    fill: "#dbeafe",
    line: "#1e40af",
    text: "#111827",
  },
  unnamed: {
    name: "unnamed speaker",
    shape: "ellipse",
    style: "filled,dashed",
    fill: "#e0f2fe",
    line: "#075985",
    text: "#111827",
  },
  post: { name: "post", shape: "tab", style: "filled", fill: "#fef3c7", line: "#92400e", text: "#111827" },
  organisation: {
    name: "organisation",
    shape: "box3d",
    style: "filled",
    fill: "#ede9fe",
    line: "#5b21b6",
    text: "#111827",
  },
  state: {
    name: "state",
    shape: "hexagon",
    style: "filled",
    fill: "#dcfce7",
    line: "#166534",
    text: "#111827",
  },
  territory: {
    name: "territory",
    shape: "house",
    style: "filled",
    fill: "#ffedd5",
    line: "#9a3412",
    text: "#111827",
  },
  occasion: {
    name: "interview or broadcast",
    shape: "octagon",
    style: "filled",
    fill: "#ccfbf1",
    line: "#0f766e",
    text: "#111827",
  },
  statement: {
    name: "statement",
    shape: "note",
    style: "filled",
    fill: "#f8fafc",
    line: "#334155",
    text: "#111827",
  },
  foreignStatement: {
    name: "statement of another article",
    shape: "note",
    style: "filled,dashed",
    fill: "#f1f5f9",
    line: "#475569",
    text: "#111827",
  },
  claim: {
    name: "claim",
    shape: "box",
    style: "filled,rounded",
    fill: "#fce7f3",
    line: "#9d174d",
    text: "#111827",
  },
};

/**
 * How each kind of edge looks: a line style and a label as well as a colour. Line colours reach 3:1 against
 * the white background (WCAG non-text contrast); label text reaches 4.5:1.
 *
 * @internal
 */
export const EDGE_STYLE: Readonly<
  Record<PictureEdgeKind, { readonly name: string; readonly style: string; readonly colour: string }>
> = {
  said: { name: "said (speaker → statement)", style: "bold", colour: "#1e3a8a" },
  holds: { name: "holds (person → post)", style: "solid", colour: "#78350f" },
  within: { name: "in (post, speaker → organisation, state)", style: "solid", colour: "#4c1d95" },
  contains: { name: "contains (state, territory → territory)", style: "solid", colour: "#7c2d12" },
  content: { name: "content (statement → claim)", style: "solid", colour: "#831843" },
  part: { name: "claim structure (item, requires, option …)", style: "solid", colour: "#9d174d" },
  concerns: { name: "concerns (claim → who or where)", style: "dotted", colour: "#4b5563" },
  occasion: {
    name: "interview (interviewer, interviewee, aired by, said during)",
    style: "solid",
    colour: "#0f766e",
  },
  tension: { name: "tension (between statements)", style: "dashed", colour: "#b91c1c" },
};

/** The background of the picture; the contrast of every colour above is measured against it. @internal */
export const BACKGROUND = "#ffffff";

/** The colour of edge labels, on the background. @internal */
export const EDGE_TEXT = "#1f2937";

/** Fixed font and sizes, so the layout does not depend on the fonts of the machine. @internal */
export const FONT = { name: "Helvetica", node: 10, edge: 8, title: 14 } as const;

/** A node of the picture. @internal */
export interface PictureNode {
  /** The `id` attribute of its SVG group, derived from the IRI: stable, unique in the picture. */
  readonly id: string;
  readonly iri: string;
  readonly kind: PictureNodeKind;
  /** The label drawn: clipped and wrapped. */
  readonly label: string;
  /** The full label, for the node's `<title>` (its tooltip). */
  readonly title: string;
}

/** An edge of the picture. @internal */
export interface PictureEdge {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly kind: PictureEdgeKind;
  /** The property or relation it draws (`said`, `item`, `requires`, a tension's kind …). */
  readonly label: string;
  /** A sentence for its `<title>`. */
  readonly title: string;
}

/** The picture of one article: what is drawn, before any layout. @internal */
export interface Picture {
  readonly article: { readonly iri: string; readonly slug: string; readonly headline: string };
  readonly nodes: readonly PictureNode[];
  readonly edges: readonly PictureEdge[];
  /** A one-paragraph summary of the picture, for the SVG's `<desc>`. */
  readonly summary: string;
}

// ── reading the graph ────────────────────────────────────────────────────────────────────────────────────

/** The quads of a graph indexed by subject and by predicate, with sorted, deduplicated values. */
class Index {
  private readonly bySubject = new Map<string, Map<string, Term[]>>();
  private readonly byPredicate = new Map<string, [string, Term][]>();

  constructor(quads: readonly Quad[]) {
    const seen = new Set<string>();
    for (const q of quads) {
      const key = `${q.subject.value}\u0000${q.predicate.value}\u0000${termKey(q.object)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const props = this.bySubject.get(q.subject.value) ?? new Map<string, Term[]>();
      this.bySubject.set(q.subject.value, props);
      props.set(q.predicate.value, [...(props.get(q.predicate.value) ?? []), q.object]);
      this.byPredicate.set(q.predicate.value, [
        ...(this.byPredicate.get(q.predicate.value) ?? []),
        [q.subject.value, q.object],
      ]);
    }
    for (const props of this.bySubject.values())
      for (const [p, values] of props)
        props.set(
          p,
          values.sort((a, b) => compare(termKey(a), termKey(b))),
        );
  }

  /** The objects of a subject's property, sorted. */
  objects(subject: string, predicate: string): readonly Term[] {
    return this.bySubject.get(subject)?.get(predicate) ?? [];
  }

  /** The IRIs among the objects of a subject's property, sorted. */
  iris(subject: string, predicate: string): string[] {
    return this.objects(subject, predicate)
      .filter((o) => o.termType === "NamedNode")
      .map((o) => o.value);
  }

  /** Every property of a subject and its values, sorted by property. */
  properties(subject: string): [string, readonly Term[]][] {
    return [...(this.bySubject.get(subject) ?? new Map<string, Term[]>())].sort(([a], [b]) => compare(a, b));
  }

  /** The subjects of a type, sorted. */
  ofType(type: string): string[] {
    return this.subjectsWith(RDF_TYPE, type);
  }

  /** The subjects that have the property with that object IRI, sorted. */
  subjectsWith(predicate: string, object: string): string[] {
    return unique(
      (this.byPredicate.get(predicate) ?? []).filter(([, o]) => o.value === object).map(([s]) => s),
    );
  }

  /** The (subject, object) pairs of a property. */
  pairs(predicate: string): readonly [string, Term][] {
    return this.byPredicate.get(predicate) ?? [];
  }

  hasType(subject: string, type: string): boolean {
    return this.objects(subject, RDF_TYPE).some((t) => t.value === type);
  }

  /** The node's label: its preferred label, else rdfs:label, schema:name, ng:description, else undefined. */
  label(subject: string): string | undefined {
    for (const p of [
      `${PREFIXES.skos}prefLabel`,
      `${PREFIXES.rdfs}label`,
      `${SCHEMA}name`,
      `${NG}description`,
    ]) {
      const literals = this.objects(subject, p).filter((o) => o.termType === "Literal");
      // One value in English (or with no language) when the graph gives several: the first in code-point order.
      const chosen =
        literals.find((o) => o.termType === "Literal" && (o.language === "en" || o.language === "")) ??
        literals[0];
      if (chosen !== undefined) return chosen.value;
    }
    return undefined;
  }
}

const termKey = (t: Term) =>
  t.termType === "Literal" ? `"${t.value}"@${t.language}^^${t.datatype.value}` : `${t.termType}:${t.value}`;

/** Code-point order: the same for every locale, so the output does not depend on the machine. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const unique = (values: Iterable<string>) => [...new Set(values)].sort(compare);

/** The last segment of an IRI (after `#` or `/`). */
const localName = (iri: string) => iri.slice(Math.max(iri.lastIndexOf("#"), iri.lastIndexOf("/")) + 1);

/** "DemandVersusRefusal" → "demand versus refusal". */
const words = (camel: string) =>
  camel
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[-_]+/g, " ")
    .toLowerCase();

/** "security guarantee" → "Security guarantee". */
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

// ── labels ───────────────────────────────────────────────────────────────────────────────────────────────

/** Longest label drawn, in characters as a reader sees them; the full label is in the node's title. @internal */
export const MAX_LABEL = 72;
/** Line width of a drawn label, in characters as a reader sees them. @internal */
export const LINE_WIDTH = 26;

/** Graphemes (what a reader sees as one character): an emoji with its modifier or a flag stays whole. */
const GRAPHEMES = new Intl.Segmenter("en", { granularity: "grapheme" });
const graphemes = (text: string) => Array.from(GRAPHEMES.segment(text), (s) => s.segment);

/**
 * A label made short: whitespace (newlines included) collapsed, clipped to `max` characters with "…", and
 * wrapped at spaces into lines of at most `width` characters. A clipped label ends at a word boundary (with
 * no dangling comma or dash before the "…"); only a single word longer than the room is cut inside, and a
 * word longer than a line is cut at the width. Characters are grapheme clusters, so a surrogate pair, an
 * emoji with its skin tone or a flag is never split.
 *
 * @internal
 */
export function clipLabel(text: string, max = MAX_LABEL, width = LINE_WIDTH): string {
  const collapsed = text.replace(/\s+/gu, " ").trim();
  const flat = graphemes(collapsed);
  let clipped = collapsed;
  if (flat.length > max) {
    const head = flat.slice(0, max - 1);
    // Cut at the last space unless the cut already falls at a word's end; no space: one over-long word.
    const space = flat[max - 1] === " " ? head.length : head.lastIndexOf(" ");
    const kept = head.slice(0, space > 0 ? space : head.length).join("");
    clipped = `${kept.replace(/[\s,;:–—-]+$/u, "")}…`;
  }
  const lines: string[] = [];
  let line: string[] = [];
  for (const word of clipped.split(" ")) {
    let rest = graphemes(word);
    while (rest.length > 0) {
      const room = line.length === 0 ? width : width - line.length - 1;
      if (rest.length <= room) {
        line = line.length === 0 ? rest : [...line, " ", ...rest];
        rest = [];
      } else if (line.length > 0) {
        lines.push(line.join(""));
        line = [];
      } else {
        lines.push(rest.slice(0, width).join(""));
        rest = rest.slice(width);
      }
    }
  }
  if (line.length > 0) lines.push(line.join(""));
  return lines.join("\n");
}

/**
 * The properties that say who holds, makes or faces a claim (`actor`, `holder`, `demandedBy` …): the page
 * shows them in the claim's structure; drawn here they would double the speaker edges and tangle the
 * picture, so it draws only what a claim concerns (`affects`, `recognisedTerritory`, `guarantor` …).
 */
const AGENT_ROLES: ReadonlySet<string> = new Set([
  "actor",
  "holder",
  "conditionHolder",
  "demandedBy",
  "refusedBy",
  "proposedBy",
  "facedBy",
]);

const MODES: Readonly<Record<string, string>> = {
  VerbatimQuote: "verbatim quote",
  Paraphrase: "paraphrase",
  ReportedSpeech: "reported speech",
  AuthorialNarration: "narration",
};

// ── ids ──────────────────────────────────────────────────────────────────────────────────────────────────

/** 32-bit FNV-1a of a string's UTF-16 units, as 8 hex digits: a short, stable disambiguator. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/**
 * The SVG ids of some IRIs: `n-` and the IRI's path under the project's base (this article's own scope
 * left out), other IRIs without their scheme, with every character outside `[A-Za-z0-9_.-]` made `-`. Two
 * IRIs that would share an id both get their hash appended, so ids stay unique and do not depend on which
 * other IRIs the graph holds beyond those that collide.
 *
 * @internal
 */
export function nodeIds(iris: readonly string[], slug: string): Map<string, string> {
  const own = `${ID}article/${slug}/`;
  const plain = (iri: string) => {
    const path = iri.startsWith(own)
      ? iri.slice(own.length)
      : iri.startsWith(ID)
        ? iri.slice(ID.length)
        : iri.replace(/^[a-z][a-z0-9+.-]*:(\/\/)?/i, "");
    return `n-${path.replace(/[^A-Za-z0-9_.-]+/g, "-").replace(/-+$/, "")}`;
  };
  const byId = new Map<string, string[]>();
  for (const iri of unique(iris)) byId.set(plain(iri), [...(byId.get(plain(iri)) ?? []), iri]);
  const ids = new Map<string, string>();
  for (const [id, members] of byId)
    for (const iri of members) ids.set(iri, members.length === 1 ? id : `${id}-${fnv1a(iri)}`);
  return ids;
}

// ── the picture ──────────────────────────────────────────────────────────────────────────────────────────

/** The start offset of a node's anchor (`ng:anchor` → position selector), for text order. */
function anchorStart(index: Index, subject: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (const anchor of index.iris(subject, `${NG}anchor`))
    for (const selector of index.iris(anchor, `${OA}hasSelector`))
      for (const start of index.objects(selector, `${OA}start`)) {
        const n = Number(start.value);
        if (Number.isFinite(n) && n < best) best = n;
      }
  return best;
}

/**
 * What the picture of an article's complete graph draws: its nodes and edges, sorted, with ids and labels.
 * Throws a NewsgraphError when the graph holds no `schema:NewsArticle` or more than one.
 *
 * @internal
 */
export function pictureOf(quads: readonly Quad[]): Picture {
  const index = new Index(quads);
  const articles = index.ofType(`${SCHEMA}NewsArticle`);
  if (articles.length !== 1)
    throw new NewsgraphError(
      "invalid-input",
      "graph",
      articles.length === 0
        ? "holds no schema:NewsArticle: the picture is drawn from one article's complete graph"
        : `holds ${articles.length} schema:NewsArticle nodes (${articles.join(", ")}): the picture is drawn from one article's graph`,
    );
  const article = articles[0] as string;
  const slug = localName(article);
  const headline = index.objects(article, `${SCHEMA}headline`)[0]?.value ?? slug;

  const kinds = new Map<string, PictureNodeKind>();
  const put = (iri: string, kind: PictureNodeKind) => {
    if (!kinds.has(iri)) kinds.set(iri, kind);
  };
  const isState = (iri: string) =>
    index.hasType(iri, `${NG}State`) ||
    index.hasType(iri, `${SCHEMA}Country`) ||
    index.hasType(iri, `${NG}GroupOfStates`);
  const isTerritory = (iri: string) => index.hasType(iri, `${NG}Territory`);
  const isUnnamed = (iri: string) => index.hasType(iri, `${NG}UnnamedAgent`);
  const isPerson = (iri: string) =>
    index.hasType(iri, `${SCHEMA}Person`) || index.hasType(iri, `${PREFIXES.prov}Person`);
  /** The kind of an agent or place, by what the graph says it is. */
  const agentKind = (iri: string): PictureNodeKind =>
    isUnnamed(iri)
      ? "unnamed"
      : isPerson(iri)
        ? "person"
        : isState(iri)
          ? "state"
          : isTerritory(iri)
            ? "territory"
            : "organisation";

  // Statements and claims first: a node that is one is drawn as one.
  const statements = index.ofType(`${NG}Statement`);
  for (const s of statements) put(s, "statement");
  const claims = index.ofType(`${NG}ClaimContent`);
  for (const c of claims) put(c, "claim");
  // People and unnamed speakers, posts, organisations and states, territories.
  for (const p of [...index.ofType(`${SCHEMA}Person`), ...index.ofType(`${NG}UnnamedAgent`)])
    put(p, agentKind(p));
  const speakers = unique(statements.flatMap((s) => index.iris(s, `${NG}speaker`)));
  for (const s of speakers) put(s, agentKind(s));
  for (const s of [...index.ofType(`${NG}State`), ...index.ofType(`${NG}GroupOfStates`)]) put(s, "state");
  for (const t of index.ofType(`${NG}Territory`)) put(t, "territory");

  const edges: Omit<PictureEdge, "id">[] = [];
  const edge = (from: string, to: string, kind: PictureEdgeKind, label: string, title: string) =>
    edges.push({ from, to, kind, label, title });
  const name = (iri: string) => index.label(iri) ?? words(localName(iri));

  // Memberships: member → post → organisation or state.
  for (const m of index.ofType(`${ORG}Membership`)) {
    const members = index.iris(m, `${ORG}member`);
    const posts = index.iris(m, `${NG}post`);
    const holders = posts.length > 0 ? posts : [m];
    const where = index.iris(m, `${ORG}organization`);
    for (const post of holders) {
      put(post, "post");
      for (const member of members) {
        put(member, agentKind(member));
        edge(member, post, "holds", "holds", `${name(member)} holds the post ${name(post)}`);
      }
      for (const o of where) {
        put(o, agentKind(o));
        edge(post, o, "within", "in", `${name(post)} is a post in ${name(o)}`);
      }
    }
  }
  // Unnamed speakers' affiliations; organisations' states.
  for (const u of [...kinds].filter(([, k]) => k === "unnamed").map(([iri]) => iri))
    for (const a of index.iris(u, `${NG}affiliation`)) {
      put(a, agentKind(a));
      edge(u, a, "within", "affiliated", `${name(u)} is affiliated with ${name(a)}`);
    }
  for (const o of [...kinds].filter(([, k]) => k === "organisation").map(([iri]) => iri))
    for (const s of index.iris(o, `${NG}ofState`)) {
      put(s, agentKind(s));
      edge(o, s, "within", "of state", `${name(o)} is an organisation of ${name(s)}`);
    }
  // Containment of territories, as the text states it (schema:containedInPlace; never a claim's status).
  for (const t of [...kinds].filter(([, k]) => k === "territory").map(([iri]) => iri))
    for (const whole of index.iris(t, `${SCHEMA}containedInPlace`)) {
      if (!kinds.has(whole)) put(whole, agentKind(whole));
      edge(whole, t, "contains", "contains", `${name(whole)} contains ${name(t)}`);
    }
  // Who said what.
  for (const s of statements) {
    for (const sp of index.iris(s, `${NG}speaker`))
      edge(sp, s, "said", "said", `${name(sp)} said: ${name(s)}`);
    for (const c of index.iris(s, `${NG}content`)) {
      put(c, "claim");
      edge(s, c, "content", "content", `The content of “${name(s)}”: ${name(c)}`);
    }
  }
  // Claims: their structure, and the people, organisations, states and territories they concern.
  for (const c of claims)
    for (const [p, values] of index.properties(c)) {
      if (p === RDF_TYPE || p === `${NG}anchor`) continue;
      const property = localName(p);
      for (const v of values) {
        if (v.termType !== "NamedNode") continue;
        const kind = kinds.get(v.value);
        // Labels in words ("demanded of"), shorter to read than the property's name and easier to tell apart.
        const label = words(property);
        if (kind === "claim") edge(c, v.value, "part", label, `${name(c)} — ${label} → ${name(v.value)}`);
        else if (
          kind !== undefined &&
          kind !== "statement" &&
          kind !== "post" &&
          kind !== "occasion" &&
          !AGENT_ROLES.has(property)
        )
          edge(c, v.value, "concerns", label, `${name(c)} — ${label} → ${name(v.value)}`);
      }
    }
  // The interviews and broadcasts statements were made during (`ng:madeDuring`, or the occasion of the remark
  // a statement reports), and every interview or broadcast of the graph: who asked, who answered, who aired it.
  const isOccasion = (iri: string) =>
    index.hasType(iri, `${NG}Interview`) || index.hasType(iri, `${NG}Broadcast`);
  for (const s of statements) {
    const during = [
      ...index.iris(s, `${NG}madeDuring`),
      ...index.iris(s, `${NG}reports`).flatMap((r) => index.iris(r, `${NG}occasion`)),
    ];
    for (const o of unique(during)) {
      put(o, "occasion");
      edge(s, o, "occasion", "during", `“${name(s)}” was said during ${name(o)}`);
    }
  }
  for (const o of index.ofType(`${NG}Interview`)) put(o, "occasion");
  for (const o of index.ofType(`${NG}Broadcast`)) put(o, "occasion");
  const occasions = [...kinds].filter(([, k]) => k === "occasion").map(([iri]) => iri);
  for (const o of occasions) {
    // An article's unnamed interviewer or interviewee is on its observation of the shared event.
    const sources = [o, ...index.subjectsWith(`${NG}observes`, o)];
    for (const [property, role] of [
      ["interviewer", "the interviewer"],
      ["interviewee", "an interviewee"],
    ] as const)
      for (const a of unique(sources.flatMap((src) => index.iris(src, `${NG}${property}`)))) {
        put(a, agentKind(a));
        edge(a, o, "occasion", property, `${name(a)} is ${role} of ${name(o)}`);
      }
    for (const outlet of index.iris(o, `${NG}airedBy`)) {
      put(outlet, agentKind(outlet));
      edge(o, outlet, "occasion", "aired by", `${name(o)} was aired by ${name(outlet)}`);
    }
    for (const whole of index.iris(o, `${SCHEMA}superEvent`))
      if (isOccasion(whole)) edge(o, whole, "occasion", "part of", `${name(o)} was part of ${name(whole)}`);
  }
  // Tensions between statements; an end in another article is drawn as a statement of its own.
  for (const t of index.ofType(`${NG}Tension`)) {
    const kindIri = index.iris(t, `${NG}tensionKind`)[0];
    const kind = kindIri === undefined ? "tension" : (index.label(kindIri) ?? words(localName(kindIri)));
    for (const first of index.iris(t, `${NG}firstClaim`))
      for (const second of index.iris(t, `${NG}secondClaim`)) {
        for (const end of [first, second]) if (!kinds.has(end)) put(end, "foreignStatement");
        edge(first, second, "tension", kind, `Tension (${kind}): ${name(t)}`);
      }
  }

  // An agent, place or post nothing joins (an author who says nothing) is left out: the picture is of who
  // said what, and a node with no line says nothing there. Statements and claims are always drawn.
  const joined = new Set(edges.flatMap((e) => [e.from, e.to]));
  for (const [iri, kind] of [...kinds])
    if (!joined.has(iri) && kind !== "statement" && kind !== "claim" && kind !== "foreignStatement")
      kinds.delete(iri);

  const ids = nodeIds([...kinds.keys()], slug);
  const nodes = [...kinds].map(([iri, kind]): PictureNode => {
    const title = nodeTitle(index, iri, kind);
    return { id: ids.get(iri) as string, iri, kind, label: nodeLabel(index, iri, kind), title };
  });
  // Text order for statements and claims (reading order down the picture), else by label; then by IRI.
  const order = (n: PictureNode) =>
    n.kind === "statement" || n.kind === "claim" ? anchorStart(index, n.iri) : 0;
  nodes.sort(
    (a, b) =>
      order(a) - order(b) || compare(a.title.toLowerCase(), b.title.toLowerCase()) || compare(a.iri, b.iri),
  );
  const idOf = (iri: string) => ids.get(iri) as string;
  const drawn = unique(
    edges.map((e) => JSON.stringify([idOf(e.from), e.kind, e.label, idOf(e.to), e.title])),
  ).map((key) => {
    const [from, kind, label, to, title] = JSON.parse(key) as [
      string,
      PictureEdgeKind,
      string,
      string,
      string,
    ];
    return { from, kind, label, to, title };
  });
  const edgeIds = new Map<string, number>();
  const finalEdges = drawn.map((e): PictureEdge => {
    const base = `e-${e.from.slice(2)}--${e.label.replace(/[^A-Za-z0-9_.-]+/g, "-")}--${e.to.slice(2)}`;
    const seen = edgeIds.get(base) ?? 0;
    edgeIds.set(base, seen + 1);
    return { id: seen === 0 ? base : `${base}-${seen + 1}`, ...e };
  });

  const count = (kind: PictureNodeKind) => nodes.filter((n) => n.kind === kind).length;
  const tensions = finalEdges.filter((e) => e.kind === "tension").length;
  const occasionCount = count("occasion");
  const summary =
    `Who said what in “${headline}”: ${counted(count("statement"), "statement")} by ` +
    `${counted(speakers.length, "speaker")}, ${counted(count("claim"), "claim")}, ` +
    `${counted(tensions, "tension")}. From left to right: people and unnamed speakers, ` +
    `their posts, the organisations and states they belong to, the territories states contain; ` +
    (occasionCount === 0
      ? ""
      : `${counted(occasionCount, "interview or broadcast", "interviews or broadcasts")} with who ` +
        `took part and the outlet that aired it; `) +
    `then the statements (in text order) and the claims they make, with the parts of each claim and the ` +
    `people, states and territories it concerns (dotted lines). Dashed red lines join statements in tension.`;
  return { article: { iri: article, slug, headline }, nodes, edges: finalEdges, summary };
}

/**
 * A count and its noun, singular for exactly one: "1 tension", "0 tensions", "2 tensions".
 *
 * @internal
 */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

function nodeLabel(index: Index, iri: string, kind: PictureNodeKind): string {
  const label = index.label(iri);
  if (kind === "statement") {
    const mode = index.iris(iri, `${NG}reportMode`).map((m) => MODES[localName(m)] ?? words(localName(m)))[0];
    const speakers = index.iris(iri, `${NG}speaker`).map((s) => index.label(s) ?? words(localName(s)));
    const text = label ?? `${speakers.join(", ")}${mode === undefined ? "" : ` (${mode})`}`;
    return `${clipLabel(text)}${label !== undefined && mode !== undefined ? `\n[${mode}]` : ""}`;
  }
  if (kind === "claim") {
    const claimKinds = index
      .iris(iri, RDF_TYPE)
      .filter((t) => t.startsWith(NG) && t !== `${NG}ClaimContent`)
      // in words, as the legend and the page write them ("Security guarantee"), not the class's local name
      .map((t) => capitalised(words(localName(t))));
    const text = clipLabel(label ?? words(localName(iri)));
    return claimKinds.length === 0 ? text : `${claimKinds.join(" · ")}:\n${text}`;
  }
  if (kind === "foreignStatement") return clipLabel(`statement of another article: ${localName(iri)}`);
  return clipLabel(label ?? words(localName(iri)));
}

function nodeTitle(index: Index, iri: string, kind: PictureNodeKind): string {
  const label =
    index.label(iri) ?? (kind === "foreignStatement" ? "statement of another article" : localName(iri));
  return `${label} (${NODE_STYLE[kind].name}) ${iri}`;
}

// ── DOT text ─────────────────────────────────────────────────────────────────────────────────────────────

/**
 * A DOT double-quoted string for a label: backslashes doubled (Graphviz reads `\n`, `\N`, `\G` … in
 * labels), quotes escaped, line breaks as `\n`, and `&` written as `&amp;` — Graphviz decodes entities in
 * labels, so a label holding "&lt;" would otherwise be drawn as "<". Graphviz escapes `<`, `>` and `&` again
 * when it writes SVG.
 *
 * @internal
 */
export function dotString(text: string): string {
  const escaped = text
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/&/g, "&amp;")
    .replace(/\r\n|\r|\n/g, "\\n");
  return `"${escaped}"`;
}

/** A DOT string for an id, a colour or another value Graphviz does not read escapes in. */
const dotId = (text: string) => `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;

const attributes = (attrs: Readonly<Record<string, string>>) =>
  `[${Object.entries(attrs)
    .map(([k, v]) => `${k}=${v}`)
    .join(", ")}]`;

/**
 * The kinds of node and edge a picture's legend shows: only those it draws, in the fixed order of
 * `NODE_STYLE` and `EDGE_STYLE` (so the legend is the same for the same graph). @internal
 */
export function legendKinds(picture: Picture): {
  readonly nodes: readonly PictureNodeKind[];
  readonly edges: readonly PictureEdgeKind[];
} {
  const nodes = new Set(picture.nodes.map((n) => n.kind));
  const edges = new Set(picture.edges.map((e) => e.kind));
  return {
    nodes: (Object.keys(NODE_STYLE) as PictureNodeKind[]).filter((k) => nodes.has(k)),
    edges: (Object.keys(EDGE_STYLE) as PictureEdgeKind[]).filter((k) => edges.has(k)),
  };
}

/** The layers, left to right; claims are left free so their structure spreads over several ranks. */
const LAYERS: readonly (readonly PictureNodeKind[])[] = [
  ["person", "unnamed"],
  ["post"],
  ["organisation"],
  ["state"],
  ["territory"],
  ["occasion"],
  ["statement", "foreignStatement"],
];

/**
 * The DOT text of a picture: layered left to right (people, posts, organisations, states, territories,
 * statements, then claims), a legend, a fixed font. @internal
 */
export function pictureDot(picture: Picture): string {
  const lines: string[] = [];
  const push = (line: string) => lines.push(line);
  push(`digraph ${dotId(`picture-${picture.article.slug}`)} {`);
  push(
    `  graph ${attributes({
      id: dotId(`picture-${picture.article.slug}`),
      rankdir: "LR",
      newrank: "true",
      bgcolor: dotId(BACKGROUND),
      fontname: dotId(FONT.name),
      fontsize: String(FONT.title),
      label: dotString(`Who said what: ${picture.article.headline}`),
      labelloc: "t",
      labeljust: "l",
      nodesep: "0.12",
      ranksep: "0.5",
      pad: "0.2",
    })};`,
  );
  push(
    `  node ${attributes({ fontname: dotId(FONT.name), fontsize: String(FONT.node), margin: dotId("0.08,0.03"), penwidth: "1.2" })};`,
  );
  push(
    `  edge ${attributes({ fontname: dotId(FONT.name), fontsize: String(FONT.edge), arrowsize: "0.6", fontcolor: dotId(EDGE_TEXT) })};`,
  );
  // Invisible rank anchors, one per layer, chained: they keep the layers in order.
  for (const [i] of LAYERS.entries())
    push(
      `  ${dotId(`layer-${i}`)} ${attributes({ style: "invis", shape: "point", width: "0", label: '""' })};`,
    );
  push(
    `  ${LAYERS.map((_, i) => dotId(`layer-${i}`)).join(" -> ")} ${attributes({ style: "invis", weight: "10" })};`,
  );
  const nodeLine = (n: PictureNode) => {
    const s = NODE_STYLE[n.kind];
    return `${dotId(n.id)} ${attributes({
      id: dotId(n.id),
      class: dotId(n.kind),
      label: dotString(n.label),
      shape: s.shape,
      style: dotId(s.style),
      fillcolor: dotId(s.fill),
      color: dotId(s.line),
      fontcolor: dotId(s.text),
    })};`;
  };
  for (const [i, layer] of LAYERS.entries()) {
    const members = picture.nodes.filter((n) => layer.includes(n.kind));
    push(`  { rank=same; ${dotId(`layer-${i}`)};`);
    for (const n of members) push(`    ${nodeLine(n)}`);
    push("  }");
  }
  for (const n of picture.nodes.filter((n) => !LAYERS.some((l) => l.includes(n.kind))))
    push(`  ${nodeLine(n)}`);
  const layerOf = new Map(
    picture.nodes.map((n) => [n.id, LAYERS.findIndex((l) => l.includes(n.kind))] as const),
  );
  for (const e of picture.edges) {
    const s = EDGE_STYLE[e.kind];
    const from = layerOf.get(e.from) ?? -1;
    const to = layerOf.get(e.to) ?? -1;
    // An edge that runs against the layers (a claim back to a state) or within one must not bend the ranks.
    const constrain = e.kind !== "tension" && e.kind !== "concerns" && !(from >= 0 && to >= 0 && from >= to);
    push(
      `  ${dotId(e.from)} -> ${dotId(e.to)} ${attributes({
        id: dotId(e.id),
        class: dotId(e.kind),
        label: dotString(e.label),
        style: s.style,
        color: dotId(s.colour),
        ...(e.kind === "tension"
          ? // Its label in the tension's red, so it is not read as a label of a line it sits near.
            { dir: "both", arrowtail: "odot", arrowhead: "odot", penwidth: "1.6", fontcolor: dotId(s.colour) }
          : {}),
        ...(constrain ? {} : { constraint: "false" }),
      })};`,
    );
  }
  // The legend, compact: a grid of four columns (see below) rather than one tall column beside the picture.
  // Graphviz stacks a left-to-right rank bottom-up, hence the reversed order of each column.
  const legendStart = lines.length;
  push(`  subgraph ${dotId("cluster_legend")} {`);
  push(
    `    graph ${attributes({ id: dotId("legend"), label: dotString("Legend"), fontsize: String(FONT.node), style: "rounded", color: dotId("#6b7280"), margin: "6" })};`,
  );
  const { nodes: kinds, edges: edgeKinds } = legendKinds(picture);
  for (const k of [...kinds].reverse()) {
    const s = NODE_STYLE[k];
    push(
      `    ${dotId(`legend-node-${k}`)} ${attributes({
        id: dotId(`legend-node-${k}`),
        class: "legend",
        label: dotString(s.name),
        shape: s.shape,
        style: dotId(s.style),
        fillcolor: dotId(s.fill),
        color: dotId(s.line),
        fontcolor: dotId(s.text),
        height: "0.3",
      })};`,
    );
  }
  for (const k of [...edgeKinds].reverse()) {
    const s = EDGE_STYLE[k];
    push(
      `    ${dotId(`legend-edge-${k}`)} ${attributes({
        id: dotId(`legend-edge-${k}`),
        class: "legend",
        label: dotString(s.name),
        shape: "plaintext",
        fontcolor: dotId(EDGE_TEXT),
        height: "0.3",
      })};`,
    );
    push(
      `    ${dotId(`legend-edge-${k}-to`)} ${attributes({
        id: dotId(`legend-edge-${k}-to`),
        class: "legend",
        label: '""',
        shape: "point",
        width: "0.05",
      })};`,
    );
    push(
      `    ${dotId(`legend-edge-${k}`)} -> ${dotId(`legend-edge-${k}-to`)} ${attributes({
        id: dotId(`legend-line-${k}`),
        class: "legend",
        style: s.style,
        color: dotId(s.colour),
        minlen: "1",
        ...(k === "tension" ? { dir: "both", arrowtail: "odot", arrowhead: "odot", penwidth: "1.6" } : {}),
      })};`,
    );
  }
  // Four columns, row by row: node kinds in two, edge kinds (name, then line to a point) in two. Invisible
  // edges chain each row left to right, so the columns stay in order and the rows aligned.
  const rows = Math.ceil(Math.max(kinds.length, edgeKinds.length) / 2);
  const columns = [
    kinds.slice(0, rows).map((k) => [`legend-node-${k}`]),
    kinds.slice(rows).map((k) => [`legend-node-${k}`]),
    edgeKinds.slice(0, rows).map((k) => [`legend-edge-${k}`, `legend-edge-${k}-to`]),
    edgeKinds.slice(rows).map((k) => [`legend-edge-${k}`, `legend-edge-${k}-to`]),
  ];
  for (let row = 0; row < rows; row++) {
    const chain = columns.map((c) => c[row]).filter((cell) => cell !== undefined);
    for (const [i, cell] of chain.entries()) {
      const next = chain[i + 1];
      if (next !== undefined)
        push(
          `    ${dotId(cell[cell.length - 1] as string)} -> ${dotId(next[0] as string)} ${attributes({ style: "invis", weight: "10" })};`,
        );
    }
  }
  for (const column of columns)
    for (const part of [0, 1]) {
      const members = column.map((cell) => cell[part]).filter((id) => id !== undefined);
      if (members.length > 0) push(`    { rank=same; ${[...members].reverse().map(dotId).join("; ")}; }`);
    }
  push("  }");
  // A graph with nothing drawn yet (an article scaffolded before its statements) has no legend: Graphviz
  // would not draw an empty cluster.
  if (kinds.length + edgeKinds.length === 0) lines.splice(legendStart);
  push("}");
  return `${lines.join("\n")}\n`;
}

/**
 * The Graphviz DOT text of the picture of an article's graph: people and unnamed speakers, their posts,
 * organisations and states, territories, statements and claims, with tensions as dashed edges. Drawn from
 * the article's complete graph alone (e.g. `module.build(text).quads`); the same graph gives the same bytes
 * whatever the order of its quads. Throws a NewsgraphError when the graph holds no `schema:NewsArticle` or
 * more than one.
 *
 * @example
 * const dot = graphDot(quads); // "digraph …": lay it out with any Graphviz
 */
export function graphDot(quads: readonly Quad[]): string {
  return pictureDot(pictureOf(quads));
}
