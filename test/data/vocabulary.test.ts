import { describe, expect, it } from "vitest";
import { ARTICLES } from "../../src/index.js";
import { parseTurtle } from "../../src/release/release.js";
import { PREFIXES as NS } from "../../src/vocab/namespaces.js";
import { read } from "../helpers.js";

const RDF_TYPE = `${NS.rdf}type`;
/** Standard vocabularies whose terms may be used without a local declaration. */
const ALLOWED = [
  NS.rdf,
  NS.rdfs,
  NS.owl,
  NS.xsd,
  NS.skos,
  NS.schema,
  NS.org,
  NS.prov,
  NS.oa,
  NS.time,
  NS.sem,
  NS.foaf,
  NS.dcterms,
];
const ontology = parseTurtle(read("ontology", "newsgraph.ttl"), "ontology");
// Every article of the release: each one uses only declared terms.
const data = ARTICLES.flatMap((a) => parseTurtle(read("data", `${a.slug}.ttl`), `${a.slug}.ttl`));

const declared = new Set(
  ontology
    .filter((q) => q.predicate.value === RDF_TYPE)
    .filter(
      (q) =>
        [`${NS.owl}Class`, `${NS.owl}ObjectProperty`, `${NS.owl}DatatypeProperty`].includes(q.object.value) ||
        q.subject.value.startsWith(NS.ng),
    )
    .map((q) => q.subject.value),
);
const values = (s: string, p: string) =>
  ontology.filter((q) => q.subject.value === s && q.predicate.value === p);

describe("vocabulary", () => {
  const classes = new Set(data.filter((q) => q.predicate.value === RDF_TYPE).map((q) => q.object.value));
  const properties = new Set(data.map((q) => q.predicate.value));
  const used = [...classes, ...properties];

  it("uses only terms declared in the ontology or from an allow-listed standard vocabulary", () => {
    const unknown = used.filter((t) => !declared.has(t) && !ALLOWED.some((ns) => t.startsWith(ns)));
    expect(unknown).toEqual([]);
  });

  it("declares every project term it uses", () => {
    const undeclared = used.filter((t) => t.startsWith(NS.ng) && !declared.has(t));
    expect(undeclared).toEqual([]);
  });

  it("uses only the project terms, not misspelled ones, for object values in the ng: namespace", () => {
    const ngObjects = new Set(
      data.filter((q) => q.object.value.startsWith(NS.ng)).map((q) => q.object.value),
    );
    expect([...ngObjects].filter((t) => !declared.has(t))).toEqual([]);
  });

  it("gives every project class and property a label, a comment and an alignment", () => {
    const terms = [...declared].filter((t) => t.startsWith(NS.ng));
    expect(terms.length).toBeGreaterThan(80);
    const lacking = terms.filter(
      (t) => values(t, `${NS.rdfs}label`).length !== 1 || values(t, `${NS.rdfs}comment`).length !== 1,
    );
    expect(lacking).toEqual([]);
    const isA = (t: string, cls: string) =>
      values(t, RDF_TYPE).some((q) => q.object.value === `${NS.owl}${cls}`);
    const unaligned = terms
      .filter((t) => isA(t, "Class") || isA(t, "ObjectProperty") || isA(t, "DatatypeProperty"))
      .filter(
        (t) =>
          values(t, `${NS.rdfs}subClassOf`).length +
            values(t, `${NS.rdfs}subPropertyOf`).length +
            values(t, `${NS.skos}closeMatch`).length +
            values(t, `${NS.skos}exactMatch`).length +
            // A near miss is named as such, never passed off as an equivalent.
            values(t, `${NS.rdfs}seeAlso`).length ===
          0,
      )
      // Two flags have no counterpart in any standard vocabulary; aligning them to something unrelated
      // would mislead more than it helps.
      .filter((t) => !["outletFromContext", "isMisspelling"].some((local) => t === `${NS.ng}${local}`));
    expect(unaligned).toEqual([]);
  });

  it("gives every project property a domain and a range", () => {
    const props = [...declared].filter(
      (t) =>
        t.startsWith(NS.ng) &&
        values(t, RDF_TYPE).some(
          (q) => q.object.value.endsWith("ObjectProperty") || q.object.value.endsWith("DatatypeProperty"),
        ),
    );
    expect(props.length).toBeGreaterThan(50);
    const lacking = props.filter(
      (t) =>
        values(t, `${NS.rdfs}domain`).length + values(t, `${NS.schema}domainIncludes`).length === 0 ||
        values(t, `${NS.rdfs}range`).length + values(t, `${NS.schema}rangeIncludes`).length === 0,
    );
    expect(lacking).toEqual([]);
  });

  it("uses no blank nodes in the published data or ontology", () => {
    const published = [
      ...data,
      ...parseTurtle(read("data", "newsgraph.ttl"), "o"),
      ...parseTurtle(read("data", "newsgraph.shapes.ttl"), "s"),
    ];
    expect(
      published.filter((q) => q.subject.termType === "BlankNode" || q.object.termType === "BlankNode"),
    ).toEqual([]);
  });
});
