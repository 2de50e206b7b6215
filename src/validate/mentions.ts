import type { Quad } from "@rdfjs/types";
import { wholeWord } from "../builders/mention.js";
import { ng, oa, rdf, skos } from "../vocab/namespaces.js";

/** A name the text prints where no mention covers it. */
export interface UncoveredName {
  /** The entity whose name (or one of whose mentions' surface forms) it is. */
  readonly entity: string;
  readonly form: string;
  /** Code-point offset of the occurrence in the text. */
  readonly start: number;
}

/**
 * Every whole-word occurrence in the text of a name the graph knows — an entity's `skos:prefLabel` or
 * `skos:altLabel` (concepts such as topics and CAMEO codes excepted), or a mention's surface form — that no
 * `ng:EntityMention`'s anchor covers: an article graph mentions each entity wherever the text names it.
 *
 * @example
 * uncoveredNames(quads, text); // [] when every printed name is a mention
 */
export function uncoveredNames(quads: readonly Quad[], text: string): UncoveredName[] {
  const values = new Map<string, Map<string, string[]>>();
  for (const q of quads) {
    const props = values.get(q.subject.value) ?? new Map<string, string[]>();
    values.set(q.subject.value, props);
    props.set(q.predicate.value, [...(props.get(q.predicate.value) ?? []), q.object.value]);
  }
  const get = (s: string, p: string) => values.get(s)?.get(p) ?? [];
  const TYPE = rdf("type").value;
  const spans: [number, number][] = [];
  const forms = new Map<string, string>();
  for (const [subject, props] of values) {
    const types = props.get(TYPE) ?? [];
    if (types.includes(ng("EntityMention").value)) {
      for (const anchor of props.get(ng("anchor").value) ?? [])
        for (const selector of get(anchor, oa("hasSelector").value)) {
          const [start] = get(selector, oa("start").value);
          const [end] = get(selector, oa("end").value);
          if (start !== undefined && end !== undefined) spans.push([Number(start), Number(end)]);
        }
      const [entity] = props.get(ng("refersTo").value) ?? [];
      for (const form of props.get(ng("surfaceForm").value) ?? [])
        if (!forms.has(form)) forms.set(form, entity ?? subject);
      continue;
    }
    if (types.includes(skos("Concept").value)) continue;
    for (const p of [skos("prefLabel").value, skos("altLabel").value])
      for (const form of props.get(p) ?? []) if (!forms.has(form)) forms.set(form, subject);
  }
  const covered = (s: number, e: number) => spans.some(([ms, me]) => ms <= s && e <= me);
  const out: UncoveredName[] = [];
  for (const [form, entity] of [...forms].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (Array.from(form).length < 2) continue;
    for (const m of text.matchAll(wholeWord(form))) {
      const start = Array.from(text.slice(0, m.index)).length;
      if (!covered(start, start + Array.from(form).length)) out.push({ entity, form, start });
    }
  }
  return out;
}
