import { readdirSync } from "node:fs";
import { join } from "node:path";
import { QueryEngine } from "@comunica/query-sparql-rdfjs-lite";
import type { Quad, Term } from "@rdfjs/types";
import { Parser, Store } from "n3";
import { describe, expect, it } from "vitest";
import { expectedResults } from "../../src/cli/commands/queries.js";
import { readQueryData } from "../../src/cli/data.js";
import { toNQuads } from "../../src/export/ntriples.js";
import { runBounded } from "../../src/query/bounded.js";
import { isOrdered, prepareQuery } from "../../src/query/prepare.js";
import { compareResults, ENGINE_QUIRKS, INTEGER_DERIVED_DATATYPES } from "../../src/query/quirks.js";
import { type SparqlJsonResults, toResults } from "../../src/query/results.js";
import { DATA, ROOT, read } from "../helpers.js";

// Every shipped query on a second engine — Comunica over an n3 store of the committed data — must give
// its committed .srj EXACTLY: same variables, same rows (in order for ORDER BY), same terms, datatypes
// included. No engine quirk is tolerated here: the .srj hold what the data says, and a conformant engine
// says it. (Oxigraph, in queries.test.ts, is compared with the quirks of src/query/quirks.ts.)

const files = readdirSync(join(ROOT, "queries"))
  .filter((f) => f.endsWith(".rq"))
  .sort();
const expected = (file: string) =>
  JSON.parse(read("queries", file.replace(/\.rq$/, ".srj"))) as SparqlJsonResults;
const engine = new QueryEngine();

async function comunica(store: Store, query: string, union: boolean): Promise<SparqlJsonResults> {
  const result = await engine.query(query, { sources: [store], unionDefaultGraph: union });
  if (result.resultType !== "bindings") throw new Error(`not a SELECT query (${result.resultType})`);
  const vars = (await result.metadata()).variables.map((v) => v.value);
  const rows = await (await result.execute()).toArray();
  return toResults(
    vars,
    rows.map((b) => Object.fromEntries(vars.map((v) => [v, b.get(v) as Term | undefined]))),
  );
}

/** The article graphs as the query command reads a release folder: each <slug>.ttl with its <slug>.txt. */
function articleQuads(): Quad[] {
  const names = readdirSync(DATA);
  return names
    .filter((f) => f.endsWith(".ttl") && names.includes(`${f.slice(0, -4)}.txt`))
    .flatMap((f) => new Parser({ format: "text/turtle" }).parse(read("data", f)));
}

const nquads = new Parser({ format: "N-Quads" }).parse(read("data", "newsgraph.nq"));

const ARRANGEMENTS = [
  {
    name: "data/newsgraph.nq in its named graphs, the default graph as their union",
    store: new Store(nquads),
    union: true,
  },
  {
    name: "the article graphs (data/<slug>.ttl) in the default graph, as --write-expected reads them",
    store: new Store(articleQuads()),
    union: false,
  },
];

describe("the arrangement of the committed data", () => {
  it("puts every quad of the N-Quads release in a named graph, so the queries need the union", () => {
    expect(nquads.length).toBeGreaterThan(0);
    expect(nquads.filter((q) => q.graph.termType === "DefaultGraph")).toEqual([]);
  });
});

describe.each(ARRANGEMENTS)("every shipped query on Comunica over $name", ({ store, union }) => {
  it.each(files)("%s equals its .srj exactly, datatypes included", async (file) => {
    const query = read("queries", file);
    const c = compareResults(await comunica(store, query, union), expected(file), isOrdered(query));
    expect(c.problem, file).toBeUndefined();
    expect(c.same, file).toBe(true);
  });
});

describe("newsgraph queries --write-expected", () => {
  it.each(files)("writes %s's committed .srj, byte for byte, from the committed data", async (file) => {
    const data = await readQueryData({});
    const prepared = prepareQuery(read("queries", file), file);
    const answer = await runBounded(toNQuads(data.quads), prepared, file, {
      timeoutMs: 60_000,
      unionDefaultGraph: data.named,
    });
    if (answer.form !== "SELECT") throw new Error(`${file}: not a SELECT query`);
    const written = await expectedResults(data, prepared, answer.results, file, 60_000);
    expect(written.problem).toBeUndefined();
    expect("content" in written ? written.content : undefined).toBe(
      read("queries", file.replace(/\.rq$/, ".srj")),
    );
  });
});

describe("newsgraph queries --write-expected, when the engines disagree", () => {
  const file = "verbatim-quotes.rq";
  const oxigraphAnswer = async () => {
    const data = await readQueryData({});
    const prepared = prepareQuery(read("queries", file), file);
    const answer = await runBounded(toNQuads(data.quads), prepared, file, {
      timeoutMs: 60_000,
      unionDefaultGraph: data.named,
    });
    if (answer.form !== "SELECT") throw new Error(`${file}: not a SELECT query`);
    return { data, prepared, results: answer.results };
  };

  it("writes nothing and names the difference", async () => {
    const { data, prepared, results } = await oxigraphAnswer();
    // Oxigraph's answer with one value changed: beyond the documented quirks.
    const [first, ...rest] = results.results.bindings;
    const changed: SparqlJsonResults = {
      head: results.head,
      results: { bindings: [{ ...first, text: { type: "literal", value: "changed" } }, ...rest] },
    };
    const written = await expectedResults(data, prepared, changed, file, 60_000);
    expect("content" in written).toBe(false);
    expect(written.problem).toMatch(/^row 1 is .*"value":"changed".* where expected /);
  });

  it("says when only the order differs: ORDER BY must order totally", async () => {
    const { data, prepared, results } = await oxigraphAnswer();
    const [first, second, ...rest] = results.results.bindings;
    expect(second).toBeDefined();
    const swapped: SparqlJsonResults = {
      head: results.head,
      results: { bindings: [second ?? {}, first ?? {}, ...rest] },
    };
    const written = await expectedResults(data, prepared, swapped, file, 60_000);
    expect("content" in written).toBe(false);
    expect(written.problem).toMatch(/^the same rows in another order \(row 1 is .*add ORDER BY keys/);
  });
});

describe("the exact comparison", () => {
  it("fails an .srj holding Oxigraph's xsd:integer where the data has an integer-derived datatype", async () => {
    const query = read("queries", "verbatim-quotes.rq");
    const answer = await comunica(ARRANGEMENTS[0]?.store ?? new Store(), query, true);
    // What the writer produced before it used a conformant engine: Oxigraph's datatypes.
    const asOxigraph: SparqlJsonResults = {
      head: answer.head,
      results: {
        bindings: answer.results.bindings.map((row) =>
          Object.fromEntries(
            Object.entries(row).map(([v, t]) => [
              v,
              t.datatype !== undefined && INTEGER_DERIVED_DATATYPES.has(t.datatype)
                ? { ...t, datatype: "http://www.w3.org/2001/XMLSchema#integer" }
                : t,
            ]),
          ),
        ),
      },
    };
    expect(JSON.stringify(asOxigraph)).not.toBe(JSON.stringify(answer));
    expect(compareResults(answer, asOxigraph, isOrdered(query)).same).toBe(false);
    // Even with the quirks: they let an engine's xsd:integer stand for the data's type, not the reverse.
    expect(compareResults(answer, asOxigraph, isOrdered(query), { quirks: ENGINE_QUIRKS }).same).toBe(false);
  });
});
