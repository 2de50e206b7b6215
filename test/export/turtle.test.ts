import { DataFactory, Parser } from "n3";
import oxigraph from "oxigraph";
import { describe, expect, it } from "vitest";
import { NewsgraphError } from "../../src/errors.js";
import { toTurtle } from "../../src/export/turtle.js";

const { namedNode, literal, quad, blankNode } = DataFactory;
const ex = (s: string) => namedNode(`https://example.org/${s}`);
const xsd = (s: string) => namedNode(`http://www.w3.org/2001/XMLSchema#${s}`);

const key = (q: {
  subject: { value: string };
  predicate: { value: string };
  object: { termType: string; value: string; language?: string; datatype?: { value: string } };
}) =>
  `${q.subject.value} ${q.predicate.value} ${q.object.termType} ${JSON.stringify(q.object.value)} ${q.object.language ?? ""} ${q.object.datatype?.value ?? ""}`;

describe("deterministic Turtle", () => {
  const hostile = [
    literal('quote " and \\ backslash'),
    literal("line\nbreak\r\nand\ttab"),
    literal("emoji 🇺🇦 and astral 𝔘"),
    literal("right-to-left שלום עליכם"),
    literal("Zelensky’s “quoted” — dash", "en"),
    literal("x".repeat(10_000)),
    literal("2022-03-09", xsd("date")),
    literal("0871"),
    literal("custom", ex("datatype")),
    literal(""),
  ];
  const quads = hostile.map((o, i) => quad(ex(`s${i % 3}`), ex(`p${i}`), o));

  it("round-trips hostile literals exactly through n3 and Oxigraph", () => {
    const ttl = toTurtle(quads, { ex: "https://example.org/" });
    const want = quads.map(key).sort();
    expect(new Parser().parse(ttl).map(key).sort()).toEqual(want);
    expect(oxigraph.parse(ttl, { format: "text/turtle" }).map(key).sort()).toEqual(want);
  });

  it("gives the same bytes for any input order", () => {
    const a = toTurtle(quads, { ex: "https://example.org/" });
    const b = toTurtle([...quads].reverse(), { ex: "https://example.org/" });
    expect(b).toBe(a);
  });

  it("writes rdf:type first and separates subjects by one blank line", () => {
    const ttl = toTurtle(
      [
        quad(ex("b"), ex("name"), literal("B")),
        quad(ex("b"), namedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ex("Thing")),
        quad(ex("a"), ex("name"), literal("A")),
      ],
      { ex: "https://example.org/" },
    );
    expect(ttl).toBe(
      '@prefix ex: <https://example.org/>.\n\nex:a ex:name "A".\n\nex:b a ex:Thing;\n    ex:name "B".\n',
    );
  });

  it("refuses blank nodes, which would make rebuilds differ", () => {
    expect(() => toTurtle([quad(blankNode("b0"), ex("p"), literal("x"))], {})).toThrow(NewsgraphError);
  });
});
