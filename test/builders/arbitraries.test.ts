// The fast-check arbitraries: every value decodes and encodes back to itself,
// and the edge cases they promise (maximum-length and unicode names, failed
// calls, later enum values, empty specs, every stream status) really occur.
import fc from 'fast-check';
import type * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { AppMeshEvent, appMeshEventNames, isFailedAppMeshCall, isSucceededCall, parseAppMeshArn, type AppMeshEventName } from '../../src/services/appmesh/index.js';
import { appMeshEventArbitrary, identityArbitrary, identityKinds, recordArbitrary, seedArbitrary, type IdentityKindName } from '../../src/arbitraries/index.js';
import { CloudTrailRecord, UserIdentity, formatErrors } from '../../src/index.js';
import { identityBuilders } from '../support/identities.js';

type Json = Record<string, unknown>;

const SAMPLES = 2000;
const SAMPLE_SEED = 20260101;

const typeOf: Readonly<Record<IdentityKindName, string>> = identityBuilders;

function roundTrips<A, O>(codec: t.Type<A, O, unknown>, value: unknown): A {
  const r = codec.decode(value);
  if (r._tag === 'Left') throw new Error(`${codec.name} did not decode:\n${formatErrors(r.left).join('\n')}`);
  expect(codec.encode(r.right)).toStrictEqual(value);
  return r.right;
}

const field = (value: unknown, ...path: string[]): unknown => {
  let v = value;
  for (const k of path) v = typeof v === 'object' && v !== null ? (v as Json)[k] : undefined;
  return v;
};

/** The one resource of a successful response, e.g. responseElements.mesh. */
function responseData(e: Json): Json | undefined {
  const r = e['responseElements'];
  if (typeof r !== 'object' || r === null) return undefined;
  const values = Object.values(r as Json);
  const d = values[0];
  return values.length === 1 && typeof d === 'object' && d !== null && !Array.isArray(d) ? (d as Json) : undefined;
}

describe('identityArbitrary', () => {
  it.each(identityKinds)('%s values decode into that variant and round-trip', (kind) => {
    fc.assert(
      fc.property(identityArbitrary([kind]), (id) => {
        expect((id as { type?: string }).type).toBe(typeOf[kind]);
        expect(roundTrips(UserIdentity, id).type).toBe(typeOf[kind]);
      }),
      { numRuns: 200 },
    );
  });

  it('values of all kinds decode and round-trip', () => {
    fc.assert(
      fc.property(identityArbitrary(), (id) => {
        roundTrips(UserIdentity, id);
        expect(JSON.parse(JSON.stringify(id))).toStrictEqual(id);
      }),
      { numRuns: 500 },
    );
  });

  it('every kind occurs, and so does a console session with an empty sessionIssuer', () => {
    const sample = fc.sample(identityArbitrary(), { seed: SAMPLE_SEED, numRuns: SAMPLES }) as Json[];
    // The twelve documented types, and by default also no type and types AWS may add.
    const types = new Set(sample.map((id) => id['type']));
    for (const t of Object.values(typeOf)) expect(types.has(t), t).toBe(true);
    expect(types.has(undefined)).toBe(true);
    expect([...types].filter((t) => t !== undefined && !Object.values(typeOf).includes(t as string)).length).toBeGreaterThan(0);
    const empty = sample.filter((id) => JSON.stringify(field(id, 'sessionContext', 'sessionIssuer')) === '{}');
    expect(empty.length).toBeGreaterThan(0);
    expect(new Set(empty.map((id) => id['type']))).toEqual(new Set(['IAMUser', 'Root']));
  });

  it('a subset of kinds gives only those kinds', () => {
    const sample = fc.sample(identityArbitrary(['awsService', 'samlUser']), { seed: SAMPLE_SEED, numRuns: 300 }) as Json[];
    expect(new Set(sample.map((id) => id['type']))).toEqual(new Set(['AWSService', 'SAMLUser']));
  });
});

describe('recordArbitrary', () => {
  it('values decode with CloudTrailRecord and round-trip', () => {
    fc.assert(
      fc.property(recordArbitrary(), (r) => {
        roundTrips(CloudTrailRecord, r);
        expect(JSON.parse(JSON.stringify(r))).toStrictEqual(r);
      }),
      { numRuns: 300 },
    );
  });

  it('failed and successful calls, non-ASCII text and every service occur', () => {
    const sample = fc.sample(recordArbitrary(), { seed: SAMPLE_SEED, numRuns: SAMPLES });
    expect(sample.some((r) => r.errorCode === 'AccessDenied' && typeof r.errorMessage === 'string')).toBe(true);
    expect(sample.some((r) => r.errorCode === undefined)).toBe(true);
    expect(sample.some((r) => /[^\x00-\x7f]/.test(String(field(r, 'requestParameters', 'note'))))).toBe(true);
    expect(new Set(sample.map((r) => `${r.eventSource} ${r.eventName}`)).size).toBe(9);
    const types = new Set(sample.map((r) => (r.userIdentity as { type?: string }).type));
    for (const t of Object.values(typeOf)) expect(types.has(t), t).toBe(true);
    expect(types.has(undefined)).toBe(true);
  });
});

describe('appMeshEventArbitrary', () => {
  it('values of all 39 events decode and round-trip; failure and success are told apart', () => {
    fc.assert(
      fc.property(appMeshEventArbitrary(), (json) => {
        const e = roundTrips(AppMeshEvent, json);
        const failed = 'errorCode' in json;
        expect(isFailedAppMeshCall(e)).toBe(failed);
        expect(isSucceededCall(e)).toBe(!failed && json.eventName !== 'StreamAggregatedResources');
      }),
      { numRuns: 500 },
    );
  });

  it('a successful response agrees with its request (mesh name and spec, edge cases included)', () => {
    fc.assert(
      fc.property(appMeshEventArbitrary(), (json) => {
        const e = json as unknown as Json;
        const data = responseData(e);
        if ('errorCode' in e || data === undefined) return;
        const request = e['requestParameters'] as Json;
        if ('meshName' in request) expect(data['meshName']).toBe(request['meshName']);
        if ('spec' in request) expect(data['spec']).toStrictEqual(request['spec']);
        const meshName = String(request['meshName'] ?? '');
        // Names never hold ':' or '/', so the ARN splits cleanly.
        if (!meshName.includes(':')) {
          const arn = parseAppMeshArn(String(field(data, 'metadata', 'arn')));
          expect(arn).toBeDefined();
          if ('meshName' in request) expect(arn?.meshName).toBe(meshName);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a subset of names gives only those events', () => {
    const names: AppMeshEventName[] = ['CreateMesh', 'UpdateMesh', 'StreamAggregatedResources'];
    fc.assert(
      fc.property(appMeshEventArbitrary(names), (json) => {
        expect(names).toContain(json.eventName);
        roundTrips(AppMeshEvent, json);
      }),
      { numRuns: 300 },
    );
    const seen = new Set(fc.sample(appMeshEventArbitrary(names), { seed: SAMPLE_SEED, numRuns: 300 }).map((e) => e.eventName));
    expect(seen).toEqual(new Set(names));
  });

  describe(`edge cases occur in ${SAMPLES} samples`, () => {
    const sample = fc.sample(appMeshEventArbitrary(), { seed: SAMPLE_SEED, numRuns: SAMPLES }) as unknown as Json[];
    const meshNames = sample.map((e) => field(e, 'requestParameters', 'meshName')).filter((m): m is string => typeof m === 'string');

    it('every event name', () => {
      expect(new Set(sample.map((e) => e['eventName']))).toEqual(new Set(appMeshEventNames));
    });

    it('a 255-character meshName, at most 255', () => {
      expect(meshNames.some((m) => m.length === 255)).toBe(true);
      expect(Math.max(...meshNames.map((m) => m.length))).toBe(255);
    });

    it('a non-ASCII meshName', () => {
      expect(meshNames.some((m) => /[^\x00-\x7f]/.test(m))).toBe(true);
    });

    it('failed calls, with the typical and with named errors, and a null response', () => {
      const failed = sample.filter((e) => 'errorCode' in e);
      expect(failed.length).toBeGreaterThan(0);
      expect(failed.every((e) => e['responseElements'] === null && typeof e['errorMessage'] === 'string')).toBe(true);
      const codes = new Set(failed.map((e) => e['errorCode']));
      for (const code of ['NotFoundException', 'BadRequestException', 'InternalFailure', 'ConflictException']) expect(codes).toContain(code);
    });

    it('an ALLOW_LISTED egress filter, in request and response alike', () => {
      const allow = sample.filter((e) => field(e, 'requestParameters', 'spec', 'egressFilter', 'type') === 'ALLOW_LISTED');
      expect(allow.length).toBeGreaterThan(0);
      for (const e of allow) expect(field(e, 'responseElements', 'mesh', 'spec', 'egressFilter', 'type')).toBe('ALLOW_LISTED');
    });

    it('an empty {} spec, on meshes and virtual services only', () => {
      const empty = sample.filter((e) => JSON.stringify(field(e, 'requestParameters', 'spec')) === '{}');
      expect(empty.length).toBeGreaterThan(0);
      for (const e of empty) expect(String(e['eventName'])).toMatch(/^(Create|Update)(Mesh|VirtualService)$/);
      expect(new Set(empty.map((e) => e['eventName'])).size).toBeGreaterThan(1);
    });

    it('each StreamAggregatedResources status, and both node kinds', () => {
      const streams = sample.filter((e) => e['eventName'] === 'StreamAggregatedResources');
      expect(new Set(streams.map((e) => field(e, 'serviceEventDetails', 'eventStatus')))).toEqual(
        new Set(['ConnectionEstablished', 'ConnectionGracefullyTerminated', 'ConnectionTerminated']),
      );
      const kinds = new Set(streams.map((e) => parseAppMeshArn(String(field(e, 'serviceEventDetails', 'nodeArn')))?.kind));
      expect(kinds).toEqual(new Set(['virtualNode', 'virtualGateway']));
    });

    it('the sample is the same for the same fast-check seed', () => {
      const again = fc.sample(appMeshEventArbitrary(), { seed: SAMPLE_SEED, numRuns: 50 });
      expect(JSON.stringify(again)).toBe(JSON.stringify(sample.slice(0, 50)));
    });
  });

  // Names never hold '/' or ':', so every ARN the arbitraries make parses back.
  it('the metadata.arn of every successful call parses with parseAppMeshArn', () => {
    fc.assert(
      fc.property(appMeshEventArbitrary(), (json) => {
        const data = responseData(json as unknown as Json);
        if ('errorCode' in json || data === undefined) return;
        expect(parseAppMeshArn(String(field(data, 'metadata', 'arn')))).toBeDefined();
      }),
      { seed: SAMPLE_SEED, numRuns: SAMPLES },
    );
  });
});

describe('seedArbitrary', () => {
  it('gives positive 31-bit integers', () => {
    fc.assert(
      fc.property(seedArbitrary, (seed) => {
        expect(Number.isInteger(seed)).toBe(true);
        expect(seed).toBeGreaterThanOrEqual(1);
        expect(seed).toBeLessThanOrEqual(0x7fffffff);
      }),
      { numRuns: 200 },
    );
  });
});
