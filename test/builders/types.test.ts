import { describe, expect, it } from "vitest";
import { person, state } from "../../src/builders/agent.js";
import { anchorText } from "../../src/builders/anchor.js";
import { topic } from "../../src/builders/concept.js";
import { resolvedDate } from "../../src/builders/date.js";
import type { AgentKind, Ref } from "../../src/builders/kinds.js";
import { mention } from "../../src/builders/mention.js";
import { territory } from "../../src/builders/place.js";
import { membership, post, role } from "../../src/builders/role.js";
import { statement } from "../../src/builders/statement.js";
import { NewsgraphError } from "../../src/errors.js";
import { graphOver } from "../helpers.js";

// These checks run at compile time (`npm run typecheck`): each @ts-expect-error must meet a type error,
// or tsc fails. The test bodies then force the same calls at run time and expect the builder to refuse.

describe("references typed by kind", () => {
  it("does not let a territory be a speaker", () => {
    const g = graphOver("Crimea said nothing.");
    const crimea = territory(g, { name: "Crimea" });
    const call = () =>
      statement(g, {
        slug: "s",
        summary: "Crimea said nothing",
        // @ts-expect-error a territory is not an agent
        speaker: crimea,
        mode: "reported",
        anchor: anchorText(g, "Crimea said nothing."),
        date: resolvedDate(g, { slug: "d", method: "unstated", rule: "none" }),
        topics: [topic(g, { name: "t" })],
        about: [],
        polarity: "affirmative",
      });
    expect(call).toThrow(NewsgraphError);
  });

  it("does not let a state hold a post as a person would", () => {
    const g = graphOver("Ukraine");
    const ukraine = state(g, { name: "Ukraine" });
    const president = post(g, {
      name: "President of Ukraine",
      role: role(g, { name: "president" }),
      in: ukraine,
    });
    const call = () =>
      membership(g, {
        // @ts-expect-error a membership's member is a person
        member: ukraine,
        post: president,
        attestedOn: "2022-03-09",
        anchor: anchorText(g, "Ukraine"),
      });
    expect(call).toThrow(NewsgraphError);
  });

  it("does not let an anchor stand where an entity is expected", () => {
    const g = graphOver("Ukraine");
    const a = anchorText(g, "Ukraine");
    // @ts-expect-error an anchor is not an entity
    expect(() => mention(g, a, a)).toThrow(NewsgraphError);
  });

  it("lets a person be used wherever an agent is expected", () => {
    const g = graphOver("x");
    const agent: Ref<AgentKind> = person(g, { name: "Ihor Zhovkva" });
    expect(agent.kind).toBe("person");
  });
});
