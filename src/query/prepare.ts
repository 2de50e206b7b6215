import type { Term } from "@rdfjs/types";
import sparqljs from "sparqljs";
import { NewsgraphError } from "../errors.js";

/** The four read-only forms of a SPARQL 1.1 query. */
export type QueryForm = "SELECT" | "ASK" | "CONSTRUCT" | "DESCRIBE";

/** A parsed, checked query, ready for an engine. */
export interface PreparedQuery {
  readonly form: QueryForm;
  /** Whether row order is part of the answer (the query has ORDER BY at its top level). */
  readonly ordered: boolean;
  /** The query text the engine runs: the original text, or — when bound or capped — the query
   * re-generated from its syntax tree with the parameters in it as RDF terms. */
  readonly text: string;
  /** For `SELECT *`: the variables in the order they first appear in the query (engines differ). */
  readonly wildcardOrder: readonly string[] | undefined;
  /** At most this many rows (SELECT) or triples (CONSTRUCT, DESCRIBE) may come back. */
  readonly rowCap: number | undefined;
}

/** How to prepare a query: parameters to bind and a row cap. */
export interface PrepareOptions {
  /** Values for variables of the query (without `?`), as RDF terms: joined in with a VALUES block. */
  readonly bindings?: Readonly<Record<string, Term>>;
  /** Stop after this many rows (the query's own LIMIT wins when smaller); the engine stops early. */
  readonly maxRows?: number;
}

const UPDATE_KEYWORDS = /^(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b/i;

/** The first keyword after the prologue (comments, BASE and PREFIX declarations). */
function firstKeyword(text: string): string {
  let rest = text;
  for (;;) {
    rest = rest.replace(/^(\s+|#[^\n]*\n?)+/, "");
    const decl = /^(PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)/i.exec(rest);
    if (decl === null) break;
    rest = rest.slice(decl[0].length);
  }
  return /^[A-Za-z]+/.exec(rest)?.[0] ?? "";
}

interface JisonError {
  hash?: { loc?: { first_line?: number; first_column?: number }; line?: number; text?: string };
}

/** Every variable name that occurs anywhere in a syntax tree. */
function variablesIn(node: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const n of node) variablesIn(n, into);
  else if (node !== null && typeof node === "object") {
    const t = node as { termType?: unknown; value?: unknown };
    if (t.termType === "Variable" && typeof t.value === "string") into.add(t.value);
    else for (const v of Object.values(node)) variablesIn(v, into);
  }
  return into;
}

/** Longest query text and deepest nesting the parser is given: beyond them it would recurse for minutes
 * (on the main thread, out of reach of the timeout) or overflow its stack. */
export const MAX_QUERY_LENGTH = 250_000;
export const MAX_QUERY_DEPTH = 200;

/** The deepest nesting of `{`, `(` and `[` outside strings, IRIs and comments. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "#") {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end;
    } else if (c === '"' || c === "'") {
      const long = text.startsWith(c.repeat(3), i);
      const close = long ? c.repeat(3) : c;
      let j = i + close.length;
      while (j < text.length && !text.startsWith(close, j)) j += text[j] === "\\" ? 2 : 1;
      i = j + close.length - 1;
    } else if (c === "<" && /^<[^<>"{}|^`\\\s]*>/.test(text.slice(i, i + 2048))) {
      i = text.indexOf(">", i);
    } else if (c === "{" || c === "(" || c === "[") {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (c === "}" || c === ")" || c === "]") depth--;
  }
  return deepest;
}

/**
 * Parse a SPARQL 1.1 query (with sparqljs), refuse updates, bind parameters as RDF terms and cap the rows.
 * Parameters never touch the query text: they go into the syntax tree as a VALUES block, and the engine
 * gets the tree re-generated, so a value holding quotes, braces or keywords stays one literal.
 *
 * @example
 * const q = prepareQuery("SELECT ?s WHERE { ?s ?p ?o }", "inline", { maxRows: 1000 });
 */
export function prepareQuery(text: string, name: string, options: PrepareOptions = {}): PreparedQuery {
  try {
    return prepare(text, name, options);
  } catch (error) {
    // A long chain of operators (a || b || … thousands of times) nests deeply without braces.
    if (error instanceof RangeError)
      throw new NewsgraphError("invalid-input", name, "is too large or too deeply nested to parse");
    throw error;
  }
}

function prepare(text: string, name: string, options: PrepareOptions): PreparedQuery {
  if (text.length > MAX_QUERY_LENGTH)
    throw new NewsgraphError(
      "invalid-input",
      name,
      `is ${text.length} characters long: a query may have at most ${MAX_QUERY_LENGTH}`,
    );
  const depth = nestingDepth(text);
  if (depth > MAX_QUERY_DEPTH)
    throw new NewsgraphError(
      "invalid-input",
      name,
      `nests ${depth} levels deep: a query may nest at most ${MAX_QUERY_DEPTH}`,
    );
  const keyword = firstKeyword(text).toUpperCase();
  if (UPDATE_KEYWORDS.test(keyword))
    throw new NewsgraphError(
      "invalid-input",
      name,
      `the query command is read-only (${keyword} is an update)`,
    );
  let parsed: sparqljs.SparqlQuery;
  try {
    parsed = new sparqljs.Parser({ sparqlStar: true }).parse(text);
  } catch (error) {
    if (error instanceof RangeError)
      throw new NewsgraphError("invalid-input", name, "is too large or too deeply nested to parse");
    const hash = (error as JisonError).hash;
    const line = hash?.loc?.first_line ?? (hash?.line === undefined ? undefined : hash.line + 1);
    const column = hash?.loc?.first_column;
    const message = (error instanceof Error ? error.message : String(error)).split("\n");
    // Jison's message is "Parse error on line N:", the line, a caret, then "Expecting …, got 'X'".
    const detail = message.find((l) => l.startsWith("Expecting")) ?? message[message.length - 1] ?? "";
    const got = /got '([^']*)'/.exec(detail)?.[1];
    const where =
      line === undefined ? name : `${name}:${line}${column === undefined ? "" : `:${column + 1}`}`;
    const problem =
      got !== undefined
        ? `syntax error: unexpected ${got === "EOF" ? "end of query" : got}${hash?.text ? ` "${hash.text}"` : ""}`
        : `syntax error: ${detail.trim() || "not a SPARQL query"}`;
    throw new NewsgraphError("invalid-input", where, problem);
  }
  if (parsed.type === "update")
    throw new NewsgraphError("invalid-input", name, "the query command is read-only (this is an update)");
  const query = parsed as sparqljs.Query & { limit?: number; order?: unknown[] };
  const bindings = Object.entries(options.bindings ?? {});
  let changed = false;
  if (bindings.length > 0) {
    const present = variablesIn(query.where ?? []);
    for (const [variable] of bindings) {
      if (!present.has(variable))
        throw new NewsgraphError("invalid-input", `--bind ${variable}`, `the query has no ?${variable}`);
    }
    const row: sparqljs.ValuePatternRow = {};
    for (const [variable, term] of bindings) row[`?${variable}`] = term as sparqljs.ValuePatternRow[string];
    query.where = [{ type: "values", values: [row] }, ...(query.where ?? [])];
    changed = true;
  }
  const rowCap = query.queryType === "ASK" ? undefined : options.maxRows;
  // A SELECT is capped in the query itself, so the engine stops early: one row more than allowed tells
  // "there were more" from "exactly that many". CONSTRUCT and DESCRIBE are checked by their triples.
  if (options.maxRows !== undefined && query.queryType === "SELECT") {
    if (query.limit === undefined || query.limit > options.maxRows) {
      query.limit = options.maxRows + 1;
      changed = true;
    }
  }
  const wildcard =
    query.queryType === "SELECT" &&
    query.variables.length === 1 &&
    (query.variables[0] as { termType?: string }).termType === "Wildcard";
  return {
    form: query.queryType,
    wildcardOrder: wildcard ? [...variablesIn(query.where ?? [])] : undefined,
    ordered: Array.isArray(query.order) && query.order.length > 0,
    text: changed ? new sparqljs.Generator({ allPrefixes: true }).stringify(query) : text,
    rowCap,
  };
}

/**
 * Whether a SPARQL query orders its results (then row order is part of the answer), read from the
 * parsed query — an ORDER BY inside a string, an IRI or a comment does not count.
 *
 * @example
 * isOrdered("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s"); // true
 */
export function isOrdered(query: string): boolean {
  return prepareQuery(query, "query").ordered;
}
