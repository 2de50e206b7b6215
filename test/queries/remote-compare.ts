// Shared by the loopback and the Virtuoso comparisons: for every helper in HELPERS, the arguments to try and
// the exact comparison of remote rows with in-memory rows (same columns, same terms, same order).
import type { NamedNode, Quad, Term } from "@rdfjs/types";
import { DataFactory } from "n3";
import sparqljs from "sparqljs";
import { HELPERS, type HelperEntry, type HelperName } from "../../src/query/registry.js";
import { selectJson } from "../../src/query/sparql.js";
import { oxigraphStore } from "../../src/store/oxigraph.js";
import { read } from "../helpers.js";

export const HELPER_ENTRIES = Object.entries(HELPERS) as [HelperName, HelperEntry][];
export const ABSENT_IRI = "https://w3id.org/newsgraph/id/person/nobody";

/** A term exactly, datatype and language included, for order-sensitive comparison. */
export function termText(t: Term | undefined): string {
  if (t === undefined) return "-";
  if (t.termType === "Literal") return `"${t.value}"@${t.language}^^<${t.datatype.value}>`;
  return `${t.termType}:${t.value}`;
}

/** Rows as lines of their columns' exact terms, in order. */
export const rowLines = (entry: HelperEntry, rows: readonly Readonly<Record<string, Term>>[]) =>
  rows.map((r) => entry.columns.map((c) => termText(r[c])).join(" | "));

/** Up to `n` items spread evenly over a list. */
const spread = <T>(xs: readonly T[], n: number): T[] => {
  if (xs.length <= n) return [...xs];
  const step = xs.length / n;
  return Array.from({ length: n }, (_, i) => xs[Math.floor(i * step)] as T);
};

/** Patterns without the VALUES blocks over `name`, in subqueries and nested groups too. */
function withoutValues(patterns: readonly sparqljs.Pattern[], name: string): sparqljs.Pattern[] {
  return patterns
    .filter((p) => !(p.type === "values" && p.values.every((row) => Object.keys(row).join() === `?${name}`)))
    .map((p) => {
      const q = p as { type: string; where?: sparqljs.Pattern[]; patterns?: sparqljs.Pattern[] };
      if (q.type === "query" && q.where !== undefined) return { ...p, where: withoutValues(q.where, name) };
      if (q.patterns !== undefined) return { ...p, patterns: withoutValues(q.patterns, name) };
      return p;
    }) as sparqljs.Pattern[];
}

/** The twin with its sample VALUES block for the parameter removed: every value the parameter can take. */
function unboundTwin(entry: HelperEntry): string {
  const text = read("queries", `${entry.twin}.rq`);
  const param = entry.param;
  if (!("name" in param)) return text;
  const q = new sparqljs.Parser().parse(text) as sparqljs.SelectQuery;
  q.where = withoutValues(q.where ?? [], param.name);
  return new sparqljs.Generator({ allPrefixes: true }).stringify(q);
}

/** Every article of the data (`a schema:NewsArticle`), sorted. */
export function articlesOf(quads: readonly Quad[]): NamedNode[] {
  const type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
  return [
    ...new Set(
      quads
        .filter((q) => q.predicate.value === type && q.object.value === "https://schema.org/NewsArticle")
        .map((q) => q.subject.value),
    ),
  ]
    .sort()
    .map((v) => DataFactory.namedNode(v));
}

/**
 * The arguments to try for a helper over the data: none; for an IRI or a day, values its parameter takes
 * in the data (spread over them) and one that occurs nowhere (only that one when the data has none and
 * `noValues` is "absent"); every fixed word; for a name search, names
 * as written, shouted, possessive, in part and misspelt.
 */
export function argumentsFor(
  entry: HelperEntry,
  quads: readonly Quad[],
  sample = 5,
  noValues: "throw" | "absent" = "throw",
): unknown[] {
  const param = entry.param;
  switch (param.kind) {
    case "none":
      return [undefined];
    case "oneOf":
      return [...param.values];
    case "iri":
    case "date": {
      const triples = quads.map((q) =>
        DataFactory.quad(q.subject as never, q.predicate as never, q.object as never),
      );
      const rows = selectJson(oxigraphStore(triples as never), unboundTwin(entry), entry.twin).results
        .bindings;
      const values = [
        ...new Set(
          rows
            .map((b) => b[param.name])
            .filter((t) => t !== undefined && (param.kind === "date" || t.type === "uri"))
            .map((t) => t?.value),
        ),
      ].sort();
      // A twin that finds no value for its parameter is broken, unless the data cannot have one (a
      // comparison of articles over data with one article): then only the absent value is tried.
      if (values.length === 0 && noValues === "throw")
        throw new Error(`${entry.twin}.rq gives no ${param.name} in the data`);
      return param.kind === "iri"
        ? [...spread(values, sample), ABSENT_IRI].map((v) => DataFactory.namedNode(v as string))
        : [...spread(values, sample), "1999-12-31"];
    }
    case "text":
      return ["Zhovkva's", "ZELENSKYY", "Ihor", "Zelenskiy", "Russia", "no such name", ""];
    default:
      throw new Error(`no arguments for a ${(param as { kind: string }).kind} parameter`);
  }
}

/** An argument as shown in a test's message. */
export const shownArg = (a: unknown) =>
  a === undefined ? "()" : typeof a === "string" ? JSON.stringify(a) : `<${(a as Term).value}>`;
