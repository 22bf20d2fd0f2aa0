// Decodes one input of any accepted kind into records and failures: a log
// file (streamed, so memory stays flat), or, when the input turns out not to
// be one, an EventBridge event, a LookupEvents response or event, CloudWatch
// Logs subscription data, or a single record. Digest files and control
// messages are skipped; inputs that are none of these get one line that says
// what they are.
import { CloudTrailRecord, escapeText, type DecodeError } from '../index.js';
import {
  decodeEventBridgeEvent,
  decodeLookupEvent,
  decodeLookupEventsResponse,
  decodeRecordText,
  type RecordFailure,
} from '../containers/index.js';
import { parseJsonText } from '../containers/jsonSyntax.js';
import { labelOfRecord } from '../containers/RecordFailure.js';
import { LogStreamDecoder, type LogStreamItem } from '../stream/index.js';
import { readChunks, TrailingBytesError } from './inputs.js';
import { DIGEST_SKIPPED, recogniseDocument, recogniseError, type Recognised } from './kinds.js';
import { ownValue } from '../core/ownValue.js';
import {
  cloudWatchKindOf,
  decodeCloudWatch,
  decodePayloadTexts,
  looksLikePayloads,
  type CloudWatchKind,
  type CloudWatchOutcome,
} from './cloudWatchInput.js';

/** What the CLI does with each item of an input. */
export interface Sink {
  record(record: CloudTrailRecord): void;
  /** A record that did not decode; `at` names it: `Records[3]`, `Events[0]`, `the record`. */
  failure(failure: RecordFailure, at: string): void;
  /** Bytes read so far, for progress reports. */
  progress?(bytes: number): void;
  /** Awaited after each chunk, so that output can drain before more is read. */
  pause?(): Promise<void> | undefined;
}

/** The kinds of input the CLI tells apart. */
export type InputKind =
  | 'log file'
  | 'EventBridge event'
  | 'LookupEvents response'
  | 'LookupEvents event'
  | 'record'
  | CloudWatchKind
  | Recognised['kind']
  | 'unknown';

/**
 * How an input ended: its kind and, when it could not be read to the end,
 * the problem on one line, with any record text in it escaped. `skipped`
 * says why an input (a digest file, a control message), or part of one,
 * holds no records to decode: that is no failure.
 */
export interface InputOutcome {
  readonly kind: InputKind;
  readonly problem?: string;
  readonly skipped?: string;
}

// Text kept while the input might not be a log file; a single record or an
// event is small, so a long text that is not a log file is refused.
const MAX_OTHER = 256 * 1024 * 1024;
// How many leading bytes are looked at to tell a binary file.
const SNIFF = 64 * 1024;
// Problems of one DecodeError shown in a file-level message.
const MAX_PROBLEMS = 3;

/**
 * Reads and decodes one input, reporting records and failures to `sink` as
 * they come. `from` replaces the file or stdin that `path` names (for tests).
 */
export async function decodeInput(path: string, sink: Sink, from?: AsyncIterable<Uint8Array | string>): Promise<InputOutcome> {
  const decoder = new LogStreamDecoder();
  const text = new TextOfBytes();
  const sniff = new Sniffer();
  // The text, kept until the first item of a log file comes out: until then
  // the input may still be another kind of document.
  let kept: string[] | undefined = [];
  let keptLength = 0;
  let tooLong = false;
  let bytes = 0;
  let items = 0;
  let fatal: DecodeError | undefined;

  const take = (item: LogStreamItem<CloudTrailRecord>): void => {
    if (item.kind === 'error') {
      fatal = item.error;
      return;
    }
    // The decoder itself fails a first item that shows the input is an event
    // notification, so every item here belongs to a log file.
    kept = undefined;
    items++;
    if (item.kind === 'record') sink.record(item.record);
    else sink.failure(item.failure, `Records[${item.failure.index}]`);
  };
  const feed = (s: string): void => {
    if (s === '') return;
    if (kept !== undefined) {
      keptLength += s.length;
      kept.push(s);
      if (keptLength > MAX_OTHER) {
        kept = undefined;
        tooLong = true;
      }
    }
    if (fatal !== undefined) return;
    for (const item of decoder.push(s)) {
      take(item);
      if (fatal !== undefined) break;
    }
  };
  // Whether to read on: after a fatal error, only to keep the text of what
  // may be another kind of document.
  const reading = (): boolean => fatal === undefined || (items === 0 && kept !== undefined);

  let trailing: string | undefined;
  try {
    for await (const chunk of readChunks(path, from)) {
      bytes += chunk.length;
      sink.progress?.(bytes);
      sniff.add(chunk);
      feed(text.decode(chunk));
      await sink.pause?.();
      if (!reading()) break;
    }
  } catch (e) {
    // A read or gunzip error. What decoded before it has been reported.
    if (!(e instanceof TrailingBytesError)) return { kind: items > 0 ? 'log file' : 'unknown', problem: systemProblem(e, path) };
    // Bytes after the gzip data: what came before is whole, so it is decoded to the end.
    trailing = `the file goes on after the end of its gzip data: ${e.bytes} more byte${e.bytes === 1 ? '' : 's'} that ${e.bytes === 1 ? 'is' : 'are'} not gzip (gzip -d ignores them; all the data before them was read)`;
  }
  if (reading()) {
    feed(text.end());
    if (fatal === undefined) for (const item of decoder.end()) take(item);
  }
  const settled = settle();
  // A digest file is no failure: it is skipped, with the command that checks it.
  const outcome: InputOutcome = settled.kind === 'digest file' ? { kind: settled.kind, skipped: DIGEST_SKIPPED } : settled;
  if (trailing === undefined) return outcome;
  return { ...outcome, problem: outcome.problem === undefined ? trailing : `${outcome.problem}; ${trailing}` };

  // What the input is, once it has been read.
  function settle(): InputOutcome {
    if (fatal === undefined) return { kind: 'log file' };
    if (items > 0) return { kind: 'log file', problem: decodeProblem(fatal) };
    // Nothing came out: say what the input is.
    if (bytes === 0) return { kind: 'unknown', problem: path === '-' ? 'the input is empty' : 'the file is empty' };
    const binary = sniff.magic();
    if (binary !== undefined) return { kind: 'unknown', problem: binary };
    // A digest file or an event notification, told by the decoder: when the
    // whole text is at hand, it is looked at again for what to do instead.
    const known = recogniseError(fatal);
    if (kept === undefined) {
      if (known !== undefined) return { kind: known.kind, problem: known.message };
      const size = tooLong ? `over ${MAX_OTHER / 1024 / 1024} MiB` : 'large';
      return { kind: 'unknown', problem: `${decodeProblem(fatal)} (the text is ${size}, too long for a single record or event)` };
    }
    const whole = kept.join('');
    if (whole.trim() === '') return { kind: 'unknown', problem: path === '-' ? 'the input holds only white space' : 'the file holds only white space' };
    const parsed = parseJsonText(whole);
    if (!parsed.ok) {
      const notText = sniff.notText();
      if (notText !== undefined) return { kind: 'unknown', problem: notText };
      if (known !== undefined) return { kind: known.kind, problem: known.message };
      // Payloads back to back, as Firehose writes CloudWatch Logs data to S3.
      if (looksLikePayloads(whole)) return cloudWatchOutcome(decodePayloadTexts(whole, sink));
      return decoder.inRecords ? { kind: 'log file', problem: decodeProblem(fatal) } : { kind: 'unknown', problem: `the text is not valid JSON: ${escapeText(parsed.reason)}` };
    }
    const cloudWatch = cloudWatchKindOf(parsed.value);
    if (cloudWatch !== undefined) return cloudWatchOutcome(decodeCloudWatch(cloudWatch, parsed.value, sink));
    const special = recogniseDocument(parsed.value) ?? known;
    if (special !== undefined) return { kind: special.kind, problem: special.message };
    // A document with Records is a log file, however broken: its problem is the decoder's.
    if (decoder.inRecords || ownValue(parsed.value, 'Records') !== undefined) return { kind: 'log file', problem: decodeProblem(fatal) };
    return decodeOther(parsed.value, whole, sink, fatal);
  }
}

function decodeOther(v: unknown, text: string, sink: Sink, notLogFile: DecodeError): InputOutcome {
  if (Array.isArray(v)) {
    return {
      kind: 'unknown',
      problem: `this is a JSON array of ${v.length} items, not a log file: a log file is an object {"Records": [...]} (wrap an array of records with jq '{Records: .}')`,
    };
  }
  if (typeof v !== 'object' || v === null) return { kind: 'unknown', problem: decodeProblem(notLogFile) };
  // The ids are read as the library reads them: an event's from the record it carries.
  const at = (failure: DecodeError, record: unknown = v): RecordFailure => ({ index: 0, ...labelOfRecord(record), value: v, issues: failure.issues, message: failure.message });
  if ('detail-type' in v || 'detail' in v) {
    const r = decodeEventBridgeEvent(v);
    if (r.success) sink.record(r.data.detail);
    else sink.failure(at(r.error, (v as { detail?: unknown }).detail), 'the event');
    return { kind: 'EventBridge event' };
  }
  if ('Events' in v) {
    const r = decodeLookupEventsResponse(v);
    if (!r.success) return { kind: 'unknown', problem: decodeProblem(r.error) };
    for (const e of r.data.events) sink.record(e.CloudTrailEvent);
    for (const f of r.data.failures) sink.failure(f, `Events[${f.index}]`);
    return { kind: 'LookupEvents response' };
  }
  if ('CloudTrailEvent' in v) {
    const r = decodeLookupEvent(v);
    if (r.success) sink.record(r.data.CloudTrailEvent);
    else sink.failure(at(r.error), 'the event');
    return { kind: 'LookupEvents event' };
  }
  const r = decodeRecordText(text);
  if (r.success) sink.record(r.data);
  else sink.failure(at(r.error), 'the record');
  return { kind: 'record' };
}

/** A CloudWatch Logs outcome as an input's: its error on one line, after where it happened. */
function cloudWatchOutcome(o: CloudWatchOutcome): InputOutcome {
  const problem = o.error === undefined ? undefined : `${o.errorAt === undefined ? '' : `${o.errorAt}: `}${decodeProblem(o.error)}`;
  return { kind: o.kind, ...(problem === undefined ? {} : { problem }), ...(o.skipped === undefined ? {} : { skipped: o.skipped }) };
}

/**
 * Library text (issue messages, which the library escapes) made safe for one
 * line either way: printed as it is when escaping would change nothing but
 * backslashes, escaped whole otherwise. This never escapes twice, and no
 * line break or control character gets through.
 */
export function safeLine(text: string): string {
  const escaped = escapeText(text);
  return escaped === text.replace(/\\/g, '\\\\') ? text : escaped;
}

/** A DecodeError that ends a file, as one line: its problems, without the `(root): ` prefix. */
function decodeProblem(e: DecodeError): string {
  const issues = Array.isArray(e.issues) ? e.issues : [];
  if (issues.length === 0) return safeLine(e.message);
  const shown = issues.slice(0, MAX_PROBLEMS).map((i) => safeLine(i.message.replace(/^\(root\): /, '')));
  const more = issues.length > MAX_PROBLEMS ? ` (and ${issues.length - MAX_PROBLEMS} more problems)` : '';
  return `${shown.join('; ')}${more}`;
}

/** A read or gunzip error as one line. */
function systemProblem(e: unknown, path: string): string {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  const message = e instanceof Error ? e.message : String(e);
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return `this is a directory; give the files in it instead (for example ${escapeText(path.replace(/\/+$/, ''))}/*.json.gz)`;
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'Z_BUF_ERROR':
      return 'the gzip data ends early: the file is cut short';
    case 'Z_DATA_ERROR':
    case 'Z_STREAM_ERROR':
      return `the gzip data is damaged (${safeLine(message)})`;
    default:
      return safeLine(message);
  }
}

/**
 * Bytes to text, with the encoding told from the first two bytes: UTF-16
 * when they are its byte-order mark (PowerShell writes it), UTF-8 otherwise.
 * A UTF-8 BOM is dropped, as JSON readers do.
 */
class TextOfBytes {
  private decoder: InstanceType<typeof TextDecoder> | undefined;
  private pending: Uint8Array | undefined;

  decode(chunk: Uint8Array): string {
    if (this.decoder === undefined) {
      const bytes = this.pending === undefined ? chunk : Buffer.concat([this.pending, chunk]);
      if (bytes.length < 2) {
        this.pending = bytes;
        return '';
      }
      this.pending = undefined;
      const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
      this.decoder = new TextDecoder(encoding);
      return this.decoder.decode(bytes, { stream: true });
    }
    return this.decoder.decode(chunk, { stream: true });
  }

  end(): string {
    if (this.decoder === undefined) {
      if (this.pending === undefined) return '';
      this.decoder = new TextDecoder('utf-8');
      return this.decoder.decode(this.pending);
    }
    return this.decoder.decode();
  }
}

const MAGIC: ReadonlyArray<{ bytes: readonly number[]; message: string }> = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], message: 'this is a zip archive, not JSON text: unzip it and check the files inside' },
  { bytes: [0x42, 0x5a, 0x68], message: 'this is bzip2 data; only gzip is read: decompress it first (bzip2 -dc FILE | cloudtrail-codecs check -)' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], message: 'this is xz data; only gzip is read: decompress it first (xz -dc FILE | cloudtrail-codecs check -)' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], message: 'this is zstd data; only gzip is read: decompress it first (zstd -dc FILE | cloudtrail-codecs check -)' },
];

/** Looks at the first bytes of an input (after gunzip) to tell binary data from text. */
class Sniffer {
  private readonly head: Uint8Array[] = [];
  private length = 0;

  add(chunk: Uint8Array): void {
    if (this.length >= SNIFF) return;
    const part = chunk.subarray(0, SNIFF - this.length);
    this.head.push(part);
    this.length += part.length;
  }

  private bytes(): Buffer {
    return Buffer.concat(this.head);
  }

  /** The message for a known binary format, by its magic number. */
  magic(): string | undefined {
    const b = this.bytes();
    return MAGIC.find((m) => m.bytes.every((x, i) => b[i] === x))?.message;
  }

  /** The message for bytes that are not text: NUL bytes, or bytes that are not UTF-8. */
  notText(): string | undefined {
    const b = this.bytes();
    if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) return undefined; // UTF-16 has NULs
    const nul = b.indexOf(0);
    if (nul >= 0) return `this is a binary file, not JSON text (a NUL byte at offset ${nul})`;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(b, { stream: true });
    } catch {
      return 'this is a binary file, or text that is not UTF-8: it is not JSON text';
    }
    return undefined;
  }
}
