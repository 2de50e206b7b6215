import type { NamedNode } from "@rdfjs/types";
import { NewsgraphError } from "../errors.js";
import { ng, org, skos } from "../vocab/namespaces.js";
import type { NamedInput } from "./entity.js";
import { namedEntity } from "./entity.js";
import type { GraphBuilder } from "./graph.js";
import { build } from "./graph.js";
import { mintIri } from "./iri.js";
import type { InstitutionKind, Ref } from "./kinds.js";
import { INSTITUTION_KINDS } from "./kinds.js";
import { recordObservation } from "./observation.js";
import { isoDate, lookup } from "./validate.js";

interface PostDetails {
  readonly role: NamedNode;
  readonly in: NamedNode;
}

/**
 * What a post leads, when it leads what it is in: a state (head of state), a government (head of
 * government) or another organisation. A prime minister heads a government, not the state.
 */
export type HeadsKind = "state" | "government" | "organisation";

const HEAD_POSTS = {
  state: ng("HeadOfStatePost"),
  government: ng("HeadOfGovernmentPost"),
  organisation: ng("HeadPost"),
} as const;

/**
 * A kind of role ("president", "deputy chief of staff"), an `org:Role` shared by every post of that kind.
 *
 * @example
 * role(g, { name: "president" });
 */
export function role(g: GraphBuilder, input: NamedInput): Ref<"role"> {
  return build(
    g,
    "role",
    input,
    (g) => namedEntity(g, "role", "role", input, [org("Role"), skos("Concept")], "role").ref,
  );
}

/**
 * A post in an organisation or state (`org:Post`): "President of Ukraine". `heads` marks a post whose
 * holder leads what the post is in (`ng:heads`): the state for a head of state, the government for a head
 * of government (`ng:HeadOfStatePost`, `ng:HeadOfGovernmentPost`).
 *
 * @example
 * const president = role(g, { name: "president" });
 * post(g, { name: "President of Ukraine", role: president, in: state(g, { name: "Ukraine" }), heads: "state" });
 */
export function post(
  g: GraphBuilder,
  input: NamedInput & {
    readonly role: Ref<"role">;
    readonly in: Ref<InstitutionKind>;
    readonly heads?: HeadsKind;
  },
): Ref<"post"> {
  return build(g, "post", input, (g) => {
    const roleIri = g.check(input.role, "post.role", ["role"]);
    const inIri = g.check(input.in, "post.in", INSTITUTION_KINDS);
    const heads =
      input.heads === undefined ? undefined : lookup(HEAD_POSTS, input.heads, "post.heads", "kind");
    const inKind = input.in.kind;
    if (heads === "state" && inKind !== "state")
      throw new NewsgraphError("invalid-input", "post.heads", "a head of state's post is in a state");
    if (
      heads === "government" &&
      (inKind !== "organisation" || g.recall<{ type?: string }>(inIri)?.type !== "government")
    )
      throw new NewsgraphError(
        "invalid-input",
        "post.heads",
        'a head of government\'s post is in a government (an organisation of type "government")',
      );
    const classes = heads === undefined ? [org("Post")] : [org("Post"), HEAD_POSTS[heads]];
    const { ref, iri, isNew } = namedEntity(g, "post", "post", input, classes, "post", {
      role: roleIri.value,
      in: inIri.value,
      heads: heads ?? null,
    });
    if (isNew) {
      g.add(iri, org("role"), roleIri);
      g.add(iri, org("postIn"), inIri);
      if (heads !== undefined) g.add(iri, ng("heads"), inIri);
      g.remember(iri, { role: roleIri, in: inIri } satisfies PostDetails);
    }
    return ref;
  });
}

/**
 * Who holds a post (`org:Membership`), as the article attests it on a date: the membership node is shared
 * across articles and says only who, which post and where; each attestation is an article-scoped
 * `ng:Observation` dated as of the day the article attests it (the text rarely says since when). There are
 * no undated shortcuts (`org:holds`, `org:headOf`): who holds a post changes.
 *
 * @example
 * const zelensky = person(g, { name: "Volodymyr Zelenskyy" });
 * const presidentOfUkraine = post(g, { name: "President of Ukraine", role: role(g, { name: "president" }),
 *   in: state(g, { name: "Ukraine" }), heads: "state" });
 * membership(g, { member: zelensky, post: presidentOfUkraine, attestedOn: "2022-03-09",
 *   anchor: anchorText(g, "Ukrainian President Volodymyr Zelensky") });
 */
export function membership(
  g: GraphBuilder,
  input: {
    readonly member: Ref<"person">;
    readonly post: Ref<"post">;
    readonly attestedOn: string;
    readonly anchor: Ref<"anchor">;
  },
): Ref<"membership"> {
  return build(g, "membership", input, (g) => {
    const member = g.check(input.member, "membership.member", ["person"]);
    const postIri = g.check(input.post, "membership.post", ["post"]);
    const details = g.recall<PostDetails>(postIri);
    if (details === undefined) throw new Error(`internal: post <${postIri.value}> has no details`);
    const date = isoDate(input.attestedOn, "membership.attestedOn");
    const anchorIri = g.check(input.anchor, "membership.anchor", ["anchor"]);
    const slug = `${member.value.split("/").pop()}-as-${postIri.value.split("/").pop()}`;
    const iri = mintIri("membership", slug);
    const { ref, isNew } = g.register(
      "membership",
      iri,
      { member: member.value, post: postIri.value },
      "membership",
    );
    if (isNew) {
      g.type(iri, org("Membership"));
      g.add(iri, org("member"), member);
      g.add(iri, org("organization"), details.in);
      g.add(iri, org("role"), details.role);
      g.add(iri, ng("post"), postIri);
    }
    // A membership may be attested more than once: each call adds a dated observation.
    recordObservation(g, {
      observes: iri,
      slug,
      asOf: date,
      anchor: anchorIri,
      field: "membership.attestedOn",
    });
    return ref;
  });
}
