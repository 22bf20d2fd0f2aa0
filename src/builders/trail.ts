// Builders of digest files and of whole signed trails (log files, hourly
// digests, their signatures and the public key), made exactly as CloudTrail
// makes them, so that users can test their own validation pipelines offline.
import { base64ToBytes, bytesToBase64, bytesToHex, utf8Bytes } from '../core/bytes.js';
import { formatIsoUtc } from '../core/utcTime.js';
import { DigestFile, DigestLogFile, type DigestFileJson, type DigestLogFileJson } from '../integrity/DigestFile.js';
import type { PreviousDigest } from '../integrity/chainLink.js';
import { spkiToPkcs1 } from '../integrity/der.js';
import { digestSigningString } from '../integrity/signingString.js';
import { storedGzip } from '../integrity/storedGzip.js';
import { RSA_SHA256, sha256Hex, subtleCrypto, type Subtle, type WebCryptoKey } from '../integrity/webCrypto.js';
import type { ActivityRecordJson } from '../record/ActivityRecord.js';
import { BuilderError, checkBuilt, optionReader, readBuilderInput } from './BuilderError.js';
import { Fixtures } from './Fixtures.js';
import type { Seed } from './random.js';
import { TEST_TRAIL_KEY } from './trailKey.js';

export { TEST_TRAIL_KEY } from './trailKey.js';

const HOUR = 3_600_000;
const DEFAULT_START = '2026-03-02T09:00:00Z';
const DEFAULT_ACCOUNT = '111122223333';
const DEFAULT_REGION = 'us-east-1';
const DEFAULT_TRAIL = 'management-events';

/**
 * Where a trail writes, shared by the digest and trail builders. Every
 * field has a default: account `111122223333`, region `us-east-1`, trail
 * `management-events` in its own region, bucket
 * `aws-cloudtrail-logs-<account>-trail`, no prefix, no organization.
 *
 * @example
 * import type { TrailPlace } from 'cloudtrail-codecs/builders';
 * const orgTrail: TrailPlace = { organizationId: 'o-exampleorgid', prefix: 'audit', trailName: 'org_trail' };
 */
export interface TrailPlace {
  readonly accountId?: string;
  readonly region?: string;
  readonly trailName?: string;
  /** The region the trail was created in; default the `region`. */
  readonly homeRegion?: string;
  readonly bucket?: string;
  /** The trail's S3 key prefix, with or without its final `/`. */
  readonly prefix?: string;
  readonly organizationId?: string;
}

/**
 * Options of {@link buildDigestFile}.
 *
 * @example
 * import type { DigestFileBuildOptions } from 'cloudtrail-codecs/builders';
 * const emptyStartingHour: DigestFileBuildOptions = { startTime: '2026-03-02T09:00:00Z', logFiles: [] };
 */
export interface DigestFileBuildOptions extends TrailPlace {
  /** `digestStartTime`; default 2026-03-02T09:00:00Z. */
  readonly startTime?: Date | string;
  /** `digestEndTime`; default an hour after the start. */
  readonly endTime?: Date | string;
  /** `digestPublicKeyFingerprint`; default the built-in test key's. */
  readonly fingerprint?: string;
  /** The entries of `logFiles`; default none (an empty hour). The event times are drawn from them. */
  readonly logFiles?: readonly DigestLogFileJson[];
  /** The digest before this one; absent for a starting digest. */
  readonly previous?: PreviousDigest;
  /** Fields laid over the result last (each replaces the field whole); it must still decode. */
  readonly overrides?: Partial<DigestFileJson>;
}

/**
 * A digest file built: where it goes, its JSON, the exact text and bytes
 * (compact JSON, the bytes its hash is over) and those bytes gzipped, as
 * stored in S3.
 *
 * @example
 * import { buildDigestFile, type BuiltDigestFile } from 'cloudtrail-codecs/builders';
 * const d: BuiltDigestFile = buildDigestFile();
 * d.key.endsWith('_20260302T100000Z.json.gz'); // true
 */
export interface BuiltDigestFile {
  readonly bucket: string;
  readonly key: string;
  readonly json: DigestFileJson;
  readonly text: string;
  /** The UTF-8 bytes of `text`: what CloudTrail hashes. */
  readonly bytes: Uint8Array;
  /** `bytes` gzipped, as the object is stored. */
  readonly gzip: Uint8Array;
}

interface Place {
  readonly accountId: string;
  readonly region: string;
  readonly trailName: string;
  readonly homeRegion: string;
  readonly bucket: string;
  readonly prefix: string;
  readonly organizationId: string | undefined;
}

function readPlace(builder: string, read: (key: string) => unknown): Place {
  const text = (key: string, fallback: string): string => {
    const v = read(key);
    if (v === undefined) return fallback;
    if (typeof v !== 'string' || v === '' || /[\u0000-\u001f]/.test(v)) throw new BuilderError(builder, `options.${key} must be non-empty text without control characters`, [`options.${key}`]);
    return v;
  };
  const accountId = text('accountId', DEFAULT_ACCOUNT);
  const region = text('region', DEFAULT_REGION);
  const prefix = read('prefix') === undefined ? '' : text('prefix', '');
  const org = read('organizationId') === undefined ? undefined : text('organizationId', '');
  return {
    accountId,
    region,
    trailName: text('trailName', DEFAULT_TRAIL),
    homeRegion: text('homeRegion', region),
    bucket: text('bucket', `aws-cloudtrail-logs-${accountId}-trail`),
    prefix: prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`,
    organizationId: org,
  };
}

function readTime(builder: string, key: string, v: unknown, fallback: number): number {
  if (v === undefined) return fallback;
  let ms = Number.NaN;
  if (typeof v === 'string') ms = Date.parse(v);
  else if (v instanceof Date) ms = v.getTime();
  // Whole seconds within years 1970-9998, as CloudTrail writes them.
  if (!(ms >= 0 && ms < Date.UTC(9998, 0, 1))) throw new BuilderError(builder, `options.${key} must be a time (a Date or ISO text) between 1970 and 9998`, [`options.${key}`]);
  return ms;
}

function readCount(builder: string, key: string, v: unknown, fallback: number, min: number, max: number): number {
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) throw new BuilderError(builder, `options.${key} must be a whole number from ${min} to ${max}`, [`options.${key}`]);
  return v;
}

/** `20260302T100000Z`: the time in a digest's name (seconds). */
function compactSeconds(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, '') + 'Z';
}

function folder(place: Place, kind: string, ms: number): string {
  const day = new Date(ms).toISOString().slice(0, 10).replace(/-/g, '/');
  const org = place.organizationId === undefined ? '' : `${place.organizationId}/`;
  return `${place.prefix}AWSLogs/${org}${place.accountId}/${kind}/${place.region}/${day}/`;
}

function digestKey(place: Place, endMs: number): string {
  return `${folder(place, 'CloudTrail-Digest', endMs)}${place.accountId}_CloudTrail-Digest_${place.region}_${place.trailName}_${place.homeRegion}_${compactSeconds(endMs)}.json.gz`;
}

function logFileKey(place: Place, deliveryMs: number, unique: string): string {
  const minutes = new Date(deliveryMs).toISOString().slice(0, 16).replace(/[-:]/g, '') + 'Z';
  return `${folder(place, 'CloudTrail', deliveryMs)}${place.accountId}_CloudTrail_${place.region}_${minutes}_${unique}.json.gz`;
}

/** The newest and oldest of the entries' event times, as written; null for none. */
function eventTimes(logFiles: readonly DigestLogFileJson[]): { newest: string | null; oldest: string | null } {
  let newest: string | null = null;
  let oldest: string | null = null;
  for (const f of logFiles) {
    if (newest === null || Date.parse(f.newestEventTime) > Date.parse(newest)) newest = f.newestEventTime;
    if (oldest === null || Date.parse(f.oldestEventTime) < Date.parse(oldest)) oldest = f.oldestEventTime;
  }
  return { newest, oldest };
}

function digestJson(place: Place, startMs: number, endMs: number, fingerprint: string, logFiles: readonly DigestLogFileJson[], previous: PreviousDigest | undefined): DigestFileJson {
  const { newest, oldest } = eventTimes(logFiles);
  // The key order CloudTrail writes.
  return {
    awsAccountId: place.accountId,
    digestStartTime: formatIsoUtc(new Date(startMs)),
    digestEndTime: formatIsoUtc(new Date(endMs)),
    digestS3Bucket: place.bucket,
    digestS3Object: digestKey(place, endMs),
    digestPublicKeyFingerprint: fingerprint,
    digestSignatureAlgorithm: 'SHA256withRSA',
    newestEventTime: newest,
    oldestEventTime: oldest,
    previousDigestS3Bucket: previous?.bucket ?? null,
    previousDigestS3Object: previous?.key ?? null,
    previousDigestHashValue: previous?.hash ?? null,
    previousDigestHashAlgorithm: previous === undefined ? null : 'SHA-256',
    previousDigestSignature: previous?.signature ?? null,
    logFiles: [...logFiles],
  };
}

function built(json: DigestFileJson): BuiltDigestFile {
  const text = JSON.stringify(json);
  const bytes = utf8Bytes(text);
  return { bucket: json.digestS3Bucket, key: json.digestS3Object, json, text, bytes, gzip: storedGzip(bytes) };
}

/**
 * A digest file, as CloudTrail writes one: the key order, compact JSON and
 * key layout of the service, times as ISO text in whole seconds. By default
 * a starting digest of an empty hour (2026-03-02T09:00Z to 10:00Z); give
 * `logFiles` for a busy hour and `previous` for a digest that follows
 * another. Deterministic: the same options give the same bytes. It is not
 * signed (a signature needs WebCrypto, which is async: see
 * {@link buildSignedTrail}). Throws a {@link BuilderError} for options that
 * would not make a digest that decodes.
 *
 * @example
 * import { buildDigestFile } from 'cloudtrail-codecs/builders';
 * const d = buildDigestFile({ accountId: '444455556666', startTime: '2026-03-02T10:00:00Z' });
 * d.json.digestEndTime; // '2026-03-02T11:00:00Z'
 * d.json.previousDigestSignature; // null
 * d.text.startsWith('{"awsAccountId":"444455556666","digestStartTime":"2026-03-02T10:00:00Z"'); // true
 */
export function buildDigestFile(options: DigestFileBuildOptions = {}): BuiltDigestFile {
  const builder = 'buildDigestFile';
  const read = optionReader(builder, options);
  const place = readPlace(builder, read);
  const startMs = readTime(builder, 'startTime', read('startTime'), Date.parse(DEFAULT_START));
  const endMs = readTime(builder, 'endTime', read('endTime'), startMs + HOUR);
  const fingerprint = read('fingerprint') ?? TEST_TRAIL_KEY.fingerprint;
  if (typeof fingerprint !== 'string') throw new BuilderError(builder, 'options.fingerprint must be text', ['options.fingerprint']);
  const logFiles = readBuilderInput(builder, read('logFiles') ?? [], ['options', 'logFiles']);
  if (!Array.isArray(logFiles)) throw new BuilderError(builder, 'options.logFiles must be a list of log file entries', ['options.logFiles']);
  const previousIn = read('previous');
  const previous = previousIn === undefined ? undefined : (readBuilderInput(builder, previousIn, ['options', 'previous']) as PreviousDigest);
  if (previous !== undefined) {
    for (const k of ['bucket', 'key', 'hash', 'signature'] as const) {
      if (typeof (previous as unknown as Record<string, unknown>)[k] !== 'string') throw new BuilderError(builder, `options.previous.${k} must be text`, [`options.previous.${k}`]);
    }
  }
  const overrides = readBuilderInput(builder, read('overrides') ?? {}, ['options', 'overrides']) as Partial<DigestFileJson>;
  logFiles.forEach((f, i) => checkBuilt(`${builder}: options.logFiles[${i}]`, DigestLogFile, f, f));
  const json = { ...digestJson(place, startMs, endMs, fingerprint, logFiles as DigestLogFileJson[], previous), ...overrides };
  checkBuilt(builder, DigestFile, json, { ...(previous === undefined ? {} : { previous }), ...overrides });
  return built(json);
}

/**
 * A WebCrypto key pair that signs with RSASSA-PKCS1-v1_5 and SHA-256, such
 * as `crypto.subtle.generateKey({ name: 'RSASSA-PKCS1-v1_5', modulusLength:
 * 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true,
 * ['sign', 'verify'])` gives. Only the shape is stated, so that the type
 * does not depend on the DOM or Node typings.
 *
 * @example
 * import type { SigningKeyPair } from 'cloudtrail-codecs/builders';
 * const newKeyPair = async (): Promise<SigningKeyPair> =>
 *   crypto.subtle.generateKey(
 *     { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
 *     true,
 *     ['sign', 'verify'],
 *   );
 */
export interface SigningKeyPair {
  readonly privateKey: WebCryptoKeyShape;
  readonly publicKey: WebCryptoKeyShape;
}

/**
 * The shape of a WebCrypto `CryptoKey`.
 *
 * @example
 * import type { WebCryptoKeyShape } from 'cloudtrail-codecs/builders';
 * const isPrivate = (k: WebCryptoKeyShape): boolean => k.type === 'private';
 */
export interface WebCryptoKeyShape {
  readonly type: string;
  readonly extractable: boolean;
  readonly algorithm: object;
  readonly usages: readonly string[];
}

/**
 * Options of {@link buildSignedTrail}.
 *
 * @example
 * import type { SignedTrailOptions } from 'cloudtrail-codecs/builders';
 * // Three hours; the second without activity.
 * const options: SignedTrailOptions = { seed: 'audit-tests', logFilesPerHour: [2, 0, 1], recordsPerLogFile: 3 };
 */
export interface SignedTrailOptions extends TrailPlace {
  /** The seed of the records and of the log files' unique names. Default 1. */
  readonly seed?: Seed;
  /** The start of the first digest's hour; default 2026-03-02T09:00:00Z. */
  readonly startTime?: Date | string;
  /** How many hourly digests; default 3, or the length of `logFilesPerHour` when that is a list. */
  readonly hours?: number;
  /** Log files per hour: one number for every hour, or one per hour (0 for an empty hour). Default 2. */
  readonly logFilesPerHour?: number | readonly number[];
  /** Records per log file (1 to 1000). Default 2. */
  readonly recordsPerLogFile?: number;
  /** The key to sign with; default the built-in, PUBLIC test key ({@link TEST_TRAIL_KEY}). */
  readonly keyPair?: SigningKeyPair;
  /** The fingerprint digests name; default the test key's, or for `keyPair` the first 32 hex digits of the SHA-256 of its PKCS#1 DER. */
  readonly fingerprint?: string;
}

/**
 * A log file of a built trail: where it goes, its records, its JSON text,
 * the SHA-256 of that text (the digest's `hashValue`) and the gzip bytes
 * stored.
 *
 * @example
 * import type { TrailLogFile } from 'cloudtrail-codecs/builders';
 * const eventNames = (f: TrailLogFile): string[] => f.records.map((r) => r.eventName);
 */
export interface TrailLogFile {
  readonly bucket: string;
  readonly key: string;
  /** The hour (0-based) whose digest names it. */
  readonly hour: number;
  readonly records: readonly ActivityRecordJson[];
  readonly text: string;
  readonly hash: string;
  readonly gzip: Uint8Array;
}

/**
 * A digest of a built trail, in the shape `verifyDigest` and
 * `verifyDigestChain` take (`digest` is the stored gzip bytes), with its
 * JSON, text, hash and S3 metadata as `aws s3api head-object` prints it.
 *
 * @example
 * import type { TrailDigest } from 'cloudtrail-codecs/builders';
 * const headObject = (d: TrailDigest) => ({ Metadata: d.metadata });
 */
export interface TrailDigest {
  readonly bucket: string;
  readonly key: string;
  readonly hour: number;
  /** The object as stored: gzip. */
  readonly digest: Uint8Array;
  readonly json: DigestFileJson;
  readonly text: string;
  /** Lower-case hex SHA-256 of `text`'s bytes. */
  readonly hash: string;
  /** `x-amz-meta-signature`: lower-case hex. */
  readonly signature: string;
  readonly signatureAlgorithm: 'SHA256withRSA';
  /** The object's user metadata, without the `x-amz-meta-` prefix. */
  readonly metadata: { readonly signature: string; readonly 'signature-algorithm': 'SHA256withRSA' };
}

/**
 * The public key of a built trail, as `aws cloudtrail list-public-keys`
 * prints it: PKCS#1 DER in base64, the validity times as ISO text with an
 * offset.
 *
 * @example
 * import type { TrailPublicKey } from 'cloudtrail-codecs/builders';
 * const listPublicKeys = (k: TrailPublicKey) => ({ PublicKeyList: [k] });
 */
export interface TrailPublicKey {
  readonly Value: string;
  readonly ValidityStartTime: string;
  readonly ValidityEndTime: string;
  readonly Fingerprint: string;
}

/**
 * A whole trail, signed: what a bucket and the CloudTrail API would give.
 *
 * @example
 * import type { SignedTrail } from 'cloudtrail-codecs/builders';
 * const keys = (t: SignedTrail): string[] => [...t.digests.map((d) => d.key), ...t.logFiles.map((f) => f.key)];
 */
export interface SignedTrail {
  readonly bucket: string;
  readonly logFiles: readonly TrailLogFile[];
  /** Oldest first; the first is a starting digest. */
  readonly digests: readonly TrailDigest[];
  readonly publicKey: TrailPublicKey;
  /** `{ PublicKeyList: [publicKey] }`, as `ListPublicKeys` answers. */
  readonly publicKeys: { readonly PublicKeyList: readonly TrailPublicKey[] };
  /** The log files' gzip bytes by `bucket/key`: a log file source for `verifyDigestChain`. */
  readonly logFileMap: ReadonlyMap<string, Uint8Array>;
}

const OPERATIONS: ReadonlyArray<readonly [string, string]> = [
  ['sts.amazonaws.com', 'GetCallerIdentity'],
  ['s3.amazonaws.com', 'ListBuckets'],
  ['ec2.amazonaws.com', 'DescribeInstances'],
  ['iam.amazonaws.com', 'ListRoles'],
  ['kms.amazonaws.com', 'Decrypt'],
  ['sts.amazonaws.com', 'AssumeRole'],
];

const UNIQUE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

interface Signer {
  readonly subtle: Subtle;
  readonly privateKey: WebCryptoKey;
  readonly publicKeyPkcs1: string;
  readonly fingerprint: string;
}

async function signerFor(builder: string, subtle: Subtle, pair: unknown, fingerprint: unknown): Promise<Signer> {
  if (fingerprint !== undefined && (typeof fingerprint !== 'string' || fingerprint === '')) {
    throw new BuilderError(builder, 'options.fingerprint must be non-empty text', ['options.fingerprint']);
  }
  if (pair === undefined) {
    const der = base64ToBytes(TEST_TRAIL_KEY.privateKeyPkcs8) as Uint8Array<ArrayBuffer>;
    const privateKey = await subtle.importKey('pkcs8', der, RSA_SHA256, false, ['sign']);
    return { subtle, privateKey, publicKeyPkcs1: TEST_TRAIL_KEY.publicKeyPkcs1, fingerprint: (fingerprint as string | undefined) ?? TEST_TRAIL_KEY.fingerprint };
  }
  const read = optionReader(builder, pair);
  const privateKey = read('privateKey');
  const publicKey = read('publicKey');
  let pkcs1: Uint8Array | undefined;
  try {
    pkcs1 = spkiToPkcs1(new Uint8Array(await subtle.exportKey('spki', publicKey as WebCryptoKey)));
  } catch {
    pkcs1 = undefined;
  }
  if (pkcs1 === undefined) throw new BuilderError(builder, 'options.keyPair.publicKey is not an RSA public key WebCrypto can export', ['options.keyPair.publicKey']);
  const own = (fingerprint as string | undefined) ?? (await sha256Hex(subtle, pkcs1)).slice(0, 32);
  return { subtle, privateKey: privateKey as WebCryptoKey, publicKeyPkcs1: bytesToBase64(pkcs1), fingerprint: own };
}

async function sign(builder: string, signer: Signer, text: string): Promise<string> {
  try {
    const signature = await signer.subtle.sign(RSA_SHA256, signer.privateKey, utf8Bytes(text) as Uint8Array<ArrayBuffer>);
    return bytesToHex(new Uint8Array(signature));
  } catch {
    throw new BuilderError(builder, 'options.keyPair.privateKey cannot sign with RSASSA-PKCS1-v1_5 and SHA-256', ['options.keyPair.privateKey']);
  }
}

/**
 * A whole trail, signed as CloudTrail signs it: log files of records made
 * by {@link Fixtures} (gzip, with their SHA-256 in the digests), one digest
 * per hour (a starting digest first, then each linked to the one before;
 * hours with no log files get an empty digest), each signed with
 * RSASSA-PKCS1-v1_5 over the signing string, and the public key as
 * `ListPublicKeys` gives it. Feed it to `verifyDigestChain` as it is, or
 * change one byte and check that your pipeline notices.
 *
 * Deterministic: the same options give the same bytes, signatures included
 * (PKCS#1 v1.5 signatures are). By default it signs with
 * {@link TEST_TRAIL_KEY}, whose private key is public: pass `keyPair` to use
 * your own. Async, because WebCrypto is; it rejects with a
 * {@link BuilderError} for bad options or where WebCrypto is missing.
 *
 * @example
 * import { buildSignedTrail } from 'cloudtrail-codecs/builders';
 * import { verifyDigestChain } from 'cloudtrail-codecs/integrity';
 * async function selfTest(): Promise<boolean> {
 *   const trail = await buildSignedTrail({ seed: 7, logFilesPerHour: [1, 0, 2] });
 *   const report = await verifyDigestChain({ digests: trail.digests, publicKeys: trail.publicKeys, logFiles: trail.logFileMap });
 *   return report.valid;
 * }
 */
export async function buildSignedTrail(options: SignedTrailOptions = {}): Promise<SignedTrail> {
  const builder = 'buildSignedTrail';
  const read = optionReader(builder, options);
  const place = readPlace(builder, read);
  const startMs = readTime(builder, 'startTime', read('startTime'), Date.parse(DEFAULT_START));
  if (startMs % 1000 !== 0) throw new BuilderError(builder, 'options.startTime must be a whole second', ['options.startTime']);
  const perHourGiven = read('logFilesPerHour');
  const perHourIn = perHourGiven === undefined ? undefined : readBuilderInput(builder, perHourGiven, ['options', 'logFilesPerHour']);
  const hours = readCount(builder, 'hours', read('hours'), Array.isArray(perHourIn) ? perHourIn.length : 3, 1, 10_000);
  const perHour: number[] = [];
  for (let h = 0; h < hours; h++) {
    const v = Array.isArray(perHourIn) ? perHourIn[h] : perHourIn;
    perHour.push(readCount(builder, Array.isArray(perHourIn) ? `logFilesPerHour[${h}]` : 'logFilesPerHour', v, 2, 0, 60));
  }
  if (Array.isArray(perHourIn) && perHourIn.length !== hours) {
    throw new BuilderError(builder, 'options.logFilesPerHour must give one count per hour', ['options.logFilesPerHour']);
  }
  const recordsPer = readCount(builder, 'recordsPerLogFile', read('recordsPerLogFile'), 2, 1, 1000);
  const seed = read('seed');
  if (seed !== undefined && typeof seed !== 'string' && !(typeof seed === 'number' && Number.isFinite(seed))) {
    throw new BuilderError(builder, 'options.seed must be a finite number or a string', ['options.seed']);
  }
  const subtle = subtleCrypto();
  if (subtle === undefined) throw new BuilderError(builder, 'this runtime has no WebCrypto (globalThis.crypto.subtle) to hash and sign with');
  const signer = await signerFor(builder, subtle, read('keyPair'), read('fingerprint'));

  const fx = new Fixtures({ ...(seed === undefined ? {} : { seed: seed as Seed }), accountId: place.accountId, region: place.region, referenceTime: new Date(startMs) });
  const logFiles: TrailLogFile[] = [];
  const digests: TrailDigest[] = [];
  const logFileMap = new Map<string, Uint8Array>();
  let previous: PreviousDigest | undefined;
  let operation = 0;
  for (let h = 0; h < hours; h++) {
    const hourStart = startMs + h * HOUR;
    const count = perHour[h]!;
    const entries: DigestLogFileJson[] = [];
    const slot = Math.floor(HOUR / 1000 / Math.max(count, 1));
    for (let f = 0; f < count; f++) {
      // Records fill the first part of the file's slot; delivery follows them within the hour.
      const slotStart = hourStart + f * slot * 1000;
      const step = Math.max(1, Math.floor(slot / (recordsPer + 2)));
      const records: ActivityRecordJson[] = [];
      for (let r = 0; r < recordsPer; r++) {
        const [eventSource, eventName] = OPERATIONS[operation++ % OPERATIONS.length]!;
        const eventTime = formatIsoUtc(new Date(slotStart + Math.min((r + 1) * step, slot - 1) * 1000));
        records.push(fx.record({ eventSource, eventName, eventTime }));
      }
      const delivery = slotStart + (slot - 1) * 1000;
      const key = logFileKey(place, delivery, fx.random.chars(UNIQUE_ALPHABET, 16));
      const text = JSON.stringify({ Records: records });
      const bytes = utf8Bytes(text);
      const hash = await sha256Hex(subtle, bytes);
      const gzip = storedGzip(bytes);
      logFiles.push({ bucket: place.bucket, key, hour: h, records, text, hash, gzip });
      logFileMap.set(`${place.bucket}/${key}`, gzip);
      entries.push({
        s3Bucket: place.bucket,
        s3Object: key,
        hashValue: hash,
        hashAlgorithm: 'SHA-256',
        newestEventTime: records[records.length - 1]!.eventTime,
        oldestEventTime: records[0]!.eventTime,
      });
    }
    const d = built(digestJson(place, hourStart, hourStart + HOUR, signer.fingerprint, entries, previous));
    const hash = await sha256Hex(subtle, d.bytes);
    const signature = await sign(
      builder,
      signer,
      digestSigningString({ endTime: d.json.digestEndTime, bucket: d.bucket, key: d.key, hash, previousSignature: d.json.previousDigestSignature }),
    );
    digests.push({
      bucket: d.bucket,
      key: d.key,
      hour: h,
      digest: d.gzip,
      json: d.json,
      text: d.text,
      hash,
      signature,
      signatureAlgorithm: 'SHA256withRSA',
      metadata: { signature, 'signature-algorithm': 'SHA256withRSA' },
    });
    previous = { bucket: d.bucket, key: d.key, hash, signature };
  }
  // AWS CLI v2 prints the validity with an offset; the key covers the trail with a day to spare.
  const withOffset = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19)}+00:00`;
  const publicKey: TrailPublicKey = {
    Value: signer.publicKeyPkcs1,
    ValidityStartTime: withOffset(startMs - 24 * HOUR),
    ValidityEndTime: withOffset(startMs + (hours + 24) * HOUR),
    Fingerprint: signer.fingerprint,
  };
  return { bucket: place.bucket, logFiles, digests, publicKey, publicKeys: { PublicKeyList: [publicKey] }, logFileMap };
}
