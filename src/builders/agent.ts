import type { NamedNode } from "@rdfjs/types";
import { DataFactory } from "n3";
import { NewsgraphError } from "../errors.js";
import { ORGANISATION_CLASSES } from "../vocab/concepts.js";
import { foaf, ng, prov, schema } from "../vocab/namespaces.js";
import type { NamedInput } from "./entity.js";
import { checkNamed, externalFact, namedEntity, worldSource } from "./entity.js";
import type { GraphBuilder } from "./graph.js";
import { build, en, str } from "./graph.js";
import { checkSlug, mintArticleIri, mintIri, slugify } from "./iri.js";
import type { InstitutionKind, PlaceKind, Ref } from "./kinds.js";
import { INSTITUTION_KINDS, PLACE_KINDS } from "./kinds.js";
import { httpUrl, optionalArray, optionalBoolean, requireName, requireObject } from "./validate.js";
import type { UserConcept } from "./vocabulary.js";
import { conceptOf } from "./vocabulary.js";

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
  return build(g, "person", input, (g) => {
    // Everything is checked before the first triple, so a refused call leaves no half-built person.
    let account: { platform: NamedNode; handle: string } | undefined;
    if (input.account !== undefined) {
      const given = requireObject(input.account, "person.account") as Partial<AccountInput>;
      const platform = g.check(given.platform as Ref<"organisation">, "person.account.platform", [
        "organisation",
      ]);
      const handle = requireName(given.handle, "person.account.handle");
      if (!/^[A-Za-z0-9_]{1,100}$/.test(handle)) {
        throw new NewsgraphError(
          "invalid-value",
          "person.account.handle",
          `"${handle}" is not an account name`,
        );
      }
      account = { platform, handle };
    }
    checkNamed(input, "person");
    const { ref, iri, isNew } = namedEntity(
      g,
      "person",
      "person",
      input,
      [schema("Person"), prov("Person"), prov("Agent")],
      "person",
      { account: account === undefined ? null : [account.platform.value, account.handle] },
    );
    if (isNew && account !== undefined) {
      // An account is shared like its holder: the same handle on the same platform in any article.
      const accountIri = mintIri(
        "account",
        `${account.platform.value.split("/").pop() ?? ""}-${slugify(account.handle, "person.account.handle")}`,
      );
      g.register("fact", accountIri, { handle: account.handle }, "person.account");
      g.type(accountIri, foaf("OnlineAccount"));
      g.add(accountIri, foaf("accountName"), str(account.handle));
      g.add(accountIri, ng("accountService"), account.platform);
      g.add(iri, foaf("account"), accountIri);
    }
    return ref;
  });
}

/** Kinds of organisation the builders know; each maps to a schema.org / project class. */
export type OrganisationType = keyof typeof ORG_CLASSES;

const ORG_CLASSES = ORGANISATION_CLASSES;

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
    /** A built-in type, or one declared with `defineOrganisationType`. */
    readonly type?: OrganisationType | UserConcept<"organisationType">;
    readonly of?: Ref<"state">;
    readonly location?: Ref<PlaceKind>;
    readonly url?: string;
  },
): Ref<"organisation"> {
  return build(g, "organisation", input, (g) => {
    const given =
      input.type === undefined
        ? undefined
        : conceptOf(g, "organisationType", ORG_CLASSES, input.type, "organisation.type", "type");
    // A user type specialises a built-in type or an external class: the instance has the classes of both.
    const builtIn = (given?.key ??
      given?.user?.builtIn ??
      (given === undefined ? "organisation" : undefined)) as OrganisationType | undefined;
    const type = given?.id ?? "organisation";
    const classes = [
      ...(given?.user === undefined ? [] : [given.user.iri]),
      ...(builtIn === undefined ? [schema("Organization")] : ORG_CLASSES[builtIn]),
    ];
    const of = input.of === undefined ? undefined : g.check(input.of, "organisation.of", ["state"]);
    const location =
      input.location === undefined
        ? undefined
        : g.check(input.location, "organisation.location", PLACE_KINDS);
    const url = input.url === undefined ? undefined : httpUrl(input.url, "organisation.url");
    const { ref, iri, isNew } = namedEntity(
      g,
      "organisation",
      "org",
      input,
      [...classes, prov("Organization"), prov("Agent")],
      "organisation",
      { type, of: of?.value ?? null, location: location?.value ?? null, url: url ?? null },
    );
    if (isNew) {
      // Which state an office or embassy belongs to, and where it sits, is knowledge from outside the text.
      const slug = iri.value.split("/").pop() ?? "";
      if (of !== undefined)
        externalFact(
          g,
          `org-${slug}-of-state`,
          iri,
          ng("ofState"),
          of,
          "WorldKnowledge",
          worldSource(input, "organisation"),
        );
      if (location !== undefined)
        externalFact(
          g,
          `org-${slug}-location`,
          iri,
          schema("location"),
          location,
          "WorldKnowledge",
          worldSource(input, "organisation"),
        );
      if (url !== undefined) g.add(iri, schema("url"), namedNode(url));
      g.remember(iri, { type });
    }
    return ref;
  });
}

/**
 * A news outlet (`schema:NewsMediaOrganization`): a publisher, or an outlet that carried a statement.
 *
 * @example
 * outlet(g, { name: "Axios" });
 */
export function outlet(
  g: GraphBuilder,
  input: NamedInput & {
    readonly url?: string;
    /**
     * The company that owns the outlet (Bloomberg L.P. for Bloomberg News): related as
     * `schema:parentOrganization`, never identified with it.
     */
    readonly parent?: Ref<"organisation">;
  },
): Ref<"outlet"> {
  return build(g, "outlet", input, (g) => {
    const url = input.url === undefined ? undefined : httpUrl(input.url, "outlet.url");
    const parent =
      input.parent === undefined ? undefined : g.check(input.parent, "outlet.parent", ["organisation"]);
    const source = parent === undefined ? undefined : worldSource(input, "outlet");
    const { ref, iri, isNew } = namedEntity(
      g,
      "outlet",
      "org",
      input,
      [schema("NewsMediaOrganization"), prov("Organization"), prov("Agent")],
      "outlet",
      { url: url ?? null, parent: parent?.value ?? null },
    );
    if (isNew && url !== undefined) g.add(iri, schema("url"), namedNode(url));
    if (isNew && parent !== undefined && source !== undefined)
      externalFact(
        g,
        `org-${iri.value.split("/").pop() ?? ""}-parent`,
        iri,
        schema("parentOrganization"),
        parent,
        "WorldKnowledge",
        source,
      );
    return ref;
  });
}

/**
 * A sovereign state (`schema:Country`), also an agent: states make demands and give guarantees.
 *
 * @example
 * state(g, { name: "Ukraine", wikidata: "Q212" });
 */
export function state(g: GraphBuilder, input: NamedInput): Ref<"state"> {
  return build(
    g,
    "state",
    input,
    (g) =>
      namedEntity(
        g,
        "state",
        "state",
        input,
        [schema("Country"), ng("State"), prov("Organization"), prov("Agent")],
        "state",
      ).ref,
  );
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
  return build(g, "stateGroup", input, (g) => {
    const members = optionalArray<Ref<"state">>(input.members, "stateGroup.members").map((m, i) =>
      g.check(m, `stateGroup.members[${i}]`, ["state"]),
    );
    const { ref, iri, isNew } = namedEntity(
      g,
      "stateGroup",
      "group",
      input,
      [ng("GroupOfStates"), schema("Organization"), prov("Organization"), prov("Agent")],
      "stateGroup",
      { members: members.map((m) => m.value).sort() },
    );
    if (isNew) for (const m of members) g.add(iri, ng("memberState"), m);
    return ref;
  });
}

/**
 * A speaker the article does not name, described by affiliation ("a senior US embassy official in
 * Israel", "Israeli officials") when the text gives one ("a source familiar with the talks" has none). Scoped to the article: it is never merged with a named person or with
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
    readonly affiliation?: Ref<InstitutionKind>;
    readonly plural?: boolean;
    readonly rank?: string;
    readonly slug?: string;
  },
): Ref<"unnamedAgent"> {
  return build(g, "unnamedAgent", input, (g) => {
    const description = requireName(input.description, "unnamedAgent.description");
    const affiliation =
      input.affiliation === undefined
        ? undefined
        : g.check(input.affiliation, "unnamedAgent.affiliation", INSTITUTION_KINDS);
    const rank = input.rank === undefined ? undefined : requireName(input.rank, "unnamedAgent.rank");
    const plural = optionalBoolean(input.plural, "unnamedAgent.plural") === true;
    const slug =
      input.slug === undefined
        ? slugify(description, "unnamedAgent.description")
        : checkSlug(input.slug, "unnamedAgent.slug");
    const iri = mintArticleIri(g.articleSlug, "agent", slug);
    const details = { description, affiliation: affiliation?.value ?? null, plural, rank: rank ?? null };
    const slugField = input.slug === undefined ? "unnamedAgent.description" : "unnamedAgent.slug";
    const { ref, isNew } = g.register("unnamedAgent", iri, details, "unnamedAgent", slugField);
    if (isNew) {
      g.type(iri, ng("UnnamedAgent"), prov("Agent"));
      if (plural) g.type(iri, ng("UnnamedGroup"));
      g.add(iri, ng("description"), en(description));
      if (affiliation !== undefined) g.add(iri, ng("affiliation"), affiliation);
      if (rank !== undefined) g.add(iri, ng("rank"), en(rank));
    }
    return ref;
  });
}
