#!/usr/bin/env node
// The `newsgraph` executable. It always runs the CLI: npm reaches it through a symlink (npx, npm link,
// a dependency's .bin, a global install), so no "am I the main module?" test can be trusted here.
import { main } from "./main.js";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `newsgraph: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
