import { stat } from "node:fs/promises";
import { join } from "node:path";
import type { Quad } from "@rdfjs/types";
import { ARTICLES } from "../articles/index.js";
import { NewsgraphError } from "../errors.js";
import { publishedPrefixes } from "../release/release.js";
import { parseJsonLd } from "../store/jsonld.js";
import { formatOf, parseRdf } from "../store/store.js";
import { listFiles, PACKAGE_ROOT, readText, userPath } from "./files.js";

/** The data a query runs over. */
export interface QueryData {
  readonly quads: Quad[];
  /** Whether some quads sit in named graphs (then the default graph is their union). */
  readonly named: boolean;
  /** The files read, in order. */
  readonly sources: string[];
}

/** What to read: paths (folders of a release, or RDF files) and the extras of a release folder. */
export interface DataRequest {
  readonly paths?: readonly string[];
  readonly withOntology?: boolean;
  readonly withVoid?: boolean;
}

/**
 * Read an RDF file in the format its extension names: Turtle (.ttl), TriG (.trig), N-Triples (.nt),
 * N-Quads (.nq) or JSON-LD (.jsonld, .json). `label` names it in errors.
 */
export async function readRdfFile(path: string, label: string): Promise<Quad[]> {
  const text = await readText(path);
  if (/\.(jsonld|json)$/i.test(path)) return parseJsonLd(text, label);
  const format = formatOf(path);
  if (format === undefined)
    throw new NewsgraphError(
      "invalid-input",
      label,
      "is not .ttl, .trig, .nt, .nq or .jsonld: cannot tell its format",
    );
  return parseRdf(text, format, label);
}

/** The package's own release folder. */
export const DEFAULT_DATA = join(PACKAGE_ROOT, "data");

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    throw new NewsgraphError("io", path, "does not exist");
  }
}

/**
 * Read the data for a query. A release folder gives its article graphs — each `<slug>.ttl` that has its
 * source text `<slug>.txt` beside it — and, on request, the ontology (`newsgraph.ttl`) and the VoID
 * description (`void.ttl`); a file is read whole, in the format its extension names.
 */
export async function readQueryData(request: DataRequest, note?: (line: string) => void): Promise<QueryData> {
  const paths = (request.paths?.length ?? 0) > 0 ? (request.paths as string[]) : [DEFAULT_DATA];
  const quads: Quad[] = [];
  const sources: string[] = [];
  let releaseDir: string | undefined;
  const read = async (file: string) => {
    for (const q of await readRdfFile(file, file)) quads.push(q);
    sources.push(file);
  };
  for (const raw of paths) {
    const path = await userPath(raw, note);
    if (!(await isDirectory(path))) {
      await read(path);
      continue;
    }
    releaseDir ??= path;
    const names = await listFiles(path);
    const articles = names.filter((f) => f.endsWith(".ttl") && names.includes(`${f.slice(0, -4)}.txt`));
    if (articles.length === 0)
      throw new NewsgraphError(
        "io",
        path,
        "holds no article graphs (<slug>.ttl beside <slug>.txt): run `newsgraph build --out` for it first",
      );
    for (const f of articles) await read(join(path, f));
  }
  const dir = releaseDir ?? DEFAULT_DATA;
  if (request.withOntology === true) await read(join(dir, "newsgraph.ttl"));
  if (request.withVoid === true) await read(join(dir, "void.ttl"));
  return { quads, named: quads.some((q) => q.graph.termType !== "DefaultGraph"), sources };
}

/** Prefixes for showing IRIs and reading prefixed names: the published ones and every article's. */
export function cliPrefixes(): Record<string, string> {
  return {
    ...publishedPrefixes(),
    ...Object.assign({}, ...ARTICLES.map((a) => publishedPrefixes(a.slug))),
  };
}
