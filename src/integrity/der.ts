// Just enough DER to tell the two forms of an RSA public key apart and turn
// one into the other. ListPublicKeys gives PKCS#1 (`RSAPublicKey`), while
// WebCrypto imports only SubjectPublicKeyInfo, which wraps it:
//   SEQUENCE { SEQUENCE { OID rsaEncryption, NULL }, BIT STRING { 0 unused bits, RSAPublicKey } }

/** The AlgorithmIdentifier of rsaEncryption (OID 1.2.840.113549.1.1.1) with its NULL parameters. */
const RSA_ALGORITHM = Uint8Array.of(0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00);

interface Element {
  readonly tag: number;
  /** Where the contents start and end. */
  readonly start: number;
  readonly end: number;
}

/** The DER element at `at`, or undefined when its header or length do not fit within `limit`. */
function readElement(bytes: Uint8Array, at: number, limit: number): Element | undefined {
  if (at + 2 > limit) return undefined;
  const tag = bytes[at]!;
  let length = bytes[at + 1]!;
  let start = at + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    // DER lengths are minimal; four bytes already reach 4 GiB.
    if (count === 0 || count > 4 || start + count > limit) return undefined;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[start + i]!;
    start += count;
    if (length < 0x80) return undefined;
  }
  const end = start + length;
  return end > limit ? undefined : { tag, start, end };
}

/** What a key's DER holds: PKCS#1 `RSAPublicKey`, SubjectPublicKeyInfo, or neither. */
export type KeyForm = 'pkcs1' | 'spki' | undefined;

/** Tells PKCS#1 from SPKI by the first element inside the outer SEQUENCE. */
export function keyFormOf(der: Uint8Array): KeyForm {
  const outer = readElement(der, 0, der.length);
  if (outer === undefined || outer.tag !== 0x30 || outer.end !== der.length) return undefined;
  const first = readElement(der, outer.start, outer.end);
  if (first === undefined) return undefined;
  if (first.tag === 0x02) {
    // RSAPublicKey: modulus and exponent, two INTEGERs and nothing else.
    const exponent = readElement(der, first.end, outer.end);
    return exponent !== undefined && exponent.tag === 0x02 && exponent.end === outer.end ? 'pkcs1' : undefined;
  }
  if (first.tag === 0x30) {
    const bits = readElement(der, first.end, outer.end);
    return bits !== undefined && bits.tag === 0x03 && bits.end === outer.end ? 'spki' : undefined;
  }
  return undefined;
}

function header(tag: number, length: number): number[] {
  if (length < 0x80) return [tag, length];
  const out: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) out.unshift(n % 256);
  return [tag, 0x80 | out.length, ...out];
}

/** SubjectPublicKeyInfo around a PKCS#1 `RSAPublicKey`. */
export function pkcs1ToSpki(pkcs1: Uint8Array): Uint8Array {
  const bitString = header(0x03, pkcs1.length + 1);
  const body = RSA_ALGORITHM.length + bitString.length + 1 + pkcs1.length;
  const outer = header(0x30, body);
  const out = new Uint8Array(outer.length + body);
  let at = 0;
  out.set(outer, at);
  at += outer.length;
  out.set(RSA_ALGORITHM, at);
  at += RSA_ALGORITHM.length;
  out.set(bitString, at);
  at += bitString.length;
  out[at++] = 0; // no unused bits
  out.set(pkcs1, at);
  return out;
}

/** The PKCS#1 `RSAPublicKey` inside a SubjectPublicKeyInfo, or undefined when it holds none. */
export function spkiToPkcs1(spki: Uint8Array): Uint8Array | undefined {
  if (keyFormOf(spki) !== 'spki') return undefined;
  const outer = readElement(spki, 0, spki.length)!;
  const algorithm = readElement(spki, outer.start, outer.end)!;
  const bits = readElement(spki, algorithm.end, outer.end)!;
  if (bits.end - bits.start < 2 || spki[bits.start] !== 0) return undefined;
  const inner = spki.subarray(bits.start + 1, bits.end);
  return keyFormOf(inner) === 'pkcs1' ? inner : undefined;
}
