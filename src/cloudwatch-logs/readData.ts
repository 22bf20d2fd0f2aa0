// From the data field of a delivery (base64 text of gzip, or gzip bytes) to
// the inflated text, with one error per way it can go wrong, each at the
// path of the field. The inflate step is the only one that may be
// asynchronous (a caller's inflater), so it stands alone between the two
// synchronous ones.
import { base64ToBytes, utf8Text } from '../core/bytes.js';
import { describeValue, formatPath } from '../core/describeValue.js';
import { gunzip, isGzip, type Inflate } from '../core/gzip.js';
import { errorName, unreadableMessage } from '../core/WireType.js';
import type { Issue } from '../core/Issue.js';
import { oneLine } from '../core/text.js';
import { kindOfNonText } from '../containers/jsonSyntax.js';
import { DecodeError } from '../errors/DecodeError.js';

/** Where a data field sits in its event, for issue paths: `['awslogs', 'data']`, `['records', 3, 'data']`. */
export type Segments = ReadonlyArray<string | number>;

/** A DecodeError with one issue at `segments`. */
export function problemAt(segments: Segments, expected: string, problem: string, summary: string, missing = false): DecodeError {
  const path = formatPath(segments);
  const issue: Issue = { path, segments, expected, actual: undefined, missing, message: `${path === '' ? '(root)' : path}: ${oneLine(problem)}` };
  return new DecodeError([issue], summary);
}

/** The inflate settings of decoder options, read once and checked. */
export interface InflateSettings {
  readonly maxBytes: number | undefined;
  readonly inflate: Inflate | undefined;
}

/** `maxBytes` and `inflate` of `options`, or the error that says why they are unusable. */
export function inflateSettingsOf(options: unknown): InflateSettings | DecodeError {
  if (options === undefined || options === null) return { maxBytes: undefined, inflate: undefined };
  if (typeof options !== 'object') return DecodeError.single(`options: expected an object, got ${kindOfNonText(options)}`, undefined, 'Bad options');
  let maxBytes: unknown;
  let inflate: unknown;
  try {
    maxBytes = (options as { maxBytes?: unknown }).maxBytes;
    inflate = (options as { inflate?: unknown }).inflate;
  } catch (e) {
    return DecodeError.single(`options ${unreadableMessage(e)}`, undefined, 'Bad options');
  }
  if (maxBytes !== undefined && !(typeof maxBytes === 'number' && maxBytes >= 0 && (maxBytes === Infinity || Number.isInteger(maxBytes)))) {
    return DecodeError.single(`options.maxBytes: expected a whole number of bytes, got ${describeValue(maxBytes)}`, undefined, 'Bad options');
  }
  if (inflate !== undefined && typeof inflate !== 'function') {
    return DecodeError.single(`options.inflate: expected a function, got ${describeValue(inflate)}`, undefined, 'Bad options');
  }
  return { maxBytes, inflate: inflate as Inflate | undefined };
}

/** The gzip bytes of a data field: base64 text decoded, or bytes as they are. */
export function gzipOf(data: unknown, at: Segments, summary: string): Uint8Array | DecodeError {
  let bytes: Uint8Array;
  if (typeof data === 'string') {
    const decoded = base64ToBytes(data);
    if (!(decoded instanceof Uint8Array)) return problemAt(at, 'base64 text', `expected base64 text of gzip, but ${decoded.reason}`, summary);
    bytes = decoded;
  } else if (isBytes(data)) {
    bytes = data;
  } else {
    return problemAt(at, 'base64 text', `expected base64 text of gzip (a string), got ${kindOfNonText(data)}`, summary, data === undefined);
  }
  if (bytes.length === 0) return problemAt(at, 'base64 text', 'expected base64 text of gzip, but it is empty', summary);
  if (!isGzip(bytes)) return problemAt(at, 'base64 text', `expected gzip data, but ${notGzipHint(bytes)}`, summary);
  return bytes;
}

function isBytes(u: unknown): u is Uint8Array {
  try {
    return u instanceof Uint8Array;
  } catch {
    return false;
  }
}

/** What non-gzip bytes look like: already inflated JSON, or their first bytes. */
function notGzipHint(bytes: Uint8Array): string {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  if (bytes[i] === 0x7b) {
    return 'it is text that starts like JSON, already inflated: decode that text with decodeCloudWatchLogsPayloadText';
  }
  const head = Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join(' ');
  return `it starts with the bytes ${head}, not the gzip magic number 1f 8b`;
}

/** The outcome of inflating: the bytes and, from the built-in gunzip, the number of gzip members. */
export interface Inflated {
  readonly bytes: Uint8Array;
  readonly members: number | undefined;
}

/** Inflates with the built-in exact gunzip, or with `settings.inflate` when it answers synchronously. */
export function inflateSync(gz: Uint8Array, settings: InflateSettings, multiMember: boolean, at: Segments, summary: string): Inflated | DecodeError {
  if (settings.inflate === undefined) {
    const r = gunzip(gz, { ...(settings.maxBytes === undefined ? {} : { maxBytes: settings.maxBytes }), multiMember });
    return r.ok ? { bytes: r.bytes, members: r.members } : problemAt(at, 'gzip data', `the gzip data does not inflate: ${r.reason}`, summary);
  }
  let out: unknown;
  try {
    out = settings.inflate(gz);
  } catch (e) {
    return inflateThrew(e, at, summary);
  }
  if (isThenable(out)) {
    // A promise cannot be waited for here; say which function can.
    void Promise.resolve(out).catch(() => undefined);
    return DecodeError.single('options.inflate returned a promise: pass it to the …Async function of this decoder, which waits for it', undefined, 'Bad options');
  }
  return checkInflated(out, settings, at, summary);
}

/** {@link inflateSync} for an inflater that may return a promise. */
export async function inflateAsync(gz: Uint8Array, settings: InflateSettings, multiMember: boolean, at: Segments, summary: string): Promise<Inflated | DecodeError> {
  if (settings.inflate === undefined) return inflateSync(gz, settings, multiMember, at, summary);
  let out: unknown;
  try {
    out = await settings.inflate(gz);
  } catch (e) {
    return inflateThrew(e, at, summary);
  }
  return checkInflated(out, settings, at, summary);
}

function isThenable(u: unknown): u is PromiseLike<unknown> {
  try {
    return typeof u === 'object' && u !== null && typeof (u as { then?: unknown }).then === 'function';
  } catch {
    return false;
  }
}

function inflateThrew(e: unknown, at: Segments, summary: string): DecodeError {
  // The error's name only: its message may quote the data.
  return problemAt(at, 'gzip data', `the gzip data does not inflate: options.inflate threw ${errorName(e)}`, summary);
}

function checkInflated(out: unknown, settings: InflateSettings, at: Segments, summary: string): Inflated | DecodeError {
  if (!isBytes(out)) return DecodeError.single(`options.inflate returned ${describeValue(out)}, not a Uint8Array`, undefined, 'Bad options');
  // Checked after the fact: a caller's inflater has bounds of its own, or none.
  if (settings.maxBytes !== undefined && out.length > settings.maxBytes) {
    return problemAt(at, 'gzip data', `the gzip data inflates to ${out.length} bytes, more than maxBytes (${settings.maxBytes})`, summary);
  }
  return { bytes: out, members: undefined };
}

/** The inflated bytes as text, or an error when they are not UTF-8. */
export function textOf(bytes: Uint8Array, at: Segments, summary: string): string | DecodeError {
  const text = utf8Text(bytes);
  return text ?? problemAt(at, 'gzip data', 'the inflated data is not UTF-8 text', summary);
}
