import type { Term } from "@rdfjs/types";
import { DataFactory } from "n3";
import { describe, expect, it } from "vitest";
import { oneOrMore, Query, v, zeroOrMore } from "../../src/query/pattern.js";
import { jsValue } from "../../src/query/terms.js";
import { NewsStore, parseRdf } from "../../src/store/store.js";
import { ng, oa, rdfs, schema, skos, time } from "../../src/vocab/namespaces.js";
import { read } from "../helpers.js";

const { namedNode, literal, quad } = DataFactory;
const store = new NewsStore(parseRdf(read("data", "zelensky-aide-neutrality.ttl"), "turtle", "data"));
const id = (path: string) => namedNode(`https://w3id.org/newsgraph/id/${path}`);
const zhovkva = id("person/ihor-zhovkva");

describe("pattern API", () => {
  it("joins triple patterns and binds named variables to RDF/JS terms", () => {
    const rows = Query.on(store)
      .where([v("s"), ng("speaker"), zhovkva], [v("s"), ng("reportMode"), v("mode")])
      .rows();
    expect(rows.length).toBe(8);
    for (const r of rows) {
      expect(r.s.termType).toBe("NamedNode");
      expect(r.mode.value.startsWith("https://w3id.org/newsgraph/ontology#")).toBe(true);
    }
  });

  it("gives the same answer whatever order the patterns are written in", () => {
    const a = Query.on(store)
      .where(
        [v("s"), ng("speaker"), v("who")],
        [v("who"), skos("prefLabel"), v("name")],
        [v("s"), ng("topic"), v("t")],
      )
      .orderBy("s")
      .orderBy("t")
      .rows();
    const b = Query.on(store)
      .where(
        [v("s"), ng("topic"), v("t")],
        [v("who"), skos("prefLabel"), v("name")],
        [v("s"), ng("speaker"), v("who")],
      )
      .orderBy("s")
      .orderBy("t")
      .rows();
    expect(b).toEqual(a);
    expect(a.length).toBeGreaterThan(10);
  });

  it("keeps rows without a match in OPTIONAL, with the variable unbound", () => {
    const rows = Query.on(store)
      .where([v("s"), ng("speaker"), zhovkva])
      .optional([v("s"), ng("carriedBy"), v("outlet")])
      .rows();
    expect(rows.length).toBe(8);
    // The Bloomberg quote, and the precondition of the same paragraph (outlet from context).
    expect(rows.filter((r) => r.outlet !== undefined).map((r) => r.outlet?.value)).toEqual([
      id("org/bloomberg").value,
      id("org/bloomberg").value,
    ]);
  });

  it("filters on typed values", () => {
    const rows = Query.on(store)
      .where(
        [v("q"), schema("text"), v("text")],
        [v("q"), ng("anchor"), v("a")],
        [v("a"), oa("hasSelector"), v("p")],
        [v("p"), oa("start"), v("start")],
      )
      .filter((r) => (jsValue(r.start) as number) > 1000)
      .orderBy("start")
      .values();
    expect(rows.map((r) => r.text)).toEqual([
      "will not trade our territories — not a single inch",
      "discuss with Russia the future of Crimea and Donbas",
      "cooled down",
      "aspiring",
    ]);
    expect(typeof rows[0]?.start).toBe("number");
  });

  it("turns xsd:date into Date and booleans into booleans", () => {
    const [row] = Query.on(store)
      .where([v("m"), ng("isMisspelling"), v("flag")], [v("m"), ng("surfaceForm"), literal("Donestk")])
      .values();
    expect(row?.flag).toBe(true);
    const [day] = Query.on(store)
      .where([id("article/zelensky-aide-neutrality/date/on-monday"), time("inXSDDate"), v("d")])
      .values();
    expect(day?.d).toEqual(new Date("2022-03-07T00:00:00Z"));
  });

  it("supports DISTINCT, ORDER BY descending, LIMIT and OFFSET", () => {
    const speakers = Query.on(store)
      .where([v("s"), ng("speaker"), v("who")])
      .select("who")
      .distinct()
      .orderBy("who", "desc");
    const all = speakers.rows().map((r) => r.who.value);
    expect(all.length).toBe(7);
    expect([...all].sort().reverse()).toEqual(all);
    expect(
      speakers
        .offset(2)
        .limit(3)
        .rows()
        .map((r) => r.who.value),
    ).toEqual(all.slice(2, 5));
  });

  it("counts per group", () => {
    const rows = Query.on(store)
      .where([v("s"), ng("carriedBy"), v("outlet")])
      .groupBy("outlet")
      .count("statements")
      .orderBy("statements", "desc")
      .orderBy("outlet")
      .rows();
    expect(rows.map((r) => [r.outlet.value.split("/").pop(), r.statements])).toEqual([
      ["axios", 2],
      ["bloomberg", 2],
      ["the-times-of-israel", 2],
    ]);
  });

  it("counts distinct values of a variable", () => {
    const [row] = Query.on(store)
      .where([v("s"), ng("speaker"), v("who")], [v("s"), ng("topic"), v("t")])
      .groupBy("who")
      .count("topics", { of: "t", distinct: true })
      .rows()
      .filter((r) => r.who.equals(zhovkva));
    expect(row?.topics).toBe(8);
  });

  it("follows transitive paths: + excludes the start, * includes it", () => {
    const dpr = id("territory/donetsk-peoples-republic");
    const plus = Query.on(store)
      .where([dpr, oneOrMore(schema("containedInPlace")), v("whole")])
      .rows();
    expect(plus.map((r) => r.whole.value)).toEqual([id("territory/donbas").value]);
    const star = Query.on(store)
      .where([v("part"), zeroOrMore(schema("containedInPlace")), id("territory/donbas")])
      .orderBy("part")
      .rows();
    expect(star.map((r) => r.part.value.split("/").pop())).toEqual([
      "donbas",
      "donetsk-peoples-republic",
      "luhansk-peoples-republic",
    ]);
  });

  it("follows chains longer than one step and terminates on cycles", () => {
    const p = namedNode("https://example.org/within");
    const n = (i: number) => namedNode(`https://example.org/n${i}`);
    const chain = new NewsStore([
      quad(n(1), p, n(2)),
      quad(n(2), p, n(3)),
      quad(n(3), p, n(1)),
      quad(n(3), p, n(4)),
    ]);
    const rows = Query.on(chain)
      .where([n(1), oneOrMore(p), v("x")])
      .orderBy("x")
      .rows();
    expect(rows.map((r) => r.x.value.slice(-2))).toEqual(["n1", "n2", "n3", "n4"]);
  });

  it("matches a value full of SPARQL and Turtle syntax literally, changing nothing", () => {
    const hostile = '"} . ?s ?p ?o . FILTER(true) } # <x> ; DROP ALL ; INSERT DATA { <a> <b> "c" }';
    const s = namedNode("https://example.org/s");
    const local = new NewsStore([
      quad(s, rdfs("label"), literal(hostile)),
      quad(s, rdfs("label"), literal("plain")),
    ]);
    const before = local.size;
    const rows = Query.on(local)
      .where([v("x"), rdfs("label"), literal(hostile)])
      .rows();
    expect(rows.map((r) => r.x.value)).toEqual([s.value]);
    expect(
      Query.on(local)
        .where([v("x"), rdfs("label"), literal(`${hostile} `)])
        .rows(),
    ).toEqual([]);
    expect(local.size).toBe(before);
  });

  it("refuses a variable name that is not one, and a pattern that is not a triple", () => {
    expect(() => v("not a name")).toThrow(/variable: "not a name" is not a variable name/);
    expect(() =>
      Query.on(store).where([literal("x") as unknown as Term as never, ng("speaker"), v("x")]),
    ).toThrow(/where\[0\]/);
    expect(() => Query.on(store).limit(-1)).toThrow(/limit: -1 is not a count/);
  });

  it("types results by the variables in the patterns", () => {
    const q = Query.on(store)
      .where([v("s"), ng("speaker"), v("who")])
      .optional([v("s"), ng("carriedBy"), v("outlet")]);
    const [row] = q.rows();
    // Required variables are terms; optional ones may be undefined. These lines fail to compile otherwise.
    const who: Term | undefined = row?.who;
    const outlet: Term | undefined = row?.outlet;
    expect(who).toBeDefined();
    expect(outlet === undefined || outlet.termType === "NamedNode").toBe(true);
    // @ts-expect-error "nobody" is not a variable of this query
    q.orderBy("nobody");
    // @ts-expect-error only required variables can be grouped
    q.groupBy("outlet");
  });
});

describe("store", () => {
  it("is an RDF/JS DatasetCore", () => {
    const s = new NewsStore();
    const q = quad(namedNode("https://example.org/a"), rdfs("label"), literal("A"));
    expect(s.add(q).has(q)).toBe(true);
    expect(s.size).toBe(1);
    expect([...s]).toHaveLength(1);
    expect(s.match(null, rdfs("label")).size).toBe(1);
    expect(s.delete(q).size).toBe(0);
  });

  it("loads Turtle, TriG, N-Triples and N-Quads", () => {
    const s = new NewsStore();
    s.load("<https://e.org/a> <https://e.org/p> 1 .", "turtle");
    s.load("<https://e.org/g> { <https://e.org/b> <https://e.org/p> 2 . }", "trig");
    s.load('<https://e.org/c> <https://e.org/p> "3" .\n', "ntriples");
    s.load('<https://e.org/d> <https://e.org/p> "4" <https://e.org/g> .\n', "nquads");
    expect(s.size).toBe(4);
    expect(s.count(null, namedNode("https://e.org/p"), null, namedNode("https://e.org/g"))).toBe(2);
  });

  it("reports a syntax error with its source and line", () => {
    expect(() => new NewsStore().load("<a> <b> .\n<c> <d> <e> .", "turtle", "bad.ttl")).toThrow(
      /^bad\.ttl:1:\d+: /,
    );
  });
});
