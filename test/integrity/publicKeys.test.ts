import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyFormOf, pkcs1ToSpki, spkiToPkcs1 } from '../../src/integrity/der.js';
import { readPublicKeys, verifyDigest, type PublicKeyEntry } from '../../src/integrity/index.js';
import { awsChain, cliEntry, fingerprintOf, newKeyPair, publicDer } from './aws.js';

const pair = await newKeyPair();
const other = await newKeyPair();
const chain = await awsChain(pair, { hours: [1] });
const digest = chain.digests[0]!;
const fingerprint = fingerprintOf(pair);
const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');
const pem = (b: Uint8Array): string => `-----BEGIN PUBLIC KEY-----\n${b64(b).replace(/.{64}/g, '$&\n')}\n-----END PUBLIC KEY-----\n`;

const check = async (entry: Record<string, unknown>): Promise<string[]> => {
  const r = await verifyDigest({ ...digest, publicKeys: [entry as unknown as PublicKeyEntry] });
  return r.reasons.map((x) => x.code);
};

describe('DER', () => {
  it('wraps PKCS#1 into exactly the SPKI Node exports, and back', () => {
    const pkcs1 = publicDer(pair, 'pkcs1');
    const spki = publicDer(pair, 'spki');
    expect(keyFormOf(pkcs1)).toBe('pkcs1');
    expect(keyFormOf(spki)).toBe('spki');
    expect(Buffer.from(pkcs1ToSpki(pkcs1)).equals(Buffer.from(spki))).toBe(true);
    expect(Buffer.from(spkiToPkcs1(spki)!).equals(Buffer.from(pkcs1))).toBe(true);
    // Lengths of every size class are written minimally.
    for (const n of [1, 127, 128, 255, 256, 70_000]) {
      const fake = new Uint8Array(n);
      const wrapped = pkcs1ToSpki(fake);
      expect(keyFormOf(wrapped)).toBe('spki');
    }
  });

  it('refuses what is neither form', () => {
    const pkcs1 = publicDer(pair, 'pkcs1');
    expect(keyFormOf(new Uint8Array(0))).toBeUndefined();
    expect(keyFormOf(pkcs1.subarray(0, pkcs1.length - 1))).toBeUndefined();
    expect(keyFormOf(Uint8Array.of(...pkcs1, 0))).toBeUndefined();
    expect(keyFormOf(Uint8Array.of(0x30, 0x84, 0xff, 0xff, 0xff, 0xff))).toBeUndefined();
    expect(keyFormOf(Uint8Array.of(0x30, 0x80))).toBeUndefined();
    expect(spkiToPkcs1(pkcs1)).toBeUndefined();
  });
});

describe('public keys as ListPublicKeys gives them', () => {
  const pkcs1 = publicDer(pair, 'pkcs1');
  const spki = publicDer(pair, 'spki');

  it('accepts PKCS#1 and SPKI, as base64 text, PEM, bytes and ArrayBuffer', async () => {
    const values: unknown[] = [b64(pkcs1), b64(spki), pem(spki), pkcs1, spki, Buffer.from(pkcs1), spki.buffer.slice(spki.byteOffset, spki.byteOffset + spki.length)];
    for (const Value of values) expect(await check({ Value, Fingerprint: fingerprint })).toEqual([]);
  });

  it('reads the validity times in every form the tools print, and chooses by fingerprint, never by time', async () => {
    const forms: Array<[unknown, number]> = [
      ['2026-03-01T10:00:00+01:00', Date.UTC(2026, 2, 1, 9)],
      ['2026-03-01T09:00:00Z', Date.UTC(2026, 2, 1, 9)],
      [1772355600, Date.UTC(2026, 2, 1, 9)],
      [new Date(Date.UTC(2026, 2, 1, 9)), Date.UTC(2026, 2, 1, 9)],
    ];
    for (const [t, ms] of forms) {
      const set = readPublicKeys([{ ...cliEntry(pair), ValidityStartTime: t as string }]);
      expect(set.keys[0]?.validityStart?.getTime()).toBe(ms);
    }
    // A key whose window does not hold the digest still verifies: the fingerprint decides.
    expect(await check({ ...cliEntry(pair), ValidityStartTime: '2030-01-01T00:00:00+00:00', ValidityEndTime: 1 })).toEqual([]);
    // A whole response, and fingerprints in upper case.
    const r = await verifyDigest({ ...digest, publicKeys: { PublicKeyList: [cliEntry(other, 'ffff'), { ...cliEntry(pair), Fingerprint: fingerprint.toUpperCase() }] } });
    expect(r.valid).toBe(true);
  });

  it('reports a fingerprint not among the keys, with the keys it has', async () => {
    const r = await verifyDigest({ ...digest, publicKeys: [cliEntry(pair, '00112233445566778899aabbccddeeff')] });
    expect(r.reasons.map((x) => x.code)).toEqual(['key-unknown']);
    expect(r.reasons[0]?.message).toContain('00112233445566778899aabbccddeeff');
    expect((await verifyDigest({ ...digest, publicKeys: [] })).reasons.map((x) => x.code)).toEqual(['key-unknown']);
  });

  it('reports a key it cannot use', async () => {
    expect(await check({ Value: 'not base64 at all!', Fingerprint: fingerprint })).toEqual(['key-unusable']);
    expect(await check({ Value: b64(Uint8Array.of(1, 2, 3)), Fingerprint: fingerprint })).toEqual(['key-unusable']);
    expect(await check({ Fingerprint: fingerprint })).toEqual(['key-unusable']);
    expect(await check({ Value: 42, Fingerprint: fingerprint })).toEqual(['key-unusable']);
    // SubjectPublicKeyInfo of a key that is not RSA: WebCrypto refuses it.
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'der' });
    expect(await check({ Value: ec, Fingerprint: fingerprint })).toEqual(['key-unusable']);
  });

  it('trusts no key when different keys share the fingerprint a digest names (key-ambiguous)', async () => {
    const run = async (list: unknown[]): Promise<string[]> => (await verifyDigest({ ...digest, publicKeys: list as PublicKeyEntry[] })).reasons.map((x) => x.code);
    // The genuine key and another under the same fingerprint, in either order and any case.
    expect(await run([cliEntry(pair), cliEntry(other, fingerprint)])).toEqual(['key-ambiguous']);
    expect(await run([cliEntry(other, fingerprint), cliEntry(pair)])).toEqual(['key-ambiguous']);
    expect(await run([cliEntry(pair), cliEntry(other, fingerprint.toUpperCase())])).toEqual(['key-ambiguous']);
    const r = await verifyDigest({ ...digest, publicKeys: [cliEntry(pair), cliEntry(other, fingerprint)] });
    expect(r.valid).toBe(false);
    expect(r.reasons[0]?.message).toContain('several different public keys');
    // The same key listed twice, even in two DER forms, is one key.
    expect(await run([cliEntry(pair), { ...cliEntry(pair), Value: b64(spki) }, cliEntry(pair)])).toEqual([]);
    const set = readPublicKeys([cliEntry(pair), cliEntry(other, fingerprint.toUpperCase())]);
    expect([set.isAmbiguous(fingerprint), set.isAmbiguous('ffff'), set.isAmbiguous('')]).toEqual([true, false, false]);
    // An unusable entry under the fingerprint cannot vouch for anything: the usable one decides.
    expect(await run([{ Value: 'not base64!', Fingerprint: fingerprint }, cliEntry(pair)])).toEqual([]);
  });

  it('never matches an entry without a fingerprint, even to a digest naming none (key-unknown)', async () => {
    const unnamed = (await awsChain(pair, { hours: [1], fingerprint: '' })).digests[0]!;
    const run = async (list: unknown[]): Promise<string[]> => (await verifyDigest({ ...unnamed, publicKeys: list as PublicKeyEntry[] })).reasons.map((x) => x.code);
    expect(await run([{ Value: b64(pkcs1) }])).toEqual(['key-unknown']);
    expect(await run([{ Value: b64(pkcs1), Fingerprint: '' }])).toEqual(['key-unknown']);
    expect(await run([{ Value: b64(pkcs1), Fingerprint: 42 }])).toEqual(['key-unknown']);
    const set = readPublicKeys([{ Value: b64(pkcs1) } as never]);
    expect([set.hasFingerprint(''), set.keys[0]?.problem]).toEqual([false, 'it has no Fingerprint text']);
  });

  it('answers hostile key lists without throwing', async () => {
    const revoked = Proxy.revocable([], {});
    revoked.revoke();
    const getterThrows = Object.defineProperty({ Fingerprint: fingerprint }, 'Value', { get: () => { throw new Error('no'); }, enumerable: true });
    for (const keys of [null, 'keys', 42, revoked.proxy, new Proxy([cliEntry(pair)], { get: () => { throw new Error('x'); } }), [getterThrows], [null, 1, 'x'], { PublicKeyList: 'no' }]) {
      const r = await verifyDigest({ ...digest, publicKeys: keys as never });
      expect(r.valid).toBe(false);
    }
    for (const keys of [revoked.proxy, new Proxy({}, { getPrototypeOf: () => { throw new Error('x'); } }), undefined]) {
      expect(readPublicKeys(keys as never).keys).toEqual([]);
    }
    expect(readPublicKeys([null, 1] as never).problems).toEqual(['entry [0] is not an object', 'entry [1] is not an object']);
  });
});
