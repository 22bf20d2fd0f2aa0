import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  objectKeyOf,
  parseObjectKey,
  type DigestKeyParts,
  type LogKeyParts,
  type ObjectKey,
  type ObjectKeyParts,
  type UnnamedKeyParts,
} from '../../src/object-keys/index.js';

const ACCOUNT = '111122223333';
const UNIQUE = 'Mu0KsOhtH1ar15ZZ';

const FOLDER = {
  log: 'CloudTrail',
  insight: 'CloudTrail-Insight',
  'network-activity': 'CloudTrail-NetworkActivity',
  aggregated: 'CloudTrail-Aggregated',
  digest: 'CloudTrail-Digest',
  'backfill-digest': 'CloudTrail-Digest',
} as const;

// --- arbitraries: parts in their canonical form (prefix '' or ending in '/', time as text) ---

const digits = (n: number): fc.Arbitrary<string> => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const lowerDigits = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789');
const alnum = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');
const word = (min: number, max: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: min, maxLength: max });

const region = fc.oneof(
  fc.constantFrom('us-east-1', 'us-gov-west-1', 'cn-north-1', 'eu-central-2', 'ap-southeast-5', 'il-central-1', 'mx-central-1', 'eusc-de-east-1'),
  fc
    .tuple(word(2, 4), fc.array(word(2, 12), { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 99 }))
    .map(([area, words, n]) => `${area}-${words.join('-')}-${n}`)
    // Region names are read up to 32 characters; real ones are half that.
    .filter((name) => name.length <= 32),
);
const organizationId = fc.option(
  fc.string({ unit: lowerDigits, minLength: 10, maxLength: 32 }).map((s) => `o-${s}`),
  { nil: undefined },
);
// Prefix folders of any text but `/`, including `AWSLogs`, empty folders, controls and non-Latin text.
const prefixFolder = fc.oneof(
  fc.constantFrom('AWSLogs', '', 'o-exampleorgid', ACCOUNT, 'CloudTrail', 'us-east-1', 'logs'),
  fc.string({ unit: 'binary', maxLength: 12 }).map((s) => s.split('/').join('')),
);
const prefix = fc.array(prefixFolder, { maxLength: 6 }).map((folders) => folders.map((f) => `${f}/`).join(''));
const extension = fc.constantFrom('json.gz' as const, 'json' as const);

// Minutes or seconds from 1970 to 9999, as the file name writes them.
const MAX_MS = Date.UTC(9999, 11, 31, 23, 59, 59);
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const timeText = (seconds: boolean): fc.Arbitrary<string> =>
  fc.integer({ min: 0, max: Math.floor(MAX_MS / 1000) }).map((s) => {
    const d = new Date((seconds ? s : s - (s % 60)) * 1000);
    return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${seconds ? pad(d.getUTCSeconds()) : ''}Z`;
  });

const trailName = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'abcXYZ019._-'), minLength: 1, maxLength: 128 }),
  fc
    .array(fc.oneof(fc.constantFrom('backfill', 'us-east-1', '20260302T100000Z', 'my', 'trail', ''), word(1, 8)), { minLength: 1, maxLength: 8 })
    .map((parts) => parts.join('_'))
    .filter((name) => name.length >= 1 && name.length <= 128),
);

const common = { prefix, organizationId, accountId: digits(12), region, extension };

const logParts: fc.Arbitrary<LogKeyParts> = fc.record({
  ...common,
  kind: fc.constantFrom('log' as const, 'insight' as const, 'network-activity' as const, 'aggregated' as const),
  deliveryTime: timeText(false),
  uniqueString: fc.string({ unit: alnum, minLength: 16, maxLength: 16 }),
  uniqueSeparator: fc.constantFrom('_' as const, '' as const),
});

const digestParts: fc.Arbitrary<DigestKeyParts> = fc.record({
  ...common,
  kind: fc.constantFrom('digest' as const, 'backfill-digest' as const),
  trailName,
  homeRegion: region,
  deliveryTime: timeText(true),
});

const unnamedParts: fc.Arbitrary<UnnamedKeyParts> = fc
  .record({
    prefix,
    organizationId,
    accountId: digits(12),
    region,
    kind: fc.constantFrom('network-activity' as const, 'aggregated' as const),
    date: fc.integer({ min: 0, max: Math.floor(MAX_MS / 86_400_000) }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10)),
    stem: fc.string({ unit: 'binary', maxLength: 40 }).map((s) => s.split('/').join('')),
    extension,
  })
  .map(({ stem, extension: ext, ...rest }) => ({ ...rest, fileName: `${stem}.${ext}` }));

// The expected key, written out here independently of the builder.
function expectedKey(p: LogKeyParts | DigestKeyParts | UnnamedKeyParts): { key: string; date: string } {
  const time = typeof p.deliveryTime === 'string' ? p.deliveryTime : '';
  const date = 'date' in p ? p.date : `${time.slice(0, 4)}-${time.slice(4, 6)}-${time.slice(6, 8)}`;
  const ext = p.extension ?? 'json.gz';
  const name =
    p.kind === 'digest' || p.kind === 'backfill-digest'
      ? `${p.accountId}_CloudTrail-Digest_${p.region}_${p.trailName}_${p.homeRegion}_${time}${p.kind === 'backfill-digest' ? '_backfill' : ''}.${ext}`
      : 'uniqueString' in p
        ? `${p.accountId}_${FOLDER[p.kind]}_${p.region}_${time}${p.uniqueSeparator ?? '_'}${p.uniqueString}.${ext}`
        : 'fileName' in p
          ? p.fileName
          : '';
  const org = p.organizationId === undefined ? '' : `${p.organizationId}/`;
  return { key: `${p.prefix ?? ''}AWSLogs/${org}${p.accountId}/${FOLDER[p.kind]}/${p.region}/${date.split('-').join('/')}/${name}`, date };
}

function timeOf(text: string): Date {
  const n = (a: number, b: number): number => Number(text.slice(a, b));
  const seconds = text.length === 16 ? n(13, 15) : 0;
  const d = new Date(0);
  d.setUTCFullYear(n(0, 4), n(4, 6) - 1, n(6, 8));
  d.setUTCHours(n(9, 11), n(11, 13), seconds, 0);
  return d;
}

describe('objectKeyOf: round trips', () => {
  it('parse(build(x)) is x, for log, Insights, network-activity and aggregated keys', () => {
    fc.assert(
      fc.property(logParts, (p) => {
        const built = objectKeyOf(p);
        const { key, date } = expectedKey(p);
        const time = p.deliveryTime as string;
        const expected: ObjectKey = {
          kind: p.kind,
          key,
          prefix: p.prefix ?? '',
          organizationId: p.organizationId,
          accountId: p.accountId,
          region: p.region,
          date: date as `${number}-${number}-${number}`,
          fileName: key.slice(key.lastIndexOf('/') + 1),
          extension: p.extension ?? 'json.gz',
          deliveryTime: { text: time, time: timeOf(time) },
          uniqueString: p.uniqueString,
          uniqueSeparator: p.uniqueSeparator ?? '_',
        };
        expect(built).toEqual(expected);
        expect(parseObjectKey(key)).toEqual(expected);
        if (built.kind !== 'not-cloudtrail') expect(objectKeyOf(built)).toEqual(built);
      }),
      { numRuns: 300 },
    );
  });

  it('parse(build(x)) is x, for digests and backfill digests, whatever the trail name', () => {
    fc.assert(
      fc.property(digestParts, (p) => {
        const built = objectKeyOf(p);
        const { key, date } = expectedKey(p);
        const time = p.deliveryTime as string;
        expect(built).toEqual({
          kind: p.kind,
          key,
          prefix: p.prefix ?? '',
          organizationId: p.organizationId,
          accountId: p.accountId,
          region: p.region,
          date,
          fileName: key.slice(key.lastIndexOf('/') + 1),
          extension: p.extension ?? 'json.gz',
          trailName: p.trailName,
          homeRegion: p.homeRegion,
          deliveryTime: { text: time, time: timeOf(time) },
        });
        expect(parseObjectKey(key)).toEqual(built);
        if (built.kind !== 'not-cloudtrail') expect(objectKeyOf(built)).toEqual(built);
      }),
      { numRuns: 300 },
    );
  });

  it('parse(build(x)) is x, for network-activity and aggregated files named otherwise', () => {
    fc.assert(
      fc.property(unnamedParts, (p) => {
        const built = objectKeyOf(p);
        const { key } = expectedKey(p);
        expect(built.key).toBe(key);
        expect(built).toMatchObject({ kind: p.kind, prefix: p.prefix, accountId: p.accountId, region: p.region, date: p.date, fileName: p.fileName });
        expect(parseObjectKey(key)).toEqual(built);
        if (built.kind !== 'not-cloudtrail') expect(objectKeyOf(built)).toEqual(built);
      }),
      { numRuns: 200 },
    );
  });

  it('gives back every parsed key exactly', () => {
    const keys = [
      `AWSLogs/${ACCOUNT}/CloudTrail/us-east-2/2015/08/01/111122223333_CloudTrail_us-east-2_20150801T0210Z_${UNIQUE}.json.gz`,
      `//AWSLogs/o-exampleorgid/${ACCOUNT}/CloudTrail/us-east-1/2026/03/02/111122223333_CloudTrail_us-east-1_20260302T1005Z${UNIQUE}.json`,
      `a/AWSLogs/b/AWSLogs/${ACCOUNT}/CloudTrail-Digest/us-east-1/2026/03/02/111122223333_CloudTrail-Digest_us-east-1_my_trail_name_us-west-2_20260302T100000Z_backfill.json.gz`,
      `AWSLogs/${ACCOUNT}/CloudTrail-NetworkActivity/us-east-1/2026/03/02/whatever.json.gz`,
    ];
    for (const key of keys) {
      const k = parseObjectKey(key);
      expect(k.kind).not.toBe('not-cloudtrail');
      if (k.kind !== 'not-cloudtrail') expect(objectKeyOf(k).key).toBe(key);
    }
  });
});

describe('objectKeyOf: what it accepts', () => {
  const log: LogKeyParts = { kind: 'log', accountId: ACCOUNT, region: 'us-east-1', deliveryTime: '20260302T1005Z', uniqueString: UNIQUE };
  const digest: DigestKeyParts = { kind: 'digest', accountId: ACCOUNT, region: 'us-east-1', trailName: 't', homeRegion: 'us-east-1', deliveryTime: '20260302T100000Z' };

  it('adds the "/" a prefix lacks', () => {
    expect(objectKeyOf({ ...log, prefix: 'logs' }).key).toBe(objectKeyOf({ ...log, prefix: 'logs/' }).key);
    expect(objectKeyOf({ ...log, prefix: 'logs' }).key.startsWith('logs/AWSLogs/')).toBe(true);
    expect(objectKeyOf({ ...log, prefix: '' }).key.startsWith('AWSLogs/')).toBe(true);
  });

  it('takes times as text, as a Date, or as a parsed DeliveryTime', () => {
    const fromDate = objectKeyOf({ ...log, deliveryTime: new Date(Date.UTC(2026, 2, 2, 10, 5)) });
    expect(fromDate.key).toBe(objectKeyOf(log).key);
    expect(objectKeyOf({ ...log, deliveryTime: { text: '20260302T1005Z', time: new Date(0) } }).key).toBe(objectKeyOf(log).key);
    expect(objectKeyOf({ ...digest, deliveryTime: new Date(Date.UTC(2026, 2, 2, 10, 0, 0)) }).key).toBe(objectKeyOf(digest).key);
    // Year 0099: not a two-digit year to Date.UTC.
    const early = new Date(Date.UTC(2000, 0, 1));
    early.setUTCFullYear(99);
    const k = objectKeyOf({ ...log, deliveryTime: early });
    expect(k.kind === 'log' && k.deliveryTime.text).toBe('00990101T0000Z');
    expect(k.kind === 'log' && k.deliveryTime.time.getUTCFullYear()).toBe(99);
  });

  it('refuses a time finer than the name holds, or no time', () => {
    const cases: Array<[ObjectKeyParts, string]> = [
      [{ ...log, deliveryTime: new Date(Date.UTC(2026, 2, 2, 10, 5, 30)) }, 'cannot build a key: deliveryTime 2026-03-02T10:05:30.000Z is finer than the file name\'s minutes'],
      [{ ...digest, deliveryTime: new Date(Date.UTC(2026, 2, 2, 10, 0, 0, 5)) }, "cannot build a key: deliveryTime 2026-03-02T10:00:00.005Z is finer than the file name's seconds"],
      [{ ...log, deliveryTime: new Date(Number.NaN) }, 'cannot build a key: deliveryTime is an invalid Date'],
      [{ ...log, deliveryTime: new Date(Date.UTC(10000, 0, 1)) }, "cannot build a key: deliveryTime's year 10000 does not have 4 digits"],
      [{ ...log, deliveryTime: '20260302T100500Z' }, 'cannot build a key: deliveryTime "20260302T100500Z" is not a YYYYMMDDTHHmmZ time'],
      [{ ...digest, deliveryTime: '20260302T1005Z' }, 'cannot build a key: deliveryTime "20260302T1005Z" is not a YYYYMMDDTHHmmssZ time'],
      [{ ...log, deliveryTime: 1_700_000_000_000 as unknown as string }, 'cannot build a key: deliveryTime is (number), not YYYYMMDDTHHmmZ text or a Date'],
    ];
    for (const [parts, reason] of cases) expect(objectKeyOf(parts)).toEqual({ kind: 'not-cloudtrail', key: '', reason });
  });

  it('refuses parts that cannot make a CloudTrail key, with the reason', () => {
    const cases: Array<[unknown, string]> = [
      [{ ...log, accountId: '1111' }, 'accountId "1111" is not 12 digits'],
      [{ ...log, accountId: undefined }, 'accountId missing is not 12 digits'],
      [{ ...log, region: 'US-EAST-1' }, 'region "US-EAST-1" is not a region name'],
      [{ ...log, region: 'us-east-1/x' }, 'region "us-east-1/x" is not a region name'],
      [{ ...log, organizationId: 'o-1' }, 'organizationId "o-1" is not "o-" and 10 to 32 lowercase letters or digits'],
      [{ ...log, prefix: 7 }, 'prefix is not a string'],
      [{ ...log, extension: 'log.gz' }, 'extension "log.gz" is not "json.gz" or "json"'],
      [{ ...log, kind: 'config' }, 'kind "config" is not a kind of CloudTrail file'],
      [{ ...log, kind: 'not-cloudtrail' }, 'kind "not-cloudtrail" is not a kind of CloudTrail file'],
      [{ ...log, kind: 'toString' }, 'kind "toString" is not a kind of CloudTrail file'],
      [{ ...log, uniqueString: 'short' }, 'uniqueString "short" is not 16 letters and digits'],
      [{ ...log, uniqueSeparator: '-' }, 'uniqueSeparator "-" is not "_" or ""'],
      [{ ...digest, trailName: 'a/b' }, 'trailName "a/b" is not 1 to 128 letters, digits, ".", "_" or "-"'],
      [{ ...digest, trailName: '' }, 'trailName "" is not 1 to 128 letters, digits, ".", "_" or "-"'],
      [{ ...digest, homeRegion: 'home' }, 'homeRegion "home" is not a region name'],
      [{ kind: 'aggregated', accountId: ACCOUNT, region: 'us-east-1', date: '2026-02-30', fileName: 'x.json.gz' }, 'date "2026-02-30": day folder "30" is not a day of 2026-02'],
      [{ kind: 'aggregated', accountId: ACCOUNT, region: 'us-east-1', date: '20260302', fileName: 'x.json.gz' }, 'date "20260302" is not YYYY-MM-DD'],
      [{ kind: 'aggregated', accountId: ACCOUNT, region: 'us-east-1', date: '2026-03-02', fileName: 'a/x.json.gz' }, 'fileName "a/x.json.gz" is not a file name'],
      [{ kind: 'log', accountId: ACCOUNT, region: 'us-east-1', date: '2026-03-02', fileName: 'x.json.gz' }, 'deliveryTime is missing, not YYYYMMDDTHHmmZ text or a Date'],
      [null, 'the parts are not an object'],
      ['AWSLogs/x', 'the parts are not an object'],
    ];
    for (const [parts, reason] of cases) {
      expect(objectKeyOf(parts as ObjectKeyParts), reason).toEqual({ kind: 'not-cloudtrail', key: '', reason: `cannot build a key: ${reason}` });
    }
  });

  it('gives the parser\'s reason when the key built is refused, and the unnamed file\'s name must still fit', () => {
    const long = objectKeyOf({ ...log, prefix: `${'p'.repeat(1000)}/` });
    expect(long).toMatchObject({ kind: 'not-cloudtrail', reason: "the key is longer than S3's 1024 bytes" });
    expect(objectKeyOf({ kind: 'aggregated', accountId: ACCOUNT, region: 'us-east-1', date: '2026-03-02', fileName: 'notes.txt' })).toMatchObject({
      kind: 'not-cloudtrail',
      reason: 'file name "notes.txt" does not end in .json.gz',
    });
  });

  it('never throws on hostile parts', () => {
    const boom = (): never => {
      throw new Error('boom');
    };
    const throwing = new Proxy({}, {
      get() {
        throw new Error('boom');
      },
      has() {
        throw new Error('boom');
      },
      getOwnPropertyDescriptor() {
        throw new Error('boom');
      },
    });
    const getter = Object.defineProperty({ ...log }, 'accountId', {
      get() {
        throw new Error('boom');
      },
      enumerable: true,
    });
    const { proxy, revoke } = Proxy.revocable({ ...log }, {});
    revoke();
    const fakeDate = Object.create(Date.prototype) as Date;
    class LyingDate extends Date {
      override getTime(): number {
        throw new Error('boom');
      }
      override getUTCFullYear(): number {
        throw new Error('boom');
      }
    }
    const lying = objectKeyOf({ ...log, deliveryTime: new LyingDate(Date.UTC(2026, 2, 2, 10, 5)) });
    expect(lying.key).toBe(objectKeyOf(log).key);
    const badKind = { ...log, kind: { toString: boom } };
    expect(objectKeyOf(badKind as unknown as ObjectKeyParts)).toMatchObject({ reason: 'cannot build a key: kind (object) is not a kind of CloudTrail file' });
    for (const parts of [throwing, getter, proxy, { ...log, deliveryTime: fakeDate }, { ...log, deliveryTime: throwing }, 42, undefined, []]) {
      const k = objectKeyOf(parts as ObjectKeyParts);
      expect(k.kind).toBe('not-cloudtrail');
    }
  });
});
