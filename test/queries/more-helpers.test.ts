import { DataFactory } from "n3";
import { describe, expect, it } from "vitest";
import { NewsgraphError } from "../../src/errors.js";
import { articleMetadata } from "../../src/query/article.js";
import {
  choices,
  conditions,
  demands,
  guarantees,
  positions,
  recognitions,
  refusals,
} from "../../src/query/claims.js";
import { describe as describeNode } from "../../src/query/describe.js";
import { type ENTITY_KIND_NAMES, entitiesOfKind } from "../../src/query/entities.js";
import { demandsOf, findEntities } from "../../src/query/helpers.js";
import { carriedBy } from "../../src/query/outlet.js";
import { resolveEntity } from "../../src/query/resolve.js";
import { publishedPrefixes } from "../../src/release/release.js";
import { NewsStore, parseRdf } from "../../src/store/store.js";
import { read } from "../helpers.js";

const store = new NewsStore(parseRdf(read("data", "zelensky-aide-neutrality.ttl"), "turtle", "data"));
const ID = "https://w3id.org/newsgraph/id/";
const id = (path: string) => DataFactory.namedNode(`${ID}${path}`);
const local = (t: { value: string } | undefined) => t?.value.split(/[/#]/).pop();

// The new helpers' answers, checked by hand against the article's text and its graph.
describe("describe", () => {
  it("lists what Zhovkva's node says, then what points at it, with labels", () => {
    const rows = describeNode(store, id("person/ihor-zhovkva"));
    const directions = rows.map((r) => r.direction.value);
    expect(directions).toEqual([...directions].sort().reverse()); // outgoing first
    const outgoing = rows.filter((r) => r.direction.value === "outgoing");
    expect(outgoing.map((r) => [local(r.predicate), local(r.other) ?? null])).toEqual([
      ["type", "Agent"],
      ["type", "Person"],
      ["type", "Person"],
      ["label", "Ihor Zhovkva"],
      ["altLabel", "Zhovkva"],
      ["prefLabel", "Ihor Zhovkva"],
    ]);
    // No undated org:holds: his post is reached through his membership, which names him.
    const incoming = rows.filter((r) => r.direction.value === "incoming");
    expect(incoming.filter((r) => local(r.predicate) === "member").map((r) => local(r.other))).toEqual([
      "ihor-zhovkva-as-deputy-chief-of-staff-of-the-president-of-ukraine",
    ]);
    // Eight statements name him as speaker; seven mentions refer to him.
    expect(incoming.filter((r) => local(r.predicate) === "speaker").length).toBe(8);
    expect(incoming.filter((r) => local(r.predicate) === "refersTo").length).toBe(7);
    const ready = incoming.find(
      (r) => local(r.predicate) === "speaker" && local(r.other) === "zhovkva-ready-for-diplomatic-solution",
    );
    // A statement has no skos:prefLabel: its rdfs:label is its label.
    expect(ready?.otherLabel?.value).toBe("Zhovkva: Ukraine is ready for a diplomatic solution");
    // Without the ontology in the store, predicates have no labels.
    expect(rows.every((r) => r.predicateLabel === undefined)).toBe(true);
  });

  it("labels predicates from the ontology when it is loaded", () => {
    const withOntology = new NewsStore([
      ...store,
      ...parseRdf(read("data", "newsgraph.ttl"), "turtle", "data/newsgraph.ttl"),
    ]);
    const speaker = describeNode(withOntology, id("person/ihor-zhovkva")).find(
      (r) => local(r.predicate) === "speaker",
    );
    expect(speaker?.predicateLabel?.value).toBe("speaker");
  });

  it("finds nothing around a node the data does not have", () => {
    expect(describeNode(store, id("person/nobody"))).toEqual([]);
  });
});

describe("entitiesOfKind", () => {
  const names = (kind: (typeof ENTITY_KIND_NAMES)[number]) =>
    entitiesOfKind(store, kind).map((e) => e.name?.value);

  it("lists each kind by name", () => {
    expect(names("people")).toEqual([
      "Dave DeCamp",
      "Ihor Zhovkva",
      "Naftali Bennett",
      "Vladimir Putin",
      "Volodymyr Zelenskyy",
    ]);
    expect(names("states")).toEqual(["Israel", "Russia", "Ukraine", "United States"]);
    // Not the outlets, and not the Western countries (a group of states).
    expect(names("organisations")).toEqual([
      "Bloomberg L.P.",
      "Embassy of the United States in Israel",
      "Federal Government of the United States",
      "Government of Israel",
      "NATO",
      "Office of the President of Ukraine",
      "Twitter",
    ]);
    expect(names("outlets")).toEqual(["Antiwar.com", "Axios", "Bloomberg", "The Times of Israel"]);
    expect(names("territories")).toEqual([
      "Crimea",
      "Donbas",
      "Donetsk People's Republic",
      "Luhansk People's Republic",
    ]);
    expect(names("events")).toEqual([
      "2022 Russian invasion of Ukraine",
      "Meeting of Naftali Bennett and Vladimir Putin in Moscow",
      "Russia–Ukraine negotiations of 2022",
    ]);
  });

  it("refuses a kind it does not know", () => {
    expect(() => entitiesOfKind(store, "cats" as never)).toThrow(
      /kind: "cats" is not one of people, states, organisations, outlets, territories, events/,
    );
  });
});

describe("articleMetadata", () => {
  it("gives the headline, standfirst, author, publisher, date and URL", () => {
    const rows = articleMetadata(store);
    expect(rows.length).toBe(1);
    const [a] = rows;
    expect(a?.headline.value).toBe(
      "Zelensky Aide Says Ukraine Open to Russia’s Neutrality Demand, But Won’t Cede Territory",
    );
    expect(a?.standfirst?.value).toBe(
      "Russia wants Ukraine to recognize Crimea as Russian and the Donbas republics as independent",
    );
    expect([local(a?.author), a?.authorName?.value]).toEqual(["dave-decamp", "Dave DeCamp"]);
    expect([local(a?.publisher), a?.publisherName?.value]).toEqual(["antiwar-com", "Antiwar.com"]);
    expect([a?.date.value, local(a?.date.datatype)]).toEqual(["2022-03-09", "date"]);
    expect(a?.url.value).toBe(
      "https://news.antiwar.com/2022/03/09/zelensky-aide-says-ukraine-open-to-russias-neutrality-demand-but-wont-cede-territory/",
    );
  });
});

describe("claim content by kind", () => {
  it("refusals: Zhovkva refuses, for Ukraine, to cede territory (twice); a US official, for Washington, to pressure Zelensky", () => {
    const rows = refusals(store);
    expect(
      rows
        .filter((r) => local(r.speaker) === "ihor-zhovkva")
        .map((r) => [local(r.by), r.refusedLabel?.value, local(r.statement)]),
    ).toEqual([
      ["ukraine", "Ukraine cedes or trades any of its territory", "zhovkva-will-not-cede-territory"],
      ["ukraine", "Ukraine cedes or trades any of its territory", "zhovkva-will-not-trade-territories"],
    ]);
    expect(rows.map((r) => local(r.by))).toEqual([
      "ukraine",
      "ukraine",
      "federal-government-of-the-united-states",
    ]);
    expect(rows.at(-1)?.label.value).toBe("Washington will not pressure Zelensky to accept Russia's terms");
    expect(local(rows.at(-1)?.speaker)).toBe("senior-us-embassy-official");
  });

  it("choices: Zelensky's crossroads, accept (the war stops) or reject (a Russian escalation)", () => {
    const rows = choices(store);
    expect(rows.map((r) => [r.optionLabel?.value, r.consequence?.value])).toEqual([
      ["Zelensky accepts the deal", "The war stops"],
      ["Zelensky rejects the deal", "A Russian escalation"],
    ]);
    expect(new Set(rows.map((r) => local(r.facedBy)))).toEqual(new Set(["volodymyr-zelenskyy"]));
    expect(new Set(rows.map((r) => local(r.speaker)))).toEqual(new Set(["one-israeli-official"]));
  });

  it("positions: six, each with its holder, stance and what it is towards", () => {
    expect(
      positions(store).map((r) => [
        local(r.holder),
        local(r.stance),
        r.towardsLabel?.value,
        local(r.speaker),
      ]),
    ).toEqual([
      ["ukraine", "DeemsInsufficient", "Security guarantees for Ukraine from Russia only", "ihor-zhovkva"],
      ["ukraine", "AspiresTo", "Ukraine joins NATO", "ihor-zhovkva"],
      [
        "ukraine",
        "OpenTo",
        "Ukraine discusses with Russia the future of Crimea and Donbas",
        "volodymyr-zelenskyy",
      ],
      ["ukraine", "ReadyFor", "A diplomatic solution", "ihor-zhovkva"],
      ["united-states", "Supports", "Naftali Bennett's diplomacy efforts", "senior-us-embassy-official"],
      ["volodymyr-zelenskyy", "CooledOn", "Ukraine joins NATO", "volodymyr-zelenskyy"],
    ]);
    expect(positions(store).every((r) => r.within === undefined)).toBe(true);
  });

  it("guarantees: from Russia only (deemed insufficient), from the US and the West (a condition), unnamed (a condition)", () => {
    expect(
      guarantees(store).map((r) => [local(r.guarantee), local(r.guarantor) ?? null, local(r.within)]),
    ).toEqual([
      ["guarantees-from-russia-only", "russia", "russian-guarantees-insufficient"],
      ["guarantees-from-us-and-west", "western-countries", "neutrality-needs-western-guarantees"],
      ["guarantees-from-us-and-west", "united-states", "neutrality-needs-western-guarantees"],
      ["security-guarantees-for-ukraine", null, "neutrality-talks-need-guarantees"],
    ]);
    expect(new Set(guarantees(store).map((r) => local(r.beneficiary)))).toEqual(new Set(["ukraine"]));
  });

  it("recognitions: Crimea as part of Russia, the two republics as independent — items of Russia's demand", () => {
    const rows = recognitions(store);
    expect(rows.map((r) => [local(r.territory), local(r.status), local(r.asPartOf) ?? null])).toEqual([
      ["crimea", "PartOfState", "russia"],
      ["donetsk-peoples-republic", "Independent", null],
      ["luhansk-peoples-republic", "Independent", null],
    ]);
    expect(new Set(rows.map((r) => [local(r.within), local(r.speaker)].join(" ")))).toEqual(
      new Set(["russian-demand russia"]),
    );
  });

  it("demands: Russia's three items, the same as demandsOf(Russia)", () => {
    const rows = demands(store);
    expect(rows.map((r) => r.itemLabel.value)).toEqual(
      demandsOf(store, id("state/russia")).map((r) => r.itemLabel.value),
    );
    expect(new Set(rows.map((r) => [local(r.by), local(r.of), r.offer?.value].join(" ")))).toEqual(
      new Set(["russia ukraine Russia stops its offensive"]),
    );
  });

  it("conditions: neutrality needs Western guarantees; talks need a cease-fire and a withdrawal", () => {
    expect(
      conditions(store)
        .filter((r) => local(r.kind) === "Condition")
        .map((r) => [r.outcomeLabel?.value, r.requirementLabel.value]),
    ).toEqual([
      [
        "Ukraine declares neutrality",
        "Security guarantees for Ukraine from the US and other Western countries",
      ],
      ["Ukraine discusses neutrality with Russia", "Security guarantees for Ukraine (guarantors not named)"],
      // Talks to come, not the negotiations already held.
      ["Ukraine and Russia hold further talks", "An immediate cease-fire"],
      ["Ukraine and Russia hold further talks", "Russian troops withdraw"],
    ]);
    expect(conditions(store).filter((r) => local(r.kind) === "Precondition").length).toBe(2);
  });
});

describe("carriedBy", () => {
  it("Bloomberg carried two statements of Zhovkva's: the quote, and the precondition of the same paragraph", () => {
    expect(
      carriedBy(store, id("org/bloomberg")).map((r) => [
        local(r.speaker),
        r.summary.value,
        r.date?.value,
        r.fromContext?.value,
      ]),
    ).toEqual([
      [
        "ihor-zhovkva",
        "Zhovkva: an immediate cease-fire and the withdrawal of Russian troops are a precondition for talks",
        "2022-03-09",
        "true",
      ],
      ["ihor-zhovkva", "Zhovkva: Ukraine is ready for a diplomatic solution", "2022-03-09", "false"],
    ]);
  });

  it("Axios and The Times of Israel carried two each; an unknown outlet carried nothing", () => {
    expect(carriedBy(store, id("org/axios")).map((r) => local(r.speaker))).toEqual([
      "one-israeli-official",
      "israeli-officials",
    ]);
    expect(carriedBy(store, id("org/the-times-of-israel")).map((r) => local(r.statement))).toEqual([
      "us-official-no-pressure-on-zelensky",
      "us-official-supports-bennett-diplomacy",
    ]);
    expect(carriedBy(store, id("org/nobody"))).toEqual([]);
  });
});

describe("findEntities: partial and fuzzy", () => {
  const found = (q: string) =>
    findEntities(store, q).map((m) => [local(m.entity), m.matched.value, m.how.value]);

  it("a word of a name finds the entity, partially", () => {
    expect(found("Ihor")).toEqual([["ihor-zhovkva", "Ihor Zhovkva", "partial"]]);
    expect(found("ihor")).toEqual(found("Ihor"));
  });

  it("a possessive and punctuation do not matter", () => {
    expect(found("Zhovkva's")).toEqual([
      ["ihor-zhovkva", "Zhovkva", "exact"],
      ["ihor-zhovkva", "Zhovkva", "exact"],
    ]);
    expect(found("Zhovkva’s")).toEqual(found("Zhovkva's"));
    expect(found("ZHOVKVA!")).toEqual(found("Zhovkva's"));
  });

  it("a misspelling finds the entity, fuzzily and ranked last", () => {
    expect(found("Zelenskiy")).toEqual([["volodymyr-zelenskyy", "Zelensky", "fuzzy"]]);
    expect(found("Zhovkav").map((m) => m[0])).toEqual(["ihor-zhovkva"]);
    // The person, one word from "Bennet", before the meeting whose long name holds a near word.
    expect(found("Bennet").map((m) => [m[0], m[2]])).toEqual([
      ["naftali-bennett", "fuzzy"],
      ["bennett-putin-meeting-moscow-2022", "fuzzy"],
    ]);
  });

  it("exact matches come first and keep their order; partial matches follow, closest first", () => {
    const rows = findEntities(store, "Ukraine");
    expect(rows.map((m) => m.how.value)).toEqual([
      "exact",
      "exact",
      "partial",
      "partial",
      "partial",
      "partial",
      "partial",
    ]);
    expect(rows.map((m) => local(m.entity))).toEqual([
      "ukraine",
      "ukraine",
      "president-of-ukraine",
      "2022-russian-invasion-of-ukraine",
      "russia-ukraine-negotiations-2022",
      "office-of-the-president-of-ukraine",
      "deputy-chief-of-staff-of-the-president-of-ukraine",
    ]);
  });

  it("mentions match only exactly: Zelensky is not Zhovkva through “Zelensky Aide”", () => {
    expect([...new Set(findEntities(store, "Zelensky").map((m) => local(m.entity)))]).toEqual([
      "volodymyr-zelenskyy",
    ]);
    expect(found("Aide")).toEqual([]);
    expect(found("Kyiv")).toEqual([]);
    expect(found("")).toEqual([]);
  });
});

describe("resolveEntity", () => {
  const prefixes = publishedPrefixes("zelensky-aide-neutrality");
  const resolve = (arg: string) => {
    const { term, warnings } = resolveEntity(store, arg, "speaker", prefixes);
    return [term.value.replace(ID, ""), warnings];
  };

  it.each([
    ["an IRI in angle brackets", `<${ID}person/ihor-zhovkva>`, "person/ihor-zhovkva", []],
    ["a bare http(s) IRI", `${ID}state/russia`, "state/russia", []],
    ["a prefixed name", "person:ihor-zhovkva", "person/ihor-zhovkva", []],
    [
      "an article-scoped prefixed name",
      "stmt:zhovkva-precondition-for-talks",
      "article/zelensky-aide-neutrality/statement/zhovkva-precondition-for-talks",
      [],
    ],
    ["a name", "Russia", "state/russia", []],
    ["an alias", "Zhovkva", "person/ihor-zhovkva", []],
    ["a possessive, in any case", "zhovkva’s", "person/ihor-zhovkva", []],
    [
      "a word of one entity's name, with a warning",
      "Ihor",
      "person/ihor-zhovkva",
      ['"Ihor" is part of the name Ihor Zhovkva: took person:ihor-zhovkva'],
    ],
    [
      "an unnamed speaker's description",
      "israeli officials",
      "article/zelensky-aide-neutrality/agent/israeli-officials",
      [],
    ],
    [
      "an IRI the data does not have, with a warning",
      `<${ID}person/nobody>`,
      "person/nobody",
      [`<${ID}person/nobody> occurs nowhere in the data`],
    ],
  ])("%s: %s", (_, arg, iri, warnings) => {
    expect(resolve(arg)).toEqual([iri, warnings]);
  });

  it.each([
    [
      "an ambiguous name lists the candidates",
      "the Donbas republics",
      /^speaker: "the Donbas republics" is ambiguous: it names Donetsk People's Republic \(territory:donetsk-peoples-republic\); Luhansk People's Republic \(territory:luhansk-peoples-republic\)/,
    ],
    [
      "an ambiguous word lists the candidates",
      "Republic",
      /is ambiguous: it names Donetsk People's Republic/,
    ],
    [
      "a misspelt name suggests near names",
      "Zelenskiy",
      /^speaker: "Zelenskiy" matches no name; did you mean Volodymyr Zelenskyy \(person:volodymyr-zelenskyy\)\?$/,
    ],
    ["an unknown name", "Kyiv", /^speaker: "Kyiv" matches no name, IRI or prefixed name in the data$/],
    ["an unknown prefix", "nope:thing", /"nope:" is not a known prefix/],
    ["an empty argument", "  ", /^speaker: is empty/],
    ["a broken IRI", "<not an iri>", /^speaker: "<not an iri>" is not an absolute IRI$/],
  ])("%s: %s", (_, arg, message) => {
    let error: unknown;
    try {
      resolveEntity(store, arg, "speaker", prefixes);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NewsgraphError);
    expect((error as NewsgraphError).code).toBe("invalid-input");
    expect((error as NewsgraphError).where).toBe("speaker");
    expect((error as Error).message).toMatch(message);
  });
});
