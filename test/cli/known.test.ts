import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { CATALOGUE, catalogueRows } from "../../src/index.js";

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    argv,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out: out.join("\n"), err };
}

describe("newsgraph known", () => {
  it("lists every catalogue entry with its kind, name, IRI, Wikidata id and alternative names", async () => {
    const { code, out, err } = await run("known", "--format", "csv");
    expect([code, err]).toEqual([0, []]);
    const lines = out.trim().split("\r\n");
    expect(lines[0]).toBe("kind,name,iri,wikidata,altNames");
    expect(lines.slice(1)).toHaveLength(catalogueRows().length);
    expect(lines).toContain(
      "person,Volodymyr Zelenskyy,https://w3id.org/newsgraph/id/person/volodymyr-zelenskyy,Q3874799,Volodymyr Zelensky; Zelensky; Zelenskyy",
    );
  });

  it("lists one kind as a table with prefixed IRIs", async () => {
    const { code, out } = await run("known", "state");
    expect(code).toBe(0);
    expect(out).toContain("state:ukraine");
    expect(out).toContain(`(${CATALOGUE.state.length} rows)`);
    expect(out).not.toContain("person:");
  });

  it("looks a name up in one kind, or in every kind, case- and accent-insensitively", async () => {
    const one = await run("known", "post", "president of ukraine", "--format", "json");
    expect(one.code).toBe(0);
    const rows = JSON.parse(one.out).results.bindings;
    expect(rows.map((r: { iri: { value: string } }) => r.iri.value)).toEqual([
      "https://w3id.org/newsgraph/id/post/president-of-ukraine",
    ]);
    // "peace talks" is a topic and an alternative name of the negotiations: both are listed.
    const any = await run("known", "Peace Talks", "--format", "tsv");
    expect(any.code).toBe(0);
    expect(any.out).toContain("<https://w3id.org/newsgraph/id/topic/peace-talks>");
    expect(any.out).toContain("<https://w3id.org/newsgraph/id/event/russia-ukraine-negotiations-2022>");
    expect((await run("known", "ZELÉNSKY", "--format", "csv")).out).toContain("person/volodymyr-zelenskyy");
  });

  it("prints its usage for --help", async () => {
    const { code, out } = await run("known", "--help");
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: newsgraph known /);
    expect(out).toContain("--format");
  });

  // [arguments, exit code, the one line on standard error]
  const bad: readonly [readonly string[], number, string][] = [
    [
      ["known", "person", "Zelenskiy"],
      1,
      'newsgraph: known.name: "Zelenskiy" is not a person in the catalogue (did you mean "Zelensky" or "Zelenskyy"?)',
    ],
    [
      ["known", "Zelenskiy"],
      1,
      'newsgraph: known.name: "Zelenskiy" is not in the catalogue (did you mean "Zelensky" or "Zelenskyy"?)',
    ],
    [["known", "Atlantis"], 1, 'newsgraph: known.name: "Atlantis" is not in the catalogue'],
    [
      ["known", "planet", "Mars"],
      2,
      'newsgraph: known.kind: "planet" is not a kind of the catalogue (person, state, stateGroup, territory, place, organisation, outlet, role, post, event, topic)',
    ],
    [
      ["known", "--format", "xml"],
      2,
      "newsgraph: option '--format <format>' argument 'xml' is invalid. Allowed choices are table, json, csv, tsv.",
    ],
  ];
  it.each(bad)("refuses %j with exit %i and one line", async (argv, code, line) => {
    const result = await run(...argv);
    expect(result.code).toBe(code);
    expect(result.out).toBe("");
    expect(result.err[0]).toBe(line);
    expect(result.err.length).toBe(code === 2 ? 2 : 1);
  });
});
