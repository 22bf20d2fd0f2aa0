import type * as t from 'io-ts';
import { escapeText } from '../core/escapeText.js';
import { ownString, ownValue } from '../core/ownValue.js';
import { isObject, unreadableMessage } from '../core/WireType.js';
import { DecodeError } from '../errors/DecodeError.js';
import { decodeWith, fail, type DecodeResult } from '../errors/DecodeResult.js';
import { describeValue } from '../core/Issue.js';
import { CloudTrailRecord } from '../record/CloudTrailRecord.js';
import type { NotificationKind } from './LogFile.js';

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
 * `candidate` when it is an io-ts decoder (an object or function with
 * `validate`, `decode` and a string `name`), else a message that says why it
 * is unusable, starting with `label`: `options.record`, `codec`. Read once,
 * through guards, so the codec's own name is safe to read afterwards.
 */
export function codecOrMessage<A>(candidate: unknown, label: string): t.Decoder<unknown, A> | string {
  try {
    const c = candidate as Partial<t.Decoder<unknown, A>>;
    if ((typeof candidate === 'object' || typeof candidate === 'function') && candidate !== null && typeof c.validate === 'function' && typeof c.decode === 'function' && typeof c.name === 'string') {
      return candidate as t.Decoder<unknown, A>;
    }
  } catch (e) {
    return `${label} ${unreadableMessage(e)}`;
  }
  return `${label}: expected an io-ts codec, got ${kindOfNonText(candidate)}`;
}

/**
 * The record codec of `options`, `CloudTrailRecord` by default, or a message
 * saying why `options` is unusable.
 */
export function recordCodecOf<A>(options: unknown): t.Decoder<unknown, A> | string {
  const byDefault = CloudTrailRecord as unknown as t.Decoder<unknown, A>;
  if (options === undefined || options === null) return byDefault;
  if (typeof options !== 'object') return `options: expected an object such as { record: codec }, got ${kindOfNonText(options)}`;
  let record: unknown;
  try {
    record = (options as { record?: unknown }).record;
  } catch (e) {
    return `options ${unreadableMessage(e)}`;
  }
  return record === undefined ? byDefault : codecOrMessage<A>(record, 'options.record');
}

/**
 * `decodeWith` for entry points that take the codec from their caller: a
 * codec that is not one gives a failed result that says so. The library's
 * own record codec needs no check.
 */
export function decodeSafely<A>(codec: unknown, value: unknown): DecodeResult<A> {
  if (codec === CloudTrailRecord) return decodeWith(CloudTrailRecord as unknown as t.Decoder<unknown, A>, value);
  const checked = codecOrMessage<A>(codec, 'codec');
  return typeof checked === 'string' ? fail(DecodeError.single(checked, undefined, 'Bad arguments')) : decodeWith(checked, value);
}

/** Own fields that every CloudTrail record has at least one of, and that no Lambda event record but S3's has. */
const CLOUDTRAIL_FIELDS = ['userIdentity', 'eventTime', 'eventType'] as const;

const hasAny = (o: unknown, keys: readonly string[]): boolean => keys.some((k) => ownValue(o, k) !== undefined);

/**
 * The kind of event notification `record` belongs to, told by its shape;
 * `undefined` for anything else, a CloudTrail record above all. A CloudTrail
 * record's `eventSource` is `<service>.amazonaws.com`, while the records of
 * Lambda events say `aws:s3`, `aws:sqs` (and SNS's `EventSource: aws:sns`);
 * but a source alone is one field of one record, and a record is called a
 * notification only with the fields that make one, so that a single odd
 * record cannot get a whole log file refused:
 *
 * - S3: `eventSource` `aws:s3`, an `s3` object and an `eventVersion` of 2.x
 *   (CloudTrail writes 1.x), and no `eventType`;
 * - SNS: `EventSource` `aws:sns` and an `Sns` object;
 * - SQS: `eventSource` `aws:sqs`, a `body` string and a `messageId`;
 * - other Lambda events: an `eventSource` starting with `aws:`;
 *
 * the last three with none of `userIdentity`, `eventTime` and `eventType`,
 * one of which every CloudTrail record has. Only own fields count, and
 * nothing here throws.
 */
export function notificationKindOfRecord(record: unknown): NotificationKind | undefined {
  const source = ownString(record, 'eventSource');
  if (source === 'aws:s3' && isObject(ownValue(record, 's3')) && ownString(record, 'eventVersion')?.startsWith('2.') === true && ownValue(record, 'eventType') === undefined) {
    return 's3';
  }
  if (hasAny(record, CLOUDTRAIL_FIELDS)) return undefined;
  if (ownString(record, 'EventSource') === 'aws:sns' && isObject(ownValue(record, 'Sns'))) return 'sns';
  if (source === 'aws:sqs' && ownString(record, 'body') !== undefined && ownString(record, 'messageId') !== undefined) return 'sqs';
  return source?.startsWith('aws:') === true || ownString(record, 'EventSource')?.startsWith('aws:') === true ? 'lambda-event' : undefined;
}
