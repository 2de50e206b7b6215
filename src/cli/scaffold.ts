import { createHash } from "node:crypto";
import { lookupKnown } from "../articles/known.js";
import { wholeWord } from "../builders/mention.js";
import { NewsgraphError } from "../errors.js";

/** What `newsgraph new` knows of an article before anyone annotates it. */
export interface ScaffoldInput {
  readonly slug: string;
  /** The source text, exactly as it will be saved beside the module. */
  readonly text: string;
  /** The headline: a phrase of the text (its first line). */
  readonly headline: string;
  /** Which occurrence of the headline is meant, when it occurs more than once. */
  readonly headlineOccurrence?: number;
  readonly url: string;
  readonly published: string;
  readonly language: string;
  readonly publisher: string;
  readonly author?: string;
  /** The folder the module is written to, as the user's commands name it (default "articles"). */
  readonly folder?: string;
}

/** The line the statements go below; `docs/authoring.md` and its test insert theirs there. */
export const STATEMENTS_MARKER =
  "  // newsgraph: your statements go below this line (docs/authoring.md walks through them).";

/** The camelCase export name of an article module ("talks-report" → "talksReport"). */
export function exportName(slug: string): string {
  const camel = slug.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  return /^[0-9]/.test(camel) ? `article${camel}` : camel;
}

/** A TypeScript string literal (JSON's escapes are TypeScript's). */
const lit = (value: string) => JSON.stringify(value);

/** `const NAME = "value";`, broken after `=` as Biome does when the line would exceed 110 columns. */
function constant(name: string, value: string): string {
  const line = `const ${name} = ${lit(value)};`;
  return line.length <= 110 ? line : `const ${name} =\n  ${lit(value)};`;
}

/**
 * The catalogue's own name for a known outlet or person named by `--publisher` or `--author` (any of its
 * names, as `lookupKnown` folds them), or undefined for a name the catalogue does not know.
 */
export function knownNameOf(kind: "outlet" | "person", name: string): string | undefined {
  try {
    return lookupKnown(kind, name).entry.name;
  } catch (error) {
    if (error instanceof NewsgraphError && error.code === "unknown-entity") return undefined;
    throw error;
  }
}

/** How the module builds a publisher or an author: the known node when the catalogue has it, else a new one. */
function agent(kind: "outlet" | "person", name: string): string {
  const known = knownNameOf(kind, name);
  return known === undefined ? `${kind}(g, { name: ${lit(name)} })` : `known.${kind}(g, ${lit(known)})`;
}

/** The names of a publisher or an author (all the catalogue's, for a known one) that the text prints. */
function printedNames(kind: "outlet" | "person", name: string, text: string): string[] {
  const known = knownNameOf(kind, name);
  const entry = known === undefined ? undefined : lookupKnown(kind, known).entry;
  const names = entry === undefined ? [name] : [entry.name, ...entry.altNames];
  return names.filter((n) => wholeWord(n).test(text));
}

/** The scaffold's imports, in the order Biome sorts them: the five it always needs, then the builders used. */
function imports(builders: readonly string[]): string {
  const always = ["type ArticleModule", "anchorText", "article", "type FindOptions", "GraphBuilder"];
  const optional = ["known", "mentionEverywhere", "outlet", "person"];
  const names = [...always, ...optional.filter((n) => builders.includes(n))];
  return `import {\n${names.map((n) => `  ${n},\n`).join("")}} from "newsgraph";`;
}

/**
 * The source of a new article module: it builds the article node (headline anchored in the text,
 * publisher, author, URL, date, language) and validates before a single statement is written; commented
 * examples show the rest. It imports only from "newsgraph".
 */
export function scaffoldModule(input: ScaffoldInput): string {
  const sha = createHash("sha256").update(input.text, "utf8").digest("hex");
  const headline =
    input.headlineOccurrence === undefined
      ? "at(HEADLINE)"
      : `at(HEADLINE, { occurrence: ${input.headlineOccurrence} })`;
  const author = input.author === undefined ? undefined : input.author;
  const publisherCall = agent("outlet", input.publisher);
  const authorCall = author === undefined ? undefined : agent("person", author);
  // What the two calls need, by the builder they start with.
  const needed = [publisherCall, authorCall].map((call) => call?.match(/^\w+/)?.[0] ?? "");
  // Validation wants a mention wherever the text prints a name of an entity in the graph.
  const mentions = [
    ["publisher", printedNames("outlet", input.publisher, input.text)],
    ["author", author === undefined ? [] : printedNames("person", author, input.text)],
  ] as const;
  const mentionLines = mentions
    .filter(([, names]) => names.length > 0)
    .map(
      ([who, names]) =>
        `  mentionEverywhere(g, ${who}, ${JSON.stringify(names).replaceAll('","', '", "')});\n`,
    )
    .join("");
  if (mentionLines !== "") needed.push("mentionEverywhere");
  return `// The article "${input.slug}", expressed with newsgraph's builders (scaffolded by \`newsgraph new\`).
// Its text is ${input.slug}.txt beside this file. Every anchor is found in that text, so the text must not
// change: textSha256 below is its fingerprint, and \`newsgraph build\` refuses any other text.
// Build and validate it: npx newsgraph build ${input.folder ?? "articles"} --out release
// Find a phrase's offsets and a unique context: npx newsgraph anchor ${input.folder ?? "articles"}/${input.slug}.txt "phrase"
// The walk-through: node_modules/newsgraph/docs/authoring.md
${imports(needed)}

const SLUG = ${lit(input.slug)};
${constant("URL", input.url)}
const PUBLISHED = ${lit(input.published)};
${constant("HEADLINE", input.headline)}

function build(text: string): GraphBuilder {
  const g = new GraphBuilder(SLUG, text);
  /** Anchor an exact phrase of the text; a phrase that occurs more than once needs { within } or { occurrence }. */
  const at = (exact: string, options: FindOptions = {}) => anchorText(g, exact, options);

  // ── Who published and wrote it ──────────────────────────────────────────────────────────────────
  // newsgraph: known entities. An outlet or person the package already knows is its catalogue node
  // (known.outlet, known.person), or the graphs will not meet on it; anyone else is new. Before you write
  // a state, person, post, event or topic, look it up: npx newsgraph known "name".
  const publisher = ${publisherCall};
${authorCall === undefined ? "" : `  const author = ${authorCall};\n`}
  // ── The article: headline from the text, the rest from the publisher's page ─────────────────────
  // \`published\` is the publication day: the date of what the article says in its own voice.
  const { published } = article(g, {
    headline: ${headline},
    url: URL,
    datePublished: PUBLISHED,
    language: ${lit(input.language)},
    publisher,${author === undefined ? "" : "\n    author,"}
  });
${mentionLines === "" ? "" : `\n  // Wherever the text prints their names, a mention (validation checks every printed name is one).\n${mentionLines}`}
${STATEMENTS_MARKER}
  // An example, to adapt (every phrase must occur in the text):
  //
  // const onMonday = resolvedDate(g, {
  //   slug: "on-monday",
  //   method: "explicit",
  //   ...resolveWeekday(PUBLISHED, "Monday"),
  //   phrase: at("on Monday"),
  // });
  // const speaker = person(g, { name: "Jane Doe" });
  // statement(g, {
  //   slug: "doe-ready-to-talk",
  //   summary: "Doe: the government is ready to talk",
  //   speaker,
  //   mode: "reported",
  //   anchor: at("Jane Doe said on Monday that the government was ready to talk."),
  //   sourceSpan: at("Jane Doe"),
  //   cueSpan: at("said", { within: "Doe said" }),
  //   contentSpan: at("the government was ready to talk"),
  //   date: onMonday,
  //   topics: [known.topic(g, "peace talks")],
  //   about: [],
  //   stance: "readyFor",
  //   polarity: "affirmative",
  // });

  return g;
}

/** The article module: its slug, its text beside it and that text's SHA-256, and its build. */
export const ${exportName(input.slug)}: ArticleModule = {
  slug: SLUG,
  textFile: ${lit(`${input.slug}.txt`)},
  textSha256: ${lit(sha)},
  build,
};
`;
}
