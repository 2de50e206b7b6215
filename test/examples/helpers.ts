import { readFileSync } from "node:fs";
import { findEntities, NewsStore, ng, oa, Query, rdf, schema, statementsBy, v } from "newsgraph";

// Load the published graph into the in-memory store (an RDF/JS DatasetCore over n3's indexes).
const store = new NewsStore().load(
  readFileSync(new URL("../../data/zelensky-aide-neutrality.ttl", import.meta.url), "utf8"),
  "turtle",
  "data/zelensky-aide-neutrality.ttl",
);

// Named helpers answer the usual questions; values go in as RDF/JS terms, never spliced into text.
const [zelensky] = findEntities(store, "zelenskyy"); // case- and accent-insensitive
export const said = zelensky ? statementsBy(store, zelensky.entity).map((s) => s.summary.value) : [];

// The pattern API asks anything else, typed by its variables; joins are planned from index counts.
export const perOutlet = Query.on(store)
  .where([v("statement"), ng("carriedBy"), v("outlet")])
  .groupBy("outlet")
  .count("statements")
  .orderBy("statements", "desc")
  .orderBy("outlet")
  .rows()
  .map((row) => [row.outlet.value.split("/").pop(), row.statements]);

// OPTIONAL, FILTER, ORDER BY and LIMIT, with typed values out: where does the first verbatim quote start?
export const firstQuoteStart = Query.on(store)
  .where([v("quote"), rdf("type"), schema("Quotation")], [v("quote"), ng("anchor"), v("anchor")])
  .where([v("anchor"), oa("hasSelector"), v("selector")])
  .optional([v("selector"), oa("start"), v("start")])
  .filter((row) => row.start !== undefined)
  .orderBy("start")
  .limit(1)
  .values()[0]?.start;
