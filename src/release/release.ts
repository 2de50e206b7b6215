import { createHash } from "node:crypto";
import type { Quad } from "@rdfjs/types";
import { Parser } from "n3";
import type { ArticleModule } from "../articles/article-module.js";
import { NewsgraphError } from "../errors.js";
import { toTurtle } from "../export/turtle.js";
import { checkAnchors } from "../validate/anchors.js";
import { validateShapes } from "../validate/shacl.js";
import { articlePrefixes, PREFIXES, RESOURCE_PREFIXES } from "../vocab/namespaces.js";
import type { GraphSummary } from "./summary.js";
import { summarise } from "./summary.js";

/** One article's module and its source text, as read from disk. */
export interface SourceArticle {
  readonly module: ArticleModule;
  readonly text: string;
}

/** Everything a release is built from (read by the caller: this module does no I/O). */
export interface ReleaseInput {
  readonly articles: readonly SourceArticle[];
  /** The hand-written ontology (`ontology/newsgraph.ttl`). */
  readonly ontology: string;
  /** The hand-written SHACL shapes (`ontology/newsgraph.shapes.ttl`). */
  readonly shapes: string;
}

/** A file of the release, by its name inside `data/`. */
export interface ReleaseFile {
  readonly name: string;
  readonly content: string;
}

/** A built release: its files and a summary of each article graph. */
export interface Release {
  readonly files: readonly ReleaseFile[];
  readonly summaries: readonly GraphSummary[];
  /** Every article graph's quads together, for loading into a store. */
  readonly quads: readonly Quad[];
}

/** Prefixes of the published Turtle, in the published order (without SHACL's, which only shapes use). */
export function publishedPrefixes(articleSlug?: string): Record<string, string> {
  const { sh: _sh, ...standard } = PREFIXES;
  return {
    ...standard,
    ...RESOURCE_PREFIXES,
    ...(articleSlug === undefined ? {} : articlePrefixes(articleSlug)),
  };
}

/**
 * Parse Turtle or report where it is broken (file and line), never a stack trace.
 *
 * @example
 * const quads = parseTurtle(text, "ontology/newsgraph.ttl");
 */
export function parseTurtle(text: string, file: string): Quad[] {
  try {
    return new Parser({ format: "text/turtle" }).parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = /line (\d+)/.exec(message)?.[1];
    throw new NewsgraphError("invalid-input", line === undefined ? file : `${file}:${line}`, message);
  }
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/**
 * Build the whole release in memory: each article graph from its builders, checked against the SHACL
 * shapes and its source text, then serialised as deterministic Turtle beside the source text, the
 * ontology and the shapes. Throws a NewsgraphError (and returns nothing) when anything is wrong, so the
 * caller writes files only for a release that is whole.
 *
 * @example
 * const release = await buildRelease({ articles: [{ module, text }], ontology, shapes });
 */
export async function buildRelease(input: ReleaseInput): Promise<Release> {
  const ontologyQuads = parseTurtle(input.ontology, "ontology/newsgraph.ttl");
  const shapeQuads = parseTurtle(input.shapes, "ontology/newsgraph.shapes.ttl");
  const files: ReleaseFile[] = [];
  const summaries: GraphSummary[] = [];
  const all: Quad[] = [];
  for (const { module, text } of input.articles) {
    const textPath = `src/articles/${module.textFile}`;
    if (sha256(text) !== module.textSha256) {
      throw new NewsgraphError(
        "invalid-input",
        textPath,
        `SHA-256 ${sha256(text)} differs from ${module.textSha256}, the text the article module was written against`,
      );
    }
    const graph = module.build(text);
    const quads = [...graph.quads];
    const anchorProblems = checkAnchors(quads, text);
    if (anchorProblems.length > 0) {
      const first = anchorProblems[0];
      throw new NewsgraphError(
        "anchor-mismatch",
        first?.anchor ?? module.slug,
        `${first?.problem} (${anchorProblems.length} anchor problem(s))`,
      );
    }
    const violations = await validateShapes(quads, shapeQuads, ontologyQuads);
    if (violations.length > 0) {
      const v = violations[0];
      throw new NewsgraphError(
        "shape-violation",
        `${module.slug}: <${v?.focusNode}>${v?.path ? ` ${v.path}` : ""}`,
        `${v?.message} (${violations.length} violation(s))`,
      );
    }
    files.push({ name: `${module.slug}.txt`, content: text });
    files.push({ name: `${module.slug}.ttl`, content: toTurtle(quads, publishedPrefixes(module.slug)) });
    summaries.push(summarise(module.slug, quads));
    all.push(...quads);
  }
  files.push({ name: "newsgraph.ttl", content: toTurtle(ontologyQuads, publishedPrefixes()) });
  files.push({
    name: "newsgraph.shapes.ttl",
    content: toTurtle(shapeQuads, { ngsh: "https://w3id.org/newsgraph/shapes#", ...PREFIXES }),
  });
  return { files: files.sort((a, b) => (a.name < b.name ? -1 : 1)), summaries, quads: all };
}
