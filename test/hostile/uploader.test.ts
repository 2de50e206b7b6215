import { afterEach, describe, expect, it } from "vitest";
import { NewsgraphError } from "../../src/errors.js";
import { backoffDelay, type GraphStoreOptions, type GraphUpload, uploadGraphs } from "../../src/load/gsp.js";
import { parseRdf } from "../../src/store/store.js";
import { run } from "../cli/run.js";
import { type Behaviour, startServer, type TestServer } from "../load/gsp-server.js";

// An uploader that cannot be misled: one row per hostile input or misbehaving server, each with its exact
// outcome, and the secrets that must appear in no message and no log line.

const servers: TestServer[] = [];
const serve = async (behaviour: Behaviour = {}) => {
  const s = await startServer(behaviour);
  servers.push(s);
  return s;
};
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

const small: GraphUpload[] = [
  {
    graph: "urn:g",
    quads: parseRdf('<urn:a> <urn:b> <urn:c> .\n<urn:a> <urn:b> "x" .\n', "ntriples", "small.nt"),
  },
];
/** Where the small graph goes on a server. */
const put = (s: TestServer) => `${s.endpoint}?graph=urn%3Ag`;
const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
const withUser = (url: string, userinfo: string) => url.replace("http://", `http://${userinfo}@`);
/** `printable` by hand: the first 200 characters, control characters as \uXXXX, then "…". */
const control = (c: string) =>
  c.charCodeAt(0) <= 0x1f || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f);
const escaped200 = (s: string) =>
  `${[...s.slice(0, 200)].map((c) => (control(c) ? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}` : c)).join("")}…`;
const NASTY = `\u001b]0;pwned\u0007\u001b[2J\u009b31mred${"A".repeat(100_000)}`;
const unreachable = "http://127.0.0.1:9/store";

interface Row {
  readonly name: string;
  /** The misbehaving server, given a second server on another origin (`other`). */
  readonly server?: (other: TestServer) => Behaviour;
  readonly setup?: (server: TestServer) => void;
  readonly graphs?: readonly GraphUpload[];
  readonly options: (server: TestServer, other: TestServer) => GraphStoreOptions;
  /** The exact NewsgraphError message, or the number of graphs uploaded. */
  readonly outcome: (server: TestServer, other: TestServer) => string | RegExp | { uploaded: number };
  /** Never to be seen in the message or a log line. */
  readonly secrets?: readonly string[];
  readonly check?: (server: TestServer, other: TestServer) => void;
}

const fast = { retries: 1, backoffMs: 10, timeoutMs: 2_000 };

const ROWS: Row[] = [
  // Redirects
  {
    name: "a redirect to another origin is an error naming the redacted Location; nothing goes there",
    server: (other) => ({
      redirect: {
        status: 307,
        location: `${withUser(other.endpoint, "evil:hunter22")}?access_token=tok-5ecret&graph=urn%3Ag`,
      },
    }),
    options: (s) => ({ endpoint: s.endpoint, ...fast }),
    outcome: (s, o) =>
      `${put(s)}: PUT <urn:g> was redirected (307) to ${o.endpoint}?access_token=***&graph=urn%3Ag, another origin: not followed`,
    secrets: ["hunter22", "tok-5ecret"],
    check: (s, o) => {
      expect(o.requests).toEqual([]);
      expect(s.requests).toEqual(["PUT /store?graph=urn%3Ag"]);
    },
  },
  {
    name: "a redirect within the origin is followed, re-sending the body and the credentials of the URL",
    server: () => ({
      token: basic("user", "pa55word"),
      redirect: { status: 308, location: "/moved{search}" },
    }),
    options: (s) => ({ endpoint: withUser(s.endpoint, "user:pa55word"), ...fast }),
    outcome: () => ({ uploaded: 1 }),
    secrets: ["pa55word"],
    check: (s) => {
      expect(s.requests).toContain("PUT /moved?graph=urn%3Ag");
      expect(s.store.size).toBe(2);
    },
  },
  // Stalls and broken connections: one timeout over the request and reading its answer
  {
    name: "headers then a stalled body (a count) times out instead of hanging",
    server: () => ({ stallBody: true }),
    options: (s) => ({ endpoint: s.endpoint, queryEndpoint: s.queryEndpoint, ...fast, timeoutMs: 300 }),
    outcome: (s) => `${s.queryEndpoint}: counting <urn:g> failed after 2 attempt(s): no answer within 300 ms`,
  },
  {
    name: "headers then a stalled body (a read-back) times out instead of hanging",
    server: () => ({ stallBody: true }),
    options: (s) => ({ endpoint: s.endpoint, ...fast, timeoutMs: 300 }),
    outcome: (s) => `${put(s)}: reading <urn:g> back failed after 2 attempt(s): no answer within 300 ms`,
  },
  {
    name: "a connection closed mid-body is a network error, retried, then reported",
    server: () => ({ resetBody: true }),
    options: (s) => ({ endpoint: s.endpoint, queryEndpoint: s.queryEndpoint, ...fast }),
    outcome: (s) =>
      new RegExp(
        `^${s.queryEndpoint.replace(/[.?]/g, "\\$&")}: counting <urn:g> failed after 2 attempt\\(s\\): network error: \\S`,
      ),
  },
  // Lying servers: exact verification
  {
    name: "POST into a graph that holds other triples, to a lossy store: exact count after - before",
    server: () => ({ keepOnly: 1 }),
    setup: (s) =>
      s.store.load(
        '<urn:o> <urn:p> "1" .\n<urn:o> <urn:p> "2" .\n<urn:o> <urn:p> "3" .\n<urn:o> <urn:p> "4" .\n',
        {
          format: "application/n-triples",
          to_graph_name: oxNamed("urn:g"),
        },
      ),
    options: (s) => ({ endpoint: s.endpoint, queryEndpoint: s.queryEndpoint, method: "POST", ...fast }),
    outcome: (s) =>
      `${put(s)}: sent 2 triples, 2 of them new, to a graph of 4: expected 6 afterwards but the store holds 5`,
  },
  {
    name: "POST to a server whose counts lie (always 1000000) is caught before anything is sent",
    server: () => ({ countValue: "1000000" }),
    options: (s) => ({ endpoint: s.endpoint, queryEndpoint: s.queryEndpoint, method: "POST", ...fast }),
    outcome: (s) =>
      `${s.queryEndpoint}: the store says 1000000 of 2 distinct triples looked up are in <urn:g>: its answers cannot be trusted`,
    check: (s) => expect(s.requests.some((r) => r.startsWith("POST /store"))).toBe(false),
  },
  {
    name: "a read-back with the right number of forged triples",
    server: () => ({ forgeReadBack: true }),
    options: (s) => ({ endpoint: s.endpoint, ...fast }),
    outcome: (s) => `${put(s)}: sent 2 triples but 2 of them are not in the graph`,
  },
  // What servers say, shown safely
  {
    name: "a huge 4xx body with terminal escape sequences is cut to 200 characters and escaped",
    server: () => ({ errorAnswer: { status: 400, contentType: "text/plain", body: NASTY } }),
    options: (s) => ({ endpoint: s.endpoint, ...fast }),
    outcome: (s) => `${put(s)}: PUT <urn:g> was refused: 400 Bad Request: ${escaped200(NASTY)}`,
  },
  {
    name: "a huge 5xx body with terminal escape sequences is cut to 200 characters and escaped",
    server: () => ({ errorAnswer: { status: 503, contentType: "text/plain", body: NASTY } }),
    options: (s) => ({ endpoint: s.endpoint, ...fast, retries: 0 }),
    outcome: (s) =>
      `${put(s)}: PUT <urn:g> failed after 1 attempt(s): 503 Service Unavailable: ${escaped200(NASTY)}`,
  },
  {
    name: "a 4xx with an HTML body is shown as its text",
    server: () => ({
      errorAnswer: {
        status: 404,
        contentType: "text/html; charset=utf-8",
        body: "<!DOCTYPE html><html><head><title>404 Not Found</title><style>h1{color:red}</style></head>\n<body><h1>Not Found</h1><p>No &quot;store&quot; here.</p></body></html>",
      },
    }),
    options: (s) => ({ endpoint: s.endpoint, ...fast }),
    outcome: (s) =>
      `${put(s)}: PUT <urn:g> was refused: 404 Not Found: 404 Not Found Not Found No "store" here.`,
  },
  {
    name: "a server that echoes the Authorization header back does not get it printed",
    server: () => ({
      errorAnswer: { status: 401, contentType: "text/plain", body: "bad credentials: {auth}" },
    }),
    options: (s) => ({ endpoint: s.endpoint, authorization: "Bearer tok-5ecret-value", ...fast }),
    outcome: (s) => `${put(s)}: PUT <urn:g> was refused: 401 Unauthorized: bad credentials: ***`,
    secrets: ["tok-5ecret-value"],
  },
  {
    name: "a server that echoes the request URL does not get its tokens printed",
    server: () => ({
      errorAnswer: { status: 403, contentType: "text/plain", body: "denied url={url}" },
    }),
    options: (s) => ({
      endpoint: `${s.endpoint}?sig=SIG7777&api_key=KEY9999&X-Amz-Signature=AMZ5555&x=1`,
      ...fast,
    }),
    outcome: (s) =>
      `${s.endpoint}?sig=***&api_key=***&X-Amz-Signature=***&x=1&graph=urn%3Ag: PUT <urn:g> was refused: 403 Forbidden: denied url=/store?sig=***&api_key=***&X-Amz-Signature=***&x=1&graph=urn%3Ag`,
    secrets: ["SIG7777", "KEY9999", "AMZ5555"],
  },
  // Credentials in URLs
  {
    name: "a user:password in the endpoint becomes Basic auth and is never shown",
    server: () => ({ token: basic("user", "pa55word") }),
    options: (s) => ({
      endpoint: withUser(s.endpoint, "user:pa55word"),
      queryEndpoint: withUser(s.queryEndpoint, "user:pa55word"),
      ...fast,
    }),
    outcome: () => ({ uploaded: 1 }),
    secrets: ["pa55word"],
  },
  {
    name: "a user:password in the endpoint is not shown when the server keeps failing",
    server: () => ({ failFirst: 100 }),
    options: (s) => ({ endpoint: withUser(s.endpoint, "user:pa55word"), ...fast }),
    outcome: (s) =>
      `${put(s)}: PUT <urn:g> failed after 2 attempt(s): 503 Service Unavailable: busy, try later`,
    secrets: ["pa55word"],
  },
  {
    name: "an explicit authorization wins over a user:password in the URL",
    server: () => ({ token: "Bearer right-token" }),
    options: (s) => ({
      endpoint: withUser(s.endpoint, "user:wrong-pass"),
      authorization: "Bearer right-token",
      ...fast,
    }),
    outcome: () => ({ uploaded: 1 }),
    secrets: ["wrong-pass", "right-token"],
  },
  {
    name: "sensitive query parameters of the endpoint are redacted",
    server: () => ({ failFirst: 100 }),
    options: (s) => ({ endpoint: `${s.endpoint}?token=tok-5ecret&x=1`, ...fast, retries: 0 }),
    outcome: (s) =>
      `${s.endpoint}?token=***&x=1&graph=urn%3Ag: PUT <urn:g> failed after 1 attempt(s): 503 Service Unavailable: busy, try later`,
    secrets: ["tok-5ecret"],
  },
  // Endpoints that are not http(s)
  ...[
    ["endpoint", "file:///etc/passwd", "file:"],
    ["endpoint", "ftp://127.0.0.1/store", "ftp:"],
    ["endpoint", "data:text/plain,hello", "data:"],
    ["queryEndpoint", "javascript:alert(1)", "javascript:"],
  ].map(
    ([field, url, scheme]): Row => ({
      name: `${field} ${url} is refused at once`,
      options: () => ({
        endpoint: field === "endpoint" ? (url as string) : unreachable,
        ...(field === "queryEndpoint" ? { queryEndpoint: url as string } : {}),
        ...fast,
        retries: 0,
      }),
      outcome: () => `${field}: only http: and https: URLs are allowed, not ${scheme}`,
    }),
  ),
  // Graph names
  {
    name: "a graph name with a terminal escape is refused, and shown escaped",
    graphs: [{ graph: "urn:x\u001b[31mred\u007f", quads: [] }],
    options: () => ({ endpoint: unreachable, ...fast, retries: 0 }),
    outcome: () => 'graph: "urn:x\\u001b[31mred\\u007f" is not an absolute IRI (or "default")',
  },
  // Bounded options
  ...(
    [
      ["timeoutMs", 3_000_000_000, "3000000000 is not a whole number from 1 to 600000"],
      ["timeoutMs", 0, "0 is not a whole number from 1 to 600000"],
      ["retries", 11, "11 is not a whole number from 0 to 10"],
      ["retries", -1, "-1 is not a whole number from 0 to 10"],
      ["retries", 1.5, "1.5 is not a whole number from 0 to 10"],
      ["backoffMs", 1_000_000_000, "1000000000 is not a whole number from 0 to 30000"],
    ] as const
  ).map(
    ([option, value, problem]): Row => ({
      name: `${option}: ${value} is refused`,
      options: () => ({ endpoint: unreachable, backoffMs: 1, timeoutMs: 500, [option]: value }),
      outcome: () => `${option}: ${problem}`,
    }),
  ),
];

import oxigraph from "oxigraph";

function oxNamed(iri: string) {
  return oxigraph.namedNode(iri);
}

describe("uploadGraphs against hostile input and servers", () => {
  it.each(ROWS.map((r) => [r.name, r] as const))("%s", { timeout: 10_000 }, async (_, row) => {
    const other = await serve();
    const server = await serve(row.server?.(other) ?? {});
    row.setup?.(server);
    const notes: string[] = [];
    const options = { ...row.options(server, other), log: (l: string) => notes.push(l) };
    const outcome = await uploadGraphs(row.graphs ?? small, options).catch((e: unknown) => e);
    const expected = row.outcome(server, other);
    if (typeof expected === "object" && !(expected instanceof RegExp)) {
      expect(outcome).toHaveLength(expected.uploaded);
    } else {
      expect(outcome).toBeInstanceOf(NewsgraphError);
      if (expected instanceof RegExp) expect((outcome as Error).message).toMatch(expected);
      else expect((outcome as Error).message).toBe(expected);
    }
    const shown = [...notes, outcome instanceof Error ? outcome.message : JSON.stringify(outcome)].join("\n");
    for (const secret of row.secrets ?? []) expect(shown).not.toContain(secret);
    expect([...shown].filter((c) => c !== "\n" && control(c))).toEqual([]);
    row.check?.(server, other);
  });

  it("caps each backoff wait at 30 s", () => {
    expect([1, 2, 3, 7, 8, 10].map((n) => backoffDelay(n, 500))).toEqual([
      500, 1000, 2000, 30_000, 30_000, 30_000,
    ]);
    expect(backoffDelay(10, 30_000)).toBe(30_000);
  });
});

describe("POST verification is exact without refusing honest servers", () => {
  it("counts triples already in the graph as not new", async () => {
    const server = await serve();
    server.store.load('<urn:a> <urn:b> "x" .\n<urn:o> <urn:p> <urn:q> .\n', {
      format: "application/n-triples",
      to_graph_name: oxNamed("urn:g"),
    });
    for (const queryEndpoint of [server.queryEndpoint, undefined]) {
      const [r] = await uploadGraphs(small, {
        endpoint: server.endpoint,
        method: "POST",
        ...(queryEndpoint ? { queryEndpoint } : {}),
        ...fast,
      });
      expect(r?.stored).toBe(3);
    }
  });
});

interface CliRow {
  readonly name: string;
  readonly server?: Behaviour;
  readonly argv: (server: TestServer, other: TestServer) => string[];
  readonly code: 0 | 1 | 2;
  /** The first line on standard error, or (code 0) the last line on standard output. */
  readonly line: (server: TestServer, other: TestServer) => string | RegExp;
  readonly secrets?: readonly string[];
}

const ONTOLOGY = "https://w3id.org/newsgraph/graph/ontology";
const ontologyAt = (endpoint: string) => `${endpoint}?graph=${encodeURIComponent(ONTOLOGY)}`;

const CLI_ROWS: CliRow[] = [
  {
    name: "--timeout beyond setTimeout's range",
    argv: () => ["load", "--endpoint", unreachable, "--timeout", "3000000000"],
    code: 2,
    line: () =>
      `newsgraph: option '--timeout <ms>' argument '3000000000' is invalid. "3000000000" is not between 1 and 600000.`,
  },
  {
    name: "--timeout 0",
    argv: () => ["load", "--endpoint", unreachable, "--timeout", "0"],
    code: 2,
    line: () =>
      `newsgraph: option '--timeout <ms>' argument '0' is invalid. "0" is not between 1 and 600000.`,
  },
  {
    name: "--retries 11",
    argv: () => ["load", "--endpoint", unreachable, "--retries", "11"],
    code: 2,
    line: () => `newsgraph: option '--retries <n>' argument '11' is invalid. "11" is not between 0 and 10.`,
  },
  {
    name: "a file: endpoint",
    argv: () => ["load", "--endpoint", "file:///etc/passwd"],
    code: 1,
    line: () => "newsgraph: endpoint: only http: and https: URLs are allowed, not file:",
  },
  {
    name: "a password in an unreachable endpoint",
    argv: () => [
      "load",
      "--endpoint",
      withUser(unreachable, "user:s3cr3t-pw"),
      "--retries",
      "0",
      "--timeout",
      "500",
    ],
    code: 1,
    line: () =>
      new RegExp(
        `^newsgraph: ${ontologyAt(unreachable).replace(/[.?]/g, "\\$&")}: PUT <${ONTOLOGY}> failed after 1 attempt\\(s\\): network error: \\S.*$`,
      ),
    secrets: ["s3cr3t-pw"],
  },
  {
    name: "a password and an api_key in the endpoints, uploaded and redacted in the success line",
    server: { token: basic("user", "s3cr3t-pw") },
    argv: (s) => [
      "load",
      "--endpoint",
      `${withUser(s.endpoint, "user:s3cr3t-pw")}?api_key=k3y-s3cr3t`,
      "--query",
      withUser(s.queryEndpoint, "user:s3cr3t-pw"),
    ],
    code: 0,
    line: (s) =>
      new RegExp(
        `^uploaded \\d+ triples in 3 graph\\(s\\) to ${s.endpoint.replace(/[.]/g, "\\.")}\\?api_key=\\*\\*\\*$`,
      ),
    secrets: ["s3cr3t-pw", "k3y-s3cr3t"],
  },
  {
    name: "--auth echoed back by the server",
    server: { errorAnswer: { status: 401, contentType: "text/plain", body: "denied for {auth}" } },
    argv: (s) => ["load", "--endpoint", s.endpoint, "--auth", "Bearer cli-t0ken-s3cret"],
    code: 1,
    line: (s) =>
      `newsgraph: ${ontologyAt(s.endpoint)}: PUT <${ONTOLOGY}> was refused: 401 Unauthorized: denied for ***`,
    secrets: ["cli-t0ken-s3cret"],
  },
  {
    name: "a redirect to another origin",
    server: { redirect: { status: 302, location: "http://127.0.0.1:1/elsewhere?password=hunter22" } },
    argv: (s) => ["load", "--endpoint", s.endpoint],
    code: 1,
    line: (s) =>
      `newsgraph: ${ontologyAt(s.endpoint)}: PUT <${ONTOLOGY}> was redirected (302) to http://127.0.0.1:1/elsewhere?password=***, another origin: not followed`,
    secrets: ["hunter22"],
  },
];

describe("newsgraph load against hostile input and servers", () => {
  it.each(CLI_ROWS.map((r) => [r.name, r] as const))("%s", { timeout: 10_000 }, async (_, row) => {
    const other = await serve();
    const server = await serve(row.server ?? {});
    const { code, out, err } = await run(row.argv(server, other));
    expect(code).toBe(row.code);
    const line = row.line(server, other);
    const seen = row.code === 0 ? out.at(-1) : err[0];
    if (line instanceof RegExp) expect(seen).toMatch(line);
    else expect(seen).toBe(line);
    if (row.code === 1) expect(err).toHaveLength(1);
    const shown = [...out, ...err].join("\n");
    for (const secret of row.secrets ?? []) expect(shown).not.toContain(secret);
  });
});
