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
  // JavaScript callers may pass anything; a message must still come out.
  return (typeof text === 'string' ? text : safeString(text)).replace(UNSAFE, escapeOne);
}

function safeString(u: unknown): string {
  try {
    return String(u);
  } catch {
    return typeof u;
  }
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

/**
 * Text cut to at most `max` UTF-16 units, with `…` at the end when it was
 * cut; a surrogate pair is never split. Record text can be megabytes long,
 * and a message must stay short.
 *
 * @example
 * import { clipText } from 'cloudtrail-codecs';
 * clipText('CreateAccessKey', 6); // 'Create…'
 * clipText('GetObject', 80); // 'GetObject'
 */
export function clipText(text: string, max: number): string {
  if (typeof text !== 'string') text = safeString(text);
  if (text.length <= max) return text;
  let end = Math.max(0, max);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * Whether `text` holds a character that {@link escapeText} escapes: a
 * control character, a line break, an invisible format or bidi character, a
 * lone surrogate, or a backslash. Code that must keep a value exact (JSON
 * output) uses it to find the characters to write as escapes.
 *
 * @example
 * import { hasUnsafeText } from 'cloudtrail-codecs';
 * hasUnsafeText('GetObject'); // false
 * hasUnsafeText('Get\u2028Object'); // true
 * hasUnsafeText('Zoë/東京'); // false
 */
export function hasUnsafeText(text: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(typeof text === 'string' ? text : safeString(text));
  UNSAFE.lastIndex = 0;
  return found;
}
