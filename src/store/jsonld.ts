import type { Quad } from "@rdfjs/types";
import jsonld from "jsonld";
import { NewsgraphError } from "../errors.js";
import { parseRdf } from "./store.js";

/**
 * Parse a JSON-LD document into quads with the JSON-LD processor. Nothing is fetched: a document that
 * refers to a remote `@context` is refused with a clear error (embed the context, as newsgraph's own
 * JSON-LD files do). Bad JSON is reported with its line and column.
 *
 * @example
 * const quads = await parseJsonLd(text, "data/zelensky-aide-neutrality.jsonld");
 */
export async function parseJsonLd(text: string, source: string): Promise<Quad[]> {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    if (at) {
      const before = text.slice(0, Number(at[1]));
      const line = before.split("\n").length;
      const column = before.length - before.lastIndexOf("\n");
      throw new NewsgraphError(
        "invalid-input",
        `${source}:${line}:${column}`,
        `not JSON: ${message.replace(/ in JSON at position \d+[\s\S]*$/, "").replace(/\s+/g, " ")}`,
      );
    }
    // V8 quotes the text around the fault ('…, "<excerpt>" is not valid JSON'): keep the first part only.
    const short = message.replace(/, "[\s\S]*" is not valid JSON$/, "").replace(/\s+/g, " ");
    throw new NewsgraphError("invalid-input", source, `not JSON: ${short}`);
  }
  let nquads: string;
  try {
    nquads = (await jsonld.toRDF(document as jsonld.JsonLdDocument, {
      format: "application/n-quads",
      documentLoader: async (url: string) => {
        throw new NewsgraphError(
          "invalid-input",
          source,
          `refers to the remote JSON-LD context <${url}>, which is not fetched: embed the context`,
        );
      },
    })) as unknown as string;
  } catch (error) {
    if (error instanceof NewsgraphError) throw error;
    const cause = (error as { details?: { cause?: unknown } }).details?.cause;
    if (cause instanceof NewsgraphError) throw cause;
    if (error instanceof RangeError)
      throw new NewsgraphError("invalid-input", source, "nests too deeply to read as JSON-LD");
    const message = error instanceof Error ? error.message : String(error);
    throw new NewsgraphError("invalid-input", source, `not valid JSON-LD: ${message.split("\n")[0]}`);
  }
  return parseRdf(nquads, "nquads", source);
}
