import oxigraph from "oxigraph";
import type { OxigraphStore } from "../store/oxigraph.js";
import { parseError } from "../store/store.js";

/**
 * Load Turtle documents into one Oxigraph store with Oxigraph's own parser (independent of n3's).
 *
 * @example
 * const store = loadTurtle([{ name: "data/a.ttl", text }]);
 */
export function loadTurtle(docs: readonly { readonly name: string; readonly text: string }[]): OxigraphStore {
  const store = new oxigraph.Store();
  for (const d of docs) {
    try {
      store.load(d.text, { format: "text/turtle", base_iri: "https://w3id.org/newsgraph/" });
    } catch (error) {
      throw parseError(error, d.text, d.name);
    }
  }
  return store;
}

/** The question a `.rq` file answers: its first line, a `# ` comment. */
export function questionOf(query: string): string | undefined {
  const first = query.split("\n", 1)[0] ?? "";
  return first.startsWith("# ") ? first.slice(2).trim() : undefined;
}
