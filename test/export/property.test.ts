import type { Quad } from "@rdfjs/types";
import fc from "fast-check";
import { DataFactory, Parser } from "n3";
import oxigraph from "oxigraph";
import { describe, expect, it } from "vitest";
import { NewsgraphError } from "../../src/errors.js";
import { canonical } from "../../src/export/canonical.js";
import { jsonLdToNQuads, toJsonLd } from "../../src/export/jsonld.js";
import { nquadsLines, toNQuads, toNTriples } from "../../src/export/ntriples.js";
import { sortQuads } from "../../src/export/order.js";
import { toTrig } from "../../src/export/trig.js";
import { toTurtle } from "../../src/export/turtle.js";

const { namedNode, literal, quad } = DataFactory;
const EX = "https://example.org/";
const XSD = "http://www.w3.org/2001/XMLSchema#";
const prefixes = { ex: EX, xsd: XSD };
const graph = namedNode(`${EX}graph/g1`);

/** Text with a lone surrogate cannot be RDF; everything else (astral, RTL, controls, quotes) must survive. */
const hasLoneSurrogate = (s: string) =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
const hostile = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    '"',
    "\\",
    '\\"',
    "\n",
    "\r\n",
    "\t",
    "'''",
    '"""',
    "\u0000",
    "\u007f",
    "\u202e",
    "שלום",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "🇺🇦",
    "a\u0301",
    "# not a comment",
    "} . <x> ; ,",
  ),
  fc.string({ unit: "grapheme-ascii", minLength: 5_000, maxLength: 20_000 }),
);
const languages = fc.constantFrom("en", "he", "ar-eg", "zh-hant-tw", "de-ch-1996", "x-private");
const objectTerm = fc.oneof(
  hostile.map((s) => literal(s)),
  fc.tuple(hostile, languages).map(([s, l]) => literal(s, l)),
  fc
    .tuple(hostile, fc.constantFrom("type/a", "type/b%20c", "type/ü"))
    .map(([s, t]) => literal(s, namedNode(`${EX}${t}`))),
  fc
    .bigInt({ min: -(10n ** 20n), max: 10n ** 20n })
    .map((n) => literal(n.toString(), namedNode(`${XSD}integer`))),
  fc.constantFrom("true", "false", "1", "0").map((b) => literal(b, namedNode(`${XSD}boolean`))),
  fc.constantFrom("+5", "007", "-0").map((n) => literal(n, namedNode(`${XSD}integer`))),
  fc.constantFrom("a", "b", "c/d", "e#f").map((l) => namedNode(`${EX}${l}`)),
);
const graphs = fc
  .array(fc.tuple(fc.constantFrom("s1", "s2", "s/3", "s#4"), fc.constantFrom("p", "q", "r/s"), objectTerm), {
    minLength: 1,
    maxLength: 8,
  })
  .map((triples) =>
    triples.map(([s, p, o]) => quad(namedNode(`${EX}${s}`), namedNode(`${EX}${p}`), o) as unknown as Quad),
  );

const lines = (quads: Iterable<Quad>) => [...new Set(nquadsLines(sortQuads(quads)))].sort();
const parse = (text: string, format: string) => new Parser({ format }).parse(text) as unknown as Quad[];
const inGraph = (quads: Quad[]) =>
  quads.map(
    (q) => quad(q.subject as never, q.predicate as never, q.object as never, graph) as unknown as Quad,
  );
const valid = (quads: Quad[]) => !quads.some((q) => hasLoneSurrogate(q.object.value));

describe("every format round-trips hostile literals exactly", () => {
  it("Turtle, N-Triples, TriG and N-Quads through n3 and Oxigraph", () => {
    fc.assert(
      fc.property(graphs, (quads) => {
        fc.pre(valid(quads));
        const want = lines(quads);
        expect(lines(parse(toTurtle(quads, prefixes), "text/turtle"))).toEqual(want);
        expect(
          lines(oxigraph.parse(toTurtle(quads, prefixes), { format: "text/turtle" }) as unknown as Quad[]),
        ).toEqual(want);
        expect(lines(parse(toNTriples(quads), "application/n-triples"))).toEqual(want);
        const named = inGraph(quads);
        const wantNamed = lines(named);
        expect(lines(parse(toTrig(named, prefixes), "application/trig"))).toEqual(wantNamed);
        expect(
          lines(oxigraph.parse(toNQuads(named), { format: "application/n-quads" }) as unknown as Quad[]),
        ).toEqual(wantNamed);
      }),
      { numRuns: 200 },
    );
  });

  it("JSON-LD through the JSON-LD processor, and canonical N-Quads", async () => {
    await fc.assert(
      fc.asyncProperty(graphs, async (quads) => {
        fc.pre(valid(quads));
        const want = lines(quads);
        const text = await toJsonLd(quads, { "@context": { ...prefixes } });
        expect(lines(parse(await jsonLdToNQuads(text), "application/n-quads"))).toEqual(want);
        const c = await canonical(quads);
        expect(lines(parse(c.nquads, "application/n-quads"))).toEqual(want);
        expect((await canonical([...quads].reverse())).sha256).toBe(c.sha256);
      }),
      { numRuns: 60 },
    );
  });

  it("refuses a lone surrogate in every format with a NewsgraphError, as RDF cannot hold one", async () => {
    const bad = [
      quad(namedNode(`${EX}s`), namedNode(`${EX}p`), literal("half \uD83C pair")) as unknown as Quad,
    ];
    for (const write of [
      () => toTurtle(bad, prefixes),
      () => toNTriples(bad),
      () => toTrig(inGraph(bad), prefixes),
      () => toNQuads(bad),
    ]) {
      expect(write).toThrow(NewsgraphError);
      expect(write).toThrow(/lone surrogate/);
    }
    await expect(toJsonLd(bad, { "@context": {} })).rejects.toThrow(/lone surrogate/);
    await expect(canonical(bad)).rejects.toThrow(/lone surrogate/);
  });
});
