// Every bad input of the authoring commands (new, build with a user's articles, anchor): what the user
// typed → the one line they see first → the exit code → nothing changed in their folder.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cleanTemps, run, tempDir } from "./run.js";

afterEach(cleanTemps);

const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

const TEXT = "A Headline\nRussia said Russia would talk.";

/** A module exporting an article whose build is `body` (with `g` built on the text). */
const moduleSource = (slug: string, body = "", text = TEXT, name = "article") =>
  `import { type ArticleModule, anchorText, GraphBuilder } from "newsgraph";
export const ${name}: ArticleModule = {
  slug: ${JSON.stringify(slug)},
  textFile: ${JSON.stringify(`${slug}.txt`)},
  textSha256: ${JSON.stringify(sha(text))},
  build: (text: string) => {
    const g = new GraphBuilder(${JSON.stringify(slug)}, text);
    void anchorText;
    ${body}
    return g;
  },
};
`;

interface Case {
  readonly name: string;
  /** Arguments after `newsgraph`; `{dir}` is a fresh temporary folder holding `files`. */
  readonly argv: readonly string[];
  readonly files?: Readonly<Record<string, string | Buffer>>;
  /** The first line on standard error. */
  readonly message: RegExp;
  readonly code: 1 | 2;
}

const NEW = (...extra: string[]) => [
  "new",
  "my-article",
  "--dir",
  "{dir}/articles",
  "--url",
  "https://example.org/a",
  "--published",
  "2022-03-10",
  "--publisher",
  "Example News",
  ...extra,
];
const story = { "story.txt": TEXT };

const CASES: Case[] = [
  // newsgraph new
  {
    name: "new: a slug with capitals and an underscore",
    argv: ["new", "My_Article", "--text", "{dir}/story.txt"],
    files: story,
    message:
      /^newsgraph: slug: "My_Article" is not a slug \(lower-case letters and digits joined by single hyphens\)$/,
    code: 1,
  },
  {
    name: "new: no --text",
    argv: NEW(),
    message: /^newsgraph: --text: is required: the article's text \(UTF-8\), copied beside the module$/,
    code: 2,
  },
  {
    name: "new: no --url",
    argv: ["new", "my-article", "--text", "{dir}/story.txt", "--published", "2022-03-10", "--publisher", "X"],
    files: story,
    message: /^newsgraph: --url: is required: the article's address on the publisher's site/,
    code: 2,
  },
  {
    name: "new: no --published",
    argv: [
      "new",
      "my-article",
      "--text",
      "{dir}/story.txt",
      "--url",
      "https://example.org/",
      "--publisher",
      "X",
    ],
    files: story,
    message: /^newsgraph: --published: is required: its publication day, YYYY-MM-DD/,
    code: 2,
  },
  {
    name: "new: no --publisher",
    argv: [
      "new",
      "my-article",
      "--text",
      "{dir}/story.txt",
      "--url",
      "https://example.org/",
      "--published",
      "2022-03-10",
    ],
    files: story,
    message: /^newsgraph: --publisher: is required: the outlet that published it/,
    code: 2,
  },
  {
    name: "new: a text file that does not exist",
    argv: NEW("--text", "{dir}/absent.txt"),
    message: /^newsgraph: .*absent\.txt: cannot read \(ENOENT\)$/,
    code: 1,
  },
  {
    name: "new: an empty text",
    argv: NEW("--text", "{dir}/empty.txt"),
    files: { "empty.txt": "" },
    message: /^newsgraph: .*empty\.txt: is empty: an article needs its text$/,
    code: 1,
  },
  {
    name: "new: a text of blanks",
    argv: NEW("--text", "{dir}/blank.txt"),
    files: { "blank.txt": " \n\t\n" },
    message: /^newsgraph: .*blank\.txt: is empty: an article needs its text$/,
    code: 1,
  },
  {
    name: "new: a binary file",
    argv: NEW("--text", "{dir}/image.txt"),
    files: { "image.txt": Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01]) },
    message: /^newsgraph: .*image\.txt: is not plain text: control character U\+0000 at 1:4$/,
    code: 1,
  },
  {
    name: "new: a text that is not UTF-8",
    argv: NEW("--text", "{dir}/latin1.txt"),
    files: { "latin1.txt": Buffer.from([0x4b, 0x79, 0x69, 0x76, 0xe9, 0x0a]) },
    message: /^newsgraph: .*latin1\.txt: is not UTF-8 text: invalid byte at offset 4$/,
    code: 1,
  },
  {
    name: "new: a headline line longer than a headline",
    argv: NEW("--text", "{dir}/long.txt"),
    files: { "long.txt": `${"word ".repeat(80)}\nbody` },
    message: /^newsgraph: .*long\.txt: its first line \(the headline\) is 399 characters long, more than 300/,
    code: 1,
  },
  {
    name: "new: a day that is not in the calendar",
    argv: [
      "new",
      "x",
      "--text",
      "{dir}/story.txt",
      "--url",
      "https://example.org/",
      "--published",
      "2022-02-30",
      "--publisher",
      "X",
    ],
    files: story,
    message: /^newsgraph: --published: 2022-02-30 is not a day of the calendar$/,
    code: 1,
  },
  {
    name: "new: a day in another format",
    argv: [
      "new",
      "x",
      "--text",
      "{dir}/story.txt",
      "--url",
      "https://example.org/",
      "--published",
      "10/03/2022",
      "--publisher",
      "X",
    ],
    files: story,
    message: /^newsgraph: --published: "10\/03\/2022" is not a date of the form YYYY-MM-DD$/,
    code: 1,
  },
  {
    name: "new: a URL without a scheme",
    argv: [
      "new",
      "x",
      "--text",
      "{dir}/story.txt",
      "--url",
      "example.org/a",
      "--published",
      "2022-03-10",
      "--publisher",
      "X",
    ],
    files: story,
    message: /^newsgraph: --url: /,
    code: 1,
  },
  {
    name: "new: an empty publisher",
    argv: [
      "new",
      "x",
      "--text",
      "{dir}/story.txt",
      "--url",
      "https://example.org/",
      "--published",
      "2022-03-10",
      "--publisher",
      " ",
    ],
    files: story,
    message: /^newsgraph: --publisher: must not be empty or whitespace$/,
    code: 1,
  },
  // newsgraph new: a publisher or author the catalogue almost knows (the module would fail the duplicate check)
  {
    name: "new: a publisher that looks like a misspelling of a known outlet",
    argv: [
      "new",
      "x",
      "--text",
      "{dir}/story.txt",
      "--url",
      "https://example.org/",
      "--published",
      "2022-03-10",
      "--publisher",
      "Bloombreg",
      "--dir",
      "{dir}/articles",
    ],
    files: story,
    message:
      /^newsgraph: --publisher: "Bloombreg" looks like a misspelling of "Bloomberg", a name of the known outlet <https:\/\/w3id\.org\/newsgraph\/id\/org\/bloomberg> \(Bloomberg\): give a name the catalogue knows as an outlet \(npx newsgraph known outlet lists them\); for a different outlet of that name, /,
    code: 1,
  },
  {
    name: "new: a publisher that is the name of a known organisation, not an outlet",
    argv: [
      "new",
      "x",
      "--text",
      "{dir}/story.txt",
      "--url",
      "https://example.org/",
      "--published",
      "2022-03-10",
      "--publisher",
      "NATO",
      "--dir",
      "{dir}/articles",
    ],
    files: story,
    message:
      /^newsgraph: --publisher: "NATO" is a name of the known organisation <https:\/\/w3id\.org\/newsgraph\/id\/org\/nato> \(NATO\), not of an outlet: give a name the catalogue knows as an outlet \(npx newsgraph known outlet lists them\)/,
    code: 1,
  },
  {
    name: "new: an author that looks like a misspelling of a known person",
    argv: NEW("--text", "{dir}/story.txt", "--author", "Volodymyr Zelenskiy"),
    files: story,
    message:
      /^newsgraph: --author: "Volodymyr Zelenskiy" looks like a misspelling of "Volodymyr Zelenskyy", a name of the known person <https:\/\/w3id\.org\/newsgraph\/id\/person\/volodymyr-zelenskyy> \(Volodymyr Zelenskyy\): give a name the catalogue knows as a person \(npx newsgraph known person lists them\); for a different person of that name, leave --author out/,
    code: 1,
  },
  {
    name: "new: a language that is not a tag",
    argv: NEW("--text", "{dir}/story.txt", "--language", "e n"),
    files: story,
    message: /^newsgraph: --language: "e n" is not a language tag$/,
    code: 1,
  },
  {
    name: "new: a module that exists already",
    argv: NEW("--text", "{dir}/story.txt"),
    files: { ...story, "articles/my-article.ts": "// mine\n" },
    message: /^newsgraph: .*articles\/my-article\.ts: already exists: newsgraph new never overwrites a file/,
    code: 1,
  },
  {
    name: "new: a text that exists already",
    argv: NEW("--text", "{dir}/story.txt"),
    files: { ...story, "articles/my-article.txt": "another text" },
    message: /^newsgraph: .*articles\/my-article\.txt: already exists: newsgraph new never overwrites a file/,
    code: 1,
  },
  // newsgraph build, with a user's articles
  {
    name: "build: a module that does not exist",
    argv: ["build", "{dir}/absent.ts", "--out", "{dir}/out"],
    message: /^newsgraph: .*absent\.ts: does not exist: name an article module or a folder of them$/,
    code: 1,
  },
  {
    name: "build: a file that is not a module",
    argv: ["build", "{dir}/story.txt", "--out", "{dir}/out"],
    files: story,
    message: /^newsgraph: .*story\.txt: is not an article module \(\.ts, \.mts, \.js, \.mjs\)$/,
    code: 1,
  },
  {
    name: "build: a folder without modules",
    argv: ["build", "{dir}/articles", "--out", "{dir}/out"],
    files: { "articles/story.txt": TEXT },
    message:
      /^newsgraph: .*articles: holds no article module \(\.ts, \.mts, \.js, \.mjs\): scaffold one with newsgraph new$/,
    code: 1,
  },
  {
    name: "build: a module that exports no article",
    argv: ["build", "{dir}/a.ts", "--out", "{dir}/out"],
    files: { "a.ts": "export const answer = 42;\n" },
    message:
      /^newsgraph: .*a\.ts: exports no article module \(an object with slug, textFile, textSha256 and build/,
    code: 1,
  },
  {
    name: "build: an export that is half an article",
    argv: ["build", "{dir}/a.ts", "--out", "{dir}/out"],
    files: { "a.ts": 'export const half = { slug: "a", build: () => null };\n' },
    message: /^newsgraph: .*a\.ts: exports half lacks textFile, textSha256: an article module has slug/,
    code: 1,
  },
  {
    name: "build: a module that does not parse",
    argv: ["build", "{dir}/a.ts", "--out", "{dir}/out"],
    files: { "a.ts": "export const = ;\n" },
    message: /^newsgraph: .*a\.ts: cannot be loaded: /,
    code: 1,
  },
  {
    name: "build: a build() that throws",
    argv: ["build", "{dir}/s.ts", "--out", "{dir}/out"],
    files: { "s.ts": moduleSource("s", 'throw new Error("boom");'), "s.txt": TEXT },
    message: /^newsgraph: .*s\.ts: build\(\) failed: boom$/,
    code: 1,
  },
  {
    name: "build: a phrase the text does not have",
    argv: ["build", "{dir}/s.ts", "--out", "{dir}/out"],
    files: { "s.ts": moduleSource("s", 'anchorText(g, "russia would");'), "s.txt": TEXT },
    message:
      /^newsgraph: .*s\.ts: exact: "russia would" does not occur in the text of s \("Russia would", with other capitals, occurs at 2:13 \(code points 23–35\)/,
    code: 1,
  },
  {
    name: "build: an ambiguous phrase",
    argv: ["build", "{dir}/s.ts", "--out", "{dir}/out"],
    files: { "s.ts": moduleSource("s", 'anchorText(g, "Russia");'), "s.txt": TEXT },
    message:
      /^newsgraph: .*s\.ts: exact: "Russia" occurs 2 times in the text of s; say which: 1st at 2:1 \(code points 11–17\) "\[Russia\] said Russia would talk\." → \{ within: "Russia said" \}; 2nd at 2:13/,
    code: 1,
  },
  {
    name: "build: a text other than the module's",
    argv: ["build", "{dir}/s.ts", "--out", "{dir}/out"],
    files: { "s.ts": moduleSource("s"), "s.txt": `${TEXT} Edited.` },
    message: new RegExp(
      `^newsgraph: .*s\\.txt: SHA-256 ${sha(`${TEXT} Edited.`)} differs from ${sha(TEXT)}, the textSha256 of .*s\\.ts.*set textSha256: "${sha(`${TEXT} Edited.`)}"$`,
    ),
    code: 1,
  },
  {
    name: "build: a module without its text beside it",
    argv: ["build", "{dir}/s.ts", "--out", "{dir}/out"],
    files: { "s.ts": moduleSource("s") },
    message: /^newsgraph: .*s\.txt: cannot read \(ENOENT\)$/,
    code: 1,
  },
  {
    name: "build: two articles with one slug",
    argv: ["build", "{dir}/a.ts", "{dir}/b.ts", "--out", "{dir}/out"],
    files: { "a.ts": moduleSource("dup"), "b.ts": moduleSource("dup"), "dup.txt": TEXT },
    message:
      /^newsgraph: .*b\.ts: has the slug "dup", which .*a\.ts already has: each article needs its own slug$/,
    code: 1,
  },
  {
    name: "build: an article with the bundled article's slug",
    argv: ["build", "{dir}/z.ts", "--out", "{dir}/out"],
    files: { "z.ts": moduleSource("zelensky-aide-neutrality"), "zelensky-aide-neutrality.txt": TEXT },
    message:
      /^newsgraph: .*z\.ts: has the slug "zelensky-aide-neutrality", which the bundled article already has/,
    code: 1,
  },
  {
    name: "build: --no-bundled and no articles",
    argv: ["build", "--no-bundled", "--out", "{dir}/out"],
    message: /^newsgraph: --no-bundled: leaves nothing to build/,
    code: 2,
  },
  {
    name: "build: user articles without --out",
    argv: ["build", "{dir}/s.ts"],
    files: { "s.ts": moduleSource("s"), "s.txt": TEXT },
    message: /^newsgraph: build: say where to write the release of your articles with --out DIR/,
    code: 2,
  },
  {
    name: "build: a config that is not JSON",
    argv: ["build", "--config", "{dir}/newsgraph.config.json"],
    files: { "newsgraph.config.json": '{\n  "articles": ["a"],\n}\n' },
    message: /^newsgraph: .*newsgraph\.config\.json:3:1: is not JSON/,
    code: 1,
  },
  {
    name: "build: a config with an unknown setting",
    argv: ["build", "--config", "{dir}/newsgraph.config.json"],
    files: { "newsgraph.config.json": '{ "articles": ["a"], "output": "x" }' },
    message:
      /^newsgraph: .*newsgraph\.config\.json: output: is not a setting \(the settings are articles, bundled, out\)$/,
    code: 1,
  },
  {
    name: "build: a config without articles",
    argv: ["build", "--config", "{dir}/newsgraph.config.json"],
    files: { "newsgraph.config.json": '{ "articles": [] }' },
    message: /^newsgraph: .*newsgraph\.config\.json: articles: must be a non-empty list of paths/,
    code: 1,
  },
  {
    name: "build: a config whose bundled is not a boolean",
    argv: ["build", "--config", "{dir}/newsgraph.config.json"],
    files: { "newsgraph.config.json": '{ "articles": ["a"], "bundled": "no" }' },
    message: /^newsgraph: .*newsgraph\.config\.json: bundled: must be true or false$/,
    code: 1,
  },
  {
    name: "build: a config that is a list",
    argv: ["build", "--config", "{dir}/newsgraph.config.json"],
    files: { "newsgraph.config.json": '["articles"]' },
    message: /^newsgraph: .*newsgraph\.config\.json: must be a JSON object/,
    code: 1,
  },
  // newsgraph anchor
  {
    name: "anchor: a text file that does not exist",
    argv: ["anchor", "{dir}/absent.txt", "Russia"],
    message: /^newsgraph: .*absent\.txt: cannot read \(ENOENT\)$/,
    code: 1,
  },
  {
    name: "anchor: no phrase",
    argv: ["anchor", "{dir}/story.txt"],
    files: story,
    message: /^newsgraph: missing required argument 'phrase'$/,
    code: 2,
  },
  {
    name: "anchor: an empty phrase",
    argv: ["anchor", "{dir}/story.txt", ""],
    files: story,
    message: /^newsgraph: phrase: is empty: give the exact words to find$/,
    code: 2,
  },
  {
    name: "anchor: a phrase the text does not have, with other capitals",
    argv: ["anchor", "{dir}/story.txt", "RUSSIA"],
    files: story,
    message:
      /^newsgraph: phrase: "RUSSIA" does not occur in .*story\.txt \("Russia", with other capitals, occurs at 2:1 \(code points 11–17\)/,
    code: 1,
  },
  {
    name: "anchor: a within the text does not have",
    argv: ["anchor", "{dir}/story.txt", "Russia", "--within", "Russia wants"],
    files: story,
    message: /^newsgraph: --within: "Russia wants" does not occur in /,
    code: 1,
  },
  {
    name: "anchor: a within that occurs twice",
    argv: ["anchor", "{dir}/story.txt", "Russia", "--within", "Russia "],
    files: story,
    message: /^newsgraph: --within: "Russia " occurs 2 times in .*, at 2:1, 2:13: a within must occur once$/,
    code: 1,
  },
  {
    name: "anchor: a phrase outside its within",
    argv: ["anchor", "{dir}/story.txt", "talk", "--within", "Russia said"],
    files: story,
    message: /^newsgraph: phrase: "talk" does not occur in "Russia said"$/,
    code: 1,
  },
];

/** Every file under a folder with its bytes, to show that nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files[p] = sha(readFileSync(p, "latin1"));
    }
  };
  walk(dir);
  return files;
}

describe("the authoring commands refuse bad input with one line, and change nothing", () => {
  it.each(CASES)("$name", async ({ argv, files = {}, message, code }) => {
    const dir = tempDir();
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    const before = snapshot(dir);
    const r = await run(argv.map((a) => a.replaceAll("{dir}", dir)));
    expect(r.err[0] ?? "", r.err.join("\n")).toMatch(message);
    expect(r.code).toBe(code);
    if (code === 2) expect(r.err[1]).toMatch(/^usage: newsgraph (new|build|anchor) /);
    expect(r.err.join("\n")).not.toMatch(/\n\s+at /);
    expect(snapshot(dir)).toEqual(before);
    expect(statSync(dir).isDirectory()).toBe(true);
  });
});
