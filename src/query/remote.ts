import { readFileSync } from "node:fs";
import type { NamedNode, Term } from "@rdfjs/types";
import { NewsgraphError } from "../errors.js";
import { type SparqlEndpointOptions, sparqlProtocolClient } from "../load/sparql-protocol.js";
import type { NewsStore } from "../store/store.js";
import type * as article from "./article.js";
import type * as claims from "./claims.js";
import type * as coverage from "./coverage.js";
import type * as describe from "./describe.js";
import type * as entities from "./entities.js";
import type * as helpers from "./helpers.js";
import type * as outlet from "./outlet.js";
import { HELPERS, type HelperEntry, type HelperName } from "./registry.js";
import type { ArticleScope } from "./scope.js";
import { type TwinOptions, twinQuery, twinRows } from "./twin.js";

/** The in-memory helper functions, by name (each helper in HELPERS is one of them). */
type HelperFunctions = typeof helpers &
  typeof claims &
  typeof coverage &
  typeof article &
  typeof describe &
  typeof entities &
  typeof outlet;

/** A helper's rows, untyped: what a helper not among HelperFunctions gives. */
type AnyRows = Readonly<Record<string, Term>>[];

/** The remote form of an in-memory helper: the same arguments but the store, the same rows, awaited. */
export type RemoteHelper<F> = F extends (store: NewsStore, ...args: infer A) => infer R
  ? (...args: A) => Promise<R>
  : never;

/**
 * Every helper in HELPERS as a method, typed as its in-memory twin: the same argument, the same optional
 * article scope (`{ article }`) for a helper whose rows come from articles, the same second argument for
 * compareArticles.
 */
export type RemoteHelpers = {
  readonly [N in HelperName]: N extends keyof HelperFunctions
    ? RemoteHelper<HelperFunctions[N]>
    : (arg?: NamedNode | string) => Promise<AnyRows>;
};

/** A SPARQL 1.1 query endpoint that answers the named helpers. */
export interface SparqlEndpoint extends RemoteHelpers {
  /** The endpoint as it may be shown (no credentials). */
  readonly endpoint: string;
  /**
   * Run the helper `name` with its argument (for callers that pick a helper at run time, like the CLI),
   * optionally scoped to one article (perArticle helpers) or with its second argument (compareArticles).
   */
  run(name: HelperName, arg?: NamedNode | string, options?: TwinOptions): Promise<AnyRows>;
}

const twinTexts = new Map<string, string>();

/**
 * A twin's text, from the package's queries/ folder: two levels up from src/query/ (tests) and
 * dist/query/ (the package), three from dist-bench/src/query/ (the benchmark).
 */
function twinText(twin: string): string {
  let text = twinTexts.get(twin);
  if (text === undefined) {
    for (const up of ["../../", "../../../"]) {
      try {
        text = readFileSync(new URL(`${up}queries/${twin}.rq`, import.meta.url), "utf8");
        break;
      } catch {}
    }
    if (text === undefined)
      throw new NewsgraphError(
        "io",
        `queries/${twin}.rq`,
        "the helper's SPARQL twin is missing from the package",
      );
    twinTexts.set(twin, text);
  }
  return text;
}

/**
 * The named helpers against a remote SPARQL 1.1 endpoint: `await remote.postsHeldBy(person)` gives the
 * same typed rows as `postsHeldBy(store, person)` — the same columns, the same RDF/JS terms, the same
 * order — by sending the helper's SPARQL twin (`HELPERS[name].twin`, in `queries/`) with the argument
 * bound in its syntax tree (never spliced into text), and reading the SPARQL JSON results back into terms.
 * A helper whose rows come from articles takes the same optional scope (`{ article }`, bound as the twin's
 * `?article`); compareArticles its optional second article.
 * The store must answer over the union of its graphs (Oxigraph server `--union-default-graph`, Fuseki
 * `tdb2:unionDefaultGraph`, Virtuoso and GraphDB by default). Engines' spellings of the same values are
 * undone (see termFromJson). Bad options are `invalid-input` errors; timeouts, network errors, non-2xx
 * answers, redirects to another origin, answers that are not JSON or whose variables are not the twin's
 * are `io` errors naming the endpoint (redacted) and the helper; see sparqlProtocolClient.
 *
 * @example
 * const remote = sparqlEndpoint("http://localhost:7878/query", { timeoutMs: 10_000 });
 * const posts = await remote.postsHeldBy(mintIri("person", "ihor-zhovkva"));
 * const inOne = await remote.statementsBy(mintIri("person", "ihor-zhovkva"), { article: mintIri("article", "zelensky-aide-neutrality") });
 */
export function sparqlEndpoint(url: string, options: SparqlEndpointOptions = {}): SparqlEndpoint {
  const client = sparqlProtocolClient(url, options);
  const run = async (name: HelperName, arg?: unknown, extra: TwinOptions = {}): Promise<AnyRows> => {
    const entry = (HELPERS as Record<string, HelperEntry>)[name];
    if (entry === undefined || !Object.hasOwn(HELPERS, name))
      throw new NewsgraphError("invalid-input", String(name), "is not a helper");
    const twin = twinQuery(name, entry, twinText(entry.twin), arg, extra);
    const answer = await client.select(twin.text, name);
    return twin.finish(twinRows(twin, answer, `${client.endpoint}: ${name}`));
  };
  const methods: Record<string, (...args: unknown[]) => Promise<AnyRows>> = {};
  for (const name of Object.keys(HELPERS) as HelperName[]) {
    const entry: HelperEntry = HELPERS[name];
    const takesArg = entry.param.kind !== "none";
    // After the argument (if any): the article scope, or compareArticles' second article.
    const takesMore = entry.perArticle || entry.optionalParam !== undefined;
    const most = (takesArg ? 1 : 0) + (takesMore ? 1 : 0);
    methods[name] = async (...args: unknown[]) => {
      if (args.length > most)
        throw new NewsgraphError(
          "invalid-input",
          name,
          `takes at most ${most === 1 ? "one argument" : `${most} arguments`} (got ${args.length})`,
        );
      const arg = takesArg ? args[0] : undefined;
      const more = args[takesArg ? 1 : 0];
      if (more === undefined) return run(name, arg);
      if (entry.optionalParam !== undefined) return run(name, arg, { second: more as NamedNode });
      return run(name, arg, articleScope(name, more));
    };
  }
  return { ...(methods as unknown as RemoteHelpers), endpoint: client.endpoint, run };
}

/** A helper's options as an article scope: an object whose only key is `article` (else an error). */
function articleScope(helper: string, options: unknown): TwinOptions {
  if (options === null || typeof options !== "object" || Array.isArray(options))
    throw new NewsgraphError("invalid-input", `${helper} options`, "must be an object such as { article }");
  const keys = Object.keys(options);
  const unknown = keys.find((k) => k !== "article");
  if (unknown !== undefined)
    throw new NewsgraphError(
      "invalid-input",
      `${helper} options`,
      `has no option "${unknown.slice(0, 40)}" (only article)`,
    );
  const article = (options as ArticleScope).article;
  return article === undefined ? {} : { article };
}
