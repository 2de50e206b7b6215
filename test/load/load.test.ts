import type { Quad } from "@rdfjs/types";
import { afterEach, describe, expect, it } from "vitest";
import { NewsgraphError } from "../../src/errors.js";
import { uploadGraphs } from "../../src/load/gsp.js";
import { byGraph, graphCounts, loadIntoOxigraph } from "../../src/load/oxigraph.js";
import { parseRdf } from "../../src/store/store.js";
import { read } from "../helpers.js";
import { startServer, type TestServer } from "./gsp-server.js";

const dataset = parseRdf(read("data", "newsgraph.nq"), "nquads", "data/newsgraph.nq");
const uploads = byGraph(dataset);
const servers: TestServer[] = [];
const serve = async (...args: Parameters<typeof startServer>) => {
  const s = await startServer(...args);
  servers.push(s);
  return s;
};
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});
const fast = { timeoutMs: 2_000, retries: 3, backoffMs: 10 };

describe("in process", () => {
  it("loads every named graph into Oxigraph, ready for SPARQL", () => {
    const store = loadIntoOxigraph(dataset);
    const counts = graphCounts(store);
    expect([...counts.keys()]).toEqual([
      "https://w3id.org/newsgraph/graph/ontology",
      "https://w3id.org/newsgraph/graph/shared",
      "https://w3id.org/newsgraph/graph/zelensky-aide-neutrality",
    ]);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(dataset.length);
  });
});

describe("over the Graph Store Protocol", () => {
  it("PUTs each named graph and verifies the count with a SPARQL query", async () => {
    const server = await serve();
    const results = await uploadGraphs(uploads, {
      endpoint: server.endpoint,
      queryEndpoint: server.queryEndpoint,
      ...fast,
    });
    expect(results.map((r) => [r.graph, r.triples === r.stored])).toEqual(
      uploads.map((u) => [u.graph, true]),
    );
    expect(server.store.size).toBe(dataset.length);
    // One PUT per graph: the shared layer, the article, the ontology.
    expect(server.requests.filter((r) => r.startsWith("PUT"))).toHaveLength(3);
  });

  it("verifies by reading each graph back when there is no query endpoint", async () => {
    const server = await serve();
    const results = await uploadGraphs(uploads, { endpoint: server.endpoint, ...fast });
    expect(results.every((r) => r.stored === r.triples)).toBe(true);
    expect(server.requests.some((r) => r.startsWith("GET /store?graph="))).toBe(true);
  });

  it("replaces a graph on a second PUT instead of doubling it", async () => {
    const server = await serve();
    await uploadGraphs(uploads, { endpoint: server.endpoint, queryEndpoint: server.queryEndpoint, ...fast });
    await uploadGraphs(uploads, { endpoint: server.endpoint, queryEndpoint: server.queryEndpoint, ...fast });
    expect(server.store.size).toBe(dataset.length);
  });

  it("sends the Authorization header, and reports the server's refusal without it", async () => {
    const server = await serve({ token: "Bearer s3cret" });
    await expect(uploadGraphs(uploads, { endpoint: server.endpoint, ...fast })).rejects.toThrow(
      /refused: 401 Unauthorized: missing or wrong credentials/,
    );
    const ok = await uploadGraphs(uploads, {
      endpoint: server.endpoint,
      authorization: "Bearer s3cret",
      ...fast,
    });
    expect(ok).toHaveLength(3);
  });

  it("retries with backoff on 5xx answers, then succeeds", async () => {
    const server = await serve({ failFirst: 2 });
    const notes: string[] = [];
    const results = await uploadGraphs(uploads, {
      endpoint: server.endpoint,
      log: (l) => notes.push(l),
      ...fast,
    });
    expect(results[0]?.attempts).toBe(3);
    expect(notes.filter((n) => n.includes("503"))).toHaveLength(2);
    expect(notes.some((n) => n.includes("retrying in 20 ms"))).toBe(true);
  });

  it("gives up after its retries on a server that keeps failing, saying why", async () => {
    const server = await serve({ failFirst: 100 });
    await expect(uploadGraphs(uploads, { endpoint: server.endpoint, ...fast })).rejects.toThrow(
      /failed after 4 attempt\(s\): 503 Service Unavailable: busy, try later/,
    );
  });

  it("times out on a server that stalls, retries, and succeeds when it answers", async () => {
    const server = await serve({ stallFirst: 1 });
    const results = await uploadGraphs(uploads, { endpoint: server.endpoint, ...fast, timeoutMs: 300 });
    expect(results[0]?.attempts).toBe(2);
  });

  it("reports a stall that never ends as a timeout", async () => {
    const server = await serve({ stallFirst: 100 });
    await expect(
      uploadGraphs(uploads, { endpoint: server.endpoint, ...fast, timeoutMs: 200, retries: 1 }),
    ).rejects.toThrow(/failed after 2 attempt\(s\): no answer within 200 ms/);
  });

  it("stops at a 4xx answer with the server's message, without retrying", async () => {
    const server = await serve({ reject: "graph name not allowed here" });
    const error = await uploadGraphs(uploads, { endpoint: server.endpoint, ...fast }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NewsgraphError);
    expect((error as Error).message).toMatch(/was refused: 400 Bad Request: graph name not allowed here$/);
    expect(server.requests).toHaveLength(1);
  });

  it("notices triples that did not arrive", async () => {
    const server = await serve({ keepOnly: 10 });
    await expect(
      uploadGraphs(uploads, { endpoint: server.endpoint, queryEndpoint: server.queryEndpoint, ...fast }),
    ).rejects.toThrow(/sent \d+ triples but the store holds 10/);
  });

  it("reports an unreachable endpoint as a network error", async () => {
    const server = await serve();
    const endpoint = server.endpoint;
    await server.close();
    servers.length = 0;
    await expect(uploadGraphs(uploads, { endpoint, ...fast, retries: 1 })).rejects.toThrow(
      /failed after 2 attempt\(s\): network error/,
    );
  });

  it("refuses an endpoint that is not a URL", async () => {
    await expect(uploadGraphs(uploads, { endpoint: "not a url" })).rejects.toThrow(
      /endpoint: "not a url" is not a URL/,
    );
  });

  it("refuses a graph name that is not an absolute IRI before sending anything", async () => {
    for (const graph of ["relative", "urn:x> } } #", "http://a b"]) {
      await expect(
        uploadGraphs([{ graph, quads: [] }], { endpoint: "http://127.0.0.1:9/store", retries: 0 }),
      ).rejects.toThrow(/^graph: ".*" is not an absolute IRI \(or "default"\)$/);
    }
  });

  it("uploads into the default graph too", async () => {
    const server = await serve();
    const triples: Quad[] = parseRdf(read("data", "zelensky-aide-neutrality.nt"), "ntriples", "nt");
    const [r] = await uploadGraphs([{ graph: "default", quads: triples }], {
      endpoint: server.endpoint,
      queryEndpoint: server.queryEndpoint,
      ...fast,
    });
    expect(r?.stored).toBe(triples.length);
  });
});
