// Control characters (C0 but tab and newline, DEL, C1) and the bidirectional overrides that would let
// data or a server's message move the cursor, recolour or reorder what a terminal shows.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text made safe for a terminal: every control character but tab and newline (and carriage return, with
 * `keepReturns`, for documents such as CSV), and every bidirectional override, becomes a visible `\uXXXX`
 * escape.
 *
 * @example
 * printable("red\u001b[31m"); // "red\\u001b[31m"
 */
export function printable(text: string, options: { readonly keepReturns?: boolean } = {}): string {
  return text.replace(UNSAFE, (c) =>
    c === "\r" && options.keepReturns === true ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
