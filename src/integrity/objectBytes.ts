// Reading an S3 object as the caller hands it over: bytes in any of the usual
// containers, gzip or already inflated, inflated exactly.
import { gunzip, isGzip } from '../core/gzip.js';
import { reason, type IntegrityReason } from './IntegrityReason.js';

/**
 * `u` as a `Uint8Array` view, without copying: a `Uint8Array` (a Node
 * `Buffer` is one), another typed array or `DataView`, or an `ArrayBuffer`.
 * Anything else, a Proxy included, is undefined. Never throws.
 */
export function bytesOf(u: unknown): Uint8Array | undefined {
  try {
    // isView and the internal-slot checks below never run a Proxy trap.
    if (ArrayBuffer.isView(u)) return u instanceof Uint8Array ? u : new Uint8Array(u.buffer, u.byteOffset, u.byteLength);
    if (isArrayBuffer(u)) return new Uint8Array(u);
  } catch {
    // A detached buffer: not bytes any more.
  }
  return undefined;
}

const byteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength')?.get;

function isArrayBuffer(u: unknown): u is ArrayBuffer {
  if (typeof u !== 'object' || u === null || byteLength === undefined) return false;
  try {
    // The getter throws for anything that is not a real ArrayBuffer (a Proxy, a SharedArrayBuffer).
    byteLength.call(u);
    return true;
  } catch {
    return false;
  }
}

/** What {@link inflateObject} gives: the bytes CloudTrail hashed, or why there are none. */
export type InflatedObject =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly gzipped: boolean }
  | { readonly ok: false; readonly reason: IntegrityReason };

/**
 * The uncompressed bytes of an object: inflated when it starts as gzip
 * does (exactly: one member, nothing after it, CRC and size checked),
 * as they are otherwise. `what` names the object in messages.
 */
export function inflateObject(u: unknown, what: string, maxBytes?: number): InflatedObject {
  const bytes = bytesOf(u);
  if (bytes === undefined) return { ok: false, reason: reason('not-bytes', `the ${what} is not bytes (a Uint8Array or ArrayBuffer)`) };
  if (!isGzip(bytes)) return { ok: true, bytes, gzipped: false };
  const r = gunzip(bytes, maxBytes === undefined ? undefined : { maxBytes });
  if (r.ok) return { ok: true, bytes: r.bytes, gzipped: true };
  return r.trailingBytes !== undefined
    ? { ok: false, reason: reason('gzip-trailing-bytes', `the ${what} has ${r.reason}; CloudTrail writes a single gzip stream and nothing after it`) }
    : { ok: false, reason: reason('gzip-invalid', `the ${what} is not valid gzip: ${r.reason}`) };
}
