import type { NamedNode } from "@rdfjs/types";
import { DataFactory } from "n3";
import { isAbsoluteIri } from "../builders/validate.js";
import { NewsgraphError } from "../errors.js";
import type { NewsStore } from "../store/store.js";
import { ng } from "../vocab/namespaces.js";
import { type EntityMatch, findEntities, nameKey } from "./search.js";

const HTTP_IRI = /^https?:\/\/[^\s<>"{}|\\^`]+$/;
const PREFIXED = /^([A-Za-z][\w-]*):([\w./-]*)$/;
/** How many candidates or suggestions an error lists. */
const LISTED = 8;

/** An IRI in its shortest prefixed form, or in angle brackets. */
function shorten(iri: string, prefixes: Readonly<Record<string, string>>): string {
  let best: string | undefined;
  for (const [prefix, base] of Object.entries(prefixes)) {
    if (!iri.startsWith(base)) continue;
    const local = iri.slice(base.length);
    if (!/^[\w.-]*$/.test(local) || local.endsWith(".")) continue;
    const short = `${prefix}:${local}`;
    if (best === undefined || short.length < best.length) best = short;
  }
  return best ?? `<${iri}>`;
}

/** "Name (prefix:local)" for each distinct entity, in the order found. */
function listed(matches: readonly EntityMatch[], prefixes: Readonly<Record<string, string>>): string[] {
  const seen = new Map<string, string>();
  for (const m of matches)
    if (!seen.has(m.entity.value))
      seen.set(m.entity.value, `${m.name.value} (${shorten(m.entity.value, prefixes)})`);
  const all = [...seen.values()];
  return all.length > LISTED ? [...all.slice(0, LISTED), `… ${all.length - LISTED} more`] : all;
}

const entitiesIn = (matches: readonly EntityMatch[]) => new Set(matches.map((m) => m.entity.value));

/**
 * Read a helper's argument as an entity: an IRI (`<…>` or `http(s)://…`), a prefixed name with one of
 * `prefixes` (`person:ihor-zhovkva`), or a name or alias ("Zhovkva", "Russia"), looked up with
 * `findEntities`, or an unnamed speaker's exact description ("Israeli officials"). A name must pick one entity: by its exact matches, or failing those by its partial ones
 * (with a warning saying which entity it took); several entities, or only fuzzy matches, or none are an
 * `invalid-input` error about `field` that lists the candidates or suggests near names. An IRI is
 * returned as given; one that occurs nowhere in the store comes with a warning, not an error.
 *
 * @example
 * const { term, warnings } = resolveEntity(store, "Zhovkva", "speaker", { person: "https://w3id.org/newsgraph/id/person/" });
 */
export function resolveEntity(
  store: NewsStore,
  arg: string,
  field: string,
  prefixes: Readonly<Record<string, string>>,
): { term: NamedNode; warnings: string[] } {
  const text = arg.trim();
  if (text === "")
    throw new NewsgraphError("invalid-input", field, "is empty: give a name, an IRI or a prefixed name");

  const iri = (value: string) => {
    const term = DataFactory.namedNode(value);
    const uses =
      store.count(term, null, null, null) +
      store.count(null, term, null, null) +
      store.count(null, null, term, null);
    return { term, warnings: uses > 0 ? [] : [`<${value}> occurs nowhere in the data`] };
  };

  if (text.startsWith("<") && text.endsWith(">")) {
    const inner = text.slice(1, -1);
    if (!isAbsoluteIri(inner))
      throw new NewsgraphError("invalid-input", field, `"${arg}" is not an absolute IRI`);
    return iri(inner);
  }
  if (HTTP_IRI.test(text)) return iri(text);
  const prefixed = PREFIXED.exec(text);
  const prefix = prefixed?.[1];
  const base = prefix === undefined ? undefined : prefixes[prefix];
  if (prefixed !== null && base !== undefined) return iri(`${base}${prefixed[2] ?? ""}`);

  const matches = findEntities(store, text);
  const byHow = (how: string) => matches.filter((m) => m.how.value === how);
  const exact = byHow("exact");
  const partial = byHow("partial");
  const fuzzy = byHow("fuzzy");
  const candidates = exact.length > 0 ? exact : partial;
  const [first] = candidates;
  if (first !== undefined && entitiesIn(candidates).size === 1) {
    const warnings =
      exact.length > 0
        ? []
        : [
            `"${text}" is part of the name ${first.matched.value}: took ${shorten(first.entity.value, prefixes)}`,
          ];
    return { term: first.entity, warnings };
  }
  if (candidates.length > 0) {
    throw new NewsgraphError(
      "invalid-input",
      field,
      `"${text}" is ambiguous: it names ${listed(candidates, prefixes).join("; ")} (give an IRI or a prefixed name)`,
    );
  }
  // Unnamed speakers have no name, only a description ("Israeli officials"): an exact description
  // (case-insensitive) picks one of them.
  const key = nameKey(text);
  const described = [
    ...new Set(
      [...store.match(null, ng("description"), null)]
        .filter((q) => q.subject.termType === "NamedNode" && nameKey(q.object.value) === key)
        .map((q) => q.subject.value),
    ),
  ];
  if (described.length === 1) return { term: DataFactory.namedNode(described[0] as string), warnings: [] };
  if (described.length > 1)
    throw new NewsgraphError(
      "invalid-input",
      field,
      `"${text}" describes ${described.map((d) => shorten(d, prefixes)).join("; ")} (give an IRI or a prefixed name)`,
    );
  const unknownPrefix =
    prefixed !== null && prefix !== undefined ? ` (and "${prefix}:" is not a known prefix)` : "";
  if (fuzzy.length > 0) {
    throw new NewsgraphError(
      "invalid-input",
      field,
      `"${text}" matches no name${unknownPrefix}; did you mean ${listed(fuzzy, prefixes).join("; ")}?`,
    );
  }
  throw new NewsgraphError(
    "invalid-input",
    field,
    `"${text}" matches no name, IRI or prefixed name in the data${unknownPrefix}`,
  );
}
