import { join } from "node:path";
import type { Command } from "commander";
import { NewsgraphError } from "../../errors.js";
import { toNQuads } from "../../export/ntriples.js";
import { runBounded } from "../../query/bounded.js";
import { questionOf } from "../../query/catalogue.js";
import { prepareQuery } from "../../query/prepare.js";
import { formatResults } from "../../query/results.js";
import type { ReleaseFile } from "../../release/release.js";
import { writeAtomically } from "../atomic.js";
import type { CliIo } from "../context.js";
import { readQueryData } from "../data.js";
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
        const answer = await runBounded(nquads, prepareQuery(text, path), path, {
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
        const content = formatResults(answer.results);
        if (options.writeExpected === true) {
          expected.push({ name: srj, content });
          io.out(`${f}: ${rows} rows written to ${srj}`);
          continue;
        }
        const committed = present.includes(srj) ? await readText(join(qdir, srj)) : undefined;
        const same = committed === content;
        if (!same) failures++;
        io.out(
          `${f}: ${rows} rows ${same ? "match" : committed === undefined ? `(no ${srj})` : `DIFFER from ${srj}`}`,
        );
      }
      if (options.writeExpected === true)
        await writeAtomically(qdir, expected, { what: "the expected results" });
      if (failures > 0) io.err(`newsgraph queries: ${failures} of ${files.length} queries failed`);
      io.exit(failures === 0 ? 0 : 1);
    });
}
