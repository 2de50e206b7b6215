import type { DatasetCore, Quad, Term } from "@rdfjs/types";
import { Parser, Store, termToId } from "n3";
import { NewsgraphError } from "../errors.js";

/** RDF syntaxes the store reads. */
export type RdfFormat = "turtle" | "trig" | "ntriples" | "nquads";

const MEDIA_TYPES: Record<RdfFormat, string> = {
  turtle: "text/turtle",
  trig: "application/trig",
  ntriples: "application/n-triples",
  nquads: "application/n-quads",
};

/** The format of an RDF file by its extension, or undefined when it is not one the store reads. */
export function formatOf(fileName: string): RdfFormat | undefined {
  const ext = fileName.toLowerCase().split(".").pop();
  return ext === "ttl"
    ? "turtle"
    : ext === "trig"
      ? "trig"
      : ext === "nt"
        ? "ntriples"
        : ext === "nq"
          ? "nquads"
          : undefined;
}

/**
 * Parse RDF text synchronously. A syntax error becomes a NewsgraphError naming the source and line.
 *
 * @example
 * const quads = parseRdf("<a:s> <a:p> <a:o> .", "ntriples", "inline");
 */
export function parseRdf(text: string, format: RdfFormat, source: string, baseIri?: string): Quad[] {
  try {
    const parser = new Parser({
      format: MEDIA_TYPES[format],
      ...(baseIri === undefined ? {} : { baseIRI: baseIri }),
    });
    // n3's parse() with a callback is asynchronous; without one it returns the quads synchronously.
    return parser.parse(text);
  } catch (error) {
    throw parseError(error, text, source);
  }
}

interface N3Token {
  readonly start?: number;
  readonly end?: number;
}

/**
 * An RDF parser's error as `source:line:column: message`: n3 gives the line and the tokens around the
 * fault (columns within the line), Oxigraph "at line L between columns C and D". Where no column can be
 * told, `source:line: message`.
 *
 * @example
 * try { parseRdf(text, "turtle", "a.ttl"); } catch (e) { console.error((e as Error).message); } // a.ttl:2:13: Unexpected "this"
 */
export function parseError(error: unknown, text: string, source: string): NewsgraphError {
  if (error instanceof NewsgraphError) return error;
  const message = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
  const ox = /^Parser error at line (\d+) between columns (\d+) and \d+: (.*)$/.exec(message);
  if (ox) return new NewsgraphError("invalid-input", `${source}:${ox[1]}:${ox[2]}`, ox[3] ?? message);
  const context = (error as { context?: { line?: number; token?: N3Token; previousToken?: N3Token } })
    .context;
  const line = context?.line ?? Number(/line (\d+)/.exec(message)?.[1] ?? Number.NaN);
  const clean = message.replace(/ on line \d+\.?$/, "");
  if (!Number.isInteger(line)) return new NewsgraphError("invalid-input", source, clean);
  let column: number | undefined;
  const unexpected = /^Unexpected "(.*?)"/.exec(clean)?.[1];
  const lineText = text.split("\n")[line - 1] ?? "";
  if (unexpected !== undefined && unexpected !== "") {
    const at = lineText.indexOf(unexpected, context?.previousToken?.end ?? 0);
    if (at >= 0) column = at + 1;
  } else if (context?.token?.start !== undefined) column = context.token.start + 1;
  return new NewsgraphError(
    "invalid-input",
    column === undefined ? `${source}:${line}` : `${source}:${line}:${column}`,
    clean,
  );
}

/**
 * The in-memory store: n3's indexed store behind the RDF/JS `DatasetCore` interface, so any RDF/JS tool
 * can use it, with loaders for RDF text and datasets. Queries run on it through `src/query`.
 *
 * @example
 * const store = new NewsStore(release.quads);
 * store.match(null, ng("speaker"), null).size;
 */
export class NewsStore implements DatasetCore<Quad, Quad> {
  /** The underlying n3 store (its indexes answer every pattern). Change data through this class, so
   * that cached counts stay right. */
  readonly n3: Store;
  /** Index counts by pattern, for query planning; cleared on every change. */
  private readonly counts = new Map<string, number>();
  private countedSize = -1;
  /** How many graphs hold quads, cached for the size it was counted at. */
  private graphs = { size: -1, count: 0 };

  constructor(quads: Iterable<Quad> = []) {
    this.n3 = new Store();
    this.addAll(quads);
  }

  get size(): number {
    return this.n3.size;
  }

  add(quad: Quad): this {
    this.n3.addQuad(quad as never);
    this.counts.clear();
    return this;
  }

  delete(quad: Quad): this {
    this.n3.removeQuad(quad as never);
    this.counts.clear();
    return this;
  }

  has(quad: Quad): boolean {
    return this.n3.has(quad as never);
  }

  match(
    subject?: Term | null,
    predicate?: Term | null,
    object?: Term | null,
    graph?: Term | null,
  ): DatasetCore<Quad, Quad> {
    return this.n3.match(
      (subject ?? null) as never,
      (predicate ?? null) as never,
      (object ?? null) as never,
      (graph ?? null) as never,
    ) as unknown as DatasetCore<Quad, Quad>;
  }

  [Symbol.iterator](): Iterator<Quad> {
    return (this.n3.readQuads(null, null, null, null) as Iterable<Quad>)[Symbol.iterator]();
  }

  /**
   * How many graphs (the default graph and named graphs) hold quads. With more than one, a triple may
   * be stored once per graph; `triples` gives each once.
   *
   * @example
   * new NewsStore(release.namedQuads).graphCount(); // one per article, the shared layer and the ontology
   */
  graphCount(): number {
    if (this.graphs.size !== this.n3.size) {
      let count = 0;
      this.n3.forGraphs(
        () => {
          count++;
        },
        null,
        null,
        null,
      );
      this.graphs = { size: this.n3.size, count };
    }
    return this.graphs.count;
  }

  /**
   * The distinct triples matching a pattern (null = any) over the union of all graphs: a triple stored in
   * several graphs comes once — the set semantics of SPARQL's union default graph, which the query
   * engine and every helper rely on.
   *
   * @example
   * store.triples(null, ng("speaker"), null).length; // statements with a speaker, each once
   */
  triples(subject?: Term | null, predicate?: Term | null, object?: Term | null): [Term, Term, Term][] {
    const out: [Term, Term, Term][] = [];
    const quads = this.n3.readQuads(
      (subject ?? null) as never,
      (predicate ?? null) as never,
      (object ?? null) as never,
      null,
    ) as Iterable<Quad>;
    if (this.graphCount() <= 1) {
      for (const q of quads) out.push([q.subject, q.predicate, q.object]);
      return out;
    }
    // Only the open positions can differ between matches: the key is built from those.
    const seen = new Set<string>();
    for (const q of quads) {
      const key = `${subject ? "" : keyOf(q.subject)}\u0000${predicate ? "" : keyOf(q.predicate)}\u0000${object ? "" : keyOf(q.object)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push([q.subject, q.predicate, q.object]);
    }
    return out;
  }

  /** Add quads from any iterable: an array, another dataset, a parser's output. */
  addAll(quads: Iterable<Quad>): this {
    this.n3.addQuads((Array.isArray(quads) ? quads : [...quads]) as never);
    this.counts.clear();
    return this;
  }

  /**
   * Parse RDF text (Turtle, TriG, N-Triples, N-Quads) into the store.
   *
   * @example
   * store.load(text, "turtle", "data/zelensky-aide-neutrality.ttl");
   */
  load(text: string, format: RdfFormat, source = "input", baseIri?: string): this {
    return this.addAll(parseRdf(text, format, source, baseIri));
  }

  /**
   * How many quads match a pattern (null = any), from the indexes without enumerating them. Counts are
   * cached until the store changes: n3 counts a predicate-only pattern by walking that predicate's
   * index, which query planning would otherwise repeat on every query.
   */
  count(subject?: Term | null, predicate?: Term | null, object?: Term | null, graph?: Term | null): number {
    if (this.countedSize !== this.n3.size) {
      this.counts.clear();
      this.countedSize = this.n3.size;
    }
    const key = `${keyOf(subject)}\u0000${keyOf(predicate)}\u0000${keyOf(object)}\u0000${keyOf(graph)}`;
    let n = this.counts.get(key);
    if (n === undefined) {
      n = this.n3.countQuads(
        (subject ?? null) as never,
        (predicate ?? null) as never,
        (object ?? null) as never,
        (graph ?? null) as never,
      );
      this.counts.set(key, n);
    }
    return n;
  }
}

function keyOf(t: Term | null | undefined): string {
  if (t === null || t === undefined) return "";
  const id = (t as { id?: unknown }).id;
  return typeof id === "string" ? id : termToId(t as never);
}
