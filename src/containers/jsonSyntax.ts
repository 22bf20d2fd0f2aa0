// JSON text in, parsed value or a one-line reason out: the text-only half of
// reading JSON, apart from record codecs so that entries which parse JSON but
// decode no record (integrity) do not carry them.
import { escapeText } from '../core/escapeText.js';
import { stringifyJson } from '../core/stringifyJson.js';
import { describeValue } from '../core/Issue.js';
import { DecodeError } from '../errors/DecodeError.js';

/** The outcome of {@link parseJsonText}. */
export type JsonTextResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: string };

/** Where the first syntax error of a JSON text is, and what it is. */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly problem: string;
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * The character at `i`, for messages: `'x'`, or `character U+XXXX` for one
 * that would be invisible or would break the line (controls, bidi marks,
 * separators, a BOM, half a surrogate pair).
 */
export function describeCharAt(text: string, i: number): string {
  if (i >= text.length) return 'the end of the text';
  const ch = text.charAt(i);
  const code = ch.charCodeAt(0);
  return ch !== '\\' && escapeText(ch) !== ch ? `character U+${code.toString(16).padStart(4, '0')}` : `'${ch}'`;
}

/**
 * Finds the first syntax error of a text that JSON.parse refused. Engines
 * word their errors differently and do not always give a position; this
 * gives one, in the same words everywhere. It runs only after a failure, and
 * keeps its own stack so deep nesting cannot overflow the call stack.
 */
export function locateJsonError(text: string): JsonSyntaxError {
  let i = 0;
  const stack: Array<'{' | '['> = [];
  const fail = (problem: string): JsonSyntaxError => {
    let line = 1;
    let lineStart = 0;
    for (let k = 0; k < i && k < text.length; k++) {
      if (text.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    }
    return { offset: i, line, column: i - lineStart + 1, problem };
  };
  const skip = (): void => {
    while (i < text.length && WS.has(text.charCodeAt(i))) i++;
  };
  const value = (): JsonSyntaxError | undefined => {
    skip();
    const c = text.charAt(i);
    if (c === '"') return string();
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      return undefined;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return undefined;
      }
    }
    const num = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (num !== null && num[0] !== '' && num[0] !== '-') {
      i += num[0].length;
      return undefined;
    }
    return fail(`expected a value, found ${describeCharAt(text, i)}`);
  };
  const string = (): JsonSyntaxError | undefined => {
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return undefined;
      }
      if (c < 0x20) return fail(`unescaped ${describeCharAt(text, i)} inside a string`);
      if (c === 0x5c) {
        const e = text.charAt(i + 1);
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail('bad \\u escape in a string');
          i += 6;
        } else if ('"\\/bfnrt'.includes(e) && e !== '') i += 2;
        else return fail(`bad escape before ${describeCharAt(text, i + 1)} in a string`);
      } else i++;
    }
    return fail('a string is not closed before the end of the text');
  };

  // States: after a value in a container, expect ',' or the closing bracket;
  // after '{' or ',', in an object, expect a key; and so on.
  let err = value();
  if (err !== undefined) return err;
  let justOpened = stack.length > 0;
  while (stack.length > 0) {
    skip();
    const top = stack[stack.length - 1];
    const c = text.charAt(i);
    if (justOpened && (c === '}' || c === ']')) {
      if ((top === '{') !== (c === '}')) return fail(`expected ${top === '{' ? "a key or '}'" : "a value or ']'"}, found ${describeCharAt(text, i)}`);
      stack.pop();
      i++;
      justOpened = false;
      continue;
    }
    if (!justOpened) {
      if (c === ',') {
        i++;
        skip();
      } else if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
        stack.pop();
        i++;
        continue;
      } else {
        return fail(`expected ',' or '${top === '{' ? '}' : ']'}', found ${describeCharAt(text, i)}`);
      }
      if (text.charAt(i) === '}' || text.charAt(i) === ']') return fail(`a trailing comma before ${describeCharAt(text, i)}`);
    }
    justOpened = false;
    if (top === '{') {
      skip();
      if (text.charAt(i) !== '"') return fail(`expected a key in double quotes, found ${describeCharAt(text, i)}`);
      err = string();
      if (err !== undefined) return err;
      skip();
      if (text.charAt(i) !== ':') return fail(`expected ':' after a key, found ${describeCharAt(text, i)}`);
      i++;
    }
    const depth = stack.length;
    err = value();
    if (err !== undefined) return err;
    justOpened = stack.length > depth;
  }
  skip();
  return i < text.length ? fail(`unexpected ${describeCharAt(text, i)} after the JSON value`) : fail('the text is not valid JSON');
}

/**
 * The text without one leading byte order mark (U+FEFF). Editors and some
 * Windows tools write one at the start of UTF-8 files; `Buffer#toString`
 * keeps it while `TextDecoder` drops it, and `JSON.parse` refuses it. Every
 * text entry point passes through here so that all paths agree.
 */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** What a value that should have been text is, for messages. */
export function kindOfNonText(u: unknown): string {
  let bytes = false;
  try {
    bytes = u instanceof Uint8Array;
  } catch {
    // A revoked Proxy: describeValue says it could not be read.
  }
  return bytes ? 'bytes (a Uint8Array); decode them as UTF-8 first' : describeValue(u);
}

/**
 * `JSON.parse` that reports instead of throwing, with the line and column of
 * the problem. The reason is always a single line. One leading byte order
 * mark is ignored; a value that is not a string is reported, not thrown on.
 */
export function parseJsonText(text: string): JsonTextResult {
  if (typeof text !== 'string') return { ok: false, reason: `expected JSON text (a string), got ${kindOfNonText(text)}` };
  const body = withoutBom(text);
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    try {
      const e = locateJsonError(body);
      return { ok: false, reason: `${e.problem} (line ${e.line} column ${e.column})` };
    } catch {
      // Only an engine limit (memory) gets here; the text is still not JSON.
      return { ok: false, reason: 'the text could not be parsed' };
    }
  }
}

/** A {@link DecodeError} for text that is not JSON. */
export function invalidJsonError(reason: string): DecodeError {
  // The issue keeps no copy of the text: it may be a whole log file.
  return DecodeError.single(`the text is not valid JSON: ${reason}`, undefined, 'Not JSON');
}

/** A {@link DecodeError} for a text entry point given something else than text. */
export function notTextError(u: unknown, what: string): DecodeError {
  return DecodeError.single(`expected ${what} (a string), got ${kindOfNonText(u)}`, undefined, 'Not text');
}

/**
 * `original`, the JSON text a record was decoded from, when it still says
 * what `fresh` (the text the record encodes to now) says; else `fresh`. The
 * record may have changed since it was decoded. Both sides are compared as
 * the same serialiser writes them, so the original's spacing, escapes and
 * number spellings do not matter; key order does.
 */
export function exactText(fresh: string, original: string | undefined): string {
  if (original === undefined || original === fresh) return fresh;
  const parsed = parseJsonText(original);
  return parsed.ok && stringifyJson(parsed.value) === fresh ? original : fresh;
}
