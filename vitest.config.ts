import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // The README example imports the package by name; in the repo that is the source.
    alias: { newsgraph: fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
  },
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 60_000,
    // Suites build releases and run SHACL in beforeAll: on a loaded 2-CPU machine that exceeds 10 s.
    hookTimeout: 180_000,
  },
});
