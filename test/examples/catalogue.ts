import { GraphBuilder, known, NewsgraphError, person } from "newsgraph";

const g = new GraphBuilder("my-article", "Volodymyr Zelensky and Olena Zelenska visited Kyiv.");

// Shared entities by name (or any alternative name), built exactly as every article builds them.
const zelensky = known.person(g, "Volodymyr Zelensky");
export const president = known.post(g, "President of Ukraine"); // brings its role and its state along

// A new entity named like a known one, or nearly, is refused with the IRI to use instead…
export let refusal = "";
try {
  person(g, { name: "Volodymyr Zelenskiy" });
} catch (error) {
  if (error instanceof NewsgraphError) refusal = error.message;
}

// …unless the input says it is a different one: the graph records owl:differentFrom, g.warnings the match.
person(g, { name: "Olena Zelenska", altNames: ["Zelenska"], distinctFrom: [zelensky.iri.value] });
export const warnings = g.warnings;
