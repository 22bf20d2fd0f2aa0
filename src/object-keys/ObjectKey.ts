/**
 * A day as the key's folders write it, `YYYY-MM-DD` (`'2026-03-02'`): text,
 * so that it compares, sorts and groups as it is, and matches
 * `eventTime.toISOString().slice(0, 10)`.
 *
 * @example
 * import type { DayText } from 'cloudtrail-codecs/object-keys';
 * const day: DayText = '2026-03-02';
 */
export type DayText = `${number}-${number}-${number}`;

/**
 * The time a file name carries: the exact text, and the instant it names.
 * Log files write minutes (`20260302T1005Z`), digests seconds
 * (`20260302T100000Z`); both are UTC.
 *
 * @example
 * import { parseObjectKey } from 'cloudtrail-codecs/object-keys';
 * const k = parseObjectKey('AWSLogs/111122223333/CloudTrail/us-east-1/2026/03/02/111122223333_CloudTrail_us-east-1_20260302T1005Z_Mu0KsOhtH1ar15ZZ.json.gz');
 * if (k.kind === 'log') k.deliveryTime.text; // '20260302T1005Z'
 * if (k.kind === 'log') k.deliveryTime.time.toISOString(); // '2026-03-02T10:05:00.000Z'
 */
export interface DeliveryTime {
  /** As written in the file name. */
  readonly text: string;
  /** The same instant. */
  readonly time: Date;
}

/**
 * What every CloudTrail key tells, from its folders: where the trail writes
 * (`prefix`), whose log it is (`organizationId`, `accountId`), the region and
 * the day; and the file's name and extension.
 *
 * @example
 * import { parseObjectKey, type ObjectKeyFields } from 'cloudtrail-codecs/object-keys';
 * const k = parseObjectKey('logs/AWSLogs/o-exampleorgid/111122223333/CloudTrail/eu-west-1/2026/03/02/111122223333_CloudTrail_eu-west-1_20260302T1005Z_Mu0KsOhtH1ar15ZZ.json.gz');
 * const fields: ObjectKeyFields | undefined = k.kind === 'not-cloudtrail' ? undefined : k;
 * fields?.prefix; // 'logs/'
 * fields?.organizationId; // 'o-exampleorgid'
 * fields?.date; // '2026-03-02'
 */
export interface ObjectKeyFields {
  /**
   * The key that was read. For {@link parseObjectPath}, the path with every
   * `\` turned into `/`.
   */
  readonly key: string;
  /**
   * The text before `AWSLogs/`, exactly: `''` when the key starts there,
   * otherwise ending in `/` (`'logs/'` for a trail whose S3 key prefix is
   * `logs`). Kept exact so that the key can be built back from its parts. For
   * a local path it is the local part: `'/home/me/trail/'`, `'C:/trail/'`.
   */
  readonly prefix: string;
  /** `o-` and 10 to 32 letters or digits, for an organization trail; else `undefined`. */
  readonly organizationId: string | undefined;
  /** The account whose log it is: 12 digits, in the folder and (checked equal) in the file name. */
  readonly accountId: string;
  /** The region the file covers, in the folder and (checked equal) in the file name. */
  readonly region: string;
  /** The day folder, checked equal to the day of the file name's time. */
  readonly date: DayText;
  /** The last segment of the key. */
  readonly fileName: string;
  /**
   * `'json.gz'` as CloudTrail writes; `'json'` for a copy someone has
   * gunzipped, so that a local folder still reads.
   */
  readonly extension: 'json.gz' | 'json';
}

/**
 * A log file (`kind` `'log'`: management and data events), an Insights file,
 * or a network-activity or aggregated-events file whose name follows the log
 * file pattern: `<account>_<service>_<region>_<YYYYMMDDTHHmmZ>_<unique>.json.gz`.
 *
 * @example
 * import { parseObjectKey } from 'cloudtrail-codecs/object-keys';
 * const k = parseObjectKey('AWSLogs/111122223333/CloudTrail-Insight/us-east-1/2026/03/02/111122223333_CloudTrail-Insight_us-east-1_20260302T1005Z_Mu0KsOhtH1ar15ZZ.json.gz');
 * k.kind; // 'insight'
 * if (k.kind === 'insight') k.uniqueString; // 'Mu0KsOhtH1ar15ZZ'
 */
export interface LogObjectKey extends ObjectKeyFields {
  readonly kind: 'log' | 'insight' | 'network-activity' | 'aggregated';
  /** The delivery time, in minutes. A file holds records from any time before it. */
  readonly deliveryTime: DeliveryTime;
  /** 16 letters and digits that keep names apart and mean nothing. */
  readonly uniqueString: string;
  /**
   * `'_'` as documented; `''` for the variant one AWS page shows, with the
   * unique string right after the time (`…_20260302T1005ZMu0KsOhtH1ar15ZZ.json.gz`).
   */
  readonly uniqueSeparator: '_' | '';
}

/**
 * A file in a `CloudTrail-NetworkActivity` or `CloudTrail-Aggregated` folder
 * whose name does not follow the log file pattern. AWS documents the folders
 * but not these names, so such a file is classified by its folders alone, and
 * the name's fields are `undefined`, rather than dropped as not CloudTrail.
 * A name that does follow the pattern but names another account, region or
 * day is still refused.
 *
 * @example
 * import { parseObjectKey } from 'cloudtrail-codecs/object-keys';
 * const k = parseObjectKey('AWSLogs/111122223333/CloudTrail-NetworkActivity/us-east-1/2026/03/02/vpce-events-0001.json.gz');
 * k.kind; // 'network-activity'
 * if (k.kind === 'network-activity') k.deliveryTime; // undefined
 */
export interface UnnamedObjectKey extends ObjectKeyFields {
  readonly kind: 'network-activity' | 'aggregated';
  readonly deliveryTime: undefined;
  readonly uniqueString: undefined;
  readonly uniqueSeparator: undefined;
}

/**
 * An hourly digest file:
 * `<account>_CloudTrail-Digest_<region>_<trailName>_<homeRegion>_<YYYYMMDDTHHmmssZ>.json.gz`,
 * or a backfill digest, which ends `_<time>_backfill.json.gz`.
 *
 * Backfill digests are a kind of their own: AWS writes them after the fact
 * (their S3 metadata carries `x-amz-meta-backfill-generation-timestamp`), and
 * a chain walk reports them apart from the hourly digests, so code that walks
 * a chain on `kind === 'digest'` must not pick them up by accident. Test both
 * kinds to take every digest.
 *
 * @example
 * import { parseObjectKey } from 'cloudtrail-codecs/object-keys';
 * const k = parseObjectKey('AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2026/03/02/111122223333_CloudTrail-Digest_us-east-1_my_trail_name_us-west-2_20260302T100000Z.json.gz');
 * if (k.kind === 'digest') k.trailName; // 'my_trail_name'
 * if (k.kind === 'digest') k.homeRegion; // 'us-west-2'
 */
export interface DigestObjectKey extends ObjectKeyFields {
  readonly kind: 'digest' | 'backfill-digest';
  /** The trail's name; it may hold underscores, so the file name is read from both ends. */
  readonly trailName: string;
  /** The region where the trail was created. */
  readonly homeRegion: string;
  /** The time in the file name, in seconds. */
  readonly deliveryTime: DeliveryTime;
}

/**
 * A key that is not a CloudTrail file, and why: `reason` is one line, and any
 * key text in it is quoted and escaped.
 *
 * @example
 * import { parseObjectKey } from 'cloudtrail-codecs/object-keys';
 * const k = parseObjectKey('logs/2026-03-02-10-00-00-ABCDEF0123456789');
 * if (k.kind === 'not-cloudtrail') k.reason; // 'no AWSLogs/ folder'
 */
export interface NotCloudTrailKey {
  readonly kind: 'not-cloudtrail';
  /** The key that was read (`''` when the input was not a string). */
  readonly key: string;
  readonly reason: string;
}

/**
 * What a key in a trail bucket is, discriminated on `kind`.
 *
 * @example
 * import { parseObjectKey, type ObjectKey } from 'cloudtrail-codecs/object-keys';
 * const label = (k: ObjectKey): string => {
 *   switch (k.kind) {
 *     case 'digest':
 *     case 'backfill-digest':
 *       return `digest of ${k.trailName}`;
 *     case 'not-cloudtrail':
 *       return k.reason;
 *     default:
 *       return `${k.kind} of ${k.accountId} in ${k.region}`;
 *   }
 * };
 * label(parseObjectKey('AWSLogs/111122223333/Config/us-east-1/2026/03/02/x.json.gz')); // 'service folder "Config" is not one CloudTrail writes'
 */
export type ObjectKey = LogObjectKey | UnnamedObjectKey | DigestObjectKey | NotCloudTrailKey;

/**
 * Every key {@link parseObjectKey} recognises as CloudTrail's.
 *
 * @example
 * import { parseObjectKey, type CloudTrailObjectKey } from 'cloudtrail-codecs/object-keys';
 * const keys = ['AWSLogs/111122223333/CloudTrail/us-east-1/2026/03/02/111122223333_CloudTrail_us-east-1_20260302T1005Z_Mu0KsOhtH1ar15ZZ.json.gz', 'README'];
 * const trailKeys: CloudTrailObjectKey[] = keys.map(parseObjectKey).filter((k): k is CloudTrailObjectKey => k.kind !== 'not-cloudtrail');
 * trailKeys.length; // 1
 */
export type CloudTrailObjectKey = LogObjectKey | UnnamedObjectKey | DigestObjectKey;

/**
 * The kinds of {@link ObjectKey}.
 *
 * @example
 * import type { ObjectKeyKind } from 'cloudtrail-codecs/object-keys';
 * const eventKinds: readonly ObjectKeyKind[] = ['log', 'insight', 'network-activity', 'aggregated'];
 */
export type ObjectKeyKind = ObjectKey['kind'];
