// Prototype pollution and aliasing: "__proto__", "constructor" and
// "prototype" keys anywhere in the input stay plain data on the way through
// every decoder, encoder, builder, anonymizer and the stream; inputs are never
// changed; and builder output shares nothing with builder defaults.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import * as appmesh from '../../src/services/appmesh/index.js';
import {
  Fixtures,
  anonymize,
  anonymizeLogFile,
  appMeshBuilders,
  createAnonymizer,
  mergeOverrides,
} from '../../src/builders/index.js';
import * as api from '../support/api.js';
import { exactlyOne } from '../../src/service-kit/index.js';
import { LogStreamDecoder, type LogStreamItem } from '../../src/stream/index.js';
import { createVirtualNodeFull, fixtures as appMeshFixtures } from '../appmesh/fixtures.js';
import { clone, corpusRecords } from '../support/corpus.js';
import { deepFreeze } from '../support/values.js';

type Key = string | number;
type Obj = Record<string, unknown>;

const isObj = (u: unknown): u is Obj => typeof u === 'object' && u !== null && !Array.isArray(u);

// ---------------------------------------------------------------------------
// The prototypes, before and after

const PROTOTYPES: ReadonlyArray<readonly [string, object]> = [
  ['Object', Object.prototype],
  ['Array', Array.prototype],
  ['Function', Function.prototype],
  ['String', String.prototype],
  ['Number', Number.prototype],
  ['Boolean', Boolean.prototype],
  ['Date', Date.prototype],
  ['RegExp', RegExp.prototype],
  ['Map', Map.prototype],
  ['Set', Set.prototype],
  ['Error', Error.prototype],
];

interface ProtoState {
  readonly proto: unknown;
  readonly props: Map<PropertyKey, unknown[]>;
}

/** Each prototype's own prototype and own properties, with what each holds. */
function snapshot(): Map<string, ProtoState> {
  const out = new Map<string, ProtoState>();
  for (const [name, proto] of PROTOTYPES) {
    const props = new Map<PropertyKey, unknown[]>();
    for (const key of Reflect.ownKeys(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, key) as PropertyDescriptor;
      props.set(key, [d.value, d.get, d.set, d.writable, d.enumerable, d.configurable]);
    }
    out.set(name, { proto: Object.getPrototypeOf(proto), props });
  }
  return out;
}

const before = snapshot();
const objectNames = Object.getOwnPropertyNames(Object.prototype);
const arrayNames = Object.getOwnPropertyNames(Array.prototype);

/** Fails, naming the prototype and property, if any prototype changed. */
function expectPrototypesClean(): void {
  expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(objectNames);
  expect(Object.getOwnPropertyNames(Array.prototype)).toEqual(arrayNames);
  expect(({} as Obj)['polluted']).toBeUndefined();
  expect(([] as unknown as Obj)['polluted']).toBeUndefined();
  expect((Object.create(Object.prototype) as Obj)['isAdmin']).toBeUndefined();
  const now = snapshot();
  for (const [name] of PROTOTYPES) {
    const a = before.get(name) as ProtoState;
    const b = now.get(name) as ProtoState;
    expect(b.proto, `the prototype of ${name}.prototype`).toBe(a.proto);
    expect([...b.props.keys()].map(String), `${name}.prototype keys`).toEqual([...a.props.keys()].map(String));
    for (const [key, parts] of b.props) {
      const old = a.props.get(key) as unknown[];
      if (!parts.every((x, i) => Object.is(x, old[i]))) expect.fail(`${name}.prototype.${String(key)} changed`);
    }
  }
}

// Checked after every test as well, so that no test leaves a prototype changed.
afterEach(expectPrototypesClean);

// ---------------------------------------------------------------------------
// Hostile keys

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
const PAYLOAD_TEXT = '{"polluted":"yes","isAdmin":true}';
// Made with JSON.parse, so each key is an own data property, as JSON input has it.
const HOSTILE_TEXT = PROTO_KEYS.map((k) => `${JSON.stringify(k)}:${PAYLOAD_TEXT}`).join(',');
const hostileKeys = (): Obj => JSON.parse(`{${HOSTILE_TEXT}}`) as Obj;

/** A copy of `obj` with the three keys added in front, as own data properties. */
function withHostileKeys(obj: Obj): Obj {
  return JSON.parse(`{${HOSTILE_TEXT}${Object.keys(obj).length > 0 ? `,${JSON.stringify(obj).slice(1)}` : '}'}`) as Obj;
}

function getAt(root: unknown, path: readonly Key[]): unknown {
  let v = root;
  for (const k of path) v = (v as Obj)[k];
  return v;
}

/** `root` with the object at `path` replaced by `f(object)`; copies along the path only. */
function setAt(root: unknown, path: readonly Key[], f: (o: Obj) => Obj): unknown {
  if (path.length === 0) return f(root as Obj);
  const [head, ...rest] = path as [Key, ...Key[]];
  const copy: Obj | unknown[] = Array.isArray(root) ? root.slice() : { ...(root as Obj) };
  Object.defineProperty(copy, head, {
    value: setAt((root as Obj)[head], rest, f),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

const plant = (root: unknown, path: readonly Key[]): unknown => setAt(root, path, withHostileKeys);

/** The object at `path` still has each key as an own data property holding the payload. */
function expectKeysKept(root: unknown, path: readonly Key[], where: string): void {
  const o = getAt(root, path);
  expect(isObj(o), `${where}: ${path.join('.')} is an object`).toBe(true);
  expect(Object.getPrototypeOf(o), `${where}: prototype of ${path.join('.')}`).toBe(Object.prototype);
  for (const k of PROTO_KEYS) {
    const d = Object.getOwnPropertyDescriptor(o, k);
    expect(d && 'value' in d, `${where}: ${path.join('.')}.${k} is an own data property`).toBe(true);
    expect(JSON.stringify(d?.value), `${where}: ${path.join('.')}.${k}`).toBe(PAYLOAD_TEXT);
  }
}

// ---------------------------------------------------------------------------
// Every way a record travels through the library

const fx = new Fixtures({ seed: 5 });
const plainRecord = fx.record({ requestParameters: { bucketName: 'logs' } });
const identityRecord = fx.record({
  userIdentity: fx.assumedRole(),
  requestParameters: { roleArn: 'arn:aws:iam::111122223333:role/Admin' },
});
const appMeshRecord = createVirtualNodeFull();

/** Decodes, encodes and streams a record; checks the keys at `path` survive each step. */
function roundTrips(record: unknown, path: readonly Key[]): void {
  const text = JSON.stringify(record);

  const decoded = api.decodeRecord(record);
  expect(decoded.success, 'decodeRecord').toBe(true);
  if (!decoded.success) return;
  expectKeysKept(decoded.data, path, 'decodeRecord');
  expectKeysKept(api.CloudTrailRecord.encode(decoded.data), path, 'encode');

  const fromText = api.decodeRecordText(text);
  expect(fromText.success, 'decodeRecordText').toBe(true);
  if (fromText.success) expectKeysKept(api.CloudTrailRecord.encode(fromText.data), path, 'decodeRecordText then encode');

  const file = api.decodeLogFileText(`{${HOSTILE_TEXT},"Records":[${text}]}`);
  expect(file.success && file.data.records.length, 'decodeLogFileText').toBe(1);
  if (file.success) expectKeysKept(file.data.records[0], path, 'decodeLogFileText');

  const streamed = streamText(`{${HOSTILE_TEXT},"Records":[${text},${text}]}`, 7);
  expect(streamed.map((i) => i.kind)).toEqual(['record', 'record']);
  for (const item of streamed) if (item.kind === 'record') expectKeysKept(item.record, path, 'LogStreamDecoder');

  const event = fx.eventBridgeEvent(record as api.CloudTrailRecordJson);
  const fromBridge = api.decodeEventBridgeEvent(event);
  expect(fromBridge.success, 'decodeEventBridgeEvent').toBe(true);
  if (fromBridge.success) {
    expectKeysKept(fromBridge.data.detail, path, 'decodeEventBridgeEvent');
    expectKeysKept(api.EventBridgeCloudTrailEvent.encode(fromBridge.data).detail, path, 'EventBridge encode');
  }

  const lookup = { ...fx.lookupEvent(plainRecord), CloudTrailEvent: text };
  const fromLookup = api.decodeLookupEventsResponse({ Events: [lookup] });
  expect(fromLookup.success && fromLookup.data.events.length, 'decodeLookupEventsResponse').toBe(1);
  const looked = fromLookup.success ? fromLookup.data.events[0] : undefined;
  if (looked !== undefined) {
    expectKeysKept(looked.CloudTrailEvent, path, 'LookupEvents CloudTrailEvent');
    const reEncoded = api.LookupEvent.encode(looked).CloudTrailEvent;
    expectKeysKept(JSON.parse(reEncoded) as unknown, path, 'LookupEvent encode');
  }

  expectKeysKept(anonymize(record, { seed: 3 }), path, 'anonymize');
  const anonymizedFile = anonymizeLogFile(withHostileKeys({ Records: [record] }) as { Records: unknown[] }, { seed: 3 });
  expectKeysKept(anonymizedFile, [], 'anonymizeLogFile (file)');
  expectKeysKept(anonymizedFile.Records[0], path, 'anonymizeLogFile (record)');
}

/** The stream decoder's items for `text`, fed `size` characters at a time. */
function streamText(text: string, size: number): Array<LogStreamItem<unknown>> {
  const d = new LogStreamDecoder();
  const out: Array<LogStreamItem<unknown>> = [];
  for (let i = 0; i < text.length; i += size) out.push(...d.push(text.slice(i, i + size)));
  out.push(...d.end());
  return out;
}

describe('hostile keys in records', () => {
  const places: ReadonlyArray<readonly [string, unknown, readonly Key[]]> = [
    ['the top of a record', plainRecord, []],
    ['userIdentity', plainRecord, ['userIdentity']],
    ['userIdentity.sessionContext', identityRecord, ['userIdentity', 'sessionContext']],
    ['userIdentity.sessionContext.attributes', identityRecord, ['userIdentity', 'sessionContext', 'attributes']],
    ['userIdentity.sessionContext.sessionIssuer', identityRecord, ['userIdentity', 'sessionContext', 'sessionIssuer']],
    ['requestParameters', identityRecord, ['requestParameters']],
    ['tlsDetails', plainRecord, ['tlsDetails']],
  ];
  it.each(places)('at %s: kept as data by every decoder, encoder, the stream and anonymize', (_, record, path) => {
    roundTrips(plant(record, path), path);
  });

  it('in an App Mesh spec (a union member, a struct) and the response, through AppMeshEvent', () => {
    const paths: Key[][] = [
      ['requestParameters', 'spec'],
      ['requestParameters', 'spec', 'serviceDiscovery'],
      ['requestParameters', 'spec', 'listeners', 0, 'portMapping'],
      ['responseElements', 'virtualNode', 'spec'],
      ['responseElements', 'virtualNode', 'metadata'],
    ];
    const record = paths.reduce((r, p) => plant(r, p), appMeshRecord as unknown);
    const r = appmesh.AppMeshEvent.decode(record);
    expect(r._tag).toBe('Right');
    if (r._tag !== 'Right') return;
    expect(appmesh.checkAppMeshRequest(r.right)).toEqual([]);
    const encoded = appmesh.AppMeshEvent.encode(r.right);
    for (const p of paths) {
      expectKeysKept(r.right, p, 'AppMeshEvent.decode');
      expectKeysKept(encoded, p, 'AppMeshEvent.encode');
    }
    roundTrips(record, paths[0] as Key[]);
  });

  it('anywhere in any real record, and in the log file around it', () => {
    const pool = [...corpusRecords().map((r) => r.record), ...appMeshFixtures.map((f) => f.make())];
    const objectPaths = pool.map((record) => {
      const out: Key[][] = [];
      const stack: Array<[unknown, Key[]]> = [[record, []]];
      while (stack.length > 0) {
        const [v, p] = stack.pop() as [unknown, Key[]];
        if (isObj(v)) out.push(p);
        if (Array.isArray(v)) v.forEach((c, i) => stack.push([c, [...p, i]]));
        else if (isObj(v)) for (const k of Object.keys(v)) stack.push([v[k], [...p, k]]);
      }
      return out;
    });
    fc.assert(
      fc.property(fc.nat({ max: pool.length - 1 }), fc.nat(), fc.nat({ max: 200 }), (i, at, size) => {
        const paths = objectPaths[i] as Key[][];
        const path = paths[at % paths.length] as Key[];
        const record = plant(pool[i], path);
        const text = JSON.stringify(record);
        const ct = api.CloudTrailRecord.decode(record);
        if (ct._tag === 'Right') {
          expectKeysKept(ct.right, path, 'CloudTrailRecord.decode');
          expectKeysKept(api.CloudTrailRecord.encode(ct.right), path, 'CloudTrailRecord.encode');
        }
        const mesh = appmesh.AppMeshEvent.decode(record);
        if (mesh._tag === 'Right') {
          expectKeysKept(mesh.right, path, 'AppMeshEvent.decode');
          expectKeysKept(appmesh.AppMeshEvent.encode(mesh.right), path, 'AppMeshEvent.encode');
        }
        const file = `{${HOSTILE_TEXT},"Records":[${text}]}`;
        api.decodeLogFileText(file);
        for (const item of streamText(file, size + 1)) if (item.kind === 'record') expectKeysKept(item.record, path, 'stream');
        expectKeysKept(anonymize(record, { seed: 1 }), path, 'anonymize');
        expectPrototypesClean();
      }),
      { numRuns: 2_000 },
    );
  });

  it('as the keys of a stream split at every character', () => {
    const text = `{${HOSTILE_TEXT},"Records":[${JSON.stringify(plant(plainRecord, ['userIdentity']))}],${HOSTILE_TEXT}}`;
    for (const size of [1, 2, 3, 5, 8, 13]) {
      const items = streamText(text, size);
      expect(items.map((i) => i.kind)).toEqual(['record']);
      const item = items[0];
      if (item?.kind === 'record') expectKeysKept(item.record, ['userIdentity'], `stream, ${size} at a time`);
    }
  });

  it('as the keys of a digest file or a file without Records, reported without pollution', () => {
    const noRecords = `{${HOSTILE_TEXT}}`;
    expect(api.decodeLogFileText(noRecords).success).toBe(false);
    const items = streamText(noRecords, 4);
    expect(items.map((i) => i.kind)).toEqual(['error']);
    const digest = `{${HOSTILE_TEXT},"digestStartTime":"2024-01-01T00:00:00Z"}`;
    const r = api.decodeLogFileText(digest);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]?.message).toContain('digest file');
  });
});

describe('hostile keys in builder overrides', () => {
  it('fx.record(overrides): at the top, in userIdentity and requestParameters', () => {
    const overrides = withHostileKeys({
      userIdentity: withHostileKeys(fx.iamUser()),
      requestParameters: withHostileKeys({ bucketName: 'logs' }),
    });
    const record = new Fixtures({ seed: 1 }).record(overrides as never);
    for (const p of [[], ['userIdentity'], ['requestParameters']]) expectKeysKept(record, p, 'fx.record');
    expect(record.eventSource).toBe('sts.amazonaws.com');
    roundTrips(record, ['requestParameters']);
  });

  it('identity builders: in sessionContext and sessionIssuer', () => {
    const overrides = { sessionContext: withHostileKeys({ sessionIssuer: withHostileKeys({ userName: 'Deployer' }) }) };
    const identity = new Fixtures({ seed: 1 }).assumedRole(overrides as never);
    expectKeysKept(identity, ['sessionContext'], 'fx.assumedRole');
    expectKeysKept(identity, ['sessionContext', 'sessionIssuer'], 'fx.assumedRole');
    expect(identity.sessionContext?.sessionIssuer?.userName).toBe('Deployer');
    expect(api.UserIdentity.decode(identity)._tag).toBe('Right');
  });

  it('am.createMesh and am.createVirtualNode: at the top, in requestParameters and in the spec', () => {
    const am = appMeshBuilders(new Fixtures({ seed: 2 }));
    const mesh = am.createMesh(withHostileKeys({ requestParameters: withHostileKeys({ meshName: 'shop' }) }) as never);
    expectKeysKept(mesh, [], 'am.createMesh');
    expectKeysKept(mesh, ['requestParameters'], 'am.createMesh');
    expect((mesh.requestParameters as Obj)['meshName']).toBe('shop');

    const spec = withHostileKeys({ listeners: [withHostileKeys({ portMapping: { port: 8080, protocol: 'http' } })] });
    const node = am.createVirtualNode({ requestParameters: { spec } } as never);
    for (const p of [['requestParameters', 'spec'], ['requestParameters', 'spec', 'listeners', 0], ['responseElements', 'virtualNode', 'spec']]) {
      expectKeysKept(node, p, 'am.createVirtualNode');
    }
    const r = appmesh.AppMeshEvent.decode(node);
    expect(r._tag).toBe('Right');
    if (r._tag === 'Right') expectKeysKept(appmesh.AppMeshEvent.encode(r.right), ['requestParameters', 'spec'], 'decode then encode');
  });

  it('mergeOverrides: at the top and nested, over objects and over nothing', () => {
    const base = { a: { b: 1 }, list: [1, 2] };
    const overrides = withHostileKeys({ a: withHostileKeys({ c: 2 }), fresh: withHostileKeys({}) });
    const merged = mergeOverrides<Obj>(base, overrides as never);
    for (const p of [[], ['a'], ['fresh']]) expectKeysKept(merged, p, 'mergeOverrides');
    expect((merged['a'] as Obj)['b']).toBe(1);
    expect(mergeOverrides<Obj>(withHostileKeys({}), undefined)).toEqual(withHostileKeys({}));
    expect(Object.getPrototypeOf(mergeOverrides<Obj>({}, hostileKeys() as never))).toBe(Object.prototype);
  });

  it('fx.logFile, fx.eventBridgeEvent and fx.lookupEvent of a record with the keys', () => {
    const f = new Fixtures({ seed: 4 });
    const record = plant(plant(f.record(), []), ['userIdentity']) as api.ActivityRecordJson;
    expectKeysKept(f.logFile([record]).Records[0], ['userIdentity'], 'fx.logFile');
    expectKeysKept(f.eventBridgeEvent(record, hostileKeys() as never), [], 'fx.eventBridgeEvent');
    expectKeysKept(f.eventBridgeEvent(record).detail, ['userIdentity'], 'fx.eventBridgeEvent detail');
    const lookup = f.lookupEvent(record, hostileKeys() as never);
    expectKeysKept(lookup, [], 'fx.lookupEvent');
    expectKeysKept(JSON.parse(lookup.CloudTrailEvent) as unknown, ['userIdentity'], 'fx.lookupEvent CloudTrailEvent');
  });
});

describe('hostile keys given to anonymize', () => {
  it('keys and their values are copied as data, and the mapping keeps working', () => {
    const anonymizer = createAnonymizer({ seed: 'p' });
    const record = plant(plant(identityRecord, []), ['userIdentity', 'sessionContext']);
    const out = anonymizer.anonymize(record);
    expectKeysKept(out, [], 'anonymize');
    expectKeysKept(out, ['userIdentity', 'sessionContext'], 'anonymize');
    // Hostile keys as values to replace: the mapping is a Map, not an object.
    const ids = anonymizer.anonymize(JSON.parse('{"userName":"__proto__","sourceIdentity":"constructor"}') as Obj);
    expect(ids['userName']).toMatch(/^user-[0-9a-f]{4}$/);
    expect(anonymizer.mapping().userName.get('__proto__')).toBe(ids['userName']);
  });

  it('a null-prototype object is copied as data', () => {
    const input = Object.assign(Object.create(null) as Obj, hostileKeys(), { accountId: '111122223333' });
    const out = anonymize(input, { seed: 1 });
    expectKeysKept(out, [], 'anonymize');
    expect(out['accountId']).toMatch(/^\d{12}$/);
    expect(out['accountId']).not.toBe('111122223333');
  });
});

describe('lookups by name do not reach Object.prototype', () => {
  it('prototype names as tags and names decode as unknown values, not as prototype members', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const identity = api.UserIdentity.decode({ type: name });
      expect(identity._tag).toBe('Right');
      if (identity._tag === 'Right') expect(api.identityKind(identity.right)).toBe('Unrecognized');
      const mesh = appmesh.AppMeshEvent.decode({ ...appMeshRecord, eventName: name });
      expect(mesh._tag).toBe('Right');
      if (mesh._tag === 'Right') {
        expect(appmesh.isSucceededCall(mesh.right)).toBe(false);
        expect(appmesh.checkAppMeshRequest(mesh.right)).toEqual([]);
      }
      const record = api.CloudTrailRecord.decode({ ...plainRecord, eventType: name });
      expect(record._tag).toBe('Right');
      expect(api.decodeEventBridgeEvent({ ...fx.eventBridgeEvent(plainRecord), 'detail-type': name }).success).toBe(false);
      expect(appmesh.parseAppMeshArn(`arn:aws:appmesh:us-east-1:111122223333:mesh/${name}`)).toMatchObject({ meshName: name });
    }
  });

  it('a union member added later decodes, in App Mesh and in any exactlyOne', () => {
    const Union = exactlyOne('Union', { dns: api.JsonObject, awsCloudMap: api.JsonObject });
    expect(Union.decode({ consul: { a: 1 } })._tag).toBe('Right');
    expect(appmesh.ServiceDiscovery.decode({ consul: { a: 1 } })._tag).toBe('Right');
  });

  it('a union member added later named like an Object.prototype member decodes too', () => {
    for (const name of ['constructor', '__proto__', 'toString']) {
      const value = JSON.parse(`{${JSON.stringify(name)}:{"a":1}}`) as unknown;
      expect(appmesh.ServiceDiscovery.decode(value)._tag, name).toBe('Right');
    }
  });

  it('appMeshBuilders.build refuses names that are not App Mesh events', () => {
    const am = appMeshBuilders(new Fixtures({ seed: 1 }));
    expect(() => am.build('PutMeshPolicy' as appmesh.AppMeshEventName)).toThrow(RangeError);
  });

  it('appMeshBuilders.build refuses Object.prototype member names too', () => {
    const am = appMeshBuilders(new Fixtures({ seed: 1 }));
    for (const name of ['toString', '__proto__', 'constructor']) {
      expect(() => am.build(name as appmesh.AppMeshEventName), name).toThrow(RangeError);
    }
  });

  it('fx.eventBridgeEvent gives a string detail-type whatever the eventType', () => {
    for (const eventType of ['constructor', '__proto__', 'toString']) {
      const event = fx.eventBridgeEvent({ ...plainRecord, eventType } as api.CloudTrailRecordJson);
      expect(event['detail-type'], eventType).toBe('AWS API Call via CloudTrail');
    }
  });
});

// ---------------------------------------------------------------------------
// Inputs are never changed

describe('inputs are never changed', () => {
  // Records with the wire spellings that decoding rewrites (string booleans
  // in other cases, ISO basic dates), so that copy-on-write has work to do.
  const odd = fx.record({
    userIdentity: fx.assumedRole({ sessionContext: { attributes: { creationDate: '20131102T010628Z', mfaAuthenticated: 'False' as 'false' } } }),
    sessionCredentialFromConsole: 'TRUE' as 'true',
  });
  const inputs = (): unknown[] => [
    ...corpusRecords().map((r) => clone(r.record)),
    ...appMeshFixtures.map((f) => f.make()),
    clone(odd),
  ];

  it('by any decoder, encoder, helper, the stream or anonymize, on deep-frozen input', () => {
    const records = deepFreeze(inputs());
    const json = JSON.stringify(records);
    const file = deepFreeze({ Records: records });
    const run = (what: string, f: () => unknown): void => {
      expect(f, what).not.toThrow();
    };
    for (const record of records) {
      run('decode and encode', () => {
        for (const codec of [api.CloudTrailRecord, api.ActivityRecord, appmesh.AppMeshEvent] as const) {
          const r = (codec as api.CloudTrailRecordC).decode(record);
          if (r._tag === 'Right') (codec as api.CloudTrailRecordC).encode(r.right);
        }
      });
      run('decodeRecord, decodeWith, actorOf', () => {
        const r = api.decodeRecord(record);
        if (r.success) api.actorOf(r.data);
        api.decodeWith(api.LogFile, { Records: [record] });
      });
      run('checkAppMeshRequest', () => {
        const r = appmesh.AppMeshEvent.decode(record);
        if (r._tag === 'Right') appmesh.checkAppMeshRequest(r.right);
      });
      run('EventBridge and LookupEvents builders and decoders', () => {
        const event = deepFreeze(fx.eventBridgeEvent(record as api.CloudTrailRecordJson));
        api.decodeEventBridgeEvent(event);
        const r = record as api.ActivityRecordJson;
        if (isObj(r.userIdentity) && typeof r.eventTime === 'string') {
          const lookup = deepFreeze(fx.lookupEvent(r));
          api.decodeLookupEvent(lookup);
          api.decodeLookupEventsResponse(deepFreeze({ Events: [lookup, lookup] }));
        }
      });
      run('builders given the record as overrides', () => {
        const r = record as api.ActivityRecordJson;
        if (isObj(r.userIdentity)) new Fixtures({ seed: 1 }).record(r);
        mergeOverrides(record, record as never);
      });
    }
    run('decodeLogFile', () => api.decodeLogFile(file));
    run('anonymize', () => anonymize(records, { seed: 1 }));
    run('anonymizeLogFile', () => anonymizeLogFile(file, { seed: 1 }));
    run('fx.logFile', () => fx.logFile(records as api.CloudTrailRecordJson[]));
    run('App Mesh builders given frozen overrides', () => {
      const am = appMeshBuilders(new Fixtures({ seed: 1 }));
      for (const f of appMeshFixtures) {
        const r = deepFreeze(f.make()) as Obj;
        const name = r['eventName'] as appmesh.AppMeshEventName;
        if (Object.hasOwn(appmesh.appMeshEvents, name)) am.build(name, { requestParameters: r['requestParameters'] } as never);
      }
    });
    expect(JSON.stringify(records)).toBe(json);
  });

  it('by the stream decoder given frozen options and read-only byte views', () => {
    const text = JSON.stringify({ Records: [odd, odd] });
    const bytes = new TextEncoder().encode(text);
    const copy = bytes.slice();
    const d = new LogStreamDecoder(deepFreeze({ record: api.ActivityRecord }));
    const items = [...d.push(bytes.subarray(0, 100)), ...d.push(bytes.subarray(100)), ...d.end()];
    expect(items.map((i) => i.kind)).toEqual(['record', 'record']);
    expect(bytes).toEqual(copy);
  });
});

// ---------------------------------------------------------------------------
// Builder output shares nothing with builder defaults

/** Changes every object, array, string, number, boolean and Date inside a value, in place. */
function vandalize(root: unknown): number {
  let changed = 0;
  const stack: unknown[] = [root];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    if (v instanceof Date) {
      v.setTime(0);
    } else if (Array.isArray(v)) {
      for (const x of v) stack.push(x);
      v.push('vandal');
      v.reverse();
    } else {
      const o = v as Obj;
      for (const k of Object.keys(o)) {
        const x = o[k];
        if (typeof x === 'string') o[k] = `${x}!`;
        else if (typeof x === 'number') o[k] = x + 1;
        else if (typeof x === 'boolean') o[k] = !x;
        else stack.push(x);
      }
      o['vandal'] = true;
    }
    changed++;
  }
  return changed;
}

const json = (v: unknown): string => JSON.stringify(v);

describe('builder output and decoded values share no mutable state with builder defaults', () => {
  type Build = (f: Fixtures) => unknown;
  const builds: ReadonlyArray<readonly [string, Build]> = [
    ['fx.record()', (f) => f.record()],
    ['fx.record(overrides)', (f) => f.record({ requestParameters: { bucketName: 'b' }, resources: [{ ARN: 'arn:aws:s3:::b' }] })],
    ['every identity builder', (f) => [f.root(), f.iamUser(), f.assumedRole(), f.role(), f.federatedUser(), f.awsService(), f.awsAccount(), f.identityCenterUser(), f.samlUser(), f.webIdentityUser(), f.directory(), f.unknown()]],
    ['fx.logFile, fx.eventBridgeEvent, fx.lookupEvent', (f) => {
      const r = f.record();
      return [f.logFile([r]), f.eventBridgeEvent(r), f.lookupEvent(r)];
    }],
    ['every App Mesh builder, succeeded and failed', (f) => {
      const am = appMeshBuilders(f);
      return appmesh.appMeshEventNames.flatMap((n) => [am.build(n), am.build(n, {}, { fail: true })]);
    }],
  ];

  it.each(builds)('%s: changing one build deeply changes neither the next build nor a fresh one', (_, build) => {
    const reference = new Fixtures({ seed: 9 });
    const expectedFirst = json(build(reference));
    const expectedSecond = json(build(reference));

    const f = new Fixtures({ seed: 9 });
    const first = build(f);
    expect(json(first)).toBe(expectedFirst);
    expect(vandalize(first)).toBeGreaterThan(1);
    expect(json(build(f))).toBe(expectedSecond);
    expect(json(build(new Fixtures({ seed: 9 })))).toBe(expectedFirst);
  });

  it.each(builds)('%s: changing what decoding it gave changes no later build', (_, build) => {
    const expected = json(build(new Fixtures({ seed: 12 })));
    const values = [build(new Fixtures({ seed: 12 }))].flat();
    for (const v of values) {
      for (const codec of [api.CloudTrailRecord, api.UserIdentity, api.LogFile, api.EventBridgeCloudTrailEvent, api.LookupEvent, appmesh.AppMeshEvent]) {
        const r = (codec as api.CloudTrailRecordC).decode(v);
        if (r._tag === 'Right') vandalize(r.right);
      }
    }
    expect(json(build(new Fixtures({ seed: 12 })))).toBe(expected);
  });

  it('a userIdentity given to fx.record is copied, not shared', () => {
    const f = new Fixtures({ seed: 3 });
    const shared = f.assumedRole();
    const before = json(shared);
    const a = f.record({ userIdentity: shared });
    const b = f.record({ userIdentity: shared });
    vandalize(a);
    expect(json(shared)).toBe(before);
    expect(json(b.userIdentity)).toBe(before);
  });

  it('mergeOverrides output shares nothing with its base or overrides', () => {
    const base = { a: { b: [1, { c: 2 }] }, d: 'x' };
    const overrides = { a: { e: { f: 3 } }, g: [{ h: 4 }] };
    const [b0, o0] = [json(base), json(overrides)];
    vandalize(mergeOverrides<Obj>(base, overrides as never));
    expect([json(base), json(overrides)]).toEqual([b0, o0]);
  });
});
