import type { NamedNode, Term } from "@rdfjs/types";
import { DataFactory } from "n3";
import { isAbsoluteIri } from "../builders/validate.js";
import { NewsgraphError } from "../errors.js";

const ESCAPES: Record<string, string> = {
  t: "\t",
  n: "\n",
  r: "\r",
  b: "\b",
  f: "\f",
  '"': '"',
  "'": "'",
  "\\": "\\",
};

/**
 * Read an IRI argument: `<iri>`, an absolute IRI, or a prefixed name with a known prefix
 * (`person:ihor-zhovkva`). Anything else is an error naming the field.
 */
export function iriArgument(
  arg: string,
  field: string,
  prefixes: Readonly<Record<string, string>>,
): NamedNode {
  const bare = arg.startsWith("<") && arg.endsWith(">") ? arg.slice(1, -1) : arg;
  const prefixed = /^([A-Za-z][\w-]*)?:([\w.-]*)$/.exec(bare);
  const ns = prefixed ? prefixes[prefixed[1] ?? ""] : undefined;
  const expanded = ns !== undefined ? `${ns}${prefixed?.[2] ?? ""}` : bare;
  if (!isAbsoluteIri(expanded) || (prefixed !== null && ns === undefined && !arg.startsWith("<")))
    throw new NewsgraphError(
      "invalid-input",
      field,
      `"${arg}" is not an IRI (<…>) or a prefixed name with a known prefix (${Object.keys(prefixes).slice(0, 6).join(":, ")}:, …)`,
    );
  return DataFactory.namedNode(expanded);
}

function unescapeLiteral(body: string, field: string): string {
  return body.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/gs, (_m, e: string) => {
    if (e.length > 1) return String.fromCodePoint(Number.parseInt(e.slice(1), 16));
    const c = ESCAPES[e];
    if (c === undefined) throw new NewsgraphError("invalid-input", field, `unknown escape \\${e}`);
    return c;
  });
}

/**
 * Read one `--bind name=value` parameter. The value is an RDF term in SPARQL syntax: `<iri>`, a
 * prefixed name, `"literal"` (with `@lang` or `^^<datatype>`), or a bare number, date (xsd:date),
 * date-time (xsd:dateTime) or boolean. It becomes
 * an RDF/JS term; it is never put into query text.
 */
export function parseBinding(
  raw: string,
  prefixes: Readonly<Record<string, string>>,
): { readonly name: string; readonly term: Term } {
  const eq = raw.indexOf("=");
  const name = (eq < 0 ? raw : raw.slice(0, eq)).replace(/^[?$]/, "");
  const field = `--bind ${name || raw}`;
  if (eq < 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
    throw new NewsgraphError("usage", field, `"${raw}" is not name=value (e.g. speaker=person:ihor-zhovkva)`);
  const value = raw.slice(eq + 1);
  const literal = /^"((?:[^"\\]|\\.)*)"(?:@([A-Za-z]+(?:-[A-Za-z0-9]+)*)|\^\^(.+))?$/s.exec(value);
  if (literal) {
    const text = unescapeLiteral(literal[1] ?? "", field);
    if (literal[2] !== undefined) return { name, term: DataFactory.literal(text, literal[2].toLowerCase()) };
    if (literal[3] !== undefined)
      return {
        name,
        term: DataFactory.literal(text, iriArgument(literal[3], `${field} datatype`, prefixes)),
      };
    return { name, term: DataFactory.literal(text) };
  }
  const xsd = "http://www.w3.org/2001/XMLSchema#";
  if (/^[+-]?\d+$/.test(value))
    return { name, term: DataFactory.literal(value, DataFactory.namedNode(`${xsd}integer`)) };
  if (/^[+-]?\d*\.\d+$/.test(value))
    return { name, term: DataFactory.literal(value, DataFactory.namedNode(`${xsd}decimal`)) };
  if (/^\d{4}-\d{2}-\d{2}$/.test(value))
    return { name, term: DataFactory.literal(value, DataFactory.namedNode(`${xsd}date`)) };
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.test(value))
    return { name, term: DataFactory.literal(value, DataFactory.namedNode(`${xsd}dateTime`)) };
  if (value === "true" || value === "false")
    return { name, term: DataFactory.literal(value, DataFactory.namedNode(`${xsd}boolean`)) };
  if (value.startsWith('"'))
    throw new NewsgraphError(
      "invalid-input",
      field,
      /^"(?:[^"\\]|\\.)*"/.test(value)
        ? `after the closing quote comes "${value.replace(/^"(?:[^"\\]|\\.)*"/, "")}", which is neither @language nor ^^datatype`
        : "the literal has no closing quote (quote the whole value for the shell)",
    );
  try {
    return { name, term: iriArgument(value, field, prefixes) };
  } catch {
    throw new NewsgraphError(
      "invalid-input",
      field,
      `"${value}" is not an RDF term: write <iri>, prefix:name, "text", "text"@en, "…"^^xsd:type, a number, a date (2022-03-07) or true/false`,
    );
  }
}
