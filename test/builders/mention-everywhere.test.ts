import { describe, expect, it } from "vitest";
import { GraphBuilder, mentionEverywhere, NewsgraphError, outlet, person } from "../../src/index.js";

const TEXT = "The Example Ledger reports. Sam Example told The Example Ledger; Example Ledgers are not it.";

function graph() {
  const g = new GraphBuilder("mention-everywhere-test", TEXT);
  return { g, ledger: outlet(g, { name: "The Example Ledger", altNames: ["Example Ledger"] }) };
}

describe("mentionEverywhere", () => {
  it("mentions every whole-word occurrence, the longer name first, once per span", () => {
    const { g, ledger } = graph();
    const made = mentionEverywhere(g, ledger, ["Example Ledger", "The Example Ledger"]);
    // Two "The Example Ledger"; "Example Ledger" inside them is covered; "Example Ledgers" is another word.
    expect(made).toHaveLength(2);
    const forms = g.quads
      .filter((q) => q.predicate.value.endsWith("surfaceForm"))
      .map((q) => q.object.value)
      .sort();
    expect(forms).toEqual(["The Example Ledger", "The Example Ledger"]);
  });

  it("is harmless when repeated (the same spans, the same mentions)", () => {
    const { g, ledger } = graph();
    mentionEverywhere(g, ledger, ["The Example Ledger"]);
    const size = g.quads.length;
    mentionEverywhere(g, ledger, ["The Example Ledger"]);
    expect(g.quads.length).toBe(size);
  });

  const rows: [string, (g: GraphBuilder, ledger: ReturnType<typeof graph>["ledger"]) => unknown, string][] = [
    ["no names", (g, l) => mentionEverywhere(g, l, []), "mentionEverywhere.names: needs at least one name"],
    [
      "a name the text does not print",
      (g, l) => mentionEverywhere(g, l, ["The Example Ledger", "Ledger Daily"]),
      'mentionEverywhere.names[1]: "Ledger Daily" does not occur in the text of mention-everywhere-test as a whole word',
    ],
    [
      "a name only inside a longer word",
      (g, l) => mentionEverywhere(g, l, ["Ledg"]),
      'mentionEverywhere.names[0]: "Ledg" does not occur in the text of mention-everywhere-test as a whole word',
    ],
    [
      "an empty name",
      (g, l) => mentionEverywhere(g, l, [" "]),
      "mentionEverywhere.names[0]: must be a non-empty name",
    ],
    [
      "names that are not a list",
      (g, l) => mentionEverywhere(g, l, "The Example Ledger" as unknown as string[]),
      "mentionEverywhere.names",
    ],
  ];
  it.each(rows)("refuses %s, naming the field, and leaves the graph as it was", (_, call, message) => {
    const { g, ledger } = graph();
    person(g, { name: "Sam Example" });
    const before = g.quads.length;
    let error: unknown;
    try {
      call(g, ledger);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NewsgraphError);
    expect((error as Error).message.startsWith(message), (error as Error).message).toBe(true);
    expect(g.quads.length).toBe(before);
  });
});
