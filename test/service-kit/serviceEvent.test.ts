// A service made from a table with defineService: records of every operation
// and variant decode to the right variant and encode back to the exact
// input; records that depart from the model are kept with their departures
// (or rejected by the strict codec); other services' records get one clear
// line; codecs are built per operation on first use; guards narrow.
import { isDeepStrictEqual } from 'node:util';
import type * as t from 'io-ts';
import * as tt from 'io-ts';
import { describe, expect, it } from 'vitest';
import { formatErrors, type Issue } from '../../src/index.js';
import {
  builtCounts,
  defineService,
  departures,
  type DepartedCall,
  tableProblems as tableProblemsOf,
  type ServiceDescriptor,
  type ServiceTable,
  type SucceededCall,
} from '../../src/service-kit/index.js';
import type { Unrecognized } from '../../src/core/Unrecognized.js';
import { clone, corpusRecords } from '../support/corpus.js';
import * as F from './fixture.js';

type Json = Record<string, unknown>;

interface Decoder {
  decode(u: unknown): t.Validation<unknown>;
}

function decoded(input: unknown, codec: Decoder = F.ThingsEvent): F.ThingsEvent {
  const r = codec.decode(input);
  if (r._tag === 'Left') throw new Error(`did not decode:\n${formatErrors(r.left).join('\n')}`);
  return r.right as F.ThingsEvent;
}

function errorsOf(input: unknown, codec: Decoder = F.ThingsEvent): string[] {
  const r = codec.decode(input);
  if (r._tag === 'Right') throw new Error('decoded, but should not have');
  return formatErrors(r.left);
}

/** Decodes, encodes, and demands the exact input back. */
function roundTrip(input: Json, codec: Decoder & { encode(a: F.ThingsEvent): unknown } = F.ThingsEvent): F.ThingsEvent {
  const frozen = clone(input);
  const e = decoded(input, codec);
  const back = codec.encode(e);
  expect(JSON.stringify(back)).toBe(JSON.stringify(frozen));
  expect(isDeepStrictEqual(back, frozen)).toBe(true);
  expect(input).toEqual(frozen);
  return e;
}

type Kind = 'succeeded' | 'failed' | 'departed' | 'other';
type Guards = Pick<ServiceDescriptor<F.ThingsEvent>, 'isSucceeded' | 'isFailed' | 'isDeparted'>;
function kindOf(e: F.ThingsEvent, service: Guards = F.thingsService): Kind {
  const kinds = [service.isSucceeded(e), service.isFailed(e), service.isDeparted(e)];
  expect(kinds.filter(Boolean).length).toBeLessThanOrEqual(1);
  return kinds[0] ? 'succeeded' : kinds[1] ? 'failed' : kinds[2] ? 'departed' : 'other';
}

const record = (eventName: string, payloads: Json = {}): Json => ({ ...F.envelope(eventName), ...payloads });

describe('variants', () => {
  it('a successful call decodes to its succeeded variant, fully typed, and encodes back exactly', () => {
    const e = roundTrip(F.createThingRecord());
    expect(kindOf(e)).toBe('succeeded');
    expect(F.thingsService.departuresOf(e)).toEqual([]);
    if (e.eventName === 'CreateThing' && F.isSucceededThingsCall(e)) {
      expect(e.responseElements.thing.createdAt.toISOString()).toBe('2024-07-30T21:46:15.000Z');
      expect(e.requestParameters.expiresAt?.toISOString()).toBe('2026-01-02T03:04:05.000Z');
    } else throw new Error('not narrowed');
    expect(F.ThingsEvent.is(e)).toBe(true);
    expect(F.ThingsEventStrict.is(e)).toBe(true);
  });

  it('an alias of an operation decodes as that operation', () => {
    const e = roundTrip({ ...F.createThingRecord(), eventName: 'CreateThing20240101' });
    expect(kindOf(e)).toBe('succeeded');
    expect(F.thingsService.operationOf('CreateThing20240101')).toBe('CreateThing');
    expect(F.CreateThingEvent.decode({ ...F.createThingRecord(), eventName: 'CreateThing20240101' })._tag).toBe('Right');
  });

  it('a failed call decodes to its failed variant, with a loosely typed request', () => {
    const input = record('CreateThing', {
      errorCode: 'ValidationException',
      errorMessage: 'thingName is required',
      requestParameters: { expiresAt: '2026-01-02T03:04:05Z', spec: { box: { width: 1 }, empty: {} } },
      responseElements: null,
    });
    const e = roundTrip(input);
    expect(kindOf(e)).toBe('failed');
    if (F.isFailedThingsCall(e) && e.eventName === 'CreateThing') {
      expect(e.requestParameters?.expiresAt).toEqual(new Date('2026-01-02T03:04:05Z'));
      expect(e.requestParameters?.thingName).toBeUndefined();
    } else throw new Error('not narrowed');
    // Present values are still checked, and a failed call has no response.
    const departed = decoded({ ...input, requestParameters: { thingName: 5 } });
    expect(F.thingsService.departuresOf(departed).map((i) => i.path)).toEqual(['requestParameters.thingName']);
    const responded = decoded({ ...input, responseElements: { thing: {} } });
    expect(F.thingsService.departuresOf(responded).map((i) => i.message)).toEqual(['responseElements: expected null, got an object']);
  });

  it('a failed call needs only errorCode or errorMessage, and may lack the request', () => {
    expect(kindOf(roundTrip(record('Ping', { errorMessage: 'throttled' })))).toBe('failed');
    expect(kindOf(roundTrip(record('CreateThing', { errorCode: 'AccessDenied', requestParameters: null })))).toBe('failed');
  });

  it('the request is required when the input has a required member, and may be null or absent otherwise', () => {
    expect(F.thingsService.departuresOf(decoded(record('CreateThing', { responseElements: F.createThingRecord()['responseElements'] }))).map((i) => i.message)).toEqual([
      'requestParameters: expected CreateThingRequest, but it is missing',
    ]);
    for (const payloads of [{}, { requestParameters: null }, { requestParameters: { thingName: 'lamp' }, responseElements: null }]) {
      expect(kindOf(roundTrip(record('DescribeThing', payloads)))).toBe('succeeded');
    }
  });

  it('the response is required where the table says CloudTrail always records it (r: 1), and may be null otherwise', () => {
    const { responseElements: _, ...withoutResponse } = F.createThingRecord();
    expect(F.thingsService.departuresOf(decoded(withoutResponse)).map((i) => i.path)).toEqual(['responseElements']);
    const described = roundTrip(record('DescribeThing', { responseElements: { thing: { thingName: 'lamp', createdAt: 'Jul 19, 2023 9:25:09 PM' } } }));
    expect(kindOf(described)).toBe('succeeded');
  });

  it('an operation without input or output has null payloads, or none', () => {
    expect(kindOf(roundTrip(record('Ping')))).toBe('succeeded');
    expect(kindOf(roundTrip(record('Ping', { requestParameters: null, responseElements: null })))).toBe('succeeded');
    const e = decoded(record('Ping', { requestParameters: {} }));
    expect(F.thingsService.departuresOf(e).map((i) => i.message)).toEqual(['requestParameters: expected null, got an object']);
  });

  it('an event stream is any JSON', () => {
    const e = roundTrip(record('Subscribe', { requestParameters: { thingName: 'lamp' }, responseElements: { events: [{ chunk: 1 }, 'two', null] } }));
    expect(kindOf(e)).toBe('succeeded');
  });
});

describe('departures', () => {
  function departedRecord(): Json {
    const input = F.createThingRecord();
    const thing = (input['responseElements'] as Json)['thing'] as Json;
    thing['createdAt'] = '2024-07-30T21:46:15Z';
    (input['requestParameters'] as Json)['size'] = 'large';
    return input;
  }

  it('a call whose payloads break the model is kept, with its departures and their paths', () => {
    const e = roundTrip(departedRecord());
    expect(kindOf(e)).toBe('departed');
    const issues = F.thingsService.departuresOf(e);
    expect(issues.map((i) => i.path)).toEqual(['requestParameters.size', 'responseElements.thing.createdAt']);
    expect(issues[1]?.message).toBe('responseElements.thing.createdAt: expected Java date text (like Nov 5, 2023, 4:29:11 AM), got "2024-07-30T21:46:15Z"');
    if (F.thingsService.isDeparted(e)) {
      expect(e[departures]).toBe(issues);
      // The envelope is decoded; payloads are as they came.
      expect(e.eventTime).toEqual(new Date('2024-07-30T21:31:15Z'));
      expect((e.requestParameters as Json)['size']).toBe('large');
    } else throw new Error('not narrowed');
    expect(F.ThingsEvent.is(e)).toBe(true);
    expect(F.ThingsEventStrict.is(e)).toBe(false);
  });

  it('are hidden from JSON, spreads and key listings', () => {
    const e = decoded(departedRecord());
    expect(Object.keys(e)).not.toContain(departures);
    expect(Object.getOwnPropertySymbols(e)).toContain(departures);
    expect(Object.prototype.propertyIsEnumerable.call(e, departures)).toBe(false);
    expect(Object.getOwnPropertySymbols({ ...e })).not.toContain(departures);
    expect(departures).toBe(Symbol.for('cloudtrail-codecs/departures'));
  });

  it('are bounded like every report', () => {
    const input = F.createThingRecord();
    (input['requestParameters'] as Json)['notes'] = Array.from({ length: 150 }, (_, i) => ({ text: i }));
    const issues = F.thingsService.departuresOf(roundTrip(input));
    expect(issues).toHaveLength(101);
    expect(issues[0]?.path).toBe('requestParameters.notes[0].text');
    expect(issues[100]?.message).toMatch(/at least 50 more issues/);
  });

  it('make the strict codec fail, at the same paths', () => {
    expect(errorsOf(departedRecord(), F.ThingsEventStrict)).toEqual([
      'requestParameters.size: expected number, got "large"',
      'responseElements.thing.createdAt: expected Java date text (like Nov 5, 2023, 4:29:11 AM), got "2024-07-30T21:46:15Z"',
    ]);
    expect(errorsOf(departedRecord(), F.CreateThingEvent)).toHaveLength(2);
  });

  it('are no excuse for a broken envelope: its errors are the ones reported', () => {
    const input = { ...departedRecord(), eventTime: 'yesterday' };
    expect(errorsOf(input)).toEqual(['eventTime: expected ISO-8601 UTC timestamp (like 2019-10-18T15:00:49Z), got "yesterday"']);
    const { awsRegion: _, ...noRegion } = F.createThingRecord();
    expect(errorsOf(noRegion)).toEqual(['awsRegion: expected string, but it is missing']);
  });
});

describe('records the service does not know', () => {
  it('an operation added after the model decodes to the unknown-operation variant, payloads as JSON', () => {
    const e = roundTrip(record('CreateThingPolicy', { requestParameters: { policy: { any: 1 } }, responseElements: null }));
    expect(kindOf(e)).toBe('other');
    expect(String(e.eventName)).toBe('CreateThingPolicy');
    expect(F.thingsService.operationOf('CreateThingPolicy')).toBeUndefined();
    // Strict too: it is no departure from the model.
    expect(F.ThingsEventStrict.decode(record('CreateThingPolicy'))._tag).toBe('Right');
  });

  it('names that only the prototype has are no operations', () => {
    expect(kindOf(roundTrip(record('constructor')))).toBe('other');
    expect(F.thingsService.operationOf('toString')).toBeUndefined();
  });

  it('a record without eventName fails, at eventName', () => {
    const { eventName: _, ...input } = F.createThingRecord();
    expect(errorsOf(input)).toEqual(['eventName: expected an eventName of things, but it is missing']);
  });

  it("another service's record fails with one escaped line", () => {
    expect(errorsOf({ ...F.createThingRecord(), eventSource: 's3.amazonaws.com' })).toEqual(['eventSource: is s3.amazonaws.com, not things.amazonaws.com']);
    const { eventSource: _, ...noSource } = F.createThingRecord();
    expect(errorsOf(noSource)).toEqual(['eventSource: expected things.amazonaws.com, but it is missing']);
    const [odd] = errorsOf({ ...F.createThingRecord(), eventSource: 'evil\n\u202eamazonaws.com' });
    expect(odd).toBe('eventSource: is "evil\\n\\u202eamazonaws.com", not things.amazonaws.com');
    // Not only C0 controls: a bidi override or a line separator alone is escaped too.
    const [bidi] = errorsOf({ ...F.createThingRecord(), eventSource: 'things\u202e.amazonaws.com' });
    expect(bidi).toBe('eventSource: is "things\\u202e.amazonaws.com", not things.amazonaws.com');
    const [separator] = errorsOf({ ...F.createThingRecord(), eventSource: 'a\u2028b' });
    expect(separator).toBe('eventSource: is "a\\u2028b", not things.amazonaws.com');
    const [long] = errorsOf({ ...F.createThingRecord(), eventSource: 'x'.repeat(100_000) }, F.ThingsEventStrict);
    expect(long?.length).toBeLessThan(200);
    expect(errorsOf(42)).toEqual(['(root): expected ThingsEvent, got 42']);
    expect(errorsOf([F.createThingRecord()])).toEqual(['(root): expected ThingsEvent, got an array of 1 item']);
  });

  it('an operation codec rejects records of other operations', () => {
    expect(F.CreateThingEvent.operation).toBe('CreateThing');
    expect(errorsOf(record('Ping'), F.CreateThingEvent)).toContain('eventName: expected "CreateThing" | "CreateThing20240101", got "Ping"');
    const missing = F.thingsService.operation('Nope' as 'Ping');
    expect(errorsOf(record('Nope'), missing)).toEqual(['(root): things has no operation "Nope"']);
  });
});

describe('hostile input', () => {
  it('decoding answers with errors or departures, guards with false', () => {
    const input = F.createThingRecord();
    Object.defineProperty(input['requestParameters'], 'color', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(errorsOf(input, F.ThingsEventStrict)).toEqual(['requestParameters.color: could not be read: Error']);
    expect(F.thingsService.departuresOf(decoded(input)).map((i) => i.message)).toEqual(['requestParameters.color: could not be read: Error']);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(F.ThingsEvent.decode(proxy)._tag).toBe('Left');
    const e = proxy as F.ThingsEvent;
    expect([F.isSucceededThingsCall(e), F.isFailedThingsCall(e), F.thingsService.isDeparted(e)]).toEqual([false, false, false]);
    expect(F.thingsService.departuresOf(proxy)).toEqual([]);
    expect(F.thingsService.departuresOf(null)).toEqual([]);
  });
});

describe('payloads nested deeper than any real record', () => {
  function deepTree(depth: number): Json {
    let node: Json = { name: 'leaf' };
    for (let i = 0; i < depth; i++) node = { name: 'n', children: [node] };
    return node;
  }
  const input = (): Json => {
    const r = F.createThingRecord();
    (r['requestParameters'] as Json)['spec'] = { tree: deepTree(100_000) };
    return r;
  };

  it('depart, leniently, and fail strictly, where they pass the bound', () => {
    const issues = F.thingsService.departuresOf(decoded(input()));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe(`requestParameters.spec.tree${'.children[0]'.repeat(100)}`);
    expect(issues[0]?.message).toMatch(/: nests more than 200 levels of recursive shapes$/);
    expect(errorsOf(input(), F.ThingsEventStrict)).toEqual(issues.map((i) => i.message));
  });

  it('decode below the bound, also in the loose form of a failed call', () => {
    const r = F.createThingRecord();
    (r['requestParameters'] as Json)['spec'] = { tree: deepTree(90) };
    expect(kindOf(roundTrip(r))).toBe('succeeded');
    const failed: Json = { ...r, errorCode: 'Throttling', responseElements: null };
    expect(kindOf(roundTrip(failed))).toBe('failed');
    (failed['requestParameters'] as Json)['spec'] = { tree: deepTree(100_000) };
    expect(F.thingsService.departuresOf(decoded(failed))[0]?.message).toMatch(/nests more than 200 levels/);
  });
});

describe('the descriptor', () => {
  it('lists operations and event names, sorted, and is one per table', () => {
    expect(F.thingsService.operations).toEqual(['CreateThing', 'DescribeThing', 'Ping', 'Subscribe']);
    expect(F.thingsService.eventNames).toEqual(['CreateThing', 'CreateThing20240101', 'DescribeThing', 'Ping', 'Subscribe']);
    expect(F.thingsService.eventSource).toBe(F.SOURCE);
    expect(F.ThingsEvent.eventSource).toBe(F.SOURCE);
    expect(F.thingsService.name).toBe('things');
    expect(F.thingsService.table).toBe(F.thingsTable);
    expect(defineService(F.thingsTable)).toBe(F.thingsService);
  });

  it('builds no codec when defined, and one operation’s when a record of it is first decoded', () => {
    const table = F.thingsTableOf();
    const service = defineService<F.ThingsEvent, unknown, F.ThingsOperations>(table);
    service.operation('CreateThing');
    void service.eventNames;
    expect(builtCounts(table)).toEqual({ shapes: 0, operations: 0 });
    expect(service.codec.decode(record('Ping'))._tag).toBe('Right');
    expect(builtCounts(table)).toEqual({ shapes: 0, operations: 1 });
    expect(service.codec.decode(record('DescribeThing', { requestParameters: { thingName: 'x' } }))._tag).toBe('Right');
    const afterDescribe = builtCounts(table);
    expect(afterDescribe.operations).toBe(2);
    service.codec.decode(record('DescribeThing'));
    expect(builtCounts(table)).toEqual(afterDescribe);
  });

  it('builds one operation of thousands', () => {
    const shapes: Record<string, ServiceTable['shapes'][string]> = {};
    const operations: Record<string, ServiceTable['operations'][string]> = {};
    for (let i = 0; i < 2000; i++) {
      shapes[`Op${i}Request`] = { s: { name: '!$s', item: `Item${i}` } };
      shapes[`Item${i}`] = { s: { at: '$t' } };
      operations[`Op${i}`] = { i: `Op${i}Request` };
    }
    const table: ServiceTable = { name: 'big', eventSource: 'big.amazonaws.com', profile: { timestamps: 'iso' }, shapes, operations, aliases: {} };
    const big = defineService(table);
    const input = { ...F.envelope('Op7'), eventSource: 'big.amazonaws.com', requestParameters: { name: 'x', item: { at: '2024-01-01T00:00:00Z' } } };
    expect(big.isSucceeded(decodedWith(big, input))).toBe(true);
    expect(builtCounts(table)).toEqual({ shapes: 2, operations: 1 });
  });
});

function decodedWith(service: ServiceDescriptor<unknown, unknown>, input: unknown): unknown {
  const r = service.codec.decode(input);
  if (r._tag === 'Left') throw new Error(formatErrors(r.left).join('\n'));
  return r.right;
}

// ---------------------------------------------------------------------------
// Real records: a small hand-written STS table, the way the generator writes
// one (names lowered, Java date text), run over every STS record of the corpus.

const stsTable: ServiceTable = {
  name: 'sts',
  eventSource: 'sts.amazonaws.com',
  profile: { timestamps: 'java-text', hidden: 'HIDDEN_DUE_TO_SECURITY_REASONS' },
  shapes: {
    AssumeRoleRequest: { s: { roleArn: '!$s', roleSessionName: '!$s', durationSeconds: '$n', tags: 'TagList', transitiveTagKeys: 'KeyList', sourceIdentity: '$s', serialNumber: '$s', policy: '$s' } },
    AssumeRoleResponse: { s: { credentials: 'Credentials', assumedRoleUser: 'AssumedRoleUser', sourceIdentity: '$s' } },
    AssumeRoleWithSAMLRequest: { s: { roleArn: '!$s', principalArn: '!$s', sAMLAssertion: '!#$s', durationSeconds: '$n' } },
    AssumeRoleWithSAMLResponse: { s: { credentials: 'Credentials', assumedRoleUser: 'AssumedRoleUser', subjectType: '$s', issuer: '$s' } },
    AssumeRoleWithWebIdentityRequest: { s: { roleArn: '!$s', roleSessionName: '!$s', webIdentityToken: '!#$s' } },
    AssumeRoleWithWebIdentityResponse: { s: { credentials: 'Credentials', assumedRoleUser: 'AssumedRoleUser', provider: '$s' } },
    GetCallerIdentityRequest: { s: {} },
    GetCallerIdentityResponse: { s: { userId: '$s', account: '$s', arn: '$s' } },
    GetFederationTokenRequest: { s: { name: '!$s', policy: '$s', durationSeconds: '$n' } },
    GetFederationTokenResponse: { s: { credentials: 'Credentials', federatedUser: 'FederatedUser' } },
    Credentials: { s: { accessKeyId: '!$s', secretAccessKey: '#$s', sessionToken: '!$s', expiration: '!$t' } },
    AssumedRoleUser: { s: { assumedRoleId: '!$s', arn: '!$s' } },
    FederatedUser: { s: { federatedUserId: '!$s', arn: '!$s' } },
    TagList: { l: 'Tag' },
    Tag: { s: { key: '!$s', value: '!$s' } },
    KeyList: { l: '$s' },
  },
  operations: {
    AssumeRole: { i: 'AssumeRoleRequest', o: 'AssumeRoleResponse' },
    AssumeRoleWithSAML: { i: 'AssumeRoleWithSAMLRequest', o: 'AssumeRoleWithSAMLResponse' },
    AssumeRoleWithWebIdentity: { i: 'AssumeRoleWithWebIdentityRequest', o: 'AssumeRoleWithWebIdentityResponse' },
    GetCallerIdentity: { i: 'GetCallerIdentityRequest', o: 'GetCallerIdentityResponse' },
    GetFederationToken: { i: 'GetFederationTokenRequest', o: 'GetFederationTokenResponse' },
  },
  aliases: {},
};

describe('real records', () => {
  const sts = defineService<F.ThingsEvent, unknown>(stsTable, { name: 'MiniSTSEvent' });
  const records = corpusRecords().filter((r) => r.record['eventSource'] === 'sts.amazonaws.com');

  it('the corpus has STS records of every kind the table types', () => {
    expect(new Set(records.map((r) => r.record['eventName']))).toEqual(new Set(Object.keys(stsTable.operations)));
    expect(tableProblemsOf(stsTable)).toEqual([]);
  });

  it('every STS record decodes without departing and encodes back exactly', () => {
    for (const { file, index, record: input } of records) {
      const where = `${file}#${index}`;
      const e = decoded(clone(input), sts.codec);
      expect([where, sts.departuresOf(e)]).toEqual([where, []]);
      expect([where, kindOf(e, sts)]).toEqual([where, input['errorCode'] === undefined ? 'succeeded' : 'failed']);
      expect([where, JSON.stringify(sts.codec.encode(e))]).toEqual([where, JSON.stringify(input)]);
    }
  });

  it("the Java date text of credentials' expiration decodes to its time", () => {
    const assumed = records.find((r) => r.record['eventName'] === 'AssumeRole' && r.file === 'stratus-red-team.json' && r.record['errorCode'] === undefined);
    const e = decoded(clone(assumed?.record), sts.codec) as unknown as { responseElements: { credentials: { expiration: Date } } };
    expect(e.responseElements.credentials.expiration.toISOString()).toBe('2024-07-30T21:46:15.000Z');
  });
});

// ---------------------------------------------------------------------------
// Types: checked by `tsc --noEmit -p .`; the calls below only run them.

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(_ok: T): void {}

export function narrowing(e: F.ThingsEvent): string | undefined {
  let created: string | undefined;
  if (e.eventName === 'CreateThing' && F.isSucceededThingsCall(e)) {
    created = e.responseElements.thing.createdAt.toISOString();
    expectType<Equals<typeof e, F.CreateThingSucceeded>>(true);
    expectType<Equals<typeof e.responseElements.thing.createdAt, Date>>(true);
    expectType<Equals<typeof e.requestParameters.thingName, string>>(true);
    expectType<Equals<typeof e.responseElements.thing.credentials, F.Credentials | 'HIDDEN_DUE_TO_SECURITY_REASONS' | undefined>>(true);
  }
  if (e.eventName === 'CreateThing' && F.isFailedThingsCall(e)) {
    expectType<Equals<typeof e, F.CreateThingFailed>>(true);
    expectType<Equals<typeof e.requestParameters, F.CreateThingFailed['requestParameters']>>(true);
    const name: string | undefined = e.requestParameters?.thingName;
    void name;
    const code: string | undefined = e.errorCode;
    void code;
  }
  if (F.thingsService.isDeparted(e)) {
    expectType<Equals<typeof e, F.ThingsDeparted>>(true);
    const issues: readonly Issue[] = e[departures];
    void issues;
  }
  if (e.eventName === 'Ping') {
    expectType<Equals<typeof e, F.PingSucceeded | F.PingFailed | F.ThingsDeparted>>(true);
  }
  // The unknown-operation variant's name is branded, so it takes no part in narrowing on known names.
  expectType<Equals<Extract<F.ThingsEvent, { eventName: Unrecognized<'EventName'> }>, F.ThingsUnknownOperation>>(true);
  if (F.isSucceededThingsCall(e)) {
    const succeeded: SucceededCall<string, string> = e;
    void succeeded;
    // @ts-expect-error: a succeeded call has no errorCode
    const code: string = e.errorCode;
    void code;
  }
  const departed: DepartedCall<string, string> | undefined = F.thingsService.isDeparted(e) ? e : undefined;
  void departed;
  return created;
}

it('narrowing on eventName and a guard reaches the typed response', () => {
  expect(narrowing(decoded(F.createThingRecord()))).toBe('2024-07-30T21:46:15.000Z');
  expect(narrowing(decoded(record('Ping')))).toBeUndefined();
});

describe('service events with a codec from outside the library', () => {
  // A plain io-ts codec: the kit adapts it once (asWireType), so its records
  // decode, depart with paths, and encode back like an operation's.
  const Heartbeat = tt.type({ eventName: tt.literal('Heartbeat'), additionalEventData: tt.type({ beats: tt.number }) });
  const service = defineService(F.thingsTableOf(), { name: 'BeatEvent', events: { Heartbeat } });
  const beat = (beats: unknown): Json => ({ ...F.envelope('Heartbeat'), additionalEventData: { beats } });

  it('decodes and encodes back exactly', () => {
    const input = beat(3);
    const r = service.codec.decode(input);
    if (r._tag === 'Left') throw new Error(formatErrors(r.left).join('\n'));
    expect(service.departuresOf(r.right)).toEqual([]);
    expect(service.codec.encode(r.right)).toEqual(input);
  });

  it('departs with the foreign codec’s path, and the strict codec fails', () => {
    const r = service.codec.decode(beat('three'));
    if (r._tag === 'Left') throw new Error(formatErrors(r.left).join('\n'));
    expect(service.departuresOf(r.right).map((i: Issue) => i.path)).toEqual(['additionalEventData.beats']);
    expect(service.strict.decode(beat('three'))._tag).toBe('Left');
  });
});
