import { type Command, Option } from "commander";
import { lookupKnown } from "../../articles/known.js";
import { nameKey } from "../../builders/name-key.js";
import { NewsgraphError } from "../../errors.js";
import { formatAs, RESULTS_FORMATS, type ResultsFormat } from "../../query/formats.js";
import type { SparqlJsonResults, SparqlJsonTerm } from "../../query/results.js";
import { CATALOGUE, type CatalogueKind, type CatalogueRow, catalogueRows } from "../../vocab/catalogue.js";
import type { CliIo } from "../context.js";
import { cliPrefixes } from "../data.js";
import { closest } from "../suggest.js";

const KINDS = Object.keys(CATALOGUE) as CatalogueKind[];
const COLUMNS = ["kind", "name", "iri", "wikidata", "altNames"] as const;

const literal = (value: string): SparqlJsonTerm => ({ type: "literal", value });

/** Catalogue rows as SPARQL JSON results, so every results format prints them. */
function asResults(rows: readonly CatalogueRow[]): SparqlJsonResults {
  return {
    head: { vars: COLUMNS },
    results: {
      bindings: rows.map(({ kind, iri, entry }) => ({
        kind: literal(kind),
        name: literal(entry.name),
        iri: { type: "uri", value: iri },
        ...(entry.wikidata === undefined ? {} : { wikidata: literal(entry.wikidata) }),
        ...(entry.altNames.length === 0 ? {} : { altNames: literal(entry.altNames.join("; ")) }),
      })),
    },
  };
}

/** The entries of any kind with this name or alternative name; an error suggesting names when none. */
function anyKind(name: string): CatalogueRow[] {
  const key = nameKey(name);
  const found = catalogueRows().filter((r) =>
    [r.entry.name, ...r.entry.altNames].some((n) => nameKey(n) === key),
  );
  if (found.length > 0) return found;
  const near = closest(
    name,
    catalogueRows().flatMap((r) => [r.entry.name, ...r.entry.altNames]),
  );
  throw new NewsgraphError(
    "unknown-entity",
    "known.name",
    `${JSON.stringify(name)} is not in the catalogue${near.length === 0 ? "" : ` (did you mean ${near.map((n) => JSON.stringify(n)).join(" or ")}?)`}`,
  );
}

/** `newsgraph known [kind] [name]`: list the catalogue's shared entities, or look one up, with IRIs. */
export function registerKnown(program: Command, io: CliIo): void {
  program
    .command("known")
    .description(
      "list the shared entities the package knows (its catalogue) with their IRIs, or look one up by name; build them with known.<kind>(g, name)",
    )
    .argument("[kind]", `a kind (${KINDS.join(", ")}), or a name to look up in every kind`)
    .argument("[name]", "a name or alternative name of that kind (case- and accent-insensitive)")
    .addOption(
      new Option("--format <format>", "table, json, csv or tsv").choices(RESULTS_FORMATS).default("table"),
    )
    .option("--wide", "tables: one line per row, however long (default: wrap cells at 60 characters)")
    .action(
      (
        kind: string | undefined,
        name: string | undefined,
        options: { format: ResultsFormat; wide?: boolean },
      ) => {
        const isKind = kind !== undefined && (KINDS as readonly string[]).includes(kind);
        if (kind !== undefined && !isKind && name !== undefined)
          throw new NewsgraphError(
            "usage",
            "known.kind",
            `${JSON.stringify(kind)} is not a kind of the catalogue (${KINDS.join(", ")})`,
          );
        const rows =
          kind === undefined
            ? catalogueRows()
            : !isKind
              ? anyKind(kind)
              : name === undefined
                ? catalogueRows().filter((r) => r.kind === kind)
                : [lookupKnown(kind as CatalogueKind, name, "known.name")];
        const table = options.wide === true ? {} : { maxWidth: 60 };
        io.write(formatAs(asResults(rows), options.format, cliPrefixes(), table));
        io.exit(0);
      },
    );
}
