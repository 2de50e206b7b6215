import { join, resolve } from "node:path";
import type { Command } from "commander";
import { NewsgraphError } from "../../errors.js";
import { buildRelease } from "../../release/release.js";
import type { CliIo } from "../context.js";
import { DEFAULT_DATA } from "../data.js";
import { INSTALLED, isDirectory, listFiles, readReleaseInput, readText } from "../files.js";

/** `newsgraph check`: fail when a release folder differs from a fresh build. */
export function registerCheck(program: Command, io: CliIo): void {
  program
    .command("check")
    .description("rebuild in memory and fail if the release folder differs from a fresh build")
    .option("--data <dir>", "the release folder to check", DEFAULT_DATA)
    .action(async (options: { data: string }) => {
      const dir = resolve(options.data);
      if (!(await isDirectory(dir)))
        throw new NewsgraphError("io", dir, "is not a folder (the release folder to check)");
      const release = await buildRelease(await readReleaseInput());
      const expected = new Map(release.files.map((f) => [f.name, f.content]));
      const present = await listFiles(dir);
      const problems: string[] = [];
      for (const [name, content] of expected) {
        if (!present.includes(name)) problems.push(`${join(dir, name)}: missing`);
        else if ((await readText(join(dir, name))) !== content)
          problems.push(`${join(dir, name)}: differs from a fresh build`);
      }
      for (const name of present)
        if (!expected.has(name)) problems.push(`${join(dir, name)}: not produced by the build`);
      if (problems.length > 0) {
        for (const p of problems) io.err(`newsgraph check: ${p}`);
        io.err(
          INSTALLED
            ? "newsgraph check: the folder is not the release this package builds"
            : "newsgraph check: run `npm run build` and commit data/",
        );
        io.exit(1);
        return;
      }
      io.out(`newsgraph check: ${expected.size} files in ${dir} equal a fresh build`);
      io.exit(0);
    });
}
