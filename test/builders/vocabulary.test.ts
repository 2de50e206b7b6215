// Open vocabularies and the constructs of issue #10: every bad declaration of a user concept and every bad
// input to the new builder options is a row of a table (input → the one line a user sees), and a call
// that fails leaves the graph as it was.
import { describe, expect, it } from "vitest";
import {
  action,
  anchorText,
  article,
  defineCameoCode,
  defineEventKind,
  defineOrganisationType,
  defineStance,
  defineTensionKind,
  event,
  GraphBuilder,
  NewsgraphError,
  organisation,
  outlet,
  person,
  position,
  resolvedDate,
  state,
  statement,
  tension,
  topic,
  type UserConcept,
  unnamedAgent,
} from "../../src/index.js";

const TEXT = `Zelensky Says Ukraine Might Talk
In an interview aired on Monday, Zelensky said Ukraine might be willing to discuss neutrality. Both sides said talks would go on, and Kuleba agreed. On Tuesday the third round was held.`;
const EX = "https://example.org/vocab#" as const;

function fixture() {
  const g = new GraphBuilder("vocabulary-test", TEXT);
  const wire = outlet(g, { name: "The Fixture Wire" });
  article(g, {
    headline: anchorText(g, "Zelensky Says Ukraine Might Talk"),
    url: "https://example.org/vocabulary-test",
    datePublished: "2022-03-08",
    language: "en",
    publisher: wire,
  });
  const zelensky = person(g, { name: "Volodymyr Zelenskyy" });
  const kuleba = person(g, { name: "Dmytro Kuleba" });
  const ukraine = state(g, { name: "Ukraine" });
  const russia = state(g, { name: "Russia" });
  const monday = resolvedDate(g, {
    slug: "on-monday",
    method: "explicit",
    date: "2022-03-07",
    phrase: anchorText(g, "on Monday"),
    rule: "the Monday before publication",
  });
  const tuesday = resolvedDate(g, {
    slug: "on-tuesday",
    method: "explicit",
    date: "2022-03-08",
    phrase: anchorText(g, "On Tuesday"),
    rule: "the publication day",
  });
  const neutrality = topic(g, { name: "neutrality" });
  const hedged = anchorText(g, "Ukraine might be willing to discuss neutrality");
  const discuss = action(g, {
    slug: "discuss-neutrality",
    label: "Ukraine discusses neutrality",
    actor: ukraine,
  });
  const talks = event(g, {
    name: "Talks",
    kind: "negotiations",
    anchor: anchorText(g, "talks would go on"),
  });
  const meeting = event(g, { name: "A meeting", kind: "meeting", anchor: anchorText(g, "Kuleba agreed") });
  return {
    g,
    wire,
    zelensky,
    kuleba,
    ukraine,
    russia,
    monday,
    tuesday,
    neutrality,
    hedged,
    discuss,
    talks,
    meeting,
  };
}
type Fixture = ReturnType<typeof fixture>;

const stanceOk = {
  iri: `${EX}MightConsider` as const,
  label: "might consider",
  definition: "May consider.",
  broadMatch: "openTo",
} as const;
const statementOf = (f: Fixture, over: Record<string, unknown>) =>
  statement(f.g, {
    slug: "s",
    summary: "Zelensky: Ukraine might discuss neutrality",
    speaker: f.zelensky,
    mode: "reported",
    anchor: f.hedged,
    date: f.monday,
    topics: [f.neutrality],
    about: [f.ukraine],
    polarity: "affirmative",
    ...over,
  } as Parameters<typeof statement>[1]);
const roundOf = (f: Fixture, over: Record<string, unknown>) =>
  event(f.g, {
    name: "Third round",
    kind: "round",
    anchor: anchorText(f.g, "the third round was held"),
    ...over,
  } as Parameters<typeof event>[1]);
const anyInput = <T>(value: unknown) => value as T;

interface Row {
  readonly input: string;
  readonly run: (f: Fixture) => unknown;
  readonly code: string;
  readonly where: string;
  readonly message: RegExp;
}

const ROWS: readonly Row[] = [
  // ── Declarations of user concepts ─────────────────────────────────────────────────────────────────
  {
    input: "defineStance(null)",
    run: () => defineStance(anyInput(null)),
    code: "invalid-input",
    where: "defineStance",
    message: /must be an object, got null/,
  },
  {
    input: "an IRI that is not http(s)",
    run: () => defineStance({ ...stanceOk, iri: anyInput("urn:example:might-consider") }),
    code: "invalid-value",
    where: "defineStance.iri",
    message: /is not an absolute http\(s\) IRI/,
  },
  {
    input: "a relative IRI",
    run: () => defineStance({ ...stanceOk, iri: anyInput("MightConsider") }),
    code: "invalid-value",
    where: "defineStance.iri",
    message: /is not an absolute IRI/,
  },
  {
    input: "an IRI in newsgraph's namespace",
    run: () => defineStance({ ...stanceOk, iri: "https://w3id.org/newsgraph/ontology#MightConsider" }),
    code: "invalid-value",
    where: "defineStance.iri",
    message:
      /is inside newsgraph's namespace https:\/\/w3id\.org\/newsgraph\/: declare your concepts in your own namespace/,
  },
  {
    input: "an http: IRI in newsgraph's namespace",
    run: () =>
      defineTensionKind({
        ...stanceOk,
        iri: "http://w3id.org/newsgraph/x",
        broadMatch: "demandVersusRefusal",
      }),
    code: "invalid-value",
    where: "defineTensionKind.iri",
    message: /inside newsgraph's namespace/,
  },
  {
    input: "an empty label",
    run: () => defineStance({ ...stanceOk, label: "" }),
    code: "empty-name",
    where: "defineStance.label",
    message: /must not be empty/,
  },
  {
    input: "no definition",
    run: () => defineStance(anyInput({ ...stanceOk, definition: undefined })),
    code: "empty-name",
    where: "defineStance.definition",
    message: /is missing/,
  },
  {
    input: "no alignment",
    run: () => defineStance({ iri: `${EX}X`, label: "x", definition: "x" }),
    code: "invalid-input",
    where: "defineStance",
    message: /needs an alignment: broadMatch, closeMatch, exactMatch, narrowMatch or relatedMatch/,
  },
  {
    input: 'a misspelt option "broadmatch"',
    run: () => defineStance(anyInput({ iri: `${EX}X`, label: "x", definition: "x", broadmatch: "openTo" })),
    code: "invalid-input",
    where: "defineStance.broadmatch",
    message: /is not an option of defineStance/,
  },
  {
    input: "an unknown built-in stance",
    run: () => defineStance({ ...stanceOk, broadMatch: anyInput("openness") }),
    code: "invalid-value",
    where: "defineStance.broadMatch",
    message: /unknown stance "openness" \(one of supports, opposes, openTo/,
  },
  {
    input: 'an inherited key "constructor"',
    run: () => defineTensionKind({ ...stanceOk, broadMatch: anyInput("constructor") }),
    code: "invalid-value",
    where: "defineTensionKind.broadMatch",
    message: /unknown tensionKind "constructor"/,
  },
  {
    input: "a user concept of another scheme as a match",
    run: () =>
      defineStance({
        ...stanceOk,
        broadMatch: anyInput(
          defineTensionKind({ ...stanceOk, iri: `${EX}T`, broadMatch: "demandVersusRefusal" }),
        ),
      }),
    code: "invalid-value",
    where: "defineStance.broadMatch",
    message: /is a user tensionKind concept, not a stance one/,
  },
  {
    input: "an event kind without a superclass",
    run: () => defineEventKind(anyInput({ iri: `${EX}E`, label: "e", definition: "e" })),
    code: "invalid-input",
    where: "defineEventKind.subClassOf",
    message: /needs an alignment: a built-in event kind/,
  },
  {
    input: "an event kind under an unknown built-in kind",
    run: () => defineEventKind({ iri: `${EX}E`, label: "e", definition: "e", subClassOf: anyInput("party") }),
    code: "invalid-value",
    where: "defineEventKind.subClassOf",
    message: /unknown eventKind "party"/,
  },
  {
    input: "an organisation type under an unknown built-in type",
    run: () =>
      defineOrganisationType({ iri: `${EX}O`, label: "o", definition: "o", subClassOf: anyInput("ngo") }),
    code: "invalid-value",
    where: "defineOrganisationType.subClassOf",
    message: /unknown organisationType "ngo"/,
  },
  {
    input: "a CAMEO notation given as a number",
    run: () =>
      defineCameoCode({
        iri: `${EX}C`,
        label: "c",
        definition: "c",
        notation: anyInput(369),
        broader: "036",
      }),
    code: "invalid-value",
    where: "defineCameoCode.notation",
    message: /^a number is not a code of 2 to 4 digits as a string \("0369", never 369\)$/,
  },
  {
    input: "a CAMEO notation of five digits",
    run: () =>
      defineCameoCode({ iri: `${EX}C`, label: "c", definition: "c", notation: "12345", broader: "036" }),
    code: "invalid-value",
    where: "defineCameoCode.notation",
    message: /"12345" is not a code of 2 to 4 digits/,
  },
  {
    input: "a CAMEO notation newsgraph already knows",
    run: () =>
      defineCameoCode({ iri: `${EX}C`, label: "c", definition: "c", notation: "010", broader: "036" }),
    code: "invalid-value",
    where: "defineCameoCode.notation",
    message: /"010" is a CAMEO code newsgraph knows: pass "010" itself/,
  },
  {
    input: "a CAMEO-style code without broader code or match",
    run: () => defineCameoCode({ iri: `${EX}C`, label: "c", definition: "c", notation: "0369" }),
    code: "invalid-input",
    where: "defineCameoCode",
    message: /needs an alignment: broader, or a SKOS match/,
  },
  {
    input: "a broader code newsgraph does not know",
    run: () =>
      defineCameoCode({
        iri: `${EX}C`,
        label: "c",
        definition: "c",
        notation: "0369",
        broader: anyInput("999"),
      }),
    code: "invalid-value",
    where: "defineCameoCode.broader",
    message: /unknown CAMEO code "999"/,
  },
  // ── User concepts given to builders ───────────────────────────────────────────────────────────────
  {
    input: "a look-alike stance object no define… function made",
    run: (f) =>
      position(f.g, {
        slug: "p",
        label: "p",
        holder: f.ukraine,
        towards: f.discuss,
        stance: anyInput({ scheme: "stance", iri: { termType: "NamedNode", value: `${EX}Forged` } }),
      }),
    code: "invalid-value",
    where: "position.stance",
    message: /is an object that defineStance did not make/,
  },
  {
    input: "a user tension kind as a statement's stance",
    run: (f) =>
      statementOf(f, {
        stance: defineTensionKind({ ...stanceOk, iri: `${EX}T`, broadMatch: "demandVersusRefusal" }),
      }),
    code: "invalid-value",
    where: "statement.stance",
    message: /is a user tensionKind concept, not a stance one/,
  },
  {
    input: "a user stance as a CAMEO event type",
    run: (f) => statementOf(f, { eventType: defineStance(stanceOk) }),
    code: "invalid-value",
    where: "statement.eventType",
    message: /is a user stance concept, not a cameo one/,
  },
  {
    input: "a user stance as an event kind",
    run: (f) => event(f.g, { name: "x", kind: anyInput(defineStance(stanceOk)), anchor: f.hedged }),
    code: "invalid-value",
    where: "event.kind",
    message: /is a user stance concept, not a eventKind one/,
  },
  {
    input: "an unknown tension kind",
    run: (f) =>
      tension(f.g, {
        slug: "t",
        label: "t",
        kind: anyInput("hedgeVersusRefusal"),
        first: statementOf(f, {}),
        second: statementOf(f, { slug: "s2" }),
        evidence: anchorText(f.g, "and", { within: "and Kuleba" }),
      }),
    code: "invalid-value",
    where: "tension.kind",
    message: /unknown kind "hedgeVersusRefusal"/,
  },
  {
    input: "an unknown organisation type",
    run: (f) => organisation(f.g, { name: "Rada", type: anyInput("parliament") }),
    code: "invalid-value",
    where: "organisation.type",
    message: /unknown type "parliament"/,
  },
  {
    input: "two different concepts declared under one IRI, both used",
    run: (f) => {
      statementOf(f, { stance: defineStance(stanceOk) });
      return statementOf(f, { slug: "s2", stance: defineStance({ ...stanceOk, label: "may consider" }) });
    },
    code: "duplicate-iri",
    where: "statement.stance.label",
    message: /is already defined with label "might consider", not "may consider"/,
  },
  // ── Joint speakers ────────────────────────────────────────────────────────────────────────────────
  {
    input: "no speaker at all",
    run: (f) => statementOf(f, { speaker: [] }),
    code: "invalid-input",
    where: "statement.speaker",
    message: /needs at least one speaker/,
  },
  {
    input: "the same speaker twice",
    run: (f) => statementOf(f, { speaker: [f.ukraine, f.ukraine] }),
    code: "invalid-input",
    where: "statement.speaker[1]",
    message: /is already a speaker/,
  },
  {
    input: "a joint statement's quotation that names no speaker",
    run: (f) =>
      statementOf(f, { speaker: [f.zelensky, f.kuleba], quotations: [anchorText(f.g, "might be willing")] }),
    code: "invalid-input",
    where: "statement.quotations[0]",
    message: /a joint statement's quotation names whose words it is: pass \{ words, by \}/,
  },
  {
    input: "a quotation by someone who is not a speaker",
    run: (f) =>
      statementOf(f, {
        speaker: [f.zelensky, f.kuleba],
        quotations: [{ words: anchorText(f.g, "might be willing"), by: f.ukraine }],
      }),
    code: "invalid-input",
    where: "statement.quotations[0].by",
    message: /is not a speaker of the statement/,
  },
  // ── Hedges, occasions, conditional content ────────────────────────────────────────────────────────
  {
    input: "an unknown modality",
    run: (f) =>
      statementOf(f, {
        hedge: { modality: "maybe", words: anchorText(f.g, "might", { within: "might be" }) },
      }),
    code: "invalid-value",
    where: "statement.hedge.modality",
    message: /unknown modality "maybe" \(one of possible, probable\)/,
  },
  {
    input: "hedge words outside the statement's anchor",
    run: (f) => statementOf(f, { hedge: { modality: "possible", words: anchorText(f.g, "Might") } }),
    code: "invalid-input",
    where: "statement.hedge.words",
    message: /lies outside the anchor \d+\.\.\d+ it hedges/,
  },
  {
    input: "an occasion that is a person",
    run: (f) => statementOf(f, { occasion: f.kuleba }),
    code: "unknown-reference",
    where: "statement.occasion",
    message: /is a person, expected event/,
  },
  {
    input: "content conditional on a state",
    run: (f) => action(f.g, { slug: "a", label: "a", conditionalOn: anyInput([f.russia]) }),
    code: "unknown-reference",
    where: "action.conditionalOn[0]",
    message: /is a state, expected action or/,
  },
  // ── Negated and dated positions ───────────────────────────────────────────────────────────────────
  {
    input: "a position of unknown polarity",
    run: (f) =>
      position(f.g, {
        slug: "p",
        label: "p",
        holder: f.ukraine,
        stance: "openTo",
        towards: f.discuss,
        polarity: anyInput("neutral"),
      }),
    code: "invalid-value",
    where: "position.polarity",
    message: /unknown polarity "neutral"/,
  },
  {
    input: "a position dated after the article's publication",
    run: (f) =>
      position(f.g, {
        slug: "p",
        label: "p",
        holder: f.ukraine,
        stance: "openTo",
        towards: f.discuss,
        asOf: resolvedDate(f.g, {
          slug: "later",
          method: "context",
          date: "2022-03-09",
          phrase: anchorText(f.g, "On Tuesday"),
          rule: "r",
        }),
      }),
    code: "invalid-date",
    where: "position.asOf",
    message: /2022-03-09 is after the article's publication day 2022-03-08/,
  },
  // ── Interviews, broadcasts, rounds ────────────────────────────────────────────────────────────────
  {
    input: "an interviewer of a meeting",
    run: (f) => event(f.g, { name: "m", kind: "meeting", interviewer: f.zelensky, anchor: f.hedged }),
    code: "invalid-input",
    where: "event.interviewer",
    message: /only an interview has an interviewer and interviewees/,
  },
  {
    input: "a meeting aired by an outlet",
    run: (f) => event(f.g, { name: "m", kind: "meeting", airedBy: f.wire, anchor: f.hedged }),
    code: "invalid-input",
    where: "event.airedBy",
    message: /only an interview or a broadcast is aired/,
  },
  {
    input: "an interview aired by a person",
    run: (f) => event(f.g, { name: "i", kind: "interview", airedBy: anyInput(f.zelensky), anchor: f.hedged }),
    code: "unknown-reference",
    where: "event.airedBy",
    message: /is a person, expected outlet/,
  },
  {
    input: "a round of no series",
    run: (f) => roundOf(f, {}),
    code: "invalid-input",
    where: "event.partOf",
    message: /a round is part of a negotiation series: pass it as partOf/,
  },
  {
    input: "a round of a meeting",
    run: (f) => roundOf(f, { partOf: f.meeting }),
    code: "invalid-input",
    where: "event.partOf",
    message: /this event is not one/,
  },
  {
    input: "a round numbered 0",
    run: (f) => roundOf(f, { partOf: f.talks, ordinal: 0 }),
    code: "invalid-value",
    where: "event.ordinal",
    message: /0 is not an ordinal/,
  },
  {
    input: "an ordinal of a series",
    run: (f) => event(f.g, { name: "Talks", kind: "negotiations", ordinal: 2, anchor: f.hedged }),
    code: "invalid-input",
    where: "event.ordinal",
    message: /only a round of a series has an ordinal/,
  },
];

describe("bad declarations of user concepts and bad construct inputs", () => {
  it.each(ROWS.map((r) => [r.input, r] as const))("%s", (_, row) => {
    const f = fixture();
    let error: unknown;
    try {
      row.run(f);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NewsgraphError);
    const e = error as NewsgraphError;
    expect([e.code, e.where]).toEqual([row.code, row.where]);
    expect(e.message.startsWith(`${row.where}: `)).toBe(true);
    expect(e.problem).toMatch(row.message);
  });
});

describe("user concepts", () => {
  it("are frozen, typed by scheme, and recognised only when a define… function made them", () => {
    const stance = defineStance(stanceOk);
    expect(Object.isFrozen(stance)).toBe(true);
    const kind: UserConcept<"tensionKind"> = defineTensionKind({
      ...stanceOk,
      iri: `${EX}T`,
      broadMatch: "demandVersusRefusal",
    });
    // @ts-expect-error a tension kind is not a stance
    const wrong: UserConcept<"stance"> = kind;
    expect(wrong.scheme).toBe("tensionKind");
  });

  it("are described once however often a graph uses them", () => {
    const f = fixture();
    const stance = defineStance(stanceOk);
    statementOf(f, { stance });
    statementOf(f, { slug: "s2", stance });
    const labels = f.g.quads.filter(
      (q) => q.subject.value === stance.iri.value && q.predicate.value.endsWith("#prefLabel"),
    );
    expect(labels).toHaveLength(1);
  });

  it("leave the graph as it was when a builder refuses them", () => {
    const f = fixture();
    const before = f.g.quads.length;
    expect(() => statementOf(f, { stance: defineStance(stanceOk), speaker: [] })).toThrow(NewsgraphError);
    expect(f.g.quads.length).toBe(before);
    expect(f.g.quads.some((q) => q.subject.value === stanceOk.iri)).toBe(false);
  });

  it("puts an article's unnamed interviewee on its observation, never on the shared interview", () => {
    const f = fixture();
    const official = unnamedAgent(f.g, { description: "a Ukrainian official", affiliation: f.ukraine });
    const interview = event(f.g, {
      name: "An interview",
      kind: "interview",
      interviewer: f.kuleba,
      interviewees: [official],
      anchor: anchorText(f.g, "In an interview"),
    });
    const on = (s: string) =>
      f.g.quads.filter((q) => q.subject.value === s && q.predicate.value.endsWith("#interviewee"));
    expect(on(interview.iri.value)).toEqual([]);
    const observation = f.g.quads.find(
      (q) => q.predicate.value.endsWith("#observes") && q.object.equals(interview.iri),
    )?.subject.value;
    expect(on(observation ?? "").map((q) => q.object.value)).toEqual([official.iri.value]);
  });

  it("mint a round from its series and ordinal when no slug is given", () => {
    const f = fixture();
    const round = roundOf(f, { partOf: f.talks, ordinal: 3 });
    expect(round.iri.value).toBe("https://w3id.org/newsgraph/id/event/talks-round-3");
  });
});
