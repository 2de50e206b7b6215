// The README's "Querying a remote endpoint": its example runs against a loopback endpoint holding the
// release, and its command line gives exactly what the same command gives in memory. The CLI's own bad
// inputs for --endpoint are rows here too.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import oxigraph from "oxigraph";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SparqlServer, startSparqlServer } from "../../bench/sparql-server.js";
import { mintIri } from "../../src/builders/iri.js";
import { toNQuads } from "../../src/index.js";
import { demandsOf, findEntities, postsHeldBy } from "../../src/query/helpers.js";
import { NewsStore, parseRdf } from "../../src/store/store.js";
import { cleanTemps, run, tempDir } from "../cli/run.js";
import { coverageCorpus, inNamedGraphs } from "../fixtures/coverage/corpus.js";
import { read } from "../helpers.js";

let server: SparqlServer;
const nquads = read("data", "newsgraph.nq");
const memory = new NewsStore(parseRdf(nquads, "nquads", "data/newsgraph.nq"));

beforeAll(async () => {
  const store = new oxigraph.Store();
  store.load(nquads, { format: "application/n-quads" });
  server = await startSparqlServer(store);
});
afterAll(async () => {
  await server.close();
});

/** The README's one command line with --endpoint. */
const README_LINE = (() => {
  const lines = read("README.md")
    .split("\n")
    .filter((l) => l.startsWith("npx newsgraph query") && l.includes("--endpoint"));
  expect(lines).toHaveLength(1);
  return lines[0] as string;
})();

describe("README: querying a remote endpoint", () => {
  it("shows examples/remote.ts verbatim", () => {
    expect(read("README.md")).toContain(read("test", "examples", "remote.ts").trim());
  });

  it("runs: what Russia demands and Zhovkva's post, as in memory", async () => {
    const { askRemotely } = await import("../examples/remote.js");
    const { items, posts } = await askRemotely(server.url);
    const [zhovkva] = findEntities(memory, "Zhovkva");
    expect(items).toEqual([
      ...new Set(demandsOf(memory, mintIri("state", "russia")).map((d) => d.itemLabel.value)),
    ]);
    expect(items).toContain("Ukraine becomes neutral");
    expect(posts).toEqual(
      postsHeldBy(memory, zhovkva?.entity ?? mintIri("person", "nobody")).map(
        (p) => `${p.postName.value} (${p.attestedOn.value})`,
      ),
    );
    expect(posts.length).toBeGreaterThan(0);
  });

  it("its command line prints what the same command prints in memory", async () => {
    // The README names Oxigraph server's usual address; here the loopback endpoint's port stands in for it
    // (test/installed.test.ts runs the line exactly as written against a server on that address).
    const argv = README_LINE.replace(/^npx newsgraph /, "")
      .split(/\s+/)
      .map((a) => (a === "http://127.0.0.1:7878/query" ? server.url : a));
    expect(argv).toContain(server.url);
    const remote = await run(argv);
    const endpointAt = argv.indexOf("--endpoint");
    const local = await run(argv.filter((_, i) => i !== endpointAt && i !== endpointAt + 1));
    expect(remote.err).toEqual([]);
    expect(remote.code).toBe(0);
    expect(remote.text).toBe(local.text);
    expect(remote.text).toContain("Ukraine becomes neutral");
  });

  it.each([
    ["statementsBy", "Zhovkva"],
    ["statementsOn", "2022-03-07"],
    ["entitiesOfKind", "states"],
    ["findEntities", "Zelenskiy"],
    ["timeline", undefined],
  ])("query %s %s --endpoint … prints what it prints in memory", async (helper, arg) => {
    const argv = ["query", helper, ...(arg === undefined ? [] : [arg]), "--format", "json"];
    const remote = await run([...argv, "--endpoint", server.url, "--via", "get"]);
    const local = await run(argv);
    expect(remote.err).toEqual([]);
    expect(remote.code).toBe(0);
    expect(remote.text).toBe(local.text);
    expect(JSON.parse(remote.text).results.bindings.length).toBeGreaterThan(0);
  });
});

describe("newsgraph query --endpoint --article", () => {
  // Three articles (the bundled one and the two coverage fixtures, a graph each), in a file for the
  // in-memory run and in the endpoint's store for the remote one.
  const dir = tempDir();
  const file = join(dir, "coverage.nq");
  let corpusServer: SparqlServer;
  beforeAll(async () => {
    const quads = inNamedGraphs(coverageCorpus());
    writeFileSync(file, toNQuads(quads));
    const store = new oxigraph.Store();
    store.load(readFileSync(file, "utf8"), { format: "application/n-quads" });
    corpusServer = await startSparqlServer(store);
  });
  afterAll(async () => {
    await corpusServer.close();
    cleanTemps();
  });

  it.each([
    ["timeline", undefined, "coverage-radio-fixture"],
    [
      "statementsBy",
      "https://w3id.org/newsgraph/id/person/volodymyr-zelenskyy",
      "article:coverage-ledger-fixture",
    ],
    ["mentionsOf", "https://w3id.org/newsgraph/id/person/volodymyr-zelenskyy", "zelensky-aide-neutrality"],
  ])(
    "query %s %s --article %s prints what it prints in memory, that article's rows only",
    async (helper, arg, article) => {
      const argv = ["query", helper, ...(arg === undefined ? [] : [arg]), "--format", "csv"];
      const remote = await run([...argv, "--article", article, "--endpoint", corpusServer.url]);
      const local = await run([...argv, "--article", article, "--data", file]);
      const all = await run([...argv, "--endpoint", corpusServer.url]);
      expect(remote.err).toEqual([]);
      expect(remote.code).toBe(0);
      expect(remote.text).toBe(local.text);
      const rows = remote.text.trim().split("\n").slice(1);
      const slug = article.replace(/^article:/, "");
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.includes(`/article/${slug},`))).toBe(true);
      expect(rows.length).toBeLessThan(all.text.trim().split("\n").length - 1);
    },
  );
});

describe("newsgraph query --endpoint: bad input, one line, a non-zero exit", () => {
  it.each([
    [
      ["query", "--sparql", "ASK {}", "--endpoint", "URL"],
      2,
      /^newsgraph: --sparql: does not go with --endpoint/,
    ],
    [
      ["query", "queries/tensions.rq", "--endpoint", "URL"],
      2,
      /^newsgraph: queries\/tensions\.rq: does not go with --endpoint/,
    ],
    [
      ["query", "tensions", "--data", "data", "--endpoint", "URL"],
      2,
      /^newsgraph: --data: does not go with --endpoint/,
    ],
    [["query", "tensions", "--via", "get"], 2, /^newsgraph: --via: needs --endpoint/],
    [
      ["query", "tensions", "--endpoint", "ftp://x/query"],
      1,
      /^newsgraph: endpoint: only http: and https: URLs are allowed, not ftp:/,
    ],
    [
      ["query", "statementsBy", "Nobody At All", "--endpoint", "URL"],
      1,
      /^newsgraph: statementsBy <speaker>: "Nobody At All" matches no name at the endpoint/,
    ],
    [
      ["query", "statementsBy", "Zelensky", "--endpoint", "URL", "--format", "turtle"],
      2,
      /^newsgraph: --format: turtle is for graphs/,
    ],
    [
      ["query", "entitiesOfKind", "cats", "--endpoint", "URL"],
      2,
      /^newsgraph: entitiesOfKind <kind>: "cats" is not one of/,
    ],
    [
      ["query", "tensions", "--endpoint", "http://127.0.0.1:3/query"],
      1,
      /^newsgraph: http:\/\/127\.0\.0\.1:3\/query: tensions: network error: connect ECONNREFUSED/,
    ],
    [
      ["query", "territoriesAndParts", "--article", "zelensky-aide-neutrality", "--endpoint", "URL"],
      2,
      /^newsgraph: --article: territoriesAndParts's rows do not come from one article$/,
    ],
    [
      ["query", "tensions", "--article", "no-such-article", "--endpoint", "URL"],
      1,
      /^newsgraph: --article: the endpoint holds no article .*\/no-such-article \(articles: zelensky-aide-neutrality\)$/,
    ],
    [
      ["query", "tensions", "--article", "Not A Slug", "--endpoint", "URL"],
      2,
      /^newsgraph: --article: "Not A Slug" is neither an article's slug nor its IRI$/,
    ],
    [
      ["query", "tensions", "--endpoint", "URL", "--max-rows", "1"],
      1,
      /^newsgraph: tensions: the result has more than 1 rows/,
    ],
  ] as const)("%j → exit %i", async (argv, code, message) => {
    const r = await run(argv.map((a) => (a === "URL" ? server.url : a)));
    expect(r.code).toBe(code);
    expect(r.text).toBe("");
    expect(r.err[0]).toMatch(message);
    expect(r.err.join("\n")).not.toMatch(/\n\s+at /);
  });
});
