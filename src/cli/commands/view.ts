import { basename, dirname, extname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Command } from "commander";
import { ARTICLES } from "../../articles/index.js";
import { NewsgraphError } from "../../errors.js";
import { counted } from "../../view/dot.js";
import { articlePage } from "../../view/page.js";
import { graphPicture } from "../../view/picture.js";
import { readArticleView } from "../../view/read.js";
import { rdf, schema } from "../../vocab/namespaces.js";
import { writeAtomically } from "../atomic.js";
import type { CliIo } from "../context.js";
import { DEFAULT_DATA, readRdfFile } from "../data.js";
import { isDirectory, listFiles, PROTECTED, readText, userPath } from "../files.js";

/** The options of `newsgraph view`. */
interface ViewOptions {
  readonly text?: string;
  readonly out?: string;
}

/** `newsgraph view`: the annotated page and the graph picture of any article graph. */
export function registerView(program: Command, io: CliIo): void {
  program
    .command("view")
    .description(
      "write an article's annotated page (HTML: its text with every statement, quotation, mention, date and tension marked, a side panel and a picture of the graph; self-contained, opens from file://) and the picture alone (SVG)",
    )
    .argument(
      "[graph]",
      "one article's graph (.ttl, .nt, .jsonld, .trig or .nq, as `newsgraph build` writes it; default: the bundled article)",
    )
    .option("--text <file>", "the article's source text (default: <name>.txt beside the graph file)")
    .option(
      "--out <file>",
      "the page to write (default: <slug>.html in this folder); the picture goes beside it as .svg",
    )
    .action(async (graph: string | undefined, options: ViewOptions) => {
      const bundled = ARTICLES[0];
      const path =
        graph === undefined
          ? join(DEFAULT_DATA, `${bundled?.slug ?? ""}.ttl`)
          : await userPath(graph, io.err);
      const label = graph ?? path;
      if (await isDirectory(path))
        throw new NewsgraphError(
          "usage",
          label,
          "is a folder: name one article's graph file in it (<slug>.ttl, as `newsgraph build` writes it)",
        );
      const quads = await readRdfFile(path, label);
      // A file of several articles (or none) is refused before its text is looked for.
      const articles = new Set(
        quads
          .filter((q) => q.predicate.equals(rdf("type")) && q.object.equals(schema("NewsArticle")))
          .map((q) => q.subject.value),
      );
      if (articles.size !== 1)
        throw new NewsgraphError(
          "invalid-input",
          label,
          articles.size === 0
            ? "holds no schema:NewsArticle: the view reads one article's graph"
            : `holds ${articles.size} articles (${[...articles]
                .sort()
                .map((a) => `<${a}>`)
                .join(", ")}): the view reads one article's graph at a time — use <slug>.ttl of the release`,
        );
      let textPath: string;
      if (options.text !== undefined) textPath = await userPath(options.text, io.err);
      else {
        const sibling = `${basename(path, extname(path))}.txt`;
        if (!(await listFiles(dirname(path))).includes(sibling))
          throw new NewsgraphError(
            "usage",
            label,
            `has no source text beside it (${sibling}): the page shows the text, so name it with --text FILE`,
          );
        textPath = join(dirname(path), sibling);
      }
      const text = await readText(textPath);
      const textLabel = options.text ?? textPath;
      // The view's errors name a node of the graph; the user also needs the file it came from.
      const inFile = (error: unknown): unknown =>
        error instanceof NewsgraphError
          ? new NewsgraphError(
              error.code,
              error.problem.startsWith("the text given is not the article's")
                ? `${textLabel} (the source text given for ${label})`
                : error.where === "graph"
                  ? label
                  : `${label}: ${error.where}`,
              error.problem,
            )
          : error;
      let view: ReturnType<typeof readArticleView>;
      let picture: string;
      try {
        view = readArticleView(quads, text);
        picture = await graphPicture(quads);
      } catch (error) {
        throw inFile(error);
      }

      if (options.out !== undefined && options.out.trim() === "")
        throw new NewsgraphError("usage", "--out", "is empty: name the page to write (FILE.html)");
      const out = resolve(options.out ?? `${view.article.slug}.html`);
      if (extname(out).toLowerCase() !== ".html")
        throw new NewsgraphError(
          "usage",
          "--out",
          `${options.out} does not end in .html: name the page FILE.html`,
        );
      const svg = `${basename(out, extname(out))}.svg`;
      const page = articlePage(view, picture, { pictureFile: svg });
      await writeAtomically(
        dirname(out),
        [
          { name: basename(out), content: page },
          { name: svg, content: picture },
        ],
        { what: "the page", protect: PROTECTED },
      );
      io.out(
        `wrote ${out} (${counted(view.statements.length, "statement")}, ${counted(view.quotations.length, "verbatim quotation")}, ${counted(view.mentions.length, "mention")}, ${counted(view.tensions.length, "tension")}) and ${join(dirname(out), svg)}`,
      );
      io.out(`open ${pathToFileURL(out).href} in a browser (it needs no server and makes no request)`);
      io.exit(0);
    });
}
