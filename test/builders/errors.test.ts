// Every builder either gives a value that decodes or throws a BuilderError
// naming the override (or option) to blame: never a silently invalid record,
// never a hang, never an anonymous TypeError.
import { fuzzRuns } from '../support/fuzz.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppMeshEvent, appMeshEventNames } from '../../src/services/appmesh/index.js';
import {
  BuilderError,
  Fixtures,
  appMeshBuilders,
  assumedRole,
  buildAppMeshEvent,
  createMesh,
  identityCenterUser,
  iamUser,
  record,
  root,
} from '../../src/builders/index.js';
import { CloudTrailRecord, UserIdentity } from '../../src/index.js';
import { LookupEvent, decodeEventBridgeEvent } from '../../src/containers/index.js';
import { corpusRecords } from '../support/corpus.js';

const RUNS = fuzzRuns(100);

/** The BuilderError `f` throws; fails the test if it throws anything else or nothing. */
function builderError(f: () => unknown): BuilderError {
  let thrown: unknown;
  try {
    f();
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(BuilderError);
  return thrown as BuilderError;
}

const decodes = (codec: { decode(u: unknown): { _tag: string } }, u: unknown): boolean => codec.decode(u)._tag === 'Right';

describe('overrides that would make a record that does not decode are refused, naming the override', () => {
  it('a partial userIdentity (type Root alone)', () => {
    const e = builderError(() => record({ userIdentity: { type: 'Root' } as never }));
    expect(e.paths).toEqual(['userIdentity']);
    expect(e.builder).toBe('record');
    expect(e.message).toContain('userIdentity.accountId');
    expect(e.issues.map((i) => i.path)).toContain('userIdentity.principalId');
  });

  it('an IdentityCenterUser without onBehalfOf', () => {
    const { onBehalfOf: _gone, ...rest } = identityCenterUser(undefined, { seed: 2 });
    const e = builderError(() => record({ userIdentity: rest as never }));
    expect(e.paths).toEqual(['userIdentity']);
    expect(e.message).toContain('userIdentity.onBehalfOf');
  });

  it('an AssumedRole with a userName', () => {
    const e = builderError(() => assumedRole({ userName: 'alice' } as never));
    expect(e.paths).toEqual(['userName']);
    expect(e.message).toContain('sessionContext.sessionIssuer.userName');
    // Where the role name belongs, it is used.
    expect(assumedRole({ sessionContext: { sessionIssuer: { userName: 'Deployer' } } }).arn).toContain(':assumed-role/Deployer/');
  });

  it('responseElements: null on a succeeded App Mesh call', () => {
    const e = builderError(() => createMesh({ responseElements: null }));
    expect(e.paths).toEqual(['responseElements']);
    expect(e.builder).toBe('CreateMesh');
    // A failed call has null, and that is fine.
    expect(decodes(AppMeshEvent, createMesh({ responseElements: null }, { fail: true }))).toBe(true);
  });

  it('an errorCode without fail makes a failed call (that decodes), with the code given', () => {
    for (const name of ['CreateMesh', 'DescribeVirtualNode', 'TagResource'] as const) {
      const r = buildAppMeshEvent(name, { errorCode: 'NotFoundException' }, { seed: 3 });
      expect(r.errorCode).toBe('NotFoundException');
      expect(r.responseElements).toBeNull();
      expect(typeof r.errorMessage).toBe('string');
      expect(decodes(AppMeshEvent, r), name).toBe(true);
    }
    // An errorMessage given too is kept.
    expect(createMesh({ errorCode: 'ConflictException', errorMessage: 'taken' }).errorMessage).toBe('taken');
  });

  it('an eventTime that is not ISO text', () => {
    for (const eventTime of ['yesterday', '2026-01-01 00:00:00', 'Tue Jan 06 00:00:00 UTC 2026']) {
      const e = builderError(() => record({ eventTime }));
      expect(e.paths).toEqual(['eventTime']);
      expect(e.message).toContain('eventTime');
    }
    // Every ISO form CloudTrail writes is accepted.
    expect(record({ eventTime: '20131102T010628Z' }).eventTime).toBe('20131102T010628Z');
  });

  it('an eventType that sends the record to another kind', () => {
    const e = builderError(() => record({ eventType: 'AwsCloudTrailInsight' }));
    expect(e.paths).toEqual(['eventType']);
  });

  it('a nested override of the wrong type, named by its own path', () => {
    const e = builderError(() => new Fixtures().assumedRole({ sessionContext: { attributes: { mfaAuthenticated: true as never } } }));
    expect(e.paths).toEqual(['sessionContext.attributes.mfaAuthenticated']);
  });

  it('the same checks hold for every App Mesh builder', () => {
    const am = appMeshBuilders(new Fixtures({ seed: 4 }));
    for (const name of appMeshEventNames) {
      const e = builderError(() => am.build(name, { eventTime: 'soon' }));
      expect(e.paths, name).toEqual(['eventTime']);
      expect(e.builder).toBe(name);
    }
  });

  it('the containers check the records they are given', () => {
    const fx = new Fixtures({ seed: 5 });
    const bad = { ...fx.record(), eventTime: 'never' };
    expect(builderError(() => fx.logFile([fx.record(), bad])).message).toContain('record [1]');
    expect(builderError(() => fx.eventBridgeEvent(bad)).paths).toEqual(['eventTime']);
    expect(builderError(() => fx.lookupEvent(bad)).paths).toEqual(['eventTime']);
    expect(builderError(() => fx.eventBridgeEvent(fx.record(), { 'detail-type': 5 as never })).paths).toEqual(['detail-type']);
  });
});

describe('what is not JSON data is refused with a clear error, never a hang or a TypeError', () => {
  const hostile = (): Array<[string, unknown, string]> => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle['self'] = cycle;
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const throwing = Object.defineProperty({}, 'bucketName', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const trap = new Proxy({}, {
      ownKeys() {
        throw new Error('trap');
      },
    });
    return [
      ['a cycle', cycle, 'requestParameters.self'],
      ['a revoked Proxy', proxy, 'requestParameters'],
      ['a throwing getter', throwing, 'requestParameters.bucketName'],
      ['a throwing ownKeys trap', trap, 'requestParameters'],
      ['a Date', new Date(0), 'requestParameters'],
      ['a Map', new Map([['a', 1]]), 'requestParameters'],
      ['a function', () => 1, 'requestParameters'],
      ['a symbol', Symbol('x'), 'requestParameters'],
      ['a bigint', 10n, 'requestParameters'],
      ['NaN', { n: Number.NaN }, 'requestParameters.n'],
      ['Infinity in an array', [1, Number.POSITIVE_INFINITY], 'requestParameters[1]'],
    ];
  };

  it.each(hostile())('%s in the overrides of record()', (_, value, path) => {
    const e = builderError(() => record({ requestParameters: value as never }));
    expect(e.paths).toEqual([path]);
    expect(e.message).toContain(path);
  });

  it.each(hostile())('%s in the overrides of an identity and an App Mesh builder', (_, value) => {
    builderError(() => iamUser({ sessionContext: value as never }));
    builderError(() => createMesh({ requestParameters: { spec: value } } as never));
  });

  it('a cycle through userIdentity, arrays and App Mesh specs', () => {
    const id: Record<string, unknown> = { ...root() };
    id['sessionContext'] = { loop: [id] };
    expect(builderError(() => record({ userIdentity: id as never })).paths).toEqual(['userIdentity.sessionContext.loop[0]']);
    const spec: Record<string, unknown> = {};
    spec['listeners'] = [spec];
    expect(builderError(() => createMesh({ requestParameters: { spec } } as never)).paths).toEqual(['requestParameters.spec.listeners[0]']);
    const records: unknown[] = [];
    records.push(records);
    builderError(() => new Fixtures().logFile(records as never));
  });

  it('the same object twice, without a cycle, is fine', () => {
    const shared = { bucketName: 'logs' };
    const r = record({ requestParameters: { a: shared, b: shared } });
    expect(r.requestParameters).toEqual({ a: shared, b: shared });
    // A DAG 64 levels deep would be 2^64 objects if copied as a tree.
    let dag: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 64; i++) dag = { l: dag, r: dag };
    expect(decodes(CloudTrailRecord, record({ requestParameters: dag as never }))).toBe(true);
  });

  it('wrong argument types', () => {
    for (const overrides of ['x', 5, true, null, [], [1]]) {
      expect(builderError(() => record(overrides as never)).builder).toBe('record');
      builderError(() => iamUser(overrides as never));
      builderError(() => createMesh(overrides as never));
    }
    builderError(() => new Fixtures().logFile('x' as never));
    builderError(() => new Fixtures().logFile([5] as never));
    builderError(() => new Fixtures().eventBridgeEvent(null as never));
    builderError(() => new Fixtures().lookupEvent(undefined as never));
    builderError(() => appMeshBuilders(new Fixtures()).build(5 as never));
    builderError(() => appMeshBuilders(new Fixtures()).build('toString' as never));
  });

  it('wrong options name the option', () => {
    const cases: Array<[unknown, string]> = [
      [{ seed: Symbol('s') }, 'options.seed'],
      [{ seed: Number.NaN }, 'options.seed'],
      [{ seed: {} }, 'options.seed'],
      [{ accountId: 111122223333 }, 'options.accountId'],
      [{ region: ['us-east-1'] }, 'options.region'],
      [{ referenceTime: 'soon' }, 'options.referenceTime'],
      [{ referenceTime: new Date(Number.NaN) }, 'options.referenceTime'],
      [{ referenceTime: new Date(Date.UTC(10_000, 0, 1)) }, 'options.referenceTime'],
      [{ referenceTime: 1_700_000_000_000 }, 'options.referenceTime'],
      [Object.defineProperty({}, 'seed', { get: () => { throw new Error('x'); } }), 'options.seed'],
      [7, 'options'],
      [null, 'options'],
    ];
    for (const [options, path] of cases) {
      expect(builderError(() => new Fixtures(options as never)).paths, path).toEqual([path]);
      expect(builderError(() => record(undefined, options as never)).paths, path).toEqual([path]);
    }
    const am = appMeshBuilders(new Fixtures());
    expect(builderError(() => am.build('DeleteMesh', {}, { fail: 5 } as never)).paths).toEqual(['options.fail']);
    expect(builderError(() => am.build('StreamAggregatedResources', {}, { status: 'Lost' } as never)).paths).toEqual(['options.status']);
    expect(builderError(() => am.build('StreamAggregatedResources', {}, { node: 'pod' } as never)).paths).toEqual(['options.node']);
    expect(builderError(() => am.build('CreateMesh', {}, 'fail' as never)).paths).toEqual(['options']);
  });

  it('a refused call draws nothing: the factory goes on as if it had not happened', () => {
    const a = new Fixtures({ seed: 8 });
    const b = new Fixtures({ seed: 8 });
    builderError(() => a.record({ requestParameters: { n: Number.NaN } }));
    expect(a.record()).toEqual(b.record());
  });

  it('a refused call that fails decoding leaves the factory as it was: random draws, clock, names', () => {
    const a = new Fixtures({ seed: 8 });
    const b = new Fixtures({ seed: 8 });
    const am = appMeshBuilders(a);
    const bm = appMeshBuilders(b);
    expect(am.createMesh()).toEqual(bm.createMesh());
    const given = a.record();
    expect(b.record()).toEqual(given);
    // Each of these draws ids, times or names before the check refuses what it built.
    builderError(() => a.record({ eventTime: 'yesterday' }));
    builderError(() => a.iamUser({ accessKeyId: 5 as never }));
    builderError(() => a.assumedRole({ arn: 5 as never }));
    builderError(() => am.createVirtualNode({ responseElements: null }));
    builderError(() => am.createRoute({ eventTime: 'soon' }));
    builderError(() => am.streamAggregatedResources({ eventTime: 'soon' }));
    builderError(() => a.eventBridgeEvent(given, { account: 5 as never }));
    builderError(() => a.lookupEvent(given, { EventName: 5 as never }));
    expect(a.record()).toEqual(b.record());
    expect(am.createVirtualNode()).toEqual(bm.createVirtualNode());
    expect(am.createRoute()).toEqual(bm.createRoute());
    expect(a.nextName('x')).toBe(b.nextName('x'));
  });

  it('undefined in an array is null, as JSON writes it; a message names undefined plainly', () => {
    const r = record({ requestParameters: { list: [1, undefined, 2] } as never });
    expect(r.requestParameters).toEqual({ list: [1, null, 2] });
    // eslint-disable-next-line no-sparse-arrays
    expect(record({ requestParameters: { list: [1, , 2] } as never }).requestParameters).toEqual({ list: [1, null, 2] });
    const e = builderError(() => new Fixtures().logFile(undefined as never));
    expect(e.message).not.toContain('a undefined');
  });

  it('option errors name the builder that was called', () => {
    expect(builderError(() => createMesh(undefined, null as never)).builder).toBe('CreateMesh');
    expect(builderError(() => buildAppMeshEvent('CreateMesh', undefined, null as never)).builder).toBe('CreateMesh');
    expect(builderError(() => iamUser(undefined, { seed: {} } as never)).message).toMatch(/^iamUser: options\.seed/);
    expect(builderError(() => record(undefined, 7 as never)).builder).toBe('record');
    expect(builderError(() => new Fixtures(7 as never)).builder).toBe('Fixtures');
  });

  it('messages escape what they quote', () => {
    const e = builderError(() => appMeshBuilders(new Fixtures()).build('Create\nMesh\u202e' as never));
    expect(e.message).not.toMatch(/[\n\u202e]/);
  });
});

describe('whatever the overrides, the result decodes or the error is a BuilderError', () => {
  it('on the real corpus: every record given as record() overrides, and refused once its eventTime is broken', () => {
    const fx = new Fixtures({ seed: 9 });
    let built = 0;
    for (const { file, index, record: r } of corpusRecords()) {
      if (typeof r['userIdentity'] !== 'object' || r['userIdentity'] === null) continue;
      try {
        const out = fx.record(r as never);
        expect(decodes(CloudTrailRecord, out), `${file}[${index}]`).toBe(true);
        built++;
      } catch (e) {
        expect(e, `${file}[${index}]`).toBeInstanceOf(BuilderError);
      }
      expect(builderError(() => fx.record({ ...r, eventTime: 'not a time' } as never)).paths).toContain('eventTime');
    }
    expect(built).toBeGreaterThan(250);
  });

  it('on the real corpus: the containers wrap every record, and refuse it once broken', () => {
    const fx = new Fixtures({ seed: 10 });
    const records = corpusRecords().map((r) => r.record);
    expect(fx.logFile(records as never).Records).toHaveLength(records.length);
    for (const r of records) {
      expect(decodeEventBridgeEvent(fx.eventBridgeEvent(r as never)).success).toBe(true);
      if (typeof r['userIdentity'] === 'object' && typeof r['eventTime'] === 'string') {
        expect(decodes(LookupEvent, fx.lookupEvent(r as never))).toBe(true);
      }
      if (typeof r['eventTime'] === 'string') expect(builderError(() => fx.eventBridgeEvent({ ...r, eventTime: 5 } as never)).paths).toEqual(['eventTime']);
    }
  });

  it('an override whose text conversion throws is named, not thrown as a TypeError (found by the CI fuzz pass)', () => {
    const poison = JSON.parse('{"toString":""}') as unknown;
    for (const key of ['eventName', 'eventSource', 'awsRegion']) {
      const overrides = { [key]: poison } as never;
      expect(() => new Fixtures({ seed: 1 }).record(overrides)).toThrow(BuilderError);
      expect(() => new Fixtures({ seed: 1 }).record(overrides)).toThrow(key);
    }
  });

  it('any JSON value, anywhere in the overrides', () => {
    const am = appMeshBuilders(new Fixtures({ seed: 11 }));
    const overridesArb = fc.dictionary(
      fc.constantFrom('eventTime', 'eventName', 'userIdentity', 'requestParameters', 'responseElements', 'errorCode', 'readOnly', 'awsRegion', 'x'),
      fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)),
    );
    fc.assert(
      fc.property(overridesArb, fc.constantFrom(...appMeshEventNames), (overrides, name) => {
        for (const [codec, build] of [
          [CloudTrailRecord, () => new Fixtures({ seed: 1 }).record(overrides as never)],
          [AppMeshEvent, () => am.build(name, overrides as never)],
          [UserIdentity, () => new Fixtures({ seed: 1 }).iamUser(overrides as never)],
        ] as const) {
          try {
            expect(decodes(codec, build())).toBe(true);
          } catch (e) {
            expect(e).toBeInstanceOf(BuilderError);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
