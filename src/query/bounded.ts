import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type { Quad } from "@rdfjs/types";
import { Parser } from "n3";
import { NewsgraphError } from "../errors.js";
import type { PreparedQuery } from "./prepare.js";
import { canonicalResults, type SparqlJsonResults } from "./results.js";

/** What a read-only query answers: rows, a boolean, or a graph. */
export type QueryAnswer =
  | { readonly form: "SELECT"; readonly results: SparqlJsonResults }
  | { readonly form: "ASK"; readonly boolean: boolean }
  | { readonly form: "CONSTRUCT" | "DESCRIBE"; readonly quads: Quad[] };

/** Bounds and graph options for one query run. */
export interface BoundedQueryOptions {
  /** Stop the query after this many milliseconds. */
  readonly timeoutMs: number;
  /** Treat the union of all graphs as the default graph (for data in named graphs). */
  readonly unionDefaultGraph?: boolean;
  /** Base IRI for relative IRIs in the query. */
  readonly baseIri?: string;
}

// The worker is a small CommonJS script given as text, so it runs the same from src/ (tests) and
// dist/ (the installed package): it loads the data into its own Oxigraph store and answers one query.
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const oxigraph = require(workerData.oxigraph);
try {
  const store = new oxigraph.Store();
  if (workerData.nquads !== "")
    store.load(workerData.nquads, { format: "application/n-quads", no_transaction: true });
  const graph = workerData.form === "CONSTRUCT" || workerData.form === "DESCRIBE";
  const options = {
    results_format: graph ? "application/n-triples" : "application/sparql-results+json",
    use_default_graph_as_union: workerData.union,
  };
  if (workerData.base !== undefined) options.base_iri = workerData.base;
  parentPort.postMessage({ ok: store.query(workerData.query, options) });
} catch (error) {
  parentPort.postMessage({ error: String(error && error.message ? error.message : error) });
}
`;

const oxigraphEntry = createRequire(import.meta.url).resolve("oxigraph");

/**
 * Run a prepared read-only query over N-Quads data on Oxigraph in a worker thread that is stopped when
 * the time is up, so no query — a cartesian product, a runaway path — outlives its bound. Fails with a
 * NewsgraphError naming the query: a timeout, more rows than the prepared cap, or the engine's message.
 *
 * @example
 * const answer = await runBounded(toNQuads(quads), prepareQuery(text, "q.rq", { maxRows: 10_000 }), "q.rq", {
 *   timeoutMs: 30_000,
 * });
 */
export function runBounded(
  nquads: string,
  prepared: PreparedQuery,
  name: string,
  options: BoundedQueryOptions,
): Promise<QueryAnswer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: {
        oxigraph: oxigraphEntry,
        nquads,
        query: prepared.text,
        form: prepared.form,
        union: options.unionDefaultGraph === true,
        base: options.baseIri,
      },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(
            new NewsgraphError(
              "invalid-input",
              name,
              `stopped after ${options.timeoutMs / 1000} s (--timeout); narrow the query or raise the timeout`,
            ),
          ),
        ),
      options.timeoutMs,
    );
    worker.on("message", (message: { ok?: unknown; error?: string }) =>
      finish(() => {
        try {
          if (message.error !== undefined) reject(engineError(message.error, name));
          else resolve(answerOf(message.ok, prepared, name));
        } catch (error) {
          reject(error);
        }
      }),
    );
    worker.on("error", (error) =>
      finish(() =>
        reject(
          new NewsgraphError(
            "invalid-input",
            name,
            `the query engine failed (${/memory|allocation/i.test(error.message) ? "out of memory" : error.message.split("\n")[0]}); narrow the query`,
          ),
        ),
      ),
    );
    worker.on("exit", (code) =>
      finish(() =>
        reject(new NewsgraphError("invalid-input", name, `the query engine stopped (exit ${code})`)),
      ),
    );
  });
}

function engineError(message: string, name: string): NewsgraphError {
  const first = message.split("\n")[0] ?? message;
  // Oxigraph reports "error at LINE:COLUMN: …"; put the position beside the name, compiler style.
  const at = /^error at (\d+):(\d+): (.*)$/.exec(first);
  if (at) return new NewsgraphError("invalid-input", `${name}:${at[1]}:${at[2]}`, at[3] ?? first);
  // A WebAssembly trap (out of memory, out of bounds) is the engine giving up, not a mistake in the query.
  if (/memory|unreachable|out of bounds|call stack/i.test(first))
    return new NewsgraphError("invalid-input", name, `the query engine failed (${first}); narrow the query`);
  return new NewsgraphError("invalid-input", name, first);
}

function tooMany(prepared: PreparedQuery, name: string, what: string): NewsgraphError {
  return new NewsgraphError(
    "invalid-input",
    name,
    `the result has more than ${prepared.rowCap} ${what} (--max-rows ${prepared.rowCap}); add LIMIT to the query or raise --max-rows`,
  );
}

function answerOf(raw: unknown, prepared: PreparedQuery, name: string): QueryAnswer {
  if (prepared.form === "CONSTRUCT" || prepared.form === "DESCRIBE") {
    const quads = new Parser({ format: "N-Triples" }).parse(String(raw));
    if (prepared.rowCap !== undefined && quads.length > prepared.rowCap)
      throw tooMany(prepared, name, "triples");
    return { form: prepared.form, quads };
  }
  const parsed = JSON.parse(String(raw)) as SparqlJsonResults & { boolean?: boolean };
  if (prepared.form === "ASK") return { form: "ASK", boolean: parsed.boolean === true };
  if (prepared.rowCap !== undefined && parsed.results.bindings.length > prepared.rowCap)
    throw tooMany(prepared, name, "rows");
  const order = prepared.wildcardOrder;
  if (order !== undefined) {
    // SELECT *: columns in the order the variables first appear in the query, as people read it.
    const rank = (v: string) => (order.includes(v) ? order.indexOf(v) : order.length);
    const vars = [...parsed.head.vars].sort((a, b) => rank(a) - rank(b));
    return { form: "SELECT", results: canonicalResults({ ...parsed, head: { vars } }, prepared.ordered) };
  }
  return { form: "SELECT", results: canonicalResults(parsed, prepared.ordered) };
}
