import { join } from "node:path";
import type { Quad, Term } from "@rdfjs/types";
import type { Command } from "commander";
import { Store } from "n3";
import { NewsgraphError } from "../../errors.js";
import { toNQuads } from "../../export/ntriples.js";
import { runBounded } from "../../query/bounded.js";
import { questionOf } from "../../query/catalogue.js";
import { type PreparedQuery, prepareQuery } from "../../query/prepare.js";
import { compareResults, ENGINE_QUIRKS } from "../../query/quirks.js";
import { canonicalResults, formatResults, type SparqlJsonResults, toResults } from "../../query/results.js";
import type { ReleaseFile } from "../../release/release.js";
import { writeAtomically } from "../atomic.js";
import type { CliIo } from "../context.js";
import { type QueryData, readQueryData } from "../data.js";
import { INSTALLED, listFiles, PACKAGE_ROOT, readText } from "../files.js";
import { positive } from "../numbers.js";

/** `newsgraph queries`: run every shipped query and compare it with its expected results. */
export function registerQueries(program: Command, io: CliIo): void {
  program
    .command("queries")
    .description(
      "run every queries/*.rq on Oxigraph over the article graphs and compare it with its committed .srj",
    )
    .option(
      "--data <path>",
      "a release folder or an RDF file (.ttl, .trig, .nt, .nq, .jsonld; named graphs are queried as their union); repeatable",
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option("--write-expected", "rewrite the .srj files instead (review every change before committing)")
    .option("--timeout <seconds>", "stop each query after this many seconds", positive, 60)
    .action(async (options: { data?: string[]; writeExpected?: boolean; timeout: number }) => {
      if (options.writeExpected === true && INSTALLED)
        throw new NewsgraphError(
          "usage",
          "--write-expected",
          "rewrites the package's own expected results: run it in a clone of the repository, not in an installed package",
        );
      if (options.writeExpected === true && (options.data ?? []).length > 0)
        throw new NewsgraphError(
          "usage",
          "--write-expected",
          "the expected results are those of the release in data/: it takes no --data",
        );
      const data = await readQueryData({ paths: options.data ?? [] }, io.err);
      const nquads = toNQuads(data.quads);
      const qdir = join(PACKAGE_ROOT, "queries");
      const present = await listFiles(qdir);
      const files = present.filter((f) => f.endsWith(".rq"));
      let failures = 0;
      const expected: ReleaseFile[] = [];
      for (const f of files) {
        const path = join(qdir, f);
        const text = await readText(path);
        if (questionOf(text) === undefined) {
          io.err(`newsgraph: ${path}:1: must start with "# <the question>"`);
          failures++;
          continue;
        }
        const prepared = prepareQuery(text, path);
        const answer = await runBounded(nquads, prepared, path, {
          timeoutMs: options.timeout * 1000,
          unionDefaultGraph: data.named,
        });
        if (answer.form !== "SELECT") {
          io.err(`newsgraph: ${path}: is not a SELECT query`);
          failures++;
          continue;
        }
        const rows = answer.results.results.bindings.length;
        const srj = f.replace(/\.rq$/, ".srj");
        if (options.writeExpected === true) {
          const written = await expectedResults(data, prepared, answer.results, path, options.timeout * 1000);
          if (written.problem !== undefined) {
            io.err(
              `newsgraph: ${path}: Oxigraph and Comunica disagree beyond the documented engine quirks (${written.problem}); ${srj} not written`,
            );
            failures++;
            continue;
          }
          expected.push({ name: srj, content: written.content });
          io.out(`${f}: ${rows} rows written to ${srj}`);
          continue;
        }
        const committed = present.includes(srj) ? await readText(join(qdir, srj)) : undefined;
        const check =
          committed === undefined ? undefined : compareCommitted(answer.results, committed, prepared.ordered);
        const same = check?.same === true;
        if (!same) failures++;
        io.out(
          `${f}: ${rows} rows ${same ? "match" : committed === undefined ? `(no ${srj})` : `DIFFER from ${srj} (${check?.problem})`}`,
        );
      }
      if (failures > 0 && options.writeExpected === true) {
        io.err(`newsgraph queries: ${failures} of ${files.length} queries failed; nothing written`);
        io.exit(1);
        return;
      }
      if (options.writeExpected === true)
        await writeAtomically(qdir, expected, { what: "the expected results" });
      if (failures > 0) io.err(`newsgraph queries: ${failures} of ${files.length} queries failed`);
      io.exit(failures === 0 ? 0 : 1);
    });
}

/**
 * What `--write-expected` writes for one query: the conformant engine's answer (conformantSelect) in
 * canonical form, as `.srj` text — or, when Oxigraph's answer (`oxigraph`, what `newsgraph queries` will
 * check with) differs from it beyond the documented engine quirks, the difference, and nothing to write.
 */
export async function expectedResults(
  data: QueryData,
  prepared: PreparedQuery,
  oxigraph: SparqlJsonResults,
  name: string,
  timeoutMs: number,
): Promise<{ readonly content: string; readonly problem?: undefined } | { readonly problem: string }> {
  const conformant = await conformantSelect(data.quads, data.named, prepared.text, name, { timeoutMs });
  // SELECT *: the columns in the order the package gives them (runBounded's), not Comunica's.
  const order = prepared.wildcardOrder;
  const rank = (v: string) => (order?.includes(v) ? order.indexOf(v) : (order?.length ?? 0));
  const vars =
    order === undefined ? conformant.head.vars : [...conformant.head.vars].sort((a, b) => rank(a) - rank(b));
  const results = canonicalResults({ ...conformant, head: { vars } }, prepared.ordered);
  const check = compareResults(oxigraph, results, prepared.ordered, { quirks: ENGINE_QUIRKS });
  if (!check.same) {
    // The same rows in another order: SPARQL leaves rows that tie on every ORDER BY key in the engine's
    // order, so the expected order would be one engine's. The query must order totally.
    const asSets = compareResults(oxigraph, results, false, { quirks: ENGINE_QUIRKS });
    if (prepared.ordered && asSets.same)
      return {
        problem: `the same rows in another order (${check.problem}): rows that tie on every ORDER BY key come in each engine's own order; add ORDER BY keys until no two rows tie`,
      };
    return { problem: check.problem ?? "they differ" };
  }
  return { content: formatResults(results) };
}

/** Oxigraph's answer against a committed .srj: exactly, but for the documented engine quirks. */
function compareCommitted(actual: SparqlJsonResults, committed: string, ordered: boolean) {
  let expected: SparqlJsonResults;
  try {
    expected = JSON.parse(committed) as SparqlJsonResults;
    if (!Array.isArray(expected.head?.vars) || !Array.isArray(expected.results?.bindings))
      throw new Error("not SPARQL JSON results");
  } catch (error) {
    return { same: false, problem: error instanceof Error ? error.message : String(error) };
  }
  return compareResults(actual, expected, ordered, { quirks: ENGINE_QUIRKS });
}

/** The little of Comunica's API the writer uses (declared here: Comunica is a devDependency only). */
interface ComunicaEngine {
  query(
    text: string,
    context: { sources: unknown[]; unionDefaultGraph: boolean },
  ): Promise<{
    resultType: string;
    metadata(): Promise<{ variables: { value: string }[] }>;
    execute(): Promise<{ toArray(): Promise<{ get(v: string): Term | undefined }[]>; destroy(): void }>;
  }>;
}

/**
 * A SELECT answered by Comunica over an n3 store of the quads (named graphs queried as their union when
 * `union`): the expected results are written from it.
 *
 * Why a second engine writes them: Oxigraph 0.5 — the engine `newsgraph queries` runs — returns a literal
 * of an integer-derived datatype as an xsd:integer (see ENGINE_QUIRKS in src/query/quirks.ts), so its
 * answer is not what the data says. Restoring the data's datatype into Oxigraph's answer would mean
 * guessing where each number came from (a COUNT is an xsd:integer; an oa:start of the same value is not),
 * which is ambiguous as soon as one value occurs with two types. Comunica keeps the data's terms as they
 * are, so its answer is the conformant one. Oxigraph still runs (the caller checks the two agree up to
 * the documented quirks, so `newsgraph queries` matches what is written), and Comunica is loaded only
 * here: --write-expected runs in a clone (refused in an installed package), where devDependencies are.
 */
async function conformantSelect(
  quads: readonly Quad[],
  union: boolean,
  text: string,
  name: string,
  options: { timeoutMs: number },
): Promise<SparqlJsonResults> {
  let engine: ComunicaEngine;
  try {
    const comunica = (await import("@comunica/query-sparql-rdfjs-lite")) as unknown as {
      QueryEngine: new () => ComunicaEngine;
    };
    engine = new comunica.QueryEngine();
  } catch (error) {
    throw new NewsgraphError(
      "usage",
      "--write-expected",
      `needs the devDependency @comunica/query-sparql-rdfjs-lite (npm install in the clone): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const store = new Store([...quads]);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new NewsgraphError(
            "invalid-input",
            name,
            `Comunica stopped after ${options.timeoutMs / 1000} s (--timeout); narrow the query or raise the timeout`,
          ),
        ),
      options.timeoutMs,
    );
  });
  try {
    return await Promise.race([
      timeout,
      (async () => {
        const result = await engine.query(text, { sources: [store], unionDefaultGraph: union });
        if (result.resultType !== "bindings")
          throw new NewsgraphError("invalid-input", name, "is not a SELECT query");
        const vars = (await result.metadata()).variables.map((v) => v.value);
        const bindings = await (await result.execute()).toArray();
        return toResults(
          vars,
          bindings.map((b) => Object.fromEntries(vars.map((v) => [v, b.get(v)]))),
        );
      })(),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
