import { describe, expect, it } from "vitest";
import { read } from "./helpers.js";

describe("README", () => {
  it("shows the example file verbatim, so the two cannot drift apart", () => {
    expect(read("README.md")).toContain(read("test", "examples", "quickstart.ts").trim());
  });

  it("states the two commands: build and test", () => {
    const readme = read("README.md");
    expect(readme).toContain("npm ci && npm run build");
    expect(readme).toContain("npm ci && npm test");
  });

  it("has an example that runs and answers what Russia demands", async () => {
    const { items, turtle } = await import("./examples/quickstart.js");
    expect(items).toEqual([
      "Ukraine becomes neutral",
      "Ukraine recognizes Crimea as Russian territory",
      "Ukraine recognizes the independence of the Donetsk and Luhansk People's Republics",
    ]);
    expect(turtle).toContain("ng:Demand");
  });
});

describe("README query example", () => {
  it("shows examples/helpers.ts verbatim", () => {
    expect(read("README.md")).toContain(read("test", "examples", "helpers.ts").trim());
  });

  it("runs: Zelensky's two statements, statements per outlet, the first quote's position", async () => {
    const { said, perOutlet, firstQuoteStart } = await import("./examples/helpers.js");
    expect(said).toEqual([
      "Zelensky: Ukraine is ready to discuss with Russia the future of Crimea and Donbas",
      "Zelensky: he has cooled down on the idea of Ukraine joining NATO",
    ]);
    expect(perOutlet).toEqual([
      ["axios", 2],
      ["bloomberg", 2],
      ["the-times-of-israel", 2],
    ]);
    expect(firstQuoteStart).toBe(304);
  });
});

describe("README model section", () => {
  it("lists every inference with its rule, by the query it shows, and every inference has its basis", async () => {
    const { selectJson } = await import("../src/query/sparql.js");
    const { committedStore } = await import("./helpers.js");
    const query = /`(PREFIX ng: <[^>]+> SELECT \?i \?rule \{[^`]+\})`/.exec(read("README.md"))?.[1];
    expect(query, "the README shows the inference query").toBeDefined();
    const store = committedStore();
    const rows = selectJson(store, query ?? "", "README.md").results.bindings;
    expect(rows.length).toBe(11);
    expect(rows.every((r) => (r.rule?.value ?? "") !== "")).toBe(true);
    const unfounded = selectJson(
      store,
      "PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT ?i { ?i a ng:Inference FILTER NOT EXISTS { ?i ng:inferenceBasis ?b } }",
      "basis",
    ).results.bindings;
    expect(unfounded).toEqual([]);
  });
});
