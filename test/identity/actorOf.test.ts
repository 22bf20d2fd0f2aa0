import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CloudTrailRecord,
  formatErrors,
  UserIdentity,
  type CloudTrailRecord as CloudTrailRecordT,
} from '../../src/index.js';
import { actorOf, actorOfIdentity, type Actor, type ActorKind } from '../../src/actor/index.js';
import { corpusRecords } from '../support/corpus.js';

type Json = Record<string, unknown>;

const ACCOUNT = '111122223333';
const ACTOR_KINDS: readonly ActorKind[] = [
  'root',
  'iam-user',
  'assumed-role',
  'role',
  'federated-user',
  'directory-user',
  'aws-account',
  'aws-service',
  'identity-center-user',
  'saml-user',
  'web-identity-user',
  'unknown',
];

function identity(u: Json): UserIdentity {
  const r = UserIdentity.decode(u);
  if (r._tag === 'Left') throw new Error(`expected to decode:\n${formatErrors(r.left).join('\n')}`);
  return r.right;
}

const actorFor = (u: Json): Actor => actorOfIdentity(identity(u));

function undefinedKeys(o: object): string[] {
  return Object.entries(o)
    .filter(([, v]) => v === undefined)
    .map(([k]) => k);
}

const roleIssuer = {
  type: 'Role',
  principalId: 'AROAIDPPEZS35WEXAMPLE',
  arn: `arn:aws:iam::${ACCOUNT}:role/Admin`,
  accountId: ACCOUNT,
  userName: 'Admin',
};

describe('actorOfIdentity, one kind at a time', () => {
  it('Root: named by its account', () => {
    expect(
      actorFor({
        type: 'Root',
        principalId: ACCOUNT,
        arn: `arn:aws:iam::${ACCOUNT}:root`,
        accountId: ACCOUNT,
        accessKeyId: '',
        userName: 'my-alias',
      }),
    ).toStrictEqual({
      kind: 'root',
      name: ACCOUNT,
      accountId: ACCOUNT,
      arn: `arn:aws:iam::${ACCOUNT}:root`,
      label: `root ${ACCOUNT}`,
    });
  });

  it('Root signing in through a service: the service is in the label', () => {
    const a = actorFor({
      type: 'Root',
      principalId: ACCOUNT,
      arn: `arn:aws:iam::${ACCOUNT}:root`,
      accountId: ACCOUNT,
      invokedBy: 'signin.amazonaws.com',
    });
    expect(a.invokedBy).toBe('signin.amazonaws.com');
    expect(a.label).toBe(`root ${ACCOUNT} via signin.amazonaws.com`);
  });

  it('IAMUser with invokedBy: userName is the name, and the label ends " via <service>"', () => {
    expect(
      actorFor({
        type: 'IAMUser',
        principalId: 'AIDACKCEVSQ6C2EXAMPLE',
        arn: `arn:aws:iam::${ACCOUNT}:user/bob`,
        accountId: ACCOUNT,
        accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
        userName: 'bob',
        invokedBy: 'ec2.amazonaws.com',
      }),
    ).toStrictEqual({
      kind: 'iam-user',
      name: 'bob',
      accountId: ACCOUNT,
      arn: `arn:aws:iam::${ACCOUNT}:user/bob`,
      invokedBy: 'ec2.amazonaws.com',
      label: 'iam-user bob via ec2.amazonaws.com',
    });
  });

  it('IAMUser without userName: the last part of the user ARN, path and all', () => {
    const a = actorFor({
      type: 'IAMUser',
      principalId: 'AIDACKCEVSQ6C2EXAMPLE',
      arn: `arn:aws:iam::${ACCOUNT}:user/division/team/carol`,
      accountId: ACCOUNT,
    });
    expect(a.name).toBe('carol');
    expect(a.label).toBe('iam-user carol');
  });

  it('IAMUser with neither userName nor arn: the principalId', () => {
    expect(actorFor({ type: 'IAMUser', principalId: 'AIDACKCEVSQ6C2EXAMPLE', accountId: ACCOUNT }).name).toBe(
      'AIDACKCEVSQ6C2EXAMPLE',
    );
  });

  it('IAMUser of a failed sign-in: the hidden user name, and no arn key', () => {
    const a = actorFor({ type: 'IAMUser', accountId: ACCOUNT, accessKeyId: '', userName: 'HIDDEN_DUE_TO_SECURITY_REASONS' });
    expect(a).toStrictEqual({
      kind: 'iam-user',
      name: 'HIDDEN_DUE_TO_SECURITY_REASONS',
      accountId: ACCOUNT,
      label: 'iam-user HIDDEN_DUE_TO_SECURITY_REASONS',
    });
  });

  it('AssumedRole: role and session from the assumed-role ARN', () => {
    expect(
      actorFor({
        type: 'AssumedRole',
        principalId: 'AROAIDPPEZS35WEXAMPLE:alice',
        arn: `arn:aws:sts::${ACCOUNT}:assumed-role/Admin/alice`,
        accountId: ACCOUNT,
      }),
    ).toStrictEqual({
      kind: 'assumed-role',
      name: 'Admin',
      sessionName: 'alice',
      accountId: ACCOUNT,
      arn: `arn:aws:sts::${ACCOUNT}:assumed-role/Admin/alice`,
      label: 'assumed-role Admin/alice',
    });
  });

  it('AssumedRole with invokedBy: " via <service>" after the session', () => {
    const a = actorFor({
      type: 'AssumedRole',
      principalId: 'AROAIDPPEZS35WEXAMPLE:alice',
      arn: `arn:aws:sts::${ACCOUNT}:assumed-role/Admin/alice`,
      accountId: ACCOUNT,
      invokedBy: 'cloudformation.amazonaws.com',
    });
    expect(a.label).toBe('assumed-role Admin/alice via cloudformation.amazonaws.com');
  });

  it('AssumedRole of an EC2 instance: the colon in the role name does not confuse the ARN split', () => {
    const a = actorFor({
      type: 'AssumedRole',
      principalId: `${ACCOUNT}:aws:ec2-instance:i-0123456789abcdef0`,
      arn: `arn:aws:sts::${ACCOUNT}:assumed-role/aws:ec2-instance/i-0123456789abcdef0`,
      accountId: ACCOUNT,
    });
    expect(a.name).toBe('aws:ec2-instance');
    expect(a.sessionName).toBe('i-0123456789abcdef0');
  });

  it('AssumedRole with an empty arn: the issuer names the role, the principalId the session', () => {
    expect(
      actorFor({
        type: 'AssumedRole',
        principalId: 'AROAIDPPEZS35WEXAMPLE:alice',
        arn: '',
        accountId: ACCOUNT,
        sessionContext: { sessionIssuer: roleIssuer },
      }),
    ).toStrictEqual({
      kind: 'assumed-role',
      name: 'Admin',
      sessionName: 'alice',
      accountId: ACCOUNT,
      label: 'assumed-role Admin/alice',
    });
  });

  it('AssumedRole with a malformed arn and an empty issuer: both parts from the principalId', () => {
    const a = actorFor({
      type: 'AssumedRole',
      principalId: 'AROAIDPPEZS35WEXAMPLE:alice',
      arn: 'not-an-arn',
      accountId: ACCOUNT,
      sessionContext: { sessionIssuer: {} },
    });
    expect(a).toStrictEqual({
      kind: 'assumed-role',
      name: 'AROAIDPPEZS35WEXAMPLE',
      sessionName: 'alice',
      accountId: ACCOUNT,
      arn: 'not-an-arn',
      label: 'assumed-role AROAIDPPEZS35WEXAMPLE/alice',
    });
  });

  it('AssumedRole with an ARN cut short before the resource: falls back the same way', () => {
    const a = actorFor({
      type: 'AssumedRole',
      principalId: 'AROAIDPPEZS35WEXAMPLE:alice',
      arn: `arn:aws:sts::${ACCOUNT}`,
      accountId: ACCOUNT,
      sessionContext: { sessionIssuer: roleIssuer },
    });
    expect([a.name, a.sessionName]).toEqual(['Admin', 'alice']);
  });

  it('AssumedRole with an IAM (not STS) ARN, as some documentation samples have: the issuer userName', () => {
    const a = actorFor({
      type: 'AssumedRole',
      principalId: 'AIDACKCEVSQ6C2EXAMPLE',
      arn: `arn:aws:iam::${ACCOUNT}:user/Alice`,
      accountId: ACCOUNT,
      sessionContext: { sessionIssuer: { ...roleIssuer, userName: 'Alice' } },
    });
    expect(a.name).toBe('Alice');
    // No session anywhere: no sessionName key at all.
    expect(Object.keys(a)).not.toContain('sessionName');
    expect(a.label).toBe('assumed-role Alice');
  });

  it('Role: the role name from its ARN, path left out', () => {
    expect(
      actorFor({
        type: 'Role',
        principalId: 'AROAIDPPEZS35WEXAMPLE',
        arn: `arn:aws:iam::${ACCOUNT}:role/service-role/MyRole`,
        accountId: ACCOUNT,
      }),
    ).toStrictEqual({
      kind: 'role',
      name: 'MyRole',
      accountId: ACCOUNT,
      arn: `arn:aws:iam::${ACCOUNT}:role/service-role/MyRole`,
      label: 'role MyRole',
    });
  });

  it('FederatedUser: the name from the federated-user ARN, else from the principalId', () => {
    const full = {
      type: 'FederatedUser',
      principalId: `${ACCOUNT}:bob`,
      arn: `arn:aws:sts::${ACCOUNT}:federated-user/bob`,
      accountId: ACCOUNT,
    };
    expect(actorFor(full)).toStrictEqual({
      kind: 'federated-user',
      name: 'bob',
      accountId: ACCOUNT,
      arn: `arn:aws:sts::${ACCOUNT}:federated-user/bob`,
      label: 'federated-user bob',
    });
    expect(actorFor({ ...full, arn: '' }).name).toBe('bob');
  });

  it('Directory: the user name when given, else the principalId', () => {
    const arn = `arn:aws:ds:us-east-1:${ACCOUNT}:user/d-1234567890/8d8b4f4e`;
    expect(actorFor({ type: 'Directory', arn, accountId: ACCOUNT, userName: 'jdoe' })).toStrictEqual({
      kind: 'directory-user',
      name: 'jdoe',
      accountId: ACCOUNT,
      arn,
      label: 'directory-user jdoe',
    });
    expect(actorFor({ type: 'Directory', principalId: 'S-1-5-21-1122', accountId: ACCOUNT }).name).toBe('S-1-5-21-1122');
  });

  it('AWSAccount: named by the account, including the anonymous principal', () => {
    expect(actorFor({ type: 'AWSAccount', principalId: 'AIDACKCEVSQ6C2EXAMPLE', accountId: '444455556666' })).toStrictEqual({
      kind: 'aws-account',
      name: '444455556666',
      accountId: '444455556666',
      label: 'aws-account 444455556666',
    });
    expect(actorFor({ type: 'AWSAccount', principalId: '', accountId: 'ANONYMOUS_PRINCIPAL' }).label).toBe(
      'aws-account ANONYMOUS_PRINCIPAL',
    );
  });

  it('AWSService: the service principal is the name, and there is no " via" part', () => {
    expect(actorFor({ type: 'AWSService', invokedBy: 'kms.amazonaws.com' })).toStrictEqual({
      kind: 'aws-service',
      name: 'kms.amazonaws.com',
      invokedBy: 'kms.amazonaws.com',
      label: 'aws-service kms.amazonaws.com',
    });
  });

  it('IdentityCenterUser: the identity-store user id, and no empty arn key', () => {
    expect(
      actorFor({
        type: 'IdentityCenterUser',
        arn: '',
        accountId: ACCOUNT,
        accessKeyId: '',
        onBehalfOf: {
          userId: '94d00cd8-e9e6-4810-b177-b08e84725435',
          identityStoreArn: `arn:aws:identitystore::${ACCOUNT}:identitystore/d-1234567890`,
        },
        credentialId: '8f761cae-883d-4a3d-af67-3abf46488f71',
      }),
    ).toStrictEqual({
      kind: 'identity-center-user',
      name: '94d00cd8-e9e6-4810-b177-b08e84725435',
      accountId: ACCOUNT,
      label: 'identity-center-user 94d00cd8-e9e6-4810-b177-b08e84725435',
    });
  });

  it('SAMLUser and WebIdentityUser: the userName (the subject)', () => {
    expect(
      actorFor({
        type: 'SAMLUser',
        principalId: 'SampleUkh1i4+ExamplexL/jEvs=:SamlExample',
        userName: 'SamlExample',
        identityProvider: 'bdGOnTesti4+ExamplexL/jEvs=',
      }),
    ).toStrictEqual({ kind: 'saml-user', name: 'SamlExample', label: 'saml-user SamlExample' });
    expect(
      actorFor({
        type: 'WebIdentityUser',
        principalId: 'accounts.google.com:app.apps.googleusercontent.com:1099',
        userName: '1099',
        identityProvider: 'accounts.google.com',
      }),
    ).toStrictEqual({ kind: 'web-identity-user', name: '1099', label: 'web-identity-user 1099' });
  });

  it('Unknown: userName, then onBehalfOf.userId, then arn, then principalId, then "unknown"', () => {
    const base = { type: 'Unknown', accountId: ACCOUNT, arn: '', accessKeyId: '' };
    expect(actorFor({ ...base, principalId: ACCOUNT, userName: 'user1' })).toStrictEqual({
      kind: 'unknown',
      name: 'user1',
      accountId: ACCOUNT,
      label: 'unknown user1',
    });
    expect(actorFor({ ...base, principalId: 'x', onBehalfOf: { userId: 'idc-user' } }).name).toBe('idc-user');
    expect(actorFor({ type: 'Unknown', principalId: 'Anonymous' }).name).toBe('Anonymous');
    expect(actorFor({ type: 'Unknown' })).toStrictEqual({ kind: 'unknown', name: 'unknown', label: 'unknown unknown' });
  });

  it('Untyped with invokedBy: an AWS service acting in the account', () => {
    expect(actorFor({ accountId: ACCOUNT, invokedBy: 'ec2.amazonaws.com' })).toStrictEqual({
      kind: 'aws-service',
      name: 'ec2.amazonaws.com',
      accountId: ACCOUNT,
      invokedBy: 'ec2.amazonaws.com',
      label: 'aws-service ec2.amazonaws.com',
    });
  });

  it('Untyped without invokedBy: unknown, named by the account', () => {
    expect(actorFor({ accountId: ACCOUNT })).toStrictEqual({
      kind: 'unknown',
      name: ACCOUNT,
      accountId: ACCOUNT,
      label: `unknown ${ACCOUNT}`,
    });
  });

  it('Unrecognized: unknown, named by what it has, else by its type', () => {
    const arn = `arn:aws:quantum::${ACCOUNT}:principal/q1`;
    expect(actorFor({ type: 'AWSQuantumPrincipal', accountId: ACCOUNT, arn })).toStrictEqual({
      kind: 'unknown',
      name: arn,
      accountId: ACCOUNT,
      arn,
      label: `unknown ${arn}`,
    });
    expect(actorFor({ type: 'AWSQuantumPrincipal', somethingNew: { a: 1 } }).name).toBe('AWSQuantumPrincipal');
  });

  // The reference lists "" among the accountId values seen in the wild: the
  // name then falls back to the principalId, never to an empty string.
  it('an empty accountId does not give an empty name when the principalId is there', () => {
    const a = actorFor({ type: 'AWSAccount', principalId: 'AIDACKCEVSQ6C2EXAMPLE', accountId: '' });
    expect(a.name).not.toBe('');
    expect(a.label).not.toMatch(/ $/);
  });
});

describe('actorOf', () => {
  it('is undefined for a record without userIdentity and the identity actor otherwise', () => {
    expect(actorOf({})).toBeUndefined();
    const userIdentity = identity({ type: 'AWSService', invokedBy: 'cloudtrail.amazonaws.com' });
    expect(actorOf({ userIdentity })).toStrictEqual(actorOfIdentity(userIdentity));
  });

  it('never leaves a key with an undefined value, whatever the optional fields', () => {
    const text = fc.constantFrom('', 'Admin', '111122223333', 'AROAIDPPEZS35WEXAMPLE:alice', 'ec2.amazonaws.com', 'x:y/z');
    const arn = fc.constantFrom(
      '',
      'not-an-arn',
      'arn:aws:sts::111122223333',
      `arn:aws:sts::${ACCOUNT}:assumed-role/Admin/alice`,
      `arn:aws:sts::${ACCOUNT}:assumed-role/Admin`,
      `arn:aws:iam::${ACCOUNT}:user/path/bob`,
      `arn:aws:iam::${ACCOUNT}:role/Admin`,
      `arn:aws:sts::${ACCOUNT}:federated-user/bob`,
      `arn:aws:iam::${ACCOUNT}:root`,
    );
    const issuer = fc.oneof(fc.constant({}), fc.constant(roleIssuer));
    const optionalFields = fc.record(
      {
        principalId: text,
        arn,
        accountId: text,
        userName: text,
        invokedBy: text,
        sessionContext: fc.record({ sessionIssuer: issuer }, { requiredKeys: [] }),
        onBehalfOf: fc.record({ userId: text }),
        identityProvider: text,
      },
      { requiredKeys: [] },
    );
    const type = fc.constantFrom(
      undefined,
      'Root',
      'IAMUser',
      'AssumedRole',
      'Role',
      'FederatedUser',
      'Directory',
      'AWSAccount',
      'AWSService',
      'IdentityCenterUser',
      'SAMLUser',
      'WebIdentityUser',
      'Unknown',
      'AWSQuantumPrincipal',
    );
    let checked = 0;
    fc.assert(
      fc.property(type, optionalFields, (t, fields) => {
        const input: Json = t === undefined ? { ...fields } : { type: t, ...fields };
        const r = UserIdentity.decode(input);
        // Draws that miss a required field are not identities.
        fc.pre(r._tag === 'Right');
        if (r._tag !== 'Right') return;
        checked++;
        const a = actorOfIdentity(r.right);
        expect(undefinedKeys(a)).toEqual([]);
        expect(ACTOR_KINDS).toContain(a.kind);
        expect(a.label.startsWith(`${a.kind} ${a.name}`)).toBe(true);
        expect(a.label).not.toContain('undefined');
        // Empty accountId, arn and invokedBy name nothing, so they are left out.
        expect(a.accountId).toBe(fields.accountId === '' ? undefined : fields.accountId);
        expect(a.arn).toBe(fields.arn === '' ? undefined : fields.arn);
        expect(a.invokedBy).toBe(fields.invokedBy === '' ? undefined : fields.invokedBy);
        expect(a.label).not.toMatch(/ via $| $/);
        if (a.kind !== 'assumed-role') expect(Object.keys(a)).not.toContain('sessionName');
      }),
      { numRuns: 500 },
    );
    expect(checked).toBeGreaterThan(100);
  });
});

// ---------------------------------------------------------------------------

const KIND_OF_TYPE: Record<string, ActorKind> = {
  Root: 'root',
  IAMUser: 'iam-user',
  AssumedRole: 'assumed-role',
  Role: 'role',
  FederatedUser: 'federated-user',
  Directory: 'directory-user',
  AWSAccount: 'aws-account',
  AWSService: 'aws-service',
  IdentityCenterUser: 'identity-center-user',
  SAMLUser: 'saml-user',
  WebIdentityUser: 'web-identity-user',
  Unknown: 'unknown',
};

/** The actor kind the raw JSON calls for, worked out without the library. */
function expectedKind(raw: Json): ActorKind {
  if (!Object.hasOwn(raw, 'type')) return typeof raw['invokedBy'] === 'string' ? 'aws-service' : 'unknown';
  return KIND_OF_TYPE[raw['type'] as string] ?? 'unknown';
}

const nonEmptyString = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

// Role and session of a well-formed assumed-role ARN.
const ASSUMED_ROLE_ARN = /^arn:aws[\w-]*:sts::\d*:assumed-role\/([^/]+)\/([^/]+)$/;

describe('actorOf on the real corpus', () => {
  const entries = corpusRecords().map(({ file, index, record }) => {
    const r = CloudTrailRecord.decode(record);
    if (r._tag === 'Left') throw new Error(`${file}[${index}] does not decode: ${formatErrors(r.left).join('; ')}`);
    return { where: `${file}[${index}]`, raw: record, decoded: r.right as CloudTrailRecordT };
  });

  it('covers records with and without a caller', () => {
    expect(entries.filter((e) => e.raw['userIdentity'] !== undefined).length).toBeGreaterThan(300);
    expect(entries.filter((e) => e.raw['userIdentity'] === undefined).length).toBeGreaterThan(0);
  });

  it('never throws, and is undefined exactly for the Insights and aggregated records, which have no userIdentity', () => {
    const problems: string[] = [];
    for (const { where, raw, decoded } of entries) {
      let a: Actor | undefined;
      try {
        a = actorOf(decoded);
      } catch (e) {
        problems.push(`${where} threw ${String(e)}`);
        continue;
      }
      const hasCaller = raw['userIdentity'] !== undefined;
      if ((a === undefined) === hasCaller) problems.push(`${where}: actor ${JSON.stringify(a)}, userIdentity ${hasCaller}`);
      if (!hasCaller && !['AwsCloudTrailInsight', 'AwsAggregatedEvent'].includes(raw['eventType'] as string)) {
        problems.push(`${where}: no userIdentity on a ${String(raw['eventType'])} record`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives a well-formed actor for every caller: kind, label, ids taken from the raw identity', () => {
    const problems: string[] = [];
    for (const { where, raw, decoded } of entries) {
      const rawIdentity = raw['userIdentity'] as Json | undefined;
      if (rawIdentity === undefined) continue;
      const a = actorOf(decoded);
      if (a === undefined) continue; // reported by the test above
      const fail = (what: string): void => {
        problems.push(`${where}: ${what} in ${JSON.stringify(a)}`);
      };
      if (undefinedKeys(a).length > 0) fail(`undefined keys ${undefinedKeys(a).join()}`);
      if (a.kind !== expectedKind(rawIdentity)) fail(`kind, expected ${expectedKind(rawIdentity)}`);
      if (a.name === '') fail('empty name');
      if (a.label === '' || a.label.includes('undefined')) fail('bad label');
      if (!a.label.startsWith(`${a.kind} ${a.name}`)) fail('label does not start with kind and name');
      if (a.accountId !== nonEmptyString(rawIdentity['accountId'])) fail('accountId');
      if (a.arn !== nonEmptyString(rawIdentity['arn'])) fail('arn');
      const invokedBy = rawIdentity['invokedBy'] as string | undefined;
      if (a.invokedBy !== invokedBy) fail('invokedBy');
      const via = invokedBy !== undefined && a.kind !== 'aws-service';
      if (a.label.endsWith(` via ${invokedBy}`) !== via) fail(`" via" part (${String(via)})`);
    }
    expect(problems).toEqual([]);
  });

  it('names each caller as the raw identity says: role/session, user name, account, service, store user', () => {
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const { where, raw, decoded } of entries) {
      const u = raw['userIdentity'] as Json | undefined;
      if (u === undefined) continue;
      const a = actorOf(decoded);
      const check = (what: string, actual: unknown, expected: unknown): void => {
        seen.add(what);
        if (actual !== expected) problems.push(`${where}: ${what} ${String(actual)}, expected ${String(expected)}`);
      };
      const type = u['type'];
      const m = typeof u['arn'] === 'string' ? ASSUMED_ROLE_ARN.exec(u['arn']) : null;
      if (type === 'AssumedRole' && m !== null) {
        check('assumed-role name', a?.name, m[1]);
        check('assumed-role session', a?.sessionName, m[2]);
      }
      if (type === 'IAMUser' && nonEmptyString(u['userName']) !== undefined) check('iam-user name', a?.name, u['userName']);
      if (type === 'Root') check('root name', a?.name, u['accountId']);
      if (type === 'AWSService') check('aws-service name', a?.name, u['invokedBy']);
      if (type === undefined && typeof u['invokedBy'] === 'string') check('untyped service name', a?.name, u['invokedBy']);
      if (type === 'IdentityCenterUser') check('identity-center name', a?.name, (u['onBehalfOf'] as Json)['userId']);
      if (type === 'SAMLUser' || type === 'WebIdentityUser') check(`${type} name`, a?.name, u['userName']);
    }
    expect(problems).toEqual([]);
    // The corpus exercises each of these rules at least once.
    expect([...seen].sort()).toEqual(
      [
        'assumed-role name',
        'assumed-role session',
        'iam-user name',
        'root name',
        'aws-service name',
        'untyped service name',
        'identity-center name',
        'SAMLUser name',
        'WebIdentityUser name',
      ].sort(),
    );
  });
});

describe('actorOf and AssumeRoot sessions', () => {
  // A member account's S3 bucket policy deleted with root credentials from
  // AssumeRoot (after the AWS example of privileged tasks): the identity is
  // type Root, and only sessionContext.assumedRoot tells it from root use.
  const assumeRootRecord = {
    eventVersion: '1.10',
    userIdentity: {
      type: 'Root',
      principalId: ACCOUNT,
      arn: `arn:aws:iam::${ACCOUNT}:root`,
      accountId: ACCOUNT,
      accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
      sessionContext: {
        attributes: { creationDate: '2024-11-14T18:29:45Z', mfaAuthenticated: 'false' },
        assumedRoot: 'true',
      },
    },
    eventTime: '2024-11-14T18:32:06Z',
    eventSource: 's3.amazonaws.com',
    eventName: 'DeleteBucketPolicy',
    awsRegion: 'us-east-1',
    sourceIPAddress: '203.0.113.7',
    userAgent: '[aws-cli/2.22.0 md/awscrt#0.22.0 ua/2.0 os/linux#6.1 md/arch#x86_64 lang/python#3.12.6 cfg/retry-mode#standard md/command#s3api.delete-bucket-policy]',
    requestParameters: { bucketName: 'amzn-s3-demo-bucket', Host: 'amzn-s3-demo-bucket.s3.amazonaws.com', policy: '' },
    responseElements: null,
    additionalEventData: { SignatureVersion: 'SigV4', AuthenticationMethod: 'AuthHeader', bytesTransferredIn: 0, bytesTransferredOut: 0 },
    requestID: 'A1B2C3D4E5F6G7H8',
    eventID: 'f1e2d3c4-0000-4000-8000-00000000abcd',
    readOnly: false,
    resources: [{ accountId: ACCOUNT, type: 'AWS::S3::Bucket', ARN: 'arn:aws:s3:::amzn-s3-demo-bucket' }],
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: ACCOUNT,
    eventCategory: 'Management',
  };
  const rootSignIn = {
    type: 'Root',
    principalId: ACCOUNT,
    arn: `arn:aws:iam::${ACCOUNT}:root`,
    accountId: ACCOUNT,
    accessKeyId: '',
  };

  it('a decoded AssumeRoot record: kind root, flagged, and the label says so', () => {
    const r = CloudTrailRecord.decode(assumeRootRecord);
    if (r._tag === 'Left') throw new Error(formatErrors(r.left).join('\n'));
    expect(actorOf(r.right)).toStrictEqual({
      kind: 'root',
      name: ACCOUNT,
      accountId: ACCOUNT,
      arn: `arn:aws:iam::${ACCOUNT}:root`,
      assumedRoot: true,
      label: `root ${ACCOUNT} (AssumeRoot session)`,
    });
  });

  it('the same record before decoding, and with assumedRoot as a JSON boolean', () => {
    expect(actorOf(assumeRootRecord as never)?.assumedRoot).toBe(true);
    const asBoolean = { ...assumeRootRecord.userIdentity, sessionContext: { assumedRoot: true } };
    expect(actorOf({ userIdentity: asBoolean } as never)?.label).toBe(`root ${ACCOUNT} (AssumeRoot session)`);
  });

  it('root use proper is not flagged: no sessionContext, or assumedRoot "false", "" or odd', () => {
    const cases: unknown[] = [rootSignIn, ...['false', '', 'yes', false, null, 1].map((assumedRoot) => ({ ...rootSignIn, sessionContext: { assumedRoot } }))];
    for (const userIdentity of cases) {
      const a = actorOf({ userIdentity } as never);
      expect(a?.kind).toBe('root');
      expect(a !== undefined && 'assumedRoot' in a).toBe(false);
      expect(a?.label).toBe(`root ${ACCOUNT}`);
    }
  });

  it('only root actors carry the flag', () => {
    const role = {
      type: 'AssumedRole',
      principalId: 'AROAEXAMPLE:alice',
      arn: `arn:aws:sts::${ACCOUNT}:assumed-role/Admin/alice`,
      accountId: ACCOUNT,
      sessionContext: { assumedRoot: 'true' },
    };
    const a = actorOf({ userIdentity: role } as never);
    expect(a?.kind).toBe('assumed-role');
    expect(a !== undefined && 'assumedRoot' in a).toBe(false);
  });

  it('with invokedBy, the service comes after the session note', () => {
    const identity = { ...assumeRootRecord.userIdentity, invokedBy: 'signin.amazonaws.com' };
    expect(actorOf({ userIdentity: identity } as never)?.label).toBe(`root ${ACCOUNT} (AssumeRoot session) via signin.amazonaws.com`);
  });
});
