import { readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readReleaseInput } from "../../src/cli/files.js";
import { buildRelease, parseTurtle, type Release } from "../../src/release/release.js";
import { validateShapes } from "../../src/validate/shacl.js";
import { ROOT, read } from "../helpers.js";

const shapes = parseTurtle(read("ontology", "newsgraph.shapes.ttl"), "shapes");
const ontology = parseTurtle(read("ontology", "newsgraph.ttl"), "ontology");
const INVALID = join(ROOT, "ontology", "examples", "invalid");
const fixtures = readdirSync(INVALID)
  .filter((f) => f.endsWith(".ttl"))
  .sort();

describe("SHACL shapes", () => {
  let release: Release;
  beforeAll(async () => {
    release = await buildRelease(await readReleaseInput());
  });

  it("accept the article graph", async () => {
    expect(await validateShapes(release.quads, shapes, ontology)).toEqual([]);
  });

  it("accept the committed Turtle as parsed back", async () => {
    const committed = parseTurtle(read("data", "zelensky-aide-neutrality.ttl"), "data");
    expect(await validateShapes(committed, shapes, ontology)).toEqual([]);
  });

  it("have at least ten deliberately invalid examples", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
  });

  it.each(fixtures)("reject %s with the message it expects", async (file) => {
    const text = read("ontology", "examples", "invalid", file);
    const expected = /^# expect: (.+)$/m.exec(text)?.[1];
    expect(expected, `${file} must say "# expect: <message>"`).toBeDefined();
    const violations = await validateShapes(parseTurtle(text, file), shapes, ontology);
    expect(violations.map((v) => v.message)).toContain(expected);
  });
});
