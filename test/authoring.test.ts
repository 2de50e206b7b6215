// docs/authoring.md, run: its commands through the CLI in process, its code blocks put into the module
// `newsgraph new` scaffolds, exactly as the guide tells a user to. The assembled module is also committed
// (test/fixtures/authoring/talks-report.ts) so that `tsc` type-checks the guide's code; this test proves
// the committed file is the guide's code and nothing else.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Parser } from "n3";
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

  it("shows the text exactly as the file it ships", () => {
    const shown = /```text\n(Think Tank[\s\S]*?)\n```/.exec(DOC)?.[1];
    expect(shown).toBe(read("docs", "authoring", "talks-report.txt"));
  });

  it("shows what newsgraph known prints", async () => {
    const line = COMMANDS.find((l) => l.startsWith("npx newsgraph known "));
    const r = await guide(line ?? "");
    expect(r.code).toBe(0);
    expect(r.text).toBe(marked("known output")[0]);
  });

  it("shows the error newsgraph build gives for a known entity written anew", async () => {
    const scaffold = readFileSync(join(project, "articles", "talks-report.ts"), "utf8");
    const module = assemble(scaffold);
    const mistaken = module
      .replace(
        'const russia = known.state(g, "Russia");',
        'const russia = state(g, { name: "Russian Federation" });',
      )
      .replace("  statement,\n", "  state,\n  statement,\n");
    expect(mistaken).not.toBe(module);
    const folder = join(project, "mistaken", "articles");
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "talks-report.ts"), mistaken);
    copyFileSync(join(project, "articles", "talks-report.txt"), join(folder, "talks-report.txt"));
    const cwd = process.cwd();
    process.chdir(join(project, "mistaken"));
    try {
      const r = await run(["build", "articles", "--no-bundled", "--out", "release"]);
      expect(r.code).toBe(1);
      expect(`${r.err.join("\n")}\n`).toBe(marked("duplicate error")[0]);
    } finally {
      process.chdir(cwd);
    }
  });

  it("shows what newsgraph anchor prints", async () => {
    const line = COMMANDS.find((l) => l.startsWith("npx newsgraph anchor "));
    const r = await guide(line ?? "");
    expect(r.code).toBe(0);
    expect(`${r.out.join("\n")}\n`).toBe(marked("anchor output")[0]);
  });

  it("is, code block for code block, the committed module test/fixtures/authoring/talks-report.ts", () => {
    const scaffold = readFileSync(join(project, "articles", "talks-report.ts"), "utf8");
    expect(marked("statements")).toHaveLength(9);
    expect(assemble(scaffold)).toBe(read("test", "fixtures", "authoring", "talks-report.ts"));
  });

  it("builds with the bundled article, validates, and queries both together", async () => {
    const scaffold = readFileSync(join(project, "articles", "talks-report.ts"), "utf8");
    writeFileSync(join(project, "articles", "talks-report.ts"), assemble(scaffold));
    const [build, validate, query] = COMMANDS.filter((l) => /^npx newsgraph (build|validate|query) /.test(l));
    const built = await guide(build ?? "");
    expect(built.code, built.err.join("\n")).toBe(0);
    const summary = built.out.slice(built.out.indexOf("talks-report:"));
    expect(summary).toContain(
      "  statements           10 (AuthorialNarration 1, ReportedSpeech 7, Summary 1, VerbatimQuote 1)",
    );
    expect(summary).toContain("  tensions             1");
    expect(summary).toContain("  events               3");
    expect(built.out).toContain("zelensky-aide-neutrality:");
    // The two graphs meet on the nodes known.* built.
    const nodesOf = (slug: string) =>
      new Set(
        new Parser()
          .parse(readFileSync(join(project, "release", `${slug}.ttl`), "utf8"))
          .flatMap((q) => [q.subject.value, q.object.value]),
      );
    const [mine, bundled] = [nodesOf("talks-report"), nodesOf("zelensky-aide-neutrality")];
    for (const shared of [
      "state/ukraine",
      "state/russia",
      "topic/peace-talks",
      "event/russia-ukraine-negotiations-2022",
    ]) {
      const iri = `https://w3id.org/newsgraph/id/${shared}`;
      expect([mine.has(iri), bundled.has(iri)], iri).toEqual([true, true]);
    }
    const valid = await guide(validate ?? "");
    expect(valid.code, valid.err.join("\n")).toBe(0);
    const rows = await guide(`${query} --format csv`);
    expect(rows.code, rows.err.join("\n")).toBe(0);
    const lines = rows.text.split("\n");
    const column = (lines[0] ?? "").split(",").indexOf("statement");
    expect(column).toBeGreaterThanOrEqual(0);
    const statements = lines.map((l) => l.split(",")[column] ?? "");
    expect(statements.filter((s) => s.includes("/article/talks-report/"))).toHaveLength(7);
    expect(statements.filter((s) => s.includes("/article/zelensky-aide-neutrality/")).length).toBeGreaterThan(
      3,
    );
  });

  it("runs every command it shows (the tests above and test/installed.test.ts run these)", () => {
    const tested = ["new", "known", "anchor", "build", "validate", "query"];
    for (const line of COMMANDS) expect(tested).toContain(words(line)[2]);
    for (const command of tested)
      expect(
        COMMANDS.some((l) => words(l)[2] === command),
        `docs/authoring.md shows newsgraph ${command}`,
      ).toBe(true);
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
      "newsgraph known",
      "known.state",
      "distinctFrom",
      "defineOrganisationType",
      "An interview",
      "A round",
      '"might"',
      '"if …, … would …"',
      '"is not open to"',
      '"both sides said"',
    ])
      expect(DOC).toContain(decision);
  });
});
