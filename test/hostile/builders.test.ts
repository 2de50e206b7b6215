import type { Quad } from "@rdfjs/types";
import fc from "fast-check";
import { DataFactory, Parser } from "n3";
import { beforeAll, describe, expect, it } from "vitest";
import {
  action,
  anchor,
  anchorText,
  article,
  cameo,
  event,
  externalFact,
  findSpan,
  GraphBuilder,
  isoDate,
  mention,
  organisation,
  outlet,
  person,
  place,
  position,
  post,
  type Ref,
  recognition,
  resolvedDate,
  resolveWeekday,
  role,
  slugify,
  state,
  statement,
  tension,
  territory,
  topic,
  unnamedAgent,
} from "../../src/builders/index.js";
import { NewsgraphError } from "../../src/errors.js";
import { toNTriples } from "../../src/export/ntriples.js";
import { parseTurtle } from "../../src/release/release.js";
import { validateShapes } from "../../src/validate/shacl.js";
import { ng, schema } from "../../src/vocab/namespaces.js";
import { read } from "../helpers.js";

const { namedNode, literal } = DataFactory;

const HEADLINE = "Zelensky Aide Says Ukraine Open to Neutrality";
const TEXT = `${HEADLINE}
Ihor Zhovkva said on Wednesday that Ukraine is open to discussing neutrality with Russia, but Ukraine will not cede territory. Зеленський met Bennett in Moscow after three rounds of talks.`;

/** A small article every hostile call is made against: an article node, a speaker, a date, a topic. */
function fixture() {
  const g = new GraphBuilder("hostile-article", TEXT);
  const publisher = outlet(g, { name: "Antiwar.com" });
  const author = person(g, { name: "Dave DeCamp" });
  article(g, {
    headline: anchorText(g, HEADLINE),
    url: "https://news.antiwar.com/2022/03/09/zelensky-aide/",
    datePublished: "2022-03-09",
    language: "en",
    publisher,
    author,
  });
  const ukraine = state(g, { name: "Ukraine", wikidata: "Q212" });
  const russia = state(g, { name: "Russia", wikidata: "Q159" });
  const zhovkva = person(g, { name: "Ihor Zhovkva" });
  const date = resolvedDate(g, {
    slug: "on-wednesday",
    method: "explicit",
    date: "2022-03-09",
    phrase: anchorText(g, "on Wednesday"),
    rule: "the publication day",
  });
  const neutrality = topic(g, { name: "neutrality" });
  const open = anchorText(g, "Ukraine is open to discussing neutrality with Russia");
  const cede = anchorText(g, "Ukraine will not cede territory");
  return { g, publisher, author, ukraine, russia, zhovkva, date, neutrality, open, cede };
}
type Fixture = ReturnType<typeof fixture>;

/** A statement input that is fine, to be spoiled one field at a time. */
const statementInput = (f: Fixture, over: Record<string, unknown> = {}) =>
  ({
    slug: "open-to-neutrality",
    summary: "Zhovkva: Ukraine is open to discussing neutrality",
    speaker: f.zhovkva,
    mode: "reported",
    anchor: f.open,
    date: f.date,
    topics: [f.neutrality],
    about: [f.ukraine],
    polarity: "affirmative",
    ...over,
  }) as Parameters<typeof statement>[1];

let shapes: Quad[];
let ontology: Quad[];
beforeAll(() => {
  shapes = parseTurtle(read("ontology", "newsgraph.shapes.ttl"), "ontology/newsgraph.shapes.ttl");
  ontology = parseTurtle(read("ontology", "newsgraph.ttl"), "ontology/newsgraph.ttl");
});

/** The graph conforms to the shapes and reads back from N-Triples (parsed by n3) as the same quads. */
async function expectSound(g: GraphBuilder): Promise<void> {
  expect(await validateShapes(g.quads, shapes, ontology)).toEqual([]);
  const nt = toNTriples(g.quads);
  const back = new Parser({ format: "N-Triples" }).parse(nt);
  expect(back.length).toBe(g.quads.length);
  expect(toNTriples(back)).toBe(nt);
}

/** A `where` that names a field: `person.name`, `statement.topics[0]`, `GraphBuilder.text`. */
const FIELD = /^[A-Za-z]+(?:\.[A-Za-z]+|\[\d+\])*$/;

type Outcome =
  | { readonly code: string; readonly where: string; readonly message: RegExp }
  | { readonly ok: true; readonly then?: (f: Fixture, result: unknown) => void };

interface Row {
  readonly input: string;
  readonly run: (f: Fixture) => unknown;
  readonly outcome: Outcome;
}

const refused = (code: string, where: string, message: RegExp): Outcome => ({ code, where, message });
const fine = (then?: (f: Fixture, result: unknown) => void): Outcome =>
  then === undefined ? { ok: true } : { ok: true, then };
const has = (f: Fixture, s: string, p: string, o?: string) =>
  f.g.quads.some(
    (q) => q.subject.value === s && q.predicate.value === p && (o === undefined || q.object.value === o),
  );
const ID = "https://w3id.org/newsgraph/id/";
const long = "a".repeat(200_000);

const ROWS: readonly Row[] = [
  // 1. Options that cannot make progress.
  {
    input: 'findSpan within: ""',
    run: (f) => findSpan(f.g, "Ukraine", { within: "" }),
    outcome: refused("span-not-found", "within", /must not be empty/),
  },
  {
    input: 'anchorText within: ""',
    run: (f) => anchorText(f.g, "Ukraine", { within: "" }),
    outcome: refused("span-not-found", "within", /must not be empty/),
  },
  {
    input: 'anchorText exact: ""',
    run: (f) => anchorText(f.g, ""),
    outcome: refused("span-not-found", "exact", /must not be empty/),
  },
  {
    input: "occurrence: 0",
    run: (f) => findSpan(f.g, "Ukraine", { occurrence: 0 }),
    outcome: refused("invalid-value", "occurrence", /whole number from 1/),
  },
  {
    input: "occurrence: -1",
    run: (f) => findSpan(f.g, "Ukraine", { occurrence: -1 }),
    outcome: refused("invalid-value", "occurrence", /whole number from 1/),
  },
  {
    input: "occurrence: NaN",
    run: (f) => findSpan(f.g, "Ukraine", { occurrence: Number.NaN }),
    outcome: refused("invalid-value", "occurrence", /NaN is not an occurrence/),
  },
  {
    input: "occurrence: Infinity",
    run: (f) => findSpan(f.g, "Ukraine", { occurrence: Number.POSITIVE_INFINITY }),
    outcome: refused("invalid-value", "occurrence", /Infinity/),
  },
  {
    input: "occurrence: 1.5",
    run: (f) => findSpan(f.g, "Ukraine", { occurrence: 1.5 }),
    outcome: refused("invalid-value", "occurrence", /1.5/),
  },
  {
    input: "options: null",
    run: (f) => findSpan(f.g, "Ukraine", null as never),
    outcome: refused("invalid-input", "options", /got null/),
  },
  {
    input: "anchor start: NaN",
    run: (f) => anchor(f.g, { start: Number.NaN, end: 3, exact: "Zel" }),
    outcome: refused("offset-out-of-range", "anchor.start", /NaN is outside/),
  },
  {
    input: "anchor end: Infinity",
    run: (f) => anchor(f.g, { start: 0, end: Number.POSITIVE_INFINITY, exact: "Zel" }),
    outcome: refused("offset-out-of-range", "anchor.end", /Infinity is outside/),
  },
  {
    input: 'anchor start: "0"',
    run: (f) => anchor(f.g, { start: "0" as never, end: 3, exact: "Zel" }),
    outcome: refused("offset-out-of-range", "anchor.start", /a string is outside/),
  },
  {
    input: "anchor exact: 5",
    run: (f) => anchor(f.g, { start: 0, end: 3, exact: 5 as never }),
    outcome: refused("anchor-mismatch", "anchor.exact", /must be a string/),
  },

  // 2. Inherited properties are not values of an enumeration.
  {
    input: 'statement mode: "constructor"',
    run: (f) => statement(f.g, statementInput(f, { mode: "constructor" })),
    outcome: refused("invalid-value", "statement.mode", /unknown report mode "constructor"/),
  },
  {
    input: 'statement stance: "toString"',
    run: (f) => statement(f.g, statementInput(f, { stance: "toString" })),
    outcome: refused("invalid-value", "statement.stance", /unknown stance "toString"/),
  },
  {
    input: 'statement polarity: "__proto__"',
    run: (f) => statement(f.g, statementInput(f, { polarity: "__proto__" })),
    outcome: refused("invalid-value", "statement.polarity", /unknown polarity/),
  },
  {
    input: 'statement eventType: "constructor"',
    run: (f) => statement(f.g, statementInput(f, { eventType: "constructor" })),
    outcome: refused("invalid-value", "statement.eventType", /"constructor" is not a CAMEO code/),
  },
  {
    input: 'cameo("toString")',
    run: (f) => cameo(f.g, "toString" as never),
    outcome: refused("invalid-value", "eventType", /not a CAMEO code/),
  },
  {
    input: 'organisation type: "constructor"',
    run: (f) => organisation(f.g, { name: "X", type: "constructor" as never }),
    outcome: refused("invalid-value", "organisation.type", /unknown type "constructor"/),
  },
  {
    input: 'position stance: "valueOf"',
    run: (f) =>
      position(f.g, {
        slug: "p",
        label: "p",
        holder: f.zhovkva,
        stance: "valueOf" as never,
        towards: f.ukraine,
      }),
    outcome: refused("invalid-value", "position.stance", /unknown stance/),
  },
  {
    input: 'date method: "hasOwnProperty"',
    run: (f) => resolvedDate(f.g, { slug: "d", method: "hasOwnProperty" as never, rule: "r" }),
    outcome: refused("invalid-value", "date.method", /unknown method/),
  },
  {
    input: 'event kind: "constructor"',
    run: (f) => event(f.g, { name: "E", kind: "constructor" as never, anchor: f.open }),
    outcome: refused("invalid-value", "event.kind", /unknown kind/),
  },
  {
    input: 'place type: "__proto__"',
    run: (f) => place(f.g, { name: "Moscow", type: "__proto__" as never }),
    outcome: refused("invalid-value", "place.type", /unknown type/),
  },

  // 3. A second definition that differs is refused, naming the field; an identical one is fine.
  {
    input: "statement redefined with another speaker",
    run: (f) => {
      statement(f.g, statementInput(f));
      return statement(f.g, statementInput(f, { speaker: f.ukraine }));
    },
    outcome: refused("duplicate-iri", "statement.speaker", /already defined with speaker/),
  },
  {
    input: "post redefined with another role",
    run: (f) => {
      post(f.g, { name: "President of Ukraine", role: role(f.g, { name: "president" }), in: f.ukraine });
      return post(f.g, { name: "President of Ukraine", role: role(f.g, { name: "premier" }), in: f.ukraine });
    },
    outcome: refused("duplicate-iri", "post.role", /already defined with role/),
  },
  {
    input: "a second entity linked to a Wikidata item another node already has",
    run: (f) => person(f.g, { name: "Somebody Else", wikidata: "Q212" }),
    outcome: refused(
      "duplicate-iri",
      "person.wikidata",
      /Q212 is already the Wikidata item of <.*state\/ukraine>/,
    ),
  },
  {
    input: "event redefined with another round count",
    run: (f) => {
      event(f.g, { name: "Talks", kind: "negotiations", anchor: f.open, roundCount: 3 });
      return event(f.g, { name: "Talks", kind: "negotiations", anchor: f.open, roundCount: 4 });
    },
    outcome: refused("duplicate-iri", "event.roundCount", /with roundCount 3, not 4/),
  },
  {
    input: "tension redefined with another kind",
    run: (f) => {
      const a = statement(f.g, statementInput(f));
      const b = statement(f.g, statementInput(f, { slug: "no-cede", anchor: f.cede, polarity: "negative" }));
      const evidence = anchorText(f.g, "but");
      tension(f.g, { slug: "t", label: "t", kind: "divergentAttitudes", first: a, second: b, evidence });
      return tension(f.g, {
        slug: "t",
        label: "t",
        kind: "demandVersusRefusal",
        first: a,
        second: b,
        evidence,
      });
    },
    outcome: refused("duplicate-iri", "tension.kind", /already defined with kind "divergentAttitudes"/),
  },
  {
    input: "person redefined with an account",
    run: (f) => {
      const x = organisation(f.g, { name: "Twitter", type: "platform" });
      return person(f.g, { name: "Ihor Zhovkva", account: { platform: x, handle: "zhovkva" } });
    },
    outcome: refused("duplicate-iri", "person.account", /already defined with account null/),
  },
  {
    input: "unnamed agent redefined as plural",
    run: (f) => {
      unnamedAgent(f.g, { description: "Ukrainian officials", affiliation: f.ukraine });
      return unnamedAgent(f.g, { description: "Ukrainian officials", affiliation: f.ukraine, plural: true });
    },
    outcome: refused("duplicate-iri", "unnamedAgent.plural", /false, not true/),
  },
  {
    input: "a state named like an existing slug of another kind of claim",
    run: (f) => {
      action(f.g, { slug: "x", label: "x" });
      return position(f.g, {
        slug: "x",
        label: "x",
        holder: f.zhovkva,
        stance: "openTo",
        towards: f.ukraine,
      });
    },
    outcome: refused("duplicate-iri", "position.slug", /already used by a different action/),
  },
  {
    input: "a remark carried by two outlets",
    run: (f) =>
      statement(
        f.g,
        statementInput(f, {
          carriedBy: [outlet(f.g, { name: "Axios" }), outlet(f.g, { name: "The Times of Israel" })],
        }),
      ),
    outcome: fine(),
  },
  {
    input: "statement.carriedBy holding a state among outlets",
    run: (f) => statement(f.g, statementInput(f, { carriedBy: [outlet(f.g, { name: "Axios" }), f.ukraine] })),
    outcome: refused("unknown-reference", "statement.carriedBy[1]", /is a state, expected outlet/),
  },
  {
    input: "an unnamed source with no affiliation",
    run: (f) => unnamedAgent(f.g, { description: "a source familiar with the talks" }),
    outcome: fine(),
  },
  {
    input: "identical redefinitions (altNames in another order)",
    run: (f) => {
      state(f.g, { name: "United States", altNames: ["US", "USA"] });
      statement(f.g, statementInput(f));
      statement(f.g, statementInput(f));
      return state(f.g, { name: "United States", altNames: ["USA", "US"] });
    },
    outcome: fine(),
  },

  // 5. Text that RDF cannot carry, or that misleads a reader, is refused where it enters.
  {
    input: "name with a lone surrogate",
    run: (f) => person(f.g, { name: "Zel\uD800ensky" }),
    outcome: refused("invalid-value", "person.name", /lone surrogate/),
  },
  {
    input: "name with a NUL byte",
    run: (f) => person(f.g, { name: "Zel\u0000ensky" }),
    outcome: refused("invalid-value", "person.name", /control character U\+0000/),
  },
  {
    input: "name with a newline",
    run: (f) => state(f.g, { name: "Ukr\naine" }),
    outcome: refused("invalid-value", "state.name", /U\+000A/),
  },
  {
    input: "summary with a tab",
    run: (f) => statement(f.g, statementInput(f, { summary: "a\tb" })),
    outcome: refused("invalid-value", "statement.summary", /U\+0009/),
  },
  {
    input: "name with an RTL override (U+202E)",
    run: (f) => person(f.g, { name: "Ihor \u202EavkvohZ" }),
    outcome: refused("invalid-value", "person.name", /bidi/),
  },
  {
    input: "altName with a lone low surrogate",
    run: (f) => person(f.g, { name: "X", altNames: ["ok", "\uDC00"] }),
    outcome: refused("invalid-value", "person.altNames[1]", /lone surrogate/),
  },
  {
    input: "rule with DEL",
    run: (f) => resolvedDate(f.g, { slug: "d", method: "unstated", rule: "r\u007F" }),
    outcome: refused("invalid-value", "date.rule", /U\+007F/),
  },
  {
    input: "article text with a lone surrogate",
    run: () => new GraphBuilder("a", "text \uD83D"),
    outcome: refused("invalid-value", "GraphBuilder.text", /lone surrogate/),
  },
  {
    input: "article text with tabs and newlines",
    run: () => new GraphBuilder("a", "a\tb\r\nc"),
    outcome: fine(),
  },
  {
    input: "200 000-character name",
    run: (f) => person(f.g, { name: long }),
    outcome: refused("invalid-value", "person.name", /200000 characters long; at most 1000/),
  },
  {
    input: "astral name (mathematical letters)",
    run: (f) => person(f.g, { name: "𝔘𝔨𝔯𝔞𝔦𝔫𝔢" }),
    outcome: fine((_f, r) => expect((r as Ref<"person">).iri.value).toBe(`${ID}person/ukraine`)),
  },
  {
    input: "RTL name with an explicit slug",
    run: (f) => person(f.g, { name: "נפתלי בנט", slug: "naftali-bennett" }),
    outcome: fine(),
  },
  {
    input: "name of emoji only",
    run: (f) => topic(f.g, { name: "🇺🇦" }),
    outcome: refused("invalid-slug", "topic.name", /gives an empty slug .*pass `slug`/),
  },

  // 6. IRIs are checked where they enter.
  {
    input: "URL with a space",
    run: (f) => outlet(f.g, { name: "Y", url: "https://example.com/a b" }),
    outcome: refused("invalid-value", "outlet.url", /not an absolute IRI \(it contains " "\)/),
  },
  {
    input: "URL with a backquote",
    run: (f) => organisation(f.g, { name: "Y", url: "https://example.com/`x`" }),
    outcome: refused("invalid-value", "organisation.url", /contains "`"/),
  },
  {
    input: "relative URL",
    run: (f) => outlet(f.g, { name: "Y", url: "/a" }),
    outcome: refused("invalid-value", "outlet.url", /not an absolute IRI/),
  },
  {
    input: "ftp URL",
    run: (f) => outlet(f.g, { name: "Y", url: "ftp://example.com/" }),
    outcome: refused("invalid-value", "outlet.url", /not an absolute http\(s\) URL/),
  },
  {
    input: "externalFact subject with a space",
    run: (f) =>
      externalFact(
        f.g,
        "f",
        namedNode("https://x/a b"),
        schema("url"),
        namedNode("https://x/"),
        "PublisherPage",
        namedNode("https://x/"),
      ),
    outcome: refused("invalid-value", "fact.subject", /not an absolute IRI/),
  },
  {
    input: "externalFact object with braces",
    run: (f) =>
      externalFact(
        f.g,
        "f",
        namedNode("https://x/"),
        schema("url"),
        namedNode("https://x/{y}"),
        "PublisherPage",
        namedNode("https://x/"),
      ),
    outcome: refused("invalid-value", "fact.object", /contains "\{"/),
  },
  {
    input: "externalFact source with <>",
    run: (f) =>
      externalFact(
        f.g,
        "f",
        namedNode("https://x/"),
        schema("url"),
        namedNode("https://x/"),
        "PublisherPage",
        namedNode("<https://x/>"),
      ),
    outcome: refused("invalid-value", "fact.source", /not an absolute IRI/),
  },
  {
    input: "externalFact relative predicate",
    run: (f) =>
      externalFact(
        f.g,
        "f",
        namedNode("https://x/"),
        namedNode("url"),
        namedNode("https://x/"),
        "PublisherPage",
        namedNode("https://x/"),
      ),
    outcome: refused("invalid-value", "fact.predicate", /not an absolute IRI/),
  },
  {
    input: "externalFact literal with a bad language tag",
    run: (f) =>
      externalFact(
        f.g,
        "f",
        namedNode("https://x/"),
        schema("name"),
        literal("x", "not a tag"),
        "PublisherPage",
        namedNode("https://x/"),
      ),
    outcome: refused("invalid-value", "fact.object", /not a language tag/),
  },
  {
    input: 'externalFact origin "constructor"',
    run: (f) =>
      externalFact(
        f.g,
        "f",
        namedNode("https://x/"),
        schema("url"),
        namedNode("https://x/"),
        "constructor" as never,
        namedNode("https://x/"),
      ),
    outcome: refused("invalid-value", "fact.origin", /unknown origin/),
  },
  {
    input: "Wikidata id with 30 digits",
    run: (f) => state(f.g, { name: "Z", wikidata: `Q${"1".repeat(30)}` }),
    outcome: refused("invalid-wikidata-id", "state.wikidata", /not a Wikidata id/),
  },

  // 7. Non-Latin names: Cyrillic and Greek are transliterated, other scripts must pass `slug`.
  {
    input: "Cyrillic name",
    run: (f) => person(f.g, { name: "Володимир Зеленський" }),
    outcome: fine((_f, r) => expect((r as Ref<"person">).iri.value).toBe(`${ID}person/volodymyr-zelenskyi`)),
  },
  {
    input: "Greek name",
    run: (f) => place(f.g, { name: "Αθήνα" }),
    outcome: fine((_f, r) => expect((r as Ref<"place">).iri.value).toBe(`${ID}place/athina`)),
  },
  {
    input: "Chinese name without slug",
    run: (f) => place(f.g, { name: "北京" }),
    outcome: refused("invalid-slug", "place.name", /"北京" gives an empty slug .*pass `slug`/),
  },
  {
    input: "Chinese name with slug",
    run: (f) => place(f.g, { name: "北京", slug: "beijing" }),
    outcome: fine(),
  },
  {
    input: 'slug "__proto__"',
    run: (f) => person(f.g, { name: "X", slug: "__proto__" }),
    outcome: refused("invalid-slug", "person.slug", /"__proto__" is not a slug/),
  },
  {
    input: 'slug "constructor"',
    run: (f) => person(f.g, { name: "Constructor", slug: "constructor" }),
    outcome: fine(),
  },
  {
    input: 'statement slug "__proto__"',
    run: (f) => statement(f.g, statementInput(f, { slug: "__proto__" })),
    outcome: refused("invalid-slug", "statement.slug", /not a slug/),
  },
  {
    input: "slug of 5 000 characters",
    run: (f) => topic(f.g, { name: "x", slug: "a".repeat(5000) }),
    outcome: refused("invalid-slug", "topic.slug", /not a slug/),
  },

  // 8. URLs are normalised with the WHATWG parser.
  {
    input: "URL without a path",
    run: (f) => outlet(f.g, { name: "Example", url: "http://example.com" }),
    outcome: fine((f, r) =>
      expect(has(f, (r as Ref<"outlet">).iri.value, schema("url").value, "http://example.com/")).toBe(true),
    ),
  },
  {
    input: "URL with an upper-case host",
    run: (f) => outlet(f.g, { name: "Example", url: "HTTPS://Example.COM/a" }),
    outcome: fine((f, r) =>
      expect(has(f, (r as Ref<"outlet">).iri.value, schema("url").value, "https://example.com/a")).toBe(true),
    ),
  },

  // 9. Every calendar day from 0001-01-01 to 9999-12-31.
  {
    input: "0099-12-31",
    run: () => isoDate("0099-12-31", "d"),
    outcome: fine((_f, r) => expect(r).toBe("0099-12-31")),
  },
  { input: "0001-01-01", run: () => isoDate("0001-01-01", "d"), outcome: fine() },
  { input: "9999-12-31", run: () => isoDate("9999-12-31", "d"), outcome: fine() },
  { input: "0400-02-29 (leap)", run: () => isoDate("0400-02-29", "d"), outcome: fine() },
  {
    input: "0100-02-29 (not leap)",
    run: () => isoDate("0100-02-29", "d"),
    outcome: refused("invalid-date", "d", /not a day of the calendar/),
  },
  {
    input: "0000-01-01",
    run: () => isoDate("0000-01-01", "d"),
    outcome: refused("invalid-date", "d", /not a day of the calendar/),
  },
  {
    input: "date as a number",
    run: () => isoDate(20220309, "d"),
    outcome: refused("invalid-date", "d", /20220309 is not a date/),
  },
  {
    input: "Monday before 0099-12-31",
    run: () => resolveWeekday("0099-12-31", "Monday"),
    outcome: fine((_f, r) => expect(r).toMatchObject({ date: "0099-12-28" })),
  },
  {
    input: "Sunday before 0001-01-01",
    run: () => resolveWeekday("0001-01-01", "Sunday"),
    outcome: refused("invalid-date", "weekday", /falls before 0001-01-01/),
  },
  {
    input: 'weekday "constructor"',
    run: () => resolveWeekday("2022-03-09", "constructor" as never),
    outcome: refused("invalid-value", "weekday", /not a weekday/),
  },
  {
    input: "date 0099-12-31 in a graph",
    run: (f) =>
      resolvedDate(f.g, { slug: "old", method: "context", date: "0099-12-31", rule: "r", phrase: f.open }),
    outcome: fine(),
  },
  {
    input: "a date carried over from context with no dated words to carry it from",
    run: (f) => resolvedDate(f.g, { slug: "carried", method: "context", date: "2022-03-09", rule: "r" }),
    outcome: refused("invalid-input", "date.phrase", /needs the dated words it is carried from/),
  },
  {
    input: "an outlet from context with no words naming the outlet",
    run: (f) =>
      statement(
        f.g,
        statementInput(f, { carriedBy: outlet(f.g, { name: "Axios" }), outletFromContext: true }),
      ),
    outcome: refused("invalid-input", "statement.outletNamedAt", /needs the words that name it/),
  },

  // 10. Missing or wrongly typed inputs.
  {
    input: "person(g, {})",
    run: (f) => person(f.g, {} as never),
    outcome: refused("empty-name", "person.name", /is missing/),
  },
  {
    input: "person(g, { name: 5 })",
    run: (f) => person(f.g, { name: 5 } as never),
    outcome: refused("empty-name", "person.name", /must be a string, got number/),
  },
  {
    input: "person(g, null)",
    run: (f) => person(f.g, null as never),
    outcome: refused("invalid-input", "person", /must be an object, got null/),
  },
  {
    input: "person(null, …)",
    run: () => person(null as never, { name: "X" }),
    outcome: refused("invalid-input", "person.g", /must be a GraphBuilder/),
  },
  {
    input: "state(g, [])",
    run: (f) => state(f.g, [] as never),
    outcome: refused("invalid-input", "state", /got an array/),
  },
  {
    input: 'altNames: "US"',
    run: (f) => state(f.g, { name: "X", altNames: "US" as never }),
    outcome: refused("invalid-input", "state.altNames", /must be an array/),
  },
  {
    input: 'statement topics: "x"',
    run: (f) => statement(f.g, statementInput(f, { topics: "x" })),
    outcome: refused("invalid-input", "statement.topics", /must be an array/),
  },
  ...["\u200B", "\u200F", "\uFEFF", "\u2060", "\u034F", "\uFE0F", "\u3164", "\u00AD", "\u{E0041}"].map(
    (c) => ({
      input: `a name with the invisible U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")}`,
      run: (f: Fixture) => person(f.g, { name: `Ihor${c} Zhovkva` }),
      outcome: refused("invalid-value", "person.name", /contains the invisible character U\+/),
    }),
  ),
  {
    input: "statement topics with a hole: [, neutrality]",
    // biome-ignore lint/suspicious/noSparseArray: the hole is the hostile input.
    run: (f) => statement(f.g, statementInput(f, { topics: [, f.neutrality] })),
    outcome: refused("invalid-input", "statement.topics[0]", /is a hole in the array/),
  },
  {
    input: "statement about with a hole: [, ukraine]",
    // biome-ignore lint/suspicious/noSparseArray: the hole is the hostile input.
    run: (f) => statement(f.g, statementInput(f, { about: [, f.ukraine] })),
    outcome: refused("invalid-input", "statement.about[0]", /is a hole in the array/),
  },
  {
    input: "statement about missing",
    run: (f) => statement(f.g, statementInput(f, { about: undefined })),
    outcome: refused("invalid-input", "statement.about", /is missing/),
  },
  {
    input: "statement speaker: a string",
    run: (f) => statement(f.g, statementInput(f, { speaker: "zhovkva" })),
    outcome: refused("unknown-reference", "statement.speaker", /not built in this graph/),
  },
  {
    input: "mention options: null",
    run: (f) => mention(f.g, f.ukraine, f.open, null as never),
    outcome: refused("invalid-input", "mention.options", /got null/),
  },
  {
    input: 'mention misspelling: "yes"',
    run: (f) => mention(f.g, f.ukraine, f.open, { misspelling: "yes" as never }),
    outcome: refused("invalid-input", "mention.options.misspelling", /true or false/),
  },
  {
    input: "roundCount: -1",
    run: (f) => event(f.g, { name: "T", kind: "negotiations", anchor: f.open, roundCount: -1 }),
    outcome: refused("invalid-value", "event.roundCount", /-1 is not a count/),
  },
  {
    input: "roundCount: NaN",
    run: (f) => event(f.g, { name: "T", kind: "negotiations", anchor: f.open, roundCount: Number.NaN }),
    outcome: refused("invalid-value", "event.roundCount", /NaN is not a count/),
  },
  {
    input: "roundCount: Infinity",
    run: (f) =>
      event(f.g, { name: "T", kind: "negotiations", anchor: f.open, roundCount: Number.POSITIVE_INFINITY }),
    outcome: refused("invalid-value", "event.roundCount", /Infinity is not a count/),
  },
  {
    input: 'roundCount: "3"',
    run: (f) => event(f.g, { name: "T", kind: "negotiations", anchor: f.open, roundCount: "3" as never }),
    outcome: refused("invalid-value", "event.roundCount", /3 is not a count/),
  },
  {
    input: "ongoing: 1",
    run: (f) => event(f.g, { name: "T", kind: "offensive", anchor: f.open, ongoing: 1 as never }),
    outcome: refused("invalid-input", "event.ongoing", /true or false/),
  },
  {
    input: "territory partOf: [null]",
    run: (f) => territory(f.g, { name: "Crimea", partOf: [null as never] }),
    outcome: refused("invalid-input", "territory.partOf[0]", /got null/),
  },
  {
    input: "action affects: 5",
    run: (f) => action(f.g, { slug: "a", label: "a", affects: 5 as never }),
    outcome: refused("invalid-input", "action.affects", /must be an array/),
  },
  {
    input: "recognition status missing",
    run: (f) =>
      recognition(f.g, {
        slug: "r",
        label: "r",
        recogniser: f.ukraine,
        territories: [territory(f.g, { name: "Crimea" })],
      } as never),
    outcome: refused("invalid-input", "recognition.status", /is missing/),
  },
  {
    input: 'recognition status "constructor"',
    run: (f) =>
      recognition(f.g, {
        slug: "r",
        label: "r",
        recogniser: f.ukraine,
        territories: [territory(f.g, { name: "Crimea" })],
        status: { status: "constructor" },
      } as never),
    outcome: refused("invalid-value", "recognition.status.status", /partOf/),
  },
  {
    input: 'article language "en US"',
    run: () => {
      const f = freshArticle();
      return article(f.g, { ...f.input, language: "en US" });
    },
    outcome: refused("invalid-value", "article.language", /not a language tag/),
  },
  {
    input: "slugify(5)",
    run: () => slugify(5 as never),
    outcome: refused("invalid-slug", "name", /must be a string/),
  },
  {
    input: 'GraphBuilder slug "__proto__"',
    run: () => new GraphBuilder("__proto__", "x"),
    outcome: refused("invalid-slug", "GraphBuilder.articleSlug", /not a slug/),
  },
];

/** An article call's inputs, not yet made. */
function freshArticle() {
  const g = new GraphBuilder("fresh", HEADLINE);
  const input = {
    headline: anchorText(g, HEADLINE),
    url: "https://example.org/a",
    datePublished: "2022-03-09",
    language: "en",
    publisher: outlet(g, { name: "P" }),
    author: person(g, { name: "A" }),
  };
  return { g, input };
}

describe("hostile inputs to the builders", () => {
  it("the fixture itself conforms", async () => {
    await expectSound(fixture().g);
  });

  it.each(ROWS.map((r) => [r.input, r] as const))("%s", async (_name, row) => {
    const f = fixture();
    const before = f.g.quads.length;
    let result: unknown;
    let error: unknown;
    try {
      result = row.run(f);
    } catch (e) {
      error = e;
    }
    if ("ok" in row.outcome) {
      expect(error).toBeUndefined();
      row.outcome.then?.(f, result);
      await expectSound(f.g);
      return;
    }
    expect(error).toBeInstanceOf(NewsgraphError);
    const e = error as NewsgraphError;
    expect({ code: e.code, where: e.where }).toEqual({ code: row.outcome.code, where: row.outcome.where });
    expect(e.message).toMatch(row.outcome.message);
    expect(e.message.startsWith(`${e.where}: `)).toBe(true);
    expect(e.where).toMatch(FIELD);
    // What the refused call built before it threw is taken back; earlier calls in `run` stay.
    expect(f.g.quads.length).toBeGreaterThanOrEqual(before);
  });
});

describe("a refused call leaves nothing half-built (4)", () => {
  it("a person whose account is wrong, then corrected, gets the account", async () => {
    const f = fixture();
    const twitter = organisation(f.g, { name: "Twitter", type: "platform" });
    const before = f.g.quads.length;
    expect(() =>
      person(f.g, { name: "Dmytro Kuleba", account: { platform: twitter, handle: "Dmytro Kuleba" } }),
    ).toThrow(/person.account.handle/);
    expect(f.g.quads.length).toBe(before);
    const kuleba = person(f.g, {
      name: "Dmytro Kuleba",
      account: { platform: twitter, handle: "DmytroKuleba" },
    });
    expect(
      f.g.quads.some((q) => q.subject.equals(kuleba.iri) && q.predicate.value.endsWith("/0.1/account")),
    ).toBe(true);
    await expectSound(f.g);
  });

  it("an event whose name is wrong adds no CAMEO concept, and a corrected retry adds it all", async () => {
    const f = fixture();
    const before = f.g.quads.length;
    expect(() => event(f.g, { name: " ", kind: "meeting", anchor: f.open, eventType: "036" })).toThrow(
      /event.name/,
    );
    expect(f.g.quads.length).toBe(before);
    const e = event(f.g, { name: "Meeting", kind: "meeting", anchor: f.open, eventType: "036" });
    expect(f.g.quads.some((q) => q.subject.equals(e.iri) && q.predicate.equals(ng("eventType")))).toBe(true);
    await expectSound(f.g);
  });

  it("a statement refused at its last input registers nothing, so the retry is built in full", async () => {
    const f = fixture();
    const before = f.g.quads.length;
    expect(() => statement(f.g, statementInput(f, { content: [f.ukraine] }))).toThrow(
      /statement.content\[0\]/,
    );
    expect(f.g.quads.length).toBe(before);
    const s = statement(f.g, statementInput(f, { eventType: "010" }));
    expect(f.g.quads.filter((q) => q.subject.equals(s.iri)).length).toBeGreaterThan(10);
    await expectSound(f.g);
  });
});

// ── Properties: arbitrary inputs either build a sound graph or are refused with a field ──────────────

/** Characters a hostile string is made of: Latin, Cyrillic, CJK, controls, surrogate halves, bidi. */
const unit = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(..."abcxyz ZUK-'’019".split("")) },
  { weight: 2, arbitrary: fc.constantFrom("ж", "Ї", "λ", "北", "ñ", "é", "𝔘", "🇺", "ß") },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "\u0000",
      "\n",
      "\t",
      "\uD800",
      "\uDC00",
      "\u202E",
      "\u2067",
      "\u007F",
      "\u0085",
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
);
const hostileString = fc.oneof(
  { weight: 5, arbitrary: fc.string({ unit, maxLength: 20 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom("constructor", "__proto__", "toString", "hasOwnProperty", "", " ", "Ukraine"),
  },
);
const anyValue = fc.oneof(
  { weight: 6, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 1 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(undefined, null, 0, -1, Number.NaN, Number.POSITIVE_INFINITY, 1.5),
  },
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

/** Run a call; true when it succeeded, false when refused properly; anything else fails the test. */
function attempt(fn: () => unknown): boolean {
  try {
    fn();
    return true;
  } catch (e) {
    if (!(e instanceof NewsgraphError)) throw e;
    expect(e.where).toMatch(FIELD);
    expect(e.message.startsWith(`${e.where}: `)).toBe(true);
    return false;
  }
}

const RUNS = Number(process.env.HOSTILE_RUNS ?? 40);

describe("properties", () => {
  it("named entities: every call builds a sound graph or names the field it refuses", async () => {
    const builders = { person, state, topic, role, territory, place, outlet, organisation } as const;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...(Object.keys(builders) as (keyof typeof builders)[])),
        fc.oneof(
          {
            weight: 6,
            arbitrary: fc.record(
              {
                name: anyValue,
                altNames: maybe(fc.oneof(fc.array(anyValue, { maxLength: 3 }), anyValue)),
                slug: maybe(anyValue),
                wikidata: maybe(fc.oneof(fc.constantFrom("Q212", "Q0", "Q"), anyValue)),
                type: maybe(fc.oneof(fc.constantFrom("city", "government", "platform"), anyValue)),
                url: maybe(
                  fc.oneof(fc.webUrl(), fc.constantFrom("http://example.com", "https://x/a b"), anyValue),
                ),
              },
              { requiredKeys: [] },
            ),
          },
          { weight: 1, arbitrary: anyValue },
        ),
        async (which, input) => {
          const f = fixture();
          const before = f.g.quads.length;
          const built = attempt(() =>
            (builders[which] as (g: GraphBuilder, i: unknown) => unknown)(f.g, input),
          );
          if (built) await expectSound(f.g);
          else expect(f.g.quads.length).toBe(before);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("spans: findSpan and anchorText never loop, and refuse bad options by field", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom("Ukraine", "neutrality", "Зеленський", "but", "e"), anyValue),
        fc.oneof(
          fc.record(
            {
              within: maybe(fc.oneof(fc.constantFrom("", "Ukraine is open", "will not cede"), anyValue)),
              occurrence: maybe(fc.oneof(fc.integer({ min: -2, max: 4 }), anyValue)),
            },
            { requiredKeys: [] },
          ),
          anyValue,
        ),
        async (exact, options) => {
          const f = fixture();
          const before = f.g.quads.length;
          const built = attempt(() => anchorText(f.g, exact as string, options as never));
          if (built) await expectSound(f.g);
          else expect(f.g.quads.length).toBe(before);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("offsets: anchor accepts exactly the spans of the text", async () => {
    const length = Array.from(TEXT).length;
    await fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -2, max: length + 2 }), anyValue),
        fc.oneof(fc.integer({ min: -2, max: length + 2 }), anyValue),
        (start, end) => {
          const f = fixture();
          const exact =
            typeof start === "number" && typeof end === "number"
              ? Array.from(TEXT).slice(start, end).join("")
              : "x";
          const built = attempt(() => anchor(f.g, { start, end, exact } as never));
          const valid =
            Number.isInteger(start) &&
            Number.isInteger(end) &&
            (start as number) >= 0 &&
            (end as number) <= length &&
            (start as number) < (end as number);
          expect(built).toBe(valid);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("dates: isoDate accepts exactly the days of the calendar from 0001 to 9999", () => {
    const reference = (y: number, m: number, d: number) => {
      const probe = new Date(Date.UTC(2000, 0, 1));
      probe.setUTCFullYear(y, m - 1, d);
      return (
        y >= 1 && probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d
      );
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const text = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          expect(attempt(() => isoDate(text, "d"))).toBe(reference(y, m, d));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("resolved dates and statements: arbitrary slugs, methods, modes, stances and dates", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          slug: fc.oneof(fc.constantFrom("said", "s-2"), anyValue),
          method: fc.oneof(fc.constantFrom("explicit", "context", "unstated", "publisher"), anyValue),
          date: maybe(fc.oneof(fc.constantFrom("2022-03-09", "0099-12-31", "2022-02-30"), anyValue)),
          rule: fc.oneof(fc.constant("a rule"), anyValue),
          mode: fc.oneof(fc.constantFrom("reported", "verbatim", "paraphrase"), anyValue),
          stance: maybe(fc.oneof(fc.constantFrom("openTo", "refuses"), anyValue)),
          polarity: fc.oneof(fc.constantFrom("affirmative", "negative"), anyValue),
          eventType: maybe(fc.oneof(fc.constantFrom("010", "0871", "10"), anyValue)),
          summary: fc.oneof(fc.constant("A summary"), anyValue),
        }),
        async (x) => {
          const f = fixture();
          const before = f.g.quads.length;
          let built = attempt(() =>
            resolvedDate(f.g, {
              slug: x.slug,
              method: x.method,
              date: x.date,
              rule: x.rule,
              phrase: f.open,
            } as never),
          );
          if (!built) expect(f.g.quads.length).toBe(before);
          const mid = f.g.quads.length;
          built = attempt(() =>
            statement(
              f.g,
              statementInput(f, {
                slug: x.slug,
                mode: x.mode,
                stance: x.stance,
                polarity: x.polarity,
                eventType: x.eventType,
                summary: x.summary,
                quotations: [f.open],
              }),
            ),
          );
          if (!built) expect(f.g.quads.length).toBe(mid);
          await expectSound(f.g);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
