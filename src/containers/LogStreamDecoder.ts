import type * as t from 'io-ts';
import { DecodeError } from '../errors/DecodeError.js';
import type { CloudTrailRecord } from '../record/CloudTrailRecord.js';
import { DIGEST_KEYS, DIGEST_MESSAGE, LogFile, notificationMessage } from './LogFile.js';
import { notificationKindOfRecord, recordCodecOf } from './jsonText.js';
import { describeCharAt, kindOfNonText, locateJsonError } from './jsonSyntax.js';
import type { RecordFailure } from './RecordFailure.js';
import { decodeItem, itemProblem, type CollectionPlace } from './collection.js';
import { unreadableMessage } from '../core/WireType.js';

const RECORDS: CollectionPlace = { key: 'Records', container: LogFile, array: LogFile.records };

/**
 * What a {@link LogStreamDecoder} reports, in file order: a record, a record that failed, or an error that ends the file.
 *
 * @example
 * import { LogStreamDecoder, type LogStreamItem } from 'cloudtrail-codecs/stream';
 * const describe = (item: LogStreamItem<unknown>): string =>
 *   item.kind === 'record' ? `record ${item.index}` : item.kind === 'failure' ? item.failure.message : item.error.message;
 * const decoder = new LogStreamDecoder();
 * [...decoder.push('{"Records": ['), ...decoder.end()].map(describe);
 * // ['The log file is cut short:\n  (root): the text ends too early, before the log file is closed (after 0 records)']
 */
export type LogStreamItem<A> =
  | { readonly kind: 'record'; readonly index: number; readonly record: A }
  | { readonly kind: 'failure'; readonly failure: RecordFailure }
  | { readonly kind: 'error'; readonly error: DecodeError };

/**
 * Options of {@link LogStreamDecoder} and {@link decodeLogStream}.
 *
 * @example
 * import { ActivityRecord } from 'cloudtrail-codecs';
 * import { decodeLogStream, type LogStreamOptions } from 'cloudtrail-codecs/stream';
 * const options: LogStreamOptions<ActivityRecord> = { record: ActivityRecord };
 * for await (const item of decodeLogStream(['{"Records": ', '[]}'], options)) {
 *   if (item.kind === 'record') item.record.eventName; // string: records are ActivityRecord
 * }
 */
export interface LogStreamOptions<A> {
  /** The record codec; `CloudTrailRecord` by default. */
  readonly record?: t.Decoder<unknown, A>;
}

const enum State {
  /** Before the top-level `{`. */
  Start,
  /** In the top-level object, before the first key or `}`. */
  Key,
  /** After a `,` in the top-level object: a key must follow. */
  KeyAfterComma,
  /** Inside a top-level key whose closing quote has not come yet. */
  KeyString,
  /** After a key, before `:`. */
  Colon,
  /** Before a top-level value. */
  Value,
  /** Skipping a top-level value other than Records. */
  Skip,
  /** After a top-level value, before `,` or `}`. */
  AfterValue,
  /** In Records, before the first item or `]`. */
  Item,
  /** After a `,` in Records: an item must follow. */
  ItemAfterComma,
  /** Inside an item. */
  InItem,
  /** After an item, before `,` or `]`. */
  AfterItem,
  /** After the top-level `}`. */
  Done,
  /** Stopped by a fatal error. */
  Failed,
}

/** The characters a scan inside a value must look at: quotes, brackets, commas, newlines (for line numbers). */
const STOPS_IN_VALUE: Uint8Array = (() => {
  const t = new Uint8Array(0x10000);
  for (const c of [0x22, 0x7b, 0x5b, 0x7d, 0x5d, 0x2c, 0x0a]) t[c] = 1;
  return t;
})();

const WS = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * Decodes a log file (`{"Records": [...]}`) as it arrives, in chunks of text
 * or bytes split anywhere, even inside a multi-byte character. Each record,
 * or its failure, is reported as soon as its text is complete, so memory
 * holds one record at a time, not the file. It does no I/O: feed it what
 * fs, S3 or gunzip give.
 *
 * Results are those of `decodeLogFile` on the whole text: the same records,
 * and failures with the same indexes, ids and paths. A file that is not a log
 * file, or text that ends early, gives one `error` item.
 *
 * @example
 * import { LogStreamDecoder } from 'cloudtrail-codecs/stream';
 * const decoder = new LogStreamDecoder();
 * const items = [...decoder.push('{"Records": [{"eventVersion": "1.0'), ...decoder.push('8"}]}'), ...decoder.end()];
 * items.map((i) => i.kind); // ['failure']: the record lacks most fields
 */
export class LogStreamDecoder<A = CloudTrailRecord> {
  private readonly codec: t.Decoder<unknown, A> | undefined;
  private readonly badOptions: string | undefined;
  private readonly utf8 = new TextDecoder('utf-8', { fatal: false });
  private text = '';
  private state = State.Start;
  private index = 0;
  private itemStart = -1;
  private depth = 0;
  private key = '';
  private sawRecords = false;
  private sawDigestKey = false;
  /** True once any text came in: a byte order mark is dropped only before it. */
  private started = false;
  // Where the current chunk starts in the whole input, and the line count, so
  // a record's JSON error can be placed as decodeLogFileText places it.
  private absBase = 0;
  private line = 1;
  private lineStart = 0;
  private itemLine = 1;
  private itemColumn = 1;
  // The text of the item (or key) in progress that came in earlier chunks,
  // and a string left open at the end of the last chunk (with a backslash
  // pending before its next character). Each chunk is scanned once, never
  // again, and the parts are joined once, so any input costs linear time
  // however it is cut.
  private itemParts: string[] = [];
  private keyParts: string[] = [];
  private stringOpen = false;
  private escapePending = false;

  constructor(options: LogStreamOptions<A> = {}) {
    const codec = recordCodecOf<A>(options);
    // A constructor that threw would break the promise of push and end;
    // bad options are reported as the first item instead.
    this.codec = typeof codec === 'string' ? undefined : codec;
    this.badOptions = typeof codec === 'string' ? codec : undefined;
  }

  /**
   * True once the decoder is inside the `Records` array: the input is a log
   * file. Until then a caller that also accepts other documents (a single
   * record, an EventBridge event) may keep the text, and drop it from here on.
   */
  get inRecords(): boolean {
    return this.sawRecords;
  }

  /**
   * Feeds the next chunk, text or bytes; returns what it completed. Never
   * throws: a chunk of another type ends the input with an `error` item.
   */
  push(chunk: string | Uint8Array): Array<LogStreamItem<A>> {
    if (this.state === State.Failed) return [];
    try {
      let more: string;
      if (typeof chunk === 'string') {
        more = chunk;
        // TextDecoder drops a BOM at the start of bytes; do the same for text.
        if (!this.started && more.charCodeAt(0) === 0xfeff) more = more.slice(1);
        if (chunk !== '') this.started = true;
      } else if (ArrayBuffer.isView(chunk) || (chunk as unknown) instanceof ArrayBuffer) {
        more = this.utf8.decode(chunk, { stream: true });
        if (chunk.byteLength > 0) this.started = true;
      } else {
        return [this.fail(`push: expected a chunk of text or bytes, got ${kindOfNonText(chunk)}`, 'Not a readable CloudTrail log file')];
      }
      return this.feed(more);
    } catch (e) {
      return [this.fail(`a chunk ${unreadableMessage(e)}`)];
    }
  }

  /** Ends the input; returns what is left, and an error if the text ended early. Never throws. */
  end(): Array<LogStreamItem<A>> {
    if (this.state === State.Failed) return [];
    let out: Array<LogStreamItem<A>>;
    try {
      out = this.feed(this.utf8.decode());
    } catch (e) {
      return [this.fail(`the end of the input ${unreadableMessage(e)}`)];
    }
    // feed may have failed the input; read the state afresh.
    const state = this.state as State;
    if (state === State.Done || state === State.Failed) return out;
    const where =
      this.state === State.InItem
        ? `inside Records[${this.index}]`
        : this.state === State.Start
          ? 'before the log file begins'
          : `before the log file is closed${this.sawRecords ? ` (after ${this.index} records)` : ''}`;
    out.push(this.fail(`the text ends too early, ${where}`, 'The log file is cut short'));
    return out;
  }

  private fail(message: string, summary = 'Not a readable CloudTrail log file'): LogStreamItem<A> {
    this.state = State.Failed;
    this.text = '';
    this.itemParts = [];
    this.keyParts = [];
    return { kind: 'error', error: DecodeError.single(message, undefined, summary) };
  }

  private notLogFile(): LogStreamItem<A> {
    return this.fail(this.sawDigestKey ? DIGEST_MESSAGE : 'expected an object with a Records array', 'Not a CloudTrail log file');
  }

  /** Records the key whose raw text (between the quotes) is `raw`; false after a fatal error. */
  private readKey(raw: string, out: Array<LogStreamItem<A>>): boolean {
    // A key may be written with escapes ("Rec\u006frds"); read it as JSON does.
    if (raw.includes('\\')) {
      try {
        this.key = JSON.parse(`"${raw}"`) as string;
      } catch {
        out.push(this.fail('a key of the log file has a bad escape'));
        return false;
      }
    } else this.key = raw;
    if (DIGEST_KEYS.includes(this.key)) this.sawDigestKey = true;
    this.state = State.Colon;
    return true;
  }

  private feed(more: string): Array<LogStreamItem<A>> {
    const out: Array<LogStreamItem<A>> = [];
    if (this.badOptions !== undefined) {
      out.push(this.fail(this.badOptions, 'Bad options'));
      return out;
    }
    if (this.state === State.Failed || more === '') return out;
    // Every chunk is scanned to its end before the next comes: of the one
    // before, only the item in progress is kept, as a part.
    if (this.state === State.InItem) {
      this.itemParts.push(this.text.slice(this.itemStart));
      this.itemStart = 0;
    }
    this.absBase += this.text.length;
    this.text = more;
    const s = more;
    const n = s.length;
    let i = 0;
    if (this.stringOpen) {
      const from = this.escapePending ? 1 : 0;
      const close = closingQuote(s, from);
      if (close < 0) {
        this.escapePending = oddBackslashesAtEnd(s, from);
        if (this.state === State.KeyString) this.keyParts.push(s);
        return out;
      }
      this.stringOpen = false;
      this.escapePending = false;
      i = close + 1;
      if (this.state === State.KeyString) {
        this.keyParts.push(s.slice(0, close));
        const raw = this.keyParts.join('');
        this.keyParts = [];
        if (!this.readKey(raw, out)) return out;
      }
    }
    while (i < n) {
      const c = s.charCodeAt(i);
      switch (this.state) {
        case State.Start:
          if (WS(c)) break;
          if (c !== 0x7b /* { */) {
            out.push(this.fail(`expected an object with a Records array, found ${describeCharAt(s, i)}`, 'Not a CloudTrail log file'));
            return out;
          }
          this.state = State.Key;
          break;
        case State.Key:
        case State.KeyAfterComma:
          if (WS(c)) break;
          if (c === 0x7d /* } */ && this.state === State.Key) {
            if (!this.sawRecords) {
              out.push(this.notLogFile());
              return out;
            }
            this.state = State.Done;
            break;
          }
          if (c !== 0x22) {
            out.push(this.fail(`expected a key in the log file, found ${describeCharAt(s, i)}`));
            return out;
          }
          {
            const close = closingQuote(s, i + 1);
            if (close < 0) {
              // The key goes on in the next chunk.
              this.keyParts = [s.slice(i + 1)];
              this.stringOpen = true;
              this.escapePending = oddBackslashesAtEnd(s, i + 1);
              this.state = State.KeyString;
              return out;
            }
            if (!this.readKey(s.slice(i + 1, close), out)) return out;
            i = close;
          }
          break;
        case State.Colon:
          if (WS(c)) break;
          if (c !== 0x3a /* : */) {
            out.push(this.fail(`expected ':' after a key of the log file, found ${describeCharAt(s, i)}`));
            return out;
          }
          this.state = State.Value;
          break;
        case State.Value:
          if (WS(c)) break;
          if (this.key === 'Records') {
            if (this.sawRecords) {
              // JSON.parse would keep the last one; a stream cannot wait for it.
              out.push(this.fail('the log file has a second Records key; readers disagree on which one counts'));
              return out;
            }
            if (c !== 0x5b /* [ */) {
              out.push(this.fail('Records: expected an array of records'));
              return out;
            }
            this.sawRecords = true;
            this.state = State.Item;
            break;
          }
          this.state = State.Skip;
          this.depth = 0;
          continue; // look at this character again as part of the value
        case State.Skip:
        case State.InItem: {
          // Inside a value: strings are jumped over whole; brackets counted.
          if (c === 0x22) {
            const close = closingQuote(s, i + 1);
            if (close < 0) {
              // The string goes on in the next chunk.
              this.stringOpen = true;
              this.escapePending = oddBackslashesAtEnd(s, i + 1);
              return out;
            }
            i = close;
            break;
          }
          if (c === 0x7b || c === 0x5b) this.depth++;
          else if (c === 0x7d || c === 0x5d) {
            if (this.depth === 0) {
              // A scalar value ended at the bracket that closes its container.
              if (this.state === State.InItem) {
                if (!this.emit(this.takeItem(i), out)) return out;
                this.state = State.AfterItem;
              } else this.state = State.AfterValue;
              continue;
            }
            this.depth--;
            if (this.depth === 0 && (c === 0x7d || c === 0x5d)) {
              if (this.state === State.InItem) {
                if (!this.emit(this.takeItem(i + 1), out)) return out;
                this.state = State.AfterItem;
              } else this.state = State.AfterValue;
            }
          } else if (c === 0x2c && this.depth === 0) {
            if (this.state === State.InItem) {
              if (!this.emit(this.takeItem(i), out)) return out;
              this.state = State.AfterItem;
            } else this.state = State.AfterValue;
            continue;
          } else if (c !== 0x0a) {
            // Nothing else inside a value changes the state: run past it (indentation,
            // colons, digits, literals) up to the next character that may.
            i++;
            while (i < n && !STOPS_IN_VALUE[s.charCodeAt(i)]) i++;
            continue;
          }
          break;
        }
        case State.AfterValue:
          if (WS(c)) break;
          if (c === 0x2c) this.state = State.KeyAfterComma;
          else if (c === 0x7d) {
            if (!this.sawRecords) {
              out.push(this.notLogFile());
              return out;
            }
            this.state = State.Done;
          } else {
            out.push(this.fail(`expected ',' or '}' in the log file, found ${describeCharAt(s, i)}`));
            return out;
          }
          break;
        case State.Item:
        case State.ItemAfterComma:
          if (WS(c)) break;
          if (c === 0x5d /* ] */ && this.state === State.Item) {
            this.state = State.AfterValue;
            break;
          }
          if (c === 0x5d || c === 0x2c) {
            out.push(this.fail(`expected Records[${this.index}] after ',', found ${describeCharAt(s, i)}`));
            return out;
          }
          this.itemStart = i;
          this.itemLine = this.line;
          this.itemColumn = this.absBase + i - this.lineStart + 1;
          this.depth = 0;
          this.state = State.InItem;
          continue;
        case State.AfterItem:
          if (WS(c)) break;
          if (c === 0x2c) this.state = State.ItemAfterComma;
          else if (c === 0x5d) this.state = State.AfterValue;
          else {
            out.push(this.fail(`expected ',' or ']' after Records[${this.index - 1}], found ${describeCharAt(s, i)}`));
            return out;
          }
          break;
        case State.Done:
          if (!WS(c)) {
            out.push(this.fail(`unexpected ${describeCharAt(s, i)} after the end of the log file`));
            return out;
          }
          break;
      }
      // Newlines of valid JSON lie outside strings, so every one passes here.
      if (c === 0x0a) {
        this.line++;
        this.lineStart = this.absBase + i + 1;
      }
      i++;
    }
    return out;
  }

  /** The whole text of the item in progress, up to `end` in the current text. */
  private takeItem(end: number): string {
    const tail = this.text.slice(this.itemStart, end);
    const text = this.itemParts.length === 0 ? tail : this.itemParts.join('') + tail;
    this.itemParts = [];
    return text;
  }

  /** Decodes and reports one item; false when it ended the input (a notification, not a log file). */
  private emit(itemText: string, out: Array<LogStreamItem<A>>): boolean {
    const index = this.index++;
    this.itemStart = -1;
    let value: unknown;
    try {
      value = JSON.parse(itemText) as unknown;
    } catch {
      const at = locateJsonError(itemText);
      const line = this.itemLine + at.line - 1;
      const column = at.line === 1 ? this.itemColumn + at.column - 1 : at.column;
      const problem = `the text is not valid JSON: ${at.problem} (line ${line} column ${column})`;
      const failure = itemProblem(RECORDS.key, index, itemText, 'a JSON value', problem);
      out.push({ kind: 'failure', failure });
      return true;
    }
    if (index === 0) {
      // decodeLogFile looks at the first record too, so both paths agree.
      const kind = notificationKindOfRecord(value);
      if (kind !== undefined) {
        out.push(this.fail(notificationMessage(kind), 'Not a CloudTrail log file'));
        return false;
      }
    }
    const r = decodeItem(this.codec as t.Decoder<unknown, A>, value, index, RECORDS, undefined, undefined, true);
    out.push(r.ok ? { kind: 'record', index, record: r.value } : { kind: 'failure', failure: r.failure });
    return true;
  }
}

/** True when `s` ends in an odd run of backslashes (from `from` on): the next character is escaped. */
function oddBackslashesAtEnd(s: string, from: number): boolean {
  let b = s.length - 1;
  while (b >= from && s.charCodeAt(b) === 0x5c) b--;
  return (s.length - 1 - b) % 2 === 1;
}

/** The position of the quote that closes a string whose text starts at `from`; -1 if not in `s`. */
function closingQuote(s: string, from: number): number {
  let i = from;
  for (;;) {
    const q = s.indexOf('"', i);
    if (q < 0) return -1;
    // A quote preceded by an odd number of backslashes is escaped.
    let b = q - 1;
    while (b >= from && s.charCodeAt(b) === 0x5c) b--;
    if ((q - 1 - b) % 2 === 0) return q;
    i = q + 1;
  }
}

function isIterable(u: unknown): u is AsyncIterable<unknown> | Iterable<unknown> {
  try {
    if (typeof u === 'string') return true;
    if (typeof u !== 'object' || u === null) return false;
    const o = u as { [Symbol.asyncIterator]?: unknown; [Symbol.iterator]?: unknown };
    return typeof o[Symbol.asyncIterator] === 'function' || typeof o[Symbol.iterator] === 'function';
  } catch {
    return false;
  }
}

/**
 * Decodes a log file from any iterable of chunks (a Node stream, an S3 body,
 * a gunzip stream), yielding each record or failure as soon as it is
 * complete. It never throws for bad input: problems come as items. A whole
 * text given as a string is taken as one chunk.
 *
 * @example
 * import { decodeLogStream } from 'cloudtrail-codecs/stream';
 * // The caller opens the source (a file, an S3 body) and gunzips it; this module does no I/O.
 * declare const body: AsyncIterable<Uint8Array>;
 * for await (const item of decodeLogStream(body)) {
 *   if (item.kind === 'record') console.log(item.record.eventType);
 * }
 */
export async function* decodeLogStream<A = CloudTrailRecord>(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array> | string,
  options: LogStreamOptions<A> = {},
): AsyncGenerator<LogStreamItem<A>, void, undefined> {
  const decoder = new LogStreamDecoder<A>(options);
  if (!isIterable(chunks)) {
    const message = `expected an iterable of chunks (a stream, an array), got ${kindOfNonText(chunks)}`;
    yield { kind: 'error', error: DecodeError.single(message, undefined, 'Not a readable CloudTrail log file') };
    return;
  }
  // An error thrown by the source itself (a failed read) is the caller's to
  // see: it goes on to the loop, as the source would throw it there.
  // A string is an iterable of its characters: take it as one chunk, not one per character.
  const source = typeof chunks === 'string' ? [chunks] : chunks;
  for await (const chunk of source) yield* decoder.push(chunk);
  yield* decoder.end();
}
