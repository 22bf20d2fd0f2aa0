import { errorName } from '../core/WireType.js';
import { DigestHashAlgorithm } from './algorithms.js';
import type { DigestLogFile, DigestLogFileJson } from './DigestFile.js';
import { field, isHex, shown, textField } from './inputs.js';
import { reason, type IntegrityReason } from './IntegrityReason.js';
import { inflateObject } from './objectBytes.js';
import { NO_WEBCRYPTO, sha256Hex, subtleCrypto } from './webCrypto.js';

/**
 * What {@link verifyLogFile} takes: the log file's bytes as stored (gzip or
 * already inflated) and the digest entry that names it, decoded or as JSON.
 *
 * @example
 * import type { DigestFile, VerifyLogFileInput } from 'cloudtrail-codecs/integrity';
 * const inputs = (digest: DigestFile, read: (key: string) => Uint8Array): VerifyLogFileInput[] =>
 *   digest.logFiles.map((entry) => ({ log: read(entry.s3Object), entry }));
 */
export interface VerifyLogFileInput {
  readonly log: Uint8Array | ArrayBuffer;
  readonly entry: DigestLogFile | DigestLogFileJson;
  /** The most bytes the log file may inflate to (default 1 GiB). */
  readonly maxBytes?: number;
}

/**
 * The outcome of {@link verifyLogFile}: `valid`, and when not, the reason.
 *
 * @example
 * import type { LogFileReport } from 'cloudtrail-codecs/integrity';
 * const line = (r: LogFileReport): string => (r.valid ? `ok ${r.key}` : `FAIL ${r.key}: ${r.reason?.message ?? ''}`);
 */
export interface LogFileReport {
  readonly valid: boolean;
  /** Why it is not valid; absent when it is. */
  readonly reason?: IntegrityReason;
  /** Where the entry says the log file is ('' when it does not say). */
  readonly bucket: string;
  readonly key: string;
  /** Lower-case hex SHA-256 of the uncompressed bytes; '' when they could not be read. */
  readonly hash: string;
  /** The entry's `hashValue`, as written. */
  readonly expected: string;
}

/**
 * Checks a log file against its entry in a digest's `logFiles`: the
 * SHA-256 of its uncompressed bytes must equal `hashValue` (either case).
 * Gzip is inflated exactly, so a file with bytes after its gzip stream is
 * invalid (`gzip-trailing-bytes`), as is one whose CRC fails. The hash is
 * one WebCrypto digest call over the bytes, without copies. It never
 * rejects: bad input is a reason.
 *
 * @example
 * import { verifyLogFile, type DigestLogFile } from 'cloudtrail-codecs/integrity';
 * async function check(bytes: Uint8Array, entry: DigestLogFile): Promise<string> {
 *   const r = await verifyLogFile({ log: bytes, entry });
 *   return r.valid ? 'ok' : `${r.reason?.code}: ${r.reason?.message}`;
 * }
 */
export async function verifyLogFile(input: VerifyLogFileInput): Promise<LogFileReport> {
  try {
    return await verifyUnguarded(input);
  } catch (e) {
    return invalid(input, reason('bad-argument', `the input could not be read: ${errorName(e)}`));
  }
}

function invalid(input: unknown, why: IntegrityReason, hash = ''): LogFileReport {
  const entry = field(input, 'entry');
  return { valid: false, reason: why, bucket: textField(entry, 's3Bucket') ?? '', key: textField(entry, 's3Object') ?? '', hash, expected: textField(entry, 'hashValue') ?? '' };
}

async function verifyUnguarded(input: VerifyLogFileInput): Promise<LogFileReport> {
  const entry = field(input, 'entry');
  const expected = textField(entry, 'hashValue');
  const algorithm = textField(entry, 'hashAlgorithm');
  if (expected === undefined || algorithm === undefined) {
    return invalid(input, reason('entry-invalid', 'the digest entry has no hashValue or hashAlgorithm text'));
  }
  if (!DigestHashAlgorithm.isKnown(algorithm)) {
    return invalid(input, reason('hash-algorithm-unsupported', `hashAlgorithm ${shown(algorithm)} is not supported (only SHA-256)`));
  }
  if (expected.length !== 64 || !isHex(expected)) {
    return invalid(input, reason('hash-malformed', `hashValue ${shown(expected, 80)} is not 64 hex digits`));
  }
  const subtle = subtleCrypto();
  if (subtle === undefined) return invalid(input, reason('webcrypto-unavailable', NO_WEBCRYPTO));
  const maxBytes = field(input, 'maxBytes');
  const inflated = inflateObject(field(input, 'log'), 'log file', typeof maxBytes === 'number' ? maxBytes : undefined);
  if (!inflated.ok) return invalid(input, inflated.reason);
  const hash = await sha256Hex(subtle, inflated.bytes);
  if (hash !== expected.toLowerCase()) {
    return invalid(input, reason('hash-mismatch', `the SHA-256 of the log file is ${hash}, but the digest says ${expected.toLowerCase()}: the file was changed`), hash);
  }
  return { valid: true, bucket: textField(entry, 's3Bucket') ?? '', key: textField(entry, 's3Object') ?? '', hash, expected };
}
