import type { NamedNode, Term } from "@rdfjs/types";
import { DataFactory } from "n3";
import { isAbsoluteIri, isoDate } from "../../builders/validate.js";
import { NewsgraphError } from "../../errors.js";
import type { QueryVia } from "../../load/sparql-protocol.js";
import type { HelperEntry, HelperName } from "../../query/registry.js";
import { type SparqlEndpoint, sparqlEndpoint } from "../../query/remote.js";
import { articleAmong } from "../article-option.js";
import type { CliIo } from "../context.js";
import { didYouMean } from "../suggest.js";

/** The options of `newsgraph query` that concern an endpoint. */
export interface RemoteQueryOptions {
  readonly endpoint: string;
  /** Seconds, as for a local query. */
  readonly timeout: number;
  readonly via?: QueryVia | undefined;
  readonly auth?: string | undefined;
  /** `--article`: keep the rows of one article (a slug, `article:<slug>` or the IRI) the endpoint holds. */
  readonly article?: string | undefined;
}

const HTTP_IRI = /^https?:\/\/[^\s<>"{}|\\^`]+$/;
const PREFIXED = /^([A-Za-z][\w-]*):([\w./-]*)$/;

/** An entity argument for a remote helper: an IRI, a prefixed name, or a name the endpoint's findEntities picks. */
async function remoteEntity(
  remote: SparqlEndpoint,
  raw: string,
  field: string,
  prefixes: Readonly<Record<string, string>>,
  io: CliIo,
): Promise<NamedNode> {
  const text = raw.trim();
  if (text === "")
    throw new NewsgraphError("invalid-input", field, "is empty: give a name, an IRI or a prefixed name");
  if (text.startsWith("<") && text.endsWith(">")) {
    if (!isAbsoluteIri(text.slice(1, -1)))
      throw new NewsgraphError("invalid-input", field, `"${raw}" is not an absolute IRI`);
    return DataFactory.namedNode(text.slice(1, -1));
  }
  if (HTTP_IRI.test(text)) return DataFactory.namedNode(text);
  const prefixed = PREFIXED.exec(text);
  const base = prefixed?.[1] === undefined ? undefined : prefixes[prefixed[1]];
  if (prefixed !== null && base !== undefined) return DataFactory.namedNode(`${base}${prefixed[2] ?? ""}`);
  // A name: the endpoint's own findEntities picks the entity, as resolveEntity does in memory.
  const matches = await remote.findEntities(text);
  const exact = matches.filter((m) => m.how.value === "exact");
  const candidates = exact.length > 0 ? exact : matches.filter((m) => m.how.value === "partial");
  const entities = [...new Set(candidates.map((m) => m.entity.value))];
  const [only] = entities;
  if (only !== undefined && entities.length === 1) {
    if (exact.length === 0) io.err(`newsgraph: warning: "${text}" is part of a name: took <${only}>`);
    return DataFactory.namedNode(only);
  }
  if (entities.length > 1)
    throw new NewsgraphError(
      "invalid-input",
      field,
      `"${text}" is ambiguous at the endpoint: it names ${entities
        .slice(0, 8)
        .map((e) => `<${e}>`)
        .join("; ")} (give an IRI or a prefixed name)`,
    );
  throw new NewsgraphError(
    "invalid-input",
    field,
    `"${text}" matches no name at the endpoint${
      matches.length > 0 ? `; did you mean ${matches[0]?.name.value}?` : " (give an IRI or a prefixed name)"
    }`,
  );
}

/**
 * Run a named helper against a SPARQL 1.1 endpoint for `newsgraph query <helper> … --endpoint URL`: the
 * argument is read as in memory (an entity by IRI, prefixed name or name — a name is looked up with the
 * endpoint's findEntities), then the helper's twin runs there (see sparqlEndpoint). `--article` is checked
 * against the articles the endpoint holds (its articleMetadata) and binds the twin's `?article`.
 */
export async function remoteHelperRows(
  name: HelperName,
  entry: HelperEntry,
  argument: string | undefined,
  options: RemoteQueryOptions,
  prefixes: Readonly<Record<string, string>>,
  io: CliIo,
): Promise<readonly Readonly<Record<string, Term>>[]> {
  const timeoutMs = Math.round(options.timeout * 1000);
  if (timeoutMs > 600_000)
    throw new NewsgraphError("usage", "--timeout", "is at most 600 seconds for an endpoint");
  const remote = sparqlEndpoint(options.endpoint, {
    timeoutMs: Math.max(1, timeoutMs),
    ...(options.via === undefined ? {} : { via: options.via }),
    ...(options.auth === undefined ? {} : { headers: { authorization: options.auth } }),
  });
  if (options.article !== undefined && !entry.perArticle)
    throw new NewsgraphError("usage", "--article", `${name}'s rows do not come from one article`);
  const param = entry.param;
  const field = `${name} <${"name" in param ? param.name : ""}>`;
  let arg: NamedNode | string | undefined;
  if (param.kind === "iri") arg = await remoteEntity(remote, argument ?? "", field, prefixes, io);
  else if (param.kind === "date") arg = isoDate(argument ?? "", field);
  else if (param.kind === "oneOf") {
    if (!param.values.includes(argument ?? ""))
      throw new NewsgraphError(
        "usage",
        field,
        `"${argument}" is not one of ${param.values.join(", ")}${didYouMean(argument ?? "", param.values)}`,
      );
    arg = argument;
  } else if (param.kind === "text") arg = argument;
  if (options.article === undefined) return remote.run(name, arg);
  const articles = (await remote.articleMetadata()).map((r) => r.article.value);
  const article = articleAmong(options.article, articles, "the endpoint");
  return remote.run(name, arg, { article });
}
