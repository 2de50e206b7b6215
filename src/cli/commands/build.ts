import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Command } from "commander";
import { NewsgraphError } from "../../errors.js";
import type { SourceArticle } from "../../release/release.js";
import { buildRelease } from "../../release/release.js";
import type { GraphSummary } from "../../release/summary.js";
import { writeAtomically } from "../atomic.js";
import { CONFIG_FILE, readBuildConfig } from "../build-config.js";
import type { CliIo } from "../context.js";
import { INSTALLED, PACKAGE_ROOT, PROTECTED, readReleaseInput } from "../files.js";
import { loadUserArticles } from "../user-articles.js";

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

/** The options of `newsgraph build`. */
interface BuildOptions {
  readonly out?: string;
  readonly config?: string;
  readonly bundled?: boolean;
}

/** Which articles to build and where to: from the arguments, `--config` or `newsgraph.config.json`. */
async function plan(
  paths: readonly string[],
  options: BuildOptions,
  io: CliIo,
): Promise<{ articles: SourceArticle[]; bundled: boolean; out: string | undefined }> {
  let configPath = options.config;
  if (configPath === undefined && paths.length === 0 && (await exists(resolve(CONFIG_FILE)))) {
    configPath = CONFIG_FILE;
    io.err(`newsgraph: note: reading ${CONFIG_FILE} from this folder`);
  }
  const config = configPath === undefined ? undefined : await readBuildConfig(configPath);
  const articlePaths = [...(config?.articles ?? []), ...paths];
  const bundled = options.bundled ?? config?.bundled ?? true;
  const out = options.out === undefined ? config?.out : resolve(options.out);
  if (!bundled && articlePaths.length === 0)
    throw new NewsgraphError(
      "usage",
      "--no-bundled",
      "leaves nothing to build: name your article modules (or folders of them), or a --config",
    );
  if (articlePaths.length > 0 && out === undefined)
    throw new NewsgraphError(
      "usage",
      "build",
      'say where to write the release of your articles with --out DIR (or "out" in the config); the package\'s own data/ holds only its bundled article',
    );
  return { articles: await loadUserArticles(articlePaths), bundled, out };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** `newsgraph build`: build every article graph, validate it, write the release atomically. */
export function registerBuild(program: Command, io: CliIo): void {
  program
    .command("build")
    .description(
      "build the article graphs (the bundled one and yours), validate each and all together (SHACL + anchors), and write the release",
    )
    .argument("[articles...]", "your article modules (.ts, .mts, .js, .mjs) or folders of them")
    .option(
      "--out <dir>",
      "folder to write the release to (default in a clone of the repository: its data/; an installed package needs --out)",
    )
    .option(
      "--config <file>",
      `a build configuration (default: ${CONFIG_FILE} in this folder, when no articles are named)`,
    )
    .option("--bundled", "build the bundled article too (the default)")
    .option("--no-bundled", "build only your articles")
    .action(async (paths: string[], options: BuildOptions) => {
      if (options.out?.trim() === "") throw new NewsgraphError("usage", "--out", "is empty: name a folder");
      const { articles, bundled, out } = await plan(paths, options, io);
      if (out === undefined && INSTALLED)
        throw new NewsgraphError(
          "usage",
          "build",
          "the package is installed: say where to write the release with --out DIR (it is not written into node_modules)",
        );
      const dir = out ?? join(PACKAGE_ROOT, "data");
      const release = await buildRelease(await readReleaseInput(PACKAGE_ROOT, { articles, bundled }));
      await writeAtomically(dir, release.files, { what: "the release", release: true, protect: PROTECTED });
      for (const f of release.files)
        io.out(`wrote ${join(dir, f.name)} (${Buffer.byteLength(f.content, "utf8")} bytes)`);
      printSummary(release.summaries, io.out);
      io.exit(0);
    });
}
