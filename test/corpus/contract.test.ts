// The data contract, for every article of the corpus: the bundled ones (ARTICLES) and the fixture
// articles under test/fixtures/. Registering another article adds its rows here; nothing is hard-coded
// to one slug. The article-quality checks live in validation (validateGraph, run by buildRelease and
// `newsgraph validate`); each has a negative row below.
import type { Quad } from "@rdfjs/types";
import { DataFactory } from "n3";
import { beforeAll, describe, expect, it } from "vitest";
import { parseTurtle, uncoveredNames, validateGraph } from "../../src/index.js";
import { read } from "../helpers.js";
import { CORPUS, type CorpusArticle } from "./corpus.js";

const shapes = parseTurtle(read("ontology", "newsgraph.shapes.ttl"), "shapes");
const ontology = parseTurtle(read("ontology", "newsgraph.ttl"), "ontology");
const NG = "https://w3id.org/newsgraph/ontology#";
const OA = "http://www.w3.org/ns/oa#";
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

/** The objects of (s, p) in a graph, read without the builders. */
const index = (quads: readonly Quad[]) => {
  const by = new Map<string, string[]>();
  for (const q of quads) {
    const k = `${q.subject.value} ${q.predicate.value}`;
    by.set(k, [...(by.get(k) ?? []), q.object.value]);
  }
  return (s: string, p: string) => by.get(`${s} ${p}`) ?? [];
};

describe.each(CORPUS.map((a) => [a.module.slug, a] as const))(
  "the article %s",
  (_slug, article: CorpusArticle) => {
    let quads: Quad[];
    beforeAll(() => {
      quads = [...article.module.build(article.text).quads];
    });

    it("passes validation against its text: shapes, anchors, rendition, and every printed name mentioned", async () => {
      expect(await validateGraph(quads, { shapes, ontology, text: article.text })).toEqual([]);
    }, 120_000);

    it("anchors read their exact text at their code-point offsets, with up to 32 code points around", () => {
      const cps = Array.from(article.text);
      const o = index(quads);
      const selectors = quads.filter((q) => q.predicate.value === `${OA}hasSelector`);
      const anchors = new Set(selectors.map((q) => q.subject.value));
      expect(anchors.size).toBeGreaterThan(10);
      const wrong: string[] = [];
      for (const anchor of anchors) {
        const sel = o(anchor, `${OA}hasSelector`);
        const pos = sel.find((s) => o(s, `${OA}start`).length > 0) ?? "";
        const quote = sel.find((s) => o(s, `${OA}exact`).length > 0) ?? "";
        const [start, end] = [Number(o(pos, `${OA}start`)[0]), Number(o(pos, `${OA}end`)[0])];
        const ok =
          cps.slice(start, end).join("") === o(quote, `${OA}exact`)[0] &&
          (o(quote, `${OA}prefix`)[0] ?? "") === cps.slice(Math.max(0, start - 32), start).join("") &&
          (o(quote, `${OA}suffix`)[0] ?? "") === cps.slice(end, end + 32).join("");
        if (!ok) wrong.push(anchor);
      }
      expect(wrong).toEqual([]);
    });

    it("gives every statement, quotation and mention exactly one anchor", () => {
      const o = index(quads);
      const kinds = [`${NG}Statement`, "https://schema.org/Quotation", `${NG}EntityMention`];
      const nodes = quads.filter((q) => q.predicate.value === RDF_TYPE && kinds.includes(q.object.value));
      expect(nodes.length).toBeGreaterThan(3);
      expect(
        nodes.filter((q) => o(q.subject.value, `${NG}anchor`).length !== 1).map((q) => q.subject.value),
      ).toEqual([]);
    });

    it("never uses a misspelt surface form as a name of the entity it refers to", () => {
      const o = index(quads);
      const misspelt = quads.filter(
        (q) => q.predicate.value === `${NG}isMisspelling` && q.object.value === "true",
      );
      const asName = misspelt.filter((m) => {
        const form = o(m.subject.value, `${NG}surfaceForm`)[0];
        const entity = o(m.subject.value, `${NG}refersTo`)[0] ?? "";
        return [
          "http://www.w3.org/2004/02/skos/core#prefLabel",
          "http://www.w3.org/2004/02/skos/core#altLabel",
        ]
          .flatMap((p) => o(entity, p))
          .includes(form ?? "");
      });
      expect(asName).toEqual([]);
    });
  },
);

describe("article-quality checks as validation (negative rows)", () => {
  const [first] = CORPUS;
  if (first === undefined) throw new Error("no article in the corpus");
  const quads = [...first.module.build(first.text).quads];
  // A mention whose surface form is a name of its entity: without it, that name is printed unmentioned.
  const names = new Set(
    quads
      .filter((q) => q.predicate.value === "http://www.w3.org/2004/02/skos/core#prefLabel")
      .map((q) => q.object.value),
  );
  const mention = quads.find((q) => q.predicate.value === `${NG}surfaceForm` && names.has(q.object.value))
    ?.subject.value;
  const without = (drop: (q: Quad) => boolean) => quads.filter((q) => !drop(q));

  it.each([
    [
      "a mention removed: the name it covered is printed with no mention",
      () => without((q) => q.subject.value === mention || q.object.value === mention),
      /the text names it ".+" at \d+, where no entity mention covers it/,
    ],
    [
      "a statement with a second anchor",
      () => {
        const st = quads.find(
          (q) => q.predicate.value === RDF_TYPE && q.object.value === `${NG}Statement`,
        )?.subject;
        const other = quads.find(
          (q) => q.predicate.value === `${NG}anchor` && !q.subject.equals(st as never),
        )?.object;
        return [
          ...quads,
          DataFactory.quad(
            st as never,
            DataFactory.namedNode(`${NG}anchor`),
            other as never,
          ) as unknown as Quad,
        ];
      },
      /anchor/i,
    ],
  ])(
    "%s is reported",
    async (_name, edit, message) => {
      const problems = await validateGraph(edit(), { shapes, ontology, text: first.text });
      expect(problems.some((p) => message.test(p.problem))).toBe(true);
    },
    120_000,
  );

  it("uncoveredNames finds nothing in a sound article and the very occurrence in an edited one", () => {
    expect(uncoveredNames(quads, first.text)).toEqual([]);
    const edited = uncoveredNames(
      without((q) => q.subject.value === mention || q.object.value === mention),
      first.text,
    );
    expect(edited.length).toBeGreaterThan(0);
  });
});
