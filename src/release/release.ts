import { createHash } from "node:crypto";
import type { Quad } from "@rdfjs/types";
import { Parser } from "n3";
import type { ArticleModule } from "../articles/article-module.js";
import { NewsgraphError } from "../errors.js";
import { canonical } from "../export/canonical.js";
import { articleGraph, inGraph, ONTOLOGY_GRAPH } from "../export/graphs.js";
import { jsonldContext, toJsonLd } from "../export/jsonld.js";
import { toNQuads, toNTriples } from "../export/ntriples.js";
import { toTrig } from "../export/trig.js";
import { toTurtle } from "../export/turtle.js";
import { parseError } from "../store/store.js";
import { validateGraph } from "../validate/graph.js";
import { articlePrefixes, PREFIXES, RESOURCE_PREFIXES, schema } from "../vocab/namespaces.js";
import { combinedProblems, describeCombinedProblem } from "./combined.js";
import { type ArticleQuads, layers, SHARED_GRAPH } from "./layers.js";
import type { GraphSummary } from "./summary.js";
import { summarise } from "./summary.js";
import { VOID_PREFIXES, voidDescription } from "./void.js";

/** One article's module and its source text, as read from disk. */
export interface SourceArticle {
  readonly module: ArticleModule;
  readonly text: string;
  /** Where the text was read from, for messages (default `src/articles/<textFile>`). */
  readonly textPath?: string;
  /** Where the module was loaded from, for messages (a user's article; none for the bundled one). */
  readonly modulePath?: string;
}

/** Everything a release is built from (read by the caller: this module does no I/O). */
export interface ReleaseInput {
  readonly articles: readonly SourceArticle[];
  /** Name and version of the generator, recorded in void.ttl ("newsgraph 0.1.0"). */
  readonly generator?: string;
  /** The hand-written ontology (`ontology/newsgraph.ttl`). */
  readonly ontology: string;
  /** The hand-written SHACL shapes (`ontology/newsgraph.shapes.ttl`). */
  readonly shapes: string;
  /**
   * Makes the files that show one article (`articleViews`: the annotated page `<slug>.html` and the picture
   * of its graph `<slug>.svg`), called with each article's validated graph; none when absent.
   */
  readonly views?: ViewMaker;
}

/** One validated article of a release, as a view maker receives it. */
export interface ReleasedArticle {
  readonly slug: string;
  /** The article's whole graph (as in `<slug>.ttl`). */
  readonly quads: readonly Quad[];
  /** Its source text (as in `<slug>.txt`). */
  readonly text: string;
}

/** Makes the view files of one article of a release (see `articleViews`). */
export type ViewMaker = (article: ReleasedArticle) => Promise<readonly ReleaseFile[]>;

/** A file of the release, by its name inside `data/`. */
export interface ReleaseFile {
  readonly name: string;
  readonly content: string;
}

/** A built release: its files and a summary of each article graph. */
export interface Release {
  readonly files: readonly ReleaseFile[];
  readonly summaries: readonly GraphSummary[];
  /** Every article graph's triples together, each triple once, for loading into a store. */
  readonly quads: readonly Quad[];
  /** The shared layer, each article's own triples and the ontology, each in its named graph (each triple once). */
  readonly namedQuads: readonly Quad[];
  /** SHA-256 of the canonical N-Quads of `namedQuads`. */
  readonly fingerprint: string;
}

/** Prefixes of the published Turtle, in the published order (without SHACL's, which only shapes use). */
export function publishedPrefixes(...articleSlugs: string[]): Record<string, string> {
  // (The JSON-LD context uses `contextPrefixes`, which fits every article.)
  const { sh: _sh, ...standard } = PREFIXES;
  // Article-scoped prefixes (stmt:, anchor:…) are per article; with several articles only the first's
  // are declared and the others' IRIs are written in full.
  const [first] = articleSlugs;
  return { ...standard, ...RESOURCE_PREFIXES, ...(first === undefined ? {} : articlePrefixes(first)) };
}

/**
 * Prefixes of the JSON-LD context: the standard and resource prefixes, none scoped to one article, so
 * one context serves every article (its scoped IRIs compact under `article:`).
 *
 * @example
 * contextPrefixes().article; // "https://w3id.org/newsgraph/id/article/"
 */
export function contextPrefixes(): Record<string, string> {
  const { sh: _sh, ...standard } = PREFIXES;
  return { ...standard, ...RESOURCE_PREFIXES };
}

/**
 * Parse Turtle or report where it is broken (file and line), never a stack trace.
 *
 * @example
 * const quads = parseTurtle(text, "ontology/newsgraph.ttl");
 */
export function parseTurtle(text: string, file: string): Quad[] {
  try {
    return new Parser({ format: "text/turtle" }).parse(text);
  } catch (error) {
    throw parseError(error, text, file);
  }
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** Media types of the release files, by extension. */
export const MEDIA_TYPES: Readonly<Record<string, string>> = {
  ttl: "text/turtle",
  trig: "application/trig",
  nt: "application/n-triples",
  nq: "application/n-quads",
  jsonld: "application/ld+json",
  txt: "text/plain",
  html: "text/html",
  svg: "image/svg+xml",
};

/**
 * Build the whole release in memory: each article graph from its builders, checked against the SHACL
 * shapes and its source text, then written in every format — Turtle, N-Triples and JSON-LD per article;
 * TriG and N-Quads of all article graphs and the ontology in named graphs; canonical N-Quads (RDFC-1.0);
 * the JSON-LD context; and `void.ttl`, a VoID + DCAT description with counts, partitions, the canonical
 * fingerprint and each file's size and SHA-256. Throws a NewsgraphError (and returns nothing) when
 * anything is wrong, so the caller writes files only for a release that is whole.
 *
 * @example
 * import { readFileSync } from "node:fs";
 * const read = (file: string) => readFileSync(file, "utf8");
 * const release = await buildRelease({
 *   articles: [{ module: zelenskyAideNeutrality, text: read("src/articles/zelensky-aide-neutrality.txt") }],
 *   ontology: read("ontology/newsgraph.ttl"),
 *   shapes: read("ontology/newsgraph.shapes.ttl"),
 * });
 */
export async function buildRelease(input: ReleaseInput): Promise<Release> {
  const ontologyQuads = parseTurtle(input.ontology, "ontology/newsgraph.ttl");
  const shapeQuads = parseTurtle(input.shapes, "ontology/newsgraph.shapes.ttl");
  const files: ReleaseFile[] = [];
  const summaries: GraphSummary[] = [];
  const built: ArticleQuads[] = [];
  const urls = new Map<string, string>();
  const context = jsonldContext(contextPrefixes());
  checkSlugsDistinct(input.articles);
  for (const source of input.articles) {
    const { module, text } = source;
    checkTextSha256(source);
    const graph = buildArticle(source);
    const quads = [...graph.quads];
    // The same checks `newsgraph validate` runs: shapes, anchors against the text, IRI and literal sanity.
    const problems = await validateGraph(quads, { shapes: shapeQuads, ontology: ontologyQuads, text });
    if (problems.length > 0) {
      const first = problems[0];
      throw new NewsgraphError(
        "shape-violation",
        `${module.slug}: ${first?.node}`,
        problems.length === 1
          ? `${first?.problem}`
          : // A failed build writes nothing, so every problem is shown here, not left to a later validate.
            `${first?.problem} (${problems.length} problems; all of them:${problems
              .map((p) => `\n  ${p.node}: ${p.problem}`)
              .join("")})`,
      );
    }
    files.push({ name: `${module.slug}.txt`, content: text });
    files.push({ name: `${module.slug}.ttl`, content: toTurtle(quads, publishedPrefixes(module.slug)) });
    files.push({ name: `${module.slug}.nt`, content: toNTriples(quads) });
    files.push({ name: `${module.slug}.jsonld`, content: await toJsonLd(quads, context) });
    if (input.views !== undefined) files.push(...(await input.views({ slug: module.slug, quads, text })));
    urls.set(module.slug, quads.find((q) => q.predicate.equals(schema("url")))?.object.value ?? "");
    summaries.push(summarise(module.slug, quads));
    built.push({ slug: module.slug, quads });
  }
  // Each article passed alone; merged, two articles may still define one shared node differently.
  const layered = layers(built);
  const disagreements = await combinedProblems(built, layered.union, shapeQuads, ontologyQuads);
  const first = disagreements[0];
  if (first !== undefined) {
    throw new NewsgraphError(
      "shape-violation",
      `combined graph: <${first.node}>`,
      `${describeCombinedProblem(first)} (${disagreements.length} problem(s) once the articles are merged)`,
    );
  }
  const all = [...layered.union];
  const named = [...layered.named, ...inGraph(ontologyQuads, ONTOLOGY_GRAPH)];
  const articles = built.map((a) => ({
    slug: a.slug,
    url: urls.get(a.slug) ?? "",
    triples: layered.articles.get(a.slug)?.length ?? 0,
    graph: articleGraph(a.slug),
  }));
  const allPrefixes = publishedPrefixes(...input.articles.map((a) => a.module.slug));
  files.push({ name: "newsgraph.ttl", content: toTurtle(ontologyQuads, allPrefixes) });
  files.push({
    name: "newsgraph.shapes.ttl",
    content: toTurtle(shapeQuads, { ngsh: "https://w3id.org/newsgraph/shapes#", ...PREFIXES }),
  });
  files.push({ name: "newsgraph.trig", content: toTrig(named, allPrefixes) });
  files.push({ name: "newsgraph.nq", content: toNQuads(named) });
  const { nquads: canonicalNQuads, sha256: fingerprint } = await canonical(named);
  files.push({ name: "newsgraph.canonical.nq", content: canonicalNQuads });
  files.push({ name: "context.jsonld", content: `${JSON.stringify(context, null, 2)}\n` });
  const distributions = files.map((f) => ({
    ...f,
    mediaType: MEDIA_TYPES[f.name.split(".").pop() ?? ""] ?? "application/octet-stream",
    title: titleOf(f.name),
  }));
  const description = voidDescription({
    articleQuads: all,
    articles,
    ontologyTriples: ontologyQuads.length,
    shared: { triples: layered.shared.length, graph: SHARED_GRAPH },
    ontologyGraph: ONTOLOGY_GRAPH,
    distributions,
    fingerprint,
    generator: input.generator ?? "newsgraph",
  });
  files.push({ name: "void.ttl", content: toTurtle(description, { ...allPrefixes, ...VOID_PREFIXES }) });
  return {
    files: files.sort((a, b) => (a.name < b.name ? -1 : 1)),
    summaries,
    quads: all,
    namedQuads: named,
    fingerprint,
  };
}

/** Two articles with one slug would write over each other's files and mint each other's IRIs. */
function checkSlugsDistinct(articles: readonly SourceArticle[]): void {
  const seen = new Map<string, SourceArticle>();
  for (const a of articles) {
    const first = seen.get(a.module.slug);
    if (first !== undefined)
      throw new NewsgraphError(
        "invalid-input",
        a.modulePath ?? a.module.slug,
        `has the slug "${a.module.slug}", which ${first.modulePath ?? "the bundled article"} already has: each article needs its own slug`,
      );
    seen.set(a.module.slug, a);
  }
}

/** The text must be the one the module was written against: every anchor's offsets depend on it. */
function checkTextSha256({ module, text, textPath, modulePath }: SourceArticle): void {
  const actual = sha256(text);
  if (actual === module.textSha256) return;
  const where = textPath ?? `src/articles/${module.textFile}`;
  throw new NewsgraphError(
    "invalid-input",
    where,
    `SHA-256 ${actual} differs from ${module.textSha256}, the textSha256 of ${modulePath ?? `the article module ${module.slug}`}, the text its anchors were made for: restore that text, or, if the text changed on purpose, check every anchor against it and set textSha256: "${actual}"`,
  );
}

/** Run an article's build(); whatever it throws is reported as that article's error, never a stack trace. */
function buildArticle({ module, text, modulePath }: SourceArticle) {
  const where = modulePath ?? module.slug;
  try {
    const graph = module.build(text);
    if (graph === null || typeof graph !== "object" || !Array.isArray(graph.quads))
      throw new NewsgraphError(
        "invalid-input",
        where,
        "build() must return the GraphBuilder it built (return g at its end)",
      );
    return graph;
  } catch (error) {
    if (error instanceof NewsgraphError) {
      if (error.message.startsWith(`${where}: `)) throw error;
      throw new NewsgraphError(error.code, `${where}: ${error.where}`, error.problem);
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new NewsgraphError("invalid-input", where, `build() failed: ${message}`);
  }
}

function titleOf(name: string): string {
  if (name === "context.jsonld") return "JSON-LD context of the JSON-LD files";
  if (name === "newsgraph.canonical.nq") return "all graphs, canonical N-Quads (RDFC-1.0)";
  if (name === "newsgraph.trig")
    return "all graphs (the shared layer, one per article, the ontology; each triple once), TriG";
  if (name === "newsgraph.nq")
    return "all graphs (the shared layer, one per article, the ontology; each triple once), N-Quads";
  if (name === "newsgraph.ttl") return "the ontology, Turtle";
  if (name === "newsgraph.shapes.ttl") return "the SHACL shapes, Turtle";
  const [slug, ext] = [name.slice(0, name.lastIndexOf(".")), name.slice(name.lastIndexOf(".") + 1)];
  const kind =
    {
      txt: "source text",
      ttl: "graph, Turtle",
      nt: "graph, N-Triples",
      jsonld: "graph, JSON-LD",
      html: "the article annotated with its graph, a self-contained HTML page",
      svg: "a picture of the graph (people, posts, organisations and states, territories, statements, claims), SVG",
    }[ext] ?? ext;
  return `${slug}: ${kind}`;
}
