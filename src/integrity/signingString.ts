import { DateFromIsoTimestamp } from '../core/DateFromIsoTimestamp.js';
import type { DigestFile, DigestFileJson } from './DigestFile.js';
import { field } from './inputs.js';

/**
 * What a digest's signature covers, part by part.
 *
 * @example
 * import { digestSigningString, type SigningStringParts } from 'cloudtrail-codecs/integrity';
 * const parts: SigningStringParts = {
 *   endTime: '2026-03-02T10:00:00Z',
 *   bucket: 'trail-bucket',
 *   key: 'AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2026/03/02/111122223333_CloudTrail-Digest_us-east-1_main_us-east-1_20260302T100000Z.json.gz',
 *   hash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
 *   previousSignature: null,
 * };
 * digestSigningString(parts).split('\n').length; // 4
 */
export interface SigningStringParts {
  /** `digestEndTime` exactly as the file writes it. */
  readonly endTime: string;
  /** The digest's bucket and key. */
  readonly bucket: string;
  readonly key: string;
  /** Lower-case hex SHA-256 of the digest's uncompressed bytes as stored. */
  readonly hash: string;
  /** `previousDigestSignature`, or null for a starting digest. */
  readonly previousSignature: string | null;
}

/**
 * The text CloudTrail signs for a digest: `digestEndTime` as written, the
 * digest's `bucket/key`, the hex SHA-256 of the uncompressed digest bytes as
 * stored (never of re-serialised JSON), and `previousDigestSignature` or the
 * four letters `null`, one per line. The signature is RSASSA-PKCS1-v1_5 with
 * SHA-256 over its UTF-8 bytes. When the parts are not all text (or not an
 * object at all) it gives '', which no signature covers; it never throws.
 *
 * @example
 * import { digestSigningString } from 'cloudtrail-codecs/integrity';
 * digestSigningString({ endTime: '2026-03-02T10:00:00Z', bucket: 'b', key: 'k', hash: 'ABC', previousSignature: null }); // '2026-03-02T10:00:00Z\nb/k\nabc\nnull'
 * digestSigningString(null as never); // ''
 */
export function digestSigningString(parts: SigningStringParts): string {
  const endTime = field(parts, 'endTime');
  const bucket = field(parts, 'bucket');
  const key = field(parts, 'key');
  const hash = field(parts, 'hash');
  const previous = field(parts, 'previousSignature') ?? null;
  if (typeof endTime !== 'string' || typeof bucket !== 'string' || typeof key !== 'string' || typeof hash !== 'string') return '';
  if (previous !== null && typeof previous !== 'string') return '';
  return `${endTime}\n${bucket}/${key}\n${hash.toLowerCase()}\n${previous ?? 'null'}`;
}

/**
 * `digestEndTime` as the file wrote it: the text a decoded `Date` remembers,
 * the text itself in the wire form, or, for a `Date` made elsewhere (or
 * changed since), the ISO text the codec writes. The signing string needs the
 * text as written: `10:00:00Z` and `10:00:00.000Z` are the same instant but
 * not the same signature. Undefined for an invalid `Date`, and for anything
 * that has no `digestEndTime` (null included): it never throws.
 *
 * @example
 * import { decodeDigestFileText, digestEndTimeText } from 'cloudtrail-codecs/integrity';
 * digestEndTimeText({ digestEndTime: '2026-03-02T10:00:00.000Z' }); // '2026-03-02T10:00:00.000Z'
 * digestEndTimeText({ digestEndTime: new Date('2026-03-02T10:00:00Z') }); // '2026-03-02T10:00:00Z'
 * digestEndTimeText(null as never); // undefined
 */
export function digestEndTimeText(digest: Pick<DigestFile, 'digestEndTime'> | Pick<DigestFileJson, 'digestEndTime'>): string | undefined {
  const t = field(digest, 'digestEndTime');
  if (typeof t === 'string') return t;
  if (t === undefined || t === null) return undefined;
  try {
    return DateFromIsoTimestamp.encode(t as Date);
  } catch {
    // An invalid Date (or one past year 9999) has no text.
    return undefined;
  }
}
