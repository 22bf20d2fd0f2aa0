// anonymize / anonymizeLogFile on the real corpus and on hand-made records:
// the output still decodes, leaks none of the identifying values, and keeps
// their formats and their equalities.
import { isIPv4, isIPv6 } from 'node:net';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anonymize, anonymizeLogFile, createAnonymizer, type AnonymizerMapping } from '../../src/builders/anonymize.js';
import { CloudTrailRecord, formatErrors } from '../../src/index.js';
import { clone, corpusFiles } from '../support/corpus.js';

type Json = Record<string, unknown>;

const SEED = 'anonymize-test';
const files = corpusFiles();

function obj(value: unknown, ...path: string[]): Json {
  let v = value;
  for (const k of path) v = (v as Json)[k];
  if (typeof v !== 'object' || v === null) throw new Error(`no object at ${path.join('.')}`);
  return v as Json;
}

function str(value: unknown, ...path: string[]): string {
  const parent = obj(value, ...path.slice(0, -1));
  const v = parent[path[path.length - 1] as string];
  if (typeof v !== 'string') throw new Error(`no string at ${path.join('.')}`);
  return v;
}

/** Every string value of a JSON tree (keys excluded), without recursion. */
function stringsOf(root: unknown): string[] {
  const out: string[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'object' && v !== null) stack.push(...Object.values(v));
  }
  return out;
}

/** The strings found at the same place in two trees of the same shape. */
function stringPairs(a: unknown, b: unknown): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const stack: Array<[unknown, unknown]> = [[a, b]];
  while (stack.length > 0) {
    const [x, y] = stack.pop() as [unknown, unknown];
    if (typeof x === 'string') out.push([x, y as string]);
    else if (typeof x === 'object' && x !== null) {
      for (const k of Object.keys(x)) stack.push([(x as Json)[k], (y as Json)[k]]);
    }
  }
  return out;
}

function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
      stack.push(...Object.values(v));
      Object.freeze(v);
    }
  }
  return value;
}

// Collectors of identifying values, written apart from the implementation.
const OCTET = '(?:25[0-5]|2[0-4]\\d|[01]?\\d?\\d)';
// An address not glued to a word, and not a `Chrome/111.0.0.0` version.
const IPV4_IN_TEXT = new RegExp(`(?<![\\w.])(?<!\\w/)${OCTET}(?:\\.${OCTET}){3}(?![\\w]|\\.\\d)`, 'g');
const UNSPECIFIC_IPV4 = /^(?:0+\.0+\.0+\.0+|127\..*|255\.255\.255\.255|169\.254\.169\.254)$/;

function accountIdsIn(text: string): string[] {
  return text.split(/[^A-Za-z0-9]+/).filter((t) => /^\d{12}$/.test(t));
}
function keyIdsIn(text: string): string[] {
  return text.match(/(?:AKIA|ASIA)[A-Z0-9]{16}/g) ?? [];
}
function ipv4sIn(text: string): string[] {
  return (text.match(IPV4_IN_TEXT) ?? []).filter((ip) => !UNSPECIFIC_IPV4.test(ip));
}
function ipv6sIn(text: string): string[] {
  return text.split(/[\s"'()[\],;=/]+/).filter((t) => t.includes(':') && isIPv6(t) && t !== '::' && t !== '::1');
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** True when `needle` appears in `text` as a whole number or address, not inside a longer one. */
function containsToken(text: string, needle: string): boolean {
  return new RegExp(`(?<![\\d.])${escape(needle)}(?!\\d|\\.\\d)`).test(text);
}

describe('anonymizeLogFile on the corpus', () => {
  for (const file of files) {
    it(`${file.name}: every output record decodes and round-trips`, () => {
      const out = anonymizeLogFile(clone(file.json), { seed: SEED });
      expect(out.Records).toHaveLength(file.json.Records.length);
      const problems: string[] = [];
      out.Records.forEach((record, i) => {
        if (CloudTrailRecord.decode(file.json.Records[i])._tag !== 'Right') return;
        const decoded = CloudTrailRecord.decode(record);
        if (decoded._tag === 'Left') problems.push(`[${i}] ${formatErrors(decoded.left).join('; ')}`);
        else if (!isDeepStrictEqual(CloudTrailRecord.encode(decoded.right), record)) problems.push(`[${i}] round trip differs`);
      });
      expect(problems).toEqual([]);
    });

    it(`${file.name}: no account id, key id or IP address of the input survives`, () => {
      const input = file.json;
      const text = JSON.stringify(anonymizeLogFile(clone(input), { seed: SEED }));
      const strings = stringsOf(input);
      const accounts = new Set(strings.flatMap(accountIdsIn));
      const keys = new Set(strings.flatMap(keyIdsIn));
      const ips = new Set(strings.flatMap(ipv4sIn));
      const ip6s = new Set(strings.flatMap(ipv6sIn));
      expect(accounts.size).toBeGreaterThan(0);
      expect([...accounts].filter((a) => containsToken(text, a))).toEqual([]);
      expect([...keys].filter((k) => text.includes(k))).toEqual([]);
      expect([...ips].filter((ip) => containsToken(text, ip))).toEqual([]);
      expect([...ip6s].filter((ip) => text.toLowerCase().includes(ip.toLowerCase()))).toEqual([]);
    });
  }

  it('finds key ids and IP addresses to check in the corpus at all', () => {
    const strings = files.flatMap((f) => stringsOf(f.json));
    expect(new Set(strings.flatMap(keyIdsIn)).size).toBeGreaterThan(20);
    expect(new Set(strings.flatMap(ipv4sIn)).size).toBeGreaterThan(50);
  });

  it('gives each account id one replacement across a file, in every field and ARN', () => {
    const file = files.find((f) => f.name === 'stratus-red-team.json');
    if (file === undefined) throw new Error('stratus-red-team.json is missing from the corpus');
    const out = anonymizeLogFile(clone(file.json), { seed: SEED });
    const seen = new Map<string, Set<string>>();
    const note = (original: string, replaced: string): void => {
      if (!seen.has(original)) seen.set(original, new Set());
      seen.get(original)?.add(replaced);
    };
    let arnsChecked = 0;
    file.json.Records.forEach((record, i) => {
      const outRecord = out.Records[i];
      note(str(record, 'recipientAccountId'), str(outRecord, 'recipientAccountId'));
      const identity = obj(record, 'userIdentity');
      if (typeof identity['accountId'] === 'string') note(identity['accountId'], str(outRecord, 'userIdentity', 'accountId'));
      if (typeof identity['arn'] === 'string' && identity['arn'].startsWith('arn:')) {
        note(identity['arn'].split(':')[4] as string, str(outRecord, 'userIdentity', 'arn').split(':')[4] as string);
        arnsChecked++;
      }
    });
    expect(arnsChecked).toBeGreaterThan(10);
    for (const [original, replacements] of seen) {
      expect([...replacements], original).toHaveLength(1);
      expect(replacements.has(original)).toBe(false);
    }
  });

  it('keeps the shape of every ARN', () => {
    for (const file of files) {
      const out = anonymizeLogFile(clone(file.json), { seed: SEED });
      for (const [before, after] of stringPairs(file.json, out)) {
        if (!before.startsWith('arn:')) continue;
        const a = before.split(':');
        const b = after.split(':');
        expect(b.length, before).toBe(a.length);
        // Partition, service and region are not identifying.
        expect(b.slice(0, 4), before).toEqual(a.slice(0, 4));
      }
    }
  });

  it('keeps the format of every kind of replaced value', () => {
    const anonymizer = createAnonymizer({ seed: SEED });
    for (const file of files) anonymizer.anonymize(clone(file.json));
    const m = anonymizer.mapping();
    expect(m.accountId.size).toBeGreaterThan(30);
    for (const [, v] of m.accountId) expect(v).toMatch(/^\d{12}$/);
    expect(m.accessKeyId.size).toBeGreaterThan(20);
    for (const [k, v] of m.accessKeyId) {
      expect(v.slice(0, 4)).toBe(k.slice(0, 4));
      expect(v).toHaveLength(k.length);
      expect(v.slice(4)).toMatch(/^[A-Z2-7]+$/);
    }
    expect([...m.accessKeyId.keys()].some((k) => k.startsWith('AKIA'))).toBe(true);
    expect([...m.accessKeyId.keys()].some((k) => k.startsWith('ASIA'))).toBe(true);
    expect(m.uniqueId.size).toBeGreaterThan(20);
    // IAM's ids keep their prefix; others (an Identity Center user's UUID) keep their shape.
    const shape = (id: string): string => id.replace(/[0-9]/g, '0').replace(/[a-f]/g, 'a').replace(/[A-F]/g, 'A').replace(/[g-z]/g, 'g').replace(/[G-Z]/g, 'G');
    for (const [k, v] of m.uniqueId) {
      if (/^[A-Z0-9]+$/.test(k)) expect(v.slice(0, 4)).toBe(k.slice(0, 4));
      else expect(shape(v)).toBe(shape(k));
      expect(v).toHaveLength(k.length);
    }
    expect(m.ipv4.size).toBeGreaterThan(50);
    for (const [, v] of m.ipv4) {
      expect(isIPv4(v)).toBe(true);
      expect(v).toMatch(/^(?:192\.0\.2|198\.51\.100|203\.0\.113|10\.\d+\.\d+)\.\d+$/);
    }
    expect(m.userName.size).toBeGreaterThan(20);
    for (const [, v] of m.userName) expect(v).toMatch(/^user-[0-9a-f]{4,}(?:@example\.com)?$/);
    expect(m.sessionName.size).toBeGreaterThan(5);
    for (const [, v] of m.sessionName) expect(v).toMatch(/^session-[0-9a-f]{4,}(?:@example\.com)?$/);
  });

  it('never gives two originals the same replacement, nor hands out an original', () => {
    const anonymizer = createAnonymizer({ seed: SEED });
    for (const file of files) anonymizer.anonymize(clone(file.json));
    const m: AnonymizerMapping = anonymizer.mapping();
    const originals = new Set<string>();
    // A name in two cases (`Alice`, `alice`) is one original, with one replacement.
    const byOriginal = new Map<string, string>();
    for (const [kind, map] of Object.entries(m)) {
      for (const [k, v] of map) {
        originals.add(k);
        const original = `${kind}:${kind === 'userName' || kind === 'sessionName' ? k.toLowerCase() : k}`;
        expect(byOriginal.get(original) ?? v, original).toBe(v);
        byOriginal.set(original, v);
      }
    }
    const replacements = [...byOriginal.values()];
    expect(new Set(replacements).size).toBe(replacements.length);
    expect(replacements.filter((r) => originals.has(r))).toEqual([]);
  });

  it('does not change its input', () => {
    for (const file of files) {
      const input = deepFreeze(clone(file.json));
      const before = JSON.stringify(input);
      const out = anonymizeLogFile(input, { seed: SEED });
      expect(JSON.stringify(input)).toBe(before);
      expect(out).not.toBe(input);
      expect(out.Records).not.toBe(input.Records);
      expect(out.Records[0]).not.toBe(input.Records[0]);
    }
  });
});

const ROLE_RECORD: Json = {
  eventVersion: '1.08',
  userIdentity: {
    type: 'AssumedRole',
    principalId: 'AROAZ4EXAMPLEROLEID12:alice-session',
    arn: 'arn:aws:sts::111122223333:assumed-role/Admin/alice-session',
    accountId: '111122223333',
    accessKeyId: 'ASIAZ4EXAMPLEKEY1234',
    sessionContext: {
      sessionIssuer: {
        type: 'Role',
        principalId: 'AROAZ4EXAMPLEROLEID12',
        arn: 'arn:aws:iam::111122223333:role/Admin',
        accountId: '111122223333',
        userName: 'Admin',
      },
      attributes: { creationDate: '2024-05-01T11:59:00Z', mfaAuthenticated: 'false' },
    },
  },
  eventTime: '2024-05-01T12:00:00Z',
  eventSource: 's3.amazonaws.com',
  eventName: 'PutBucketPolicy',
  awsRegion: 'us-east-1',
  sourceIPAddress: '2a02:c7f:1234::42',
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/111.0.0.0 Safari/537.36',
  requestParameters: {
    note: 'seen from 2a02:c7f:1234::42 and from 81.2.69.160, owner 111122223333',
    cidrIp: '0.0.0.0/0',
    retries: 3,
    force: false,
  },
  responseElements: null,
  eventType: 'AwsApiCall',
  recipientAccountId: '444455556666',
  sharedEventID: '',
};

const USER_RECORD: Json = {
  eventVersion: '1.08',
  userIdentity: {
    type: 'IAMUser',
    principalId: 'AIDAZ4EXAMPLEUSERID12',
    arn: 'arn:aws:iam::111122223333:user/division/alice',
    accountId: '111122223333',
    accessKeyId: 'AKIAZ4EXAMPLEKEY5678',
    userName: 'alice',
  },
  eventTime: '2024-05-01T12:00:00Z',
  eventSource: 'iam.amazonaws.com',
  eventName: 'CreateAccessKey',
  awsRegion: 'us-east-1',
  sourceIPAddress: '81.2.69.160',
  userAgent: 'aws-cli/2.15.0',
  requestParameters: { userName: 'alice' },
  responseElements: null,
  errorMessage: 'User: arn:aws:iam::111122223333:user/division/alice is not authorized to perform: iam:CreateAccessKey',
  eventType: 'AwsApiCall',
  recipientAccountId: '111122223333',
};

describe('anonymize on single records', () => {
  it('keeps a role session consistent between principalId, ARN and session issuer', () => {
    const out = anonymize(ROLE_RECORD, { seed: SEED });
    const [head, session] = str(out, 'userIdentity', 'principalId').split(':') as [string, string];
    const arn = str(out, 'userIdentity', 'arn');
    expect(head).not.toBe('AROAZ4EXAMPLEROLEID12');
    expect(head).toMatch(/^AROA[A-Z2-7]{17}$/);
    expect(str(out, 'userIdentity', 'sessionContext', 'sessionIssuer', 'principalId')).toBe(head);
    expect(session).toMatch(/^session-[0-9a-f]{4,}$/);
    const account = str(out, 'userIdentity', 'accountId');
    expect(arn).toBe(`arn:aws:sts::${account}:assumed-role/Admin/${session}`);
    // Role names are kept, and a role issuer's userName is its role name.
    expect(str(out, 'userIdentity', 'sessionContext', 'sessionIssuer', 'arn')).toBe(`arn:aws:iam::${account}:role/Admin`);
    expect(str(out, 'userIdentity', 'sessionContext', 'sessionIssuer', 'userName')).toBe('Admin');
    expect(str(out, 'userIdentity', 'accessKeyId')).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(str(out, 'recipientAccountId')).toMatch(/^\d{12}$/);
    expect(str(out, 'recipientAccountId')).not.toBe(account);
  });

  it('replaces IPv6 addresses with 2001:db8:: ones, the same in every string', () => {
    const out = anonymize(ROLE_RECORD, { seed: SEED });
    const ip = str(out, 'sourceIPAddress');
    expect(isIPv6(ip)).toBe(true);
    expect(ip.startsWith('2001:db8:')).toBe(true);
    const note = str(out, 'requestParameters', 'note');
    expect(note).toContain(`seen from ${ip} and from `);
    const v4 = /and from (\S+),/.exec(note)?.[1] ?? '';
    expect(isIPv4(v4)).toBe(true);
    expect(v4).not.toBe('81.2.69.160');
    expect(note.endsWith(`owner ${str(out, 'userIdentity', 'accountId')}`)).toBe(true);
  });

  it('keeps user names consistent between userName, user ARNs and request parameters', () => {
    const out = anonymize(USER_RECORD, { seed: SEED });
    const name = str(out, 'userIdentity', 'userName');
    const account = str(out, 'userIdentity', 'accountId');
    expect(name).toMatch(/^user-[0-9a-f]{4,}$/);
    expect(str(out, 'userIdentity', 'arn')).toBe(`arn:aws:iam::${account}:user/division/${name}`);
    expect(str(out, 'requestParameters', 'userName')).toBe(name);
    expect(str(out, 'errorMessage')).toBe(
      `User: arn:aws:iam::${account}:user/division/${name} is not authorized to perform: iam:CreateAccessKey`,
    );
    expect(str(out, 'userIdentity', 'accessKeyId')).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(str(out, 'userIdentity', 'principalId')).toMatch(/^AIDA[A-Z2-7]{17}$/);
    expect(str(out, 'userIdentity', 'principalId')).not.toBe('AIDAZ4EXAMPLEUSERID12');
  });

  it('replaces a federated user name and a Root principalId like the ARN and account', () => {
    const federated = anonymize(
      {
        userIdentity: {
          type: 'FederatedUser',
          principalId: '111122223333:carol',
          arn: 'arn:aws:sts::111122223333:federated-user/carol',
          accountId: '111122223333',
        },
      },
      { seed: SEED },
    );
    const [account, name] = str(federated, 'userIdentity', 'principalId').split(':') as [string, string];
    expect(account).toBe(str(federated, 'userIdentity', 'accountId'));
    expect(name).toMatch(/^user-[0-9a-f]{4,}$/);
    expect(str(federated, 'userIdentity', 'arn')).toBe(`arn:aws:sts::${account}:federated-user/${name}`);

    const root = anonymize(
      { userIdentity: { type: 'Root', principalId: '111122223333', arn: 'arn:aws:iam::111122223333:root', accountId: '111122223333' } },
      { seed: SEED },
    );
    const rootAccount = str(root, 'userIdentity', 'accountId');
    expect(str(root, 'userIdentity', 'principalId')).toBe(rootAccount);
    expect(str(root, 'userIdentity', 'arn')).toBe(`arn:aws:iam::${rootAccount}:root`);
    expect(rootAccount).toBe(account);
  });

  it('keeps placeholders, host names, versions, timestamps, numbers and booleans', () => {
    const record = {
      userIdentity: { type: 'IAMUser', accountId: '111122223333', userName: 'HIDDEN_DUE_TO_SECURITY_REASONS' },
      principal: { principalId: 'ANONYMOUS_PRINCIPAL', invokedBy: 'ec2.amazonaws.com' },
      sourceIPAddress: 'AWS Internal',
      eventTime: '2024-05-01T12:00:00Z',
      empty: '',
    };
    const out = anonymize(record, { seed: SEED });
    expect(obj(out, 'principal')).toEqual(record.principal);
    expect(str(out, 'userIdentity', 'userName')).toBe('HIDDEN_DUE_TO_SECURITY_REASONS');
    expect(str(out, 'sourceIPAddress')).toBe('AWS Internal');
    expect(str(out, 'eventTime')).toBe('2024-05-01T12:00:00Z');
    expect(str(out, 'empty')).toBe('');

    const role = anonymize(ROLE_RECORD, { seed: SEED });
    expect(str(role, 'userAgent')).toBe(ROLE_RECORD['userAgent']);
    expect(obj(role, 'requestParameters')['cidrIp']).toBe('0.0.0.0/0');
    expect(obj(role, 'requestParameters')['retries']).toBe(3);
    expect(obj(role, 'requestParameters')['force']).toBe(false);
    expect(role['responseElements']).toBeNull();
    expect(Object.keys(role)).toEqual(Object.keys(ROLE_RECORD));
  });

  it('finds account ids in URL-encoded text too', () => {
    const out = anonymize(
      { accountId: '111122223333', policy: '%22arn%3Aaws%3Aiam%3A%3A111122223333%3Aroot%22' },
      { seed: SEED },
    );
    expect(str(out, 'policy')).toBe(`%22arn%3Aaws%3Aiam%3A%3A${str(out, 'accountId')}%3Aroot%22`);
  });

  it('replaces session tokens, keeping their length and punctuation', () => {
    const token = 'IQoJb3JpZ2luX2VjEGYaCXVzLWVhc3QtMSJGMEQCIGWKgbyk/ZRAiB0qw+dd4rMEEsE=';
    const out = anonymize({ responseElements: { credentials: { sessionToken: token } } }, { seed: SEED });
    const replaced = str(out, 'responseElements', 'credentials', 'sessionToken');
    expect(replaced).not.toBe(token);
    expect(replaced).toHaveLength(token.length);
    expect(replaced.replace(/[A-Za-z0-9]/g, '')).toBe(token.replace(/[A-Za-z0-9]/g, ''));
  });

  it('decodes after anonymizing when the input decoded', () => {
    for (const record of [ROLE_RECORD, USER_RECORD]) {
      expect(CloudTrailRecord.decode(record)._tag).toBe('Right');
      const out = anonymize(record, { seed: SEED });
      const decoded = CloudTrailRecord.decode(out);
      expect(decoded._tag).toBe('Right');
      if (decoded._tag === 'Right') expect(CloudTrailRecord.encode(decoded.right)).toEqual(out);
    }
  });
});

describe('determinism', () => {
  it('gives identical output for the same seed, in separate calls', () => {
    expect(JSON.stringify(anonymize(ROLE_RECORD, { seed: 5 }))).toBe(JSON.stringify(anonymize(ROLE_RECORD, { seed: 5 })));
    const file = files[0];
    if (file === undefined) throw new Error('empty corpus');
    expect(JSON.stringify(anonymizeLogFile(file.json, { seed: 'x' }))).toBe(
      JSON.stringify(anonymizeLogFile(clone(file.json), { seed: 'x' })),
    );
  });

  it('maps a value the same way in separate calls with the same seed', () => {
    const a = anonymize(ROLE_RECORD, { seed: SEED });
    const b = anonymize(USER_RECORD, { seed: SEED });
    expect(str(a, 'userIdentity', 'accountId')).toBe(str(b, 'userIdentity', 'accountId'));
    const v4 = /and from (\S+),/.exec(str(a, 'requestParameters', 'note'))?.[1];
    expect(str(b, 'sourceIPAddress')).toBe(v4);
  });

  it('gives different replacements for a different seed', () => {
    const a = anonymize(USER_RECORD, { seed: 1 });
    const b = anonymize(USER_RECORD, { seed: 2 });
    expect(str(a, 'userIdentity', 'accountId')).not.toBe(str(b, 'userIdentity', 'accountId'));
    expect(str(a, 'userIdentity', 'accessKeyId')).not.toBe(str(b, 'userIdentity', 'accessKeyId'));
    expect(str(a, 'userIdentity', 'principalId')).not.toBe(str(b, 'userIdentity', 'principalId'));
  });

  it('keeps the mapping of one anonymizer across calls, and shows it', () => {
    const anonymizer = createAnonymizer({ seed: SEED });
    const a = anonymizer.anonymize({ recipientAccountId: '111122223333' });
    const b = anonymizer.anonymize({ note: 'owner 111122223333' });
    expect(b.note).toBe(`owner ${a.recipientAccountId}`);
    const view = anonymizer.mapping();
    expect(view.accountId.get('111122223333')).toBe(a.recipientAccountId);
    expect(view.ipv4.size).toBe(0);
    // The view is a snapshot: changing it leaves the anonymizer alone.
    (view.accountId as Map<string, string>).set('999999999999', '000000000000');
    expect(anonymizer.mapping().accountId.has('999999999999')).toBe(false);
    expect(Object.isFrozen(view)).toBe(true);
  });

  it('re-draws on collisions: thousands of addresses and names stay distinct', () => {
    const records = Array.from({ length: 3000 }, (_, i) => ({
      sourceIPAddress: `11.${(i >> 8) & 255}.${i & 255}.7`,
      userIdentity: { userName: `person${i}` },
    }));
    const out = anonymizeLogFile({ Records: records }, { seed: SEED });
    const ips = out.Records.map((r) => str(r, 'sourceIPAddress'));
    const names = out.Records.map((r) => str(r, 'userIdentity', 'userName'));
    expect(new Set(ips).size).toBe(3000);
    expect(ips.every((ip) => isIPv4(ip))).toBe(true);
    expect(new Set(names).size).toBe(3000);
    expect(names.every((n) => /^user-[0-9a-f]{4,}$/.test(n))).toBe(true);
  });

  it('copies any JSON value with its shape, numbers and booleans', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const out = anonymize(value, { seed: 3 });
        expect(JSON.stringify(anonymize(value, { seed: 3 }))).toBe(JSON.stringify(out));
        // As many keys, in the same order (a key that holds an identifier,
        // such as an email, is renamed), and the same non-string leaves.
        const stack: Array<[unknown, unknown]> = [[value, out]];
        while (stack.length > 0) {
          const [x, y] = stack.pop() as [unknown, unknown];
          if (typeof x === 'object' && x !== null) {
            const [kx, ky] = [Object.keys(x), Object.keys(y as object)];
            expect(ky).toHaveLength(kx.length);
            if (Array.isArray(x)) expect(ky).toEqual(kx);
            if (x !== value) expect(y).not.toBe(x);
            kx.forEach((k, i) => stack.push([(x as Json)[k], (y as Json)[ky[i] as string]]));
          } else if (typeof x === 'string') {
            expect(typeof y).toBe('string');
          } else {
            expect(y).toBe(x);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps both values when two property names meet in one replacement', () => {
    const value = { userIdentity: { type: 'IAMUser', userName: 'alice' }, requestParameters: { tags: { alice: 1, Alice: 2, 'a@b.cd': 3 } } };
    const tags = (anonymize(value, { seed: 3 }) as { requestParameters: { tags: Json } }).requestParameters.tags;
    expect(Object.values(tags)).toEqual([1, 2, 3]);
    expect(Object.keys(tags).some((k) => /alice|a@b\.cd/i.test(k))).toBe(false);
    expect(new Set(Object.keys(tags)).size).toBe(3);
  });
});

describe('hostile input', () => {
  it('keeps __proto__, constructor and prototype keys as own data and pollutes nothing', () => {
    const before = Object.getOwnPropertyNames(Object.prototype);
    const input = JSON.parse(
      '{"requestParameters":{"__proto__":{"polluted":"111122223333"},"constructor":{"prototype":{"polluted":"81.2.69.160"}},"prototype":"x"}}',
    ) as unknown;
    const out = anonymize(input, { seed: SEED });
    const params = obj(out, 'requestParameters');
    expect(Object.getPrototypeOf(params)).toBe(Object.prototype);
    expect(Object.keys(params)).toEqual(['__proto__', 'constructor', 'prototype']);
    const proto = Object.getOwnPropertyDescriptor(params, '__proto__');
    expect(proto?.enumerable).toBe(true);
    const polluted = (proto?.value as Json)['polluted'];
    expect(polluted).toMatch(/^\d{12}$/);
    expect(polluted).not.toBe('111122223333');
    expect(str(params, 'constructor', 'prototype', 'polluted')).not.toBe('81.2.69.160');
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(before);
    expect(({} as Json)['polluted']).toBeUndefined();
  });

  it('handles a requestParameters nested 100,000 levels deep', () => {
    const depth = 100_000;
    let nested: Json = { owner: '111122223333' };
    for (let i = 0; i < depth; i++) nested = { inner: nested };
    const input = { eventVersion: '1.08', requestParameters: nested };
    const out = anonymize(input, { seed: SEED });
    let node = obj(out, 'requestParameters');
    let source = nested;
    let levels = 0;
    let shared = 0;
    while ('inner' in node) {
      // Compared by hand: expect() on objects this deep overflows by itself.
      if (node === source) shared++;
      node = obj(node, 'inner');
      source = obj(source, 'inner');
      levels++;
    }
    expect(levels).toBe(depth);
    expect(shared).toBe(0);
    expect(node['owner']).toMatch(/^\d{12}$/);
    expect(node['owner']).not.toBe('111122223333');
    expect(source['owner']).toBe('111122223333');
  });

  it('keeps other top-level properties of a log file, and anonymizes a value without Records all the same', () => {
    const file = { Records: [{ recipientAccountId: '111122223333' }], digest: { note: 'kept' } };
    const out = anonymizeLogFile(file, { seed: SEED });
    expect(Object.keys(out)).toEqual(['Records', 'digest']);
    expect(out.digest).toEqual({ note: 'kept' });
    const notAFile = anonymizeLogFile({ owner: '111122223333' } as unknown as { Records: unknown[] }, { seed: SEED });
    expect((notAFile as unknown as Json)['owner']).toMatch(/^\d{12}$/);
    expect((notAFile as unknown as Json)['owner']).not.toBe('111122223333');
  });
});
