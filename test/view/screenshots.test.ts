// The screenshot script (`npm run screenshots` runs it with --docs to refresh the README's images): it opens
// each page of a release in Chromium at 390 and 1280 px and the picture, and writes PNGs of those widths.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, SLUG } from "../helpers.js";

const dir = mkdtempSync(join(tmpdir(), "newsgraph-shots-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Width and height of a PNG, from its IHDR chunk. */
const pngSize = (file: string) => {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
};

describe("the screenshot script", () => {
  it("writes the page at 390 and 1280 px, plain and with a statement selected, and the picture, and says so in JSON", () => {
    for (const ext of ["html", "svg"])
      copyFileSync(join(ROOT, "data", `${SLUG}.${ext}`), join(dir, `${SLUG}.${ext}`));
    const out = execFileSync(
      join(ROOT, "node_modules", ".bin", "jiti"),
      ["test/view/screenshots.ts", "--data", dir],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    );
    const lines = out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { width?: number; files?: string[]; picture?: string });
    const files = lines.flatMap((l) => (l.files ?? []).map((f) => ({ f, width: l.width })));
    expect(files.map((x) => x.f.slice(x.f.lastIndexOf("/") + 1))).toEqual([
      `${SLUG}-page-390.png`,
      `${SLUG}-page-390-selected.png`,
      `${SLUG}-page-1280.png`,
      `${SLUG}-page-1280-selected.png`,
    ]);
    for (const { f, width } of files) expect(pngSize(f).width).toBe(width);
    const picture = lines.find((l) => l.picture)?.picture ?? "";
    expect(pngSize(picture).width).toBe(1600);
    expect(pngSize(picture).height).toBeGreaterThan(1000);
  });
});
