import type { NamedNode } from "@rdfjs/types";
import { ng, org, skos } from "../vocab/namespaces.js";
import type { NamedInput } from "./entity.js";
import { namedEntity } from "./entity.js";
import type { GraphBuilder } from "./graph.js";
import { bool, build, dateLiteral } from "./graph.js";
import { mintIri } from "./iri.js";
import type { InstitutionKind, Ref } from "./kinds.js";
import { INSTITUTION_KINDS } from "./kinds.js";
import { isoDate, optionalBoolean } from "./validate.js";

interface PostDetails {
  readonly role: NamedNode;
  readonly in: NamedNode;
  readonly head: boolean;
}

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
 * A post in an organisation or state (`org:Post`): "President of Ukraine". `head` marks a post whose
 * holder leads the organisation (`org:headOf`).
 *
 * @example
 * const president = role(g, { name: "president" });
 * post(g, { name: "President of Ukraine", role: president, in: state(g, { name: "Ukraine" }), head: true });
 */
export function post(
  g: GraphBuilder,
  input: NamedInput & {
    readonly role: Ref<"role">;
    readonly in: Ref<InstitutionKind>;
    readonly head?: boolean;
  },
): Ref<"post"> {
  return build(g, "post", input, (g) => {
    const roleIri = g.check(input.role, "post.role", ["role"]);
    const inIri = g.check(input.in, "post.in", INSTITUTION_KINDS);
    const head = optionalBoolean(input.head, "post.head") === true;
    const { ref, iri, isNew } = namedEntity(g, "post", "post", input, [org("Post")], "post", {
      role: roleIri.value,
      in: inIri.value,
      head,
    });
    if (isNew) {
      g.add(iri, org("role"), roleIri);
      g.add(iri, org("postIn"), inIri);
      g.add(iri, ng("isHeadPost"), bool(head));
      g.remember(iri, { role: roleIri, in: inIri, head } satisfies PostDetails);
    }
    return ref;
  });
}

/**
 * Who holds a post, as the article attests it on a date (`org:Membership`, with `org:holds` and
 * `org:heldBy` as shortcuts). The text rarely says since when, so the date is when the article attests
 * the post, not when it began.
 *
 * @example
 * const zelensky = person(g, { name: "Volodymyr Zelenskyy" });
 * const presidentOfUkraine = post(g, { name: "President of Ukraine", role: role(g, { name: "president" }),
 *   in: state(g, { name: "Ukraine" }), head: true });
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
      g.add(member, org("holds"), postIri);
      g.add(postIri, org("heldBy"), member);
      if (details.head) g.add(member, org("headOf"), details.in);
    }
    // A membership may be attested more than once: each call adds its date and anchor.
    g.add(iri, ng("attestedOn"), dateLiteral(date));
    g.add(iri, ng("anchor"), anchorIri);
    return ref;
  });
}
