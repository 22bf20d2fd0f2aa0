// Record text is attacker-controlled in a tampered log. Anything the library
// prints or returns as a message passes through here, so that a record cannot
// start a new line, move the cursor, recolour a terminal or reorder what a
// reader sees (bidi overrides), and so cannot forge lines in a report.

// C0 controls, DEL, C1 controls (NEL among them), zero-width and direction
// marks, line and paragraph separators, bidi embeddings, overrides and
// isolates, word joiners, the BOM, and lone surrogates.
const UNSAFE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\\]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\\': '\\\\' };

const escapeOne = (c: string): string => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Record text made safe to print on one line: control characters, line
 * breaks, C1 controls, bidi overrides and other invisible format characters
 * become `\uXXXX` escapes (`\n`, `\r`, `\t` for the usual three), and a
 * backslash is doubled so that an escape cannot be faked. Printable text,
 * non-Latin scripts and emoji are left as they are.
 *
 * @example
 * import { escapeText } from 'cloudtrail-codecs';
 * escapeText('GetObject\nfake line'); // 'GetObject\\nfake line'
 * escapeText('Admin\u202Egnp.exe'); // 'Admin\\u202egnp.exe'
 * escapeText('Zoë/東京'); // 'Zoë/東京'
 */
export function escapeText(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/**
 * Record text as a double-quoted, escaped literal, for messages that show a
 * value: JSON's escapes plus everything {@link escapeText} escapes.
 *
 * @example
 * import { quoteText } from 'cloudtrail-codecs';
 * quoteText('a"b\u2028c'); // '"a\\"b\\u2028c"'
 */
export function quoteText(text: string): string {
  return `"${escapeText(text).replace(/"/g, '\\"')}"`;
}
