import { base64ToBytes, sameBytes } from '../core/bytes.js';
import { DateFromApiTimestamp } from '../core/DateFromApiTimestamp.js';
import { clipText, escapeText } from '../core/escapeText.js';
import { INVALID, isArray, isObject, parseWith, readProperty, UNREADABLE } from '../core/WireType.js';
import { keyFormOf, pkcs1ToSpki } from './der.js';
import { bytesOf } from './objectBytes.js';
import { RSA_SHA256, type Subtle, type WebCryptoKey } from './webCrypto.js';

/**
 * One public key as CloudTrail's `ListPublicKeys` returns it, in any of the
 * forms the tools hand it over. `Value` is the DER of the key: base64 text
 * (the JSON API, `aws cloudtrail list-public-keys`) or bytes (the AWS SDKs);
 * PKCS#1 `RSAPublicKey` as AWS gives it, or SubjectPublicKeyInfo (PEM
 * armour is ignored). The validity times are a `Date` (SDKs), ISO-8601 text
 * (AWS CLI v2 prints it with an offset, `2026-03-02T10:00:00+00:00`) or epoch
 * seconds (the JSON API). `Fingerprint` is the text digests name their key
 * by, in `digestPublicKeyFingerprint`.
 *
 * @example
 * import type { PublicKeyEntry } from 'cloudtrail-codecs/integrity';
 * const fromCli: PublicKeyEntry = {
 *   Value: 'MIIBCgKCAQEAxDrqIYoS…',
 *   ValidityStartTime: '2026-02-01T09:00:00+00:00',
 *   ValidityEndTime: '2026-03-03T09:00:00+00:00',
 *   Fingerprint: '31e8b5433410dfb61a9dc45cc65b22ff',
 * };
 */
export interface PublicKeyEntry {
  readonly Value: string | Uint8Array | ArrayBuffer;
  readonly ValidityStartTime?: Date | string | number;
  readonly ValidityEndTime?: Date | string | number;
  readonly Fingerprint: string;
}

/**
 * A whole `ListPublicKeys` response, as `aws cloudtrail list-public-keys`
 * prints it or an SDK returns it.
 *
 * @example
 * import type { ListPublicKeysResponse } from 'cloudtrail-codecs/integrity';
 * const saved: ListPublicKeysResponse = { PublicKeyList: [] };
 */
export interface ListPublicKeysResponse {
  readonly PublicKeyList: readonly PublicKeyEntry[];
}

/**
 * The public keys a verification may use: the entries, a whole response, or
 * a set already read with {@link readPublicKeys} (read once, used for many
 * digests: each key is imported into WebCrypto once).
 *
 * @example
 * import { readPublicKeys, type PublicKeysInput } from 'cloudtrail-codecs/integrity';
 * const keys: PublicKeysInput = readPublicKeys({ PublicKeyList: [] });
 */
export type PublicKeysInput = readonly PublicKeyEntry[] | ListPublicKeysResponse | PublicKeySet;

/**
 * One public key as read: its fingerprint, the form its DER had, its
 * validity, and why it cannot be used when it cannot.
 *
 * @example
 * import { readPublicKeys, type PublicKeyInfo } from 'cloudtrail-codecs/integrity';
 * const unusable = (k: PublicKeyInfo): boolean => k.problem !== undefined;
 * readPublicKeys([{ Value: 'not base64!', Fingerprint: 'ab' }]).keys.filter(unusable).length; // 1
 */
export interface PublicKeyInfo {
  /** Its place in the list given. */
  readonly index: number;
  /** As given (digests are matched to it without regard to case). */
  readonly fingerprint: string;
  /** `'pkcs1'` or `'spki'` when the value is an RSA public key in one of them. */
  readonly form?: 'pkcs1' | 'spki';
  readonly validityStart?: Date;
  readonly validityEnd?: Date;
  /** Why the key cannot be used (no fingerprint, no readable key); absent when it can. */
  readonly problem?: string;
}

interface Usable {
  readonly spki: Uint8Array;
  imported?: Promise<WebCryptoKey | undefined>;
}

/**
 * Public keys read once for many verifications. Keys are chosen by
 * fingerprint, never by time: choosing by validity window broke during a
 * key rotation. An entry without a fingerprint, or whose value is no RSA
 * key, is kept (with its `problem`) but never verifies anything; two entries
 * with one fingerprint and different keys make that fingerprint ambiguous
 * ({@link PublicKeySet.isAmbiguous}). Each key is imported into WebCrypto on
 * first use.
 *
 * @example
 * import { readPublicKeys } from 'cloudtrail-codecs/integrity';
 * const set = readPublicKeys([{ Value: 'AAAA', Fingerprint: '31E8B5433410DFB61A9DC45CC65B22FF' }]);
 * set.keys[0]?.problem; // 'the value is not DER of an RSA public key (PKCS#1 or SubjectPublicKeyInfo)'
 * set.hasFingerprint('31e8b5433410dfb61a9dc45cc65b22ff'); // true
 */
export class PublicKeySet {
  /** Every entry given, usable or not, in order. */
  readonly keys: readonly PublicKeyInfo[];
  /** Problems with the list itself (not a list, an entry that is no object). */
  readonly problems: readonly string[];
  private readonly usable: Map<string, Usable[]>;

  private constructor(keys: readonly PublicKeyInfo[], problems: readonly string[], usable: Map<string, Usable[]>) {
    this.keys = keys;
    this.problems = problems;
    this.usable = usable;
  }

  /** @internal */
  static of(keys: readonly PublicKeyInfo[], problems: readonly string[], usable: Map<string, Usable[]>): PublicKeySet {
    return new PublicKeySet(keys, problems, usable);
  }

  /**
   * True when some entry has this fingerprint (any case), usable or not. An
   * entry without a fingerprint matches nothing, not even an empty one.
   */
  hasFingerprint(fingerprint: string): boolean {
    if (typeof fingerprint !== 'string' || fingerprint === '') return false;
    const f = fingerprint.toLowerCase();
    return this.keys.some((k) => k.fingerprint !== '' && k.fingerprint.toLowerCase() === f);
  }

  /**
   * True when entries with this fingerprint (any case) hold different keys.
   * Which one CloudTrail meant cannot be told, so a digest naming it is not
   * checked against any of them: trying each would let any listed key vouch
   * for it. The same key listed twice, in PKCS#1 and SPKI form or in two
   * saved responses, is not ambiguous.
   *
   * @example
   * import { readPublicKeys } from 'cloudtrail-codecs/integrity';
   * const set = readPublicKeys([{ Value: 'AAAA', Fingerprint: 'ab' }]);
   * set.isAmbiguous('ab'); // false
   */
  isAmbiguous(fingerprint: string): boolean {
    if (typeof fingerprint !== 'string' || fingerprint === '') return false;
    return (this.usable.get(fingerprint.toLowerCase())?.length ?? 0) > 1;
  }

  /**
   * @internal The WebCrypto keys with this fingerprint, imported on first
   * use (one per distinct key); undefined items for values WebCrypto refused.
   */
  async cryptoKeys(subtle: Subtle, fingerprint: string): Promise<Array<WebCryptoKey | undefined>> {
    const list = fingerprint === '' ? [] : (this.usable.get(fingerprint.toLowerCase()) ?? []);
    const out: Array<WebCryptoKey | undefined> = [];
    for (const u of list) {
      u.imported ??= subtle.importKey('spki', u.spki as Uint8Array<ArrayBuffer>, RSA_SHA256, false, ['verify']).then(
        (k) => k,
        () => undefined,
      );
      out.push(await u.imported);
    }
    return out;
  }
}

/** At most this many problems with the list itself are kept. */
const MAX_PROBLEMS = 100;

/**
 * Reads public keys as `ListPublicKeys` gives them (see
 * {@link PublicKeyEntry}): a list of entries or the whole response. Each
 * value is base64-decoded when it is text, its DER form detected, and a
 * PKCS#1 key wrapped as SubjectPublicKeyInfo for WebCrypto. An entry that
 * cannot be used is kept with its problem; nothing throws.
 *
 * @example
 * import { readPublicKeys } from 'cloudtrail-codecs/integrity';
 * const set = readPublicKeys({ PublicKeyList: [{ Value: new Uint8Array(0), Fingerprint: '31e8b5433410dfb61a9dc45cc65b22ff' }] });
 * set.keys.length; // 1
 * readPublicKeys('not keys' as never).problems; // ['the public keys are neither a list nor a ListPublicKeys response (with PublicKeyList)']
 */
export function readPublicKeys(input: PublicKeysInput): PublicKeySet {
  if (isKeySet(input)) return input;
  const keys: PublicKeyInfo[] = [];
  const problems: string[] = [];
  const usable = new Map<string, Usable[]>();
  let list: unknown = input;
  if (!isArray(list) && isObject(list)) {
    const inner = readProperty(list, 'PublicKeyList', true);
    list = inner === UNREADABLE ? undefined : inner;
  }
  if (!isArray(list)) {
    problems.push('the public keys are neither a list nor a ListPublicKeys response (with PublicKeyList)');
    return PublicKeySet.of(keys, problems, usable);
  }
  const n = readProperty(list, 'length');
  const count = typeof n === 'number' ? n : 0;
  for (let i = 0; i < count; i++) {
    const entry = readProperty(list, i);
    if (!isObject(entry)) {
      if (problems.length < MAX_PROBLEMS) problems.push(`entry [${i}] is not an object`);
      continue;
    }
    const info = readEntry(entry, i);
    keys.push(info.info);
    if (info.spki !== undefined) {
      const f = info.info.fingerprint.toLowerCase();
      const at = usable.get(f);
      // The same key twice is one key; a different key under the same fingerprint makes it ambiguous.
      if (at === undefined) usable.set(f, [{ spki: info.spki }]);
      else if (!at.some((u) => sameBytes(u.spki, info.spki!))) at.push({ spki: info.spki });
    }
  }
  return PublicKeySet.of(keys, problems, usable);
}

function isKeySet(u: unknown): u is PublicKeySet {
  try {
    return u instanceof PublicKeySet;
  } catch {
    // A revoked Proxy answers instanceof with an exception.
    return false;
  }
}

function readEntry(entry: Record<string, unknown>, index: number): { info: PublicKeyInfo; spki?: Uint8Array } {
  const read = (key: string): unknown => {
    const v = readProperty(entry, key, true);
    return v === UNREADABLE ? undefined : v;
  };
  const fingerprint = read('Fingerprint');
  const start = time(read('ValidityStartTime'));
  const end = time(read('ValidityEndTime'));
  const base = {
    index,
    fingerprint: typeof fingerprint === 'string' ? fingerprint : '',
    ...(start === undefined ? {} : { validityStart: start }),
    ...(end === undefined ? {} : { validityEnd: end }),
  };
  if (typeof fingerprint !== 'string' || fingerprint === '') return { info: { ...base, problem: 'it has no Fingerprint text' } };
  const der = derOf(read('Value'));
  if (typeof der === 'string') return { info: { ...base, problem: der } };
  const form = keyFormOf(der);
  if (form === undefined) return { info: { ...base, problem: 'the value is not DER of an RSA public key (PKCS#1 or SubjectPublicKeyInfo)' } };
  return { info: { ...base, form }, spki: form === 'spki' ? der : pkcs1ToSpki(der) };
}

function time(u: unknown): Date | undefined {
  if (u === undefined || u === null) return undefined;
  const d = parseWith(DateFromApiTimestamp, u);
  return d === INVALID ? undefined : d;
}

/** The DER bytes of a `Value`, or why there are none. */
function derOf(value: unknown): Uint8Array | string {
  if (typeof value === 'string') {
    // PEM armour lines, if any, are not base64.
    const body = value.includes('-----') ? value.replace(/-----[^-\n]*-----/g, '') : value;
    const bytes = base64ToBytes(body);
    return bytes instanceof Uint8Array ? bytes : `the value is not base64: ${bytes.reason}`;
  }
  const bytes = bytesOf(value);
  if (bytes !== undefined) return bytes;
  return value === undefined ? 'it has no Value' : 'the value is neither base64 text nor bytes';
}

/** The fingerprints of a set, quoted, for a message: at most a few. */
export function fingerprintList(set: PublicKeySet): string {
  const shown = set.keys.slice(0, 5).map((k) => JSON.stringify(clipText(escapeText(k.fingerprint), 64)));
  if (shown.length === 0) return 'no keys were given';
  const more = set.keys.length > shown.length ? ` and ${set.keys.length - shown.length} more` : '';
  return `the keys given are ${shown.join(', ')}${more}`;
}
