import { readFileSync } from "node:fs";
import { oxigraphStore, selectJson, toTurtle, zelenskyAideNeutrality } from "newsgraph";

// Build the article graph from its source text (builders are pure: no I/O of their own).
const text = readFileSync(
  new URL("../../src/articles/zelensky-aide-neutrality.txt", import.meta.url),
  "utf8",
);
const graph = zelenskyAideNeutrality.build(text);

// Ask it a question in SPARQL 1.1 with the in-process Oxigraph engine.
const store = oxigraphStore(graph.quads);
const demands = selectJson(
  store,
  `PREFIX ng: <https://w3id.org/newsgraph/ontology#>
   PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
   SELECT ?item WHERE {
     ?demand a ng:Demand ; ng:demandedBy <https://w3id.org/newsgraph/id/state/russia> ; ng:item/rdfs:label ?item .
   } ORDER BY ?item`,
  "russia-demands",
);

export const items = demands.results.bindings.map((row) => row.item?.value);
// → ["Ukraine becomes neutral", "Ukraine recognizes Crimea as Russian territory", …]

// Or write it out as deterministic Turtle.
export const turtle = toTurtle(graph.quads, { ng: "https://w3id.org/newsgraph/ontology#" });
