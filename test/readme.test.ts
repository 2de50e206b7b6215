import { describe, expect, it } from "vitest";
import { read } from "./helpers.js";

describe("README", () => {
  it("shows the example file verbatim, so the two cannot drift apart", () => {
    expect(read("README.md")).toContain(read("examples", "quickstart.ts").trim());
  });

  it("states the two commands: build and test", () => {
    const readme = read("README.md");
    expect(readme).toContain("npm ci && npm run build");
    expect(readme).toContain("npm ci && npm test");
  });

  it("has an example that runs and answers what Russia demands", async () => {
    const { items, turtle } = await import("../examples/quickstart.js");
    expect(items).toEqual([
      "Ukraine becomes neutral",
      "Ukraine recognizes Crimea as Russian territory",
      "Ukraine recognizes the independence of the Donetsk and Luhansk People's Republics",
    ]);
    expect(turtle).toContain("ng:Demand");
  });
});
