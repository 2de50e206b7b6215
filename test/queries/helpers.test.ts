import { DataFactory } from "n3";
import { describe, expect, it } from "vitest";
import {
  attributionChain,
  conditionsFor,
  demandsOf,
  findEntities,
  meetings,
  mentionsOf,
  negotiationRounds,
  postsHeldBy,
  proposals,
  statementsAbout,
  statementsBy,
  statementsOn,
  statementsPerOutlet,
  tensions,
  territoriesAndParts,
  timeline,
  unnamedSpeakers,
  verbatimQuotes,
} from "../../src/query/helpers.js";
import { NewsStore, parseRdf } from "../../src/store/store.js";
import { read } from "../helpers.js";

const store = new NewsStore(parseRdf(read("data", "zelensky-aide-neutrality.ttl"), "turtle", "data"));
const id = (path: string) => DataFactory.namedNode(`https://w3id.org/newsgraph/id/${path}`);
const local = (t: { value: string } | undefined) => t?.value.split(/[/#]/).pop();

// The competency questions of the article graph, answered by the named helpers and checked by hand
// against the article's text.
describe("named helpers on the article", () => {
  it("postsHeldBy: Zhovkva is deputy chief of staff in the Office of the President", () => {
    expect(
      postsHeldBy(store, id("person/ihor-zhovkva")).map((r) => [r.postName.value, r.organisationName.value]),
    ).toEqual([["Deputy Chief of Staff of the President of Ukraine", "Office of the President of Ukraine"]]);
  });

  it("statementsBy: Zelensky made two statements, both on Monday 7 March", () => {
    const rows = statementsBy(store, id("person/volodymyr-zelenskyy"));
    expect(rows.map((r) => local(r.statement))).toEqual([
      "zelensky-ready-to-discuss-crimea-donbas",
      "zelensky-cooled-down-on-nato",
    ]);
    expect(rows.map((r) => r.date?.value)).toEqual(["2022-03-07", "2022-03-07"]);
  });

  it("statementsAbout: asking about Donbas finds statements naming its republics", () => {
    const rows = statementsAbout(store, id("territory/donbas"));
    expect([...new Set(rows.map((r) => local(r.about)))].sort()).toEqual([
      "donbas",
      "donetsk-peoples-republic",
      "luhansk-peoples-republic",
    ]);
  });

  it("demandsOf: Russia demands three things of Ukraine and offers to stop its offensive", () => {
    const rows = demandsOf(store, id("state/russia"));
    expect(rows.map((r) => r.itemLabel.value)).toEqual([
      "Ukraine becomes neutral",
      "Ukraine recognizes Crimea as Russian territory",
      "Ukraine recognizes the independence of the Donetsk and Luhansk People's Republics",
    ]);
    expect(new Set(rows.map((r) => r.offer?.value))).toEqual(new Set(["Russia stops its offensive"]));
    expect(demandsOf(store, id("state/ukraine"))).toEqual([]);
  });

  it("conditionsFor: Ukraine's neutrality requires Western guarantees; talks require a cease-fire and withdrawal", () => {
    expect(
      conditionsFor(store, id("article/zelensky-aide-neutrality/claim/ukraine-declares-neutrality")).map(
        (r) => r.requirementLabel.value,
      ),
    ).toEqual(["Security guarantees for Ukraine from the US and other Western countries"]);
    // The precondition is for talks to come, never for the rounds already held.
    const talks = conditionsFor(
      store,
      id("article/zelensky-aide-neutrality/claim/ukraine-and-russia-hold-further-talks"),
    );
    expect(
      talks.filter((r) => local(r.kind) === "Precondition").map((r) => r.requirementLabel.value),
    ).toEqual(["An immediate cease-fire", "Russian troops withdraw"]);
    expect(conditionsFor(store, id("event/russia-ukraine-negotiations-2022"))).toEqual([]);
  });

  it("proposals: Putin proposed to Zelensky, as Israeli officials told Axios", () => {
    const [p] = proposals(store);
    expect([local(p?.proposer), local(p?.addressee), local(p?.speaker), local(p?.outlet)]).toEqual([
      "vladimir-putin",
      "volodymyr-zelenskyy",
      "israeli-officials",
      "axios",
    ]);
    expect(p?.excludes?.value).toBe("Regime change in Ukraine");
  });

  it("attributionChain: Zhovkva → Bloomberg → the article → Antiwar.com", () => {
    const [chain] = attributionChain(
      store,
      id("article/zelensky-aide-neutrality/statement/zhovkva-ready-for-diplomatic-solution"),
    );
    expect([
      local(chain?.speaker),
      local(chain?.outlet),
      local(chain?.article),
      local(chain?.publisher),
    ]).toEqual(["ihor-zhovkva", "bloomberg", "zelensky-aide-neutrality", "antiwar-com"]);
  });

  it("tensions: four pairs, in text order", () => {
    expect(tensions(store).map((t) => local(t.tension))).toEqual([
      "precondition-vs-rounds-held",
      "russian-demand-vs-no-territory",
      "flexibility-vs-no-territory",
      "cooled-down-vs-aspiring",
    ]);
  });

  it("timeline: undated items first, then 7 March, then 9 March", () => {
    const days = timeline(store).map((e) => e.date?.value ?? "-");
    expect(days).toEqual([...days].sort());
    expect(new Set(days)).toEqual(new Set(["-", "2022-03-07", "2022-03-09"]));
  });

  it("statementsOn: two statements on 7 March, both Zelensky's", () => {
    expect(statementsOn(store, "2022-03-07").map((r) => local(r.speaker))).toEqual([
      "volodymyr-zelenskyy",
      "volodymyr-zelenskyy",
    ]);
    expect(() => statementsOn(store, "2022-02-30")).toThrow(/day: 2022-02-30 is not a day of the calendar/);
  });

  it("statementsPerOutlet: Axios, Bloomberg and The Times of Israel two each, one of them from context", () => {
    expect(
      statementsPerOutlet(store).map((r) => [r.name.value, r.statements.value, r.fromContextCount.value]),
    ).toEqual([
      ["Axios", "2", "1"],
      ["Bloomberg", "2", "1"],
      ["The Times of Israel", "2", "1"],
    ]);
  });

  it("meetings: Bennett and Putin in Moscow", () => {
    expect(meetings(store).map((r) => [local(r.participant), local(r.place), r.when.value])).toEqual([
      ["naftali-bennett", "moscow", "recently"],
      ["vladimir-putin", "moscow", "recently"],
    ]);
  });

  it("unnamedSpeakers: three, with their affiliations", () => {
    expect(
      unnamedSpeakers(store).map((r) => [r.description.value, local(r.affiliation), r.statements.value]),
    ).toEqual([
      ["Israeli officials", "israel", "1"],
      ["a senior US embassy official in Israel", "embassy-of-the-united-states-in-israel", "2"],
      ["one Israeli official", "israel", "1"],
    ]);
  });

  it("territoriesAndParts and negotiationRounds", () => {
    expect(territoriesAndParts(store).map((r) => [r.name.value, local(r.whole) ?? null])).toEqual([
      ["Crimea", null],
      ["Donbas", null],
      ["Donetsk People's Republic", "donbas"],
      ["Luhansk People's Republic", "donbas"],
    ]);
    expect(new Set(negotiationRounds(store).map((r) => r.rounds.value))).toEqual(new Set(["3"]));
  });

  it("verbatimQuotes: eight, in text order", () => {
    const quotes = verbatimQuotes(store);
    expect(quotes.length).toBe(8);
    expect(quotes[0]?.text.value).toBe("single inch of territory");
  });

  it("mentionsOf: every way the article names Zhovkva, misspellings flagged", () => {
    const rows = mentionsOf(store, id("person/ihor-zhovkva"));
    expect(rows.map((r) => [r.surfaceForm.value, r.misspelling.value])).toEqual([
      ["Zelensky Aide", "false"],
      ["an aide to Ukrainian President Volodymyr Zelensky", "false"],
      ["Ihor Zhovkva", "false"],
      ["Zhovka", "true"],
      ["Zhovkva", "false"],
      ["Zhovka", "true"],
      ["Zhovka", "true"],
    ]);
  });

  it("findEntities: Zelenskyy, Zelensky and zelensky find the same person; accents and case do not matter", () => {
    const who = (q: string) => [...new Set(findEntities(store, q).map((m) => local(m.entity)))];
    expect(who("Zelenskyy")).toEqual(["volodymyr-zelenskyy"]);
    expect(who("Zelensky")).toEqual(["volodymyr-zelenskyy"]);
    expect(who("zelensky")).toEqual(["volodymyr-zelenskyy"]);
    expect(who("ZELÉNSKY")).toEqual(["volodymyr-zelenskyy"]);
    expect(who("zhovka")).toEqual(["ihor-zhovkva"]);
    expect(who("donetsk people's republic")).toEqual(["donetsk-peoples-republic"]);
    expect(who("")).toEqual([]);
    expect(who("Kyiv")).toEqual([]);
  });
});
