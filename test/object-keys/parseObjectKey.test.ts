import { describe, expect, it } from 'vitest';
import {
  parseObjectKey,
  parseObjectPath,
  type CloudTrailObjectKey,
  type NotCloudTrailKey,
  type ObjectKey,
} from '../../src/object-keys/index.js';

const ACCOUNT = '111122223333';
const ORG = 'o-exampleorgid';
const UNIQUE = 'Mu0KsOhtH1ar15ZZ';
const DAY = '2026/03/02';

const logName = (service = 'CloudTrail', region = 'us-east-1', time = '20260302T1005Z', account = ACCOUNT): string =>
  `${account}_${service}_${region}_${time}_${UNIQUE}.json.gz`;
const digestName = (trail: string, opts: { region?: string; home?: string; time?: string; backfill?: boolean } = {}): string =>
  `${ACCOUNT}_CloudTrail-Digest_${opts.region ?? 'us-east-1'}_${trail}_${opts.home ?? 'us-west-2'}_${opts.time ?? '20260302T100000Z'}${opts.backfill === true ? '_backfill' : ''}.json.gz`;
const folder = (service: string, opts: { prefix?: string; org?: string; region?: string; day?: string } = {}): string =>
  `${opts.prefix ?? ''}AWSLogs/${opts.org === undefined ? '' : `${opts.org}/`}${ACCOUNT}/${service}/${opts.region ?? 'us-east-1'}/${opts.day ?? DAY}/`;

function trail(key: string): CloudTrailObjectKey {
  const k = parseObjectKey(key);
  if (k.kind === 'not-cloudtrail') throw new Error(`expected a CloudTrail key, got: ${k.reason}`);
  return k;
}

function refused(key: string): NotCloudTrailKey {
  const k = parseObjectKey(key);
  if (k.kind !== 'not-cloudtrail') throw new Error(`expected not-cloudtrail, got ${k.kind}`);
  return k;
}

// Characters that must never reach a reason raw: controls, C1, bidi and line separators.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('parseObjectKey: the documented layouts', () => {
  it('reads a log file key, the name AWS documents as its example', () => {
    const key = `AWSLogs/${ACCOUNT}/CloudTrail/us-east-2/2015/08/01/111122223333_CloudTrail_us-east-2_20150801T0210Z_Mu0KsOhtH1ar15ZZ.json.gz`;
    expect(parseObjectKey(key)).toEqual({
      kind: 'log',
      key,
      prefix: '',
      organizationId: undefined,
      accountId: ACCOUNT,
      region: 'us-east-2',
      date: '2015-08-01',
      fileName: '111122223333_CloudTrail_us-east-2_20150801T0210Z_Mu0KsOhtH1ar15ZZ.json.gz',
      extension: 'json.gz',
      deliveryTime: { text: '20150801T0210Z', time: new Date(Date.UTC(2015, 7, 1, 2, 10)) },
      uniqueString: 'Mu0KsOhtH1ar15ZZ',
      uniqueSeparator: '_',
    });
  });

  it('reads every kind, with and without an organization and a prefix', () => {
    const cases: Array<[string, string, ObjectKey['kind']]> = [
      ['CloudTrail', logName(), 'log'],
      ['CloudTrail-Insight', logName('CloudTrail-Insight'), 'insight'],
      ['CloudTrail-NetworkActivity', logName('CloudTrail-NetworkActivity'), 'network-activity'],
      ['CloudTrail-Aggregated', logName('CloudTrail-Aggregated'), 'aggregated'],
      ['CloudTrail-Digest', digestName('management'), 'digest'],
      ['CloudTrail-Digest', digestName('management', { backfill: true }), 'backfill-digest'],
    ];
    let seen = 0;
    for (const [service, name, kind] of cases) {
      for (const org of [undefined, ORG, 'o-abcdefghij0123456789abcdefghij01']) {
        for (const prefix of ['', 'logs/', 'a/b/c/', 'a/AWSLogs/b/', 'AWSLogs/', '/', 'x//', 'AWSLogs/o-exampleorgid/']) {
          const key = folder(service, { prefix, ...(org === undefined ? {} : { org }) }) + name;
          const k = trail(key);
          expect(k.kind).toBe(kind);
          expect(k).toMatchObject({ key, prefix, organizationId: org, accountId: ACCOUNT, region: 'us-east-1', date: '2026-03-02', fileName: name });
          expect(k.deliveryTime?.time.toISOString().slice(0, 10)).toBe('2026-03-02');
          seen++;
        }
      }
    }
    expect(seen).toBe(6 * 3 * 8);
  });

  it('reads an Insights file and keeps its delivery time exact', () => {
    const k = trail(folder('CloudTrail-Insight', { region: 'eu-central-2', day: '2026/12/31' }) + logName('CloudTrail-Insight', 'eu-central-2', '20261231T2359Z'));
    expect(k).toMatchObject({ kind: 'insight', region: 'eu-central-2', date: '2026-12-31', uniqueString: UNIQUE });
    expect(k.deliveryTime?.text).toBe('20261231T2359Z');
    expect(k.deliveryTime?.time.getTime()).toBe(Date.UTC(2026, 11, 31, 23, 59));
  });

  it('tolerates the documented variant without "_" before the unique string', () => {
    const name = `${ACCOUNT}_CloudTrail_us-east-1_20260302T1005Z${UNIQUE}.json.gz`;
    const k = trail(folder('CloudTrail') + name);
    expect(k).toMatchObject({ kind: 'log', uniqueString: UNIQUE, uniqueSeparator: '' });
    expect(k.deliveryTime?.text).toBe('20260302T1005Z');
    // Glued, but of the wrong length, it is not a name.
    expect(refused(`${folder('CloudTrail')}${ACCOUNT}_CloudTrail_us-east-1_20260302T1005Z${UNIQUE}X.json.gz`).reason).toMatch(/does not follow/);
  });

  it('accepts a gunzipped copy (.json) and says so', () => {
    const k = trail(folder('CloudTrail') + logName().replace(/\.gz$/, ''));
    expect(k.extension).toBe('json');
    expect(trail(folder('CloudTrail-Digest') + digestName('t').replace(/\.gz$/, '')).extension).toBe('json');
    expect(refused(folder('CloudTrail') + logName().replace(/\.json\.gz$/, '.gz')).reason).toBe(
      `file name "${ACCOUNT}_CloudTrail_us-east-1_20260302T1005Z_${UNIQUE}.gz" does not end in .json.gz`,
    );
  });

  it('reads a leap day, and refuses days that do not exist', () => {
    expect(trail(folder('CloudTrail', { day: '2024/02/29' }) + logName('CloudTrail', 'us-east-1', '20240229T0000Z')).date).toBe('2024-02-29');
    expect(refused(folder('CloudTrail', { day: '2026/02/29' }) + logName()).reason).toBe('day folder "29" is not a day of 2026-02');
    expect(refused(folder('CloudTrail', { day: '2026/13/01' }) + logName()).reason).toBe('month folder "13" is not 01 to 12');
    expect(refused(folder('CloudTrail', { day: '26/03/02' }) + logName()).reason).toBe('year folder "26" is not 4 digits');
    expect(refused(folder('CloudTrail', { day: '2026/3/02' }) + logName()).reason).toBe('month folder "3" is not 01 to 12');
    expect(refused(folder('CloudTrail') + logName('CloudTrail', 'us-east-1', '20260302T2460Z')).reason).toMatch(/does not follow/);
    expect(refused(folder('CloudTrail-Digest') + digestName('t', { time: '20260302T100060Z' })).reason).toBe(
      `file name "${digestName('t', { time: '20260302T100060Z' })}": time "20260302T100060Z" is not a YYYYMMDDTHHmmssZ time`,
    );
  });
});

describe('parseObjectKey: digests', () => {
  it('reads trail names with underscores from both ends', () => {
    const names = [
      'my_trail_name',
      'a_b_c_d_e_f',
      'trail_us-east-1', // ends in a region name
      'us-west-2_us-west-2',
      'backfill', // the backfill marker as a trail name
      'x_backfill',
      '20260302T100000Z', // a time as a trail name
      'management-events.v2',
      'a__b',
      'T'.repeat(128),
    ];
    for (const trailName of names) {
      for (const backfill of [false, true]) {
        const k = trail(folder('CloudTrail-Digest') + digestName(trailName, { backfill }));
        expect(k).toMatchObject({ kind: backfill ? 'backfill-digest' : 'digest', trailName, homeRegion: 'us-west-2' });
        expect(k.deliveryTime?.text).toBe('20260302T100000Z');
      }
    }
  });

  it('reads the example of the brief', () => {
    const key = `AWSLogs/${ACCOUNT}/CloudTrail-Digest/us-east-1/2026/03/02/111122223333_CloudTrail-Digest_us-east-1_my_trail_name_us-west-2_20260302T100000Z.json.gz`;
    expect(parseObjectKey(key)).toEqual({
      kind: 'digest',
      key,
      prefix: '',
      organizationId: undefined,
      accountId: ACCOUNT,
      region: 'us-east-1',
      date: '2026-03-02',
      fileName: key.slice(key.lastIndexOf('/') + 1),
      extension: 'json.gz',
      trailName: 'my_trail_name',
      homeRegion: 'us-west-2',
      deliveryTime: { text: '20260302T100000Z', time: new Date(Date.UTC(2026, 2, 2, 10)) },
    });
  });

  it('refuses digest names that lack a part or hold a bad one', () => {
    const base = folder('CloudTrail-Digest');
    expect(refused(`${base}${ACCOUNT}_CloudTrail-Digest_us-east-1_us-west-2_20260302T100000Z.json.gz`).reason).toMatch(/does not follow <account>_CloudTrail-Digest_/);
    expect(refused(base + digestName('t', { home: 'west' })).reason).toMatch(/home region "west" is not a region name/);
    expect(refused(base + digestName('bad name')).reason).toMatch(/trail name "bad name" is not 1 to 128/);
    expect(refused(base + digestName('T'.repeat(129))).reason).toMatch(/is not 1 to 128/);
    // A log file name in a digest folder.
    expect(refused(base + logName()).reason).toMatch(/^file name/);
  });

  it('checks the name against the folders, the day being that of the time', () => {
    const next = digestName('t', { time: '20260303T000000Z' });
    expect(refused(folder('CloudTrail-Digest') + next).reason).toBe(
      'file name does not match the folders: day "2026-03-03" in the name, "2026-03-02" in the folders',
    );
    expect(trail(folder('CloudTrail-Digest', { day: '2026/03/03' }) + next).date).toBe('2026-03-03');
    expect(refused(folder('CloudTrail-Digest', { region: 'eu-west-1' }) + digestName('t')).reason).toBe(
      'file name does not match the folders: region "us-east-1" in the name, "eu-west-1" in the folders',
    );
    expect(refused(folder('CloudTrail-Digest') + digestName('t').replace(ACCOUNT, '444455556666')).reason).toBe(
      'file name does not match the folders: account "444455556666" in the name, "111122223333" in the folders',
    );
  });
});

describe('parseObjectKey: the undocumented NetworkActivity and Aggregated names', () => {
  it('reads a name that follows the log pattern with its own service', () => {
    const k = trail(folder('CloudTrail-NetworkActivity') + logName('CloudTrail-NetworkActivity'));
    expect(k).toMatchObject({ kind: 'network-activity', uniqueString: UNIQUE });
    expect(k.deliveryTime?.text).toBe('20260302T1005Z');
  });

  it('classifies any other .json.gz name by its folders, with the name fields undefined', () => {
    for (const [service, kind] of [
      ['CloudTrail-NetworkActivity', 'network-activity'],
      ['CloudTrail-Aggregated', 'aggregated'],
    ] as const) {
      for (const name of ['events-0001.json.gz', logName('CloudTrail'), `${ACCOUNT}_${service}_us-east-1_20260302T1005Z_short.json.gz`, 'x.json']) {
        const k = trail(folder(service) + name);
        expect(k).toMatchObject({ kind, fileName: name, deliveryTime: undefined, uniqueString: undefined, uniqueSeparator: undefined });
      }
      expect(refused(`${folder(service)}README.txt`).reason).toBe('file name "README.txt" does not end in .json.gz');
    }
  });

  it('still refuses a name that follows the pattern but names another account, region or day', () => {
    const service = 'CloudTrail-NetworkActivity';
    expect(refused(folder(service) + logName(service, 'us-east-1', '20260302T1005Z', '444455556666')).reason).toMatch(/account "444455556666" in the name/);
    expect(refused(folder(service) + logName(service, 'us-west-2')).reason).toMatch(/region "us-west-2" in the name/);
    expect(refused(folder('CloudTrail-Aggregated') + logName('CloudTrail-Aggregated', 'us-east-1', '20260301T2355Z')).reason).toMatch(/day "2026-03-01" in the name/);
  });
});

describe('parseObjectKey: names that disagree with their folders', () => {
  it('refuses another account, region, service or day in a log file name', () => {
    const base = folder('CloudTrail');
    expect(refused(base + logName('CloudTrail', 'us-east-1', '20260302T1005Z', '444455556666')).reason).toBe(
      'file name does not match the folders: account "444455556666" in the name, "111122223333" in the folders',
    );
    expect(refused(base + logName('CloudTrail', 'eu-west-1')).reason).toBe(
      'file name does not match the folders: region "eu-west-1" in the name, "us-east-1" in the folders',
    );
    expect(refused(base + logName('CloudTrail-Insight')).reason).toBe(
      'file name does not match the folders: service "CloudTrail-Insight" in the name, "CloudTrail" in the folders',
    );
    expect(refused(folder('CloudTrail-Insight') + logName()).reason).toBe(
      'file name does not match the folders: service "CloudTrail" in the name, "CloudTrail-Insight" in the folders',
    );
    expect(refused(base + logName('CloudTrail', 'us-east-1', '20260303T0000Z')).reason).toBe(
      'file name does not match the folders: day "2026-03-03" in the name, "2026-03-02" in the folders',
    );
  });

  it('refuses a name that is not a log file name', () => {
    expect(refused(`${folder('CloudTrail')}${ACCOUNT}_CloudTrail_us-east-1_20260302T1005Z_${UNIQUE.slice(1)}.json.gz`).reason).toBe(
      `file name "${ACCOUNT}_CloudTrail_us-east-1_20260302T1005Z_${UNIQUE.slice(1)}.json.gz" does not follow <account>_CloudTrail_<region>_<YYYYMMDDTHHmmZ>_<16 letters or digits>.json.gz`,
    );
    expect(refused(`${folder('CloudTrail')}${ACCOUNT}_CloudTrail_us-east-1_20260302T100500Z_${UNIQUE}.json.gz`).reason).toMatch(/does not follow/);
    expect(refused(`${folder('CloudTrail')}${ACCOUNT}_CloudTrail_us-east-1_20260302T1005Z_${UNIQUE}_extra.json.gz`).reason).toMatch(/does not follow/);
  });
});

describe('parseObjectKey: regions by shape', () => {
  const at = (region: string): ObjectKey => parseObjectKey(folder('CloudTrail', { region }) + logName('CloudTrail', region));
  it('accepts every current shape', () => {
    for (const region of [
      'us-east-1',
      'us-gov-west-1',
      'cn-north-1',
      'cn-northwest-1',
      'eu-central-2',
      'ap-southeast-5',
      'il-central-1',
      'mx-central-1',
      'eusc-de-east-1',
      'us-iso-east-1',
      'us-isob-east-1',
      'eu-isoe-west-1',
      'af-south-1',
      'ap-east-2',
    ]) {
      expect(at(region).kind, region).toBe('log');
    }
  });

  it('refuses what is not a region', () => {
    for (const region of ['US-EAST-1', 'useast1', 'us-east', 'us-east-123', 'global', 'u-east-1', 'us--east-1', 'us-east-1-', 'us_east_1', 'aws-global']) {
      const k = at(region);
      expect(k.kind, region).toBe('not-cloudtrail');
      if (k.kind === 'not-cloudtrail' && !region.includes('_')) expect(k.reason).toBe(`region folder "${region}" is not a region name`);
    }
  });
});

describe('parseObjectKey: keys that are not CloudTrail files', () => {
  it('says why, for other services and other logs', () => {
    const cases: Array<[string, string]> = [
      ['logs/2026-03-02-10-00-00-ABCDEF0123456789', 'no AWSLogs/ folder'],
      ['2026-03-02-10-00-00-ABCDEF0123456789', 'no AWSLogs/ folder'],
      ['AWSLogs/1111/Config/us-east-1/2026/03/02/ConfigSnapshot/x.json.gz', 'account folder "1111" is not 12 digits'],
      [`AWSLogs/${ACCOUNT}/Config/us-east-1/2026/03/02/ConfigHistory/x.json.gz`, 'service folder "Config" is not one CloudTrail writes'],
      [`AWSLogs/${ACCOUNT}/elasticloadbalancing/us-east-1/2026/03/02/${ACCOUNT}_elasticloadbalancing_us-east-1_app.my-lb_20260302T1005Z_10.0.0.1_abc.log.gz`, 'service folder "elasticloadbalancing" is not one CloudTrail writes'],
      [`AWSLogs/${ACCOUNT}/vpcflowlogs/us-east-1/2026/03/02/${ACCOUNT}_vpcflowlogs_us-east-1_fl-1234_20260302T1005Z_hash.log.gz`, 'service folder "vpcflowlogs" is not one CloudTrail writes'],
      [`AWSLogs/${ACCOUNT}/cloudtrail/us-east-1/2026/03/02/${logName()}`, 'service folder "cloudtrail" is not one CloudTrail writes'],
      [`AWSLogs/o-short/${ACCOUNT}/CloudTrail/us-east-1/2026/03/02/${logName()}`, 'organization folder "o-short" is not "o-" and 10 to 32 lowercase letters or digits'],
      [`AWSLogs/o-EXAMPLEORGID/${ACCOUNT}/CloudTrail/us-east-1/2026/03/02/${logName()}`, 'organization folder "o-EXAMPLEORGID" is not "o-" and 10 to 32 lowercase letters or digits'],
      [`AWSLogs/${ACCOUNT}/CloudTrail/us-east-1/2026/03/02/extra/${logName()}`, 'unexpected folder "extra" after the day folder'],
      [`AWSLogs/${ACCOUNT}/CloudTrail/us-east-1/2026/03/02/${logName()}/more`, 'unexpected folder "111122223333_CloudTrail_us-east-1_20260302T1005Z_Mu0KsOhtH1ar15ZZ.json.gz" after the day folder'],
      ['', 'the key is empty'],
    ];
    for (const [key, reason] of cases) expect(refused(key).reason, key).toBe(reason);
  });

  it('says that a folder is a folder', () => {
    const cases: Array<[string, string]> = [
      [`AWSLogs/${ACCOUNT}/CloudTrail/`, 'the key ends in "/": a folder, not a file'],
      [`AWSLogs/`, 'the key ends in "/": a folder, not a file'],
      [`${folder('CloudTrail')}`, 'the key ends in "/": a folder, not a file'],
      [`logs/`, 'the key ends in "/": a folder, not a file'],
      [`AWSLogs`, 'the key ends at AWSLogs: a folder, not a file'],
      [`AWSLogs/${ACCOUNT}`, 'the key ends at the account folder "111122223333": a folder, not a file'],
      [`AWSLogs/${ORG}`, 'the key ends at the organization folder "o-exampleorgid": a folder, not a file'],
      [`AWSLogs/${ACCOUNT}/CloudTrail`, 'the key ends at the service folder "CloudTrail": a folder, not a file'],
      [`AWSLogs/${ACCOUNT}/CloudTrail/us-east-1`, 'the key ends at the region folder "us-east-1": a folder, not a file'],
      [`AWSLogs/${ORG}/${ACCOUNT}/CloudTrail/us-east-1/2026`, 'the key ends at the year folder "2026": a folder, not a file'],
      [`AWSLogs/${ACCOUNT}/CloudTrail/us-east-1/2026/03`, 'the key ends at the month folder "03": a folder, not a file'],
      [`AWSLogs/${ACCOUNT}/CloudTrail/us-east-1/2026/03/02`, 'the key ends at the day folder "02": a folder, not a file'],
    ];
    for (const [key, reason] of cases) expect(refused(key).reason, key).toBe(reason);
  });

  it('answers for values that are not strings, without throwing', () => {
    for (const [value, reason] of [
      [undefined, 'the key is undefined, not a string'],
      [null, 'the key is null, not a string'],
      [42, 'the key is a number, not a string'],
      [['AWSLogs'], 'the key is an array, not a string'],
      [{ toString: () => 'AWSLogs/' }, 'the key is an object, not a string'],
    ] as const) {
      expect(parseObjectKey(value as unknown as string)).toEqual({ kind: 'not-cloudtrail', key: '', reason });
    }
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(parseObjectKey(proxy as unknown as string)).toEqual({ kind: 'not-cloudtrail', key: '', reason: 'the key is an object, not a string' });
  });

  it('escapes control characters and bidi overrides in reasons, and keeps them short', () => {
    const keys = [
      `AWSLogs/1111\n22223333/CloudTrail/us-east-1/2026/03/02/${logName()}`,
      `AWSLogs/${ACCOUNT}/Cloud\u001b[31mTrail/us-east-1/2026/03/02/${logName()}`,
      `AWSLogs/${ACCOUNT}/CloudTrail/us-east-1\u202e/2026/03/02/${logName()}`,
      `AWSLogs/${ACCOUNT}/CloudTrail/us-east-1/2026/03/02/${logName().replace('_Mu0', '\u2028Mu0')}`,
      `AWSLogs/${ACCOUNT}/CloudTrail/us-east-1/2026/03/02/\u0000\u0085${'x'.repeat(500)}.json.gz`,
      `AWSLogs/${ACCOUNT}/CloudTrail-Digest/us-east-1/2026/03/02/${digestName('a\tb')}`,
      `AWSLogs/${ACCOUNT}/CloudTrail/us-east-1/2026/03/02/x"y.txt`,
    ];
    for (const key of keys) {
      const { reason } = refused(key);
      expect(reason, key).not.toMatch(UNSAFE);
      expect(reason.length, key).toBeLessThan(300);
    }
    expect(refused(keys[0] ?? '').reason).toBe('account folder "1111\\n22223333" is not 12 digits');
    expect(refused(keys[1] ?? '').reason).toBe('service folder "Cloud\\u001b[31mTrail" is not one CloudTrail writes');
    expect(refused(keys[2] ?? '').reason).toBe('region folder "us-east-1\\u202e" is not a region name');
    expect(refused(keys[4] ?? '').reason).toMatch(/^file name "\\u0000\\u0085x+…" does not follow/);
    expect(refused(keys[6] ?? '').reason).toBe('file name "x\\"y.txt" does not end in .json.gz');
  });
});

describe('parseObjectKey: bounded work', () => {
  it("reads a key of exactly S3's 1024 bytes and refuses one byte more", () => {
    const tail = folder('CloudTrail') + logName();
    const fill = (bytes: number, unit: string, unitBytes: number): string => `${unit.repeat(bytes / unitBytes)}/`;
    const ascii = fill(1024 - tail.length - 1, 'p', 1) + tail;
    expect(new TextEncoder().encode(ascii).length).toBe(1024);
    expect(parseObjectKey(ascii).kind).toBe('log');
    expect(refused(`p${ascii}`).reason).toBe("the key is longer than S3's 1024 bytes");

    // Two-byte characters: 1024 bytes is fewer than 1024 UTF-16 units.
    const room = 1024 - tail.length - 1;
    const even = room % 2 === 0 ? room : room - 1;
    const accented = `${'é'.repeat(even / 2)}${'p'.repeat(room - even)}/${tail}`;
    expect(new TextEncoder().encode(accented).length).toBe(1024);
    expect(parseObjectKey(accented).kind).toBe('log');
    expect(refused(`é${accented}`).reason).toBe("the key is longer than S3's 1024 bytes");
    // Four-byte characters (a surrogate pair each).
    const emoji = `${'😀'.repeat(200)}/${tail}`;
    expect(parseObjectKey(emoji).kind).toBe(new TextEncoder().encode(emoji).length <= 1024 ? 'log' : 'not-cloudtrail');
  });

  it('refuses a huge key at once, and its reason does not hold it', () => {
    const huge = `${'AWSLogs/'.repeat(1_000_000)}x`;
    const k = refused(huge);
    expect(k.reason).toBe("the key is longer than S3's 1024 bytes");
    expect(k.key).toBe(huge);
  });

  it('answers adversarial keys of 1024 characters with a reason', () => {
    const adversarial = [
      'AWSLogs/'.repeat(128),
      `${'AWSLogs/'.repeat(127)}AWSLogs`,
      '/'.repeat(1024),
      `AWSLogs/${ACCOUNT}/CloudTrail-Digest/us-east-1/2026/03/02/${ACCOUNT}_CloudTrail-Digest_us-east-1_${'_'.repeat(900)}`,
      `AWSLogs/${ACCOUNT}/CloudTrail-Digest/us-east-1/2026/03/02/${ACCOUNT}_CloudTrail-Digest_us-east-1_${'a_'.repeat(440)}us-west-2_20260302T100000Z.json.gz`,
      `AWSLogs/${ACCOUNT}/CloudTrail/${'a-'.repeat(480)}1/2026/03/02/${logName()}`,
      `AWSLogs/${ACCOUNT}/CloudTrail/us${'-east'.repeat(190)}-1/2026/03/02/x.json.gz`,
      `AWSLogs/o-${'a'.repeat(1000)}/x`,
      `AWSLogs/${'1'.repeat(1000)}/CloudTrail/us-east-1/2026/03/02/x.json.gz`,
      `AWSLogs/${ACCOUNT}/CloudTrail/us-east-1/${'9'.repeat(900)}/03/02/x.json.gz`,
      `${'a/'.repeat(500)}AWSLogs/${ACCOUNT}/CloudTrail`,
      `AWSLogs/${ACCOUNT}/CloudTrail/us-east-1/2026/03/02/${'.json'.repeat(190)}.gz`,
      `AWSLogs/${ACCOUNT}/CloudTrail-Aggregated/us-east-1/2026/03/02/${'_'.repeat(940)}.json.gz`,
    ].map((k) => k.slice(0, 1024));
    let classified = 0;
    for (const key of adversarial) {
      const k = parseObjectKey(key);
      if (k.kind === 'not-cloudtrail') expect(k.reason.length, key.slice(0, 60)).toBeLessThan(300);
      else classified++;
    }
    // Only the aggregated name of underscores classifies (by folder).
    expect(classified).toBe(1);
  });
});

describe('parseObjectPath: local copies made by aws s3 sync', () => {
  const tail = `AWSLogs/${ACCOUNT}/CloudTrail/us-east-1/2026/03/02/${logName()}`;
  it('reads POSIX, relative, Windows, UNC and mixed paths, the local part as prefix', () => {
    const cases: Array<[string, string]> = [
      [`/home/me/trail/${tail}`, '/home/me/trail/'],
      [`./trail/${tail}`, './trail/'],
      [tail, ''],
      [`C:\\trail\\${tail.split('/').join('\\')}`, 'C:/trail/'],
      [`\\\\server\\share\\logs\\${tail.split('/').join('\\')}`, '//server/share/logs/'],
      [`D:\\audit\\AWSLogs/${ACCOUNT}\\CloudTrail/us-east-1\\2026\\03\\02/${logName()}`, 'D:/audit/'],
    ];
    for (const [path, prefix] of cases) {
      const k = parseObjectPath(path);
      expect(k.kind, path).toBe('log');
      if (k.kind === 'log') {
        expect(k.prefix).toBe(prefix);
        expect(k.key).toBe(path.split('\\').join('/'));
        expect(k.accountId).toBe(ACCOUNT);
      }
    }
  });

  it('reads digests and organization trails from Windows paths', () => {
    const path = `C:\\Users\\me\\trail\\AWSLogs\\${ORG}\\${ACCOUNT}\\CloudTrail-Digest\\us-east-1\\2026\\03\\02\\${digestName('org_trail', { backfill: true })}`;
    expect(parseObjectPath(path)).toMatchObject({ kind: 'backfill-digest', prefix: 'C:/Users/me/trail/', organizationId: ORG, trailName: 'org_trail' });
  });

  it('keeps a backslash in an S3 key as a character', () => {
    const key = `C:\\trail\\${tail.split('/').join('\\')}`;
    expect(refused(key).reason).toBe('no AWSLogs/ folder');
    expect(parseObjectKey(`we\\ird/${tail}`)).toMatchObject({ kind: 'log', prefix: 'we\\ird/' });
  });

  it('refuses folders, long paths and non-strings with reasons', () => {
    expect(parseObjectPath('C:\\trail\\AWSLogs\\')).toMatchObject({ kind: 'not-cloudtrail', reason: 'the key ends in "/": a folder, not a file' });
    const deep = `/${'d/'.repeat(20_000)}${tail}`;
    expect(parseObjectPath(deep)).toMatchObject({ kind: 'not-cloudtrail', reason: 'the path is longer than 32767 characters' });
    // Paths may be longer than S3 keys.
    expect(parseObjectPath(`/${'d/'.repeat(2_000)}${tail}`).kind).toBe('log');
    expect(parseObjectPath(7 as unknown as string)).toEqual({ kind: 'not-cloudtrail', key: '', reason: 'the path is a number, not a string' });
  });
});
