// The one place that reaches WebCrypto. `crypto.subtle` is a web-standard
// global (browsers, Node 20+, Deno, Bun, edge runtimes); where it is missing,
// verification reports that instead of throwing.
import { bytesToHex } from '../core/bytes.js';

/** The subset of SubtleCrypto the integrity checks and builders use. */
export type Subtle = typeof globalThis.crypto.subtle;
/** WebCrypto's key type, as the runtime defines it. */
export type WebCryptoKey = Awaited<ReturnType<Subtle['importKey']>>;

/** The algorithm of every CloudTrail digest signature: `SHA256withRSA`. */
export const RSA_SHA256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

/** `crypto.subtle`, or undefined where the runtime has none (or hides it behind a throwing getter). */
export function subtleCrypto(): Subtle | undefined {
  try {
    const subtle: unknown = (globalThis as { crypto?: { subtle?: unknown } }).crypto?.subtle;
    return typeof subtle === 'object' && subtle !== null ? (subtle as Subtle) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Lower-case hex SHA-256 of `bytes`, in one digest call over the caller's
 * buffer (no copy here: the engine hashes the view as it is).
 */
export async function sha256Hex(subtle: Subtle, bytes: Uint8Array): Promise<string> {
  const digest = await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return bytesToHex(new Uint8Array(digest));
}

/** The message WebCrypto's absence gives. */
export const NO_WEBCRYPTO = 'this runtime has no WebCrypto (globalThis.crypto.subtle), which SHA-256 and RSA verification need';
