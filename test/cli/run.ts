import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";

/** Run the CLI in process; `out` and `err` are lines, `text` is what a document write produced. */
export async function run(argv: string[], stdin = "") {
  const out: string[] = [];
  const err: string[] = [];
  let text = "";
  const code = await main(
    argv,
    (l) => out.push(l),
    (l) => err.push(l),
    {
      stdin: async () => stdin,
      write: (t) => {
        text += t;
      },
    },
  );
  return { code, out, err, text };
}

const temps: string[] = [];

/** A fresh temporary folder, removed by `cleanTemps`. */
export function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), "newsgraph-"));
  temps.push(d);
  return d;
}

export function cleanTemps(): void {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
}
