import type { Quad } from "@rdfjs/types";
import { beforeAll, describe, expect, it } from "vitest";
import { lookupKnown } from "../../src/articles/known.js";
import {
  anchorText,
  article,
  CATALOGUE,
  type CatalogueKind,
  catalogueRows,
  event,
  GraphBuilder,
  known,
  misspellingDistance,
  NewsgraphError,
  nameWords,
  organisation,
  outlet,
  parseTurtle,
  person,
  place,
  post,
  type Ref,
  role,
  state,
  stateGroup,
  territory,
  topic,
  validateGraph,
  zelenskyAideNeutrality,
} from "../../src/index.js";
import { articleText, read } from "../helpers.js";

const ID = "https://w3id.org/newsgraph/id/";
const ZELENSKYY = `${ID}person/volodymyr-zelenskyy`;
const DIFFERENT_FROM = "http://www.w3.org/2002/07/owl#differentFrom";

/** Run `fn` and return the NewsgraphError it throws (failing the test if it throws nothing else). */
function caught(fn: () => unknown): NewsgraphError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(NewsgraphError);
    return error as NewsgraphError;
  }
  throw new Error("expected a NewsgraphError, but nothing was thrown");
}

const TEXT = "Catalogue check. The talks, the invasion and the meeting were reported.";

/** A small graph with its article built (events and observations need it). */
function smallGraph(slug = "catalogue-check"): GraphBuilder {
  const g = new GraphBuilder(slug, TEXT);
  article(g, {
    headline: anchorText(g, "Catalogue check."),
    url: "https://example.org/newsgraph-test/catalogue-check",
    datePublished: "2022-03-10",
    language: "en",
    publisher: known.outlet(g, "Antiwar.com"),
    author: known.person(g, "Dave DeCamp"),
  });
  return g;
}

/** Build one catalogue entry by its canonical name, with an article's report where the kind needs one. */
function buildEntry(g: GraphBuilder, kind: CatalogueKind, name: string): Ref<CatalogueKind> {
  if (kind === "event") {
    // The meeting's purpose is about the talks, which must be built first (the same report of them).
    if (name.startsWith("Meeting")) known.event(g, "peace talks", { anchor: anchorText(g, "reported") });
    return known.event(g, name, { anchor: anchorText(g, "reported") });
  }
  return (known[kind] as (g: GraphBuilder, name: string) => Ref<CatalogueKind>)(g, name);
}

const rows = catalogueRows();
const kinds = Object.keys(CATALOGUE) as CatalogueKind[];

describe("the catalogue", () => {
  it("holds every kind of shared entity, the bundled article's and the verified extras", () => {
    expect(kinds.sort()).toEqual(
      [
        "event",
        "organisation",
        "outlet",
        "person",
        "place",
        "post",
        "role",
        "state",
        "stateGroup",
        "territory",
        "topic",
      ].sort(),
    );
    for (const kind of kinds) expect(CATALOGUE[kind].length, kind).toBeGreaterThan(0);
    const iris = rows.map((r) => r.iri);
    expect(iris).toEqual(
      expect.arrayContaining([
        ZELENSKYY,
        `${ID}territory/donetsk-peoples-republic`,
        `${ID}territory/luhansk-peoples-republic`,
        `${ID}place/washington-d-c`,
        `${ID}event/russia-ukraine-negotiations-2022`,
      ]),
    );
    expect(new Set(iris).size).toBe(iris.length);
  });

  it("is read-only: the table and its entries are frozen", () => {
    expect(Object.isFrozen(CATALOGUE)).toBe(true);
    expect(Object.isFrozen(CATALOGUE.person)).toBe(true);
    expect(Object.isFrozen(CATALOGUE.person[0])).toBe(true);
    expect(Object.isFrozen(CATALOGUE.person[0]?.altNames)).toBe(true);
    expect(() => (CATALOGUE.person as unknown as unknown[]).push({})).toThrow(TypeError);
  });

  it("keeps the DPR and LPR on their verified 2014–2022 Wikidata items", () => {
    const ids = Object.fromEntries(
      CATALOGUE.territory.map((t) => [t.name, "wikidata" in t ? t.wikidata : null]),
    );
    expect(ids["Donetsk People's Republic"]).toBe("Q114334914");
    expect(ids["Luhansk People's Republic"]).toBe("Q114327408");
  });

  it("gives each name (folded) to one entry of a kind, and no two entries look alike", () => {
    const problems: string[] = [];
    const named = rows.flatMap((r) =>
      [r.entry.name, ...r.entry.altNames].map((n) => ({ row: r, n, words: nameWords(n) })),
    );
    for (const a of named)
      for (const b of named) {
        if (a.row.iri >= b.row.iri) continue;
        const d = misspellingDistance(a.words, b.words);
        if (d === undefined) continue;
        // Builders check only kinds whose names can denote the same thing; report any pair of one kind.
        if (a.row.kind === b.row.kind) problems.push(`${a.row.key} "${a.n}" ~ ${b.row.key} "${b.n}" (${d})`);
      }
    expect(problems).toEqual([]);
  });

  it("builds every entry, each with the IRI the table gives", () => {
    for (const row of rows) {
      const g = smallGraph();
      const ref = buildEntry(g, row.kind, row.entry.name);
      expect(ref.iri.value, row.key).toBe(row.iri);
      expect(ref.kind, row.key).toBe(row.kind);
      expect(g.warnings, row.key).toEqual([]);
    }
  });

  let all: readonly Quad[];
  beforeAll(() => {
    const g = smallGraph();
    for (const row of rows) buildEntry(g, row.kind, row.entry.name);
    all = g.quads;
  });

  it("builds every entry into one small graph that conforms to the shapes", async () => {
    const shapes = parseTurtle(read("ontology", "newsgraph.shapes.ttl"), "ontology/newsgraph.shapes.ttl");
    const ontology = parseTurtle(read("ontology", "newsgraph.ttl"), "ontology/newsgraph.ttl");
    expect(await validateGraph(all, { shapes, ontology, text: TEXT })).toEqual([]);
    const subjects = new Set(all.map((q) => q.subject.value));
    expect(rows.filter((r) => !subjects.has(r.iri)).map((r) => r.key)).toEqual([]);
  });

  it("is what the bundled article builds: every entry it uses has the same triples there", () => {
    const bundled = zelenskyAideNeutrality.build(articleText()).quads;
    const about = (quads: readonly Quad[], iri: string) =>
      quads
        .filter((q) => q.subject.value === iri && q.predicate.value !== DIFFERENT_FROM)
        .map((q) => `${q.predicate.value} ${q.object.termType}:${q.object.value}`)
        .sort();
    const inBundled = new Set(bundled.map((q) => q.subject.value));
    const used = rows.filter((r) => inBundled.has(r.iri));
    // Only the verified extras (Washington, D.C., the two oblasts) are not in the bundled article.
    expect(rows.filter((r) => !inBundled.has(r.iri)).map((r) => r.key)).toEqual([
      "territory:donetsk-oblast",
      "territory:luhansk-oblast",
      "place:washington-d-c",
    ]);
    // A territory's containment in another is what one article's text states (its observation), not the
    // catalogue's: the DPR and LPR lie within Donbas only where a text says so.
    const stated = (iri: string) => (t: string) =>
      !(iri.includes("/territory/") && t.startsWith("https://schema.org/containedInPlace NamedNode:"));
    for (const r of used)
      expect(about(all, r.iri), r.key).toEqual(about(bundled, r.iri).filter(stated(r.iri)));
  });
});

describe("look-up by name", () => {
  it("finds every entry by its name and by each alternative name, in any case and without accents", () => {
    for (const row of rows)
      for (const name of [row.entry.name, ...row.entry.altNames]) {
        expect(lookupKnown(row.kind, name).iri, name).toBe(row.iri);
        expect(lookupKnown(row.kind, name.toUpperCase()).iri, name).toBe(row.iri);
        expect(lookupKnown(row.kind, ` ${name.toLowerCase()} `).iri, name).toBe(row.iri);
      }
    expect(lookupKnown("person", "Zelénsky").iri).toBe(ZELENSKYY);
    expect(lookupKnown("person", "Zelensky’s").iri).toBe(ZELENSKYY);
  });

  it("returns references typed by kind (checked by tsc: a known person is no territory)", () => {
    const g = smallGraph();
    // @ts-expect-error a person where a territory is expected does not compile
    const wrong: Ref<"territory"> = known.person(g, "Zelensky");
    const right: Ref<"person"> = known.person(g, "Zelensky");
    expect([wrong.kind, right.kind]).toEqual(["person", "person"]);
  });

  it("builds what a post needs: its role and its state", () => {
    const g = smallGraph();
    const president = known.post(g, "president of ukraine");
    const iris = new Set(g.quads.map((q) => q.subject.value));
    expect(president.iri.value).toBe(`${ID}post/president-of-ukraine`);
    expect(iris.has(`${ID}role/president`)).toBe(true);
    expect(iris.has(`${ID}state/ukraine`)).toBe(true);
  });

  it("is harmless to repeat, and agrees with the raw builder given the catalogue's definition", () => {
    const g = smallGraph();
    const a = known.person(g, "Zelensky");
    const b = known.person(g, "Volodymyr Zelenskyy");
    const before = g.quads.length;
    const c = person(g, {
      name: "Volodymyr Zelenskyy",
      altNames: ["Volodymyr Zelensky", "Zelensky", "Zelenskyy"],
      wikidata: "Q3874799",
    });
    expect([a.iri.value, b.iri.value, c.iri.value]).toEqual([ZELENSKYY, ZELENSKYY, ZELENSKYY]);
    expect(g.quads.length).toBe(before);
    // The same IRI with a different definition is still a duplicate-iri, as before.
    expect(caught(() => person(g, { name: "Volodymyr Zelenskyy" })).code).toBe("duplicate-iri");
  });

  const unknown: readonly [string, () => unknown, string, string, string][] = [
    [
      "a misspelt person, with the closest names",
      () => known.person(smallGraph(), "Zelenskiy"),
      "unknown-entity",
      "known.person.name",
      '"Zelenskiy" is not a person in the catalogue (did you mean "Zelensky" or "Zelenskyy"?)',
    ],
    [
      "a name of another kind, with the call to make",
      () => known.state(smallGraph(), "NATO"),
      "unknown-entity",
      "known.state.name",
      '"NATO" is not a state in the catalogue; it is the known organisation NATO: use known.organisation(g, "NATO")',
    ],
    [
      "a name nothing is close to, with the names of that kind",
      () => known.role(smallGraph(), "archbishop"),
      "unknown-entity",
      "known.role.name",
      '"archbishop" is not a role in the catalogue (known: "president", "deputy chief of staff", "prime minister", "news editor")',
    ],
    [
      "a name that is not a string",
      () => known.topic(smallGraph(), 42 as unknown as string),
      "invalid-input",
      "known.topic.name",
      "must be a string, got number",
    ],
    [
      "a graph that is not a GraphBuilder",
      () => known.person({} as GraphBuilder, "Zelensky"),
      "invalid-input",
      "known.person.g",
      "must be a GraphBuilder, got an object",
    ],
    [
      "a kind the catalogue does not have",
      () => lookupKnown("planet" as CatalogueKind, "Mars"),
      "invalid-value",
      "known.planet.kind",
      '"planet" is not a kind of the catalogue (person, state, stateGroup, territory, place, organisation, outlet, role, post, event, topic)',
    ],
    [
      "an event whose purpose is about an event not built yet",
      () =>
        known.event(smallGraph(), "Meeting of Naftali Bennett and Vladimir Putin in Moscow", {
          anchor: anchorText(new GraphBuilder("x", "y"), "y"),
        }),
      "unknown-reference",
      "known.event.name",
      'Meeting of Naftali Bennett and Vladimir Putin in Moscow refers to the event Russia–Ukraine negotiations of 2022: build it first, with known.event(g, "Russia–Ukraine negotiations of 2022", { anchor: … })',
    ],
    [
      "an event without this article's anchor",
      () => known.event(smallGraph(), "peace talks", {} as never),
      "unknown-reference",
      "event.anchor",
      "refers to undefined, which was not built in this graph",
    ],
  ];
  it.each(unknown)("refuses %s", (_, call, code, where, problem) => {
    const e = caught(call);
    expect([e.code, e.where, e.problem]).toEqual([code, where, problem]);
  });

  it("leaves the graph as it was when a look-up fails", () => {
    const g = smallGraph();
    known.event(g, "peace talks", { anchor: anchorText(g, "talks") });
    const before = g.quads.length;
    caught(() => known.event(g, "peace talks", { anchor: anchorText(g, "talks"), roundCount: -1 }));
    expect(g.quads.length).toBe(before);
  });
});

describe("duplicate and look-alike entities", () => {
  // [what, builder call on a small graph, where, the start of the message]
  const cases: readonly [string, (g: GraphBuilder) => unknown, string, string][] = [
    [
      "an alternative name of a known person, as a new person's name",
      (g) => person(g, { name: "Volodymyr Zelensky" }),
      "person.name",
      `"Volodymyr Zelensky" is a name of the known person <${ZELENSKYY}> (Volodymyr Zelenskyy): use known.person(g, "Volodymyr Zelensky"), or pass distinctFrom: [that IRI] if this is a different person`,
    ],
    [
      "a known person's name as an alternative name",
      (g) => person(g, { name: "V. Zelensky", altNames: ["Zelenskyy"] }),
      "person.altNames[0]",
      `"Zelenskyy" is a name of the known person <${ZELENSKYY}>`,
    ],
    [
      '"Volodymyr Zelenskiy"',
      (g) => person(g, { name: "Volodymyr Zelenskiy" }),
      "person.name",
      `"Volodymyr Zelenskiy" looks like a misspelling of "Volodymyr Zelenskyy", a name of the known person <${ZELENSKYY}> (Volodymyr Zelenskyy): use known.person(g, "Volodymyr Zelenskyy"), or pass distinctFrom: [that IRI] if this is a different person`,
    ],
    [
      '"Zelenskyi"',
      (g) => person(g, { name: "Zelenskyi" }),
      "person.name",
      `"Zelenskyi" looks like a misspelling of "Zelensky", a name of the known person <${ZELENSKYY}>`,
    ],
    [
      '"Vladimir Puttin"',
      (g) => person(g, { name: "Vladimir Puttin" }),
      "person.name",
      `"Vladimir Puttin" looks like a misspelling of "Vladimir Putin", a name of the known person <${ID}person/vladimir-putin>`,
    ],
    [
      '"Naftaly Bennet", two letters off',
      (g) => person(g, { name: "Naftaly Bennet" }),
      "person.name",
      `"Naftaly Bennet" looks like a misspelling of "Naftali Bennett"`,
    ],
    [
      '"Ukriane", two letters swapped',
      (g) => state(g, { name: "Ukriane" }),
      "state.name",
      `"Ukriane" looks like a misspelling of "Ukraine", a name of the known state <${ID}state/ukraine> (Ukraine): use known.state(g, "Ukraine"), or pass distinctFrom: [that IRI] if this is a different state`,
    ],
    [
      '"Donbass" as a new territory (it is an alternative name)',
      (g) => territory(g, { name: "Donbass" }),
      "territory.name",
      `"Donbass" is a name of the known territory <${ID}territory/donbas> (Donbas): use known.territory(g, "Donbass")`,
    ],
    [
      '"Donbas region", spelt "Dombas"',
      (g) => territory(g, { name: "Dombas" }),
      "territory.name",
      `"Dombas" looks like a misspelling of "Donbas"`,
    ],
    [
      "a known state, built again as a territory",
      (g) => territory(g, { name: "Ukraine" }),
      "territory.name",
      `"Ukraine" is a name of the known state <${ID}state/ukraine> (Ukraine): use known.state(g, "Ukraine"), or pass distinctFrom: [that IRI] if this is a different territory`,
    ],
    [
      "a known state, built again as an organisation",
      (g) => organisation(g, { name: "Russian Federation", slug: "russian-federation" }),
      "organisation.name",
      `"Russian Federation" is a name of the known state <${ID}state/russia>`,
    ],
    [
      "a known outlet under another slug",
      (g) => outlet(g, { name: "Bloomberg News" }),
      "outlet.name",
      `"Bloomberg News" is a name of the known outlet <${ID}org/bloomberg> (Bloomberg): use known.outlet(g, "Bloomberg News")`,
    ],
    [
      "a misspelt organisation",
      (g) => organisation(g, { name: "Goverment of Israel", type: "government" }),
      "organisation.name",
      `"Goverment of Israel" looks like a misspelling of "Government of Israel", a name of the known organisation <${ID}org/government-of-israel>`,
    ],
    [
      "a misspelt group of states",
      (g) => stateGroup(g, { name: "Westren countries" }),
      "stateGroup.name",
      `"Westren countries" looks like a misspelling of "Western countries", a name of the known group of states`,
    ],
    [
      "a misspelt city",
      (g) => place(g, { name: "Moskow", type: "city" }),
      "place.name",
      `"Moskow" looks like a misspelling of "Moscow", a name of the known place <${ID}place/moscow>`,
    ],
    [
      "a misspelt topic",
      (g) => topic(g, { name: "nuetrality" }),
      "topic.name",
      `"nuetrality" looks like a misspelling of "neutrality", a name of the known topic <${ID}topic/neutrality>`,
    ],
    [
      "a misspelt role",
      (g) => role(g, { name: "presidnet" }),
      "role.name",
      `"presidnet" looks like a misspelling of "president", a name of the known role <${ID}role/president>`,
    ],
    [
      "a misspelt post",
      (g) =>
        post(g, {
          name: "President of Ukriane",
          role: known.role(g, "president"),
          in: known.state(g, "Ukraine"),
        }),
      "post.name",
      `"President of Ukriane" looks like a misspelling of "President of Ukraine", a name of the known post`,
    ],
    [
      "a known event under another slug",
      (g) =>
        event(g, {
          name: "Russia-Ukraine negotiations of 2022",
          kind: "negotiations",
          anchor: anchorText(g, "talks"),
        }),
      "event.name",
      `"Russia-Ukraine negotiations of 2022" is a name of the known event <${ID}event/russia-ukraine-negotiations-2022>`,
    ],
    [
      "the Wikidata item of a known entity on a new one",
      (g) => person(g, { name: "President Zelensky", wikidata: "Q3874799" }),
      "person.wikidata",
      `Q3874799 is the Wikidata item of the known person <${ZELENSKYY}> (Volodymyr Zelenskyy): use known.person(g, "Volodymyr Zelenskyy")`,
    ],
    [
      "a name of an entity built earlier in the same graph",
      (g) => {
        person(g, { name: "Yair Lapid", altNames: ["Lapid"] });
        person(g, { name: "Lapid", slug: "lapid-again" });
      },
      "person.name",
      `"Lapid" is a name of the person <${ID}person/yair-lapid> (Yair Lapid) already built in this graph: use that reference, or pass distinctFrom: [that IRI] if this is a different person`,
    ],
    [
      "a misspelling of an entity built earlier in the same graph",
      (g) => {
        person(g, { name: "Yair Lapid" });
        person(g, { name: "Yair Lappid" });
      },
      "person.name",
      `"Yair Lappid" looks like a misspelling of "Yair Lapid", a name of the person <${ID}person/yair-lapid> (Yair Lapid) already built in this graph`,
    ],
    [
      "an outlet named like a known organisation (outlets and organisations share one IRI path)",
      (g) => outlet(g, { name: "NATO" }),
      "outlet.name",
      `"NATO" would mint <${ID}org/nato>, the IRI of the known organisation NATO: use known.organisation(g, "NATO"), or give this outlet another slug`,
    ],
    [
      "a distinctFrom that names the entity itself",
      (g) => person(g, { name: "Olena Zelenska", distinctFrom: [`${ID}person/olena-zelenska`] }),
      "person.distinctFrom[0]",
      "is this entity's own IRI",
    ],
    [
      "a distinctFrom that is not an IRI",
      (g) => person(g, { name: "Olena Zelenska", distinctFrom: ["Zelensky"] }),
      "person.distinctFrom[0]",
      "",
    ],
    [
      "a distinctFrom that is not a list",
      (g) => person(g, { name: "Olena Zelenska", distinctFrom: ZELENSKYY as unknown as string[] }),
      "person.distinctFrom",
      "",
    ],
  ];
  it.each(cases)("refuses %s, naming the field", (_, call, where, message) => {
    const g = smallGraph();
    const e = caught(() => call(g));
    expect(e.where).toBe(where);
    expect(e.problem.startsWith(message), e.problem).toBe(true);
    if (!where.includes("distinctFrom")) expect(e.code).toBe("duplicate-entity");
  });

  it("takes back a refused entity completely, so its names do not block a corrected retry", () => {
    const g = smallGraph();
    const before = g.quads.length;
    caught(() => person(g, { name: "Marta Fixture", altNames: ["Zelensky"] }));
    expect(g.quads.length).toBe(before);
    expect(() => person(g, { name: "Marta Fixture" })).not.toThrow();
  });

  it("does not take different short names for misspellings: Iran and Iraq, Mali and Malta", () => {
    const g = smallGraph();
    state(g, { name: "Iran" });
    state(g, { name: "Iraq" });
    state(g, { name: "Mali" });
    state(g, { name: "Malta" });
    const pm = known.role(g, "prime minister");
    post(g, { name: "Prime Minister of Iran", role: pm, in: state(g, { name: "Iran" }) });
    post(g, { name: "Prime Minister of Iraq", role: pm, in: state(g, { name: "Iraq" }) });
    expect(g.warnings).toEqual([]);
  });

  it("does not take names that differ in more than a slip for misspellings", () => {
    const g = smallGraph();
    // Each is two or more edits from a known name in one word, or a different number of words.
    for (const name of [
      "Austria",
      "Australia",
      "Slovenia",
      "Slovakia",
      "Ukrainian",
      "Prussia",
      "Gambia",
      "Zambia",
    ])
      state(g, { name });
    person(g, { name: "Olena Zelenska" });
    person(g, { name: "Vladimir Zelensky Jr" });
    expect(g.warnings).toEqual([]);
  });

  it("does not hold near names against two entities with different verified Wikidata ids", () => {
    const g = smallGraph();
    state(g, { name: "Iceland", wikidata: "Q189" });
    state(g, { name: "Ireland", wikidata: "Q27" });
    expect(g.warnings).toEqual([]);
    // Without the ids the second looks like a misspelling of the first.
    const h = smallGraph();
    state(h, { name: "Iceland" });
    expect(caught(() => state(h, { name: "Ireland" })).problem).toContain(
      'looks like a misspelling of "Iceland"',
    );
  });

  it("lets distinctFrom keep a look-alike apart, records it as owl:differentFrom and warns", async () => {
    const g = smallGraph();
    known.person(g, "Zelensky");
    const olena = person(g, {
      name: "Olena Zelenska",
      altNames: ["Zelenska"],
      distinctFrom: [ZELENSKYY],
    });
    expect(
      g.quads
        .filter((q) => q.subject.equals(olena.iri) && q.predicate.value === DIFFERENT_FROM)
        .map((q) => q.object.value),
    ).toEqual([ZELENSKYY]);
    expect(g.warnings).toEqual([
      `person.altNames[0]: "Zelenska" is near "Zelensky", a name of <${ZELENSKYY}> (Volodymyr Zelenskyy); kept apart by distinctFrom`,
    ]);
    // Without it, the same input is refused.
    const e = caught(() => person(smallGraph(), { name: "Olena Zelenska", altNames: ["Zelenska"] }));
    expect([e.code, e.where]).toEqual(["duplicate-entity", "person.altNames[0]"]);
    // Building it again with the same decision is harmless; without the decision it is another definition.
    expect(person(g, { name: "Olena Zelenska", altNames: ["Zelenska"], distinctFrom: [ZELENSKYY] })).toEqual(
      olena,
    );
    expect(caught(() => person(g, { name: "Olena Zelenska", altNames: ["Zelenska"] })).code).toBe(
      "duplicate-iri",
    );
    const shapes = parseTurtle(read("ontology", "newsgraph.shapes.ttl"), "ontology/newsgraph.shapes.ttl");
    const ontology = parseTurtle(read("ontology", "newsgraph.ttl"), "ontology/newsgraph.ttl");
    expect(await validateGraph(g.quads, { shapes, ontology, text: TEXT })).toEqual([]);
  });

  it("lets distinctFrom keep apart a same-named entity of the same graph", () => {
    const g = smallGraph();
    const first = person(g, { name: "John Smith", slug: "john-smith-diplomat" });
    const second = person(g, {
      name: "John Smith",
      slug: "john-smith-general",
      distinctFrom: [first.iri.value],
    });
    expect(second.iri.value).not.toBe(first.iri.value);
    expect(g.warnings).toEqual([
      `person.name: "John Smith" is also a name of <${first.iri.value}> (John Smith); kept apart by distinctFrom`,
    ]);
  });

  it("takes back the warning of a call that fails later", () => {
    const g = smallGraph();
    caught(() =>
      person(g, {
        name: "Olena Zelenska",
        altNames: ["Zelenska"],
        distinctFrom: [ZELENSKYY],
        account: { platform: known.organisation(g, "Twitter"), handle: "not a handle" },
      }),
    );
    expect(g.warnings).toEqual([]);
  });

  it("measures look-alikes word by word", () => {
    const near = (a: string, b: string) => misspellingDistance(nameWords(a), nameWords(b));
    expect(near("Ukriane", "Ukraine")).toBe(1);
    expect(near("Zelenskyi", "Zelensky")).toBe(1);
    expect(near("Naftaly Bennet", "Naftali Bennett")).toBe(2);
    expect(near("Iran", "Iraq")).toBeUndefined();
    expect(near("Austria", "Australia")).toBeUndefined();
    expect(near("Volodymyr Zelensky", "Zelensky")).toBeUndefined();
    expect(near("Zelensky’s", "zelénsky")).toBe(0);
  });
});

describe("the README's catalogue example", () => {
  it("is shown verbatim in the README", () => {
    expect(read("README.md")).toContain(read("test", "examples", "catalogue.ts").trim());
  });

  it("runs: the post is built, the misspelling refused, the opt-out warned about", async () => {
    const { president, refusal, warnings } = await import("../examples/catalogue.js");
    expect(president.iri.value).toBe(`${ID}post/president-of-ukraine`);
    expect(refusal).toBe(
      `person.name: "Volodymyr Zelenskiy" looks like a misspelling of "Volodymyr Zelenskyy", a name of the known person <${ZELENSKYY}> (Volodymyr Zelenskyy): use known.person(g, "Volodymyr Zelenskyy"), or pass distinctFrom: [that IRI] if this is a different person`,
    );
    expect(warnings).toEqual([
      `person.altNames[0]: "Zelenska" is near "Zelensky", a name of <${ZELENSKYY}> (Volodymyr Zelenskyy); kept apart by distinctFrom`,
    ]);
  });
});
