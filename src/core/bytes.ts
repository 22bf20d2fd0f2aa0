// Byte helpers shared by the CloudWatch Logs envelopes, the digest codec and
// integrity checks. They use only what every JavaScript runtime has, so the
// library stays free of node: imports; none of them throws.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < BASE64.length; i++) BASE64_VALUE[BASE64.charCodeAt(i)] = i;
// URL-safe letters too: some tools re-encode Firehose data that way.
BASE64_VALUE['-'.charCodeAt(0)] = 62;
BASE64_VALUE['_'.charCodeAt(0)] = 63;

/**
 * The bytes of base64 `text` (padding optional, ASCII whitespace ignored), or
 * a reason when it is not base64. Decoded in one pass into one buffer:
 * `atob` would build a binary string first, twice the memory for a large
 * Firehose record.
 */
export function base64ToBytes(text: string): Uint8Array | { readonly reason: string } {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let n = 0;
  let acc = 0;
  let bits = 0;
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let pad = 0;
  while (end > 0 && text.charCodeAt(end - 1) === 61 /* = */ && pad < 2) {
    end--;
    pad++;
  }
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    const v = c < 128 ? BASE64_VALUE[c]! : -1;
    if (v < 0) return { reason: `character ${i} is not base64` };
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  // Six leftover bits cannot end a byte: a character is missing.
  if (bits >= 6) return { reason: 'the base64 text is cut short' };
  return out.subarray(0, n);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** Base64 text of `bytes`, padded. */
export function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    s += BASE64[v >> 18]! + BASE64[(v >> 12) & 63]! + BASE64[(v >> 6) & 63]! + BASE64[v & 63]!;
  }
  if (i < bytes.length) {
    const v = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8);
    s += BASE64[v >> 18]! + BASE64[(v >> 12) & 63]! + (i + 1 < bytes.length ? BASE64[(v >> 6) & 63]! : '=') + '=';
  }
  return s;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Lower-case hex of `bytes`, as digests and signatures are written. */
export function bytesToHex(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += HEX[bytes[i]!]!;
  return s;
}

/** The bytes of hex `text` (either case), or undefined when it is not an even run of hex digits. */
export function hexToBytes(text: string): Uint8Array | undefined {
  if (text.length % 2 !== 0) return undefined;
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = hexDigit(text.charCodeAt(2 * i));
    const lo = hexDigit(text.charCodeAt(2 * i + 1));
    if (hi < 0 || lo < 0) return undefined;
    out[i] = (hi << 4) | lo;
  }
  return out;
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });
const utf8Encoder = new TextEncoder();

/** `bytes` read as UTF-8, or undefined when they are not valid UTF-8 (never a silent U+FFFD). */
export function utf8Text(bytes: Uint8Array): string | undefined {
  try {
    return utf8Decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** The UTF-8 bytes of `text`. */
export function utf8Bytes(text: string): Uint8Array {
  return utf8Encoder.encode(text);
}

/** True when the two byte runs are equal. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
