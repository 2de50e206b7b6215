import { join, resolve } from "node:path";
import type { Command } from "commander";
import { NewsgraphError } from "../../errors.js";
import { buildRelease } from "../../release/release.js";
import type { GraphSummary } from "../../release/summary.js";
import { writeAtomically } from "../atomic.js";
import type { CliIo } from "../context.js";
import { INSTALLED, PACKAGE_ROOT, PROTECTED, readReleaseInput } from "../files.js";

function printSummary(summaries: readonly GraphSummary[], out: (line: string) => void): void {
  for (const s of summaries) {
    out(`${s.article}:`);
    const modes = Object.entries(s.statementsByMode)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ");
    const rows: [string, number | string][] = [
      ["triples", s.triples],
      ["people", s.people],
      ["unnamed agents", s.unnamedAgents],
      ["states", s.states],
      ["groups of states", s.groupsOfStates],
      ["organisations", s.organisations],
      ["news outlets", s.outlets],
      ["territories", s.territories],
      ["other places", s.places],
      ["posts", s.posts],
      ["memberships", s.memberships],
      ["events", s.events],
      ["statements", `${s.statements} (${modes})`],
      ["verbatim quotations", s.quotations],
      ["claim contents", s.claimContents],
      ["demands", s.demands],
      ["conditions", s.conditions],
      ["proposals", s.proposals],
      ["refusals", s.refusals],
      ["positions", s.positions],
      ["tensions", s.tensions],
      ["entity mentions", s.mentions],
      ["text anchors", s.anchors],
      ["external facts", s.externalFacts],
      ["observations", s.observations],
      ["inferences", s.inferences],
    ];
    for (const [k, v] of rows) out(`  ${k.padEnd(20)} ${v}`);
  }
}

/** `newsgraph build`: build every article graph, validate it, write the release atomically. */
export function registerBuild(program: Command, io: CliIo): void {
  program
    .command("build")
    .description("build every article graph, validate it (SHACL + anchors), and write the release")
    .option(
      "--out <dir>",
      "folder to write the release to (default in a clone of the repository: its data/; an installed package needs --out)",
    )
    .action(async (options: { out?: string }) => {
      if (options.out === undefined && INSTALLED)
        throw new NewsgraphError(
          "usage",
          "build",
          "the package is installed: say where to write the release with --out DIR (it is not written into node_modules)",
        );
      if (options.out?.trim() === "") throw new NewsgraphError("usage", "--out", "is empty: name a folder");
      const dir = resolve(options.out ?? join(PACKAGE_ROOT, "data"));
      const release = await buildRelease(await readReleaseInput());
      await writeAtomically(dir, release.files, { what: "the release", release: true, protect: PROTECTED });
      for (const f of release.files)
        io.out(`wrote ${join(dir, f.name)} (${Buffer.byteLength(f.content, "utf8")} bytes)`);
      printSummary(release.summaries, io.out);
      io.exit(0);
    });
}
