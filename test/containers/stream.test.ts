import { fuzzRuns } from '../support/fuzz.js';
import { Readable } from 'node:stream';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import * as t from 'io-ts';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { AppMeshEvent, appMeshEventNames } from '../../src/services/appmesh/index.js';
import { Fixtures, appMeshBuilders } from '../../src/builders/index.js';
import { DecodeError, type CloudTrailRecord } from '../../src/index.js';
import { decodeLogFile, decodeLogFileText } from '../../src/containers/index.js';
import {
  LogStreamDecoder,
  decodeLogStream,
  type LogStreamItem,
  type LogStreamOptions,
} from '../../src/stream/index.js';
import { corpusFiles, oddFiles, type CorpusFile } from '../support/corpus.js';
import { cut } from '../support/values.js';

type Chunk = string | Uint8Array;

// Fuzz counts are sized for npm test; the CI script sets FUZZ_RUNS higher.
// A count, never a time limit.
const RUNS = fuzzRuns(50);
type Item = LogStreamItem<CloudTrailRecord>;

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function run<A = CloudTrailRecord>(chunks: readonly Chunk[], options: LogStreamOptions<A> = {}): Array<LogStreamItem<A>> {
  const d = new LogStreamDecoder<A>(options);
  const out: Array<LogStreamItem<A>> = [];
  for (const c of chunks) out.push(...d.push(c));
  out.push(...d.end());
  return out;
}

/** What decodeLogFile gives, as the stream's items: records and failures merged in file order. */
function expectedItems<A = CloudTrailRecord>(value: unknown, options: LogStreamOptions<A> = {}): Array<LogStreamItem<A>> {
  const r = decodeLogFile<A>(value, options);
  if (!r.success) throw new Error(`reference decode failed: ${r.error.message}`);
  const { records, failures } = r.data;
  const out: Array<LogStreamItem<A>> = [];
  let nextRecord = 0;
  let nextFailure = 0;
  for (let index = 0; index < records.length + failures.length; index++) {
    const failure = failures[nextFailure];
    if (failure?.index === index) {
      out.push({ kind: 'failure', failure });
      nextFailure++;
    } else {
      out.push({ kind: 'record', index, record: records[nextRecord++] as A });
    }
  }
  return out;
}

// isDeepStrictEqual first because it is fast; toEqual only to explain a mismatch.
function expectSameItems<A>(actual: Array<LogStreamItem<A>>, expected: Array<LogStreamItem<A>>, where: string): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual, where).toEqual(expected);
}

function requestParametersOf(r: CloudTrailRecord): unknown {
  return 'requestParameters' in r ? r.requestParameters : undefined;
}

function errorsOf<A>(items: Array<LogStreamItem<A>>): DecodeError[] {
  return items.flatMap((i) => (i.kind === 'error' ? [i.error] : []));
}

/** Exactly one error, last, and its message. */
function soleErrorLast<A>(items: Array<LogStreamItem<A>>): string {
  const last = items[items.length - 1];
  expect(errorsOf(items)).toHaveLength(1);
  if (last?.kind !== 'error') throw new Error(`the last item is ${last?.kind ?? 'missing'}, not an error`);
  expect(last.error).toBeInstanceOf(DecodeError);
  return last.error.message;
}

/** Every file of the corpus and of odd/, named apart. */
const allFiles: CorpusFile[] = [...corpusFiles(), ...oddFiles().map((f) => ({ ...f, name: `odd/${f.name}` }))];
const bySize = [...allFiles].sort((a, b) => utf8(a.text).length - utf8(b.text).length);
const smallCount = Math.ceil(bySize.length / 2);
const isSmall = (f: CorpusFile, i: number): boolean => i < smallCount || utf8(f.text).length < 30_000;
const smallFiles = bySize.filter(isSmall);
const largeFiles = bySize.filter((f, i) => !isSmall(f, i));

function file(name: string): CorpusFile {
  const f = allFiles.find((c) => c.name === name);
  if (f === undefined) throw new Error(`corpus file ${name} not found`);
  return f;
}

describe('the corpus, as the stream sees it', () => {
  it('has small and large files, and odd files with failing records', () => {
    expect(smallFiles.length).toBeGreaterThanOrEqual(5);
    expect(largeFiles.length).toBeGreaterThanOrEqual(3);
    const oddFailures = oddFiles().map((f) => expectedItems(f.json).filter((i) => i.kind === 'failure').length);
    expect(oddFailures.reduce((a, b) => a + b, 0)).toBeGreaterThan(50);
  });

  it.each(allFiles.map((f) => [f.name, f] as const))('%s in one chunk gives what decodeLogFile gives', (_n, f) => {
    const expected = expectedItems(f.json);
    expect(expected.length).toBe(f.json.Records.length);
    expect(run([f.text])).toEqual(expected);
    expect(run([utf8(f.text)])).toEqual(expected);
  });
});

/**
 * Cuts at `offset`, `offset + stride`, `offset + 2 * stride`, … Over the
 * offsets 0 to stride - 1, every position of the input is a chunk boundary
 * exactly once, with chunks before it, so stride runs check what a run per
 * position checked: the decoder resumes right after any byte.
 */
function strided<T extends string | Uint8Array>(whole: T, stride: number, offset: number): T[] {
  const positions: number[] = [];
  for (let p = offset; p < whole.length; p += stride) if (p > 0) positions.push(p);
  return cut(whole, positions);
}

describe('a chunk boundary at every byte of the small files', () => {
  it.each(smallFiles.map((f) => [f.name, f] as const))('%s: as byte chunks and as string chunks', (_n, f) => {
    const bytes = utf8(f.text);
    const expected = expectedItems(f.json);
    // Two strides, so that each position is also reached with a chunk of
    // another length before it.
    for (const stride of [61, 64]) {
      for (let offset = 0; offset < stride; offset++) {
        expectSameItems(run(strided(bytes, stride, offset)), expected, `${f.name} bytes, every ${stride} from ${offset}`);
        expectSameItems(run(strided(f.text, stride, offset)), expected, `${f.name} text, every ${stride} from ${offset}`);
      }
    }
  });

  it.each(smallFiles.map((f) => [f.name, f] as const))('%s: two byte chunks, cut at random places', (_n, f) => {
    const bytes = utf8(f.text);
    const expected = expectedItems(f.json);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length }), (k) => {
        expectSameItems(run([bytes.subarray(0, k), bytes.subarray(k)]), expected, `${f.name} cut at byte ${k}`);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('random chunking of the large files', () => {
  it.each(largeFiles.map((f) => [f.name, f] as const))(
    '%s: runs of 1 to 50 chunks of random sizes',
    (_n, f) => {
      const bytes = utf8(f.text);
      const expected = expectedItems(f.json);
      const positions = fc
        .uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 49 })
        .map((ps) => [...ps].sort((a, b) => a - b));
      fc.assert(
        fc.property(positions, fc.boolean(), (ps, asBytes) => {
          // The corpus is ASCII, so byte and character positions agree.
          const chunks: Chunk[] = asBytes ? cut(bytes, ps) : cut(f.text, ps);
          expect(chunks.length).toBe(ps.length + 1);
          expectSameItems(run(chunks), expected, `${f.name} cut at ${ps.join(',')}`);
        }),
        { numRuns: RUNS },
      );
    },
    60_000,
  );
});

describe('multi-byte UTF-8', () => {
  const note = '日本語 é 😀';
  const fx = new Fixtures({ seed: 11 });
  const text = JSON.stringify(fx.logFile([fx.record({ requestParameters: { note } }), fx.record()]));
  const bytes = utf8(text);
  const expected = expectedItems(JSON.parse(text));
  const noteAt = Buffer.from(bytes).indexOf(Buffer.from(utf8(note)));

  // The byte offset of each multi-byte character of the note, and its length.
  const wide: Array<{ ch: string; at: number; length: number }> = [];
  {
    let at = noteAt;
    for (const ch of note) {
      const length = utf8(ch).length;
      if (length > 1) wide.push({ ch, at, length });
      at += length;
    }
  }

  function noteOf(items: Item[]): unknown {
    const first = items[0];
    if (first?.kind !== 'record') return undefined;
    const params = requestParametersOf(first.record);
    return typeof params === 'object' && params !== null ? (params as Record<string, unknown>)['note'] : undefined;
  }

  it('the fixture holds raw multi-byte characters (2, 3 and 4 bytes)', () => {
    expect(noteAt).toBeGreaterThan(0);
    expect(wide.map((w) => w.length).sort()).toEqual([2, 3, 3, 3, 4]);
    expect(noteOf(expected)).toBe(note);
  });

  it('a cut inside any character of the note leaves the text intact', () => {
    let cuts = 0;
    for (const { ch, at, length } of wide) {
      for (let inside = 1; inside < length; inside++) {
        const items = run([bytes.subarray(0, at + inside), bytes.subarray(at + inside)]);
        expect(noteOf(items), `inside ${ch} at byte ${inside}`).toBe(note);
        expectSameItems(items, expected, `inside ${ch} at byte ${inside}`);
        cuts++;
      }
    }
    expect(cuts).toBe(1 + 2 + 2 + 2 + 3);
  });

  it('one byte per chunk gives the same items', () => {
    const items = run(Array.from(bytes, (b) => Uint8Array.of(b)));
    expect(noteOf(items)).toBe(note);
    expect(items).toEqual(expected);
    expect(JSON.stringify(items)).not.toContain('\uFFFD');
  });

  it('string chunks cut between the two halves of a surrogate pair', () => {
    const at = text.indexOf('😀') + 1;
    expect(text.charCodeAt(at)).toBeGreaterThanOrEqual(0xdc00);
    const items = run([text.slice(0, at), text.slice(at)]);
    expect(noteOf(items)).toBe(note);
    expect(items).toEqual(expected);
  });

  it('string chunks of every length from 1 to 9 give the same items', () => {
    for (let size = 1; size <= 9; size++) {
      const chunks: string[] = [];
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
      expectSameItems(run(chunks), expected, `chunks of ${size} characters`);
    }
  });
});

describe('escapes, brackets in strings, other keys', () => {
  const fx = new Fixtures({ seed: 5 });
  const tricky = fx.record({
    requestParameters: {
      quoted: 'say "hi"',
      backslashes: 'C:\\dir\\', // ends in a backslash: its quote closes the string
      backslashQuote: '\\"', // an escaped backslash, then an escaped quote
      closers: ']}]} ,',
      openers: '[{ {"Records": [',
      mixed: '\\\\"]}\\',
    },
    eventName: 'Get]Weird}"Name',
  });
  const broken = { ...fx.record({ eventID: 'id-with-"quote"-and-\\-}' }), eventTime: 'not ] a } time' };
  const records = [tricky, broken, fx.record()];
  const text =
    '{"meta": {"x": [1, {"y": "]"}], "z": "\\"}"}, "we\\"ird\\\\": "\\\\", "n": -1.5e3, "b": true, "nothing": null,\n' +
    ` "Records": [${records.map((r) => JSON.stringify(r)).join(',\n')}],\n` +
    ' "trailer": "}", "after": [[], {}, "]"]}';
  const expected = expectedItems(JSON.parse(text));

  it('the reference sees two records and one failure', () => {
    expect(expected.map((i) => i.kind)).toEqual(['record', 'failure', 'record']);
    expect(text).toContain('\\\\"');
    expect(text).toContain('\\"');
  });

  it('gives the records, with their strings intact, in one chunk', () => {
    const items = run([text]);
    expect(items).toEqual(expected);
    const first = items[0];
    if (first?.kind !== 'record') throw new Error('expected a record first');
    expect(first.record).toMatchObject({ eventName: 'Get]Weird}"Name' });
    expect(requestParametersOf(first.record)).toEqual(tricky.requestParameters);
  });

  it('the failure keeps the id with its quote and brace', () => {
    const failure = run([text]).find((i) => i.kind === 'failure');
    if (failure?.kind !== 'failure') throw new Error('expected a failure');
    expect(failure.failure.index).toBe(1);
    expect(failure.failure.eventID).toBe('id-with-"quote"-and-\\-}');
    expect(failure.failure.issues.map((i) => i.path)).toEqual(['Records[1].eventTime']);
  });

  it('gives the same items cut at every byte', () => {
    const bytes = utf8(text);
    for (let k = 0; k <= bytes.length; k++) {
      expectSameItems(run([bytes.subarray(0, k), bytes.subarray(k)]), expected, `cut at ${k}`);
    }
  });

  it('gives the same items one character per chunk', () => {
    expect(run([...text])).toEqual(expected);
  });

  it('a Records key inside another value is not the Records array', () => {
    const nested = `{"meta": {"Records": [1, 2]}, "Records": [${JSON.stringify(fx.record())}]}`;
    const items = run([nested]);
    expect(items).toEqual(expectedItems(JSON.parse(nested)));
    expect(items.map((i) => i.kind)).toEqual(['record']);
  });
});

describe('items that are not objects', () => {
  const text = '{"Records": [1, "x", null, [], {}]}';
  const reference = decodeLogFileText(text);

  it('give five failures with the messages of decodeLogFile', () => {
    if (!reference.success) throw new Error(reference.error.message);
    const items = run([text]);
    expect(items.map((i) => i.kind)).toEqual(['failure', 'failure', 'failure', 'failure', 'failure']);
    const failures = items.flatMap((i) => (i.kind === 'failure' ? [i.failure] : []));
    expect(failures.map((f) => f.index)).toEqual([0, 1, 2, 3, 4]);
    expect(failures.map((f) => f.value)).toEqual([1, 'x', null, [], {}]);
    expect(failures.map((f) => f.message)).toEqual(reference.data.failures.map((f) => f.message));
    expect(failures.map((f) => f.issues.map((i) => i.message))).toEqual(
      reference.data.failures.map((f) => f.issues.map((i) => i.message)),
    );
    expect(failures[0]?.issues[0]?.message).toBe('Records[0]: expected CloudTrailRecord, got 1');
  });

  it('give the same failures cut at every position, as bytes and as strings', () => {
    const expected = expectedItems(JSON.parse(text));
    for (let k = 0; k <= text.length; k++) {
      expectSameItems(run([text.slice(0, k), text.slice(k)]), expected, `string cut at ${k}`);
      expectSameItems(run([utf8(text.slice(0, k)), utf8(text.slice(k))]), expected, `byte cut at ${k}`);
    }
  });

  it('scalars next to brackets and whitespace are framed right', () => {
    const spaced = '{ "Records" : [ -0.5e-2 , "a]b" ,true,\n\tfalse , {"k": [1, {}]} , [[]] ] }';
    expect(run([...spaced])).toEqual(expectedItems(JSON.parse(spaced)));
    expect(run([spaced]).map((i) => (i.kind === 'failure' ? i.failure.value : i.kind))).toEqual([
      -0.005,
      'a]b',
      true,
      false,
      { k: [1, {}] },
      [[]],
    ]);
  });
});

/**
 * The first and last byte of each item of the Records array, found by a
 * scanner of its own (escape flag, not backslash counting), for files whose
 * only key is Records.
 */
function itemSpans(bytes: Uint8Array): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  let start = -1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (inString) {
      if (escaped) escaped = false;
      else if (b === 0x5c) escaped = true;
      else if (b === 0x22) inString = false;
      continue;
    }
    if (b === 0x22) inString = true;
    else if (b === 0x7b || b === 0x5b) {
      if (depth === 2) start = i;
      depth++;
    } else if (b === 0x7d || b === 0x5d) {
      depth--;
      if (depth === 2) spans.push({ start, end: i });
    }
  }
  return spans;
}

describe('text that ends early', () => {
  function checkCut<A>(
    f: CorpusFile,
    k: number,
    bytes: Uint8Array,
    spans: Array<{ start: number; end: number }>,
    expected: Array<LogStreamItem<A>>,
    options: LogStreamOptions<A> = {},
  ): void {
    const closing = bytes.lastIndexOf(0x7d);
    const d = new LogStreamDecoder<A>(options);
    const pushed = d.push(bytes.subarray(0, k));
    const ended = d.end();
    const where = `${f.name} cut at ${k}`;
    if (k > closing) {
      expectSameItems([...pushed, ...ended], expected, where);
      return;
    }
    const complete = spans.filter((s) => s.end < k).length;
    const inside = spans.findIndex((s) => s.start < k && k <= s.end);
    // Complete items come from push itself; end adds only the error.
    expectSameItems(pushed, expected.slice(0, complete), where);
    // Checked plainly first, as this runs at every byte; expect only explains a mismatch.
    const last = ended[0];
    const message = last?.kind === 'error' ? last.error.message : '';
    const fine =
      ended.length === 1 &&
      last?.kind === 'error' &&
      last.error instanceof DecodeError &&
      !pushed.some((i) => i.kind === 'error') &&
      message.includes('the text ends too early') &&
      (inside >= 0 ? message.includes(`inside Records[${inside}]`) : !message.includes('inside Records'));
    if (fine) return;
    expect(ended, where).toHaveLength(1);
    expect(soleErrorLast([...pushed, ...ended]), where).toContain('the text ends too early');
    if (inside >= 0) expect(message, where).toContain(`inside Records[${inside}]`);
    else expect(message, where).not.toContain('inside Records');
  }

  // Where the text stops decides which items are complete and what the
  // error says; how a complete item decodes does not depend on it, and the
  // other tests compare that. So the cut at every byte decodes items with
  // t.unknown, which costs a JSON.parse, and the record codec is checked at
  // random cuts and on the small file.
  it.each(['plaso.json', 'odd/cloud-custodian.json'])('%s cut at every byte: the items framed and the error', (name) => {
    const f = file(name);
    const bytes = utf8(f.text);
    const spans = itemSpans(bytes);
    expect(spans).toHaveLength(f.json.Records.length);
    const options = { record: t.unknown };
    const expected = expectedItems(f.json, options);
    expect(expected.every((i) => i.kind === 'record')).toBe(true);
    for (let k = 0; k <= bytes.length; k++) checkCut(f, k, bytes, spans, expected, options);
  });

  it.each(['plaso.json', 'odd/cloud-custodian.json'])('%s cut at random places, and at every byte of the small file, with the record codec', (name) => {
    const f = file(name);
    const bytes = utf8(f.text);
    const spans = itemSpans(bytes);
    const expected = expectedItems(f.json);
    if (bytes.length < 1000) {
      for (let k = 0; k <= bytes.length; k++) checkCut(f, k, bytes, spans, expected);
    }
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length }), (k) => checkCut(f, k, bytes, spans, expected)),
      { numRuns: RUNS },
    );
  });

  it.each(['odd/streamalert.json', 'odd/aws-docs-iam-user-guide.json'])('%s cut at random places', (name) => {
    const f = file(name);
    const bytes = utf8(f.text);
    const spans = itemSpans(bytes);
    expect(spans).toHaveLength(f.json.Records.length);
    const expected = expectedItems(f.json);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length }), (k) => checkCut(f, k, bytes, spans, expected)),
      { numRuns: RUNS },
    );
  });

  it('names the record the text stops in', () => {
    const f = file('plaso.json');
    const spans = itemSpans(utf8(f.text));
    const third = spans[2];
    if (third === undefined) throw new Error('plaso.json has fewer than 3 records');
    const items = run([f.text.slice(0, third.start + 10)]);
    expect(items.map((i) => i.kind)).toEqual(['record', 'record', 'error']);
    expect(soleErrorLast(items)).toContain('the text ends too early, inside Records[2]');
  });

  it('each record comes out of push as soon as its closing brace arrives', () => {
    const f = file('plaso.json');
    const bytes = utf8(f.text);
    const spans = itemSpans(bytes);
    const d = new LogStreamDecoder();
    let from = 0;
    for (const [i, s] of spans.entries()) {
      expect(d.push(bytes.subarray(from, s.end)), `before the end of Records[${i}]`).toEqual([]);
      const out = d.push(bytes.subarray(s.end, s.end + 1));
      expect(out.map((o) => (o.kind === 'record' ? o.index : -1))).toEqual([i]);
      from = s.end + 1;
    }
    expect(d.push(bytes.subarray(from))).toEqual([]);
    expect(d.end()).toEqual([]);
  });
});

describe('input that is not a log file', () => {
  const digest = {
    awsAccountId: '111122223333',
    digestStartTime: '2015-08-17T14:01:31Z',
    digestEndTime: '2015-08-17T15:01:31Z',
    digestS3Bucket: 'amzn-s3-demo-bucket',
    digestS3Object: 'AWSLogs/111122223333/CloudTrail-Digest/us-east-2/2015/08/17/x.json.gz',
    digestPublicKeyFingerprint: '31e8b5433410dfb61a9dc45cc65b22ff',
    digestSignatureAlgorithm: 'SHA256withRSA',
    logFiles: [{ s3Bucket: 'amzn-s3-demo-bucket', s3Object: 'AWSLogs/a}]"b.json.gz', hashValue: '9bb6', hashAlgorithm: 'SHA-256' }],
  };

  it('a digest file gives one error saying it is a digest file', () => {
    const text = JSON.stringify(digest, null, 2);
    for (const size of [1, 7, text.length]) {
      const chunks: Chunk[] = [];
      for (let i = 0; i < text.length; i += size) chunks.push(utf8(text.slice(i, i + size)));
      const items = run(chunks);
      expect(items, `chunks of ${size}`).toHaveLength(1);
      expect(soleErrorLast(items)).toContain('this is a CloudTrail digest file, not a log file');
    }
    const reference = decodeLogFileText(text);
    expect(reference.success).toBe(false);
  });

  it.each(['[]', '"x"', '{}', '{"Records": {}}', '{"Records": null}', '{"Records": "[]"}', 'null', '42', '{"records": []}'])(
    '%s gives one error and nothing else',
    (text) => {
      expect(decodeLogFileText(text).success).toBe(false);
      for (const k of [0, 1, text.length]) {
        const items = run([text.slice(0, k), text.slice(k)]);
        expect(items).toHaveLength(1);
        soleErrorLast(items);
      }
    },
  );

  it('{"Records": {}} says Records must be an array', () => {
    expect(soleErrorLast(run(['{"Records": {}}']))).toContain('Records: expected an array of records');
  });

  it('a non-object names what was expected', () => {
    expect(soleErrorLast(run(['[]']))).toContain('expected an object with a Records array');
  });

  it('garbage after the closing brace gives an error after every record', () => {
    const f = file('streamalert.json');
    const expected = expectedItems(f.json);
    for (const garbage of [' x', '}', ']', ',', '{"Records": []}', '\n\n  0']) {
      const items = run([f.text, garbage]);
      expectSameItems(items.slice(0, -1), expected, `before ${JSON.stringify(garbage)}`);
      expect(soleErrorLast(items)).toContain('after the end of the log file');
    }
    expect(soleErrorLast(run(['{"Records": []}', ' ', '', 'g', 'arbage']))).toContain("unexpected 'g' after the end");
  });

  it('whitespace after the closing brace is fine', () => {
    expect(run(['{"Records": []}', ' \n\t\r', '\n'])).toEqual([]);
  });

  it('empty input gives an error at end()', () => {
    for (const chunks of [[], [''], [new Uint8Array(0)], ['  \n ']]) {
      const d = new LogStreamDecoder();
      for (const c of chunks) expect(d.push(c)).toEqual([]);
      const items = d.end();
      expect(items).toHaveLength(1);
      expect(soleErrorLast(items)).toContain('the text ends too early, before the log file begins');
    }
  });

  it('after an error, push and end give nothing and do not throw', () => {
    const record = JSON.stringify(new Fixtures({ seed: 2 }).record());
    for (const bad of ['[', '{"Records": {', '{"a" 1', '{"Records": [] x', `{"Records": [${record}} `]) {
      const d = new LogStreamDecoder();
      const first = d.push(bad);
      soleErrorLast(first);
      expect(() => d.push(`{"Records": [${record}]}`)).not.toThrow();
      expect(d.push(`, ${record}]}`)).toEqual([]);
      expect(d.push(utf8(record))).toEqual([]);
      expect(d.end()).toEqual([]);
      expect(d.end()).toEqual([]);
      expect(d.push('x')).toEqual([]);
    }
  });
});

async function collect<A>(items: AsyncIterable<LogStreamItem<A>>): Promise<Array<LogStreamItem<A>>> {
  const out: Array<LogStreamItem<A>> = [];
  for await (const i of items) out.push(i);
  return out;
}

describe('decodeLogStream', () => {
  const f = file('odd/aws-docs-iam-user-guide.json');
  const bytes = Buffer.from(f.text, 'utf8');
  const chunks = cut(bytes, [1, 100, 101, 5000, 5001, 9000]);
  const syncItems = run(chunks);

  it('the chunks split the file', () => {
    expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
    expect(syncItems.length).toBe(f.json.Records.length);
  });

  it('over an async generator yields what the sync API gives', async () => {
    async function* gen(): AsyncGenerator<Uint8Array> {
      for (const c of chunks) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        yield c;
      }
    }
    expect(await collect(decodeLogStream(gen()))).toEqual(syncItems);
  });

  it('over Readable.from(buffers) yields what the sync API gives', async () => {
    expect(await collect(decodeLogStream(Readable.from(chunks)))).toEqual(syncItems);
  });

  it('over a sync iterable of strings yields what the sync API gives', async () => {
    expect(await collect(decodeLogStream(cut(f.text, [3, 4, 700])))).toEqual(syncItems);
  });

  it('yields the error last for text that ends early, and nothing after an error', async () => {
    const truncated = await collect(decodeLogStream(Readable.from([bytes.subarray(0, 3000)])));
    expect(soleErrorLast(truncated)).toContain('the text ends too early');
    const broken = await collect(decodeLogStream(['{"Records": []} x', ' {"Records": [', f.text]));
    expect(broken).toHaveLength(1);
    expect(soleErrorLast(broken)).toContain('after the end of the log file');
  });

  it('over a plain string pushes it as one chunk, not one character at a time', async () => {
    // A string is an iterable of its characters; feeding them one by one made
    // a 1 MB text about 17 times slower to decode.
    const pushed: unknown[] = [];
    const push = LogStreamDecoder.prototype.push;
    LogStreamDecoder.prototype.push = function (this: LogStreamDecoder<unknown>, chunk) {
      pushed.push(chunk);
      return push.call(this, chunk);
    };
    try {
      expect(await collect(decodeLogStream(f.text))).toEqual(syncItems);
    } finally {
      LogStreamDecoder.prototype.push = push;
    }
    expect(pushed).toEqual([f.text]);
  });

  it('with { record: AppMeshEvent } on App Mesh builder records, yields App Mesh events', async () => {
    const fx = new Fixtures({ seed: 3 });
    const am = appMeshBuilders(fx);
    const events = appMeshEventNames.map((n) => am.build(n));
    const withOther = [...events, fx.record()];
    const text = JSON.stringify(fx.logFile(withOther), null, 1);
    const buffers = cut(Buffer.from(text, 'utf8'), [10, 4096, 4097, 20_000]);
    const items = await collect(decodeLogStream(Readable.from(buffers), { record: AppMeshEvent }));
    expectTypeOf(items).toEqualTypeOf<Array<LogStreamItem<AppMeshEvent>>>();
    expect(items).toEqual(expectedItems(JSON.parse(text), { record: AppMeshEvent }));
    const decoded = items.flatMap((i) => (i.kind === 'record' ? [i.record] : []));
    expect(decoded).toHaveLength(events.length);
    for (const [i, e] of decoded.entries()) {
      expect(AppMeshEvent.is(e)).toBe(true);
      expect(e.eventSource).toBe('appmesh.amazonaws.com');
      expect(e.eventName).toBe(appMeshEventNames[i]);
    }
    // The STS record of the same file is not an App Mesh event.
    const last = items[items.length - 1];
    expect(last?.kind === 'failure' && last.failure.index).toBe(events.length);
    expect(run([text], { record: AppMeshEvent })).toEqual(items);
  });
});

describe('a large generated log file', () => {
  it('20,000 records fed in 64 KiB chunks give what decodeLogFile gives', () => {
    const fx = new Fixtures({ seed: 1 });
    const am = appMeshBuilders(fx);
    // 2,000 distinct records, ten times over: building records costs more
    // than decoding them, and the stream sees 20,000 record texts all the same.
    const block: unknown[] = [];
    for (let i = 0; i < 2_000; i++) {
      const r = i % 2 === 0 ? am.build(appMeshEventNames[(i / 2) % appMeshEventNames.length] ?? 'CreateMesh') : fx.record();
      // A few broken ones, so failures are compared too.
      block.push(i % 1000 === 999 ? { ...r, eventTime: 'yesterday' } : r);
    }
    const records: unknown[] = Array.from({ length: 10 }, () => block).flat();
    const text = JSON.stringify({ Records: records });
    const bytes = utf8(text);
    const expected = expectedItems(JSON.parse(text));

    const d = new LogStreamDecoder();
    const items: Item[] = [];
    const size = 64 * 1024;
    for (let at = 0; at < bytes.length; at += size) items.push(...d.push(bytes.subarray(at, at + size)));
    items.push(...d.end());

    expect(bytes.length).toBeGreaterThan(100 * size);
    expect(items).toHaveLength(20_000);
    expect(errorsOf(items)).toEqual([]);
    const indexOf = (i: Item): number => (i.kind === 'record' ? i.index : i.kind === 'failure' ? i.failure.index : -1);
    expect(items.every((item, n) => indexOf(item) === n)).toBe(true);
    expect(items.filter((i) => i.kind === 'record')).toHaveLength(expected.filter((i) => i.kind === 'record').length);
    const failures = items.flatMap((i) => (i.kind === 'failure' ? [i.failure] : []));
    expect(failures.map((f) => f.index)).toEqual(Array.from({ length: 20 }, (_, k) => k * 1000 + 999));
    expect(failures.map((f) => f.message)).toEqual(
      expected.flatMap((i) => (i.kind === 'failure' ? [i.failure.message] : [])),
    );
    for (let n = 0; n < 20_000; n += 331) expect(items[n], `item ${n}`).toEqual(expected[n]);
    expect(items[19_999]).toEqual(expected[19_999]);
  }, 30_000);
});

describe('never throws', () => {
  /** Feeds `text` cut at `cuts` (positions modulo its length), as strings or bytes. */
  function feed(text: string | Uint8Array, cuts: readonly number[], asBytes: boolean): Item[] {
    const whole = typeof text === 'string' && asBytes ? utf8(text) : text;
    const positions = [...new Set(cuts.map((c) => (whole.length === 0 ? 0 : c % (whole.length + 1))))].sort((a, b) => a - b);
    const d = new LogStreamDecoder();
    const out: Item[] = [];
    for (const c of cut(whole, positions)) out.push(...d.push(c));
    out.push(...d.end());
    return out;
  }

  function consistent(items: Item[]): void {
    const errors = items.filter((i) => i.kind === 'error');
    expect(errors.length).toBeLessThanOrEqual(1);
    if (errors.length === 1) expect(items[items.length - 1]?.kind).toBe('error');
    const indexes = items.flatMap((i) => (i.kind === 'record' ? [i.index] : i.kind === 'failure' ? [i.failure.index] : []));
    expect(indexes).toEqual(indexes.map((_, n) => n));
  }

  const cuts = fc.array(fc.nat(), { maxLength: 12 });
  // Any code point, lone surrogates included, often ASCII. fast-check's own
  // 'binary' unit does the same but takes seconds to set up on first use.
  const anyChar = fc
    .oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0, max: 0x10ffff }))
    .map((cp) => String.fromCodePoint(cp));

  it('random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyChar, maxLength: 80 }), cuts, fc.boolean(), (s, cs, asBytes) => {
        consistent(feed(s, cs, asBytes));
      }),
      { numRuns: RUNS },
    );
  });

  it('random strings that start like a log file', () => {
    const tail = fc.string({ unit: fc.constantFrom(...'{}[]",:\\ 1ax'.split('')), maxLength: 60 });
    fc.assert(
      fc.property(fc.constantFrom('{"Records": [', '{"a": "', '{"Records": ["', '{"Records": [{'), tail, cuts, (head, s, cs) => {
        consistent(feed(head + s, cs, false));
      }),
      { numRuns: RUNS },
    );
  });

  it('random bytes, not always valid UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), cuts, (bytes, cs) => {
        consistent(feed(bytes, cs, true));
      }),
      { numRuns: RUNS },
    );
  });

  it('random JSON texts (fc.json())', () => {
    fc.assert(
      fc.property(fc.json(), cuts, fc.boolean(), (text, cs, asBytes) => {
        const items = feed(text, cs, asBytes);
        consistent(items);
        // A JSON text that is not an object cannot be a log file.
        const value: unknown = JSON.parse(text);
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          expect(items.map((i) => i.kind)).toEqual(['error']);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('random log files of JSON values and records give what decodeLogFile gives', () => {
    const fx = new Fixtures({ seed: 9 });
    const realRecords = [fx.record(), fx.record({ eventName: 'GetObject', eventSource: 's3.amazonaws.com' })];
    const others = fc.dictionary(
      fc.string({ unit: anyChar, maxLength: 8 }).filter((k) => k !== 'Records'),
      fc.jsonValue({ maxDepth: 3, stringUnit: anyChar }),
      { maxKeys: 3 },
    );
    const item = fc.oneof(fc.jsonValue({ maxDepth: 3, stringUnit: anyChar }), fc.constantFrom(...realRecords));
    const indent = fc.constantFrom(undefined, 1, '\t', ' \r\t');
    fc.assert(
      fc.property(others, fc.array(item, { maxLength: 6 }), others, indent, cuts, fc.boolean(), (before, items, after, ind, cs, asBytes) => {
        const value = { ...before, Records: items, ...after };
        const text = JSON.stringify(value, null, ind);
        const got = feed(text, cs, asBytes);
        consistent(got);
        expectSameItems(got, expectedItems(JSON.parse(text)), text);
      }),
      { numRuns: RUNS },
    );
  });
});

// Divergences from decodeLogFileText on the same text. CloudTrail never
// writes such files, but a log reader that sees other records than the batch
// decoder is a parser differential.
describe('texts where a stream must decide as JSON.parse does', () => {
  const record = JSON.stringify(new Fixtures({ seed: 4 }).record());

  // Keys are read as JSON reads them, escapes included.
  it('a Records key written with an escape is the Records key', () => {
    const text = `{"Rec\\u006frds": [${record}]}`;
    expect(decodeLogFileText(text).success).toBe(true);
    expect(run([text])).toEqual(expectedItems(JSON.parse(text)));
  });

  // JSON.parse keeps the last of two Records keys; a stream cannot wait to
  // see whether another comes, so it refuses the file instead of guessing.
  it('a repeated Records key is a file error, after the items of the first array', () => {
    const text = `{"Records": [1, 2], "Records": [${record}]}`;
    const items = run([text]);
    expect(items.map((i) => i.kind)).toEqual(['failure', 'failure', 'error']);
    const last = items[items.length - 1];
    expect(last?.kind === 'error' && last.error.message).toContain('second Records key');
  });

  it('a trailing comma in Records, an empty item and a leading comma are errors', () => {
    for (const text of [`{"Records": [${record},]}`, `{"Records": [${record},,${record}]}`, `{,"Records": []}`, `{"Records": [], }`]) {
      expect(decodeLogFileText(text).success, text.slice(0, 40)).toBe(false);
      expect(errorsOf(run([text])), text.slice(0, 40)).toHaveLength(1);
    }
  });
});

