import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AssumedRoleIdentity,
  AWSAccountIdentity,
  AWSServiceIdentity,
  CloudTrailRecord,
  DirectoryIdentity,
  FederatedUserIdentity,
  formatErrors,
  IAMUserIdentity,
  IdentityCenterUserIdentity,
  identityKind,
  identityTypes,
  isAssumedRoleIdentity,
  isAWSAccountIdentity,
  isAWSServiceIdentity,
  isDirectoryIdentity,
  isFederatedUserIdentity,
  isIAMUserIdentity,
  isIdentityCenterUserIdentity,
  isIdentityOfType,
  isRoleIdentity,
  isRootIdentity,
  isSAMLUserIdentity,
  issuesOf,
  isUnknownIdentity,
  isUnrecognizedIdentity,
  isUntypedIdentity,
  isWebIdentityUserIdentity,
  matchIdentity,
  RoleIdentity,
  RootIdentity,
  SAMLUserIdentity,
  UnknownIdentity,
  UnrecognizedIdentity,
  UntypedIdentity,
  UserIdentity,
  WebIdentityUserIdentity,
  type IdentityKind,
  type IdentityType,
  type Issue,
  type OnBehalfOf,
} from '../../src/index.js';
import { clone, corpusFiles, corpusRecords } from '../support/corpus.js';

// The identity types of the reference (cloudtrail-record.md 3.2), in its order.
const DOCUMENTED_TYPES = [
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
] as const;
const KINDS: readonly IdentityKind[] = [...DOCUMENTED_TYPES, 'Untyped', 'Unrecognized'];

type Json = Record<string, unknown>;

/** The kind the raw JSON says, worked out without the library. */
function rawKind(identity: Json): string {
  if (!Object.hasOwn(identity, 'type')) return 'Untyped';
  const type = identity['type'];
  if (typeof type !== 'string') return `(invalid: ${JSON.stringify(type)})`;
  return (DOCUMENTED_TYPES as readonly string[]).includes(type) ? type : 'Unrecognized';
}

const HINT = ' — a decoded value? Serialise decoded records with encode, not JSON.stringify';

function decodeOk(u: unknown): UserIdentity {
  const r = UserIdentity.decode(u);
  if (r._tag === 'Left') throw new Error(`expected to decode:\n${formatErrors(r.left).join('\n')}`);
  return r.right;
}

function issuesFor(u: unknown): Issue[] {
  const r = UserIdentity.decode(u);
  if (r._tag === 'Right') throw new Error(`expected a failure, decoded ${JSON.stringify(u)}`);
  return issuesOf(r.left);
}

function messagesFor(u: unknown): string[] {
  return issuesFor(u).map((i) => i.message);
}

function without(o: Json, key: string): Json {
  const copy = { ...o };
  delete copy[key];
  return copy;
}

const ACCOUNT = '111122223333';

// One realistic identity per kind, after the shapes of the reference (3.4).
const samples: Record<IdentityKind, Json> = {
  Root: {
    type: 'Root',
    principalId: ACCOUNT,
    arn: `arn:aws:iam::${ACCOUNT}:root`,
    accountId: ACCOUNT,
    accessKeyId: '',
  },
  IAMUser: {
    type: 'IAMUser',
    principalId: 'AIDACKCEVSQ6C2EXAMPLE',
    arn: `arn:aws:iam::${ACCOUNT}:user/Alice`,
    accountId: ACCOUNT,
    accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
    userName: 'Alice',
  },
  AssumedRole: {
    type: 'AssumedRole',
    principalId: 'AROAIDPPEZS35WEXAMPLE:alice',
    arn: `arn:aws:sts::${ACCOUNT}:assumed-role/Admin/alice`,
    accountId: ACCOUNT,
    accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
    sessionContext: {
      sessionIssuer: {
        type: 'Role',
        principalId: 'AROAIDPPEZS35WEXAMPLE',
        arn: `arn:aws:iam::${ACCOUNT}:role/Admin`,
        accountId: ACCOUNT,
        userName: 'Admin',
      },
      webIdFederationData: {},
      attributes: { creationDate: '2023-07-19T21:11:57Z', mfaAuthenticated: 'false' },
    },
  },
  Role: {
    type: 'Role',
    principalId: 'AROAIDPPEZS35WEXAMPLE',
    arn: `arn:aws:iam::${ACCOUNT}:role/Admin`,
    accountId: ACCOUNT,
  },
  FederatedUser: {
    type: 'FederatedUser',
    principalId: `${ACCOUNT}:bob`,
    arn: `arn:aws:sts::${ACCOUNT}:federated-user/bob`,
    accountId: ACCOUNT,
    accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
    sessionContext: {
      sessionIssuer: {
        type: 'IAMUser',
        principalId: 'AIDACKCEVSQ6C2EXAMPLE',
        arn: `arn:aws:iam::${ACCOUNT}:user/federator`,
        accountId: ACCOUNT,
        userName: 'federator',
      },
      attributes: { creationDate: '2024-11-30T08:43:17Z', mfaAuthenticated: 'false' },
    },
  },
  Directory: {
    type: 'Directory',
    arn: `arn:aws:ds:us-east-1:${ACCOUNT}:user/d-1234567890/8d8b4f4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b`,
    accountId: ACCOUNT,
    userName: 'jdoe',
  },
  AWSAccount: { type: 'AWSAccount', principalId: 'AIDACKCEVSQ6C2EXAMPLE', accountId: '444455556666' },
  AWSService: { type: 'AWSService', invokedBy: 'kms.amazonaws.com' },
  IdentityCenterUser: {
    type: 'IdentityCenterUser',
    arn: '',
    accountId: ACCOUNT,
    accessKeyId: '',
    onBehalfOf: {
      userId: '94d00cd8-e9e6-4810-b177-b08e84725435',
      identityStoreArn: `arn:aws:identitystore::${ACCOUNT}:identitystore/d-1234567890`,
    },
    credentialId: '8f761cae-883d-4a3d-af67-3abf46488f71',
  },
  SAMLUser: {
    type: 'SAMLUser',
    principalId: 'SampleUkh1i4+ExamplexL/jEvs=:SamlExample',
    userName: 'SamlExample',
    identityProvider: 'bdGOnTesti4+ExamplexL/jEvs=',
  },
  WebIdentityUser: {
    type: 'WebIdentityUser',
    principalId: 'accounts.google.com:app-1234.apps.googleusercontent.com:1099',
    userName: '1099',
    identityProvider: 'accounts.google.com',
  },
  Unknown: { type: 'Unknown', principalId: ACCOUNT, arn: '', accountId: ACCOUNT, accessKeyId: '', userName: 'user1' },
  Untyped: { accountId: ACCOUNT, invokedBy: 'ec2.amazonaws.com' },
  Unrecognized: { type: 'AWSQuantumPrincipal', accountId: '1', somethingNew: { a: 1 } },
};

// What each known type cannot do without: the fields that identify it.
const requiredFields: Record<IdentityType, readonly string[]> = {
  Root: ['accountId', 'principalId', 'arn'],
  IAMUser: ['accountId'],
  AssumedRole: ['principalId', 'arn', 'accountId'],
  Role: [],
  FederatedUser: ['principalId', 'arn', 'accountId'],
  Directory: [],
  AWSAccount: ['accountId'],
  AWSService: ['invokedBy'],
  IdentityCenterUser: ['accountId', 'onBehalfOf'],
  SAMLUser: ['principalId', 'userName', 'identityProvider'],
  WebIdentityUser: ['principalId', 'userName', 'identityProvider'],
  Unknown: [],
};

const variantCodecs = {
  Root: RootIdentity,
  IAMUser: IAMUserIdentity,
  AssumedRole: AssumedRoleIdentity,
  Role: RoleIdentity,
  FederatedUser: FederatedUserIdentity,
  Directory: DirectoryIdentity,
  AWSAccount: AWSAccountIdentity,
  AWSService: AWSServiceIdentity,
  IdentityCenterUser: IdentityCenterUserIdentity,
  SAMLUser: SAMLUserIdentity,
  WebIdentityUser: WebIdentityUserIdentity,
  Unknown: UnknownIdentity,
  Untyped: UntypedIdentity,
  Unrecognized: UnrecognizedIdentity,
} as const;

const guards: Record<IdentityKind, (identity: UserIdentity) => boolean> = {
  Root: isRootIdentity,
  IAMUser: isIAMUserIdentity,
  AssumedRole: isAssumedRoleIdentity,
  Role: isRoleIdentity,
  FederatedUser: isFederatedUserIdentity,
  Directory: isDirectoryIdentity,
  AWSAccount: isAWSAccountIdentity,
  AWSService: isAWSServiceIdentity,
  IdentityCenterUser: isIdentityCenterUserIdentity,
  SAMLUser: isSAMLUserIdentity,
  WebIdentityUser: isWebIdentityUserIdentity,
  Unknown: isUnknownIdentity,
  Untyped: isUntypedIdentity,
  Unrecognized: isUnrecognizedIdentity,
};

type Cases = Parameters<typeof matchIdentity<IdentityKind>>[1];

/** matchIdentity cases that note which one ran, and with what. */
function recordingCases(): { calls: Array<{ kind: IdentityKind; identity: UserIdentity }>; cases: Cases } {
  const calls: Array<{ kind: IdentityKind; identity: UserIdentity }> = [];
  const note =
    (kind: IdentityKind) =>
    (identity: UserIdentity): IdentityKind => {
      calls.push({ kind, identity });
      return kind;
    };
  const cases: Cases = {
    Root: note('Root'),
    IAMUser: note('IAMUser'),
    AssumedRole: note('AssumedRole'),
    Role: note('Role'),
    FederatedUser: note('FederatedUser'),
    Directory: note('Directory'),
    AWSAccount: note('AWSAccount'),
    AWSService: note('AWSService'),
    IdentityCenterUser: note('IdentityCenterUser'),
    SAMLUser: note('SAMLUser'),
    WebIdentityUser: note('WebIdentityUser'),
    Unknown: note('Unknown'),
    Untyped: note('Untyped'),
    Unrecognized: note('Unrecognized'),
  };
  return { calls, cases };
}

// ---------------------------------------------------------------------------

const withIdentity = corpusRecords().filter(
  (r): r is typeof r & { record: { userIdentity: Json } } => r.record['userIdentity'] !== undefined,
);

describe('UserIdentity on the real corpus', () => {
  it('the corpus has enough identities to say something', () => {
    expect(withIdentity.length).toBeGreaterThan(300);
    expect(new Set(withIdentity.map((r) => rawKind(r.record.userIdentity))).size).toBeGreaterThanOrEqual(10);
  });

  for (const file of corpusFiles()) {
    const entries = withIdentity.filter((r) => r.file === file.name);
    if (entries.length === 0) continue;
    it(`${file.name}: all ${entries.length} identities decode, round-trip and keep their input intact`, () => {
      const problems: string[] = [];
      for (const { index, record } of entries) {
        const raw = record.userIdentity;
        const input = clone(raw);
        const r = UserIdentity.decode(input);
        if (r._tag === 'Left') {
          problems.push(`[${index}] ${formatErrors(r.left).join('; ')}`);
          continue;
        }
        const encoded = UserIdentity.encode(r.right);
        if (!isDeepStrictEqual(encoded, raw)) problems.push(`[${index}] encode(decode(x)) differs from x`);
        // Same keys in the same order, not just equal content.
        if (JSON.stringify(encoded) !== JSON.stringify(raw)) problems.push(`[${index}] JSON text differs`);
        if (JSON.stringify(input) !== JSON.stringify(raw)) problems.push(`[${index}] decode changed its input`);
        if (!UserIdentity.is(r.right)) problems.push(`[${index}] UserIdentity.is rejects the decoded value`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('identityKind of every decoded identity is its raw type, or Untyped when it has none', () => {
    const mismatches = withIdentity
      .map(({ file, index, record }) => ({
        where: `${file}[${index}]`,
        expected: rawKind(record.userIdentity),
        actual: identityKind(decodeOk(record.userIdentity)),
      }))
      .filter((m) => m.expected !== m.actual);
    expect(mismatches).toEqual([]);
  });

  it('the count per kind matches the count of raw types', () => {
    const expected: Record<string, number> = {};
    for (const { record } of withIdentity) {
      const k = rawKind(record.userIdentity);
      expected[k] = (expected[k] ?? 0) + 1;
    }
    const actual: Record<string, number> = {};
    for (const { record } of withIdentity) {
      const k = identityKind(decodeOk(record.userIdentity));
      actual[k] = (actual[k] ?? 0) + 1;
    }
    expect(actual).toEqual(expected);
    // Service events without a type are in the corpus; they must not be lost.
    expect(expected['Untyped']).toBeGreaterThan(0);
  });

  it('exactly the guard of its own kind accepts each identity, and matchIdentity runs that case', () => {
    const problems: string[] = [];
    for (const { file, index, record } of withIdentity) {
      const kind = rawKind(record.userIdentity);
      const identity = decodeOk(record.userIdentity);
      const accepted = KINDS.filter((k) => guards[k](identity));
      if (accepted.join() !== kind) problems.push(`${file}[${index}]: guards ${accepted.join()} for ${kind}`);
      const { calls, cases } = recordingCases();
      matchIdentity(identity, cases);
      if (calls.map((c) => c.kind).join() !== kind) problems.push(`${file}[${index}]: matched ${calls.map((c) => c.kind).join()}`);
    }
    expect(problems).toEqual([]);
  });

  it('decodes session attributes: creationDate to the same instant, mfaAuthenticated to the boolean it spells', () => {
    let seen = 0;
    const problems: string[] = [];
    for (const { file, index, record } of withIdentity) {
      const rawAttributes = (record.userIdentity['sessionContext'] as Json | undefined)?.['attributes'] as Json | undefined;
      if (rawAttributes === undefined) continue;
      seen++;
      const identity = decodeOk(record.userIdentity);
      const attributes = identity.sessionContext?.attributes;
      const rawDate = rawAttributes['creationDate'];
      if (typeof rawDate === 'string') {
        // Every creationDate in the corpus is extended ISO with Z, which Date parses the same everywhere.
        const want = new Date(rawDate).toISOString();
        const got = attributes?.creationDate;
        if (!(got instanceof Date) || got.toISOString() !== want) problems.push(`${file}[${index}] creationDate ${String(got)}`);
      }
      const rawMfa = rawAttributes['mfaAuthenticated'];
      if (typeof rawMfa === 'string' && attributes?.mfaAuthenticated !== (rawMfa.toLowerCase() === 'true')) {
        problems.push(`${file}[${index}] mfaAuthenticated ${String(attributes?.mfaAuthenticated)} for ${rawMfa}`);
      }
    }
    expect(problems).toEqual([]);
    expect(seen).toBeGreaterThan(100);
  });

  it('an empty sessionIssuer stays an empty object', () => {
    const empties = withIdentity.filter(({ record }) => {
      const issuer = (record.userIdentity['sessionContext'] as Json | undefined)?.['sessionIssuer'];
      return typeof issuer === 'object' && issuer !== null && Object.keys(issuer).length === 0;
    });
    expect(empties.length).toBeGreaterThan(0);
    for (const { record } of empties) {
      expect(decodeOk(record.userIdentity).sessionContext?.sessionIssuer).toStrictEqual({});
    }
  });
});

// ---------------------------------------------------------------------------

describe('UserIdentity variants', () => {
  it('knows the documented identity types, in the documented order', () => {
    expect(identityTypes).toEqual(DOCUMENTED_TYPES);
  });

  it.each(KINDS)('a realistic %s identity decodes to that variant and encodes back', (kind) => {
    const sample = samples[kind];
    const identity = decodeOk(clone(sample));
    expect(identityKind(identity)).toBe(kind);
    expect(variantCodecs[kind].is(identity)).toBe(true);
    expect(guards[kind](identity)).toBe(true);
    expect(UserIdentity.encode(identity)).toStrictEqual(sample);
  });

  const fieldCases = DOCUMENTED_TYPES.flatMap((type) =>
    Object.keys(samples[type])
      .filter((field) => field !== 'type')
      .map((field) => ({ type, field, required: requiredFields[type].includes(field) })),
  );
  it('every required field of every variant is present in its sample', () => {
    for (const type of DOCUMENTED_TYPES) {
      for (const field of requiredFields[type]) expect(Object.keys(samples[type])).toContain(field);
    }
  });

  it.each(fieldCases)('$type without $field: fails only when the field is required ($required)', ({ type, field, required }) => {
    const input = without(samples[type], field);
    if (!required) {
      expect(identityKind(decodeOk(input))).toBe(type);
      return;
    }
    const issues = issuesFor(input);
    // One issue, about this field only: the other variants are not consulted.
    expect(issues.map((i) => ({ path: i.path, missing: i.missing }))).toEqual([{ path: field, missing: true }]);
    expect(issues[0]?.message).toMatch(new RegExp(`^${field}: expected .+, but it is missing$`));
  });

  it('AssumedRole with only an arn names principalId and accountId, and nothing about other variants', () => {
    const messages = messagesFor({ type: 'AssumedRole', arn: `arn:aws:sts::${ACCOUNT}:assumed-role/Admin/alice` });
    expect(messages).toEqual([
      'principalId: expected string, but it is missing',
      'accountId: expected string, but it is missing',
    ]);
    const others = DOCUMENTED_TYPES.filter((t) => t !== 'AssumedRole');
    for (const m of messages) {
      for (const other of others) expect(m).not.toContain(other);
      for (const field of ['invokedBy', 'onBehalfOf', 'identityProvider', 'userName']) expect(m).not.toContain(field);
    }
  });

  it('reports a field of the wrong JSON type at its path, with what was found', () => {
    expect(messagesFor({ type: 'AWSService', invokedBy: 42 })).toEqual(['invokedBy: expected string, got 42']);
    expect(messagesFor({ type: 'Role', arn: null })).toEqual(['arn: expected string, got null']);
    expect(messagesFor({ type: 'IdentityCenterUser', accountId: ACCOUNT, onBehalfOf: {} })).toEqual([
      'onBehalfOf.userId: expected string, but it is missing',
    ]);
  });

  it('a type that is not a string fails at `type`, listing the known types', () => {
    const issues = issuesFor({ type: 5, accountId: ACCOUNT });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('type');
    expect(issues[0]?.actual).toBe(5);
    for (const t of DOCUMENTED_TYPES) expect(issues[0]?.expected).toContain(`"${t}"`);
    expect(issues[0]?.message).toMatch(/, got 5$/);
  });

  it('something that is not an object fails at the root', () => {
    expect(messagesFor(null)).toEqual(['(root): expected UserIdentity, got null']);
    expect(messagesFor('AssumedRole')).toEqual(['(root): expected UserIdentity, got "AssumedRole"']);
    expect(messagesFor([samples.Root])).toEqual(['(root): expected UserIdentity, got an array of 1 item']);
  });

  it('keeps properties a known variant does not declare, through decode and encode', () => {
    const input = { ...samples.IAMUser, futureField: { nested: [1, 'two', null] }, signInSessionArn: 'x' };
    const identity = decodeOk(clone(input));
    expect(identity).toMatchObject({ futureField: { nested: [1, 'two', null] } });
    expect(UserIdentity.encode(identity)).toStrictEqual(input);
  });

  it('does not treat a type of another capitalisation as the known one', () => {
    const identity = decodeOk({ type: 'assumedrole', principalId: 'x' });
    expect(identityKind(identity)).toBe('Unrecognized');
    expect(isAssumedRoleIdentity(identity)).toBe(false);
  });

  it('treats property names of Object.prototype as unknown types, not as table entries', () => {
    for (const type of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      const input = JSON.parse(`{"type": ${JSON.stringify(type)}, "accountId": "1"}`) as Json;
      const identity = decodeOk(input);
      expect(identityKind(identity)).toBe('Unrecognized');
      expect(UserIdentity.encode(identity)).toStrictEqual(input);
    }
  });

  // Every variant types every identity field, so every variant must check
  // them all: a Root identity with a non-object onBehalfOf is refused.
  it('checks every field a variant types, not only the ones it requires', () => {
    const r = UserIdentity.decode({ ...samples.Root, onBehalfOf: 42 });
    expect(r._tag).toBe('Left');
    if (r._tag === 'Left') expect(formatErrors(r.left)).toEqual(['onBehalfOf: expected OnBehalfOf, got 42']);
    const ok = decodeOk({ ...samples.Root, onBehalfOf: { userId: 'u-1' } });
    if (ok.type !== 'Root') throw new Error('not Root');
    const onBehalfOf: OnBehalfOf | undefined = ok.onBehalfOf;
    expect(onBehalfOf).toEqual({ userId: 'u-1' });
  });
});

// ---------------------------------------------------------------------------

describe('identity types this release does not know', () => {
  const KNOWN_FIELDS = new Set([
    'type',
    'principalId',
    'arn',
    'accountId',
    'accessKeyId',
    'userName',
    'sessionContext',
    'invokedBy',
    'invokedByDelegate',
    'onBehalfOf',
    'inScopeOf',
    'credentialId',
    'identityProvider',
  ]);

  it('decodes as Unrecognized with every field kept, and encodes back', () => {
    const input = { type: 'AWSQuantumPrincipal', accountId: '1', somethingNew: { a: 1 } };
    const identity = decodeOk(clone(input));
    expect(identityKind(identity)).toBe('Unrecognized');
    expect(isUnrecognizedIdentity(identity)).toBe(true);
    expect(String(identity.type)).toBe('AWSQuantumPrincipal');
    expect(identity).toStrictEqual(input);
    expect(UserIdentity.encode(identity)).toStrictEqual(input);
  });

  it('still decodes the fields it knows, sessionContext included', () => {
    const input = {
      type: 'AWSQuantumPrincipal',
      accountId: ACCOUNT,
      sessionContext: { sessionIssuer: {}, attributes: { creationDate: '2025-02-03T04:05:06Z', mfaAuthenticated: 'true' } },
    };
    const identity = decodeOk(clone(input));
    expect(identity.sessionContext?.attributes?.mfaAuthenticated).toBe(true);
    expect(identity.sessionContext?.attributes?.creationDate?.toISOString()).toBe('2025-02-03T04:05:06.000Z');
    expect(UserIdentity.encode(identity)).toStrictEqual(input);
  });

  it('still checks the fields it knows', () => {
    expect(messagesFor({ type: 'AWSQuantumPrincipal', accountId: 5 })).toEqual(['accountId: expected string, got 5']);
  });

  it('any unknown type with any extra JSON fields decodes as Unrecognized and round-trips', () => {
    const type = fc.string().filter((s) => !(DOCUMENTED_TYPES as readonly string[]).includes(s));
    const extra = fc.dictionary(
      fc.string().filter((k) => !KNOWN_FIELDS.has(k) && k !== '__proto__'),
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(type, extra, fc.option(fc.string(), { nil: undefined }), (t, more, accountId) => {
        const input: Json = { type: t, ...more, ...(accountId === undefined ? {} : { accountId }) };
        const snapshot = JSON.stringify(input);
        const identity = decodeOk(input);
        expect(identityKind(identity)).toBe('Unrecognized');
        expect(UserIdentity.encode(identity)).toStrictEqual(input);
        expect(JSON.stringify(input)).toBe(snapshot);
      }),
    );
  });
});

// ---------------------------------------------------------------------------

describe('sessionContext', () => {
  const base = without(samples.AssumedRole, 'sessionContext');
  const withContext = (sessionContext: unknown): Json => ({ ...base, sessionContext });

  it('accepts an empty sessionIssuer and gives it back as {}', () => {
    const input = withContext({ sessionIssuer: {}, webIdFederationData: {}, attributes: { mfaAuthenticated: 'false' } });
    const identity = decodeOk(clone(input));
    expect(identity.sessionContext?.sessionIssuer).toStrictEqual({});
    expect(identity.sessionContext?.sessionIssuer?.arn).toBeUndefined();
    expect(UserIdentity.encode(identity)).toStrictEqual(input);
  });

  it('decodes a full sessionIssuer field by field', () => {
    const issuer = {
      type: 'Role',
      principalId: 'AROAIDPPEZS35WEXAMPLE',
      arn: `arn:aws:iam::${ACCOUNT}:role/Admin`,
      accountId: ACCOUNT,
      userName: 'Admin',
    };
    const identity = decodeOk(withContext({ sessionIssuer: issuer }));
    expect(identity.sessionContext?.sessionIssuer).toStrictEqual(issuer);
    expect(identity.sessionContext?.sessionIssuer?.userName).toBe('Admin');
  });

  it('reports the missing fields of a partial sessionIssuer at their paths, and nothing else', () => {
    const issues = issuesFor(withContext({ sessionIssuer: { type: 'Role', userName: 'Admin' } }));
    expect(issues.map((i) => i.path)).toEqual([
      'sessionContext.sessionIssuer.principalId',
      'sessionContext.sessionIssuer.arn',
      'sessionContext.sessionIssuer.accountId',
    ]);
    expect(issues.every((i) => i.missing)).toBe(true);
  });

  it('rejects mfaAuthenticated written as a JSON boolean, at its path', () => {
    const issues = issuesFor(withContext({ attributes: { mfaAuthenticated: true } }));
    expect(issues.map((i) => i.message)).toEqual([
      `sessionContext.attributes.mfaAuthenticated: expected "true" | "false", got true${HINT}`,
    ]);
    expect(issues[0]).toMatchObject({
      path: 'sessionContext.attributes.mfaAuthenticated',
      segments: ['sessionContext', 'attributes', 'mfaAuthenticated'],
      actual: true,
      missing: false,
    });
  });

  it('prefixes the path with userIdentity inside a whole record', () => {
    const source = withIdentity.find(
      ({ record }) =>
        record.userIdentity['type'] === 'AssumedRole' &&
        typeof ((record.userIdentity['sessionContext'] as Json | undefined)?.['attributes'] as Json | undefined)?.[
          'mfaAuthenticated'
        ] === 'string',
    );
    if (source === undefined) throw new Error('no AssumedRole record with mfaAuthenticated in the corpus');
    const record = clone(source.record) as { userIdentity: { sessionContext: { attributes: Json } } };
    record.userIdentity.sessionContext.attributes['mfaAuthenticated'] = true;
    const r = CloudTrailRecord.decode(record);
    expect(r._tag).toBe('Left');
    if (r._tag === 'Left') {
      expect(formatErrors(r.left)).toEqual([
        `userIdentity.sessionContext.attributes.mfaAuthenticated: expected "true" | "false", got true${HINT}`,
      ]);
    }
  });

  it('decodes mfaAuthenticated "true"/"false" to booleans and encodes them back', () => {
    for (const [wire, value] of [
      ['true', true],
      ['false', false],
    ] as const) {
      const input = withContext({ attributes: { mfaAuthenticated: wire } });
      const identity = decodeOk(clone(input));
      expect(identity.sessionContext?.attributes?.mfaAuthenticated).toBe(value);
      expect(UserIdentity.encode(identity)).toStrictEqual(input);
    }
  });

  it('reads "False" as false and writes it back as it was spelled', () => {
    const input = withContext({ attributes: { mfaAuthenticated: 'False' } });
    const identity = decodeOk(clone(input));
    expect(identity.sessionContext?.attributes?.mfaAuthenticated).toBe(false);
    expect(UserIdentity.encode(identity)).toStrictEqual(input);
  });

  it('keeps other mfaAuthenticated text as it is, and writes it back', () => {
    for (const wire of ['yes', '', ' true', 'TRUE ']) {
      const input = withContext({ attributes: { mfaAuthenticated: wire } });
      const identity = decodeOk(clone(input));
      const flag = identity.sessionContext?.attributes?.mfaAuthenticated;
      expect(flag).toBe(wire);
      expect(flag === true || flag === false).toBe(false);
      expect(UserIdentity.encode(identity)).toStrictEqual(input);
    }
    // Any capitalisation of the documented values is still a boolean.
    expect(decodeOk(withContext({ attributes: { mfaAuthenticated: 'TRUE' } })).sessionContext?.attributes?.mfaAuthenticated).toBe(true);
  });

  it('rejects mfaAuthenticated that is not text', () => {
    expect(messagesFor(withContext({ attributes: { mfaAuthenticated: 1 } }))).toEqual([
      'sessionContext.attributes.mfaAuthenticated: expected "true" | "false", got 1',
    ]);
  });

  it('keeps assumedRoot as written, any text or boolean, and writes it back', () => {
    for (const wire of ['true', 'false', '', 'TRUE', true, false]) {
      const input = withContext({ assumedRoot: wire });
      const identity = decodeOk(clone(input));
      expect(identity.sessionContext?.assumedRoot).toBe(wire);
      expect(UserIdentity.encode(identity)).toStrictEqual(input);
    }
    expect(messagesFor(withContext({ assumedRoot: null }))).toEqual([
      'sessionContext.assumedRoot: expected "true" | "false" | boolean | string, got null',
    ]);
  });

  it('reads creationDate in the basic ISO form and gives the same text back', () => {
    const input = withContext({ attributes: { creationDate: '20131102T010628Z', mfaAuthenticated: 'false' } });
    const identity = decodeOk(clone(input));
    const created = identity.sessionContext?.attributes?.creationDate;
    expect(created?.toISOString()).toBe('2013-11-02T01:06:28.000Z');
    expect(created?.getUTCHours()).toBe(1);
    expect(UserIdentity.encode(identity)).toStrictEqual(input);
  });

  it('rejects a creationDate with a zone offset, at its path', () => {
    const issues = issuesFor(withContext({ attributes: { creationDate: '2023-07-19T21:11:57+01:00' } }));
    expect(issues.map((i) => i.path)).toEqual(['sessionContext.attributes.creationDate']);
    expect(issues[0]?.actual).toBe('2023-07-19T21:11:57+01:00');
  });

  // On `SessionIssuer | {}` a property read is typed `string | undefined`,
  // which is what `{}` gives at run time.
  it('types a property of a possibly empty sessionIssuer as possibly undefined', () => {
    const identity = decodeOk(withContext({ sessionIssuer: {} }));
    const issuer = identity.sessionContext?.sessionIssuer;
    if (issuer === undefined) throw new Error('sessionIssuer was dropped');
    const arn: string | undefined = issuer.arn;
    expect(arn).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------

describe('guards and matchIdentity', () => {
  const identities = KINDS.map((kind) => ({ kind, identity: decodeOk(clone(samples[kind])) }));

  it.each(KINDS)('only the %s guard accepts the sample of its kind', (guardKind) => {
    const accepted = identities.filter(({ identity }) => guards[guardKind](identity)).map((s) => s.kind);
    expect(accepted).toEqual([guardKind]);
  });

  it('isIdentityOfType(t) agrees with the named guard of t on every sample', () => {
    for (const type of DOCUMENTED_TYPES) {
      const guard = isIdentityOfType(type);
      for (const { identity } of identities) expect(guard(identity)).toBe(guards[type](identity));
    }
  });

  it.each(KINDS)('matchIdentity runs the %s case once, with the identity, and returns its result', (kind) => {
    const identity = decodeOk(clone(samples[kind]));
    const { calls, cases } = recordingCases();
    const result = matchIdentity(identity, cases);
    expect(result).toBe(kind);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.kind).toBe(kind);
    expect(calls[0]?.identity).toBe(identity);
  });
});
