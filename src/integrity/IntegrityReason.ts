import type { Issue } from '../core/Issue.js';

/**
 * Why a digest, a log file or a chain of digests failed to prove itself, as
 * a stable code for programs (the message is for people and may change).
 *
 * Inputs: `not-bytes` (the object is not a `Uint8Array` or `ArrayBuffer`),
 * `bad-argument` (another argument has the wrong type).
 * Reading an object: `gzip-invalid` (bad header, CRC or length, cut short,
 * too large), `gzip-trailing-bytes` (bytes after the gzip stream: CloudTrail
 * never writes them), `not-utf8`, `not-json`, `not-digest` (the JSON is no
 * digest file; the issues say where).
 * Digests: `digest-moved` (it names another bucket or key than the one it was
 * read from), `key-unknown` (no public key has its fingerprint),
 * `key-unusable` (the key with that fingerprint cannot be read),
 * `key-ambiguous` (several different keys share that fingerprint, so none is
 * trusted),
 * `signature-missing`, `signature-malformed` (not hex), `signature-invalid`
 * (the signature does not match the signing string),
 * `signature-algorithm-unsupported`, `signature-algorithm-mismatch` (the S3
 * metadata and the file disagree), `webcrypto-unavailable`.
 * Log files: `log-missing`, `log-unreadable` (the caller's lookup threw),
 * `entry-invalid` (the `logFiles[i]` entry lacks its hash), `hash-malformed`,
 * `hash-algorithm-unsupported`, `hash-mismatch`, `digest-invalid` (the
 * digest that names the log file is itself not valid, so its hash proves
 * nothing).
 * Chains: `no-digests` (no digest was given, or none could be read: nothing
 * is proven), `log-files-not-given` (no log files were given: nothing about
 * them is proven), `chain-short` (the newest digest ends before the time the
 * caller expects: digests at the end may have been deleted),
 * `digest-missing` (a digest named as previous is not in the run),
 * `chain-link-mismatch` (a digest's `previousDigest*` fields do not match the
 * digest before it: it was replaced, or deleted with its neighbour),
 * `chain-out-of-order`, `chain-gap` (the times do not join), `chain-restarted`
 * (a starting digest after the first), `backfill` (a backfill digest; a
 * notice only), `log-not-covered` (a log file no digest names).
 * A chain also repeats, as flags, the key findings of its digests
 * (`key-unknown`, `key-unusable`, `key-ambiguous`) and `digest-moved`.
 *
 * @example
 * import type { IntegrityReasonCode } from 'cloudtrail-codecs/integrity';
 * const tampering: ReadonlySet<IntegrityReasonCode> = new Set(['hash-mismatch', 'signature-invalid', 'digest-missing', 'chain-link-mismatch']);
 * tampering.has('log-missing'); // false
 */
export type IntegrityReasonCode =
  | 'not-bytes'
  | 'bad-argument'
  | 'gzip-invalid'
  | 'gzip-trailing-bytes'
  | 'not-utf8'
  | 'not-json'
  | 'not-digest'
  | 'digest-moved'
  | 'key-unknown'
  | 'key-unusable'
  | 'signature-missing'
  | 'signature-malformed'
  | 'signature-invalid'
  | 'signature-algorithm-unsupported'
  | 'signature-algorithm-mismatch'
  | 'webcrypto-unavailable'
  | 'log-missing'
  | 'log-unreadable'
  | 'entry-invalid'
  | 'hash-malformed'
  | 'hash-algorithm-unsupported'
  | 'hash-mismatch'
  | 'digest-missing'
  | 'chain-link-mismatch'
  | 'chain-out-of-order'
  | 'chain-gap'
  | 'chain-restarted'
  | 'backfill'
  | 'log-not-covered'
  | 'key-ambiguous'
  | 'digest-invalid'
  | 'no-digests'
  | 'log-files-not-given'
  | 'chain-short';

/**
 * One reason, with its code and a one-line message. Record text in the
 * message (bucket names, keys, fingerprints read from a file) is escaped and
 * cut, so a tampered file cannot forge lines of a report.
 *
 * @example
 * import type { IntegrityReason } from 'cloudtrail-codecs/integrity';
 * const line = (r: IntegrityReason): string => `${r.code}: ${r.message}`;
 * line({ code: 'hash-mismatch', message: 'the SHA-256 of the log file differs' }); // 'hash-mismatch: the SHA-256 of the log file differs'
 */
export interface IntegrityReason {
  readonly code: IntegrityReasonCode;
  readonly message: string;
  /** For `not-digest`: every decode problem, with its path. */
  readonly issues?: readonly Issue[];
}

/** @internal */
export function reason(code: IntegrityReasonCode, message: string, issues?: readonly Issue[]): IntegrityReason {
  return issues === undefined ? { code, message } : { code, message, issues };
}
