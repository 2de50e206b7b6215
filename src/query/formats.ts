import type { SparqlJsonResults, SparqlJsonTerm } from "./results.js";

/** Output formats of query results. */
export type ResultsFormat = "table" | "json" | "csv" | "tsv";
export const RESULTS_FORMATS: readonly ResultsFormat[] = ["table", "json", "csv", "tsv"];

const XSD = "http://www.w3.org/2001/XMLSchema#";

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** SPARQL 1.1 Query Results CSV: a header of variable names, then plain values (RFC 4180 quoting). */
export function toCsv(r: SparqlJsonResults): string {
  const lines = [r.head.vars.map(csvField).join(",")];
  for (const b of r.results.bindings)
    lines.push(r.head.vars.map((v) => csvField(b[v]?.value ?? "")).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

function escapeLiteral(s: string): string {
  return s
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/\n/g, "\\n")
    .replace(/\r/g, "\\r")
    .replace(/\t/g, "\\t");
}

/** A term in the N-Triples-like syntax SPARQL TSV uses. */
function tsvTerm(t: SparqlJsonTerm | undefined): string {
  if (t === undefined) return "";
  if (t.type === "uri") return `<${t.value}>`;
  if (t.type === "bnode") return `_:${t.value}`;
  const lex = `"${escapeLiteral(t.value)}"`;
  if (t["xml:lang"] !== undefined) return `${lex}@${t["xml:lang"]}`;
  if (t.datatype !== undefined && t.datatype !== `${XSD}string`) return `${lex}^^<${t.datatype}>`;
  return lex;
}

/** SPARQL 1.1 Query Results TSV: a header of `?vars`, then terms in RDF syntax. */
export function toTsv(r: SparqlJsonResults): string {
  const lines = [r.head.vars.map((v) => `?${v}`).join("\t")];
  for (const b of r.results.bindings) lines.push(r.head.vars.map((v) => tsvTerm(b[v])).join("\t"));
  return `${lines.join("\n")}\n`;
}

/** How a table is laid out. */
export interface TableOptions {
  /** Wrap cells wider than this many characters onto more lines (never cut); no limit when undefined. */
  readonly maxWidth?: number;
}

// Control characters, and the bidirectional overrides that could reorder what a terminal shows.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escapeForTerminal(s: string): string {
  return s.replace(UNPRINTABLE, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\t") return "\\t";
    if (c === "\r") return "\\r";
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

/** A literal's type as the table shows it: "@lang", a datatype (shortened), or "" for a plain string. */
function typeOf(t: SparqlJsonTerm, shorten: (iri: string) => string): string {
  if (t["xml:lang"] !== undefined) return `@${t["xml:lang"]}`;
  if (t.datatype !== undefined && t.datatype !== `${XSD}string`) return `^^${shorten(t.datatype)}`;
  return "";
}

function wrap(cell: string, width: number): string[] {
  const cps = Array.from(cell);
  if (cps.length <= width) return [cell];
  const lines: string[] = [];
  let rest = cps;
  while (rest.length > width) {
    // Break after the last space within the width when there is one, else mid-word.
    let cut = rest.lastIndexOf(" ", width - 1) + 1;
    if (cut <= width / 3) cut = width;
    lines.push(rest.slice(0, cut).join("").trimEnd());
    rest = rest.slice(cut);
  }
  if (rest.length > 0) lines.push(rest.join(""));
  return lines;
}

/**
 * A readable table: IRIs shortened with the given prefixes, literals as their values. A column whose
 * literals all share one language or datatype names it in its header (`start ^^xsd:integer`); a column
 * that mixes them shows each value's. Control characters are escaped; long cells wrap, never cut.
 *
 * @example
 * const results = selectJson(oxigraphStore(quads), "SELECT ?s ?p WHERE { ?s ?p ?o } LIMIT 5", "inline");
 * toTable(results, { ng: "https://w3id.org/newsgraph/ontology#" }, { maxWidth: 60 });
 */
export function toTable(
  r: SparqlJsonResults,
  prefixes: Readonly<Record<string, string>> = {},
  options: TableOptions = {},
): string {
  const entries = Object.entries(prefixes).sort((a, b) => b[1].length - a[1].length);
  const shorten = (iri: string): string => {
    for (const [p, ns] of entries)
      if (iri.startsWith(ns) && iri.length > ns.length && /^[\w.-]+$/.test(iri.slice(ns.length)))
        return `${p}:${iri.slice(ns.length)}`;
    return `<${iri}>`;
  };
  const vars = r.head.vars;
  const bindings = r.results.bindings;
  // One type per column when all its literals agree; otherwise every cell shows its own.
  const columnType = vars.map((v) => {
    let seen: string | undefined;
    for (const b of bindings) {
      const t = b[v];
      if (t === undefined || t.type !== "literal") continue;
      const type = typeOf(t, shorten);
      if (seen === undefined) seen = type;
      else if (seen !== type) return undefined;
    }
    return seen ?? "";
  });
  const show = (t: SparqlJsonTerm | undefined, column: number): string => {
    if (t === undefined) return "";
    if (t.type === "uri") return shorten(t.value);
    if (t.type === "bnode") return `_:${t.value}`;
    const value = escapeForTerminal(t.value);
    return columnType[column] === undefined ? `${value}${typeOf(t, shorten)}` : value;
  };
  const header = vars.map((v, i) => (columnType[i] ? `${v} ${columnType[i]}` : v));
  const cells: string[][] = new Array(bindings.length);
  for (let i = 0; i < bindings.length; i++) {
    const b = bindings[i] as Readonly<Record<string, SparqlJsonTerm>>;
    cells[i] = vars.map((v, c) => show(b[v], c));
  }
  const max = options.maxWidth;
  const widths = header.map((h) => Array.from(h).length);
  for (const row of cells)
    row.forEach((cell, c) => {
      const n = Array.from(cell).length;
      if (n > (widths[c] ?? 0)) widths[c] = n;
    });
  if (max !== undefined) for (let c = 0; c < widths.length; c++) widths[c] = Math.min(max, widths[c] ?? 0);
  const pad = (s: string, w: number) => s + " ".repeat(Math.max(0, w - Array.from(s).length));
  const lines = (row: readonly string[]): string[] => {
    const parts = row.map((cell, c) => (max === undefined ? [cell] : wrap(cell, widths[c] ?? max)));
    const height = Math.max(1, ...parts.map((p) => p.length));
    const out: string[] = [];
    for (let k = 0; k < height; k++)
      out.push(
        parts
          .map((p, c) => pad(p[k] ?? "", widths[c] ?? 0))
          .join("  ")
          .trimEnd(),
      );
    return out;
  };
  const out = [...lines(header), widths.map((w) => "-".repeat(w)).join("  ")];
  for (const row of cells) for (const l of lines(row)) out.push(l);
  out.push(`(${cells.length} row${cells.length === 1 ? "" : "s"})`);
  return `${out.join("\n")}\n`;
}

/**
 * Format results in one of the output formats.
 *
 * @example
 * formatAs(toResults(["speaker"], [{ speaker: mintIri("person", "ihor-zhovkva") }]), "csv");
 */
export function formatAs(
  r: SparqlJsonResults,
  format: ResultsFormat,
  prefixes: Readonly<Record<string, string>> = {},
  table: TableOptions = {},
): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(r, null, 2)}\n`;
    case "csv":
      return toCsv(r);
    case "tsv":
      return toTsv(r);
    case "table":
      return toTable(r, prefixes, table);
  }
}
