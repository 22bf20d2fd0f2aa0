import { MAX_KEY_BYTES, utf8LengthUpTo } from './keyParts.js';
import type { ObjectKey } from './ObjectKey.js';
import { notCloudTrail, notTextReason, readKey } from './readKey.js';

/**
 * Classifies a key of a trail bucket: a log file, an Insights,
 * network-activity or aggregated-events file, a digest or a backfill digest,
 * with what its folders and name tell (prefix, organization, account,
 * region, day, delivery time, unique string; trail name and home region for
 * digests); or `'not-cloudtrail'` and why.
 *
 * The key is read from its end, where the layout is fixed, so a prefix may
 * hold any text, slashes and `AWSLogs` included. The file name must agree
 * with the folders (account, region, service, day), or the key is refused.
 * Keys longer than S3's 1024 bytes are refused before anything else is
 * looked at; the work is one pass over the key. It never throws.
 *
 * @example
 * import { parseObjectKey } from 'cloudtrail-codecs/object-keys';
 * const k = parseObjectKey('logs/AWSLogs/111122223333/CloudTrail/us-east-1/2026/03/02/111122223333_CloudTrail_us-east-1_20260302T1005Z_Mu0KsOhtH1ar15ZZ.json.gz');
 * k.kind; // 'log'
 * if (k.kind === 'log') [k.prefix, k.accountId, k.region, k.date]; // ['logs/', '111122223333', 'us-east-1', '2026-03-02']
 * parseObjectKey('AWSLogs/111122223333/CloudTrail/').kind; // 'not-cloudtrail'
 * const d = parseObjectKey('AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2026/03/02/111122223333_CloudTrail-Digest_us-east-1_org_trail_us-west-2_20260302T100000Z_backfill.json.gz');
 * if (d.kind === 'backfill-digest') d.trailName; // 'org_trail'
 */
export function parseObjectKey(key: string): ObjectKey {
  if (typeof key !== 'string') return notCloudTrail('', notTextReason('key', key));
  if (utf8LengthUpTo(key, MAX_KEY_BYTES) > MAX_KEY_BYTES) return notCloudTrail(key, `the key is longer than S3's ${MAX_KEY_BYTES} bytes`);
  return readKey(key);
}
