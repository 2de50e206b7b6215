import { NewsgraphError } from "../errors.js";
import { ng, rdf, rdfs, schema } from "../vocab/namespaces.js";
import type { GraphBuilder } from "./graph.js";
import { build, en } from "./graph.js";
import { checkSlug, mintIri } from "./iri.js";
import type { AgentKind, EntityKind, Ref } from "./kinds.js";
import { AGENT_KINDS, ENTITY_KINDS } from "./kinds.js";
import { optionalArray, requireName } from "./validate.js";

/**
 * A claim item (`ng:ClaimItem`, a potential `schema:Action`): what claims of several articles can name — a
 * demand's item, an action such as "Ukraine becomes neutral" — shared under `…/id/item/<slug>`, with its
 * label, actor and what it affects. Each article's own claim content keeps its anchor and points at the
 * item with `reports`; the item is never asserted to have happened (`schema:PotentialActionStatus`).
 *
 * @example
 * const ukraine = state(g, { name: "Ukraine", wikidata: "Q212" });
 * const neutral = claimItem(g, { slug: "ukraine-becomes-neutral", label: "Ukraine becomes neutral", actor: ukraine });
 * action(g, { slug: "becomes-neutral", label: "Ukraine becomes neutral", actor: ukraine, reports: neutral });
 */
export function claimItem(
  g: GraphBuilder,
  input: {
    /** The stable key every article that names the item uses. */
    readonly slug: string;
    /** The item in our words, the same in every article ("Ukraine becomes neutral"). */
    readonly label: string;
    /** Who would carry it out: a shared agent. */
    readonly actor?: Ref<Exclude<AgentKind, "unnamedAgent">>;
    /** The shared entities it bears on. */
    readonly affects?: readonly Ref<EntityKind>[];
  },
): Ref<"claimItem"> {
  return build(g, "claimItem", input, (g) => {
    const slug = checkSlug(input.slug, "claimItem.slug");
    const label = requireName(input.label, "claimItem.label");
    const scoped = (r: unknown, field: string) => {
      if ((r as { kind?: unknown } | undefined)?.kind === "unnamedAgent")
        throw new NewsgraphError(
          "invalid-input",
          field,
          "an unnamed agent exists only in its own article: a shared item cannot name it",
        );
    };
    scoped(input.actor, "claimItem.actor");
    const actor =
      input.actor === undefined ? undefined : g.check<AgentKind>(input.actor, "claimItem.actor", AGENT_KINDS);
    const affects = optionalArray<Ref<EntityKind>>(input.affects, "claimItem.affects").map((e, i) => {
      scoped(e, `claimItem.affects[${i}]`);
      return g.check(e, `claimItem.affects[${i}]`, ENTITY_KINDS);
    });
    const iri = mintIri("item", slug);
    const { ref, isNew } = g.register(
      "claimItem",
      iri,
      {
        label,
        actor: actor?.value ?? null,
        affects: [...new Set(affects.map((a) => a.value))].sort(),
      },
      "claimItem",
    );
    if (isNew) {
      g.add(iri, rdf("type"), ng("ClaimItem"));
      g.add(iri, rdf("type"), schema("Action"));
      g.add(iri, rdfs("label"), en(label));
      g.add(iri, schema("actionStatus"), schema("PotentialActionStatus"));
      if (actor !== undefined) g.add(iri, schema("agent"), actor);
      for (const a of affects) g.add(iri, schema("object"), a);
    }
    return ref;
  });
}
