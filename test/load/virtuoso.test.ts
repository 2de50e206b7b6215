// The README's Virtuoso route, for real: start a throwaway Virtuoso on loopback, bulk-load
// data/newsgraph.nq with isql exactly as the README says (ld_dir, rdf_loader_run, checkpoint), then run every
// shipped queries/*.rq unchanged over the SPARQL protocol and compare with its committed .srj.
// Needs virtuoso-t and isql-vt on PATH (.ci/install-virtuoso); fails, never skips, without them.
import { copyFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isOrdered } from "../../src/query/prepare.js";
import { sparqlEndpoint } from "../../src/query/remote.js";
import {
  canonicalResults,
  rowKey,
  type SparqlJsonResults,
  type SparqlJsonTerm,
} from "../../src/query/results.js";
import { NewsStore, parseRdf } from "../../src/store/store.js";
import { DATA, ROOT, read } from "../helpers.js";
import { argumentsFor, articlesOf, HELPER_ENTRIES, rowLines, shownArg } from "../queries/remote-compare.js";

/** Helpers that need two articles or a shared remark to give rows. */
const ACROSS_ARTICLES = new Set(["reportsOf", "compareArticles"]);

import { startVirtuoso, type VirtuosoServer } from "./virtuoso-server.js";

const QUERIES = join(ROOT, "queries");
const files = readdirSync(QUERIES)
  .filter((f) => f.endsWith(".rq"))
  .sort();
const NEWSGRAPH_GRAPHS = "https://w3id.org/newsgraph/graph/";
/** The graph given to ld_dir in the README; for N-Quads Virtuoso uses each quad's own graph instead. */
const LD_DIR_GRAPH = "https://w3id.org/newsgraph/graph/default";
const XSD = "http://www.w3.org/2001/XMLSchema#";
const QUERY_TIMEOUT_MS = 20_000;

/** A term as Virtuoso writes it in application/sparql-results+json. */
interface VirtuosoTerm {
  readonly type: string;
  readonly value: string;
  readonly datatype?: string;
  readonly "xml:lang"?: string;
}
interface VirtuosoResults {
  readonly head: { readonly vars: readonly string[] };
  readonly results: { readonly bindings: readonly Readonly<Record<string, VirtuosoTerm>>[] };
}

/**
 * A Virtuoso term in the form of the committed .srj. Only representation changes, never values:
 * - "typed-literal" → "literal": Virtuoso writes literals with a datatype with the term type of the 2007 W3C
 *   Note "Serializing SPARQL Query Results in JSON"; SPARQL 1.1's JSON results call them "literal" + datatype.
 * - xsd:boolean "1"/"0" → "true"/"false": Virtuoso's SQL engine has no boolean type and keeps booleans as 1
 *   and 0 (maintainers in openlink/virtuoso-opensource#251); "1" and "0" are lexical forms of the same two
 *   xsd:boolean values (XML Schema 1.1 Part 2, §3.3.2).
 * Datatypes are left as Virtuoso returns them: it keeps xsd:nonNegativeInteger, as the data and the .srj
 * have it (the .srj hold the data's datatypes; see the README, "Competency questions").
 * Plain literals (no datatype, or an explicit xsd:string) and key order are left to canonicalResults, as
 * for Oxigraph. Language tags come back as written ("en"): no change.
 */
function fromVirtuoso(t: VirtuosoTerm): SparqlJsonTerm {
  if (t.type === "uri" || t.type === "bnode") return { type: t.type, value: t.value };
  if (t.type !== "literal" && t.type !== "typed-literal") throw new Error(`unexpected term type ${t.type}`);
  const lang = t["xml:lang"];
  if (lang !== undefined) return { type: "literal", value: t.value, "xml:lang": lang };
  if (t.datatype === undefined) return { type: "literal", value: t.value };
  if (t.datatype === `${XSD}boolean` && (t.value === "1" || t.value === "0"))
    return { type: "literal", value: t.value === "1" ? "true" : "false", datatype: t.datatype };
  return { type: "literal", value: t.value, datatype: t.datatype };
}

let server: VirtuosoServer | undefined;

/** Run a query unchanged against the server's SPARQL endpoint (protocol: query via GET). */
async function sparql(query: string, name: string): Promise<VirtuosoResults> {
  if (server === undefined) throw new Error("the Virtuoso server did not start (see beforeAll)");
  // GET ?query= rather than POST application/sparql-query: Virtuoso 7.2.5 never answers the latter
  // (openlink/virtuoso-opensource#842).
  const res = await fetch(`${server.sparqlEndpoint}?query=${encodeURIComponent(query)}`, {
    headers: { accept: "application/sparql-results+json" },
    signal: AbortSignal.timeout(QUERY_TIMEOUT_MS),
  });
  const body = await res.text();
  if (!res.ok) throw new Error(`${name}: HTTP ${res.status} from Virtuoso:\n${body}`);
  // An "anytime" answer (partial results after a timeout) is flagged with X-SQL-State; never accept one.
  expect(res.headers.get("x-sql-state"), `${name}: partial results`).toBeNull();
  return JSON.parse(body) as VirtuosoResults;
}

/** Virtuoso's answer in canonical form, comparable with canonicalResults(expected). */
function canonical(r: VirtuosoResults, ordered: boolean): SparqlJsonResults {
  const bindings = r.results.bindings.map((row) =>
    Object.fromEntries(Object.entries(row).map(([v, t]) => [v, fromVirtuoso(t)])),
  );
  return canonicalResults({ head: { vars: [...r.head.vars] }, results: { bindings } }, ordered);
}

const expected = (file: string) =>
  JSON.parse(read("queries", file.replace(/\.rq$/, ".srj"))) as SparqlJsonResults;

/** Compare as queries.test.ts does: in order for an ORDER BY query, as a multiset otherwise. */
function expectSameAnswer(
  actual: SparqlJsonResults,
  want: SparqlJsonResults,
  ordered: boolean,
  name: string,
) {
  expect(actual.head.vars, name).toEqual(want.head.vars);
  if (ordered) expect(actual.results.bindings, name).toEqual(want.results.bindings);
  else {
    const key = (r: SparqlJsonResults) => r.results.bindings.map((b) => rowKey(r.head.vars, b)).sort();
    expect(key(actual), name).toEqual(key(want));
  }
}

/**
 * Queries that truly answer differently on Virtuoso: what Virtuoso returns, derived from the committed
 * answer. None today: territories-and-parts.rq spells its one-or-more path `p/p*` (see the last test).
 */
const ANSWERS_DIFFERENTLY: Readonly<Record<string, (committed: SparqlJsonResults) => SparqlJsonResults>> = {};

beforeAll(async () => {
  server = await startVirtuoso(60_000);
  copyFileSync(join(DATA, "newsgraph.nq"), join(server.dataDir, "newsgraph.nq"));
  // The README's three statements, verbatim but for the directory.
  await server.isql(
    [
      `ld_dir('${server.dataDir}', 'newsgraph.nq', '${LD_DIR_GRAPH}');`,
      "rdf_loader_run();",
      "checkpoint;",
    ].join("\n"),
    90_000,
  );
}, 150_000);

afterAll(async () => {
  await server?.stop();
}, 30_000);

describe("bulk-loading data/newsgraph.nq into Virtuoso with isql", () => {
  it("loads the file without error", async () => {
    const list = await server?.isql(
      "SELECT ll_file || ' ' || CAST (ll_state AS VARCHAR) || ' ' || COALESCE (ll_error, 'no error') FROM DB.DBA.load_list;",
    );
    // ll_state 2: loaded.
    expect(list).toBe(`${server?.dataDir}/newsgraph.nq 2 no error`);
  });

  it("keeps each quad's own graph (the ld_dir graph is unused) and every triple", async () => {
    const want = new Map<string, number>();
    for (const q of parseRdf(read("data", "newsgraph.nq"), "nquads", "data/newsgraph.nq"))
      want.set(q.graph.value, (want.get(q.graph.value) ?? 0) + 1);
    const r = await sparql(
      "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
      "graph counts",
    );
    const got = new Map(
      r.results.bindings
        .filter((b) => b.g?.value.startsWith(NEWSGRAPH_GRAPHS))
        .map((b) => [b.g?.value ?? "", Number(b.n?.value)]),
    );
    expect(got).toEqual(want);
    expect(got.has(LD_DIR_GRAPH)).toBe(false);
  });

  it("answers a query without FROM over the union of all graphs", async () => {
    // Virtuoso's default dataset, with no FROM and no default-graph-uri, is every graph in the store —
    // the newsgraph graphs and Virtuoso's own (virtrdf#, …). The shipped queries rely on this: they name no graph.
    const perGraph = await sparql(
      "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
      "per graph",
    );
    const all = await sparql("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "default graph");
    const sum = perGraph.results.bindings.reduce((n, b) => n + Number(b.n?.value), 0);
    expect(Number(all.results.bindings[0]?.n?.value)).toBe(sum);
    const both = await sparql(
      `ASK { <https://w3id.org/newsgraph/ontology#Statement> ?p ?o .
             <https://w3id.org/newsgraph/id/article/zelensky-aide-neutrality> ?q ?x }`,
      "both graphs",
    );
    expect((both as unknown as { boolean: boolean }).boolean).toBe(true);
  });

  it("writes terms in its own representation, which the comparison normalises", async () => {
    const r = await sparql(
      `PREFIX oa: <http://www.w3.org/ns/oa#>
       PREFIX ng: <https://w3id.org/newsgraph/ontology#>
       SELECT ?start ?misspelling WHERE { ?m ng:isMisspelling ?misspelling ; ng:anchor/oa:hasSelector/oa:start ?start }
       LIMIT 1`,
      "representation",
    );
    const row = r.results.bindings[0];
    expect(row?.start).toMatchObject({ type: "typed-literal", datatype: `${XSD}nonNegativeInteger` });
    expect(row?.misspelling).toMatchObject({ type: "typed-literal", datatype: `${XSD}boolean` });
    expect(["0", "1"]).toContain(row?.misspelling?.value);
  });
});

describe("the shipped queries on Virtuoso", () => {
  it.each(files)("%s answers as committed", async (file) => {
    const query = read("queries", file);
    const ordered = isOrdered(query);
    const actual = canonical(await sparql(query, file), ordered);
    const committed = canonicalResults(expected(file), ordered);
    const differently = ANSWERS_DIFFERENTLY[file];
    if (differently === undefined) {
      expectSameAnswer(actual, committed, ordered, file);
    } else {
      // A known semantic difference: assert exactly what Virtuoso answers, and that it is not the committed
      // answer — when Virtuoso stops differing, this fails and the README's caveat must go.
      expectSameAnswer(actual, canonicalResults(differently(expected(file)), ordered), ordered, file);
      expect(actual.results.bindings).not.toEqual(committed.results.bindings);
    }
  });

  it("needs territories-and-parts.rq's `p/p*`: with `p+` inside OPTIONAL, Virtuoso 7.2 drops unmatched rows", async () => {
    // Virtuoso 7.2.5 treats a one-or-more path inside OPTIONAL like an inner join: Crimea and Donbas, which
    // lie within no other territory, vanish instead of coming back with ?whole unbound. When this test
    // fails, Virtuoso has fixed it and the shipped query may use `+` again.
    const file = "territories-and-parts.rq";
    const query = read("queries", file);
    const plus = query.replace(
      "schema:containedInPlace/schema:containedInPlace*",
      "schema:containedInPlace+",
    );
    expect(plus).not.toBe(query);
    const actual = canonical(await sparql(plus, file), true);
    const committed = canonicalResults(expected(file), true);
    const withWhole = committed.results.bindings.filter((row) => row.whole !== undefined);
    expect(actual.results.bindings).toEqual(withWhole);
    expect(withWhole.length).toBeLessThan(committed.results.bindings.length);
  });
});

// ── The named helpers against Virtuoso's endpoint (#10 part 5) ──
// Every helper gives the in-memory rows on Virtuoso too: its typed-literal and 1/0 booleans are undone by
// termFromJson, and it keeps xsd:nonNegativeInteger as the data has it.
describe("the named helpers against Virtuoso's SPARQL endpoint", () => {
  const quads = parseRdf(read("data", "newsgraph.nq"), "nquads", "data/newsgraph.nq");
  const memory = new NewsStore(quads);
  it.each(HELPER_ENTRIES)("%s gives the in-memory rows", async (name, entry) => {
    // A form-encoded POST: Virtuoso 7.2 never answers a POST of application/sparql-query.
    const remote = sparqlEndpoint(server?.sparqlEndpoint ?? "", {
      via: "urlencoded-post",
      timeoutMs: QUERY_TIMEOUT_MS,
    });
    let nonEmpty = 0;
    // The release holds one article and no shared remark: the helpers across articles are compared on what
    // it has (an absent node, empty on both sides); test/queries/remote.test.ts compares them with rows on
    // the coverage corpus. The test fails once the release holds two articles and they still give none.
    const acrossArticles = ACROSS_ARTICLES.has(name) && articlesOf(quads).length === 1;
    for (const arg of argumentsFor(entry, quads, 3, acrossArticles ? "absent" : "throw")) {
      const local = entry.run(memory, arg as never);
      expect(rowLines(entry, await remote.run(name, arg as never)), `${name}${shownArg(arg)}`).toEqual(
        rowLines(entry, local),
      );
      if (local.length > 0) nonEmpty++;
    }
    if (!acrossArticles) expect(nonEmpty, `${name} gives no rows for any argument tried`).toBeGreaterThan(0);
  });
});
