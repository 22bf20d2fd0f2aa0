// Hostile input: every public decoding function, fed random values, random
// text and mutations of real records, must answer with a value (never throw,
// except DecodeError from the …OrThrow functions) and report each failure as
// issues that name where the problem is, on one line.
import { fuzzRuns } from '../support/fuzz.js';
import fc from 'fast-check';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import * as appmesh from '../../src/services/appmesh/index.js';
import { Fixtures, anonymize, anonymizeLogFile, appMeshBuilders } from '../../src/builders/index.js';
import * as api from '../support/api.js';
import * as serviceKit from '../../src/service-kit/index.js';
import { LogStreamDecoder, decodeLogStream, type LogStreamItem } from '../../src/stream/index.js';
import { fixtures as appMeshFixtures } from '../appmesh/fixtures.js';
import { corpusFiles, corpusRecords } from '../support/corpus.js';
import { cut, deepFreeze } from '../support/values.js';

// Runs per property: a hundred for `npm test`, which must stay fast; the
// CI script sets FUZZ_RUNS to 1000. A count, never a time limit, so that
// a loaded machine checks as much as an idle one, only slower.
const RUNS = fuzzRuns(100);
const params = { numRuns: RUNS };
// Generous: a timeout here only catches a hang.
const TEST_MS = Math.max(60_000, RUNS * 20);

type Codec = t.Mixed;
type Key = string | number;
type Obj = Record<string, unknown>;

const isObj = (u: unknown): u is Obj => typeof u === 'object' && u !== null && !Array.isArray(u);
const SOURCE = appmesh.appMeshEventSource;

function codecsOf(mod: object): Array<[string, Codec]> {
  return Object.entries(mod).filter((e): e is [string, Codec] => e[1] instanceof t.Type);
}

const coreCodecs = [...codecsOf(api), ...codecsOf(serviceKit)];
const appMeshCodecs = codecsOf(appmesh);
const allCodecs = [...coreCodecs, ...appMeshCodecs];

// ---------------------------------------------------------------------------
// Checks

function bad(what: string, detail?: unknown): never {
  throw new Error(detail === undefined ? what : `${what}: ${fc.stringify(detail).slice(0, 500)}`);
}

/** True when some string or key of the input says "undefined", so a message may quote it. */
function mentionsUndefined(input: unknown): boolean {
  const stack: unknown[] = [input];
  for (let seen = 0; stack.length > 0 && seen < 100_000; seen++) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (v.includes('undefined')) return true;
    } else if (v instanceof Map) {
      for (const [k, x] of v) stack.push(k, x);
    } else if (v instanceof Set) {
      for (const x of v) stack.push(x);
    } else if (v instanceof String) {
      stack.push(v.valueOf());
    } else if (typeof v === 'object' && v !== null && !ArrayBuffer.isView(v)) {
      for (const k of Object.keys(v)) stack.push(k, (v as Obj)[k]);
    }
  }
  return false;
}

// U+2028 and U+2029 break lines in many log viewers, so they count too.
const LINE_BREAK = /[\r\n\u2028\u2029]/;

/** True when `path` is `prefix` or below it: `Records[3].a` is under `Records[3]`, `Records[30]` is not. */
const isUnder = (path: string, prefix: string): boolean =>
  prefix === '' || path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);

function checkIssue(issue: api.Issue, input: unknown, pathPrefix = ''): void {
  if (typeof issue.message !== 'string') bad('issue without a message', issue);
  const where = issue.path === '' ? '(root)' : issue.path;
  if (!issue.message.startsWith(`${where}: `)) bad('message does not start with its path', issue.message);
  if (!isUnder(issue.path, pathPrefix)) bad(`path is not under ${pathPrefix}`, issue.path);
  if (LINE_BREAK.test(issue.message)) bad('message is not a single line', issue.message);
  if (issue.message.includes('undefined') && !mentionsUndefined(input)) bad('message says undefined', issue.message);
}

function checkIssues(issues: readonly api.Issue[], input: unknown, pathPrefix = ''): void {
  if (!Array.isArray(issues) || issues.length === 0) bad('a failure without issues');
  for (const i of issues) checkIssue(i, input, pathPrefix);
}

function checkDecodeError(e: unknown, input: unknown): void {
  if (!(e instanceof api.DecodeError)) throw e;
  checkIssues(e.issues, input);
}

function checkLeft(errors: t.Errors, input: unknown): void {
  if (errors.length === 0) bad('a Left without errors');
  const lines = api.formatErrors(errors);
  if (lines.length === 0) bad('formatErrors of a Left is empty');
  const issues = api.issuesOf(errors);
  checkIssues(issues, input);
  if (lines.join('\n') !== issues.map((i) => i.message).join('\n')) bad('formatErrors and issuesOf disagree');
}

function checkCodec(codec: Codec, input: unknown): unknown {
  const r = codec.decode(input);
  if (r._tag === 'Left') {
    checkLeft(r.left, input);
    return undefined;
  }
  codec.encode(r.right);
  return r.right;
}

function checkResult<A>(r: api.DecodeResult<A>, input: unknown): A | undefined {
  if (r.success) return r.data;
  checkDecodeError(r.error, input);
  return undefined;
}

function checkFailure(f: api.RecordFailure, collection: 'Records' | 'Events', input: unknown): void {
  if (!Number.isInteger(f.index) || f.index < 0) bad('failure index', f.index);
  checkIssues(f.issues, input, `${collection}[${f.index}]`);
  if (!f.message.startsWith(`${collection}[${f.index}] did not decode`)) bad('failure message', f.message);
}

function checkLogFileContents<A>(r: api.DecodeResult<api.LogFileContents<A>>, input: unknown, codec: Codec = api.CloudTrailRecord): void {
  const data = checkResult(r, input);
  if (data === undefined) return;
  for (const record of data.records) codec.encode(record);
  const records = isObj(input) && Array.isArray(input['Records']) ? input['Records'].length : -1;
  if (data.records.length + data.failures.length !== records) bad('records and failures do not add up');
  for (const f of data.failures) checkFailure(f, 'Records', input);
}

// ---------------------------------------------------------------------------
// Real records, and ways to break them

const fx = new Fixtures({ seed: 11 });
const am = appMeshBuilders(fx);
const builtAppMesh = appmesh.appMeshEventNames.flatMap((name) => [am.build(name), am.build(name, {}, { fail: true })]);
const realRecords = corpusRecords().map((r) => r.record);
const appMeshRecords: readonly unknown[] = deepFreeze([
  ...appMeshFixtures.map((f) => f.make()),
  ...builtAppMesh,
  ...realRecords.filter((r) => r['eventSource'] === SOURCE),
]);
const records: readonly unknown[] = deepFreeze([...realRecords, ...appMeshRecords]);
const activityRecords = records.filter(
  (r): r is api.ActivityRecordJson => isObj(r) && isObj(r['userIdentity']) && typeof r['eventTime'] === 'string',
);
const identities: readonly unknown[] = deepFreeze([
  ...activityRecords.map((r) => r.userIdentity),
  fx.root(), fx.iamUser(), fx.assumedRole(), fx.role(), fx.federatedUser(), fx.awsService(),
  fx.awsAccount(), fx.identityCenterUser(), fx.samlUser(), fx.webIdentityUser(), fx.directory(), fx.unknown(),
]);
const miniFiles: readonly unknown[] = deepFreeze(
  realRecords.map((_, i) => ({ Records: realRecords.slice(i, i + 2) })),
);
const singleFiles: readonly unknown[] = deepFreeze(realRecords.map((r) => ({ Records: [r] })));
const eventBridgeEvents: readonly unknown[] = deepFreeze(
  records.map((r) => fx.eventBridgeEvent(r as api.CloudTrailRecordJson)),
);
// CloudTrailEvent is kept as an object here so that mutations reach inside it;
// `asLookupEvent` turns it into text after mutation.
const lookupEvents: readonly unknown[] = deepFreeze(
  activityRecords.map((r) => ({ ...fx.lookupEvent(r), CloudTrailEvent: r })),
);
const lookupResponses: readonly unknown[] = deepFreeze(
  lookupEvents.map((e, i) => ({ Events: [e, lookupEvents[(i + 1) % lookupEvents.length]], NextToken: `token-${i}` })),
);
const operationInputs = new Map(Object.entries(appmesh.appMeshOperations).map(([op, info]) => [op, info.input.name]));
const shapeValues: ReadonlyArray<readonly [string, unknown]> = deepFreeze(
  appMeshRecords.flatMap((r) => {
    const shape = isObj(r) ? operationInputs.get(String(r['eventName'])) : undefined;
    return shape !== undefined && isObj(r) && r['requestParameters'] != null ? [[shape, r['requestParameters']] as const] : [];
  }),
);
const shapeNames = Object.keys(appmesh.appMeshShapes);

function stringsIn(root: unknown, keep: (s: string) => boolean): string[] {
  const out = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string' && keep(v)) out.add(v);
    else if (typeof v === 'object' && v !== null) for (const k of Object.keys(v)) stack.push((v as Obj)[k]);
  }
  return [...out];
}
const appMeshArns = stringsIn(appMeshRecords, (s) => s.startsWith('arn:aws:appmesh:'));

function asLookupEvent(u: unknown): unknown {
  if (!isObj(u) || typeof u['CloudTrailEvent'] !== 'object' || u['CloudTrailEvent'] === null) return u;
  return { ...u, CloudTrailEvent: JSON.stringify(u['CloudTrailEvent']) };
}
function asLookupResponse(u: unknown): unknown {
  if (!isObj(u) || !Array.isArray(u['Events'])) return u;
  return { ...u, Events: u['Events'].map(asLookupEvent) };
}

/** Every path in a JSON value, the root ([]) first. */
function pathsOf(root: unknown): Key[][] {
  const out: Key[][] = [];
  const stack: Array<[unknown, Key[]]> = [[root, []]];
  while (stack.length > 0) {
    const [v, p] = stack.pop() as [unknown, Key[]];
    out.push(p);
    if (Array.isArray(v)) v.forEach((c, i) => stack.push([c, [...p, i]]));
    else if (isObj(v)) for (const k of Object.keys(v)) stack.push([v[k], [...p, k]]);
  }
  return out;
}

const DELETE = Symbol('delete');

/** `root` with the value at `path` replaced (or deleted); copies only along the path. */
function setAt(root: unknown, path: readonly Key[], f: (old: unknown) => unknown): unknown {
  if (path.length === 0) return f(root);
  const [head, ...rest] = path as [Key, ...Key[]];
  if (Array.isArray(root)) {
    const copy = root.slice();
    const v = setAt(root[head as number], rest, f);
    if (v === DELETE) copy.splice(head as number, 1);
    else copy[head as number] = v;
    return copy;
  }
  const copy: Obj = { ...(root as Obj) };
  const v = setAt((root as Obj)[head], rest, f);
  if (v === DELETE) delete copy[head];
  else Object.defineProperty(copy, head, { value: v, enumerable: true, writable: true, configurable: true });
  return copy;
}

// Field names the library reads, and names that touch prototypes.
const KEYS = [
  'Records', 'Events', 'NextToken', 'eventVersion', 'userIdentity', 'eventTime', 'eventSource', 'eventName',
  'awsRegion', 'eventType', 'type', 'sessionContext', 'attributes', 'mfaAuthenticated', 'requestParameters',
  'detail', 'detail-type', 'CloudTrailEvent', 'EventTime', 'ReadOnly', 'insightDetails', 'spec', 'eventID',
  'errorCode', 'digestStartTime', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty',
];

const JSON_TYPES = ['string', 'number', 'boolean', 'null', 'object', 'array'] as const;
type JsonType = (typeof JSON_TYPES)[number];
const jsonTypeOf = (v: unknown): JsonType =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'object' ? 'object' : (typeof v as JsonType);

interface Mutation {
  readonly at: number;
  readonly op: 'delete' | 'retype' | 'wrap' | 'add';
  readonly shift: number;
  readonly key: string;
  readonly values: Readonly<Record<JsonType, unknown>>;
}

const keyArb = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(...KEYS));

const replacementValues = fc.record({
  string: fc.oneof(
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.constantFrom('', ' ', 'true', 'False', 'null', '0', '{}', 'line one\nline two', '2019-10-18T15:00:49Z', SOURCE, 'AwsCloudTrailInsight'),
  ),
  number: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -1, 1e308, 2 ** 53)),
  boolean: fc.boolean(),
  null: fc.constant(null),
  object: fc.oneof(fc.constant({}), fc.dictionary(keyArb, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 })),
  array: fc.oneof(fc.constant([]), fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 })),
});

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  // 0 is the root: whole-record mutations (an array where an object belongs…).
  at: fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 9, arbitrary: fc.nat() }),
  op: fc.constantFrom('delete', 'retype', 'wrap', 'add'),
  shift: fc.nat({ max: JSON_TYPES.length - 2 }),
  key: keyArb,
  values: replacementValues,
});

function mutate(root: unknown, m: Mutation): unknown {
  const paths = pathsOf(root);
  const path = paths[m.at % paths.length] as Key[];
  return setAt(root, path, (old) => {
    const from = JSON_TYPES.indexOf(jsonTypeOf(old));
    const other = m.values[JSON_TYPES[(from + 1 + m.shift) % JSON_TYPES.length] as JsonType];
    switch (m.op) {
      case 'delete':
        return path.length === 0 ? undefined : DELETE;
      case 'wrap':
        return [old];
      case 'retype':
        return other;
      case 'add':
        // A field the value did not have (or a new value for one it had).
        if (!isObj(old)) return other;
        return setAt(old, [m.key], () => m.values[JSON_TYPES[m.shift] as JsonType]);
    }
  });
}

/** A value of `pool` with one to three mutations. */
function mutated(pool: readonly unknown[]): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.nat({ max: pool.length - 1 }), fc.array(mutationArb, { minLength: 1, maxLength: 3 }))
    .map(([i, ms]) => ms.reduce((v, m) => mutate(v, m), pool[i]));
}

// ---------------------------------------------------------------------------
// Inputs


const anything = fc.anything({
  key: fc.oneof(fc.string(), fc.constantFrom(...KEYS)),
  withObjectString: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withBoxedValues: true,
});

const valueSources: Readonly<Record<string, fc.Arbitrary<unknown>>> = {
  'fc.jsonValue()': fc.jsonValue(),
  'fc.anything()': anything,
  'random strings': fc.oneof(fc.string(), fc.string({ unit: 'binary' })),
};

/** Spans of the items of the top-level Records array of a (valid) log-file text. */
function recordSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '{' || c === '[') {
      if (depth === 2) start = i;
      depth++;
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth === 2) spans.push([start, i + 1]);
    }
  }
  return spans;
}

// Real file text, cut down to windows of up to two records (whole files
// would make each case cost milliseconds): the real bytes of the records,
// between the file's own opening and closing.
const fileWindows: string[] = [];
const recordTexts: string[] = [];
for (const f of corpusFiles()) {
  const spans = recordSpans(f.text);
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (first === undefined || last === undefined) continue;
  const head = f.text.slice(0, first[0]);
  const tail = f.text.slice(last[1]);
  spans.forEach(([s, e], i) => {
    recordTexts.push(f.text.slice(s, e));
    const end = (spans[Math.min(i + 1, spans.length - 1)] as [number, number])[1];
    fileWindows.push(head + f.text.slice(s, end) + tail);
  });
}

const SYNTAX = [...'{}[]",:\\ \n0-9eE.tfnu'];
const flipChar = fc.oneof(fc.constantFrom(...SYNTAX), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));

function textSources(pool: readonly string[], jsonPool: readonly unknown[]): Record<string, fc.Arbitrary<string>> {
  return {
    'random text': fc.oneof(fc.string(), fc.string({ unit: 'binary' })),
    'random JSON text': fc.jsonValue().map((v) => JSON.stringify(v)),
    'JSON text of mutated real values': mutated(jsonPool).map((v) => JSON.stringify(v) ?? 'undefined'),
    'real text cut at a random place': fc
      .tuple(fc.nat({ max: pool.length - 1 }), fc.nat(), fc.boolean())
      .map(([i, at, keepHead]) => {
        const s = pool[i] as string;
        const k = at % (s.length + 1);
        return keepHead ? s.slice(0, k) : s.slice(k);
      }),
    'real text with characters flipped': fc
      .tuple(fc.nat({ max: pool.length - 1 }), fc.array(fc.tuple(fc.nat(), flipChar), { minLength: 1, maxLength: 4 }))
      .map(([i, flips]) =>
        flips.reduce((s, [at, c]) => {
          const k = at % Math.max(s.length, 1);
          return s.slice(0, k) + c + s.slice(k + 1);
        }, pool[i] as string),
      ),
  };
}

describe('the inputs are what the properties mean them to be', () => {
  it('every real record, as its own text and in a file window', () => {
    expect(recordTexts.map((t) => JSON.parse(t) as unknown)).toEqual(realRecords);
    expect(fileWindows).toHaveLength(realRecords.length);
    for (const w of fileWindows) expect((JSON.parse(w) as { Records: unknown[] }).Records.length).toBeGreaterThan(0);
  });

  it('App Mesh records of every event, and every codec found', () => {
    const names = new Set(appMeshRecords.map((r) => (r as Obj)['eventName']));
    for (const n of appmesh.appMeshEventNames) expect(names.has(n), n).toBe(true);
    expect(appMeshCodecs.length).toBeGreaterThan(200);
    expect(coreCodecs.map(([n]) => n)).toEqual(expect.arrayContaining(['CloudTrailRecord', 'UserIdentity', 'LogFile', 'LookupEvent', 'EventBridgeCloudTrailEvent']));
    expect(shapeValues.length).toBeGreaterThan(50);
    expect(appMeshArns.length).toBeGreaterThan(10);
  });

  it('mutations change what they are meant to change, and nothing of the pool', () => {
    const before = JSON.stringify(records);
    const base = { a: { b: [1, 'x'] } };
    const values = { string: 's', number: 1, boolean: true, null: null, object: {}, array: [] };
    const m = (at: number, op: Mutation['op'], shift = 0): unknown => mutate(base, { at, op, shift, key: 'k', values });
    // pathsOf gives [], [a], [a, b], [a, b, 1], [a, b, 0]
    expect(m(2, 'delete')).toEqual({ a: {} });
    expect(m(1, 'wrap')).toEqual({ a: [{ b: [1, 'x'] }] });
    expect(m(3, 'retype')).toEqual({ a: { b: [1, 1] } });
    expect(m(4, 'retype', 4)).toEqual({ a: { b: ['s', 'x'] } });
    expect(m(0, 'retype')).toEqual([]);
    expect(m(1, 'add', 2)).toEqual({ a: { b: [1, 'x'], k: true } });
    expect(m(2, 'add')).toEqual({ a: { b: 's' } });
    expect(base).toEqual({ a: { b: [1, 'x'] } });
    fc.assert(fc.property(mutated(records), () => true), { numRuns: 1_000 });
    expect(JSON.stringify(records)).toBe(before);
  });
});

// ---------------------------------------------------------------------------
// The properties

interface Target {
  readonly name: string;
  readonly sources: Readonly<Record<string, fc.Arbitrary<unknown>>>;
  readonly check: (input: unknown) => void;
}

const recordCodecs: Codec[] = [api.CloudTrailRecord, api.ActivityRecord, api.InsightRecord, api.AggregatedRecord, appmesh.AppMeshEvent];
const codecArb = fc.constantFrom(...allCodecs.map(([, c]) => c));

function orThrow(f: () => unknown, input: unknown): void {
  try {
    f();
  } catch (e) {
    checkDecodeError(e, input);
  }
}

const valueTargets: Target[] = [
  {
    name: `every codec of src/index.ts and src/service-kit (${coreCodecs.length})`,
    sources: { ...valueSources, 'mutated real records': mutated(records) },
    check: (x) => {
      for (const [, c] of coreCodecs) checkCodec(c, x);
    },
  },
  // Two halves, so that each finishes its runs in the time limit.
  ...[appMeshCodecs.slice(0, 140), appMeshCodecs.slice(140)].map(
    (part, n): Target => ({
      name: `every codec of src/appmesh, part ${n + 1} of 2 (${part.length})`,
      sources: valueSources,
      check: (x) => {
        for (const [, c] of part) checkCodec(c, x);
      },
    }),
  ),
  {
    name: 'AppMeshEvent and the codec of the event named, then checkAppMeshRequest and the call guards',
    sources: { ...valueSources, 'mutated App Mesh records': mutated(appMeshRecords) },
    check: (x) => {
      const name = isObj(x) ? x['eventName'] : undefined;
      const own = typeof name === 'string' && Object.hasOwn(appmesh.appMeshEvents, name)
        ? (appmesh.appMeshEvents[name as appmesh.AppMeshEventName] as Codec)
        : undefined;
      if (own !== undefined) checkCodec(own, x);
      const e = checkCodec(appmesh.AppMeshEvent, x) as appmesh.AppMeshEvent | undefined;
      if (e === undefined) return;
      for (const i of appmesh.checkAppMeshRequest(e)) checkIssue(i, x, 'requestParameters');
      if (appmesh.isSucceededCall(e) && appmesh.isFailedAppMeshCall(e)) bad('both a succeeded and a failed call');
    },
  },
  {
    name: 'UserIdentity, then actorOfIdentity',
    sources: { ...valueSources, 'mutated real identities': mutated(identities) },
    check: (x) => {
      const identity = checkCodec(api.UserIdentity, x) as api.UserIdentity | undefined;
      if (identity === undefined) return;
      const actor = api.actorOfIdentity(identity);
      if (typeof actor.name !== 'string' || typeof actor.kind !== 'string') bad('actor', actor);
      if (LINE_BREAK.test(actor.label)) bad('actor label is not one line', actor.label);
    },
  },
  {
    name: 'decodeRecord, then actorOf',
    sources: { ...valueSources, 'mutated real records': mutated(records) },
    check: (x) => {
      const r = checkResult(api.decodeRecord(x), x);
      if (r !== undefined) {
        api.CloudTrailRecord.encode(r);
        const callerless = r.eventType === 'AwsCloudTrailInsight' || r.eventType === 'AwsAggregatedEvent';
        const actor = api.actorOf(r);
        if (callerless !== (actor === undefined)) bad('actorOf answers for a record without a caller, or not for one with');
        if (actor !== undefined && LINE_BREAK.test(actor.label)) bad('actor label is not one line', actor.label);
      }
      for (const c of recordCodecs) checkResult(api.decodeRecord(x, c), x);
    },
  },
  {
    name: 'decodeRecordOrThrow, decodeWithOrThrow',
    sources: { ...valueSources, 'mutated real records': mutated(records) },
    check: (x) => {
      orThrow(() => api.decodeRecordOrThrow(x), x);
      orThrow(() => api.decodeRecordOrThrow(x, api.ActivityRecord), x);
      orThrow(() => api.decodeWithOrThrow(api.LookupEvent, x), x);
    },
  },
  {
    name: 'decodeWith, with any exported codec',
    sources: Object.fromEntries(
      Object.entries({ ...valueSources, 'mutated real records': mutated(records) }).map(([k, a]) => [k, fc.tuple(codecArb, a)]),
    ),
    check: (input) => {
      const [codec, x] = input as [Codec, unknown];
      const r = checkResult(api.decodeWith(codec, x), x);
      if (r !== undefined) codec.encode(r);
    },
  },
  {
    name: 'decodeLogFile, decodeLogFileOrThrow, LogFile',
    sources: { ...valueSources, 'mutated real log files': mutated(miniFiles) },
    check: (x) => {
      checkLogFileContents(api.decodeLogFile(x), x);
      orThrow(() => api.decodeLogFileOrThrow(x), x);
      checkCodec(api.LogFile, x);
      checkLogFileContents(api.decodeLogFile(x, { record: appmesh.AppMeshEvent }), x, appmesh.AppMeshEvent);
    },
  },
  {
    name: 'decodeEventBridgeEvent',
    sources: { ...valueSources, 'mutated real EventBridge events': mutated(eventBridgeEvents) },
    check: (x) => {
      const r = checkResult(api.decodeEventBridgeEvent(x), x);
      if (r !== undefined) api.EventBridgeCloudTrailEvent.encode(r);
    },
  },
  {
    name: 'decodeLookupEvent',
    sources: { ...valueSources, 'mutated real LookupEvents events': mutated(lookupEvents).map(asLookupEvent) },
    check: (x) => {
      const r = checkResult(api.decodeLookupEvent(x), x);
      if (r !== undefined) api.LookupEvent.encode(r);
    },
  },
  {
    name: 'decodeLookupEventsResponse',
    sources: { ...valueSources, 'mutated real LookupEvents responses': mutated(lookupResponses).map(asLookupResponse) },
    check: (x) => {
      const data = checkResult(api.decodeLookupEventsResponse(x), x);
      if (data === undefined) return;
      const events = isObj(x) && Array.isArray(x['Events']) ? x['Events'].length : -1;
      if (data.events.length + data.failures.length !== events) bad('events and failures do not add up');
      for (const f of data.failures) checkFailure(f, 'Events', x);
      for (const e of data.events) api.LookupEvent.encode(e);
    },
  },
  {
    name: 'checkAppMeshShape',
    sources: {
      'fc.anything(), with shape names real and odd': fc.tuple(
        fc.oneof(fc.constantFrom(...shapeNames), fc.constantFrom('__proto__', 'constructor', 'toString'), fc.string()),
        anything,
      ),
      'mutated real requests': fc.tuple(fc.nat({ max: shapeValues.length - 1 }), fc.array(mutationArb, { minLength: 1, maxLength: 3 })).map(
        ([i, ms]) => {
          const [shape, value] = shapeValues[i] as readonly [string, unknown];
          return [shape, ms.reduce((v, m) => mutate(v, m), value)];
        },
      ),
    },
    check: (input) => {
      const [shape, value] = input as [string, unknown];
      for (const i of appmesh.checkAppMeshShape(shape, value)) checkIssue(i, value);
    },
  },
  {
    name: 'parseAppMeshArn, parseNodeArn, AppMeshArnFromString',
    sources: {
      'random strings': valueSources['random strings'] as fc.Arbitrary<string>,
      'real ARNs with characters flipped': fc
        .tuple(fc.constantFrom(...appMeshArns), fc.array(fc.tuple(fc.nat(), fc.constantFrom(':', '/', '', 'x', ' ', '*')), { minLength: 1, maxLength: 3 }))
        .map(([arn, flips]) => flips.reduce((s, [at, c]) => s.slice(0, at % (s.length + 1)) + c + s.slice((at % (s.length + 1)) + 1), arn)),
    },
    check: (x) => {
      const s = x as string;
      const arn = appmesh.parseAppMeshArn(s);
      const node = appmesh.parseNodeArn(s);
      if (node !== undefined && arn?.kind !== node.kind) bad('parseNodeArn disagrees with parseAppMeshArn');
      if (arn !== undefined && appmesh.formatAppMeshArn(arn) !== s) bad('ARN does not format back to its text', s);
      checkCodec(appmesh.AppMeshArnFromString, s);
    },
  },
  {
    name: 'anonymize, anonymizeLogFile',
    sources: { ...valueSources, 'mutated real log files': mutated(singleFiles) },
    check: (x) => {
      anonymize(x, { seed: 1 });
      // Whatever it is given: no public function throws.
      anonymizeLogFile(x as { Records: unknown[] }, { seed: 1 });
    },
  },
];

function propertiesOf(targets: readonly Target[]): void {
  for (const target of targets) {
    describe(target.name, () => {
      for (const [label, arb] of Object.entries(target.sources)) {
        it(`never throws on ${label}`, () => {
          fc.assert(fc.property(arb, (x) => target.check(x)), params);
        }, TEST_MS);
      }
    });
  }
}

propertiesOf(valueTargets);

// Text ----------------------------------------------------------------------

function checkStreamItems(items: ReadonlyArray<LogStreamItem<unknown>>, text: string): void {
  let next = 0;
  items.forEach((item, n) => {
    if (item.kind === 'error') {
      if (n !== items.length - 1) bad('an error item that is not the last');
      checkIssues(item.error.issues, text);
    } else {
      const index = item.kind === 'record' ? item.index : item.failure.index;
      if (index !== next++) bad('items out of order', items);
      if (item.kind === 'record') api.CloudTrailRecord.encode(item.record as api.CloudTrailRecord);
      if (item.kind === 'failure') checkFailure(item.failure, 'Records', text);
    }
  });
  // Where the whole-text decoder reads a log file, the stream must read the
  // same one. Two Records keys are a documented difference.
  const whole = api.decodeLogFileText(text);
  if (whole.success && (text.match(/"Records"/g) ?? []).length <= 1) {
    const records = items.filter((i) => i.kind === 'record').length;
    const failures = items.filter((i) => i.kind === 'failure').length;
    if (items.some((i) => i.kind === 'error') || records !== whole.data.records.length || failures !== whole.data.failures.length) {
      bad('the stream and decodeLogFileText disagree', text);
    }
  }
}

/** Cuts a text or bytes at the given places. */
function cutAt<T extends string | Uint8Array>(whole: T, cuts: readonly number[]): T[] {
  return cut(whole, [...new Set(cuts.map((c) => c % (whole.length + 1)))].sort((a, b) => a - b));
}
const chunked = (text: string, cuts: readonly number[], bytes: boolean): Array<string | Uint8Array> =>
  bytes ? cutAt(new TextEncoder().encode(text), cuts) : cutAt(text, cuts);
const chunkedBytes = (bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] => cutAt(bytes, cuts);

/** The text a list of chunks stands for; bytes are read as the stream decoder reads them. */
function textOf(chunks: ReadonlyArray<string | Uint8Array>): string {
  if (chunks.every((c) => typeof c === 'string')) return chunks.join('');
  const bytes = chunks.filter((c): c is Uint8Array => typeof c !== 'string');
  return new TextDecoder().decode(Buffer.concat(bytes));
}

const fileTexts = textSources(fileWindows, miniFiles);
const cuts = fc.array(fc.nat(), { maxLength: 6 });
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Chunks for the stream decoders: the file texts cut anywhere, as text or bytes, and raw bytes. */
const chunkSources: Record<string, fc.Arbitrary<Array<string | Uint8Array>>> = {
  ...Object.fromEntries(
    Object.entries(fileTexts).map(([k, a]) => [k, fc.tuple(a, cuts, fc.boolean()).map(([s, c, b]) => chunked(s, c, b))]),
  ),
  'real UTF-8 with bytes flipped': fc
    .tuple(fc.nat({ max: fileWindows.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { minLength: 1, maxLength: 4 }), cuts)
    .map(([i, flips, c]) => {
      const bytes = utf8(fileWindows[i] as string);
      for (const [at, b] of flips) bytes[at % bytes.length] = b;
      return chunkedBytes(bytes, c);
    }),
  'random bytes': fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 4 }),
};

const textTargets: Target[] = [
  {
    name: 'decodeRecordText',
    sources: textSources(recordTexts, records),
    check: (x) => {
      const text = x as string;
      checkResult(api.decodeRecordText(text), text);
      const r = checkResult(api.decodeRecordText(text, api.ActivityRecord), text);
      if (r !== undefined) api.ActivityRecord.encode(r);
    },
  },
  {
    name: 'the CloudTrailEvent text of decodeLookupEvent',
    sources: textSources(recordTexts, activityRecords),
    check: (x) => {
      const event = { ...(lookupEvents[0] as Obj), CloudTrailEvent: x as string };
      const r = checkResult(api.decodeLookupEvent(event), event);
      if (r !== undefined) api.LookupEvent.encode(r);
    },
  },
  {
    name: 'decodeLogFileText',
    sources: fileTexts,
    check: (x) => {
      const text = x as string;
      const data = checkResult(api.decodeLogFileText(text), text);
      for (const f of data?.failures ?? []) checkFailure(f, 'Records', text);
      for (const record of data?.records ?? []) api.CloudTrailRecord.encode(record);
    },
  },
  {
    name: 'LogStreamDecoder (push and end), in chunks of text or bytes',
    sources: chunkSources,
    check: (input) => {
      const chunks = input as Array<string | Uint8Array>;
      const text = textOf(chunks);
      const d = new LogStreamDecoder();
      const items: Array<LogStreamItem<unknown>> = [];
      for (const c of chunks) items.push(...d.push(c));
      items.push(...d.end());
      checkStreamItems(items, text);
    },
  },
];

propertiesOf(textTargets);

describe('decodeLogStream', () => {
  for (const [label, arb] of Object.entries(chunkSources)) {
    it(`never throws on ${label}`, async () => {
      await fc.assert(
        fc.asyncProperty(arb, async (chunks) => {
          const text = textOf(chunks);
          const items: Array<LogStreamItem<unknown>> = [];
          for await (const item of decodeLogStream(chunks)) items.push(item);
          checkStreamItems(items, text);
        }),
        params,
      );
    }, TEST_MS);
  }
});

// ---------------------------------------------------------------------------
// Inputs that once broke a promise, each in the smallest form fast-check found.

describe('regressions', () => {
  it('AppMeshEvent does not throw on a BigInt eventSource', () => {
    expect(() => appmesh.AppMeshEvent.decode({ eventSource: 0n })).not.toThrow();
  });

  it('AppMeshEvent reports an eventSource with a line break on one line', () => {
    const r = appmesh.AppMeshEvent.decode({ eventSource: '\n' });
    expect(r._tag).toBe('Left');
    if (r._tag === 'Left') for (const line of api.formatErrors(r.left)) expect(line).not.toMatch(LINE_BREAK);
  });

  it('LogStreamDecoder.push reports a top-level key with a bad escape instead of throwing', () => {
    const d = new LogStreamDecoder();
    const items = [...d.push('{"\\x":0,"Records":[{"a":1}]}'), ...d.end()];
    expect(items).toHaveLength(1);
    expect(items[0]?.kind).toBe('error');
    if (items[0]?.kind === 'error') expect(items[0].error.issues[0]?.message).toMatch(/bad escape/);
  });

  it('the syntax error of a backslash before a line break is one line', () => {
    const r = api.decodeRecordText('"\\\n"');
    expect(r.success).toBe(false);
    if (!r.success) for (const i of r.error.issues) expect(i.message).not.toMatch(LINE_BREAK);
  });

  it('checkAppMeshShape treats "constructor" as the unknown shape it is', () => {
    expect(appmesh.checkAppMeshShape('NoSuchShape', '')).toEqual([]);
    expect(appmesh.checkAppMeshShape('constructor', '')).toEqual([]);
  });

  it('checkAppMeshShape does not throw on a BigInt in a PortSet', () => {
    expect(() => appmesh.checkAppMeshShape('PortSet', [0n])).not.toThrow();
  });

  it('actorOf gives undefined for an Insights record, whatever keys it carries', () => {
    const insight = realRecords.find((r) => r['eventType'] === 'AwsCloudTrailInsight');
    for (const userIdentity of [null, {}]) {
      const r = api.decodeRecord({ ...insight, userIdentity });
      expect(r.success).toBe(true);
      if (r.success) expect(api.actorOf(r.data)).toBeUndefined();
    }
  });

  it('actorOfIdentity gives a one-line label for a name with a line break', () => {
    const actor = api.actorOfIdentity({ type: 'IAMUser', userName: 'alice\nroot 111122223333' } as api.UserIdentity);
    expect(actor.label).not.toMatch(LINE_BREAK);
  });
});

describe('line separators', () => {
  it('a value holding U+2028 stays on one line in issues', () => {
    const activity = realRecords.find((r) => r['eventType'] === 'AwsApiCall');
    const r = api.decodeRecord({ ...activity, eventTime: 'x\u2028y', userIdentity: { type: 'IAMUser', userName: 7 } });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.issues.length).toBeGreaterThan(0);
      for (const i of r.error.issues) expect(i.message).not.toMatch(LINE_BREAK);
    }
  });

  it('a syntax error at U+2028 names the character instead of printing it', () => {
    const r = api.decodeRecordText('{"a":1,\u2028}');
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]?.message).toMatch(/U\+2028/);
  });
});
