import { NewsgraphError } from "../errors.js";
import type { TensionKind } from "../vocab/concepts.js";
import { TENSION_KINDS } from "../vocab/concepts.js";
import { ng, rdfs } from "../vocab/namespaces.js";
import type { GraphBuilder } from "./graph.js";
import { build, en } from "./graph.js";
import { recordInference } from "./inference.js";
import { checkSlug, mintArticleIri } from "./iri.js";
import type { Ref } from "./kinds.js";
import { requireName, requireObject } from "./validate.js";
import type { UserConcept } from "./vocabulary.js";
import { conceptOf } from "./vocabulary.js";

/**
 * Two claims that pull against each other, the kind of tension, and the words of the article that show
 * it ("But", "although"). The relation is between statements, so each side keeps its speaker. Either end
 * may be another article's statement, referred to with `fromArticle(g, "statement", iri)`: it is marked
 * `ng:foreignClaim`, so the shapes check it against that article when both are in one graph.
 *
 * @example
 * declare const cooled: Ref<"statement">, aspiring: Ref<"statement">; // two statements built with statement()
 * tension(g, { slug: "nato", label: "…", kind: "divergentAttitudes", first: cooled, second: aspiring,
 *   evidence: anchorText(g, "although", { within: "although Zhovka said" }), marked: "contrast" });
 */
export function tension(
  g: GraphBuilder,
  input: {
    readonly slug: string;
    readonly label: string;
    /** A built-in kind, or one declared with `defineTensionKind`. */
    readonly kind: TensionKind | UserConcept<"tensionKind">;
    readonly first: Ref<"statement"> | Ref<"foreignStatement">;
    readonly second: Ref<"statement"> | Ref<"foreignStatement">;
    /** The words the tension rests on. */
    readonly evidence: Ref<"anchor">;
    /**
     * How the text marks it: `"contrast"` when the evidence is a contrast word ("but", "although"); else the
     * rule by which the annotation infers the tension, recorded as an `ng:Inference`. Defaults to
     * `"contrast"`; the shapes check that a contrast marker is a contrast word.
     */
    readonly marked?: "contrast" | { readonly inferred: string };
  },
): Ref<"tension"> {
  return build(g, "tension", input, (g) => {
    const slug = checkSlug(input.slug, "tension.slug");
    const label = requireName(input.label, "tension.label");
    const kind = conceptOf(g, "tensionKind", TENSION_KINDS, input.kind, "tension.kind", "kind");
    const first = g.check(input.first, "tension.first", ["statement", "foreignStatement"]);
    const second = g.check(input.second, "tension.second", ["statement", "foreignStatement"]);
    const foreign = [input.first, input.second]
      .filter((r) => r.kind === "foreignStatement")
      .map((r) => r.iri);
    if (first.equals(second))
      throw new NewsgraphError("invalid-input", "tension.second", "a claim cannot pull against itself");
    const evidence = g.check(input.evidence, "tension.evidence", ["anchor"]);
    const marked = requireObject(
      input.marked === undefined || (input.marked as unknown) === "contrast"
        ? { contrast: true }
        : input.marked,
      "tension.marked",
    );
    const rule =
      marked.contrast === true ? undefined : requireName(marked.inferred, "tension.marked.inferred");
    const iri = mintArticleIri(g.articleSlug, "tension", slug);
    const details = {
      label,
      kind: kind.id,
      first: first.value,
      second: second.value,
      evidence: evidence.value,
      inferred: rule ?? null,
      foreign: foreign.map((f) => f.value).sort(),
    };
    const { ref, isNew } = g.register("tension", iri, details, "tension");
    if (isNew) {
      g.type(iri, ng("Tension"));
      g.add(iri, rdfs("label"), en(label));
      g.add(iri, ng("tensionKind"), kind.user?.iri ?? TENSION_KINDS[kind.key as TensionKind]);
      g.add(iri, ng("firstClaim"), first);
      g.add(iri, ng("secondClaim"), second);
      g.add(iri, ng("claim"), first);
      g.add(iri, ng("claim"), second);
      for (const f of foreign) g.add(iri, ng("foreignClaim"), f);
      g.add(iri, ng("evidence"), evidence);
      if (rule === undefined) g.add(iri, ng("contrastMarker"), evidence);
      else
        recordInference(g, {
          subject: iri,
          property: ng("tensionKind"),
          slug,
          rule,
          field: "tension.marked.inferred",
          basis: [evidence],
        });
    }
    return ref;
  });
}
