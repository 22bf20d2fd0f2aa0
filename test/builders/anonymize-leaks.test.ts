// anonymize leaves no identifier it has seen, in any form, anywhere in its
// output; and it never throws, whatever it is given.
import { fuzzRuns } from '../support/fuzz.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anonymize, anonymizeLogFile, createAnonymizer, type AnonymizedKind } from '../../src/builders/index.js';
import { CloudTrailRecord } from '../../src/index.js';
import { formatFieldNames } from '../../src/builders/formatFields.js';
import { clone, corpusFiles, oddFiles } from '../support/corpus.js';

const FORMAT_FIELDS = formatFieldNames();

const SEED = 'leaks';
const RUNS = fuzzRuns(100);
type Json = Record<string, unknown>;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The forms an original may take in text: as it is, URL-encoded (once or twice), and an IPv4 with dashes. */
function formsOf(kind: AnonymizedKind, original: string): string[] {
  const forms = new Set([original, encodeURIComponent(original), encodeURIComponent(encodeURIComponent(original))]);
  if (kind === 'ipv4') forms.add(original.replace(/\./g, '-'));
  return [...forms];
}

/** True when `form` occurs in `text` as a token of its kind, not as a part of a longer one; names in any case. */
function occurs(kind: AnonymizedKind, form: string, text: string): boolean {
  switch (kind) {
    case 'accountId':
    case 'accessKeyId':
    case 'uniqueId':
    case 'secret':
      return text.includes(form);
    case 'ipv4':
      return new RegExp(`(?<![\\d.-])${escape(form)}(?![\\d]|[.-]\\d)`).test(text);
    default:
      return new RegExp(`(?<![A-Za-z0-9])${escape(form)}(?![A-Za-z0-9])`, 'i').test(text);
  }
}

// Words of the replacements themselves (`user-1a2b`, `session-3c4d`, `…@example.com`).
const REPLACEMENT_WORDS = new Set(['user', 'session', 'example.com']);

/**
 * The text of a value that may hold an identifier: every string, number and
 * property name, one a line; property names that are CloudTrail's own field
 * names (`userName`, `type`…) are left out, since a user may be named like
 * one of them and the field must keep its name.
 */
function textOf(value: unknown): string {
  const parts: string[] = [];
  const seen = new Set<unknown>();
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'object' && v !== null) {
      if (seen.has(v)) continue;
      seen.add(v);
      for (const [k, x] of Object.entries(v)) {
        if (!Array.isArray(v) && !FORMAT_FIELDS.has(k)) parts.push(k);
        stack.push(x);
      }
    } else if (v !== null && v !== undefined) {
      parts.push(String(v));
    }
  }
  return parts.join('\n');
}

/**
 * Every original the anonymizer met that is still in `text`, in any of its
 * forms. Names of one or two characters, and names without a letter or a
 * digit, are only replaced where they stand as names (docs/builders.md says
 * why), so they are not looked for here.
 */
function leaks(mapping: ReturnType<ReturnType<typeof createAnonymizer>['mapping']>, text: string): string[] {
  const out: string[] = [];
  for (const [kind, map] of Object.entries(mapping) as Array<[AnonymizedKind, ReadonlyMap<string, string>]>) {
    for (const original of map.keys()) {
      const isName = kind === 'userName' || kind === 'sessionName';
      if (isName && (original.length < 3 || !/[A-Za-z0-9]/.test(original) || REPLACEMENT_WORDS.has(original.toLowerCase()))) continue;
      for (const form of formsOf(kind, original)) if (occurs(kind, form, text)) out.push(`${kind}: ${form}`);
    }
  }
  return out;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

describe('on the real corpus, no identifier met survives in any form', () => {
  for (const file of [...corpusFiles(), ...oddFiles()]) {
    it(file.name, () => {
      const anonymizer = createAnonymizer({ seed: SEED });
      const out = anonymizer.anonymize(clone(file.json));
      const text = JSON.stringify(out);
      const mapping = anonymizer.mapping();
      expect(leaks(mapping, textOf(out))).toEqual([]);
      // Found apart from the implementation: every email address of the input is gone.
      const emails = new Set((file.text.match(EMAIL) ?? []).filter((e) => !e.endsWith('@example.com')));
      expect([...emails].filter((e) => text.includes(e))).toEqual([]);
      // And records that decoded still do.
      file.json.Records.forEach((r, i) => {
        if (CloudTrailRecord.decode(r)._tag === 'Right') expect(CloudTrailRecord.decode(out.Records[i])._tag, `[${i}]`).toBe('Right');
      });
    });
  }

  it('the check has something to find: the corpus has account ids, addresses, names and emails', () => {
    const anonymizer = createAnonymizer({ seed: SEED });
    for (const f of corpusFiles()) anonymizer.anonymize(f.json);
    const m = anonymizer.mapping();
    expect(m.accountId.size).toBeGreaterThan(10);
    expect(m.ipv4.size).toBeGreaterThan(10);
    expect(m.userName.size).toBeGreaterThan(10);
    expect([...m.userName.keys()].some((n) => n.includes('@'))).toBe(true);
  });
});

describe('the identifiers finders used to miss', () => {
  const anonymizeText = (value: unknown): { text: string; leaks: string[] } => {
    const anonymizer = createAnonymizer({ seed: SEED });
    const out = anonymizer.anonymize(value);
    return { text: JSON.stringify(out), leaks: leaks(anonymizer.mapping(), textOf(out)) };
  };

  it('account ids inside malformed ARNs', () => {
    for (const arn of [
      'arn:aws:iam::111122223333x:user/a',
      'arn:aws:iam::1111222233334:root',
      'arn:aws:iam::11112222333:root',
      'arn:aws:sts::111122223333assumed-role/Admin/s',
      'arn:aws:iam:111122223333:role/x',
    ]) {
      const { text } = anonymizeText({ resources: [{ ARN: arn }] });
      expect(text, arn).not.toContain('111122223333');
      expect(text, arn).not.toContain('11112222333');
    }
  });

  it('the principalId of SAML and web-identity users: emails and subject ids', () => {
    const saml = { type: 'SAMLUser', principalId: 'SAMLQualifierAbc123=:alice.smith@corp.example.org', userName: 'alice.smith@corp.example.org', identityProvider: 'SAMLQualifierAbc123=' };
    const web = { type: 'WebIdentityUser', principalId: 'accounts.google.com:1234-abc.apps.googleusercontent.com:109876543210987654321', identityProvider: 'accounts.google.com' };
    const cognito = { type: 'WebIdentityUser', principalId: 'cognito-identity.amazonaws.com:us-east-1:a1b2c3d4-5678-90ab-cdef-EXAMPLE11111', identityProvider: 'cognito-identity.amazonaws.com' };
    for (const [identity, secret] of [
      [saml, 'alice.smith'],
      [web, '109876543210987654321'],
      [cognito, 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111'],
    ] as const) {
      const { text, leaks: left } = anonymizeText({ userIdentity: identity });
      expect(text).not.toContain(secret);
      expect(left).toEqual([]);
    }
  });

  it('URL-encoded names, emails and ARNs', () => {
    const record = {
      userIdentity: { type: 'IAMUser', userName: 'alice', accountId: '111122223333', arn: 'arn:aws:iam::111122223333:user/alice' },
      requestParameters: {
        login: 'user%40example.com',
        other: 'bob%40corp.example.org',
        policyDocument: '%7B%22Principal%22%3A%7B%22AWS%22%3A%22arn%3Aaws%3Aiam%3A%3A444455556666%3Auser%2Fcarol%22%7D%2C%22Note%22%3A%22alice%22%7D',
        twice: 'arn%253Aaws%253Aiam%253A%253A111122223333%253Auser%252Falice',
      },
    };
    const { text, leaks: left } = anonymizeText(record);
    for (const gone of ['user%40example.com', 'bob%40corp', '444455556666', 'carol', '%22alice%22', '111122223333']) expect(text, gone).not.toContain(gone);
    expect(left).toEqual([]);
    // An encoded replacement stays encoded: the policy still decodes as JSON.
    const out = JSON.parse(text) as { requestParameters: Json };
    expect(() => JSON.parse(decodeURIComponent(out.requestParameters['policyDocument'] as string))).not.toThrow();
  });

  it('host names that embed an IPv4, consistently with the address itself', () => {
    const record = {
      sourceIPAddress: '54.12.3.4',
      requestParameters: { host: 'ec2-54-12-3-4.compute-1.amazonaws.com', inner: 'ip-10-0-1-23.ec2.internal', dns: 'ip-172-31-5-9.us-west-2.compute.internal' },
    };
    const out = anonymize(record, { seed: SEED });
    const params = out.requestParameters;
    expect(JSON.stringify(out)).not.toMatch(/54-12-3-4|10-0-1-23|172-31-5-9|54\.12\.3\.4/);
    expect(params.host).toBe(`ec2-${out.sourceIPAddress.replace(/\./g, '-')}.compute-1.amazonaws.com`);
    expect(params.inner).toMatch(/^ip-\d+-\d+-\d+-\d+\.ec2\.internal$/);
    // A private address stays private.
    expect(params.inner).toMatch(/^ip-10-/);
  });

  it('an identifier seen once is replaced wherever else it stands', () => {
    const record = {
      userIdentity: { type: 'IAMUser', userName: 'mallory', accountId: '111122223333', accessKeyId: 'AKIAIOSFODNN7EXAMPLE' },
      sourceIPAddress: '81.2.69.160',
      errorMessage: 'User mallory (key AKIAIOSFODNN7EXAMPLE) from 81.2.69.160 is not authorized in account111122223333.',
      requestParameters: { notes: 'mallory-notes', '111122223333': 'owner', glued: 'xAKIAIOSFODNN7EXAMPLEx' },
    };
    const { text, leaks: left } = anonymizeText(record);
    for (const gone of ['mallory', 'AKIAIOSFODNN7EXAMPLE', '81.2.69.160', '111122223333']) expect(text, gone).not.toContain(gone);
    expect(left).toEqual([]);
  });

  it('property names: a name or an id seen anywhere, before or after the key', () => {
    const identity = { type: 'IAMUser', userName: 'alice', arn: 'arn:aws:iam::111122223333:user/alice' };
    const { text, leaks: left } = anonymizeText({ requestParameters: { tags: { alice: 'x', 'team-alice': 'y' }, '11112222333': 'z' }, userIdentity: { ...identity, arn: 'arn:aws:iam::11112222333:user/alice' } });
    expect(text).not.toMatch(/alice|11112222333/);
    expect(left).toEqual([]);
    // A user named like one of CloudTrail's fields does not rename the field.
    const out = anonymize({ userIdentity: { type: 'IAMUser', userName: 'userName', accountId: '111122223333' } }, { seed: SEED });
    expect(Object.keys(out.userIdentity)).toEqual(['type', 'userName', 'accountId']);
    expect(out.userIdentity.userName).not.toBe('userName');
    expect(FORMAT_FIELDS.has('userName') && FORMAT_FIELDS.has('onBehalfOf') && !FORMAT_FIELDS.has('alice')).toBe(true);
  });

  it('names in another case: Alice seen, alice and ALICE go too, to the same replacement', () => {
    const anonymizer = createAnonymizer({ seed: SEED });
    const out = anonymizer.anonymize({ userIdentity: { type: 'IAMUser', userName: 'Alice' }, errorMessage: 'alice and ALICE and Alice', requestParameters: { ALICE: 1 } });
    const text = JSON.stringify(out);
    expect(text).not.toMatch(/alice/i);
    const replacement = out.userIdentity.userName;
    expect(out.errorMessage).toBe(`${replacement} and ${replacement} and ${replacement}`);
    expect(Object.keys(out.requestParameters)).toEqual([replacement]);
    // The same whichever variant comes first.
    expect(anonymize({ userIdentity: { type: 'IAMUser', userName: 'ALICE' } }, { seed: SEED }).userIdentity.userName).toBe(replacement);
  });

  it('an IPv4 with dashes at the start of a host name, or glued to a word', () => {
    const record = { sourceIPAddress: '81.2.69.160', requestParameters: { a: '172-31-5-6.internal', b: 'host172-31-5-7', c: 'x 172-31-5-8 y', d: 'db:81-2-69-160' } };
    const { text, leaks: left } = anonymizeText(record);
    expect(text).not.toMatch(/172-31-5-[678]|81-2-69-160/);
    expect(left).toEqual([]);
    const out = anonymize(record, { seed: SEED }).requestParameters;
    expect(out.a).toMatch(/^10-\d+-\d+-\d+\.internal$/);
    expect(out.b).toMatch(/^host10-\d+-\d+-\d+$/);
  });

  it('the user id of an Identity Center user, wherever it occurs again', () => {
    const userId = '94482488-3041-7026-18f3-be45837cd0e4';
    const record = {
      userIdentity: { type: 'IdentityCenterUser', accountId: '111122223333', onBehalfOf: { userId, identityStoreArn: 'arn:aws:identitystore::111122223333:identitystore/d-1234567890' } },
      responseElements: { note: `user ${userId} signed in` },
    };
    const { text, leaks: left } = anonymizeText(record);
    expect(text).not.toContain(userId);
    expect(left).toEqual([]);
    const out = anonymize(record, { seed: SEED });
    expect(out.userIdentity.onBehalfOf.userId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('an account id written as a number, or as a BigInt', () => {
    const out = anonymize({ accountId: 111122223333, big: 111122223333n, count: 42, ratio: 0.5 }, { seed: SEED });
    expect(out.accountId).not.toBe(111122223333);
    expect(typeof out.accountId).toBe('number');
    expect(out.big).not.toBe(111122223333n);
    expect([out.count, out.ratio]).toEqual([42, 0.5]);
  });
});

describe('anonymize never throws, and leaks nothing it cannot read', () => {
  const SECRET = '111122223333';
  const hostile = (): Array<[string, unknown]> => {
    const { proxy, revoke } = Proxy.revocable({ accountId: SECRET }, {});
    revoke();
    const cycle: Json = { accountId: SECRET };
    cycle['self'] = cycle;
    class Caller {
      accountId = SECRET;
      get arn(): string {
        return `arn:aws:iam::${SECRET}:root`;
      }
    }
    return [
      ['undefined', undefined],
      ['a symbol', Symbol(SECRET)],
      ['a function', () => SECRET],
      ['a revoked Proxy', proxy],
      ['a revoked Proxy inside', { a: proxy, b: [proxy] }],
      ['a throwing getter', Object.defineProperty({ ok: SECRET }, 'bad', { enumerable: true, get: () => { throw new Error(SECRET); } })],
      ['a throwing ownKeys trap', new Proxy({ accountId: SECRET }, { ownKeys: () => { throw new Error('no'); } })],
      ['a Proxy that lies about its keys', new Proxy({}, { ownKeys: () => ['accountId'], getOwnPropertyDescriptor: () => ({ value: SECRET, enumerable: true, configurable: true }), get: () => SECRET })],
      ['a cycle', cycle],
      ['a class instance', new Caller()],
      ['a Map and a Set', { m: new Map([[SECRET, SECRET]]), s: new Set([SECRET]) }],
      ['a boxed string', { s: new String(`arn:aws:iam::${SECRET}:root`) }],
      ['a Date', { when: new Date(0), accountId: SECRET }],
      ['an array with holes', [SECRET, , SECRET]], // eslint-disable-line no-sparse-arrays
      ['a long string', `${SECRET} `.repeat(200_000)],
    ];
  };

  it.each(hostile())('%s', (_, value) => {
    const out = anonymize(value, { seed: SEED });
    const seen = new WeakSet<object>();
    // Cycles are copied as cycles: each object is written once.
    const text =
      JSON.stringify(out, (_k, v: unknown) => {
        if (typeof v === 'object' && v !== null) {
          if (seen.has(v)) return '[cycle]';
          seen.add(v);
        }
        return typeof v === 'bigint' ? v.toString() : v;
      }) ?? '';
    expect(text).not.toContain(SECRET);
    anonymizeLogFile(value as never, { seed: SEED });
  });

  it('a class instance is read as JSON reads it, identifiers replaced', () => {
    class Caller {
      accountId = SECRET;
    }
    const out = anonymize({ caller: new Caller() }, { seed: SEED }) as unknown as { caller: Json };
    expect(Object.getPrototypeOf(out.caller)).toBe(Object.prototype);
    expect(out.caller['accountId']).toMatch(/^\d{12}$/);
  });

  it('options of any shape: a missing seed gives the default one', () => {
    for (const options of [undefined, null, 5, {}, { seed: Symbol('s') }, { seed: Number.NaN }, new Proxy({}, { get: () => { throw new Error('x'); } })]) {
      const out = anonymize({ accountId: SECRET }, options as never);
      expect(out.accountId).toMatch(/^\d{12}$/);
      expect(out.accountId).not.toBe(SECRET);
      expect(out).toEqual(anonymize({ accountId: SECRET }, { seed: 'cloudtrail-codecs' }));
    }
  });

  it('any value with identifiers mixed in: no throw, no leak', () => {
    const identifier = fc.constantFrom('111122223333', '81.2.69.160', 'alice@corp.example.org', 'AKIAIOSFODNN7EXAMPLE', 'ip-81-2-69-160.ec2.internal', 'user%40corp.example.org');
    const text = fc.tuple(fc.string({ maxLength: 8 }), identifier, fc.string({ maxLength: 8 })).map(([a, id, b]) => `${a} ${id} ${b}`);
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, text, fc.jsonValue({ maxDepth: 1 }), fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 6 }), tie('node'), { maxKeys: 3 })),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        const out = JSON.stringify(anonymize(v, { seed: SEED })) ?? '';
        for (const gone of ['111122223333', '81.2.69.160', '81-2-69-160', 'alice@corp', 'AKIAIOSFODNN7EXAMPLE', 'user%40corp']) expect(out).not.toContain(gone);
      }),
      { numRuns: RUNS },
    );
  });
});
