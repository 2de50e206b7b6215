import { readdirSync } from "node:fs";
import { join } from "node:path";
import oxigraph from "oxigraph";
import { describe, expect, it } from "vitest";
import { ARTICLES } from "../../src/index.js";
import { prepareQuery } from "../../src/query/prepare.js";
import { compareResults, ENGINE_QUIRKS } from "../../src/query/quirks.js";
import type { SparqlJsonResults } from "../../src/query/results.js";
import { run } from "../cli/run.js";
import { DATA, ROOT, read } from "../helpers.js";

/** Every article of the release: the per-article files are loaded together, for the .srj hold the whole release. */
const SLUGS = ARTICLES.map((a) => a.slug).sort();

// The README says the shipped queries give the same answers wherever it says they run. Each store here is
// loaded the way a user would load it, with Oxigraph's own parsers, and every query must equal its .srj
// (but for the documented engine quirks of src/query/quirks.ts).

const files = readdirSync(join(ROOT, "queries"))
  .filter((f) => f.endsWith(".rq"))
  .sort();

type Store = InstanceType<typeof oxigraph.Store>;

function answer(store: Store, query: string, union: boolean): SparqlJsonResults {
  const raw = store.query(query, {
    results_format: "application/sparql-results+json",
    use_default_graph_as_union: union,
  }) as string;
  return JSON.parse(raw) as SparqlJsonResults;
}

function expectSame(actual: SparqlJsonResults, file: string): void {
  const query = read("queries", file);
  const ordered = prepareQuery(query, file).ordered;
  const want = JSON.parse(read("queries", file.replace(/\.rq$/, ".srj"))) as SparqlJsonResults;
  // Exactly, but for the documented engine quirks (src/query/quirks.ts): these stores are all Oxigraph.
  const c = compareResults(actual, want, ordered, { quirks: ENGINE_QUIRKS });
  expect(c.problem, file).toBeUndefined();
}

const STORES: { name: string; union: boolean; load: (s: Store) => void }[] = [
  {
    name: "every article's Turtle in the default graph",
    union: false,
    load: (s) => {
      for (const slug of SLUGS) s.load(read("data", `${slug}.ttl`), { format: "text/turtle" });
    },
  },
  {
    name: "every article's N-Triples in the default graph",
    union: false,
    load: (s) => {
      for (const slug of SLUGS) s.load(read("data", `${slug}.nt`), { format: "application/n-triples" });
    },
  },
  {
    name: "data/newsgraph.nq with its named graphs, the default graph as their union",
    union: true,
    load: (s) => s.load(read("data", "newsgraph.nq"), { format: "application/n-quads" }),
  },
  {
    name: "data/newsgraph.trig with its named graphs, the default graph as their union",
    union: true,
    load: (s) => s.load(read("data", "newsgraph.trig"), { format: "application/trig" }),
  },
];

describe.each(STORES)("every shipped query on $name", ({ union, load }) => {
  const store = new oxigraph.Store();
  load(store);
  it.each(files)("%s equals its .srj", (file) => {
    expectSame(answer(store, read("queries", file), union), file);
  });
});

describe("the named graphs of the N-Quads release", () => {
  it("keep the shared layer, each article and the ontology apart, so without a union the default graph is empty", () => {
    const store = new oxigraph.Store();
    store.load(read("data", "newsgraph.nq"), { format: "application/n-quads" });
    const graphs = (
      store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g") as Map<
        string,
        { value: string }
      >[]
    ).map((r) => r.get("g")?.value);
    expect(graphs).toEqual([
      "https://w3id.org/newsgraph/graph/ontology",
      "https://w3id.org/newsgraph/graph/shared",
      ...SLUGS.map((slug) => `https://w3id.org/newsgraph/graph/${slug}`),
    ]);
    expect(answer(store, "SELECT * WHERE { ?s ?p ?o } LIMIT 1", false).results.bindings).toEqual([]);
  });
});

describe("newsgraph queries on every file of the release", () => {
  it.each([["newsgraph.nq"], ["newsgraph.trig"], SLUGS.map((s) => `${s}.nt`), SLUGS.map((s) => `${s}.ttl`)])(
    "--data data/%s (every article's file): all match",
    async (...names) => {
      const { code, out, err } = await run([
        "queries",
        ...names.flatMap((file) => ["--data", join(DATA, file)]),
      ]);
      expect(err).toEqual([]);
      expect(code).toBe(0);
      expect(out).toHaveLength(files.length);
      expect(out.every((l) => l.endsWith(" match"))).toBe(true);
    },
  );
});
