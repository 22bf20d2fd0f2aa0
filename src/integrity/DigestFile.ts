import type { DecodeError } from '../errors/DecodeError.js';
import type * as t from 'io-ts';
import { arrayOf } from '../core/array.js';
import { DateFromIsoTimestamp } from '../core/DateFromIsoTimestamp.js';
import { nullable } from '../core/nullable.js';
import { StringValue } from '../core/scalars.js';
import { struct, type StructCodec } from '../core/struct.js';
import { invalidJsonError, notTextError, parseJsonText } from '../containers/jsonSyntax.js';
import { decodeWith, fail, type DecodeResult } from '../errors/DecodeResult.js';
import { DigestHashAlgorithm, DigestSignatureAlgorithm } from './algorithms.js';

const digestLogFile = struct('DigestLogFile', {
  s3Bucket: StringValue,
  s3Object: StringValue,
  hashValue: StringValue,
  hashAlgorithm: DigestHashAlgorithm,
  newestEventTime: DateFromIsoTimestamp,
  oldestEventTime: DateFromIsoTimestamp,
});

/**
 * One entry of a digest's `logFiles`: where a log file is, the SHA-256 of its
 * uncompressed bytes (lower-case hex), and the times of its newest and oldest
 * records. The times decode to `Date`s that keep their text.
 *
 * @example
 * import type { DigestLogFile } from 'cloudtrail-codecs/integrity';
 * const where = (f: DigestLogFile): string => `s3://${f.s3Bucket}/${f.s3Object}`;
 */
export interface DigestLogFile extends t.TypeOf<typeof digestLogFile> {}
/**
 * The wire form of {@link DigestLogFile}.
 *
 * @example
 * import { DigestLogFile, type DigestLogFileJson } from 'cloudtrail-codecs/integrity';
 * const entry: DigestLogFileJson = {
 *   s3Bucket: 'trail-bucket',
 *   s3Object: 'AWSLogs/111122223333/CloudTrail/us-east-1/2026/03/02/111122223333_CloudTrail_us-east-1_20260302T1005Z_Mu0KsOhtH1ar15ZZ.json.gz',
 *   hashValue: '9bb6196fc6b84d6f075a56548feca262bd99ba3c2de41b618e5b6e22c1fc71f6',
 *   hashAlgorithm: 'SHA-256',
 *   newestEventTime: '2026-03-02T10:04:12Z',
 *   oldestEventTime: '2026-03-02T10:00:07Z',
 * };
 * DigestLogFile.decode(entry)._tag; // 'Right'
 */
export interface DigestLogFileJson extends t.OutputOf<typeof digestLogFile> {}
/**
 * The codec of {@link DigestLogFile}.
 *
 * @example
 * import { DigestLogFile, type DigestLogFileC } from 'cloudtrail-codecs/integrity';
 * const codec: DigestLogFileC = DigestLogFile;
 * codec.fields.length; // 6
 */
export interface DigestLogFileC extends StructCodec<DigestLogFile, DigestLogFileJson> {}
/**
 * Codec of {@link DigestLogFile}.
 *
 * @example
 * import { DigestLogFile } from 'cloudtrail-codecs/integrity';
 * DigestLogFile.decode({ s3Bucket: 'b', s3Object: 'k' })._tag; // 'Left': the hash and times are missing
 */
export const DigestLogFile: DigestLogFileC = digestLogFile;

const digestFile = struct('DigestFile', {
  awsAccountId: StringValue,
  digestStartTime: DateFromIsoTimestamp,
  digestEndTime: DateFromIsoTimestamp,
  digestS3Bucket: StringValue,
  digestS3Object: StringValue,
  digestPublicKeyFingerprint: StringValue,
  digestSignatureAlgorithm: DigestSignatureAlgorithm,
  newestEventTime: nullable(DateFromIsoTimestamp),
  oldestEventTime: nullable(DateFromIsoTimestamp),
  previousDigestS3Bucket: nullable(StringValue),
  previousDigestS3Object: nullable(StringValue),
  previousDigestHashValue: nullable(StringValue),
  previousDigestHashAlgorithm: nullable(DigestHashAlgorithm),
  previousDigestSignature: nullable(StringValue),
  logFiles: arrayOf(DigestLogFile),
});

/**
 * A CloudTrail digest file: the hourly, signed list of the log files a trail
 * delivered for one region, linked to the digest before it. Every field is
 * required, as CloudTrail writes them all; times decode to `Date`s that keep
 * their exact text, so `encode` gives back the same JSON, and the signing
 * string can use `digestEndTime` as written (see {@link digestEndTimeText}).
 *
 * A starting digest (validation just turned on, or restarted) has its five
 * `previousDigest*` fields null ({@link isStartingDigest}); a digest of an
 * hour without log files has `logFiles: []` and null event times
 * ({@link isEmptyHourDigest}). The signature is not in the file: it is in the
 * object's S3 metadata.
 *
 * @example
 * import { decodeDigestFileText, type DigestFile } from 'cloudtrail-codecs/integrity';
 * const covered = (d: DigestFile): string[] => d.logFiles.map((f) => f.s3Object);
 */
export interface DigestFile extends t.TypeOf<typeof digestFile> {}
/**
 * The wire form of {@link DigestFile}: times as ISO-8601 text.
 *
 * @example
 * import { DigestFile, type DigestFileJson } from 'cloudtrail-codecs/integrity';
 * const starting: DigestFileJson = {
 *   awsAccountId: '111122223333',
 *   digestStartTime: '2026-03-02T09:00:00Z',
 *   digestEndTime: '2026-03-02T10:00:00Z',
 *   digestS3Bucket: 'trail-bucket',
 *   digestS3Object: 'AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2026/03/02/111122223333_CloudTrail-Digest_us-east-1_main_us-east-1_20260302T100000Z.json.gz',
 *   digestPublicKeyFingerprint: '31e8b5433410dfb61a9dc45cc65b22ff',
 *   digestSignatureAlgorithm: 'SHA256withRSA',
 *   newestEventTime: null,
 *   oldestEventTime: null,
 *   previousDigestS3Bucket: null,
 *   previousDigestS3Object: null,
 *   previousDigestHashValue: null,
 *   previousDigestHashAlgorithm: null,
 *   previousDigestSignature: null,
 *   logFiles: [],
 * };
 * DigestFile.decode(starting)._tag; // 'Right'
 */
export interface DigestFileJson extends t.OutputOf<typeof digestFile> {}
/**
 * The codec of {@link DigestFile}.
 *
 * @example
 * import { DigestFile, type DigestFileC } from 'cloudtrail-codecs/integrity';
 * const codec: DigestFileC = DigestFile;
 * codec.fields.filter((f) => f.key.startsWith('previous')).length; // 5
 */
export interface DigestFileC extends StructCodec<DigestFile, DigestFileJson> {}
/**
 * Codec of {@link DigestFile}: lossless, so `DigestFile.encode` of a decoded
 * digest is the JSON it was read from, key order and time text included.
 *
 * @example
 * import { DigestFile } from 'cloudtrail-codecs/integrity';
 * DigestFile.decode({ awsAccountId: '111122223333' })._tag; // 'Left'
 */
export const DigestFile: DigestFileC = digestFile;

/**
 * The five fields a starting digest has null.
 *
 * @example
 * import { isStartingDigest, type DigestFile, type StartingDigestFields } from 'cloudtrail-codecs/integrity';
 * const firstOf = (d: DigestFile): (DigestFile & StartingDigestFields) | undefined => (isStartingDigest(d) ? d : undefined);
 */
export interface StartingDigestFields {
  readonly previousDigestS3Bucket: null;
  readonly previousDigestS3Object: null;
  readonly previousDigestHashValue: null;
  readonly previousDigestHashAlgorithm: null;
  readonly previousDigestSignature: null;
}

/**
 * True for a starting digest: the first after validation was turned on or
 * restarted, with all five `previousDigest*` fields null. Works on the
 * decoded and the wire form.
 *
 * @example
 * import { isStartingDigest } from 'cloudtrail-codecs/integrity';
 * const d = { previousDigestS3Bucket: null, previousDigestS3Object: null, previousDigestHashValue: null, previousDigestHashAlgorithm: null, previousDigestSignature: null };
 * isStartingDigest(d); // true
 * isStartingDigest({ ...d, previousDigestSignature: '9a7b' }); // false
 */
export function isStartingDigest<D extends Partial<Record<keyof StartingDigestFields, unknown>>>(digest: D): digest is D & StartingDigestFields {
  return (
    digest.previousDigestS3Bucket === null &&
    digest.previousDigestS3Object === null &&
    digest.previousDigestHashValue === null &&
    digest.previousDigestHashAlgorithm === null &&
    digest.previousDigestSignature === null
  );
}

/**
 * The fields of a digest for an hour without log files.
 *
 * @example
 * import { isEmptyHourDigest, type DigestFile, type EmptyHourFields } from 'cloudtrail-codecs/integrity';
 * const quiet = (ds: DigestFile[]): Array<DigestFile & EmptyHourFields> => ds.filter(isEmptyHourDigest);
 */
export interface EmptyHourFields {
  readonly newestEventTime: null;
  readonly oldestEventTime: null;
  readonly logFiles: [];
}

/**
 * True for the digest of an hour without log files: `logFiles` is empty and
 * both event times are null. CloudTrail writes one every hour, so that a
 * quiet hour cannot be told from a deleted digest.
 *
 * @example
 * import { isEmptyHourDigest } from 'cloudtrail-codecs/integrity';
 * isEmptyHourDigest({ newestEventTime: null, oldestEventTime: null, logFiles: [] }); // true
 */
export function isEmptyHourDigest<D extends { readonly newestEventTime: unknown; readonly oldestEventTime: unknown; readonly logFiles: readonly unknown[] }>(
  digest: D,
): digest is D & EmptyHourFields {
  return digest.logFiles.length === 0 && digest.newestEventTime === null && digest.oldestEventTime === null;
}

/**
 * Decodes a digest file that is already parsed JSON.
 *
 * @example
 * import { decodeDigestFile } from 'cloudtrail-codecs/integrity';
 * const r = decodeDigestFile({ awsAccountId: '111122223333' });
 * if (!r.success) r.error.issues[0]?.path; // 'digestStartTime'
 */
export function decodeDigestFile(value: unknown): DecodeResult<DigestFile> {
  return decodeWith(DigestFile, value);
}

/**
 * Decodes a digest file from its JSON text (after gunzip). For the object
 * bytes as stored in S3, use {@link readDigestObject}, which also gives the
 * bytes the hashes are computed over.
 *
 * @example
 * import { decodeDigestFileText } from 'cloudtrail-codecs/integrity';
 * decodeDigestFileText('{"awsAccountId":').success; // false
 */
export function decodeDigestFileText(text: string): DecodeResult<DigestFile> {
  if (typeof text !== 'string') return fail(notTextError(text, 'the JSON text of a digest file'));
  const parsed = parseJsonText(text);
  return parsed.ok ? decodeDigestFile(parsed.value) : fail(invalidJsonError(parsed.reason));
}

/**
 * Decodes a digest file that is already parsed JSON; throws a
 * {@link DecodeError} naming every problem when it is not one.
 *
 * @example
 * import { DecodeError } from 'cloudtrail-codecs';
 * import { decodeDigestFileOrThrow } from 'cloudtrail-codecs/integrity';
 * try {
 *   decodeDigestFileOrThrow({});
 * } catch (e) {
 *   if (e instanceof DecodeError) e.issues.length; // 15
 * }
 */
export function decodeDigestFileOrThrow(value: unknown): DigestFile {
  const r = decodeDigestFile(value);
  if (r.success) return r.data;
  throw r.error;
}
