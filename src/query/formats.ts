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

/** A readable table: IRIs shortened with the given prefixes, literals as their values, aligned columns. */
export function toTable(r: SparqlJsonResults, prefixes: Readonly<Record<string, string>> = {}): string {
  const entries = Object.entries(prefixes).sort((a, b) => b[1].length - a[1].length);
  const show = (t: SparqlJsonTerm | undefined): string => {
    if (t === undefined) return "";
    if (t.type === "uri") {
      for (const [p, ns] of entries)
        if (t.value.startsWith(ns) && t.value.length > ns.length) return `${p}:${t.value.slice(ns.length)}`;
      return `<${t.value}>`;
    }
    return t.value.replace(/\s+/g, " ");
  };
  const rows = r.results.bindings.map((b) => r.head.vars.map((v) => show(b[v])));
  const widths = r.head.vars.map((v, i) =>
    Math.min(60, Math.max(v.length, ...rows.map((row) => Array.from(row[i] ?? "").length))),
  );
  const cut = (s: string, w: number) => {
    const cps = Array.from(s);
    return cps.length > w ? `${cps.slice(0, w - 1).join("")}…` : s + " ".repeat(w - cps.length);
  };
  const line = (cells: string[]) =>
    cells
      .map((c, i) => cut(c, widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  const out = [line([...r.head.vars]), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
  out.push(`(${rows.length} row${rows.length === 1 ? "" : "s"})`);
  return `${out.join("\n")}\n`;
}

/**
 * Format results in one of the output formats.
 *
 * @example
 * formatAs(results, "csv");
 */
export function formatAs(
  r: SparqlJsonResults,
  format: ResultsFormat,
  prefixes: Readonly<Record<string, string>> = {},
): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(r, null, 2)}\n`;
    case "csv":
      return toCsv(r);
    case "tsv":
      return toTsv(r);
    case "table":
      return toTable(r, prefixes);
  }
}
