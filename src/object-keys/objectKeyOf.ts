import {
  FOLDER_OF_KIND,
  dayOfFileTime,
  dayProblem,
  fileTimeOf,
  isAccountId,
  isOrganizationId,
  isRegion,
  isTrailName,
  isUniqueString,
  quoted,
  readFileTime,
} from './keyParts.js';
import type { DeliveryTime, ObjectKey } from './ObjectKey.js';
import { ownValue } from '../core/ownValue.js';
import { parseObjectKey } from './parseObjectKey.js';
import { notCloudTrail } from './readKey.js';

/**
 * What every key is built from. A parsed key has all of these, so it can be
 * handed back as it is.
 *
 * @example
 * import type { KeyPartsBase } from 'cloudtrail-codecs/object-keys';
 * const where: KeyPartsBase = { prefix: 'logs', organizationId: 'o-exampleorgid', accountId: '111122223333', region: 'eu-west-1' };
 */
export interface KeyPartsBase {
  /**
   * The text before `AWSLogs/`; `''` when absent. A `/` is added when it
   * does not end in one, so `'logs'` and `'logs/'` both give `logs/AWSLogs/…`.
   */
  readonly prefix?: string;
  readonly organizationId?: string | undefined;
  readonly accountId: string;
  readonly region: string;
  /** `'json.gz'` when absent. */
  readonly extension?: 'json.gz' | 'json';
}

/**
 * A file-name time: the text (`20260302T1005Z` for logs, `20260302T100000Z`
 * for digests), a `Date` (whole minutes for logs, whole seconds for digests),
 * or a parsed key's {@link DeliveryTime}, whose text is used.
 *
 * @example
 * import type { DeliveryTimeInput } from 'cloudtrail-codecs/object-keys';
 * const times: DeliveryTimeInput[] = ['20260302T1005Z', new Date(Date.UTC(2026, 2, 2, 10, 5))];
 */
export type DeliveryTimeInput = string | Date | DeliveryTime;

/**
 * The parts of a log, Insights, network-activity or aggregated-events file key.
 *
 * @example
 * import { objectKeyOf, type LogKeyParts } from 'cloudtrail-codecs/object-keys';
 * const parts: LogKeyParts = { kind: 'log', accountId: '111122223333', region: 'us-east-1', deliveryTime: '20260302T1005Z', uniqueString: 'Mu0KsOhtH1ar15ZZ' };
 * objectKeyOf(parts).key; // 'AWSLogs/111122223333/CloudTrail/us-east-1/2026/03/02/111122223333_CloudTrail_us-east-1_20260302T1005Z_Mu0KsOhtH1ar15ZZ.json.gz'
 */
export interface LogKeyParts extends KeyPartsBase {
  readonly kind: 'log' | 'insight' | 'network-activity' | 'aggregated';
  readonly deliveryTime: DeliveryTimeInput;
  readonly uniqueString: string;
  /** `'_'` (the default) or `''` for the variant without `_` before the unique string. */
  readonly uniqueSeparator?: '_' | '';
}

/**
 * The parts of a network-activity or aggregated-events key whose file name
 * does not follow the log pattern: the day and the name as they are.
 *
 * @example
 * import { objectKeyOf, type UnnamedKeyParts } from 'cloudtrail-codecs/object-keys';
 * const parts: UnnamedKeyParts = { kind: 'aggregated', accountId: '111122223333', region: 'us-east-1', date: '2026-03-02', fileName: 'summary.json.gz' };
 * objectKeyOf(parts).key; // 'AWSLogs/111122223333/CloudTrail-Aggregated/us-east-1/2026/03/02/summary.json.gz'
 */
export interface UnnamedKeyParts extends KeyPartsBase {
  readonly kind: 'network-activity' | 'aggregated';
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** The file name; its extension decides `extension`, which is then not read. */
  readonly fileName: string;
  readonly deliveryTime?: undefined;
}

/**
 * The parts of a digest or backfill digest key.
 *
 * @example
 * import { objectKeyOf, type DigestKeyParts } from 'cloudtrail-codecs/object-keys';
 * const parts: DigestKeyParts = { kind: 'digest', accountId: '111122223333', region: 'us-east-1', trailName: 'my_trail', homeRegion: 'us-west-2', deliveryTime: '20260302T100000Z' };
 * objectKeyOf(parts).key; // 'AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2026/03/02/111122223333_CloudTrail-Digest_us-east-1_my_trail_us-west-2_20260302T100000Z.json.gz'
 */
export interface DigestKeyParts extends KeyPartsBase {
  readonly kind: 'digest' | 'backfill-digest';
  readonly trailName: string;
  readonly homeRegion: string;
  readonly deliveryTime: DeliveryTimeInput;
}

/**
 * What {@link objectKeyOf} builds a key from. Every parsed CloudTrail key is one.
 *
 * @example
 * import { objectKeyOf, parseObjectKey, type ObjectKeyParts } from 'cloudtrail-codecs/object-keys';
 * const k = parseObjectKey('AWSLogs/111122223333/CloudTrail/us-east-1/2026/03/02/111122223333_CloudTrail_us-east-1_20260302T1005Z_Mu0KsOhtH1ar15ZZ.json.gz');
 * // The same file under another prefix: every part can be handed back as parsed.
 * const parts: ObjectKeyParts | undefined = k.kind === 'not-cloudtrail' ? undefined : { ...k, prefix: 'archive/' };
 * if (parts !== undefined) objectKeyOf(parts).key.slice(0, 39); // 'archive/AWSLogs/111122223333/CloudTrail'
 */
export type ObjectKeyParts = LogKeyParts | UnnamedKeyParts | DigestKeyParts;

/**
 * Builds the key of a trail file from its parts, and reads it back: the
 * result is what {@link parseObjectKey} gives for the key built (its `key`
 * is the text), so `objectKeyOf(parseObjectKey(k))` gives `k` again for
 * every CloudTrail key. Parts that cannot form a CloudTrail key give
 * `'not-cloudtrail'` and why; it never throws.
 *
 * The day folder comes from `deliveryTime` (from `date` for an unnamed
 * file); a parsed key's `date`, `fileName` and `key` are not read, except
 * `fileName` for an unnamed file.
 *
 * @example
 * import { objectKeyOf } from 'cloudtrail-codecs/object-keys';
 * const k = objectKeyOf({ kind: 'backfill-digest', prefix: 'audit', organizationId: 'o-exampleorgid', accountId: '111122223333', region: 'eu-central-2', trailName: 'org-trail', homeRegion: 'us-east-1', deliveryTime: new Date(Date.UTC(2026, 2, 2, 10)) });
 * k.key; // 'audit/AWSLogs/o-exampleorgid/111122223333/CloudTrail-Digest/eu-central-2/2026/03/02/111122223333_CloudTrail-Digest_eu-central-2_org-trail_us-east-1_20260302T100000Z_backfill.json.gz'
 * objectKeyOf({ kind: 'log', accountId: '1111', region: 'us-east-1', deliveryTime: '20260302T1005Z', uniqueString: 'Mu0KsOhtH1ar15ZZ' }).kind; // 'not-cloudtrail'
 */
export function objectKeyOf(parts: ObjectKeyParts): ObjectKey {
  const built = buildKey(parts);
  if (typeof built !== 'string') return notCloudTrail('', `cannot build a key: ${built.problem}`);
  const parsed = parseObjectKey(built);
  const kind = ownValue(parts, 'kind');
  // Unreachable when the checks above are right; kept so that a gap in them
  // shows as a reason, not as a key of another kind.
  if (parsed.kind !== 'not-cloudtrail' && parsed.kind !== kind) {
    return notCloudTrail(built, `cannot build a key: it reads back as ${parsed.kind}`);
  }
  return parsed;
}

type Problem = { readonly problem: string };

function buildKey(parts: unknown): string | Problem {
  if (typeof parts !== 'object' || parts === null) return { problem: 'the parts are not an object' };
  const kind = ownValue(parts, 'kind');
  if (typeof kind !== 'string' || !Object.prototype.hasOwnProperty.call(FOLDER_OF_KIND, kind)) {
    return { problem: `kind ${quotedValue(kind)} is not a kind of CloudTrail file` };
  }
  const service = FOLDER_OF_KIND[kind as keyof typeof FOLDER_OF_KIND];
  const prefix = ownValue(parts, 'prefix') ?? '';
  const organizationId = ownValue(parts, 'organizationId');
  const accountId = ownValue(parts, 'accountId');
  const region = ownValue(parts, 'region');
  const extension = ownValue(parts, 'extension') ?? 'json.gz';
  if (typeof prefix !== 'string') return { problem: 'prefix is not a string' };
  if (organizationId !== undefined && !(typeof organizationId === 'string' && isOrganizationId(organizationId))) {
    return { problem: `organizationId ${quotedValue(organizationId)} is not "o-" and 10 to 32 lowercase letters or digits` };
  }
  if (!(typeof accountId === 'string' && isAccountId(accountId))) return { problem: `accountId ${quotedValue(accountId)} is not 12 digits` };
  if (!(typeof region === 'string' && isRegion(region))) return { problem: `region ${quotedValue(region)} is not a region name` };
  if (extension !== 'json.gz' && extension !== 'json') return { problem: `extension ${quotedValue(extension)} is not "json.gz" or "json"` };

  const name =
    kind === 'digest' || kind === 'backfill-digest'
      ? digestName(parts, accountId, region, kind === 'backfill-digest', extension)
      : logName(parts, kind, accountId, region, service, extension);
  if ('problem' in name) return name;
  const org = typeof organizationId === 'string' ? `${organizationId}/` : '';
  const start = prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`;
  return `${start}AWSLogs/${org}${accountId}/${service}/${region}/${name.day.split('-').join('/')}/${name.fileName}`;
}

/** A file name and the day folder it goes in. */
interface Named {
  readonly fileName: string;
  readonly day: string;
}

function quotedValue(u: unknown): string {
  return typeof u === 'string' ? quoted(u) : u === undefined ? 'missing' : `(${u === null ? 'null' : typeof u})`;
}

function timeText(u: unknown, seconds: boolean): string | Problem {
  const form = seconds ? 'YYYYMMDDTHHmmssZ' : 'YYYYMMDDTHHmmZ';
  if (typeof u === 'string') return readFileTime(u, seconds) !== undefined ? u : { problem: `deliveryTime ${quoted(u)} is not a ${form} time` };
  const ms = dateMillis(u);
  if (ms !== undefined) return fileTimeOf(new Date(ms), seconds);
  const text = ownValue(u, 'text');
  if (typeof text === 'string') return timeText(text, seconds);
  return { problem: `deliveryTime is ${quotedValue(u)}, not ${form} text or a Date` };
}

// The time of a real Date (of this realm or another, or a subclass), read by
// Date's own method so that an override cannot throw or lie; `undefined` for
// anything else.
function dateMillis(u: unknown): number | undefined {
  try {
    return Date.prototype.getTime.call(u);
  } catch {
    return undefined;
  }
}

function digestName(parts: object, accountId: string, region: string, backfill: boolean, extension: string): Named | Problem {
  const trailName = ownValue(parts, 'trailName');
  const homeRegion = ownValue(parts, 'homeRegion');
  if (!(typeof trailName === 'string' && isTrailName(trailName))) {
    return { problem: `trailName ${quotedValue(trailName)} is not 1 to 128 letters, digits, ".", "_" or "-"` };
  }
  if (!(typeof homeRegion === 'string' && isRegion(homeRegion))) return { problem: `homeRegion ${quotedValue(homeRegion)} is not a region name` };
  const time = timeText(ownValue(parts, 'deliveryTime'), true);
  if (typeof time !== 'string') return time;
  const fileName = `${accountId}_CloudTrail-Digest_${region}_${trailName}_${homeRegion}_${time}${backfill ? '_backfill' : ''}.${extension}`;
  return { fileName, day: dayOfFileTime(time) };
}

function logName(parts: object, kind: string, accountId: string, region: string, service: string, extension: string): Named | Problem {
  const deliveryTime = ownValue(parts, 'deliveryTime');
  if (deliveryTime === undefined && (kind === 'network-activity' || kind === 'aggregated')) {
    const fileName = ownValue(parts, 'fileName');
    const date = ownValue(parts, 'date');
    if (typeof date !== 'string' || date.length !== 10 || date.charAt(4) !== '-' || date.charAt(7) !== '-') {
      return { problem: `date ${quotedValue(date)} is not YYYY-MM-DD` };
    }
    const problem = dayProblem(date.slice(0, 4), date.slice(5, 7), date.slice(8, 10));
    if (problem !== undefined) return { problem: `date ${quoted(date)}: ${problem}` };
    if (typeof fileName !== 'string' || fileName === '' || fileName.includes('/')) {
      return { problem: `fileName ${quotedValue(fileName)} is not a file name` };
    }
    return { fileName, day: date };
  }
  const time = timeText(deliveryTime, false);
  if (typeof time !== 'string') return time;
  const unique = ownValue(parts, 'uniqueString');
  const separator = ownValue(parts, 'uniqueSeparator') ?? '_';
  if (!(typeof unique === 'string' && isUniqueString(unique))) return { problem: `uniqueString ${quotedValue(unique)} is not 16 letters and digits` };
  if (separator !== '_' && separator !== '') return { problem: `uniqueSeparator ${quotedValue(separator)} is not "_" or ""` };
  return { fileName: `${accountId}_${service}_${region}_${time}${separator}${unique}.${extension}`, day: dayOfFileTime(time) };
}
