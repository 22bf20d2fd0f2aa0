// The Fixtures factory: every identity builder, record(), the containers and
// reset(). Everything it makes must decode with the library's own codecs,
// encode back to the same JSON, and be consistent in itself (ARNs, ids and
// keys agree with the account and with each other).
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import type * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { Fixtures, mergeOverrides, type FixtureOptions } from '../../src/builders/index.js';
import {
  CloudTrailRecord,
  UserIdentity,
  formatErrors,
  type ActivityRecordJson,
  type AssumedRoleIdentityJson,
  type UserIdentityJson,
} from '../../src/index.js';
import { EventBridgeCloudTrailEvent, LogFile, LookupEvent } from '../../src/containers/index.js';
import { identityBuilders, type IdentityBuilder } from '../support/identities.js';

type Json = Record<string, unknown>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ACCOUNT = /^[1-9][0-9]{11}$/;

const builderNames = Object.keys(identityBuilders) as IdentityBuilder[];

interface IdentityOverrides {
  accountId?: string;
  userName?: string;
  invokedBy?: string;
}

function buildIdentity(fx: Fixtures, kind: IdentityBuilder, overrides?: IdentityOverrides): UserIdentityJson {
  return (fx[kind] as (o?: IdentityOverrides) => UserIdentityJson).call(fx, overrides);
}

function decodeWith<A, O>(codec: t.Type<A, O, unknown>, value: unknown): A {
  const r = codec.decode(value);
  if (r._tag === 'Left') throw new Error(`${codec.name} did not decode:\n${formatErrors(r.left).join('\n')}`);
  return r.right;
}

/** Paths of every `undefined` at any depth, array holes included. */
function undefinedPaths(value: unknown, path = '$'): string[] {
  if (value === undefined) return [path];
  if (Array.isArray(value)) {
    const out: string[] = [];
    for (let i = 0; i < value.length; i++) out.push(...undefinedPaths(value[i], `${path}[${i}]`));
    return out;
  }
  if (typeof value === 'object' && value !== null) {
    return Object.keys(value).flatMap((k) => undefinedPaths((value as Json)[k], `${path}.${k}`));
  }
  return [];
}

function expectWireJson(value: unknown): void {
  expect(undefinedPaths(value)).toEqual([]);
  expect(JSON.parse(JSON.stringify(value))).toStrictEqual(value);
}

function expectRoundTrip<A, O>(codec: t.Type<A, O, unknown>, value: unknown): A {
  const decoded = decodeWith(codec, value);
  expect(codec.encode(decoded)).toStrictEqual(value);
  return decoded;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

const arnAccount = (arn: string): string | undefined => arn.split(':')[4];

const accountArb = fc.stringMatching(/^[1-9][0-9]{11}$/);
const iamNameArb = fc.stringMatching(/^[A-Za-z0-9+=,.@_-]{1,64}$/);
const serviceArb = fc.constantFrom('ec2.amazonaws.com', 'lambda.amazonaws.com', 'AWS Internal');
const overridesArb: fc.Arbitrary<IdentityOverrides> = fc
  .record({ accountId: fc.option(accountArb), userName: fc.option(iamNameArb), invokedBy: fc.option(serviceArb) })
  .map(({ accountId, userName, invokedBy }) => ({
    ...(accountId === null ? {} : { accountId }),
    ...(userName === null ? {} : { userName }),
    ...(invokedBy === null ? {} : { invokedBy }),
  }));
const withoutUserName = (o: IdentityOverrides | undefined): IdentityOverrides | undefined => {
  if (o === undefined) return undefined;
  const { userName: _dropped, ...rest } = o;
  return rest;
};
const seedArb = fc.oneof(fc.integer({ min: 0, max: 0x7fffffff }), fc.string({ maxLength: 12 }));

describe('identity builders', () => {
  it.each(builderNames)('%s decodes into its variant, round-trips and is plain JSON, for any seed and overrides', (kind) => {
    fc.assert(
      fc.property(seedArb, overridesArb, (seed, overrides) => {
        const fx = new Fixtures({ seed });
        for (const o of [undefined, overrides]) {
          const id = buildIdentity(fx, kind, kind === 'assumedRole' ? withoutUserName(o) : o);
          expectWireJson(id);
          const decoded = expectRoundTrip(UserIdentity, id);
          expect(decoded.type).toBe(identityBuilders[kind]);
          expect((id as { type?: string }).type).toBe(identityBuilders[kind]);
        }
        // An AssumedRole has no userName of its own: giving one is refused (see below).
        const given = kind === 'assumedRole' ? withoutUserName(overrides) : overrides;
        const id = buildIdentity(fx, kind, given) as Json;
        for (const [key, value] of Object.entries(given ?? {})) expect(id[key]).toBe(value);
      }),
      { numRuns: 200 },
    );
  });

  it.each(builderNames)('%s: every ARN names the identity account, default or overridden', (kind) => {
    fc.assert(
      fc.property(seedArb, fc.option(accountArb, { nil: undefined }), (seed, accountId) => {
        const fx = new Fixtures({ seed });
        const id = buildIdentity(fx, kind, accountId === undefined ? undefined : { accountId }) as Json & {
          sessionContext?: { sessionIssuer?: { arn?: string; accountId?: string } };
          onBehalfOf?: { identityStoreArn?: string };
        };
        const account = id['accountId'];
        if (kind !== 'awsService' && kind !== 'samlUser' && kind !== 'webIdentityUser') {
          expect(account).toMatch(ACCOUNT);
          if (kind !== 'awsAccount') expect(account).toBe(accountId ?? fx.accountId);
        }
        if (accountId !== undefined && account !== undefined) expect(account).toBe(accountId);
        const arns = [id['arn'], id.sessionContext?.sessionIssuer?.arn, id.onBehalfOf?.identityStoreArn].filter(
          (a): a is string => typeof a === 'string' && a !== '',
        );
        for (const arn of arns) expect(arnAccount(arn)).toBe(account);
        if (id.sessionContext?.sessionIssuer?.accountId !== undefined) expect(id.sessionContext.sessionIssuer.accountId).toBe(account);
      }),
      { numRuns: 200 },
    );
  });

  it('AssumedRole: ARN, principal id, session issuer and key agree', () => {
    fc.assert(
      fc.property(seedArb, fc.option(accountArb, { nil: undefined }), (seed, accountId) => {
        const fx = new Fixtures({ seed });
        const id: AssumedRoleIdentityJson = fx.assumedRole(accountId === undefined ? undefined : { accountId });
        const acct = accountId ?? fx.accountId;
        const m = /^arn:aws:sts::(\d{12}):assumed-role\/([^/]+)\/([^/]+)$/.exec(id.arn);
        expect(m).not.toBeNull();
        const [, arnAcct, role, session] = m as unknown as [string, string, string, string];
        expect(arnAcct).toBe(acct);
        const issuer = id.sessionContext?.sessionIssuer;
        const roleId = issuer?.principalId ?? '';
        expect(roleId).toMatch(/^AROA[A-Z0-9]{17}$/);
        expect(id.principalId).toBe(`${roleId}:${session}`);
        expect(issuer?.type).toBe('Role');
        expect(issuer?.arn).toBe(`arn:aws:iam::${acct}:role/${role}`);
        expect(issuer?.userName).toBe(role);
        expect(issuer?.accountId).toBe(acct);
        expect(id.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
        expect(id.sessionContext?.attributes?.mfaAuthenticated).toMatch(/^(true|false)$/);
      }),
      { numRuns: 200 },
    );
  });

  it('AssumedRole: the issuer userName override names the role everywhere', () => {
    const fx = new Fixtures({ seed: 3 });
    const id = fx.assumedRole({ sessionContext: { sessionIssuer: { userName: 'Auditor' } } });
    expect(id.arn).toMatch(new RegExp(`^arn:aws:sts::${fx.accountId}:assumed-role/Auditor/[^/]+$`));
    expect(id.sessionContext?.sessionIssuer?.arn).toBe(`arn:aws:iam::${fx.accountId}:role/Auditor`);
    // The rest of the issuer is kept, not replaced by the partial override.
    expect(id.sessionContext?.sessionIssuer?.principalId).toMatch(/^AROA/);
    expect(id.principalId.startsWith(`${id.sessionContext?.sessionIssuer?.principalId ?? '?'}:`)).toBe(true);
  });

  it('IAMUser: AIDA principal id, 20-character AKIA key, ARN follows the user name', () => {
    fc.assert(
      fc.property(seedArb, fc.option(iamNameArb, { nil: undefined }), fc.option(accountArb, { nil: undefined }), (seed, userName, accountId) => {
        const fx = new Fixtures({ seed });
        const id = fx.iamUser({ ...(userName === undefined ? {} : { userName }), ...(accountId === undefined ? {} : { accountId }) });
        expect(id.principalId).toMatch(/^AIDA[A-Z0-9]{17}$/);
        expect(id.accessKeyId).toHaveLength(20);
        expect(id.accessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
        expect(id.arn).toBe(`arn:aws:iam::${accountId ?? fx.accountId}:user/${userName ?? id.userName ?? '?'}`);
        if (userName !== undefined) expect(id.userName).toBe(userName);
      }),
      { numRuns: 200 },
    );
  });

  it('FederatedUser: temporary ASIA key, issuer is an IAM user of the same account', () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const fx = new Fixtures({ seed });
        const id = fx.federatedUser();
        expect(id.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
        const name = /:federated-user\/(.+)$/.exec(id.arn)?.[1];
        expect(name).toBeDefined();
        expect(id.principalId).toBe(`${fx.accountId}:${name ?? '?'}`);
        expect(id.sessionContext?.sessionIssuer?.type).toBe('IAMUser');
        expect(id.sessionContext?.sessionIssuer?.arn).toBe(`arn:aws:iam::${fx.accountId}:user/${id.sessionContext?.sessionIssuer?.userName ?? '?'}`);
      }),
      { numRuns: 200 },
    );
  });

  it('Root: principal id is the account, ARN is <account>:root, both follow an accountId override', () => {
    fc.assert(
      fc.property(seedArb, accountArb, (seed, accountId) => {
        const fx = new Fixtures({ seed });
        const plain = fx.root();
        expect(plain.principalId).toBe(fx.accountId);
        expect(plain.arn).toBe(`arn:aws:iam::${fx.accountId}:root`);
        const other = fx.root({ accountId });
        expect(other.principalId).toBe(accountId);
        expect(other.arn).toBe(`arn:aws:iam::${accountId}:root`);
      }),
      { numRuns: 200 },
    );
  });

  it('an accountId override reaches the ARN of every identity that has one', () => {
    const fx = new Fixtures({ seed: 11 });
    const acct = '210987654321';
    expect(fx.iamUser({ accountId: acct }).arn).toMatch(/^arn:aws:iam::210987654321:user\//);
    expect(fx.role({ accountId: acct }).arn).toMatch(/^arn:aws:iam::210987654321:role\//);
    expect(fx.federatedUser({ accountId: acct }).arn).toMatch(/^arn:aws:sts::210987654321:federated-user\//);
    expect(fx.directory({ accountId: acct }).arn).toMatch(/^arn:aws:ds:us-east-1:210987654321:user\/d-\d{10}\//);
    expect(fx.identityCenterUser({ accountId: acct }).onBehalfOf.identityStoreArn).toMatch(/^arn:aws:identitystore::210987654321:identitystore\/d-\d{10}$/);
    const assumed = fx.assumedRole({ accountId: acct });
    expect(assumed.arn).toMatch(/^arn:aws:sts::210987654321:assumed-role\//);
    expect(assumed.sessionContext?.sessionIssuer?.arn).toMatch(/^arn:aws:iam::210987654321:role\//);
  });

  it('a userName override reaches the ARN of IAM users and roles and the principal id of SAML users', () => {
    const fx = new Fixtures({ seed: 12 });
    expect(fx.iamUser({ userName: 'mallory' }).arn).toBe(`arn:aws:iam::${fx.accountId}:user/mallory`);
    expect(fx.role({ userName: 'Ops' }).arn).toBe(`arn:aws:iam::${fx.accountId}:role/Ops`);
    const saml = fx.samlUser({ userName: 'ann@example.org' });
    expect(saml.principalId).toBe(`${saml.identityProvider}:ann@example.org`);
    const web = fx.webIdentityUser({ identityProvider: 'cognito-identity.amazon.com' });
    expect(web.principalId.startsWith('cognito-identity.amazon.com:')).toBe(true);
  });

  it('AWSService carries only type and invokedBy; IdentityCenterUser has empty arn and key', () => {
    const fx = new Fixtures({ seed: 5 });
    const svc = fx.awsService();
    expect(Object.keys(svc).sort()).toEqual(['invokedBy', 'type']);
    expect(svc.invokedBy).toMatch(/\.amazonaws\.com$/);
    const idc = fx.identityCenterUser();
    expect(idc.arn).toBe('');
    expect(idc.accessKeyId).toBe('');
    expect(idc.onBehalfOf.userId).toMatch(UUID);
    expect(idc.credentialId).toMatch(UUID);
    expect(idc).not.toHaveProperty('userName');
  });
});

describe('record()', () => {
  it('has UUID ids, version 1.11, the caller account as recipient, and is a management API call', () => {
    fc.assert(
      fc.property(seedArb, fc.constantFrom(...builderNames), (seed, kind) => {
        const fx = new Fixtures({ seed });
        const identity = buildIdentity(fx, kind);
        const r = fx.record({ userIdentity: identity });
        expect(r.eventID).toMatch(UUID);
        expect(r.requestID).toMatch(UUID);
        expect(r.eventID).not.toBe(r.requestID);
        expect(r.eventVersion).toBe('1.11');
        expect(r.managementEvent).toBe(true);
        expect(r.eventType).toBe('AwsApiCall');
        expect(r.eventCategory).toBe('Management');
        const acct = (identity as { accountId?: string }).accountId;
        expect(r.recipientAccountId).toBe(acct ?? fx.accountId);
        expect(r.userIdentity).toStrictEqual(identity);
      }),
      { numRuns: 200 },
    );
  });

  it('the default caller is an IAM user of the factory account', () => {
    const fx = new Fixtures({ seed: 2, accountId: '111122223333' });
    const r = fx.record();
    expect((r.userIdentity as { type?: string }).type).toBe('IAMUser');
    expect(r.recipientAccountId).toBe('111122223333');
    expect(r.eventSource).toBe('sts.amazonaws.com');
    expect(r.eventName).toBe('GetCallerIdentity');
    expect(r.readOnly).toBe(true);
  });

  it('recipientAccountId follows the identity account unless overridden', () => {
    const fx = new Fixtures({ seed: 4 });
    const identity = fx.assumedRole({ accountId: '444455556666' });
    expect(fx.record({ userIdentity: identity }).recipientAccountId).toBe('444455556666');
    expect(fx.record({ userIdentity: identity, recipientAccountId: '777788889999' }).recipientAccountId).toBe('777788889999');
  });

  it('readOnly follows the operation name: Get/Describe/List read, Create/Put write', () => {
    const suffix = fc.stringMatching(/^[A-Z][a-zA-Z]{0,20}$/);
    fc.assert(
      fc.property(seedArb, fc.constantFrom('Get', 'Describe', 'List', 'Create', 'Put'), suffix, (seed, verb, rest) => {
        const r = new Fixtures({ seed }).record({ eventSource: 'example.amazonaws.com', eventName: `${verb}${rest}` });
        expect(r.readOnly).toBe(verb === 'Get' || verb === 'Describe' || verb === 'List');
      }),
      { numRuns: 200 },
    );
  });

  it('tlsDetails for a human caller, none (and service source/agent) when the identity has invokedBy', () => {
    const fx = new Fixtures({ seed: 6, region: 'eu-west-1' });
    const human = fx.record({ eventSource: 'sqs.amazonaws.com', eventName: 'SendMessage', userIdentity: fx.assumedRole() });
    expect(human.tlsDetails).toStrictEqual({
      tlsVersion: 'TLSv1.3',
      cipherSuite: 'TLS_AES_128_GCM_SHA256',
      clientProvidedHostHeader: 'sqs.eu-west-1.amazonaws.com',
    });
    expect(human.sourceIPAddress).toMatch(/^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}$/);

    const service = fx.awsService({ invokedBy: 'config.amazonaws.com' });
    const bySvc = fx.record({ userIdentity: service });
    expect(bySvc).not.toHaveProperty('tlsDetails');
    expect(bySvc.sourceIPAddress).toBe('config.amazonaws.com');
    expect(bySvc.userAgent).toBe('config.amazonaws.com');

    // invokedBy on any identity, not only AWSService, marks a service call.
    const fas = fx.record({ userIdentity: fx.assumedRole({ invokedBy: 'cloudformation.amazonaws.com' }) });
    expect(fas).not.toHaveProperty('tlsDetails');
    expect(fas.sourceIPAddress).toBe('cloudformation.amazonaws.com');
  });

  it('overrides merge deeply, but userIdentity replaces whole', () => {
    const fx = new Fixtures({ seed: 8 });
    const r = fx.record({ tlsDetails: { tlsVersion: 'TLSv1.2' } });
    expect(r.tlsDetails?.tlsVersion).toBe('TLSv1.2');
    expect(r.tlsDetails?.cipherSuite).toBe('TLS_AES_128_GCM_SHA256');
    expect(r.tlsDetails?.clientProvidedHostHeader).toBe('sts.us-east-1.amazonaws.com');

    const svc = fx.awsService();
    const replaced = fx.record({ userIdentity: svc });
    expect(replaced.userIdentity).toStrictEqual(svc);
    expect(replaced.userIdentity).not.toHaveProperty('principalId');

    const withParams = fx.record({ requestParameters: { queueUrl: 'https://sqs.example/1' }, errorCode: 'AccessDenied' });
    expect(withParams.requestParameters).toStrictEqual({ queueUrl: 'https://sqs.example/1' });
    expect(withParams.errorCode).toBe('AccessDenied');
    // An undefined override changes nothing and leaves no undefined behind.
    const undef = fx.record({ awsRegion: undefined } as unknown as Parameters<Fixtures['record']>[0]);
    expect(undef.awsRegion).toBe('us-east-1');
    expectWireJson(undef);
  });

  it('decodes with CloudTrailRecord and round-trips, for any seed, caller and service', () => {
    fc.assert(
      fc.property(
        seedArb,
        fc.constantFrom(...builderNames),
        fc.constantFrom(['s3.amazonaws.com', 'GetObject'], ['ec2.amazonaws.com', 'RunInstances'], ['kms.amazonaws.com', 'Decrypt']),
        fc.option(fc.string({ unit: 'grapheme', maxLength: 30 }), { nil: undefined }),
        (seed, kind, [eventSource, eventName], note) => {
          const fx = new Fixtures({ seed });
          const r = fx.record({
            eventSource,
            eventName,
            userIdentity: buildIdentity(fx, kind),
            ...(note === undefined ? {} : { requestParameters: { note } }),
          });
          expectWireJson(r);
          const decoded = expectRoundTrip(CloudTrailRecord, r);
          expect(decoded.eventType).toBe('AwsApiCall');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('eventTime starts after referenceTime and strictly increases', () => {
    const refArb = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }).map((ms) => new Date(Math.floor(ms / 1000) * 1000));
    fc.assert(
      fc.property(seedArb, refArb, fc.boolean(), (seed, ref, asString) => {
        const fx = new Fixtures({ seed, referenceTime: asString ? ref.toISOString() : ref });
        expect(fx.referenceTime.getTime()).toBe(ref.getTime());
        let last = ref.getTime();
        for (let i = 0; i < 5; i++) {
          const r = fx.record();
          expect(r.eventTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
          const now = Date.parse(r.eventTime);
          expect(now).toBeGreaterThan(last);
          last = now;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('an invalid referenceTime is refused', () => {
    expect(() => new Fixtures({ referenceTime: 'not a time' })).toThrow(RangeError);
    expect(() => new Fixtures({ referenceTime: 'not a time' })).toThrow(/options\.referenceTime/);
  });
});

describe('containers', () => {
  function someRecords(fx: Fixtures): ActivityRecordJson[] {
    return [
      fx.record(),
      fx.record({ eventSource: 's3.amazonaws.com', eventName: 'PutObject', userIdentity: fx.assumedRole() }),
      fx.record({ userIdentity: fx.awsService() }),
    ];
  }

  it('logFile decodes with LogFile, keeps the records and round-trips', () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const fx = new Fixtures({ seed });
        const records = someRecords(fx);
        const file = fx.logFile(records);
        expect(file.Records).toStrictEqual(records);
        expect(file.Records[0]).not.toBe(records[0]);
        expectWireJson(file);
        expectRoundTrip(LogFile, file);
      }),
      { numRuns: 200 },
    );
  });

  it('eventBridgeEvent decodes and takes detail-type, source, time, account and region from the record', () => {
    const fx = new Fixtures({ seed: 21, region: 'ap-south-1' });
    const cases: Array<[Partial<ActivityRecordJson>, string]> = [
      [{ eventType: 'AwsApiCall' }, 'AWS API Call via CloudTrail'],
      [{ eventType: 'AwsServiceEvent' }, 'AWS Service Event via CloudTrail'],
      [{ eventType: 'AwsConsoleSignIn', eventSource: 'signin.amazonaws.com', eventName: 'ConsoleLogin' }, 'AWS Console Sign In via CloudTrail'],
      [{ eventType: 'AwsConsoleAction' }, 'AWS Console Action via CloudTrail'],
    ];
    for (const [overrides, detailType] of cases) {
      const record = fx.record({ eventSource: 'sqs.amazonaws.com', ...overrides });
      const event = fx.eventBridgeEvent(record);
      expect(event['detail-type']).toBe(detailType);
      expect(event.source).toBe(`aws.${record.eventSource.replace('.amazonaws.com', '')}`);
      expect(event.time).toBe(record.eventTime);
      expect(event.account).toBe(record.recipientAccountId);
      expect(event.region).toBe('ap-south-1');
      expect(event.version).toBe('0');
      expect(event.id).toMatch(UUID);
      expect(event.detail).toStrictEqual(record);
      expectWireJson(event);
      const decoded = expectRoundTrip(EventBridgeCloudTrailEvent, event);
      expect(decoded.time.toISOString().replace('.000Z', 'Z')).toBe(record.eventTime);
    }
    expect(fx.eventBridgeEvent(fx.record({ eventSource: 'sqs.amazonaws.com' })).source).toBe('aws.sqs');
  });

  it('lookupEvent decodes: epoch-second EventTime, string ReadOnly, the record as JSON text', () => {
    fc.assert(
      fc.property(seedArb, fc.constantFrom('GetObject', 'PutObject'), fc.constantFrom(...builderNames), (seed, eventName, kind) => {
        const fx = new Fixtures({ seed });
        const record = fx.record({ eventSource: 's3.amazonaws.com', eventName, userIdentity: buildIdentity(fx, kind) });
        const ev = fx.lookupEvent(record);
        expect(ev.EventTime).toBe(Date.parse(record.eventTime) / 1000);
        expect(Number.isInteger(ev.EventTime)).toBe(true);
        expect(ev.ReadOnly).toBe(record.readOnly === true ? 'true' : 'false');
        expect(ev.ReadOnly).toBe(eventName === 'GetObject' ? 'true' : 'false');
        expect(ev.EventId).toBe(record.eventID);
        expect(ev.EventName).toBe(eventName);
        expect(ev.EventSource).toBe('s3.amazonaws.com');
        expect(JSON.parse(ev.CloudTrailEvent)).toStrictEqual(record);
        const key = (record.userIdentity as { accessKeyId?: string }).accessKeyId;
        if (key !== undefined && key !== '') expect(ev.AccessKeyId).toBe(key);
        else expect(ev).not.toHaveProperty('AccessKeyId');
        expectWireJson(ev);
        const decoded = decodeWith(LookupEvent, ev);
        expect(decoded.EventTime?.getTime()).toBe(Date.parse(record.eventTime));
        expect(decoded.ReadOnly).toBe(record.readOnly);
        expect(CloudTrailRecord.encode(decoded.CloudTrailEvent)).toStrictEqual(record);
        expect(JSON.parse(LookupEvent.encode(decoded).CloudTrailEvent)).toStrictEqual(record);
      }),
      { numRuns: 200 },
    );
  });
});

describe('inputs and prototypes', () => {
  it('overrides, identities and records passed in are never changed', () => {
    const fx = new Fixtures({ seed: 30 });
    const identity = deepFreeze(fx.assumedRole());
    const overrides = deepFreeze({ userIdentity: identity, tlsDetails: { tlsVersion: 'TLSv1.2' }, requestParameters: { a: { b: [1, 2] } } });
    const snapshot = structuredClone(overrides);
    const record = fx.record(overrides);
    expect(overrides).toStrictEqual(snapshot);
    // The output shares nothing with the frozen input: it can be changed freely.
    expect(Object.isFrozen(record.userIdentity)).toBe(false);
    expect(Object.isFrozen(record.requestParameters)).toBe(false);

    const frozenRecord = deepFreeze(record);
    const recordSnapshot = structuredClone(frozenRecord);
    const file = fx.logFile([frozenRecord]);
    const eb = fx.eventBridgeEvent(frozenRecord, { region: 'eu-north-1' });
    const lookup = fx.lookupEvent(frozenRecord);
    expect(frozenRecord).toStrictEqual(recordSnapshot);
    expect(file.Records[0]).not.toBe(frozenRecord);
    expect(eb.detail).not.toBe(frozenRecord);
    expect(eb.region).toBe('eu-north-1');
    expect(JSON.parse(lookup.CloudTrailEvent)).toStrictEqual(recordSnapshot);

    const idOverrides = deepFreeze({ accountId: '123456789012', sessionContext: { attributes: { mfaAuthenticated: 'true' as const } } });
    const id = fx.assumedRole(idOverrides);
    expect(id.sessionContext?.attributes?.mfaAuthenticated).toBe('true');
    expect(idOverrides).toStrictEqual({ accountId: '123456789012', sessionContext: { attributes: { mfaAuthenticated: 'true' } } });
  });

  it('__proto__ keys in overrides stay own data and never reach Object.prototype', () => {
    const fx = new Fixtures({ seed: 31 });
    const text = '{"__proto__": {"polluted": "yes"}, "tlsDetails": {"__proto__": {"polluted": "yes"}}}';
    const outputs: unknown[] = [
      fx.record(JSON.parse(text) as Parameters<Fixtures['record']>[0]),
      fx.iamUser(JSON.parse('{"__proto__": {"polluted": "yes"}}') as Parameters<Fixtures['iamUser']>[0]),
      fx.eventBridgeEvent(fx.record(), JSON.parse('{"detail": {"__proto__": {"polluted": "yes"}}}') as never),
      mergeOverrides<Json>({ a: 1 }, JSON.parse('{"__proto__": {"polluted": "yes"}}') as Json),
    ];
    expect(({} as Json)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    for (const out of outputs) {
      expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
      expect(undefinedPaths(out)).toEqual([]);
    }
    const [record, user, eb, merged] = outputs as [Json, Json, Json, Json];
    for (const o of [record, user, merged]) {
      expect(Object.prototype.hasOwnProperty.call(o, '__proto__')).toBe(true);
      expect(Object.getOwnPropertyDescriptor(o, '__proto__')?.value).toStrictEqual(JSON.parse('{"polluted": "yes"}'));
      expect(o['polluted']).toBeUndefined();
    }
    const tls = record['tlsDetails'] as Json;
    expect(Object.prototype.hasOwnProperty.call(tls, '__proto__')).toBe(true);
    expect(tls['tlsVersion']).toBe('TLSv1.3');
    expect(Object.prototype.hasOwnProperty.call(eb['detail'], '__proto__')).toBe(true);
    // The key survives serialisation as data, as JSON.parse made it.
    expect(JSON.parse(JSON.stringify(record)).__proto__).toStrictEqual({ polluted: 'yes' });
    expect(merged['a']).toBe(1);
  });
});

describe('reset() and sequences', () => {
  function script(fx: Fixtures): string {
    const ids = builderNames.map((k) => buildIdentity(fx, k));
    const names = [fx.nextName('mesh'), fx.nextName('mesh'), fx.nextName('node'), fx.sequence('x')];
    const records = [fx.record(), fx.record({ userIdentity: fx.assumedRole(), eventName: 'ListBuckets', eventSource: 's3.amazonaws.com' })];
    const first = records[0] as ActivityRecordJson;
    return JSON.stringify({ ids, names, records, file: fx.logFile(records), eb: fx.eventBridgeEvent(first), lookup: fx.lookupEvent(first) });
  }

  it('after reset the same calls give the same JSON as a new factory', () => {
    const refArb = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 0, 1) }).map((ms) => new Date(ms).toISOString());
    fc.assert(
      fc.property(seedArb, refArb, fc.constantFrom('us-east-1', 'eu-central-1'), (seed, referenceTime, region) => {
        const options: FixtureOptions = { seed, referenceTime, region };
        const fx = new Fixtures(options);
        const first = script(fx);
        script(fx);
        fx.reset();
        const again = script(fx);
        expect(again).toBe(first);
        expect(again).toBe(script(new Fixtures(options)));
      }),
      { numRuns: 200 },
    );
  });

  it('nextName counts per prefix and starts over after reset', () => {
    const fx = new Fixtures({ seed: 1 });
    expect([fx.nextName('mesh'), fx.nextName('mesh'), fx.nextName('node'), fx.nextName('mesh')]).toEqual(['mesh-1', 'mesh-2', 'node-1', 'mesh-3']);
    fx.reset();
    expect(fx.nextName('mesh')).toBe('mesh-1');
    expect(fx.nextName('node')).toBe('node-1');
  });

  it('the same options give the same output; the default account is 12 digits drawn from the seed', () => {
    expect(JSON.stringify(new Fixtures({ seed: 'abc' }).record())).toBe(JSON.stringify(new Fixtures({ seed: 'abc' }).record()));
    expect(new Fixtures({ seed: 1 }).accountId).toMatch(ACCOUNT);
    expect(new Fixtures({ seed: 1 }).accountId).not.toBe(new Fixtures({ seed: 2 }).accountId);
    expect(new Fixtures({ seed: 1, accountId: '111122223333' }).accountId).toBe('111122223333');
  });

  // reset() lines the random sequence up with a new factory's, account or not.
  it('after reset the same calls give the same JSON as a new factory, with an explicit accountId', () => {
    const options: FixtureOptions = { seed: 1, accountId: '111122223333' };
    const fx = new Fixtures(options);
    const first = script(fx);
    fx.reset();
    expect(script(fx)).toBe(first);
  });
});

describe('type of the identity under a record', () => {
  it('record() keeps the identity variant, as the codec sees it', () => {
    const fx = new Fixtures({ seed: 40 });
    for (const kind of builderNames) {
      const r = decodeWith(CloudTrailRecord, fx.record({ userIdentity: buildIdentity(fx, kind) }));
      expect('userIdentity' in r ? r.userIdentity.type : undefined).toBe(identityBuilders[kind]);
    }
  });

  it('equal seeds give equal identities; different seeds give different ones', () => {
    const all = (seed: number): UserIdentityJson[] => builderNames.map((k) => buildIdentity(new Fixtures({ seed }), k));
    const [a, b, c] = [all(77), all(77), all(78)];
    a.forEach((id, i) => expect(isDeepStrictEqual(id, b[i])).toBe(true));
    expect(isDeepStrictEqual(a, c)).toBe(false);
  });
});

describe('mergeOverrides with shared objects', () => {
  it('an override object given at two places merges at both, and keeps what the base has at each', () => {
    const shared = { p: 9 };
    const merged = mergeOverrides<Json>({ a: { k: { p: 1, q: 2 } }, b: { k: { p: 1, q: 2 } } }, { a: { k: shared }, b: { k: shared } } as never);
    expect(merged).toEqual({ a: { k: { p: 9, q: 2 } }, b: { k: { p: 9, q: 2 } } });
  });

  it('a base object shared by two places is merged at one without changing the other', () => {
    const shared = { p: 1, q: 2 };
    const merged = mergeOverrides<Json>({ a: shared, b: shared }, { a: { p: 9 } } as never);
    expect(merged).toEqual({ a: { p: 9, q: 2 }, b: { p: 1, q: 2 } });
    expect(shared).toEqual({ p: 1, q: 2 });
  });

  it('a cycle in the overrides is copied as a cycle, over a base of any shape', () => {
    const cyclic: Json = { p: 1 };
    cyclic['self'] = cyclic;
    const merged = mergeOverrides<Json>({ self: { q: 2 } }, cyclic as never);
    const inner = merged['self'] as Json;
    expect(inner['q']).toBe(2);
    expect(inner['p']).toBe(1);
    expect((inner['self'] as Json)['self']).toBe(inner['self']);
  });

  it('logFile gives the records as copies of what it was given', () => {
    const fx = new Fixtures({ seed: 1 });
    const r = fx.record();
    const log = fx.logFile([r]);
    expect(log.Records[0]).toEqual(r);
    expect(log.Records[0]).not.toBe(r);
  });
});
