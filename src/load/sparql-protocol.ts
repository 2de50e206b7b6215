import { NewsgraphError } from "../errors.js";
import { printable, readSome, redactUrl, SENSITIVE_PARAMETERS } from "./gsp.js";

/** How a query travels (SPARQL 1.1 Protocol §2.1): POST of the query itself, a form-encoded POST, or GET. */
export type QueryVia = "direct-post" | "urlencoded-post" | "get";

/** How to reach a SPARQL 1.1 query endpoint. */
export interface SparqlEndpointOptions {
  /** Time for one query: the request, its redirects and the whole answer (1..600000 ms, default 30 000). */
  readonly timeoutMs?: number;
  /** Extra request headers (an API key…); their values are never shown. */
  readonly headers?: Readonly<Record<string, string>>;
  /** HTTP Basic credentials (also read from a `user:password@` in the URL); never shown. */
  readonly user?: string;
  readonly password?: string;
  /**
   * `direct-post` (default: POST `application/sparql-query`), `urlencoded-post` (POST `query=…`, which
   * every server takes — Virtuoso 7.2 never answers a direct POST) or `get` (`?query=…`).
   */
  readonly via?: QueryVia;
  /** The fetch to use (tests pass their own; Node's global fetch otherwise). */
  readonly fetch?: typeof fetch;
}

/** A SPARQL 1.1 Protocol client for one endpoint: sends SELECT queries, returns the parsed JSON answer. */
export interface SparqlProtocolClient {
  /** The endpoint as it may be shown: no credentials, sensitive query parameters as `***`. */
  readonly endpoint: string;
  /** Run a SELECT query; resolves to the parsed `application/sparql-results+json` document (unchecked). */
  select(query: string, what: string): Promise<unknown>;
}

const TIMEOUT_LIMITS = [1, 600_000] as const;
const MAX_REDIRECTS = 5;
/** Bytes of an error answer read at most (its first line is shown). */
const ERROR_BODY_BYTES = 16 * 1024;

/** The first non-blank line of a server's message, HTML reduced to its text. */
function firstLine(text: string, contentType: string): string {
  let t = text;
  if (/html/i.test(contentType) || /^\s*<(!doctype|html)/i.test(t))
    t = t
      .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, "\n")
      .replace(/<\/?(p|div|h\d|br|li|pre|title|body)\b[^>]*>/gi, "\n")
      .replace(/<[^>]*>/g, "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&nbsp;/g, " ")
      .replace(/&amp;/g, "&");
  return t.split(/\r?\n/).find((l) => l.trim() !== "") ?? "";
}

/**
 * A client for a SPARQL 1.1 query endpoint (Oxigraph server's /query, Fuseki's /ds/sparql, Virtuoso's
 * /sparql, GraphDB, QLever…), with the uploader's conventions (see uploadGraphs): http: and https: only;
 * credentials (`user`/`password`, a `user:password@` in the URL, `headers`) are sent and never shown — every
 * message has the URL redacted and secrets scrubbed; a redirect within the same origin is followed (at
 * most 5, re-sending the same request and credentials), one to another origin is an error naming it; one
 * timeout covers the request, its redirects and the whole answer, however slowly it trickles. No retries:
 * a failed query is reported at once. A non-2xx answer is an `io` error with the status and the first line
 * of the server's message (printable, at most 200 characters); so are a network error and an answer that
 * is not JSON.
 *
 * @example
 * const client = sparqlProtocolClient("http://localhost:7878/query", { timeoutMs: 10_000 });
 */
export function sparqlProtocolClient(url: string, options: SparqlEndpointOptions = {}): SparqlProtocolClient {
  let endpoint: URL;
  try {
    endpoint = new URL(url);
  } catch {
    throw new NewsgraphError("invalid-input", "endpoint", `"${redactUrl(url)}" is not a URL`);
  }
  if (endpoint.protocol !== "http:" && endpoint.protocol !== "https:")
    throw new NewsgraphError(
      "invalid-input",
      "endpoint",
      `only http: and https: URLs are allowed, not ${printable(endpoint.protocol, 20)}`,
    );
  const timeoutMs = options.timeoutMs ?? 30_000;
  if (!Number.isInteger(timeoutMs) || timeoutMs < TIMEOUT_LIMITS[0] || timeoutMs > TIMEOUT_LIMITS[1])
    throw new NewsgraphError(
      "invalid-input",
      "timeoutMs",
      `${printable(String(timeoutMs), 40)} is not a whole number from ${TIMEOUT_LIMITS[0]} to ${TIMEOUT_LIMITS[1]}`,
    );
  const via = options.via ?? "direct-post";
  if (!["direct-post", "urlencoded-post", "get"].includes(via))
    throw new NewsgraphError(
      "invalid-input",
      "via",
      `${printable(String(via), 20)} is not direct-post, urlencoded-post or get`,
    );
  const secrets: string[] = [];
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (typeof value !== "string" || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name))
      throw new NewsgraphError(
        "invalid-input",
        "headers",
        `${printable(name, 40)} is not a header with a text value`,
      );
    headers[name.toLowerCase()] = value;
    secrets.push(value, value.replace(/^\S+\s+/, ""));
  }
  const user = options.user ?? (endpoint.username === "" ? undefined : decodeURIComponent(endpoint.username));
  const password =
    options.password ?? (endpoint.password === "" ? undefined : decodeURIComponent(endpoint.password));
  if (endpoint.password !== "") secrets.push(endpoint.password);
  endpoint.username = "";
  endpoint.password = "";
  endpoint.hash = "";
  if (user !== undefined || password !== undefined) {
    const basic = Buffer.from(`${user ?? ""}:${password ?? ""}`, "utf8").toString("base64");
    secrets.push(basic);
    if (password !== undefined) secrets.push(password);
    headers.authorization ??= `Basic ${basic}`;
  }
  for (const [key, value] of endpoint.searchParams)
    if (SENSITIVE_PARAMETERS.has(key.toLowerCase()) && value !== "")
      secrets.push(value, encodeURIComponent(value));
  const hidden = [...new Set(secrets.filter((s) => s.length >= 4))].sort((a, b) => b.length - a.length);
  const scrub = (text: string) => hidden.reduce((t, s) => t.split(s).join("***"), text);
  const shown = redactUrl(endpoint);
  const fail = (problem: string) => new NewsgraphError("io", shown, scrub(problem));
  const doFetch = options.fetch ?? fetch;

  async function select(query: string, what: string): Promise<unknown> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      let target = new URL(endpoint);
      const init: { method: string; headers: Record<string, string>; body?: string } = {
        method: via === "get" ? "GET" : "POST",
        headers: { ...headers, accept: "application/sparql-results+json" },
      };
      if (via === "get") target.searchParams.append("query", query);
      else if (via === "urlencoded-post") {
        init.headers["content-type"] = "application/x-www-form-urlencoded";
        init.body = new URLSearchParams({ query }).toString();
      } else {
        init.headers["content-type"] = "application/sparql-query; charset=utf-8";
        init.body = query;
      }
      for (let hop = 0; ; hop++) {
        const response = await doFetch(target.href, {
          ...init,
          redirect: "manual",
          signal: controller.signal,
        });
        if (response.status >= 300 && response.status < 400) {
          await response.body?.cancel().catch(() => {});
          const location = response.headers.get("location");
          let next: URL | undefined;
          try {
            next = location === null ? undefined : new URL(location, target);
          } catch {}
          if (next === undefined)
            throw fail(`${what} was redirected (${response.status}) without a usable Location`);
          if (next.origin !== target.origin)
            throw fail(
              `${what} was redirected (${response.status}) to ${redactUrl(next)}, another origin: not followed`,
            );
          if (hop >= MAX_REDIRECTS) throw fail(`${what} was redirected more than ${MAX_REDIRECTS} times`);
          next.username = "";
          next.password = "";
          next.hash = "";
          target = next;
          continue;
        }
        if (response.status < 200 || response.status >= 300) {
          const line = firstLine(
            await readSome(response, ERROR_BODY_BYTES),
            response.headers.get("content-type") ?? "",
          );
          const status = `${response.status}${response.statusText ? ` ${printable(response.statusText, 60)}` : ""}`;
          throw fail(`${what} was answered HTTP ${status}${line ? `: ${printable(scrub(line))}` : ""}`);
        }
        const text = await response.text();
        try {
          return JSON.parse(text) as unknown;
        } catch {
          throw fail(
            `${what}: the answer is not JSON (${printable(response.headers.get("content-type") ?? "no content type", 60)}): ${printable(scrub(text)) || "(empty)"}`,
          );
        }
      }
    } catch (error) {
      if (error instanceof NewsgraphError) throw error;
      if (controller.signal.aborted) throw fail(`${what}: no answer within ${timeoutMs} ms`);
      const cause = error instanceof Error ? (error.cause as Error | undefined) : undefined;
      const message = cause?.message ?? (error instanceof Error ? error.message : String(error));
      throw fail(`${what}: network error: ${printable(scrub(message))}`);
    } finally {
      clearTimeout(timer);
    }
  }
  return { endpoint: shown, select };
}
