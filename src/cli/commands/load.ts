import { join, resolve } from "node:path";
import { type Command, Option } from "commander";
import { NewsgraphError } from "../../errors.js";
import { OPTION_LIMITS, redactUrl, uploadGraphs } from "../../load/gsp.js";
import { byGraph, graphCounts } from "../../load/oxigraph.js";
import { oxigraphStore } from "../../store/oxigraph.js";
import { parseRdf } from "../../store/store.js";
import type { CliIo } from "../context.js";
import { DEFAULT_DATA } from "../data.js";
import { readText } from "../files.js";
import { wholeWithin } from "../numbers.js";

/** `newsgraph load`: the release into an in-process Oxigraph store, or to a Graph Store endpoint. */
export function registerLoad(program: Command, io: CliIo): void {
  program
    .command("load")
    .description(
      "load the release (every named graph of newsgraph.nq) into an in-process Oxigraph store (--oxigraph), or upload it to a SPARQL 1.1 Graph Store Protocol endpoint and verify the counts (--endpoint)",
    )
    .addOption(
      new Option("--oxigraph", "load into an in-process Oxigraph store and count each graph").conflicts(
        "endpoint",
      ),
    )
    .option(
      "--endpoint <url>",
      "the Graph Store Protocol endpoint, http: or https: (e.g. http://localhost:7878/store); a user:password in it is sent as Basic auth, never printed",
    )
    .option(
      "--query <url>",
      "a SPARQL query endpoint, to verify the upload by COUNT (else the graph is read back)",
    )
    .option("--graph <iri>", "upload everything into this one graph instead of one graph per article")
    .option(
      "--auth <value>",
      "the Authorization header to send (never printed; wins over a user:password in a URL)",
    )
    .addOption(
      new Option("--method <method>", "PUT replaces each graph, POST adds to it")
        .choices(["put", "post"])
        .default("put"),
    )
    .option(
      "--timeout <ms>",
      `timeout of each attempt (request and answer) in milliseconds, ${OPTION_LIMITS.timeoutMs.join(" to ")}`,
      wholeWithin(...OPTION_LIMITS.timeoutMs),
      30_000,
    )
    .option(
      "--retries <n>",
      `retries on 5xx answers, timeouts and network errors, ${OPTION_LIMITS.retries.join(" to ")}`,
      wholeWithin(...OPTION_LIMITS.retries),
      3,
    )
    .option("--data <dir>", "the release folder holding newsgraph.nq", DEFAULT_DATA)
    .action(
      async (options: {
        oxigraph?: boolean;
        endpoint?: string;
        query?: string;
        graph?: string;
        auth?: string;
        method: "put" | "post";
        timeout: number;
        retries: number;
        data: string;
      }) => {
        if ((options.oxigraph === true) === (options.endpoint !== undefined))
          throw new NewsgraphError("usage", "load", "needs exactly one of --oxigraph or --endpoint <url>");
        const nq = join(resolve(options.data), "newsgraph.nq");
        const quads = parseRdf(await readText(nq), "nquads", nq);
        if (options.endpoint === undefined) {
          const store = oxigraphStore(quads);
          for (const [graph, n] of graphCounts(store)) io.out(`<${graph}>: ${n} triples`);
          io.out(`loaded ${store.size} quads into Oxigraph (in process)`);
          io.exit(0);
          return;
        }
        const uploads = options.graph !== undefined ? [{ graph: options.graph, quads }] : byGraph(quads);
        const results = await uploadGraphs(uploads, {
          endpoint: options.endpoint,
          method: options.method === "post" ? "POST" : "PUT",
          timeoutMs: options.timeout,
          retries: options.retries,
          log: io.out,
          ...(options.auth === undefined ? {} : { authorization: options.auth }),
          ...(options.query === undefined ? {} : { queryEndpoint: options.query }),
        });
        io.out(
          `uploaded ${results.reduce((n, r) => n + r.triples, 0)} triples in ${results.length} graph(s) to ${redactUrl(options.endpoint)}`,
        );
        io.exit(0);
      },
    );
}
