import { utf8Text } from '../core/bytes.js';
import { parseJsonText } from '../containers/jsonSyntax.js';
import { decodeDigestFile, type DigestFile, type DigestFileJson } from './DigestFile.js';
import { reason, type IntegrityReason } from './IntegrityReason.js';
import { inflateObject } from './objectBytes.js';

/**
 * A digest object read: the decoded digest, its JSON as parsed (times as
 * text), and the uncompressed bytes, which are what its hash and signature
 * cover.
 *
 * @example
 * import { readDigestObject, type DigestObject } from 'cloudtrail-codecs/integrity';
 * const size = (o: DigestObject): number => o.bytes.length;
 */
export interface DigestObject {
  readonly digest: DigestFile;
  /** The parsed JSON: `digestEndTime` here is the text as written. */
  readonly json: DigestFileJson;
  /** The uncompressed bytes, exactly as stored. */
  readonly bytes: Uint8Array;
  /** True when the object was gzip. */
  readonly gzipped: boolean;
}

/**
 * What {@link readDigestObject} gives: the digest, or the first reason it
 * could not be read (with the uncompressed bytes when it got that far).
 *
 * @example
 * import { readDigestObject, type DigestObjectResult } from 'cloudtrail-codecs/integrity';
 * const r: DigestObjectResult = readDigestObject(new TextEncoder().encode('{}'));
 * r.ok ? '' : r.reason.code; // 'not-digest'
 */
export type DigestObjectResult =
  | ({ readonly ok: true } & DigestObject)
  | { readonly ok: false; readonly reason: IntegrityReason; readonly bytes?: Uint8Array };

/**
 * Reads a digest object as stored in S3: gzip (inflated exactly: bytes after
 * the stream are refused) or already inflated, then UTF-8, JSON and the
 * {@link DigestFile} codec. It gives the uncompressed bytes too, because the
 * hashes CloudTrail signs are over them, never over JSON written anew.
 * Nothing throws: every failure is a reason with its code.
 *
 * @example
 * import { readDigestObject } from 'cloudtrail-codecs/integrity';
 * const r = readDigestObject(new TextEncoder().encode('{"awsAccountId": 1}'));
 * if (!r.ok) r.reason.issues?.[0]?.path; // 'awsAccountId'
 * readDigestObject('{}' as never).ok; // false
 */
export function readDigestObject(stored: Uint8Array | ArrayBuffer, options?: { readonly maxBytes?: number }): DigestObjectResult {
  let maxBytes: unknown;
  try {
    maxBytes = options?.maxBytes;
  } catch {
    maxBytes = undefined;
  }
  const inflated = inflateObject(stored, 'digest', typeof maxBytes === 'number' ? maxBytes : undefined);
  if (!inflated.ok) return inflated;
  const { bytes, gzipped } = inflated;
  const text = utf8Text(bytes);
  if (text === undefined) return { ok: false, reason: reason('not-utf8', 'the digest is not UTF-8 text'), bytes };
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, reason: reason('not-json', `the digest is not JSON: ${parsed.reason}`), bytes };
  const decoded = decodeDigestFile(parsed.value);
  if (!decoded.success) {
    const issues = decoded.error.issues;
    const first = issues[0]?.message ?? 'it does not decode';
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problems)` : '';
    return { ok: false, reason: reason('not-digest', `the JSON is not a digest file: ${first}${more}`, issues), bytes };
  }
  return { ok: true, digest: decoded.data, json: parsed.value as DigestFileJson, bytes, gzipped };
}
