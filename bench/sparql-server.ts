// A SPARQL 1.1 Protocol query endpoint on loopback around an Oxigraph store, configured as Oxigraph server
// (`--union-default-graph`) and Fuseki (`tdb2:unionDefaultGraph`) usually are: a query without GRAPH asks
// the union of all graphs. Tests and the benchmark query it with sparqlEndpoint().
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type oxigraph from "oxigraph";

/** A running loopback endpoint. */
export interface SparqlServer {
  /** The query endpoint, `http://127.0.0.1:PORT/query`. */
  readonly url: string;
  readonly store: InstanceType<typeof oxigraph.Store>;
  /** Every request, as `METHOD content-type`. */
  readonly requests: string[];
  close(): Promise<void>;
}

const body = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });

/**
 * Start an endpoint on 127.0.0.1 (`port` 0: any free port) answering SELECT and ASK queries sent by any of
 * the three ways of the SPARQL 1.1 Protocol (GET `?query=`, form-encoded POST, POST of
 * `application/sparql-query`) with `application/sparql-results+json`; a query the engine refuses gets 400
 * and its message, another path 404.
 */
export async function startSparqlServer(
  store: InstanceType<typeof oxigraph.Store>,
  options: { readonly port?: number; readonly unionDefaultGraph?: boolean } = {},
): Promise<SparqlServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    requests.push(`${req.method} ${req.headers["content-type"] ?? ""}`.trim());
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname !== "/query") {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const text = await body(req);
    const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim();
    const query =
      req.method === "GET"
        ? url.searchParams.get("query")
        : type === "application/x-www-form-urlencoded"
          ? new URLSearchParams(text).get("query")
          : type === "application/sparql-query"
            ? text
            : null;
    if (query === null) {
      res.writeHead(400, { "content-type": "text/plain" }).end("no query");
      return;
    }
    try {
      const answer = store.query(query, {
        results_format: "application/sparql-results+json",
        use_default_graph_as_union: options.unionDefaultGraph ?? true,
      }) as string;
      res.writeHead(200, { "content-type": "application/sparql-results+json" }).end(answer);
    } catch (error) {
      res
        .writeHead(400, { "content-type": "text/plain" })
        .end(error instanceof Error ? error.message : String(error));
    }
  });
  // Idle connections stay open until close(): the clients (tests, the benchmark) share this process, and
  // a keep-alive timer that fires while the process was busy would close a connection the client is
  // reusing at that very moment (ECONNRESET).
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", resolve);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/query`,
    store,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
