// Size extremes: values nested 100,000 deep, a 10 MB string, a million
// records. Nothing may overflow the stack, and time must grow about linearly.
// Deep values are built and compared with loops: JSON.stringify and deep
// equality recurse, and would overflow themselves.
import { describe, expect, it } from 'vitest';
import * as appmesh from '../../src/services/appmesh/index.js';
import { Fixtures, anonymize, anonymizeLogFile, mergeOverrides } from '../../src/builders/index.js';
import * as api from '../support/api.js';
import { LogStreamDecoder, decodeLogStream, type LogStreamItem } from '../../src/stream/index.js';
import { createVirtualNodeFull } from '../appmesh/fixtures.js';

type Obj = Record<string, unknown>;
const isObj = (u: unknown): u is Obj => typeof u === 'object' && u !== null && !Array.isArray(u);

const fx = new Fixtures({ seed: 21 });
// U+2028 and U+2029 break lines in many log viewers, so they count too.
const LINE_BREAK = /[\r\n\u2028\u2029]/;

/** The items a stream decoder gives for `text` in chunks of `size` characters (or UTF-8 bytes). */
function stream(text: string, size: number, bytes = false): Array<LogStreamItem<api.CloudTrailRecord>> {
  const d = new LogStreamDecoder();
  const out: Array<LogStreamItem<api.CloudTrailRecord>> = [];
  const whole = bytes ? new TextEncoder().encode(text) : text;
  for (let i = 0; i < whole.length; i += size) out.push(...d.push(whole.slice(i, i + size)));
  out.push(...d.end());
  return out;
}

function recordOf(items: ReadonlyArray<LogStreamItem<api.CloudTrailRecord>>): api.ActivityRecord {
  expect(items.map((i) => i.kind)).toEqual(['record']);
  return (items[0] as { record: api.ActivityRecord }).record;
}

function expectOneLineIssues(issues: readonly api.Issue[], maxLength: number): void {
  expect(issues.length).toBeGreaterThan(0);
  for (const i of issues) {
    expect(i.message).not.toMatch(LINE_BREAK);
    expect(i.message.length).toBeLessThan(maxLength);
  }
}

// ---------------------------------------------------------------------------
// 100,000 levels

const DEPTH = 100_000;

/** Arrays and objects alternating, `DEPTH` levels, "bottom" at the bottom. */
function deepValue(): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < DEPTH; i++) v = i % 2 === 0 ? [v] : { d: v };
  return v;
}

/** The JSON text of deepValue(). */
function deepText(): string {
  const open: string[] = [];
  const close: string[] = [];
  for (let i = DEPTH - 1; i >= 0; i--) open.push(i % 2 === 0 ? '[' : '{"d":');
  for (let i = 0; i < DEPTH; i++) close.push(i % 2 === 0 ? ']' : '}');
  return `${open.join('')}"bottom"${close.join('')}`;
}

/** Walks down a deep value; true when it has the shape of deepValue(). */
function isDeepValue(root: unknown): boolean {
  let v = root;
  for (let i = DEPTH - 1; i >= 0; i--) {
    if (i % 2 === 0) {
      if (!Array.isArray(v) || v.length !== 1) return false;
      v = v[0];
    } else {
      if (!isObj(v) || Object.keys(v).join() !== 'd') return false;
      v = v['d'];
    }
  }
  return v === 'bottom';
}

/** True when `a` and `b` have deepValue()'s shape and share no container. */
function isDeepCopy(a: unknown, b: unknown): boolean {
  let x = a;
  let y = b;
  for (let i = DEPTH - 1; i >= 0; i--) {
    if (x === y) return false;
    x = i % 2 === 0 ? (x as unknown[])[0] : (x as Obj)['d'];
    y = i % 2 === 0 ? (y as unknown[])[0] : (y as Obj)['d'];
  }
  return isDeepValue(b);
}

describe(`a record with requestParameters ${DEPTH.toLocaleString('en')} levels deep`, () => {
  const deep = deepValue();
  const record = { ...fx.record(), requestParameters: { deep } };
  const head = JSON.stringify({ ...record, requestParameters: { deep: 0 } });
  const text = head.replace('"deep":0', `"deep":${deepText()}`);
  const fileText = `{"Records":[${text}]}`;
  const deepOf = (r: unknown): unknown => ((r as Obj)['requestParameters'] as Obj)['deep'];

  it('is what the test means it to be', () => {
    expect(isDeepValue(deep)).toBe(true);
    expect(isDeepValue(deepOf(JSON.parse(text)))).toBe(true);
  });

  it('decodes and encodes with every record codec, keeping the payload as it is', () => {
    for (const codec of [api.CloudTrailRecord, api.ActivityRecord] as const) {
      const r = (codec as api.CloudTrailRecordC).decode(record);
      expect(r._tag).toBe('Right');
      if (r._tag !== 'Right') return;
      expect(deepOf(r.right)).toBe(deep);
      expect(deepOf((codec as api.CloudTrailRecordC).encode(r.right))).toBe(deep);
    }
    const mesh = appmesh.AppMeshEvent.decode(record);
    expect(mesh._tag === 'Left' && api.formatErrors(mesh.left)).toEqual(['eventSource: is sts.amazonaws.com, not appmesh.amazonaws.com']);
  });

  it('decodeRecord, decodeRecordOrThrow, decodeWith, then actorOf', () => {
    const r = api.decodeRecord(record);
    expect(r.success && deepOf(r.data)).toBe(deep);
    expect(deepOf(api.decodeRecordOrThrow(record))).toBe(deep);
    expect(api.decodeWith(api.CloudTrailRecord, record).success).toBe(true);
    expect(r.success && api.actorOf(r.data)?.kind).toBe('iam-user');
  });

  it('UserIdentity and actorOfIdentity, with the deep value in the web identity claims', () => {
    const identity = fx.webIdentityUser({ sessionContext: { webIdFederationData: { federatedProvider: 'accounts.google.com', attributes: {} } } });
    const deepIdentity = { ...identity, sessionContext: { webIdFederationData: { attributes: { deep } } } };
    const r = api.UserIdentity.decode(deepIdentity);
    expect(r._tag).toBe('Right');
    if (r._tag !== 'Right') return;
    expect(api.actorOfIdentity(r.right).kind).toBe('web-identity-user');
    const encoded = api.UserIdentity.encode(r.right) as { sessionContext: { webIdFederationData: { attributes: Obj } } };
    expect(encoded.sessionContext.webIdFederationData.attributes['deep']).toBe(deep);
  });

  it('decodeRecordText', () => {
    const r = api.decodeRecordText(text);
    expect(r.success).toBe(true);
    if (r.success) expect(isDeepValue(deepOf(r.data))).toBe(true);
  });

  it('decodeLogFile, decodeLogFileOrThrow, decodeLogFileText and LogFile', () => {
    const file = { Records: [record, record] };
    const r = api.decodeLogFile(file);
    expect(r.success && r.data.records.length).toBe(2);
    expect(api.decodeLogFileOrThrow(file).records.length).toBe(2);
    expect(api.LogFile.decode(file)._tag).toBe('Right');
    const t = api.decodeLogFileText(fileText);
    expect(t.success && t.data.records.length).toBe(1);
    if (t.success) expect(isDeepValue(deepOf(t.data.records[0]))).toBe(true);
  });

  it('decodeEventBridgeEvent', () => {
    const event = { ...fx.eventBridgeEvent(fx.record()), detail: record };
    const r = api.decodeEventBridgeEvent(event);
    expect(r.success && deepOf(r.data.detail)).toBe(deep);
    if (r.success) expect(deepOf(api.EventBridgeCloudTrailEvent.encode(r.data).detail)).toBe(deep);
  });

  it('decodeLookupEvent and decodeLookupEventsResponse, with the record as CloudTrailEvent text', () => {
    const event = { ...fx.lookupEvent(fx.record()), CloudTrailEvent: text };
    const r = api.decodeLookupEvent(event);
    expect(r.success).toBe(true);
    if (r.success) expect(isDeepValue(deepOf(r.data.CloudTrailEvent))).toBe(true);
    const page = api.decodeLookupEventsResponse({ Events: [event, event] });
    expect(page.success && page.data.events.length).toBe(2);
  });

  it('LookupEvent.encode of what it decoded', () => {
    const r = api.LookupEvent.decode({ ...fx.lookupEvent(fx.record()), CloudTrailEvent: text });
    expect(r._tag).toBe('Right');
    if (r._tag === 'Right') expect(() => api.LookupEvent.encode(r.right)).not.toThrow();
  });

  it.each([
    ['in one piece', fileText.length, false],
    ['in 64 KiB chunks of text', 65_536, false],
    ['in 64 KiB chunks of bytes', 65_536, true],
    ['in 1,000-character chunks', 1_000, false],
  ] as const)('the stream decoder, %s', (_, size, bytes) => {
    expect(isDeepValue(deepOf(recordOf(stream(fileText, size, bytes))))).toBe(true);
  });

  it('decodeLogStream', async () => {
    const items: Array<LogStreamItem<api.CloudTrailRecord>> = [];
    for await (const item of decodeLogStream([fileText.slice(0, 100_000), fileText.slice(100_000)])) items.push(item);
    expect(isDeepValue(deepOf(recordOf(items)))).toBe(true);
  });

  it('anonymize and anonymizeLogFile copy it level by level', () => {
    expect(isDeepCopy(deepOf(record), deepOf(anonymize(record, { seed: 1 })))).toBe(true);
    const file = anonymizeLogFile({ Records: [record] }, { seed: 1 });
    expect(isDeepCopy(deepOf(record), deepOf(file.Records[0]))).toBe(true);
  });

  it('the builders that wrap a record copy it without overflowing', () => {
    const wire = record as unknown as api.ActivityRecordJson;
    expect(() => fx.logFile([wire])).not.toThrow();
    expect(() => fx.eventBridgeEvent(wire)).not.toThrow();
    expect(() => mergeOverrides(wire, undefined)).not.toThrow();
  });

  it('failures around it are reported on one line each: formatErrors, DecodeError, RecordFailure', () => {
    const bad = {
      ...record,
      eventTime: deep,
      userIdentity: { type: 'AssumedRole', sessionContext: { attributes: { mfaAuthenticated: deep } } },
    };
    const r = api.CloudTrailRecord.decode(bad);
    expect(r._tag).toBe('Left');
    if (r._tag !== 'Left') return;
    expect(api.formatErrors(r.left)).toContain('eventTime: expected ISO-8601 UTC timestamp (like 2019-10-18T15:00:49Z), got an object');
    expect(api.formatErrors(r.left)).toContain('userIdentity.sessionContext.attributes.mfaAuthenticated: expected "true" | "false", got an object');
    expectOneLineIssues(api.issuesOf(r.left), 200);

    const thrown = (() => {
      try {
        api.decodeRecordOrThrow(bad);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(api.DecodeError);
    expectOneLineIssues((thrown as api.DecodeError).issues, 200);

    const file = api.decodeLogFile({ Records: [record, { ...record, requestParameters: [deep] }] });
    expect(file.success && file.data.failures.map((f) => f.issues.map((i) => i.message))).toEqual([
      ['Records[1].requestParameters: expected JSON object | null, got an array of 1 item'],
    ]);
    const badText = JSON.stringify({ ...record, requestParameters: [0] }).replace('"requestParameters":[0]', `"requestParameters":[${deepText()}]`);
    const items = stream(`{"Records":[${text},${badText}]}`, 65_536);
    expect(items.map((i) => i.kind)).toEqual(['record', 'failure']);
    const failure = items[1]?.kind === 'failure' ? items[1].failure : undefined;
    expect(failure?.issues.map((i) => i.message)).toEqual(['Records[1].requestParameters: expected JSON object | null, got an array of 1 item']);
  });

  describe('checkAppMeshRequest on an App Mesh record with a deep spec', () => {
    const node = createVirtualNodeFull();
    const withSpec = (spec: Obj): appmesh.AppMeshEvent =>
      ({ ...node, requestParameters: { ...node.requestParameters, spec: { ...node.requestParameters.spec, ...spec } } }) as never;

    it('deep as a union member added later: decodes, and the check names the union', () => {
      const cases = [
        [{ backends: [deep] }, 'requestParameters.spec.backends[0]: expected exactly one of virtualService, got none'],
        [{ serviceDiscovery: deep }, 'requestParameters.spec.serviceDiscovery: expected exactly one of awsCloudMap | dns, got none'],
      ] as const;
      for (const [spec, issue] of cases) {
        const r = appmesh.AppMeshEvent.decode(withSpec(spec));
        expect(r._tag).toBe('Right');
        if (r._tag === 'Right') expect(appmesh.checkAppMeshRequest(r.right).map((i) => i.message)).toEqual([issue]);
      }
    });

    it('deep where the model has a struct: refused in a short report, and the raw request checked', () => {
      for (const spec of [{ listeners: [{ portMapping: deep }] }, { serviceDiscovery: { dns: deep } }]) {
        const event = withSpec(spec);
        const r = appmesh.AppMeshEventStrict.decode(event);
        expect(r._tag).toBe('Left');
        if (r._tag === 'Left') expectOneLineIssues(api.issuesOf(r.left), 300);
        // The lenient codec keeps the record, with the same short report as its departures.
        const kept = appmesh.AppMeshEvent.decode(event);
        expect(kept._tag === 'Right' && appmesh.appMeshService.isDeparted(kept.right)).toBe(true);
        if (kept._tag === 'Right') expectOneLineIssues(appmesh.appMeshService.departuresOf(kept.right), 300);
        // A JavaScript caller may pass what did not decode; that must not overflow either.
        const issues = appmesh.checkAppMeshRequest(event);
        expectOneLineIssues(issues, 300);
        for (const i of issues) expect(i.message).toMatch(/^requestParameters\.spec\.\S+: required by the model/);
      }
    });

    it('deep inside a uniqueItems list', () => {
      const event = withSpec({ backendDefaults: { clientPolicy: { tls: { ports: [deep, deep], validation: { trust: { file: { certificateChain: '/c' } } } } } } });
      expect(() => appmesh.checkAppMeshRequest(event)).not.toThrow();
    });
  });

  it('AppMeshEvent reports a deep eventSource without overflowing', () => {
    expect(() => appmesh.AppMeshEvent.decode({ ...record, eventSource: deep })).not.toThrow();
  });
});

// ---------------------------------------------------------------------------
// 10 MB in one string

describe('a 10 MB string field', () => {
  const SIZE = 10 * 1024 * 1024;
  // Quotes, backslashes, line breaks, accents and an emoji, so that escaping
  // and multi-byte characters split across chunks are exercised; an account
  // id and an address at the ends for the anonymizer to find.
  const unit = 'The quick "brown" fox \\ jumps over the lazy dog,\n\tthen naïve café 😀 ✓ ';
  const head = '111122223333 ';
  const tail = ' 203.0.113.9';
  const fillerLength = SIZE - head.length - tail.length;
  const filler = unit.repeat(Math.floor(fillerLength / unit.length)).padEnd(fillerLength, '.');
  const big = `${head}${filler}${tail}`;
  const record = { ...fx.record(), userAgent: big };
  const text = JSON.stringify(record);
  const fileText = `{"Records":[${text}]}`;

  it('is what the test means it to be', () => {
    expect(big.length).toBe(SIZE);
    expect(text.length).toBeGreaterThan(SIZE);
  });

  it('decodes and encodes unchanged', () => {
    const r = api.ActivityRecord.decode(record);
    expect(r._tag === 'Right' && r.right.userAgent === big).toBe(true);
    if (r._tag === 'Right') expect(api.ActivityRecord.encode(r.right).userAgent === big).toBe(true);
    const t = api.decodeRecordText(text);
    expect(t.success && (t.data as api.ActivityRecord).userAgent === big).toBe(true);
    const f = api.decodeLogFileText(fileText);
    expect(f.success && (f.data.records[0] as api.ActivityRecord).userAgent === big).toBe(true);
    const l = api.decodeLookupEvent({ ...fx.lookupEvent(fx.record()), CloudTrailEvent: text });
    expect(l.success && (l.data.CloudTrailEvent as api.ActivityRecord).userAgent === big).toBe(true);
    if (l.success) expect(api.LookupEvent.encode(l.data).CloudTrailEvent === text).toBe(true);
  });

  it.each([
    ['64 KiB chunks of text', false],
    ['64 KiB chunks of bytes, splitting characters', true],
  ] as const)('streams in %s', (_, bytes) => {
    expect(recordOf(stream(fileText, 64 * 1024, bytes)).userAgent === big).toBe(true);
  });

  it('anonymizes: the identifiers replaced, the rest as it was', () => {
    const out = anonymize(record, { seed: 1 }).userAgent;
    expect(out.slice(0, head.length)).toMatch(/^\d{12} $/);
    expect(out.slice(0, head.length)).not.toBe(head);
    expect(out.slice(head.length, head.length + fillerLength) === filler).toBe(true);
    expect(out.slice(head.length + fillerLength)).toMatch(/^ \d+\.\d+\.\d+\.\d+$/);
    expect(out.slice(head.length + fillerLength)).not.toBe(tail);
  });

  it('in the wrong place, is reported in a short message', () => {
    const r = api.decodeRecord({ ...record, eventTime: big });
    expect(r.success).toBe(false);
    if (!r.success) expectOneLineIssues(r.error.issues, 300);
  });

  it('as a wrong App Mesh eventSource, is reported in a short message', () => {
    const r = appmesh.AppMeshEvent.decode({ ...record, eventSource: big });
    expect(r._tag).toBe('Left');
    if (r._tag === 'Left') expectOneLineIssues(api.issuesOf(r.left), 300);
  });
});

// ---------------------------------------------------------------------------
// Growth

function time(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

/** time(large) / time(small), after a warm-up; small is the median of `runs`, large is long enough to time once. */
// The fastest of a few runs on each side: other test files share the CPU, and
// a pause lands on one run, not on all of them.
// The large side runs `largeRuns` times (once by default: it is the costly one).
function growth(small: () => void, large: () => void, runs = 3, largeRuns = runs): number {
  small();
  const fastest = (f: () => void, n: number): number => Math.min(...Array.from({ length: n }, () => time(f)));
  return fastest(large, largeRuns) / fastest(small, runs);
}

describe('a log file of 200,000 records', () => {
  // The smallest records that decode (and one that does not: no awsRegion),
  // about 100 to 140 bytes each.
  const texts = [
    '{"eventVersion":"1","userIdentity":{},"eventTime":"20240101T000000Z","eventSource":"s","eventName":"n","awsRegion":"r"}',
    '{"eventVersion":"1.08","userIdentity":{"type":"X"},"eventTime":"2024-01-01T00:00:01Z","eventSource":"s","eventName":"n","awsRegion":"r"}',
    '{"eventVersion":"1","userIdentity":{},"eventTime":"20240101T000002Z","eventSource":"s","eventName":"n","awsRegion":"r","eventType":"AwsApiCall"}',
    '{"eventVersion":"1","userIdentity":{},"eventTime":"20240101T000003Z","eventSource":"s","eventName":"n"}',
  ];
  const block = texts.join(',');
  const file = (n: number): string => `{"Records":[${`${block},`.repeat(n / texts.length - 1)}${block}]}`;

  const whole = (n: number) => (): void => {
    const r = api.decodeLogFileText(file(n));
    expect(r.success && [r.data.records.length, r.data.failures.length]).toEqual([(n * 3) / 4, n / 4]);
  };
  const streamed = (n: number) => (): void => {
    const text = file(n);
    const d = new LogStreamDecoder();
    const counts = { record: 0, failure: 0, error: 0 };
    const count = (items: ReadonlyArray<LogStreamItem<api.CloudTrailRecord>>): void => {
      for (const i of items) counts[i.kind]++;
    };
    for (let i = 0; i < text.length; i += 64 * 1024) count(d.push(text.slice(i, i + 64 * 1024)));
    count(d.end());
    expect(counts).toEqual({ record: (n * 3) / 4, failure: n / 4, error: 0 });
  };

  it('the record texts are what the test means them to be', () => {
    expect(texts.map((t) => api.decodeRecordText(t).success)).toEqual([true, true, true, false]);
    expect(Math.max(...texts.map((t) => t.length))).toBeLessThan(150);
  });

  // A check of complexity, not of speed: 200,000 records are timed against
  // 50,000 decoded four times, the same linear work and allocation, so the
  // ratio is about 1 when linear and 4 when quadratic; 3 leaves room for a
  // loaded machine (timing the sizes once each, against 8 times, failed at
  // 9.96 while a benchmark ran beside it). 50,000 records (6 MB) are past the
  // point where the garbage collector changes gear; the fastest of two runs
  // of each side absorbs a pause.
  it.each([
    ['decodeLogFileText', whole],
    ['LogStreamDecoder', streamed],
  ] as const)('%s reads them all, in time roughly linear in their number', (_, run) => {
    const small = run(50_000);
    const fourSmall = (): void => {
      for (let i = 0; i < 4; i++) small();
    };
    const g = growth(fourSmall, run(200_000), 2, 2);
    expect(g).toBeLessThan(3);
  }, 120_000);
});

describe('time in the size of one value', () => {
  // Each check times one large input against the small input run as many
  // times as the large one is bigger, so that both sides do the same linear
  // work (and the same allocation, which keeps the garbage collector out of
  // the ratio): about 1 when linear, the size factor (8 or 16) when quadratic.
  const repeat = (f: () => void, n: number) => (): void => {
    for (let i = 0; i < n; i++) f();
  };

  it('the stream decoder is roughly linear in the size of one record', () => {
    const fileOf = (kb: number): string =>
      JSON.stringify({ Records: [{ ...fx.record(), responseElements: { items: new Array<number>(kb * 500).fill(7) } }] });
    const [small, large] = [fileOf(512), fileOf(8_192)];
    const run = (text: string) => (): void => {
      expect(recordOf(stream(text, 16 * 1024)).eventVersion).toBe('1.11');
    };
    expect(growth(repeat(run(small), 16), run(large), 3, 2)).toBeLessThan(5);
  }, 60_000);

  it('anonymize is roughly linear in the identifiers of one string', () => {
    const ids = (n: number): string => Array.from({ length: n }, (_, i) => String(100_000_000_000 + i)).join(' ');
    const [small, large] = [ids(16_000), ids(128_000)];
    const run = (text: string) => (): void => {
      anonymize({ userAgent: text }, { seed: 1 });
    };
    expect(growth(repeat(run(small), 8), run(large), 3, 2)).toBeLessThan(4);
  }, 60_000);

  it('anonymize is roughly linear in a run of hex digits and colons', () => {
    // Large enough that a run takes milliseconds, not timer ticks; 8 times the text.
    const [small, large] = [`${'0:'.repeat(64_000)}g`, `${'0:'.repeat(512_000)}g`];
    const run = (text: string) => (): void => {
      anonymize({ userAgent: text }, { seed: 1 });
    };
    expect(growth(repeat(run(small), 8), run(large), 3, 2)).toBeLessThan(4);
  }, 60_000);
});
