// Reading what callers hand to the verifiers, which may be anything at run
// time: every read is guarded, so a getter that throws or a revoked Proxy
// becomes a reason, never an exception.
import { clipText, quoteText } from '../core/escapeText.js';
import { isObject, readProperty, UNREADABLE } from '../core/WireType.js';

/** The property `key` of `o`, or undefined when `o` is no object or the read throws. */
export function field(o: unknown, key: string): unknown {
  if (typeof o !== 'object' || o === null) return undefined;
  const v = readProperty(o, key);
  return v === UNREADABLE ? undefined : v;
}

/** The property as text, or undefined. */
export function textField(o: unknown, key: string): string | undefined {
  const v = field(o, key);
  return typeof v === 'string' ? v : undefined;
}

/**
 * S3 user metadata, as `aws s3api head-object` prints it (`signature`,
 * `signature-algorithm`) or as HTTP headers name it
 * (`x-amz-meta-signature`); names are matched without regard to case.
 */
export function metadataValue(metadata: unknown, name: string): string | undefined {
  if (!isObject(metadata)) return undefined;
  const wanted = name.toLowerCase();
  const prefixed = `x-amz-meta-${wanted}`;
  let keys: string[];
  try {
    keys = Object.keys(metadata);
  } catch {
    return undefined;
  }
  for (const k of keys) {
    const lower = k.toLowerCase();
    if (lower === wanted || lower === prefixed) {
      const v = field(metadata, k);
      if (typeof v === 'string') return v;
    }
  }
  return undefined;
}

/** Record text for a message: cut, then quoted and escaped as core's quoteText does. */
export function shown(text: string, max = 200): string {
  return quoteText(clipText(text, max));
}

/** `s3://bucket/key` for a message, escaped and cut. */
export function location(bucket: string, key: string): string {
  return shown(`s3://${bucket}/${key}`, 300);
}

/** True for a backfill digest, by its key or its metadata. */
export function isBackfill(key: string, metadata: unknown): boolean {
  return /_backfill\.json(\.gz)?$/.test(key) || metadataValue(metadata, 'backfill-generation-timestamp') !== undefined;
}

const HEX = /^[0-9a-fA-F]*$/;

/** True for a non-empty even run of hex digits. */
export function isHex(text: string): boolean {
  return text.length > 0 && text.length % 2 === 0 && HEX.test(text);
}
