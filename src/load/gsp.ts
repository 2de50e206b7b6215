import type { Quad, Term } from "@rdfjs/types";
import { DataFactory, Parser } from "n3";
import { isAbsoluteIri } from "../builders/validate.js";
import { NewsgraphError } from "../errors.js";
import { toNTriples } from "../export/ntriples.js";

/** One graph to upload: its IRI (or "default") and its triples (their graph term is ignored). */
export interface GraphUpload {
  readonly graph: string;
  readonly quads: readonly Quad[];
}

/** How to reach a SPARQL 1.1 Graph Store Protocol endpoint and how hard to try. */
export interface GraphStoreOptions {
  /**
   * The Graph Store Protocol endpoint (e.g. Oxigraph server's /store, Fuseki's /ds/data): an http: or
   * https: URL. A user and password in it (`http://user:secret@host/store`) are sent as an
   * `Authorization: Basic …` header (unless `authorization` is given, which wins) and never shown.
   */
  readonly endpoint: string;
  /** A SPARQL query endpoint (http: or https:) for the counts that verify the upload; without one the graph is read back. */
  readonly queryEndpoint?: string;
  /** PUT replaces each graph (default); POST adds to it. */
  readonly method?: "PUT" | "POST";
  /** Sent as the Authorization header ("Bearer …", "Basic …") to both endpoints; never shown. */
  readonly authorization?: string;
  /** Timeout in milliseconds for each attempt: the request, its redirects and reading the answer (1..600000, default 30 s). */
  readonly timeoutMs?: number;
  /** Retries after a 5xx answer, a timeout or a network error (0..10, default 3). */
  readonly retries?: number;
  /** First backoff in milliseconds, doubled at each retry, each wait capped at 30 s (0..30000, default 500). */
  readonly backoffMs?: number;
  /** The fetch to use (tests pass their own; Node's global fetch otherwise). */
  readonly fetch?: typeof fetch;
  /** Progress and retry notes. */
  readonly log?: (line: string) => void;
}

/** What one graph's upload did. */
export interface UploadResult {
  readonly graph: string;
  /** The distinct triples sent. */
  readonly triples: number;
  /** The triples in the graph afterwards. */
  readonly stored: number;
  readonly attempts: number;
}

/** The bounds of the numeric options, inclusive. */
export const OPTION_LIMITS = {
  timeoutMs: [1, 600_000],
  retries: [0, 10],
  backoffMs: [0, 30_000],
} as const;

/** The longest single wait between two attempts. */
export const MAX_BACKOFF_MS = 30_000;
/** Same-origin redirects followed per attempt. */
const MAX_REDIRECTS = 5;
/** Characters of a server's message shown to the user. */
const SHOWN_CHARS = 200;
/** Bytes of an error answer read at most. */
const ERROR_BODY_BYTES = 64 * 1024;
/** Triples per VALUES block when asking which of the sent triples are already there. */
const VALUES_BATCH = 200;

/** Query parameters whose values are never shown (compared case-insensitively). */
export const SENSITIVE_PARAMETERS: ReadonlySet<string> = new Set([
  "token",
  "access_token",
  "refresh_token",
  "id_token",
  "auth",
  "authorization",
  "key",
  "api_key",
  "apikey",
  "password",
  "passwd",
  "pwd",
  "secret",
  "client_secret",
  "sig",
  "signature",
  "x-amz-signature",
  "x-amz-credential",
  "x-amz-security-token",
  "x-goog-signature",
  "x-goog-credential",
  "awsaccesskeyid",
  "session",
  "sessionid",
]);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const hex4 = (c: number) => `\\u${c.toString(16).padStart(4, "0")}`;

/** Control (C0, DEL, C1), line/paragraph separator and bidirectional formatting characters. */
function unsafe(c: number): boolean {
  return (
    c <= 0x1f ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0x2028 ||
    c === 0x2029 ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069)
  );
}

/**
 * Text from elsewhere (a server's answer, a header, a user's value) made safe to print on one line:
 * runs of blanks become one space, at most `max` characters are kept (then "…"), and control characters
 * (C0, DEL, C1, line separators, bidirectional overrides) become `\uXXXX` escapes, so no terminal escape
 * sequence gets through.
 */
export function printable(text: string, max = SHOWN_CHARS): string {
  const chars = [...text.replace(/[ \t\n\r]+/g, " ").trim()];
  const kept = chars.length > max ? chars.slice(0, max) : chars;
  const shown = kept
    .map((ch) => (unsafe(ch.codePointAt(0) ?? 0) ? hex4(ch.codePointAt(0) ?? 0) : ch))
    .join("");
  return chars.length > max ? `${shown}…` : shown;
}

/**
 * A URL as it may be shown: no user or password, and the values of sensitive query parameters
 * (`token`, `key`, `password`, `access_token`… see SENSITIVE_PARAMETERS) replaced by `***`.
 */
export function redactUrl(raw: string | URL): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return printable(String(raw).replace(/\/\/[^/?#]*@/g, "//***@"), 2_000);
  }
  url.username = "";
  url.password = "";
  if (url.search !== "") {
    url.search = url.search
      .slice(1)
      .split("&")
      .map((part) => {
        const name = part.split("=", 1)[0] ?? "";
        let key = name;
        try {
          key = decodeURIComponent(name.replace(/\+/g, " "));
        } catch {}
        return SENSITIVE_PARAMETERS.has(key.toLowerCase()) ? `${name}=***` : part;
      })
      .join("&");
  }
  return printable(url.href, 2_000);
}

/** The wait before retry `retry` (1, 2…): `first` doubled at each retry, never more than 30 s. */
export function backoffDelay(retry: number, first: number): number {
  return Math.min(MAX_BACKOFF_MS, first * 2 ** Math.min(retry - 1, 30));
}

/** An endpoint to send to: its URL without user and password, and the Authorization to send there. */
interface Endpoint {
  readonly url: URL;
  readonly authorization: string | undefined;
}

function decodeUserinfo(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function endpointOf(
  raw: string,
  field: string,
  authorization: string | undefined,
  secrets: string[],
): Endpoint {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new NewsgraphError("invalid-input", field, `"${redactUrl(raw)}" is not a URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new NewsgraphError(
      "invalid-input",
      field,
      `only http: and https: URLs are allowed, not ${printable(url.protocol, 20)}`,
    );
  let auth = authorization;
  if (url.username !== "" || url.password !== "") {
    const user = decodeUserinfo(url.username);
    const password = decodeUserinfo(url.password);
    secrets.push(password, url.password);
    const basic = Buffer.from(`${user}:${password}`, "utf8").toString("base64");
    secrets.push(basic);
    auth ??= `Basic ${basic}`;
    url.username = "";
    url.password = "";
  }
  // Token-like query parameters are secrets too: a server may echo the request URL in its answer.
  for (const [key, value] of url.searchParams)
    if (SENSITIVE_PARAMETERS.has(key.toLowerCase()) && value !== "")
      secrets.push(value, encodeURIComponent(value));
  url.hash = "";
  return { url, authorization: auth };
}

function graphUrl(endpoint: URL, graph: string): URL {
  const url = new URL(endpoint);
  if (graph === "default") url.searchParams.set("default", "");
  else url.searchParams.set("graph", graph);
  return new URL(url.href.replace(/default=(&|$)/, "default$1"));
}

class Retryable extends Error {}

/** Everything a request needs besides what it sends. */
interface Context {
  readonly fetch: typeof fetch;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly backoffMs: number;
  readonly log: (line: string) => void;
  /** Strings never to show (passwords, Authorization values); each at least 4 characters long. */
  readonly secrets: readonly string[];
}

/** Text with every known secret replaced by `***`. */
function scrub(ctx: Context, text: string): string {
  let out = text;
  for (const s of ctx.secrets) out = out.split(s).join("***");
  return out;
}

function fail(ctx: Context, where: URL | string, problem: string): NewsgraphError {
  return new NewsgraphError("io", scrub(ctx, redactUrl(where)), scrub(ctx, problem));
}

/**
 * At most `limit` bytes of an answer's body, then the rest is dropped (also what the SPARQL client reads of an
 * error answer). @internal — shared by the loaders, not part of the package entry.
 */
export async function readSome(response: Response, limit: number): Promise<string> {
  const reader = response.body?.getReader();
  if (reader === undefined) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < limit) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  await reader.cancel().catch(() => {});
  return Buffer.concat(chunks).subarray(0, limit).toString("utf8");
}

/** A server's error message as it may be shown: HTML reduced to its text, secrets scrubbed, printable. */
async function serverMessage(ctx: Context, response: Response): Promise<string> {
  let text = await readSome(response, ERROR_BODY_BYTES);
  if (/html/i.test(response.headers.get("content-type") ?? "") || /^\s*<(!doctype|html)/i.test(text))
    text = text
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, " ")
      .replace(/<[^>]*>/g, " ")
      .replace(/&nbsp;/g, " ")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
  const shown = printable(scrub(ctx, text));
  return `${response.status} ${printable(scrub(ctx, response.statusText), 60)}${shown ? `: ${shown}` : ""}`;
}

interface Call {
  readonly to: Endpoint;
  readonly url: URL;
  readonly method: "GET" | "PUT" | "POST";
  readonly headers: Record<string, string>;
  readonly body?: string;
  /** What the request does, for messages ("PUT <g>"). */
  readonly what: string;
}

/**
 * One request with retries. Each attempt — the request, any same-origin redirects and `read`ing the
 * answer — runs under one timeout. A redirect to another origin is an error, never followed.
 */
async function request<T>(
  ctx: Context,
  call: Call,
  read: (response: Response, url: URL) => Promise<T>,
): Promise<{ value: T; attempts: number }> {
  let lastProblem = "";
  for (let attempt = 1; attempt <= ctx.retries + 1; attempt++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), ctx.timeoutMs);
    try {
      let url = call.url;
      for (let hop = 0; ; hop++) {
        const headers = { ...call.headers };
        if (call.to.authorization !== undefined) headers.authorization = call.to.authorization;
        const response = await ctx.fetch(url.href, {
          method: call.method,
          headers,
          ...(call.body === undefined ? {} : { body: call.body }),
          redirect: "manual",
          signal: controller.signal,
        });
        if (response.status >= 300 && response.status < 400) {
          await response.body?.cancel().catch(() => {});
          const location = response.headers.get("location");
          let next: URL | undefined;
          try {
            next = location === null ? undefined : new URL(location, url);
          } catch {}
          if (next === undefined)
            throw fail(
              ctx,
              url,
              `${call.what} was redirected (${response.status}) without a usable Location`,
            );
          if (next.origin !== url.origin)
            throw fail(
              ctx,
              url,
              `${call.what} was redirected (${response.status}) to ${redactUrl(next)}, another origin: not followed`,
            );
          if (hop >= MAX_REDIRECTS)
            throw fail(ctx, url, `${call.what} was redirected more than ${MAX_REDIRECTS} times`);
          next.username = "";
          next.password = "";
          next.hash = "";
          url = next;
          continue;
        }
        if (response.status >= 500) {
          lastProblem = await serverMessage(ctx, response);
          throw new Retryable(lastProblem);
        }
        if (response.status >= 400)
          throw fail(ctx, url, `${call.what} was refused: ${await serverMessage(ctx, response)}`);
        return { value: await read(response, url), attempts: attempt };
      }
    } catch (error) {
      if (error instanceof NewsgraphError) throw error;
      if (!(error instanceof Retryable)) {
        const cause = error instanceof Error ? (error.cause as Error | undefined) : undefined;
        lastProblem = controller.signal.aborted
          ? `no answer within ${ctx.timeoutMs} ms`
          : `network error: ${printable(scrub(ctx, cause?.message ?? (error instanceof Error ? error.message : String(error))))}`;
      }
      if (attempt <= ctx.retries) {
        const wait = backoffDelay(attempt, ctx.backoffMs);
        ctx.log(`${call.what}: ${lastProblem}; retrying in ${wait} ms`);
        await sleep(wait);
      }
    } finally {
      clearTimeout(timer);
    }
  }
  throw fail(ctx, call.url, `${call.what} failed after ${ctx.retries + 1} attempt(s): ${lastProblem}`);
}

/** A term as the key of a triple: equal keys for equal RDF terms. */
function termKey(t: Term): string {
  if (t.termType === "Literal") return `L${t.value}\u0000${t.language}\u0000${t.datatype.value}`;
  return `${t.termType.charAt(0)}${t.value}`;
}

const tripleKey = (q: Quad) => `${termKey(q.subject)} ${termKey(q.predicate)} ${termKey(q.object)}`;

/**
 * The key of a triple read back: a literal by its lexical form and language only, as stores may
 * canonicalise derived datatypes (Oxigraph keeps xsd:nonNegativeInteger as xsd:integer).
 */
const readBackKey = (q: Quad) =>
  `${termKey(q.subject)} ${termKey(q.predicate)} ${q.object.termType === "Literal" ? `L${q.object.value}\u0000${q.object.language}` : termKey(q.object)}`;

const ground = (q: Quad) => q.subject.termType !== "BlankNode" && q.object.termType !== "BlankNode";

/** A term in SPARQL syntax, escaped so that no value can break out of it. */
function sparqlTerm(t: Term): string {
  const esc = (s: string, iri: boolean) =>
    [...s]
      .map((ch) => {
        const c = ch.codePointAt(0) ?? 0;
        if (iri) return c <= 0x20 || '<>"{}|^`\\'.includes(ch) ? hex4(c) : ch;
        if (ch === "\\") return "\\\\";
        if (ch === '"') return '\\"';
        if (ch === "\n") return "\\n";
        if (ch === "\r") return "\\r";
        return c < 0x20 ? hex4(c) : ch;
      })
      .join("");
  if (t.termType === "NamedNode") return `<${esc(t.value, true)}>`;
  if (t.termType === "Literal") {
    const lex = `"${esc(t.value, false)}"`;
    if (t.language !== "") return `${lex}@${t.language}`;
    return `${lex}^^<${esc(t.datatype.value, true)}>`;
  }
  throw new Error(`no SPARQL term for a ${t.termType}`);
}

/** The graph as verified: by SPARQL counts, or by reading it back. */
interface Verifier {
  /** The triples in the graph, and how many of `triples` (distinct, ground) are among them. */
  /**
   * How many triples the graph holds, and how many of `triples` (distinct, blank-node-free) are among
   * them: always when the graph is read back (it costs nothing more), only when `lookUp` with SPARQL
   * (COUNTs over VALUES, which a store that canonicalises literals could answer too low).
   */
  state(triples: readonly Quad[], lookUp: boolean): Promise<{ size: number; present?: number }>;
}

function queryVerifier(ctx: Context, query: Endpoint, graph: string): Verifier {
  const pattern = graph === "default" ? "?s ?p ?o" : `GRAPH <${graph}> { ?s ?p ?o }`;
  const count = async (where: string, what: string): Promise<number> => {
    const { value } = await request(
      ctx,
      {
        to: query,
        url: query.url,
        // The form-encoded POST of the SPARQL 1.1 Protocol: every server takes it (Virtuoso 7.2 never
        // answers a POST of application/sparql-query).
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          accept: "application/sparql-results+json",
        },
        body: new URLSearchParams({ query: `SELECT (COUNT(*) AS ?n) WHERE { ${where} }` }).toString(),
        what,
      },
      async (response, url) => {
        const text = await response.text();
        let n: unknown;
        try {
          n = (JSON.parse(text) as { results?: { bindings?: { n?: { value?: unknown } }[] } }).results
            ?.bindings?.[0]?.n?.value;
        } catch {}
        if (typeof n !== "string" || !/^\d{1,15}$/.test(n))
          throw fail(
            ctx,
            url,
            `${what}: the answer holds no count: ${printable(scrub(ctx, text)) || "(empty)"}`,
          );
        return Number(n);
      },
    );
    return value;
  };
  return {
    async state(triples, lookUp) {
      const size = await count(pattern, `counting <${graph}>`);
      if (!lookUp) return { size };
      let present = 0;
      for (let i = 0; i < triples.length; i += VALUES_BATCH) {
        const rows = triples
          .slice(i, i + VALUES_BATCH)
          .map((q) => `(${sparqlTerm(q.subject)} ${sparqlTerm(q.predicate)} ${sparqlTerm(q.object)})`);
        const batch = Math.min(VALUES_BATCH, triples.length - i);
        const n = await count(
          `VALUES (?s ?p ?o) { ${rows.join(" ")} } ${pattern}`,
          `looking up triples in <${graph}>`,
        );
        if (n > batch)
          throw fail(
            ctx,
            query.url,
            `the store says ${n} of ${batch} distinct triples looked up are in <${graph}>: its answers cannot be trusted`,
          );
        present += n;
      }
      return { size, present };
    },
  };
}

function readBackVerifier(ctx: Context, store: Endpoint, graph: string): Verifier {
  return {
    async state(triples) {
      const url = graphUrl(store.url, graph);
      const { value } = await request(
        ctx,
        {
          to: store,
          url,
          method: "GET",
          headers: { accept: "application/n-triples" },
          what: `reading <${graph}> back`,
        },
        async (response, at) => {
          const text = await response.text();
          try {
            return new Set(new Parser({ format: "N-Triples" }).parse(text).map(readBackKey));
          } catch (error) {
            throw fail(
              ctx,
              at,
              `the graph read back is not N-Triples: ${printable(scrub(ctx, error instanceof Error ? error.message : String(error)))}`,
            );
          }
        },
      );
      return { size: value.size, present: triples.filter((q) => value.has(readBackKey(q))).length };
    },
  };
}

function checkBound(name: keyof typeof OPTION_LIMITS, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const [min, max] = OPTION_LIMITS[name];
  if (!Number.isInteger(value) || value < min || value > max)
    throw new NewsgraphError(
      "invalid-input",
      name,
      `${printable(String(value), 40)} is not a whole number from ${min} to ${max}`,
    );
  return value;
}

/** An absolute IRI that may stand between `<` and `>` in SPARQL (no spaces, controls or `<>"{}|^\``). */
function absoluteIri(s: string): boolean {
  return isAbsoluteIri(s) && [...s].every((ch) => !unsafe(ch.codePointAt(0) ?? 0));
}

/**
 * Upload graphs to a SPARQL 1.1 Graph Store Protocol endpoint (Oxigraph server, Fuseki, GraphDB…): one
 * PUT (or POST) of N-Triples per graph, then a verification that the graph holds exactly what it should.
 *
 * - Endpoints must be `http:` or `https:` URLs (else an `invalid-input` error naming `endpoint` or
 *   `queryEndpoint`). A user and password in a URL become an `Authorization: Basic …` header for that
 *   endpoint and are removed from the URL; an explicit `authorization` wins over them and goes to both.
 * - Nothing secret is ever shown: every URL in a message or log line is redacted (no user or password,
 *   sensitive query parameters as `***`), and passwords and Authorization values are scrubbed from
 *   anything a server says. A server's message is cut to 200 characters, HTML reduced to its text, and
 *   control characters escaped as `\uXXXX`.
 * - Redirects are never followed silently (`redirect: "manual"`): a redirect to another origin is an
 *   `io` error naming the (redacted) Location, and nothing is sent there; a redirect within the same
 *   origin (scheme, host and port) is followed — at most 5 per attempt — re-sending the same method,
 *   body and Authorization.
 * - Each attempt (the request, its redirects and reading the whole answer) runs under one timeout
 *   (`timeoutMs`, 1..600000). 5xx answers, timeouts and network errors (including a connection closed
 *   mid-answer) are retried `retries` times (0..10) after waits of `backoffMs` doubled each time and capped
 *   at 30 s; so one request takes at most (retries + 1) × timeoutMs + retries × 30 s. A 4xx answer or a
 *   redirect elsewhere stops at once.
 * - Verification is exact. PUT: the graph must then hold exactly as many triples as the distinct triples
 *   sent. POST: the graph is counted before, along with how many of the sent (blank-node-free) triples it
 *   already holds; afterwards it must hold exactly before + the new ones (blank-node triples are always
 *   new). With a query endpoint the counts are SPARQL COUNTs (the "already there" one joins the graph with
 *   the sent triples in VALUES blocks); without one the graph is read back and parsed, and then every sent
 *   blank-node-free triple must also be in it (literals compared by lexical form and language, as stores
 *   may canonicalise derived datatypes). This assumes nobody else writes the graph meanwhile. Answers
 *   that contradict themselves (more triples "already there" than looked up or than the graph holds) are
 *   reported as untrustworthy.
 *
 * @example
 * await uploadGraphs([{ graph: "https://w3id.org/newsgraph/graph/x", quads }], { endpoint: "http://localhost:7878/store" });
 */
export async function uploadGraphs(
  graphs: readonly GraphUpload[],
  options: GraphStoreOptions,
): Promise<UploadResult[]> {
  const secrets: string[] = [];
  if (options.authorization !== undefined) {
    secrets.push(options.authorization);
    const credentials = options.authorization.replace(/^\S+\s+/, "");
    secrets.push(credentials);
    if (/^basic\s/i.test(options.authorization)) {
      const decoded = Buffer.from(credentials, "base64").toString("utf8");
      secrets.push(decoded, decoded.slice(decoded.indexOf(":") + 1));
    }
  }
  const store = endpointOf(options.endpoint, "endpoint", options.authorization, secrets);
  const query =
    options.queryEndpoint === undefined
      ? undefined
      : endpointOf(options.queryEndpoint, "queryEndpoint", options.authorization, secrets);
  const ctx: Context = {
    fetch: options.fetch ?? fetch,
    timeoutMs: checkBound("timeoutMs", options.timeoutMs, 30_000),
    retries: checkBound("retries", options.retries, 3),
    backoffMs: checkBound("backoffMs", options.backoffMs, 500),
    log: (line) => options.log?.(line),
    // Longest first, so that a secret containing another is scrubbed whole.
    secrets: [...new Set(secrets.filter((s) => s.length >= 4))].sort((a, b) => b.length - a.length),
  };
  const log = (line: string) => ctx.log(scrub(ctx, line));
  const method = options.method ?? "PUT";
  if (method !== "PUT" && method !== "POST")
    throw new NewsgraphError(
      "invalid-input",
      "method",
      `${printable(String(method), 20)} is neither PUT nor POST`,
    );
  // The graph's IRI goes into the verifying query: only a well-formed absolute IRI may.
  for (const g of graphs)
    if (g.graph !== "default" && !absoluteIri(g.graph))
      throw new NewsgraphError(
        "invalid-input",
        "graph",
        `"${printable(g.graph, 200)}" is not an absolute IRI (or "default")`,
      );
  const results: UploadResult[] = [];
  for (const g of graphs) {
    const distinct = new Map<string, Quad>();
    for (const q of g.quads) distinct.set(tripleKey(q), q);
    const sent = distinct.size;
    const groundSent = [...distinct.values()].filter(ground);
    const verifier = query ? queryVerifier(ctx, query, g.graph) : readBackVerifier(ctx, store, g.graph);
    const target = graphUrl(store.url, g.graph);
    let expected = sent;
    let fresh = sent;
    let before = 0;
    if (method === "POST") {
      const state = await verifier.state(groundSent, true);
      before = state.size;
      const present = state.present ?? 0;
      if (present > before)
        throw fail(
          ctx,
          target,
          `the store says <${g.graph}> holds ${before} triples, ${present} of them among those to send: its answers cannot be trusted`,
        );
      fresh = sent - present;
      expected = before + fresh;
    }
    const body = toNTriples(
      [...distinct.values()].map(
        (q) =>
          DataFactory.quad(q.subject as never, q.predicate as never, q.object as never) as unknown as Quad,
      ),
    );
    const { attempts } = await request(
      ctx,
      {
        to: store,
        url: target,
        method,
        headers: { "content-type": "application/n-triples" },
        body,
        what: `${method} <${g.graph}>`,
      },
      async (response) => {
        await readSome(response, ERROR_BODY_BYTES);
      },
    );
    const after = await verifier.state(groundSent, false);
    if (after.size !== expected)
      throw fail(
        ctx,
        target,
        method === "PUT"
          ? `sent ${sent} triples but the store holds ${after.size}`
          : `sent ${sent} triples, ${fresh} of them new, to a graph of ${before}: expected ${expected} afterwards but the store holds ${after.size}`,
      );
    if (after.present !== undefined && after.present !== groundSent.length)
      throw fail(
        ctx,
        target,
        `sent ${sent} triples but ${groundSent.length - after.present} of them are not in the graph`,
      );
    log(`<${g.graph}>: ${sent} triples sent, ${after.size} stored`);
    results.push({ graph: g.graph, triples: sent, stored: after.size, attempts });
  }
  return results;
}
