// No public function of the containers throws, whatever it is given, and one
// hostile record costs only itself: getters that throw, Proxies (revoked
// ones too), cycles, class instances, wrong argument types, huge and deep
// inputs.
import { describe, expect, it } from 'vitest';
import { DecodeError } from '../../src/index.js';
import {
  EventBridgeCloudTrailEvent,
  LogFile,
  decodeEventBridgeEvent,
  decodeLogFile,
  decodeLogFileOrThrow,
  decodeLogFileText,
  decodeRecord,
  decodeRecordOrThrow,
  decodeRecordText,
  isDigestFile,
  notificationKindOf,
} from '../../src/containers/index.js';
import { parseJsonText } from '../../src/containers/jsonSyntax.js';
import { LogStreamDecoder, decodeLogStream, type LogStreamItem } from '../../src/stream/index.js';
import { corpusFiles } from '../support/corpus.js';

const good = corpusFiles()
  .flatMap((f) => f.json.Records)
  .filter((r) => (r as { eventType?: unknown }).eventType === 'AwsApiCall' && decodeRecord(r).success)
  .slice(0, 2);
const [goodA, goodB] = good;

const boom = (): never => {
  throw new Error('boom\n  Records[9]: forged line');
};

function revoked(target: object = {}): object {
  const r = Proxy.revocable(target, {});
  r.revoke();
  return r.proxy;
}

/** A Proxy whose every trap throws. */
function hostileProxy(target: object = {}): object {
  const handler: ProxyHandler<object> = {};
  for (const trap of ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'defineProperty', 'set', 'deleteProperty', 'isExtensible', 'preventExtensions', 'setPrototypeOf', 'apply', 'construct'] as const) {
    handler[trap] = boom;
  }
  return new Proxy(target, handler);
}

class Instance {
  readonly eventVersion = '1.08';
  get eventName(): string {
    return boom();
  }
}

function hostileValues(): Array<[string, unknown]> {
  const cyclic: Record<string, unknown> = { eventVersion: '1.08' };
  cyclic['self'] = cyclic;
  cyclic['userIdentity'] = cyclic;
  const cyclicArray: unknown[] = [];
  cyclicArray.push(cyclicArray);
  const withGetter = { ...(goodA as object) };
  Object.defineProperty(withGetter, 'eventName', { get: boom, enumerable: true });
  const deepArray = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`) as unknown;
  const deepObject = JSON.parse(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`) as unknown;
  return [
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['NaN', Number.NaN],
    ['a bigint', 10n],
    ['a symbol', Symbol('x')],
    ['a function', boom],
    ['a string', 'x'],
    ['a Date', new Date(0)],
    ['a Map', new Map([['Records', []]])],
    ['a class instance with a throwing getter', new Instance()],
    ['a record with a throwing getter', withGetter],
    ['a revoked Proxy', revoked()],
    ['a revoked Proxy of an array', revoked([])],
    ['a Proxy whose traps throw', hostileProxy()],
    ['a Proxy of an array whose traps throw', hostileProxy([])],
    ['a cyclic object', cyclic],
    ['a cyclic array', cyclicArray],
    ['an array nested 100,000 deep', deepArray],
    ['an object nested 100,000 deep', deepObject],
    ['a record with a 50 MB timestamp', { ...(goodA as object), eventTime: 'x'.repeat(50 * 1024 * 1024) }],
  ];
}

const values = hostileValues();

function expectDecodeError(r: { success: boolean; error?: unknown }): void {
  if (!r.success) expect(r.error).toBeInstanceOf(DecodeError);
}

describe('the whole-file decoders never throw', () => {
  it('the good records decode', () => {
    expect(good).toHaveLength(2);
  });

  it.each(values)('decodeLogFile(%s), and as a record, and as Records', (_name, v) => {
    expect(() => decodeLogFile(v)).not.toThrow();
    expect(decodeLogFile(v).success).toBe(false);
    expectDecodeError(decodeLogFile(v));
    const r = decodeLogFile({ Records: [goodA, v, goodB] });
    expect(r.success && r.data.records).toEqual([decodeRecord(goodA), decodeRecord(goodB)].map((x) => x.success && x.data));
    expect(r.success && r.data.failures.map((f) => f.index)).toEqual([1]);
    expect(() => decodeLogFile({ Records: v })).not.toThrow();
    expect(() => LogFile.decode(v)).not.toThrow();
    expect(() => LogFile.decode({ Records: [goodA, v] })).not.toThrow();
    expect(() => LogFile.is(v)).not.toThrow();
    expect(() => isDigestFile(v)).not.toThrow();
    expect(() => notificationKindOf(v)).not.toThrow();
  });

  it.each(values)('decodeLogFileOrThrow(%s) throws only a DecodeError', (_name, v) => {
    try {
      decodeLogFileOrThrow(v);
    } catch (e) {
      expect(e).toBeInstanceOf(DecodeError);
    }
  });

  it('a Records array whose item getter throws loses only that item', () => {
    const records: unknown[] = [goodA, null, goodB];
    Object.defineProperty(records, 1, { get: boom });
    const r = decodeLogFile({ Records: records });
    expect(r.success && [r.data.records.length, r.data.failures.map((f) => f.index)]).toEqual([2, [1]]);
    const failure = r.success ? r.data.failures[0] : undefined;
    expect(failure?.message).not.toContain('forged line');
  });

  it('a Records getter, a Records Proxy and a revoked Records fail the file with a DecodeError', () => {
    const withGetter = {};
    Object.defineProperty(withGetter, 'Records', { get: boom, enumerable: true });
    for (const file of [withGetter, { Records: revoked([]) }, { Records: hostileProxy([]) }, hostileProxy({ Records: [] })]) {
      const r = decodeLogFile(file);
      expect(r.success).toBe(false);
      expectDecodeError(r);
      expect(r.success === false && r.error.message).not.toContain('forged line');
    }
  });

  it('options of the wrong type give a DecodeError, not an exception', () => {
    const throwingOptions = {};
    Object.defineProperty(throwingOptions, 'record', { get: boom });
    for (const options of [42, 'x', { record: 42 }, { record: {} }, { record: null }, throwingOptions, revoked(), hostileProxy()]) {
      const r = decodeLogFile({ Records: [goodA] }, options as never);
      expect(r.success).toBe(false);
      expectDecodeError(r);
      expect(() => decodeLogFileText('{"Records": []}', options as never)).not.toThrow();
      expect(() => new LogStreamDecoder(options as never)).not.toThrow();
      const d = new LogStreamDecoder(options as never);
      const items = [...d.push('{"Records": []}'), ...d.end()];
      expect(items.map((i) => i.kind)).toEqual(['error']);
    }
    // null is taken as no options, as undefined is.
    expect(decodeLogFile({ Records: [goodA] }, null as never).success).toBe(true);
  });

  it('the failure of a record with a 50 MB value stays short', () => {
    const r = decodeLogFile({ Records: [goodA, values.find(([n]) => n.includes('50 MB'))?.[1]] });
    const failure = r.success ? r.data.failures[0] : undefined;
    expect(failure?.index).toBe(1);
    expect(failure?.message.length).toBeLessThan(2000);
  });
});

describe('the text decoders never throw', () => {
  const notText: unknown[] = [42, undefined, null, {}, [], Symbol('x'), 10n, new Uint8Array([0x7b, 0x7d]), revoked(), hostileProxy(), boom];

  it.each(notText.map((v) => [String(typeof v), v] as const))('decodeLogFileText, decodeRecordText and parseJsonText of a %s', (_n, v) => {
    const a = decodeLogFileText(v as string);
    const b = decodeRecordText(v as string);
    expect([a.success, b.success, parseJsonText(v as string).ok]).toEqual([false, false, false]);
    expect(a.success === false && a.error.message).toMatch(/expected the text of a log file \(a string\), got/);
    expect(b.success === false && b.error.message).toMatch(/expected the JSON text of a record \(a string\), got/);
  });

  it('a record nested 100,000 deep in a log file text costs only itself', () => {
    const deep = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    const text = `{"Records": [${JSON.stringify(goodA)}, {"eventVersion": "1.08", "requestParameters": ${deep}}, ${JSON.stringify(goodB)}]}`;
    const r = decodeLogFileText(text);
    expect(r.success && [r.data.records.length, r.data.failures.map((f) => f.index)]).toEqual([2, [1]]);
    expect(() => decodeRecordText(deep)).not.toThrow();
    const items = [...new LogStreamDecoder().push(text)];
    expect(items.map((i) => i.kind)).toEqual(['record', 'failure', 'record']);
  });

  it('decodeRecord, decodeRecordText and decodeEventBridgeEvent answer for every hostile value', () => {
    for (const [name, v] of values) {
      expect(() => decodeRecord(v), name).not.toThrow();
      expect(decodeRecord(v).success, name).toBe(false);
      expect(() => decodeEventBridgeEvent(v), name).not.toThrow();
      expect(decodeEventBridgeEvent(v).success, name).toBe(false);
      expect(() => decodeEventBridgeEvent({ 'detail-type': 'AWS API Call via CloudTrail', detail: v }), name).not.toThrow();
      expect(() => EventBridgeCloudTrailEvent.decode(v), name).not.toThrow();
      try {
        decodeRecordOrThrow(v);
      } catch (e) {
        expect(e, name).toBeInstanceOf(DecodeError);
      }
    }
  });

  it('decodeRecord with something that is no codec gives a DecodeError', () => {
    for (const codec of [42, null, {}, { decode: 1 }, revoked(), hostileProxy()]) {
      const r = decodeRecord(goodA, codec as never);
      expect(r.success).toBe(false);
      expectDecodeError(r);
      expect(decodeRecordText('{}', codec as never).success).toBe(false);
    }
  });
});

describe('codecs that cannot be read', () => {
  it('a codec that cannot be read is called the codec, not options', () => {
    for (const codec of [revoked(), hostileProxy()]) {
      const r = decodeRecord(goodA, codec as never);
      expect(r.success === false && r.error.message).toMatch(/^Bad arguments:\n {2}\(root\): codec could not be read: (TypeError|Error)$/);
      const e = decodeRecordText('{}', codec as never);
      expect(e.success === false && e.error.message).toMatch(/codec could not be read/);
    }
  });

  it('a record codec whose name cannot be read is refused up front, on every path', () => {
    const nameless = { ...(decodeRecord as unknown as object), validate: () => undefined, decode: () => undefined };
    Object.defineProperty(nameless, 'name', { get: boom });
    for (const value of [42, { Records: [goodA] }]) {
      const r = decodeLogFile(value, { record: nameless as never });
      expect(r.success === false && r.error.message).toBe('Bad options:\n  (root): options.record could not be read: Error');
    }
    const items = [...new LogStreamDecoder({ record: nameless as never }).push('{"Records": []}')];
    expect(items.map((i) => i.kind === 'error' && i.error.message)).toEqual(['Bad options:\n  (root): options.record could not be read: Error']);
  });
});

describe('the stream decoder never throws', () => {
  function run(chunks: unknown[]): Array<LogStreamItem<unknown>> {
    const d = new LogStreamDecoder();
    const out: Array<LogStreamItem<unknown>> = [];
    for (const c of chunks) out.push(...d.push(c as string));
    out.push(...d.end());
    return out;
  }

  it.each([
    ['a number', 42],
    ['undefined', undefined],
    ['null', null],
    ['an object', {}],
    ['an array of numbers', [123, 125]],
    ['a symbol', Symbol('x')],
    ['a revoked Proxy', revoked()],
    ['a Proxy whose traps throw', hostileProxy()],
  ] as const)('push of %s ends the input with one error', (_name, chunk) => {
    const items = run(['{"Records": [', chunk, ']}']);
    expect(items.map((i) => i.kind)).toEqual(['error']);
    const last = items[0];
    expect(last?.kind === 'error' && last.error).toBeInstanceOf(DecodeError);
  });

  it('an ArrayBuffer and a DataView are bytes like a Uint8Array', () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ Records: [goodA] }));
    const expected = run([bytes]);
    expect(expected.map((i) => i.kind)).toEqual(['record']);
    expect(run([bytes.buffer.slice(0)])).toEqual(expected);
    expect(run([new DataView(bytes.buffer.slice(0))])).toEqual(expected);
  });

  it('push and end after an error give nothing', () => {
    const d = new LogStreamDecoder();
    expect(d.push(42 as never).map((i) => i.kind)).toEqual(['error']);
    expect(d.push('{"Records": []}')).toEqual([]);
    expect(d.end()).toEqual([]);
  });

  it('decodeLogStream of something that is not iterable yields one error item', async () => {
    for (const source of [42, null, undefined, {}, revoked(), hostileProxy()]) {
      const items: Array<LogStreamItem<unknown>> = [];
      for await (const i of decodeLogStream(source as never)) items.push(i);
      expect(items.map((i) => i.kind)).toEqual(['error']);
      expect(items[0]?.kind === 'error' && items[0].error.message).toContain('expected an iterable of chunks');
    }
  });

  it('decodeLogStream turns a bad chunk into an error item', async () => {
    const items: Array<LogStreamItem<unknown>> = [];
    for await (const i of decodeLogStream(['{"Records": [', 42 as never, ']}'])) items.push(i);
    expect(items.map((i) => i.kind)).toEqual(['error']);
  });

  it('a chunk that cannot be read says so once, naming the exception', () => {
    const d = new LogStreamDecoder();
    const items = d.push(revoked(new Uint8Array(4)) as never);
    expect(items.map((i) => i.kind === 'error' && i.error.message)).toEqual(['Not a readable CloudTrail log file:\n  (root): a chunk could not be read: TypeError']);
  });

  it('a record with a 20 MB string among good ones, in 64 KiB byte chunks', () => {
    const big = { ...(goodA as object), eventName: 'x'.repeat(20 * 1024 * 1024) };
    const bytes = new TextEncoder().encode(JSON.stringify({ Records: [goodA, big, goodB] }));
    const d = new LogStreamDecoder();
    const items: Array<LogStreamItem<unknown>> = [];
    for (let at = 0; at < bytes.length; at += 65536) items.push(...d.push(bytes.subarray(at, at + 65536)));
    items.push(...d.end());
    expect(items.map((i) => i.kind)).toEqual(['record', 'record', 'record']);
  });
});
