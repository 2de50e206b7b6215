import { basename, dirname, resolve } from "node:path";
import { type Command, Option } from "commander";
import { ARTICLES } from "../../articles/index.js";
import { NewsgraphError } from "../../errors.js";
import { jsonldContext, toJsonLd } from "../../export/jsonld.js";
import { toNTriples } from "../../export/ntriples.js";
import { toTurtle } from "../../export/turtle.js";
import { buildRelease, contextPrefixes, publishedPrefixes } from "../../release/release.js";
import { writeAtomically } from "../atomic.js";
import type { CliIo } from "../context.js";
import { PROTECTED, readReleaseInput } from "../files.js";

/** The formats `newsgraph export` writes. */
export const EXPORT_FORMATS = ["turtle", "trig", "ntriples", "nquads", "jsonld", "canonical"] as const;

/** `newsgraph export`: a fresh build in one format, to standard output or atomically to a file. */
export function registerExport(program: Command, io: CliIo): void {
  program
    .command("export")
    .description(
      "build afresh and write the graph in one format: turtle, ntriples and jsonld hold the article graphs; trig, nquads and canonical also the ontology, each in its named graph",
    )
    .addOption(
      new Option("--format <format>", "the RDF format").choices(EXPORT_FORMATS).makeOptionMandatory(),
    )
    .option("--out <file>", "write to this file (atomically); - or no --out: standard output")
    .action(async (options: { format: (typeof EXPORT_FORMATS)[number]; out?: string }) => {
      const release = await buildRelease(await readReleaseInput());
      const slugs = ARTICLES.map((a) => a.slug);
      const file = (name: string) => release.files.find((f) => f.name === name)?.content ?? "";
      const format = options.format;
      const text =
        format === "turtle"
          ? toTurtle(release.quads, publishedPrefixes(...slugs))
          : format === "ntriples"
            ? toNTriples(release.quads)
            : format === "jsonld"
              ? await toJsonLd(release.quads, jsonldContext(contextPrefixes()))
              : file(
                  format === "trig"
                    ? "newsgraph.trig"
                    : format === "nquads"
                      ? "newsgraph.nq"
                      : "newsgraph.canonical.nq",
                );
      if (options.out === undefined || options.out === "-") {
        io.write(text);
        io.exit(0);
        return;
      }
      if (options.out.trim() === "")
        throw new NewsgraphError("usage", "--out", "is empty: name a file, or - for standard output");
      const path = resolve(options.out);
      await writeAtomically(dirname(path), [{ name: basename(path), content: text }], {
        what: "the export",
        protect: PROTECTED,
      });
      io.out(`wrote ${path} (${Buffer.byteLength(text, "utf8")} bytes)`);
      io.exit(0);
    });
}
