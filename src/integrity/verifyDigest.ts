import { hexToBytes, utf8Bytes } from '../core/bytes.js';
import { errorName } from '../core/WireType.js';
import { DigestSignatureAlgorithm } from './algorithms.js';
import { linkProblems, type PreviousDigest } from './chainLink.js';
import { isEmptyHourDigest, isStartingDigest, type DigestFile } from './DigestFile.js';
import { field, isBackfill, isHex, location, metadataValue, shown, textField } from './inputs.js';
import { reason, type IntegrityReason } from './IntegrityReason.js';
import { fingerprintList, readPublicKeys, type PublicKeysInput, type PublicKeySet } from './publicKeys.js';
import { readDigestObject } from './readDigestObject.js';
import { digestSigningString } from './signingString.js';
import { NO_WEBCRYPTO, RSA_SHA256, sha256Hex, subtleCrypto, type Subtle } from './webCrypto.js';

/**
 * S3 user metadata of a digest object: `signature` (hex),
 * `signature-algorithm`, and for backfill digests
 * `backfill-generation-timestamp`. Names may carry the `x-amz-meta-` prefix
 * of the HTTP headers or not (as `aws s3api head-object` prints them under
 * `Metadata`), in any case.
 *
 * @example
 * import type { DigestMetadata } from 'cloudtrail-codecs/integrity';
 * const fromHeadObject: DigestMetadata = { signature: '9a7b…', 'signature-algorithm': 'SHA256withRSA' };
 */
export type DigestMetadata = Readonly<Record<string, string>>;

/**
 * One digest object to check: its bytes as stored, where it was read from,
 * and its signature from the S3 metadata (given directly, or in `metadata`).
 *
 * @example
 * import type { DigestObjectInput } from 'cloudtrail-codecs/integrity';
 * const input = (bytes: Uint8Array, head: { Metadata?: Record<string, string> }): DigestObjectInput => ({
 *   digest: bytes,
 *   bucket: 'trail-bucket',
 *   key: 'AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2026/03/02/111122223333_CloudTrail-Digest_us-east-1_main_us-east-1_20260302T100000Z.json.gz',
 *   metadata: head.Metadata ?? {},
 * });
 */
export interface DigestObjectInput {
  /** The object's bytes as stored: gzip, or already inflated. */
  readonly digest: Uint8Array | ArrayBuffer;
  /** Where it was read from. */
  readonly bucket: string;
  readonly key: string;
  /** `x-amz-meta-signature`, hex; read from `metadata` when absent. */
  readonly signature?: string;
  /** `x-amz-meta-signature-algorithm`; read from `metadata` when absent. */
  readonly signatureAlgorithm?: string;
  /** The object's S3 user metadata. */
  readonly metadata?: DigestMetadata;
}

/**
 * What {@link verifyDigest} takes: a digest object, the public keys, and
 * optionally the digest found just before it, whose link is then checked too.
 *
 * @example
 * import { verifyDigest, type VerifyDigestInput } from 'cloudtrail-codecs/integrity';
 * const check = (input: VerifyDigestInput) => verifyDigest(input);
 */
export interface VerifyDigestInput extends DigestObjectInput {
  readonly publicKeys: PublicKeysInput;
  /** The digest before this one: its `previousDigest*` fields must match it. */
  readonly previous?: PreviousDigest;
  /** The most bytes the digest may inflate to (default 1 GiB). */
  readonly maxBytes?: number;
}

/**
 * The outcome of {@link verifyDigest}. `valid` is true only when every check
 * passed; `reasons` says what failed, each with a code. `hash` and
 * `signature` are what a following digest must name as its previous one.
 *
 * @example
 * import type { DigestReport } from 'cloudtrail-codecs/integrity';
 * const line = (r: DigestReport): string => (r.valid ? `ok ${r.key}` : `FAIL ${r.key}: ${r.reasons.map((x) => x.code).join(', ')}`);
 */
export interface DigestReport {
  readonly valid: boolean;
  readonly reasons: readonly IntegrityReason[];
  /** Where it was read from, as given ('' when not text). */
  readonly bucket: string;
  readonly key: string;
  /** The decoded digest, when it decoded. */
  readonly digest?: DigestFile;
  /** Lower-case hex SHA-256 of the uncompressed bytes; '' when they could not be read. */
  readonly hash: string;
  /** The signature checked, lower-case hex; '' when none was given. */
  readonly signature: string;
  /** The text the signature was checked over, when the digest decoded. */
  readonly signingString?: string;
  /** A starting digest: all five `previousDigest*` fields null. */
  readonly starting: boolean;
  /** A digest of an hour without log files. */
  readonly emptyHour: boolean;
  /** A backfill digest (by key suffix or metadata). */
  readonly backfill: boolean;
}

/**
 * Checks one digest object offline, as `aws cloudtrail validate-logs` does
 * online: it must name the place it was read from, name a public key by a
 * fingerprint among the keys given (and held by one key only: several
 * different keys under one fingerprint give `key-ambiguous`), and carry a valid RSASSA-PKCS1-v1_5
 * SHA-256 signature over the signing string ({@link digestSigningString}),
 * whose hash is over the uncompressed bytes as stored. A digest that was
 * moved is still checked against the place it names, so the report tells a
 * moved but genuine digest from a forged one. With `previous`, the link to
 * that digest is checked too. It never rejects: bad input is a reason.
 *
 * @example
 * import { verifyDigest } from 'cloudtrail-codecs/integrity';
 * import type { PublicKeyEntry } from 'cloudtrail-codecs/integrity';
 * async function check(stored: Uint8Array, signature: string, publicKeys: PublicKeyEntry[]): Promise<boolean> {
 *   const report = await verifyDigest({
 *     digest: stored,
 *     bucket: 'trail-bucket',
 *     key: 'AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2026/03/02/111122223333_CloudTrail-Digest_us-east-1_main_us-east-1_20260302T100000Z.json.gz',
 *     signature,
 *     signatureAlgorithm: 'SHA256withRSA',
 *     publicKeys,
 *   });
 *   for (const r of report.reasons) console.log(`${r.code}: ${r.message}`);
 *   return report.valid;
 * }
 */
export async function verifyDigest(input: VerifyDigestInput): Promise<DigestReport> {
  try {
    return await verify(input, undefined);
  } catch (e) {
    // Only a hostile input (a Proxy that throws in the middle) gets here.
    return failed(input, [reason('bad-argument', `the input could not be read: ${errorName(e)}`)]);
  }
}

function failed(input: unknown, reasons: IntegrityReason[]): DigestReport {
  const bucket = textField(input, 'bucket') ?? '';
  const key = textField(input, 'key') ?? '';
  return { valid: false, reasons, bucket, key, hash: '', signature: '', starting: false, emptyHour: false, backfill: false };
}

/**
 * @internal verifyDigest with a key set read once, for chains. Never
 * rejects on bad input either.
 */
export async function verify(input: unknown, keySet: PublicKeySet | undefined, maxBytesGiven?: number): Promise<DigestReport> {
  const reasons: IntegrityReason[] = [];
  const bucketIn = field(input, 'bucket');
  const keyIn = field(input, 'key');
  const bucket = typeof bucketIn === 'string' ? bucketIn : '';
  const key = typeof keyIn === 'string' ? keyIn : '';
  if (typeof bucketIn !== 'string' || typeof keyIn !== 'string') reasons.push(reason('bad-argument', 'bucket and key must be text: where the digest was read from'));
  const metadata = field(input, 'metadata');
  const signatureIn = field(input, 'signature') ?? metadataValue(metadata, 'signature');
  const algorithmIn = field(input, 'signatureAlgorithm') ?? metadataValue(metadata, 'signature-algorithm');
  const signature = typeof signatureIn === 'string' ? signatureIn.trim().toLowerCase() : '';
  const backfill = isBackfill(key, metadata);
  const base = { bucket, key, signature, backfill };

  const maxBytes = maxBytesGiven ?? field(input, 'maxBytes');
  const read = readDigestObject(field(input, 'digest') as Uint8Array, typeof maxBytes === 'number' ? { maxBytes } : undefined);
  const subtle = subtleCrypto();
  if (subtle === undefined) reasons.push(reason('webcrypto-unavailable', NO_WEBCRYPTO));
  // Hashed even when the JSON is no digest: the next digest's link names this hash.
  const hash = read.bytes !== undefined && subtle !== undefined ? await sha256Hex(subtle, read.bytes) : '';
  if (!read.ok) {
    reasons.push(read.reason);
    return { ...base, valid: false, reasons, hash, starting: false, emptyHour: false };
  }
  const { digest, json } = read;
  const starting = isStartingDigest(digest);
  const emptyHour = isEmptyHourDigest(digest);
  const known = { ...base, digest, hash, starting, emptyHour };

  // 1. It names where it was read from.
  if (typeof bucketIn === 'string' && typeof keyIn === 'string' && (digest.digestS3Bucket !== bucket || digest.digestS3Object !== key)) {
    reasons.push(
      reason(
        'digest-moved',
        `the digest names ${location(digest.digestS3Bucket, digest.digestS3Object)} as its place, but was read from ${location(bucket, key)}`,
      ),
    );
  }

  // 2. The signature algorithm, in the file and in the metadata.
  const fileAlgorithm = digest.digestSignatureAlgorithm;
  if (!DigestSignatureAlgorithm.isKnown(fileAlgorithm)) {
    reasons.push(reason('signature-algorithm-unsupported', `digestSignatureAlgorithm ${shown(fileAlgorithm)} is not supported (only SHA256withRSA)`));
  } else if (typeof algorithmIn === 'string' && algorithmIn !== fileAlgorithm) {
    reasons.push(
      DigestSignatureAlgorithm.isKnown(algorithmIn)
        ? reason('signature-algorithm-mismatch', `the metadata says ${shown(algorithmIn)}, the digest ${shown(fileAlgorithm)}`)
        : reason('signature-algorithm-unsupported', `the signature algorithm of the metadata, ${shown(algorithmIn)}, is not supported (only SHA256withRSA)`),
    );
  }

  // 3. The link to the previous digest, when the caller knows it.
  const previous = field(input, 'previous');
  if (previous !== undefined) {
    const p = { bucket: textField(previous, 'bucket') ?? '', key: textField(previous, 'key') ?? '', hash: textField(previous, 'hash') ?? '', signature: textField(previous, 'signature') ?? '' };
    reasons.push(...linkProblems(digest, p));
  }

  // 4. The signature over the signing string, with the key it names.
  const signingString = digestSigningString({
    endTime: json.digestEndTime,
    bucket: digest.digestS3Bucket,
    key: digest.digestS3Object,
    hash,
    previousSignature: json.previousDigestSignature,
  });
  const sigReason = await checkSignature(subtle, signature, signatureIn, digest.digestPublicKeyFingerprint, signingString, keySet ?? readPublicKeys(field(input, 'publicKeys') as PublicKeysInput));
  if (sigReason !== undefined) reasons.push(sigReason);
  return { ...known, valid: reasons.length === 0, reasons, signingString };
}

async function checkSignature(
  subtle: Subtle | undefined,
  signature: string,
  given: unknown,
  fingerprint: string,
  signingString: string,
  keys: PublicKeySet,
): Promise<IntegrityReason | undefined> {
  if (given === undefined || given === null || (typeof given === 'string' && signature === '')) {
    return reason('signature-missing', 'no signature was given (the x-amz-meta-signature metadata of the digest object)');
  }
  if (typeof given !== 'string' || !isHex(signature)) return reason('signature-malformed', 'the signature is not hex text');
  if (!keys.hasFingerprint(fingerprint)) {
    return reason('key-unknown', `no public key has the fingerprint ${shown(fingerprint, 80)} the digest names; ${fingerprintList(keys)}`);
  }
  // Trying each of several keys would let any of them vouch for the digest.
  if (keys.isAmbiguous(fingerprint)) {
    return reason('key-ambiguous', `several different public keys have the fingerprint ${shown(fingerprint, 80)} the digest names: which one CloudTrail used cannot be told, so none is trusted`);
  }
  // Without WebCrypto (reported once already) nothing can be checked.
  if (subtle === undefined) return undefined;
  const [key] = await keys.cryptoKeys(subtle, fingerprint);
  if (key === undefined) {
    const f = fingerprint.toLowerCase();
    const problem = keys.keys.find((k) => k.fingerprint.toLowerCase() === f && k.problem !== undefined)?.problem;
    return reason('key-unusable', `the public key with fingerprint ${shown(fingerprint, 80)} cannot be used: ${problem ?? 'WebCrypto refused it as an RSA public key'}`);
  }
  const sig = hexToBytes(signature) as Uint8Array<ArrayBuffer>;
  const data = utf8Bytes(signingString) as Uint8Array<ArrayBuffer>;
  if (await subtle.verify(RSA_SHA256, key, sig, data).catch(() => false)) return undefined;
  return reason(
    'signature-invalid',
    `the signature does not match the digest's signing string under the key ${shown(fingerprint, 80)}: the digest, its hash or its previous signature was changed, or the key was replaced`,
  );
}
