// docs/authoring.md, run: its commands through the CLI in process, its code blocks put into the module
// `newsgraph new` scaffolds, exactly as the guide tells a user to. The assembled module is also committed
// (test/fixtures/authoring/talks-report.ts) so that `tsc` type-checks the guide's code; this test proves
// the committed file is the guide's code and nothing else.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assemble, GUIDE_COMMANDS as COMMANDS, marked, words } from "./authoring-guide.js";
import { cleanTemps, run, tempDir } from "./cli/run.js";
import { ROOT, read } from "./helpers.js";

const DOC = read("docs", "authoring.md");

let project = "";
const cwd = process.cwd();
/** Run a guide command in the project folder, with the installed text path mapped to the repository. */
async function guide(line: string) {
  const argv = words(line)
    .slice(2)
    .map((w) => w.replace(/^node_modules\/newsgraph\//, `${ROOT}/`));
  process.chdir(project);
  try {
    return await run(argv);
  } finally {
    process.chdir(cwd);
  }
}

beforeAll(() => {
  project = tempDir();
});
afterAll(cleanTemps);

describe("docs/authoring.md", { timeout: 180_000 }, () => {
  it("says in its first lines that its article is a text written for it", () => {
    expect(DOC.split("\n").slice(0, 6).join(" ")).toMatch(/a short text written for this guide/);
    expect(read("docs", "authoring", "talks-report.txt")).toContain(
      "written for the newsgraph authoring guide",
    );
  });

  it("scaffolds the module with newsgraph new, which builds and validates before any statement", async () => {
    const line = COMMANDS.find((l) => l.startsWith("npx newsgraph new "));
    expect(line).toBeDefined();
    const r = await guide(line ?? "");
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out[1]).toBe(
      "wrote articles/talks-report.ts (the article module: it builds and validates as it is)",
    );
    const text = readFileSync(join(project, "articles", "talks-report.txt"), "utf8");
    expect(text).toBe(read("docs", "authoring", "talks-report.txt"));
    const scaffold = readFileSync(join(project, "articles", "talks-report.ts"), "utf8");
    expect(scaffold).toContain('from "newsgraph";');
    expect(scaffold).not.toMatch(/from "(?!newsgraph")/);
    const only = await guide("npx newsgraph build articles --no-bundled --out scaffold-only");
    expect(only.code, only.err.join("\n")).toBe(0);
    expect(only.out).toContain("  statements           0 ()");
  });

  it("shows what newsgraph anchor prints", async () => {
    const line = COMMANDS.find((l) => l.startsWith("npx newsgraph anchor "));
    const r = await guide(line ?? "");
    expect(r.code).toBe(0);
    expect(`${r.out.join("\n")}\n`).toBe(marked("anchor output")[0]);
  });

  it("is, code block for code block, the committed module test/fixtures/authoring/talks-report.ts", () => {
    const scaffold = readFileSync(join(project, "articles", "talks-report.ts"), "utf8");
    expect(marked("statements")).toHaveLength(4);
    expect(assemble(scaffold)).toBe(read("test", "fixtures", "authoring", "talks-report.ts"));
  });

  it("builds with the bundled article, validates, and queries both together", async () => {
    const scaffold = readFileSync(join(project, "articles", "talks-report.ts"), "utf8");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(join(project, "articles", "talks-report.ts"), assemble(scaffold));
    const [build, validate, query] = COMMANDS.filter((l) => /^npx newsgraph (build|validate|query) /.test(l));
    const built = await guide(build ?? "");
    expect(built.code, built.err.join("\n")).toBe(0);
    const summary = built.out.slice(built.out.indexOf("talks-report:"));
    expect(summary).toContain(
      "  statements           6 (AuthorialNarration 1, ReportedSpeech 3, Summary 1, VerbatimQuote 1)",
    );
    expect(summary).toContain("  tensions             1");
    expect(built.out).toContain("zelensky-aide-neutrality:");
    const valid = await guide(validate ?? "");
    expect(valid.code, valid.err.join("\n")).toBe(0);
    const rows = await guide(`${query} --format csv`);
    expect(rows.code, rows.err.join("\n")).toBe(0);
    const statements = rows.text.split("\n").map((l) => l.split(",")[0] ?? "");
    expect(statements.filter((s) => s.includes("/article/talks-report/"))).toHaveLength(4);
    expect(statements.filter((s) => s.includes("/article/zelensky-aide-neutrality/")).length).toBeGreaterThan(
      3,
    );
  });

  it("names every decision an annotator faces", () => {
    for (const decision of [
      "verbatim",
      "reported",
      "paraphrase",
      "narration",
      "summary",
      "Speaker from context",
      "OUTLET_FROM_CONTEXT_RULE",
      "explicit",
      "context",
      "unstated",
      "Events.",
      "Wikidata",
      "misspelling",
      "demand",
      "condition",
      "refusal",
      "position",
      "Tensions",
      "Known entities",
    ])
      expect(DOC).toContain(decision);
  });
});
