import type { NamedNode } from "@rdfjs/types";
import { NewsgraphError } from "../errors.js";
import type { Modality } from "../vocab/concepts.js";
import { MODALITIES } from "../vocab/concepts.js";
import { ng } from "../vocab/namespaces.js";
import { anchorSpan } from "./anchor.js";
import type { GraphBuilder } from "./graph.js";
import type { Ref } from "./kinds.js";
import { lookup, requireObject } from "./validate.js";

/**
 * How a statement or a piece of claim content is hedged: the modality ("might be willing" → possible) and
 * the words that mark it, anchored ("might"). Emitted as `ng:modality` and `ng:hedgeSpan`.
 *
 * @example
 * const hedge: HedgeInput = { modality: "possible", words: anchorText(g, "might", { within: "might be willing" }) };
 */
export interface HedgeInput {
  readonly modality: Modality;
  readonly words: Ref<"anchor">;
}

/** A checked hedge: the modality's key and the anchor of its words. */
export interface CheckedHedge {
  readonly modality: Modality;
  readonly words: NamedNode;
}

/**
 * Check a hedge given to a builder; its words must lie inside `within` (the statement's or the content's
 * anchor) when there is one.
 */
export function checkHedge(
  g: GraphBuilder,
  value: unknown,
  field: string,
  within: NamedNode | undefined,
): CheckedHedge | undefined {
  if (value === undefined) return undefined;
  const given = requireObject(value, field) as Partial<HedgeInput>;
  const modality = lookup(MODALITIES, given.modality, `${field}.modality`, "modality");
  const words = g.check(given.words as Ref<"anchor">, `${field}.words`, ["anchor"]);
  if (within !== undefined) {
    const [span, whole] = [anchorSpan(words), anchorSpan(within)];
    if (span.start < whole.start || span.end > whole.end)
      throw new NewsgraphError(
        "invalid-input",
        `${field}.words`,
        `the span ${span.start}..${span.end} lies outside the anchor ${whole.start}..${whole.end} it hedges`,
      );
  }
  return { modality, words };
}

/** Emit a checked hedge on a statement or a piece of claim content. */
export function emitHedge(g: GraphBuilder, subject: NamedNode, hedge: CheckedHedge | undefined): void {
  if (hedge === undefined) return;
  g.add(subject, ng("modality"), MODALITIES[hedge.modality]);
  g.add(subject, ng("hedgeSpan"), hedge.words);
}
