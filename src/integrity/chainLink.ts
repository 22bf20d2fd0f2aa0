// The link from a digest to the one before it: the five previousDigest*
// fields must name that digest and match its hash and signature.
import { DigestHashAlgorithm } from './algorithms.js';
import type { DigestFile } from './DigestFile.js';
import { reason, type IntegrityReason } from './IntegrityReason.js';
import { location, shown } from './inputs.js';

/**
 * The digest before another one, as it was found: where it was read, the
 * SHA-256 of its uncompressed bytes and its signature (both hex).
 *
 * @example
 * import type { PreviousDigest } from 'cloudtrail-codecs/integrity';
 * const previous: PreviousDigest = { bucket: 'trail-bucket', key: 'AWSLogs/…_20260302T090000Z.json.gz', hash: 'e3b0c442…', signature: '9a7b…' };
 */
export interface PreviousDigest {
  readonly bucket: string;
  readonly key: string;
  readonly hash: string;
  readonly signature: string;
}

/** True when the digest names this location as its previous one. */
export function namesAsPrevious(digest: DigestFile, bucket: string, key: string): boolean {
  return digest.previousDigestS3Bucket === bucket && digest.previousDigestS3Object === key;
}

/**
 * The problems of the link from `digest` to `previous`, the digest found
 * just before it: a restart (a starting digest after another), another
 * digest named, a hash or signature that differ (the previous digest was
 * replaced), or a hash algorithm this library does not know.
 */
export function linkProblems(digest: DigestFile, previous: PreviousDigest): IntegrityReason[] {
  if (digest.previousDigestS3Object === null && digest.previousDigestSignature === null) {
    return [reason('chain-restarted', `the digest is a starting digest, though ${location(previous.bucket, previous.key)} comes before it: validation or logging was stopped and started again`)];
  }
  const out: IntegrityReason[] = [];
  if (!namesAsPrevious(digest, previous.bucket, previous.key)) {
    out.push(
      reason(
        'chain-link-mismatch',
        `the digest names ${location(digest.previousDigestS3Bucket ?? 'null', digest.previousDigestS3Object ?? 'null')} as its previous digest, not ${location(previous.bucket, previous.key)}`,
      ),
    );
    return out;
  }
  const algorithm = digest.previousDigestHashAlgorithm;
  if (algorithm !== null && !DigestHashAlgorithm.isKnown(algorithm)) {
    out.push(reason('hash-algorithm-unsupported', `previousDigestHashAlgorithm ${shown(algorithm)} is not supported (only SHA-256)`));
  } else if ((digest.previousDigestHashValue ?? '').toLowerCase() !== previous.hash.toLowerCase()) {
    out.push(
      reason(
        'chain-link-mismatch',
        `previousDigestHashValue ${shown(digest.previousDigestHashValue ?? 'null', 80)} is not the SHA-256 of the previous digest (${previous.hash || 'not computed'}): it was replaced`,
      ),
    );
  }
  if ((digest.previousDigestSignature ?? '').toLowerCase() !== previous.signature.toLowerCase()) {
    out.push(reason('chain-link-mismatch', `previousDigestSignature is not the signature of the previous digest: it was replaced or re-signed`));
  }
  return out;
}
