import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./helpers.js";

/**
 * Compile dist/ once before any test file runs: the tests that run the real `newsgraph` executable
 * (closed pipes, full disks, killed processes) need it fresh, and compiling it in several files at once
 * would race.
 */
export default function setup(): void {
  const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
  const built = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (built.status !== 0)
    throw new Error(`tsc -p tsconfig.build.json failed:\n${built.stdout}${built.stderr}`);
}
