import { basename, dirname, join } from "node:path";
import type { Command } from "commander";
import { parseTurtle } from "../../release/release.js";
import { validateGraph } from "../../validate/graph.js";
import type { CliIo } from "../context.js";
import { readRdfFile } from "../data.js";
import { listFiles, PACKAGE_ROOT, readText, userPath } from "../files.js";

/** `newsgraph validate`: the checks a build runs, on any graph a user made or received. */
export function registerValidate(program: Command, io: CliIo): void {
  program
    .command("validate")
    .description(
      "check RDF files as a build does: SHACL shapes, text anchors against the source text, IRI and literal sanity; one line per problem (file: node: problem), exit 1 on any",
    )
    .argument("<files...>", "RDF files (.ttl, .trig, .nt, .nq, .jsonld)")
    .option(
      "--text <file>",
      "the source text the anchors point into (default: <slug>.txt beside <slug>.ttl, when there is one)",
    )
    .action(async (files: string[], options: { text?: string }) => {
      const ontology = parseTurtle(
        await readText(join(PACKAGE_ROOT, "ontology", "newsgraph.ttl")),
        "ontology/newsgraph.ttl",
      );
      const shapes = parseTurtle(
        await readText(join(PACKAGE_ROOT, "ontology", "newsgraph.shapes.ttl")),
        "ontology/newsgraph.shapes.ttl",
      );
      const given =
        options.text === undefined ? undefined : await readText(await userPath(options.text, io.err));
      let total = 0;
      for (const file of files) {
        const path = await userPath(file, io.err);
        const quads = await readRdfFile(path, file);
        let text = given;
        if (text === undefined) {
          const sibling = `${basename(path).replace(/\.[^.]+$/, "")}.txt`;
          if ((await listFiles(dirname(path))).includes(sibling))
            text = await readText(join(dirname(path), sibling));
          else io.err(`${file}: no source text (--text, or ${sibling} beside it): anchors not checked`);
        }
        const problems = await validateGraph(quads, {
          shapes,
          ontology,
          ...(text === undefined ? {} : { text }),
        });
        for (const p of problems) io.out(`${file}: ${p.node}: ${p.problem}`);
        total += problems.length;
        if (problems.length === 0) io.err(`${file}: ${quads.length} triples, no problems`);
      }
      if (total > 0) io.err(`newsgraph validate: ${total} problem(s)`);
      io.exit(total === 0 ? 0 : 1);
    });
}
