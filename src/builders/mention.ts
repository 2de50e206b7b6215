import { NewsgraphError } from "../errors.js";
import { ng, oa } from "../vocab/namespaces.js";
import { anchor } from "./anchor.js";
import type { GraphBuilder } from "./graph.js";
import { bool, buildWith, str } from "./graph.js";
import { mintArticleIri, mintIri } from "./iri.js";
import type { EntityKind, Ref } from "./kinds.js";
import { ENTITY_KINDS } from "./kinds.js";
import { optionalBoolean, requireArray, requireObject } from "./validate.js";

/** Shared nodes of the cross-article layer that words of an article can refer to ("the remarks"). */
const REPORTED_KINDS = ["remark", "claimItem", "document"] as const;
type Mentionable = EntityKind | (typeof REPORTED_KINDS)[number];

/**
 * A mention of an entity in the text: the words as printed (misspellings included, flagged) and the
 * entity they refer to. The entity's own labels never take a misspelling.
 *
 * @example
 * const zhovkva = person(g, { name: "Ihor Zhovkva" });
 * mention(g, zhovkva, anchorText(g, "Zhovka", { occurrence: 1 }), { misspelling: true });
 */
export function mention(
  g: GraphBuilder,
  entity: Ref<Mentionable> | readonly Ref<Mentionable>[],
  at: Ref<"anchor">,
  options: { readonly misspelling?: boolean } = {},
): Ref<"mention"> {
  return buildWith(g, "mention", (g) => {
    // "Ukrainian and Russian officials" names two groups in one span: a mention may refer to several.
    const list: readonly Ref<Mentionable>[] = Array.isArray(entity)
      ? requireArray<Ref<Mentionable>>(entity, "mention.entity")
      : [entity as Ref<Mentionable>];
    if (list.length === 0)
      throw new NewsgraphError("invalid-input", "mention.entity", "needs at least one entity");
    const targets = list.map((e, i) =>
      g.check<Mentionable>(e, `mention.entity[${i}]`, [...ENTITY_KINDS, ...REPORTED_KINDS]),
    );
    const anchorIri = g.check(at, "mention.anchor", ["anchor"]);
    const given = requireObject(options, "mention.options");
    const misspelling = optionalBoolean(given.misspelling, "mention.options.misspelling") === true;
    const surface = g.recall<string>(anchorIri) ?? "";
    const slug = anchorIri.value.split("/").pop() ?? "";
    const iri = mintArticleIri(g.articleSlug, "mention", slug);
    const details = { entity: targets.map((t) => t.value).sort(), misspelling };
    const { ref, isNew } = g.register("mention", iri, details, "mention", "mention.anchor");
    if (isNew) {
      // A Web Annotation in full: the span is its target, the entities its bodies, identifying its motive.
      g.type(iri, ng("EntityMention"), oa("Annotation"));
      g.add(iri, oa("hasTarget"), anchorIri);
      g.add(iri, oa("motivatedBy"), oa("identifying"));
      for (const t of targets) {
        g.add(iri, ng("refersTo"), t);
        g.add(iri, oa("hasBody"), t);
      }
      g.add(iri, ng("surfaceForm"), str(surface));
      g.add(iri, ng("anchor"), anchorIri);
      g.add(iri, ng("inArticle"), mintIri("article", g.articleSlug));
      g.add(iri, ng("isMisspelling"), bool(misspelling));
    }
    return ref;
  });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Every whole-word occurrence of a name (not inside a longer word of letters or digits), as a global regular
 * expression: how `mentionEverywhere` and the validation of printed names find a name in a text.
 *
 * @example
 * [..."Russia, Russian".matchAll(wholeWord("Russia"))].length; // 1
 */
export function wholeWord(name: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, "gu");
}

/**
 * Mention an entity at every whole-word occurrence of each of its given names in the text (longer names
 * first, so "The Example Ledger" is one mention, not also "Example Ledger"): validation requires a mention
 * wherever the text prints a name of an entity in the graph. A name that does not occur is an error, so a
 * typo cannot pass silently.
 *
 * @example
 * const ledger = outlet(g, { name: "The Example Ledger" });
 * mentionEverywhere(g, ledger, ["The Example Ledger"]); // one mention per occurrence
 */
export function mentionEverywhere(
  g: GraphBuilder,
  entity: Ref<Mentionable>,
  names: readonly string[],
): Ref<"mention">[] {
  return buildWith(g, "mention", (g) => {
    const list = requireArray<string>(names, "mentionEverywhere.names");
    if (list.length === 0)
      throw new NewsgraphError("invalid-input", "mentionEverywhere.names", "needs at least one name");
    const covered: [number, number][] = [];
    const made: Ref<"mention">[] = [];
    const order = list.map((n, i) => ({ n, i })).sort((a, b) => b.n.length - a.n.length || a.i - b.i);
    for (const { n: name, i } of order) {
      if (typeof name !== "string" || name.trim() === "")
        throw new NewsgraphError(
          "invalid-input",
          `mentionEverywhere.names[${i}]`,
          "must be a non-empty name",
        );
      const found = [...g.text.matchAll(wholeWord(name))];
      if (found.length === 0)
        throw new NewsgraphError(
          "span-not-found",
          `mentionEverywhere.names[${i}]`,
          `${JSON.stringify(name)} does not occur in the text of ${g.articleSlug} as a whole word`,
        );
      for (const m of found) {
        const start = Array.from(g.text.slice(0, m.index)).length;
        const end = start + Array.from(name).length;
        if (covered.some(([s, e]) => s <= start && end <= e)) continue;
        covered.push([start, end]);
        made.push(mention(g, entity, anchor(g, { start, end, exact: name })));
      }
    }
    return made;
  });
}
