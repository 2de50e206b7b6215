// Every way a remote endpoint or a caller can go wrong, as a row: what the server does (or what the caller
// passes) → the one error a user sees (code and message) — never a stack trace, never a credential.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { DataFactory } from "n3";
import { afterAll, describe, expect, it } from "vitest";
import { NewsgraphError } from "../../src/errors.js";
import type { SparqlEndpointOptions } from "../../src/load/sparql-protocol.js";
import { type SparqlEndpoint, sparqlEndpoint } from "../../src/query/remote.js";

const SECRET = "s3cret-Pa55word";
const TOKEN = "Bearer tok-0123456789abcdef";
const ZHOVKVA = DataFactory.namedNode("https://w3id.org/newsgraph/id/person/ihor-zhovkva");
const ARTICLE = DataFactory.namedNode("https://w3id.org/newsgraph/id/article/zelensky-aide-neutrality");
const results = (vars: string[], bindings: unknown[] = []) =>
  JSON.stringify({ head: { vars }, results: { bindings } });
const POSTS_VARS = [
  "person",
  "name",
  "article",
  "post",
  "postName",
  "organisation",
  "organisationName",
  "attestedOn",
];

type Handler = (req: IncomingMessage, res: ServerResponse, origin: string) => void;

const open: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of open) await close();
});

/** A server on loopback answering every request with `handler`. */
async function serve(handler: Handler): Promise<string> {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => handler(req, res, origin));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  open.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return origin;
}

/** A port nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

interface Row {
  readonly name: string;
  /** What the server does; undefined: nothing listens. */
  readonly server?: Handler;
  /** The endpoint URL, from the test server's origin (default: its /query). */
  readonly path?: (origin: string) => string;
  readonly options?: SparqlEndpointOptions;
  readonly call?: (remote: SparqlEndpoint) => Promise<unknown>;
  readonly code: string;
  readonly message: RegExp;
}

const json = (body: string, status = 200) =>
  ((_req, res) => {
    res.writeHead(status, { "content-type": "application/sparql-results+json" }).end(body);
  }) as Handler;

const ROWS: Row[] = [
  {
    name: "a server that never answers",
    server: () => {},
    options: { timeoutMs: 300 },
    code: "io",
    message: /^http:\/\/127\.0\.0\.1:\d+\/query: postsHeldBy: no answer within 300 ms$/,
  },
  {
    name: "a server that stalls in the middle of its answer",
    server: (_req, res) => {
      res.writeHead(200, { "content-type": "application/sparql-results+json" });
      res.write('{"head":{"vars":[');
    },
    options: { timeoutMs: 300 },
    code: "io",
    message: /postsHeldBy: no answer within 300 ms$/,
  },
  {
    name: "a query slower than the time limit",
    server: (_req, res) => {
      setTimeout(() => json(results(POSTS_VARS))(_req, res, ""), 1_000);
    },
    options: { timeoutMs: 200 },
    code: "io",
    message: /postsHeldBy: no answer within 200 ms$/,
  },
  {
    name: "a connection refused",
    code: "io",
    message:
      /^http:\/\/127\.0\.0\.1:\d+\/query: postsHeldBy: network error: connect ECONNREFUSED 127\.0\.0\.1:\d+$/,
  },
  {
    name: "a 500 with a multi-line message: the status and its first line",
    server: (_req, res) => {
      res
        .writeHead(500, { "content-type": "text/plain" })
        .end("\n  Query evaluation failed: out of memory\n    at Engine.run (engine.rs:12)\n");
    },
    code: "io",
    message:
      /postsHeldBy was answered HTTP 500 Internal Server Error: Query evaluation failed: out of memory$/,
  },
  {
    name: "an HTML 404 page: its text, not its markup",
    server: (_req, res) => {
      res
        .writeHead(404, { "content-type": "text/html" })
        .end(
          "<!doctype html><html><head><title>x</title></head><body><h1>No such dataset</h1></body></html>",
        );
    },
    code: "io",
    message: /was answered HTTP 404 Not Found: No such dataset$/,
  },
  {
    name: "a 401 that echoes the credentials: they are scrubbed",
    server: (req, res) => {
      res
        .writeHead(401, { "content-type": "text/plain" })
        .end(`bad credentials: ${req.headers.authorization}`);
    },
    path: (origin) => `${origin.replace("//", `//alice:${SECRET}@`)}/query`,
    code: "io",
    message: /was answered HTTP 401 Unauthorized: bad credentials: Basic \*\*\*$/,
  },
  {
    name: "a 403 that echoes a token header: it is scrubbed",
    server: (req, res) => {
      res.writeHead(403, { "content-type": "text/plain" }).end(`token ${req.headers.authorization} refused`);
    },
    options: { headers: { authorization: TOKEN } },
    code: "io",
    message: /was answered HTTP 403 Forbidden: token \*\*\* refused$/,
  },
  {
    name: "an answer that is not JSON",
    server: (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" }).end("<html>login here</html>");
    },
    code: "io",
    message: /postsHeldBy: the answer is not JSON \(text\/html\): <html>login here<\/html>$/,
  },
  {
    name: "JSON that is not a results document",
    server: json(JSON.stringify({ boolean: true })),
    code: "io",
    message: /postsHeldBy: the answer is not a SPARQL JSON results document/,
  },
  {
    name: "variables that are not the twin's",
    server: json(results(["s", "p", "o"])),
    code: "io",
    message:
      /postsHeldBy: the answer's variables \(\?o \?p \?s\) are not the query's \(\?article \?attestedOn /,
  },
  {
    name: "a row binding a variable the query does not select",
    server: json(results(POSTS_VARS, [{ secret: { type: "uri", value: "urn:x" } }])),
    code: "io",
    message: /row 1 of the answer binds \?secret, which the query does not select$/,
  },
  {
    name: "a value that is not an RDF term",
    server: json(results(POSTS_VARS, [{ post: { type: "triple", value: 3 } }])),
    code: "io",
    message: /row 1 of the answer: \?post is not an RDF term$/,
  },
  {
    name: "a redirect to another origin: not followed, the target named without its secrets",
    server: (_req, res) => {
      res.writeHead(307, { location: `http://elsewhere.example/query?token=${SECRET}` }).end();
    },
    code: "io",
    message:
      /was redirected \(307\) to http:\/\/elsewhere\.example\/query\?token=\*\*\*, another origin: not followed$/,
  },
  {
    name: "a redirect without a Location",
    server: (_req, res) => {
      res.writeHead(302).end();
    },
    code: "io",
    message: /was redirected \(302\) without a usable Location$/,
  },
  {
    name: "endless redirects within the origin",
    server: (_req, res) => {
      res.writeHead(307, { location: "/query" }).end();
    },
    code: "io",
    message: /was redirected more than 5 times$/,
  },
  {
    name: "an endpoint that is not a URL",
    path: () => "localhost:7878/query",
    code: "invalid-input",
    message: /^endpoint: only http: and https: URLs are allowed, not localhost:$/,
  },
  {
    name: "an endpoint that is not http",
    path: () => "file:///etc/passwd",
    code: "invalid-input",
    message: /^endpoint: only http: and https: URLs are allowed, not file:$/,
  },
  {
    name: "no URL at all",
    path: () => "not a url",
    code: "invalid-input",
    message: /^endpoint: "not a url" is not a URL$/,
  },
  {
    name: "a timeout of zero",
    options: { timeoutMs: 0 },
    code: "invalid-input",
    message: /^timeoutMs: 0 is not a whole number from 1 to 600000$/,
  },
  {
    name: "an unknown way to send the query",
    options: { via: "pigeon" as never },
    code: "invalid-input",
    message: /^via: pigeon is not direct-post, urlencoded-post or get$/,
  },
  {
    name: "a header name with a space",
    options: { headers: { "x api key": "k" } },
    code: "invalid-input",
    message: /^headers: x api key is not a header with a text value$/,
  },
  {
    name: "a string where a helper takes an entity",
    call: (r) => r.postsHeldBy("person:ihor-zhovkva" as never),
    code: "invalid-input",
    message: /^postsHeldBy <person>: needs a NamedNode with an absolute IRI$/,
  },
  {
    name: "a day that is not a date",
    call: (r) => r.statementsOn("2022-02-30"),
    code: "invalid-date",
    message: /^statementsOn <day>: 2022-02-30 is not a day of the calendar$/,
  },
  {
    name: "an unknown kind of entity",
    call: (r) => r.entitiesOfKind("cats" as never),
    code: "invalid-input",
    message: /^entitiesOfKind <kind>: "cats" is not one of people, /,
  },
  {
    name: "an argument to a helper that takes none",
    call: (r) => r.run("proposals", ZHOVKVA),
    code: "invalid-input",
    message: /^proposals: takes no argument$/,
  },
  {
    name: "three arguments to a helper that takes an argument and a scope",
    call: (r) => (r.postsHeldBy as (...a: unknown[]) => Promise<unknown>)(ZHOVKVA, {}, {}),
    code: "invalid-input",
    message: /^postsHeldBy: takes at most 2 arguments \(got 3\)$/,
  },
  {
    name: "two arguments to a helper that takes only a scope",
    call: (r) => (r.proposals as (...a: unknown[]) => Promise<unknown>)({}, {}),
    code: "invalid-input",
    message: /^proposals: takes at most one argument \(got 2\)$/,
  },
  {
    name: "two arguments to a helper that takes one and no scope",
    call: (r) => (r.attributionChain as (...a: unknown[]) => Promise<unknown>)(ZHOVKVA, { article: ARTICLE }),
    code: "invalid-input",
    message: /^attributionChain: takes at most one argument \(got 2\)$/,
  },
  {
    name: "a scope that is not an object",
    call: (r) => r.postsHeldBy(ZHOVKVA, "zelensky-aide-neutrality" as never),
    code: "invalid-input",
    message: /^postsHeldBy options: must be an object such as \{ article \}$/,
  },
  {
    name: "a misspelt scope option",
    call: (r) => r.verbatimQuotes({ articel: ARTICLE } as never),
    code: "invalid-input",
    message: /^verbatimQuotes options: has no option "articel" \(only article\)$/,
  },
  {
    name: "a scope naming its article by slug, not by IRI",
    call: (r) => r.verbatimQuotes({ article: "zelensky-aide-neutrality" as never }),
    code: "invalid-input",
    message: /^verbatimQuotes \{ article \}: needs a NamedNode with an absolute IRI$/,
  },
  {
    name: "a scope for a helper whose rows do not come from one article",
    call: (r) => r.run("findEntities", "Zhovkva", { article: ARTICLE }),
    code: "invalid-input",
    message: /^findEntities \{ article \}: takes no article scope: its rows do not come from one article$/,
  },
  {
    name: "a second article that is not a NamedNode",
    call: (r) => r.compareArticles(ARTICLE, "coverage-radio-fixture" as never),
    code: "invalid-input",
    message: /^compareArticles <b>: needs a NamedNode with an absolute IRI$/,
  },
  {
    name: "a second argument to a helper that takes none",
    call: (r) => r.run("postsHeldBy", ZHOVKVA, { second: ARTICLE }),
    code: "invalid-input",
    message: /^postsHeldBy: takes no second argument$/,
  },
  {
    name: "a helper that does not exist",
    call: (r) => r.run("toString" as never),
    code: "invalid-input",
    message: /^toString: is not a helper$/,
  },
];

describe("a remote endpoint's failures, each one clear error", () => {
  it.each(ROWS)("$name", async (row) => {
    const origin =
      row.server === undefined ? `http://127.0.0.1:${await closedPort()}` : await serve(row.server);
    const url = row.path === undefined ? `${origin}/query` : row.path(origin);
    let error: unknown;
    try {
      const remote = sparqlEndpoint(url, row.options ?? {});
      await (row.call ?? ((r) => r.postsHeldBy(ZHOVKVA)))(remote);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NewsgraphError);
    const e = error as NewsgraphError;
    expect(e.code).toBe(row.code);
    expect(e.message).toMatch(row.message);
    expect(e.message).not.toContain(SECRET);
    expect(e.message).not.toContain("tok-0123456789abcdef");
    expect(e.message).not.toContain("\n");
  });

  it("follows a redirect within the origin, with the same request and credentials", async () => {
    const seen: string[] = [];
    const origin = await serve((req, res) => {
      seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? ""}`);
      if (req.url === "/old") res.writeHead(308, { location: "/query" }).end();
      else json(results(POSTS_VARS))(req, res, "");
    });
    const remote = sparqlEndpoint(`${origin}/old`, { headers: { authorization: TOKEN } });
    expect(await remote.postsHeldBy(ZHOVKVA)).toEqual([]);
    expect(seen).toEqual([`POST /old ${TOKEN}`, `POST /query ${TOKEN}`]);
  });

  it("sends user and password as Basic auth, and shows the endpoint without them", async () => {
    const seen: string[] = [];
    const origin = await serve((req, res) => {
      seen.push(req.headers.authorization ?? "");
      json(results(POSTS_VARS))(req, res, "");
    });
    const remote = sparqlEndpoint(`${origin}/query`, { user: "alice", password: SECRET });
    await remote.postsHeldBy(ZHOVKVA);
    expect(seen).toEqual([`Basic ${Buffer.from(`alice:${SECRET}`).toString("base64")}`]);
    expect(sparqlEndpoint(origin.replace("//", `//alice:${SECRET}@`)).endpoint).toBe(`${origin}/`);
  });
});
