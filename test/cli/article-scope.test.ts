// `newsgraph query … --article`: a helper's rows, or a query's ?article, kept to one article of the data.
// The data here: the bundled article's and the later-report fixture's complete graphs, as two files.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { toNTriples } from "../../src/index.js";
import { BUNDLED, FIXTURES } from "../corpus/corpus.js";
import { cleanTemps, run, tempDir } from "./run.js";

const dir = tempDir();
const files = [...BUNDLED, ...FIXTURES.filter((f) => f.module.slug === "later-report-fixture")].map((a) => {
  const file = join(dir, `${a.module.slug}.nt`);
  writeFileSync(file, toNTriples(a.module.build(a.text).quads));
  return file;
});
const data = files.flatMap((f) => ["--data", f]);
afterAll(cleanTemps);

describe("newsgraph query --article", () => {
  it("keeps a helper's rows to the article named by slug (set semantics over both files)", async () => {
    const all = await run(["query", "negotiationRounds", ...data, "--format", "csv"]);
    const later = await run([
      "query",
      "negotiationRounds",
      ...data,
      "--format",
      "csv",
      "--article",
      "later-report-fixture",
    ]);
    expect(all.code).toBe(0);
    expect(later.code).toBe(0);
    expect(all.text.trim().split("\n")).toHaveLength(5); // header + 2 participants × 2 articles
    const rows = later.text.trim().split("\n").slice(1);
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.includes("later-report-fixture") && r.includes(",4,"))).toBe(true);
  });

  it("binds ?article of a query file to the article", async () => {
    const r = await run([
      "query",
      "queries/negotiation-rounds.rq",
      ...data,
      "--format",
      "csv",
      "--article",
      "zelensky-aide-neutrality",
    ]);
    expect(r.code).toBe(0);
    const rows = r.text.trim().split("\n").slice(1);
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.includes("zelensky-aide-neutrality"))).toBe(true);
  });

  it.each([
    [
      ["negotiationRounds", "--article", "no-such-article"],
      1,
      /--article: the data holds no article .*no-such-article \(articles: later-report-fixture, zelensky-aide-neutrality\)/,
    ],
    [
      ["negotiationRounds", "--article", "Not A Slug"],
      2,
      /--article: "Not A Slug" is neither an article's slug nor its IRI/,
    ],
    [
      ["territoriesAndParts", "--article", "zelensky-aide-neutrality"],
      2,
      /--article: territoriesAndParts's rows do not come from one article/,
    ],
  ])("refuses %j with exit %i and one line", async (args, code, message) => {
    const r = await run(["query", ...(args as string[]), ...data]);
    expect(r.code).toBe(code);
    expect(r.err[0]).toMatch(message);
  });
});
