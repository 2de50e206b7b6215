// The data contract of one published article, as functions over its files (the Turtle and the text of
// data/<slug>.*), read without the builders. test/data/anchors.test.ts runs them for every article of the
// committed release; release-contract.test.ts runs them for a release built in memory with a fixture
// article added, so the "every article" path is exercised even while the release holds one article.

import { createHash } from "node:crypto";
import type { Quad } from "@rdfjs/types";
import { parseTurtle } from "../../src/release/release.js";

const NG = "https://w3id.org/newsgraph/ontology#";
const OA = "http://www.w3.org/ns/oa#";
const SCHEMA = "https://schema.org/";
const SKOS = "http://www.w3.org/2004/02/skos/core#";
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const ID = "https://w3id.org/newsgraph/id/";

/** One article as a release publishes it: its slug, its Turtle and its source text. */
export interface PublishedArticle {
  readonly slug: string;
  readonly turtle: string;
  readonly text: string;
}

/** The articles of a release's files: every `<slug>.ttl` that has a `<slug>.txt` beside it. */
export function publishedArticles(files: readonly { name: string; content: string }[]): PublishedArticle[] {
  const byName = new Map(files.map((f) => [f.name, f.content]));
  return files
    .filter((f) => f.name.endsWith(".txt"))
    .map((f) => f.name.slice(0, -".txt".length))
    .filter((slug) => byName.has(`${slug}.ttl`))
    .sort()
    .map((slug) => ({
      slug,
      turtle: byName.get(`${slug}.ttl`) ?? "",
      text: byName.get(`${slug}.txt`) ?? "",
    }));
}

/** The objects of (s, p) in a graph. */
const objectsOf = (quads: readonly Quad[]) => {
  const by = new Map<string, string[]>();
  for (const q of quads) {
    const k = `${q.subject.value} ${q.predicate.value}`;
    by.set(k, [...(by.get(k) ?? []), q.object.value]);
  }
  return (s: string, p: string) => by.get(`${s} ${p}`) ?? [];
};

/** An anchor's span and quote, or undefined when it lacks a selector. */
interface Span {
  readonly anchor: string;
  readonly source: string;
  readonly start: number;
  readonly end: number;
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

function spans(quads: readonly Quad[]): Map<string, Span> {
  const o = objectsOf(quads);
  const out = new Map<string, Span>();
  for (const anchor of new Set(
    quads.filter((q) => q.predicate.value === `${OA}hasSelector`).map((q) => q.subject.value),
  )) {
    const sel = o(anchor, `${OA}hasSelector`);
    const pos = sel.find((s) => o(s, `${OA}start`).length > 0) ?? "";
    const quote = sel.find((s) => o(s, `${OA}exact`).length > 0) ?? "";
    out.set(anchor, {
      anchor,
      source: o(anchor, `${OA}hasSource`)[0] ?? "",
      start: Number(o(pos, `${OA}start`)[0]),
      end: Number(o(pos, `${OA}end`)[0]),
      exact: o(quote, `${OA}exact`)[0] ?? "",
      prefix: o(quote, `${OA}prefix`)[0] ?? "",
      suffix: o(quote, `${OA}suffix`)[0] ?? "",
    });
  }
  return out;
}

/**
 * Every way a published article breaks the data contract, one line each ([] when it holds): anchors read
 * their exact text (with 32 code points around) in this article's text and point at this article's
 * rendition, whose length and SHA-256 match the text; every statement, quotation and mention has exactly
 * one anchor; every quotation lies inside its statement; no misspelt surface form is a name.
 */
export function contractProblems(article: PublishedArticle): string[] {
  const quads = parseTurtle(article.turtle, `${article.slug}.ttl`);
  const o = objectsOf(quads);
  const cps = Array.from(article.text);
  const problems: string[] = [];
  const all = spans(quads);
  const rendition = `${ID}article/${article.slug}/rendition/text`;

  if (all.size < 10) problems.push(`only ${all.size} anchors`);
  for (const s of all.values()) {
    if (s.source !== rendition) problems.push(`${s.anchor}: source ${s.source}, not ${rendition}`);
    if (cps.slice(s.start, s.end).join("") !== s.exact)
      problems.push(`${s.anchor}: does not read "${s.exact}"`);
    if (s.prefix !== cps.slice(Math.max(0, s.start - 32), s.start).join(""))
      problems.push(`${s.anchor}: prefix`);
    if (s.suffix !== cps.slice(s.end, s.end + 32).join("")) problems.push(`${s.anchor}: suffix`);
  }
  if (Number(o(rendition, `${NG}textLength`)[0]) !== cps.length) problems.push(`${rendition}: textLength`);
  const sha = createHash("sha256").update(article.text, "utf8").digest("hex");
  if (o(rendition, `${SCHEMA}sha256`)[0] !== sha) problems.push(`${rendition}: sha256 is not the text's`);

  const kinds = [`${NG}Statement`, `${SCHEMA}Quotation`, `${NG}EntityMention`];
  const nodes = quads.filter((q) => q.predicate.value === RDF_TYPE && kinds.includes(q.object.value));
  if (nodes.length < 3) problems.push(`only ${nodes.length} statements, quotations and mentions`);
  for (const n of nodes) {
    const count = o(n.subject.value, `${NG}anchor`).length;
    if (count !== 1) problems.push(`${n.subject.value}: ${count} anchors`);
  }

  const spanOf = (node: string) => all.get(o(node, `${NG}anchor`)[0] ?? "");
  for (const q of quads.filter((x) => x.predicate.value === `${NG}quotation`)) {
    const [st, qu] = [spanOf(q.subject.value), spanOf(q.object.value)];
    if (st === undefined || qu === undefined || qu.start < st.start || qu.end > st.end)
      problems.push(`${q.object.value}: outside its statement ${q.subject.value}`);
  }

  for (const m of quads.filter(
    (q) => q.predicate.value === `${NG}isMisspelling` && q.object.value === "true",
  )) {
    const form = o(m.subject.value, `${NG}surfaceForm`)[0] ?? "";
    const entity = o(m.subject.value, `${NG}refersTo`)[0] ?? "";
    if ([`${SKOS}prefLabel`, `${SKOS}altLabel`].flatMap((p) => o(entity, p)).includes(form))
      problems.push(`${m.subject.value}: misspelling "${form}" is a name of ${entity}`);
  }
  return problems;
}
