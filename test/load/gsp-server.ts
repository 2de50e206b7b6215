import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import oxigraph from "oxigraph";

/** How a test server misbehaves. */
export interface Behaviour {
  /** Answer the first N requests with 503. */
  failFirst?: number;
  /** Leave the first N requests unanswered (the client must time out). */
  stallFirst?: number;
  /** Refuse every upload with 400 and this message. */
  reject?: string;
  /** Require this Authorization header. */
  token?: string;
  /** Store only the first N triples of each upload (a lossy store). */
  keepOnly?: number;
  /** Answer every request to /store (not the paths it leads to) with this redirect; "{search}" in the location becomes the request's query. */
  redirect?: { status: number; location: string };
  /** Send the headers and the start of every answer with a body (queries, reads), then stall. */
  stallBody?: boolean;
  /** Send the headers and the start of every answer with a body (queries, reads), then close the connection. */
  resetBody?: boolean;
  /** Answer every query with this count, whatever the store holds (a lying server). */
  countValue?: string;
  /** Read graphs back as forged triples, as many as the graph really holds (a lying server). */
  forgeReadBack?: boolean;
  /** Answer every upload with this; "{auth}" in the body becomes the Authorization header received. */
  /** Answer uploads with this error; "{auth}" becomes the Authorization header, "{url}" the request URL. */
  errorAnswer?: { status: number; contentType: string; body: string };
}

/** A Graph Store Protocol + SPARQL query server on loopback, backed by an Oxigraph store. */
export interface TestServer {
  readonly store: InstanceType<typeof oxigraph.Store>;
  readonly endpoint: string;
  readonly queryEndpoint: string;
  readonly requests: string[];
  close(): Promise<void>;
}

const body = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });

export async function startServer(behaviour: Behaviour = {}, port = 0): Promise<TestServer> {
  const store = new oxigraph.Store();
  const requests: string[] = [];
  let seen = 0;
  const stalled: ServerResponse[] = [];
  const server: Server = createServer(async (req, res) => {
    seen++;
    requests.push(`${req.method} ${req.url}`);
    if (behaviour.stallFirst !== undefined && seen <= behaviour.stallFirst) {
      stalled.push(res);
      return;
    }
    if (behaviour.failFirst !== undefined && seen <= behaviour.failFirst) {
      res.writeHead(503, { "content-type": "text/plain" }).end("busy, try later");
      return;
    }
    if (behaviour.token !== undefined && req.headers.authorization !== behaviour.token) {
      res.writeHead(401, { "content-type": "text/plain" }).end("missing or wrong credentials");
      return;
    }
    const url = new URL(req.url ?? "/", "http://localhost");
    if (behaviour.redirect !== undefined && url.pathname === "/store") {
      res
        .writeHead(behaviour.redirect.status, {
          location: behaviour.redirect.location.replace("{search}", url.search),
        })
        .end("moved");
      return;
    }
    const text = await body(req);
    const answersWithBody = url.pathname === "/query" || req.method === "GET";
    if (answersWithBody && (behaviour.stallBody === true || behaviour.resetBody === true)) {
      res.writeHead(200, { "content-type": "application/sparql-results+json", "content-length": "1000" });
      res.write('{"head":');
      if (behaviour.resetBody === true) setTimeout(() => res.socket?.destroy(), 20);
      else stalled.push(res);
      return;
    }
    if (url.pathname === "/query" && behaviour.countValue !== undefined) {
      res.writeHead(200, { "content-type": "application/sparql-results+json" }).end(
        JSON.stringify({
          head: { vars: ["n"] },
          results: { bindings: [{ n: { type: "literal", value: behaviour.countValue } }] },
        }),
      );
      return;
    }
    if (req.method !== "GET" && url.pathname !== "/query" && behaviour.errorAnswer !== undefined) {
      const { status, contentType, body: answer } = behaviour.errorAnswer;
      res
        .writeHead(status, { "content-type": contentType })
        .end(answer.replaceAll("{auth}", req.headers.authorization ?? "").replaceAll("{url}", req.url ?? ""));
      return;
    }
    try {
      if (url.pathname === "/query") {
        // SPARQL 1.1 Protocol: a form-encoded POST (query=…) or a direct POST of the query.
        const form = (req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded");
        const query = form ? (new URLSearchParams(text).get("query") ?? "") : text;
        const result = store.query(query, { results_format: "application/sparql-results+json" }) as string;
        res.writeHead(200, { "content-type": "application/sparql-results+json" }).end(result);
        return;
      }
      const graphParam = url.searchParams.get("graph");
      const graph = graphParam === null ? oxigraph.defaultGraph() : oxigraph.namedNode(graphParam);
      if (req.method === "GET") {
        const quads = store.match(null, null, null, graph);
        const nt = quads
          .map((q, i) =>
            behaviour.forgeReadBack === true
              ? `<urn:forged:${i}> <urn:forged:p> "${i}" .`
              : `${q.subject.toString()} ${q.predicate.toString()} ${q.object.toString()} .`,
          )
          .join("\n");
        res.writeHead(200, { "content-type": "application/n-triples" }).end(nt ? `${nt}\n` : "");
        return;
      }
      if (behaviour.reject !== undefined) {
        res.writeHead(400, { "content-type": "text/plain" }).end(behaviour.reject);
        return;
      }
      if (req.method === "PUT") for (const q of store.match(null, null, null, graph)) store.delete(q);
      const lines = text.split("\n").filter((l) => l.trim() !== "");
      const kept = behaviour.keepOnly === undefined ? lines : lines.slice(0, behaviour.keepOnly);
      if (kept.length > 0)
        store.load(kept.join("\n"), { format: "application/n-triples", to_graph_name: graph });
      res.writeHead(204).end();
    } catch (error) {
      res
        .writeHead(400, { "content-type": "text/plain" })
        .end(error instanceof Error ? error.message : String(error));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    store,
    endpoint: `http://127.0.0.1:${bound}/store`,
    queryEndpoint: `http://127.0.0.1:${bound}/query`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const r of stalled) r.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
