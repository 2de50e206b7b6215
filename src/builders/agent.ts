import { DataFactory } from "n3";
import { NewsgraphError } from "../errors.js";
import { foaf, ng, prov, schema } from "../vocab/namespaces.js";
import type { NamedInput } from "./entity.js";
import { namedEntity } from "./entity.js";
import type { GraphBuilder } from "./graph.js";
import { en, str } from "./graph.js";
import { mintArticleIri, slugify } from "./iri.js";
import type { InstitutionKind, PlaceKind, Ref } from "./kinds.js";
import { INSTITUTION_KINDS, PLACE_KINDS } from "./kinds.js";
import { httpUrl, requireName } from "./validate.js";

const { namedNode } = DataFactory;

/** A person's account on a social platform, as printed in the text. */
export interface AccountInput {
  readonly platform: Ref<"organisation">;
  readonly handle: string;
}

/**
 * A named person (`schema:Person`, `prov:Person`), shared across articles by a slug of the name.
 *
 * @example
 * const zhovkva = person(g, { name: "Ihor Zhovkva" });
 */
export function person(
  g: GraphBuilder,
  input: NamedInput & { readonly account?: AccountInput },
): Ref<"person"> {
  const { ref, iri, isNew } = namedEntity(
    g,
    "person",
    "person",
    input,
    [schema("Person"), prov("Person"), prov("Agent")],
    "person",
  );
  if (isNew && input.account !== undefined) {
    const platform = g.check(input.account.platform, "person.account.platform", ["organisation"]);
    const handle = requireName(input.account.handle, "person.account.handle");
    if (!/^[A-Za-z0-9_]+$/.test(handle)) {
      throw new NewsgraphError(
        "invalid-value",
        "person.account.handle",
        `"${handle}" is not an account name`,
      );
    }
    const account = mintArticleIri(
      g.articleSlug,
      "agent",
      `${slugify(input.name)}-account-${slugify(handle)}`,
    );
    g.register("fact", account, handle, "person.account");
    g.type(account, foaf("OnlineAccount"));
    g.add(account, foaf("accountName"), str(handle));
    g.add(account, ng("accountService"), platform);
    g.add(iri, foaf("account"), account);
  }
  return ref;
}

/** Kinds of organisation the builders know; each maps to a schema.org / project class. */
export type OrganisationType = "organisation" | "government" | "alliance" | "embassy" | "office" | "platform";

const ORG_CLASSES = {
  organisation: [schema("Organization")],
  government: [schema("GovernmentOrganization")],
  alliance: [schema("Organization"), ng("MilitaryAlliance")],
  embassy: [schema("GovernmentOrganization"), ng("Embassy")],
  office: [schema("GovernmentOrganization"), ng("GovernmentOffice")],
  platform: [schema("Organization"), ng("OnlinePlatform")],
} as const;

/**
 * An organisation: a government body, an embassy, an alliance, a platform. `of` names the state it
 * belongs to (an embassy's sending state, a presidential office's state); `location` where it sits.
 *
 * @example
 * organisation(g, { name: "NATO", type: "alliance", wikidata: "Q7184" });
 */
export function organisation(
  g: GraphBuilder,
  input: NamedInput & {
    readonly type?: OrganisationType;
    readonly of?: Ref<"state">;
    readonly location?: Ref<PlaceKind>;
    readonly url?: string;
  },
): Ref<"organisation"> {
  const type = input.type ?? "organisation";
  if (!(type in ORG_CLASSES))
    throw new NewsgraphError("invalid-value", "organisation.type", `unknown type "${type}"`);
  const of = input.of === undefined ? undefined : g.check(input.of, "organisation.of", ["state"]);
  const location =
    input.location === undefined ? undefined : g.check(input.location, "organisation.location", PLACE_KINDS);
  const url = input.url === undefined ? undefined : httpUrl(input.url, "organisation.url");
  const { ref, iri, isNew } = namedEntity(
    g,
    "organisation",
    "org",
    input,
    [...ORG_CLASSES[type], prov("Organization"), prov("Agent")],
    "organisation",
  );
  if (isNew) {
    if (of !== undefined) g.add(iri, ng("ofState"), of);
    if (location !== undefined) g.add(iri, schema("location"), location);
    if (url !== undefined) g.add(iri, schema("url"), namedNode(url));
  }
  return ref;
}

/**
 * A news outlet (`schema:NewsMediaOrganization`): a publisher, or an outlet that carried a statement.
 *
 * @example
 * outlet(g, { name: "Axios" });
 */
export function outlet(g: GraphBuilder, input: NamedInput & { readonly url?: string }): Ref<"outlet"> {
  const url = input.url === undefined ? undefined : httpUrl(input.url, "outlet.url");
  const { ref, iri, isNew } = namedEntity(
    g,
    "outlet",
    "org",
    input,
    [schema("NewsMediaOrganization"), prov("Organization"), prov("Agent")],
    "outlet",
  );
  if (isNew && url !== undefined) g.add(iri, schema("url"), namedNode(url));
  return ref;
}

/**
 * A sovereign state (`schema:Country`), also an agent: states make demands and give guarantees.
 *
 * @example
 * state(g, { name: "Ukraine", wikidata: "Q212" });
 */
export function state(g: GraphBuilder, input: NamedInput): Ref<"state"> {
  return namedEntity(
    g,
    "state",
    "state",
    input,
    [schema("Country"), ng("State"), prov("Organization"), prov("Agent")],
    "state",
  ).ref;
}

/**
 * A group of states named as one ("other Western countries"). Members are listed only where the text
 * names them.
 *
 * @example
 * stateGroup(g, { name: "Western countries" });
 */
export function stateGroup(
  g: GraphBuilder,
  input: NamedInput & { readonly members?: readonly Ref<"state">[] },
): Ref<"stateGroup"> {
  const members = (input.members ?? []).map((m, i) => g.check(m, `stateGroup.members[${i}]`, ["state"]));
  const { ref, iri, isNew } = namedEntity(
    g,
    "stateGroup",
    "group",
    input,
    [ng("GroupOfStates"), schema("Organization"), prov("Organization"), prov("Agent")],
    "stateGroup",
  );
  if (isNew) for (const m of members) g.add(iri, ng("memberState"), m);
  return ref;
}

/**
 * A speaker the article does not name, described by affiliation ("a senior US embassy official in
 * Israel", "Israeli officials"). Scoped to the article: it is never merged with a named person or with
 * an unnamed speaker of another article.
 *
 * @example
 * const israel = state(g, { name: "Israel", wikidata: "Q801" });
 * unnamedAgent(g, { description: "Israeli officials", affiliation: israel, plural: true });
 */
export function unnamedAgent(
  g: GraphBuilder,
  input: {
    readonly description: string;
    readonly affiliation: Ref<InstitutionKind>;
    readonly plural?: boolean;
    readonly rank?: string;
    readonly slug?: string;
  },
): Ref<"unnamedAgent"> {
  const description = requireName(input.description, "unnamedAgent.description");
  const affiliation = g.check(input.affiliation, "unnamedAgent.affiliation", INSTITUTION_KINDS);
  const rank = input.rank === undefined ? undefined : requireName(input.rank, "unnamedAgent.rank");
  const slug = input.slug ?? slugify(description, "unnamedAgent.description");
  const iri = mintArticleIri(g.articleSlug, "agent", slug);
  const plural = input.plural === true;
  const key = JSON.stringify([description, affiliation.value, plural, rank ?? null]);
  const { ref, isNew } = g.register("unnamedAgent", iri, key, "unnamedAgent");
  if (isNew) {
    g.type(iri, ng("UnnamedAgent"), prov("Agent"));
    if (plural) g.type(iri, ng("UnnamedGroup"));
    g.add(iri, ng("description"), en(description));
    g.add(iri, ng("affiliation"), affiliation);
    if (rank !== undefined) g.add(iri, ng("rank"), en(rank));
  }
  return ref;
}
