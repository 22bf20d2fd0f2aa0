import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { verifyDigest, type DigestReport, type VerifyDigestInput } from '../../src/integrity/index.js';
import { awsChain, BUCKET, cliEntry, fingerprintOf, iso, newKeyPair, sha256, signText } from './aws.js';

// One key pair per file: generating RSA keys is slow.
const pair = await newKeyPair();
const intruder = await newKeyPair();
const keys = [cliEntry(pair)];
const chain = await awsChain(pair, { hours: [2, 0, 1] });
const [first, second, third] = chain.digests as [(typeof chain.digests)[0], (typeof chain.digests)[0], (typeof chain.digests)[0]];

const codes = (r: DigestReport): string[] => r.reasons.map((x) => x.code);
const run = (over: Partial<Record<keyof VerifyDigestInput, unknown>>, base = second): Promise<DigestReport> =>
  verifyDigest({ digest: base.digest, bucket: base.bucket, key: base.key, signature: base.signature, signatureAlgorithm: 'SHA256withRSA', publicKeys: keys, ...over } as VerifyDigestInput);

/** A digest of `json`, stored as `text`, signed by `signer` exactly as CloudTrail signs. */
async function signed(json: Record<string, unknown>, text = JSON.stringify(json, null, 2), signer = pair) {
  const sig = await signText(signer, `${json.digestEndTime as string}\n${json.digestS3Bucket as string}/${json.digestS3Object as string}\n${sha256(text)}\n${(json.previousDigestSignature as string | null) ?? 'null'}`);
  return { digest: gzipSync(text), bucket: json.digestS3Bucket as string, key: json.digestS3Object as string, signature: sig };
}

describe('verifyDigest on digests signed as CloudTrail signs them', () => {
  it('passes every digest of a valid chain, gzip or inflated', async () => {
    for (const d of chain.digests) {
      const r = await run({}, d);
      expect(codes(r)).toEqual([]);
      expect(r.valid).toBe(true);
      expect(r.hash).toBe(d.hash);
      expect(r.signingString?.endsWith(`\n${d.hash}\n${(d.json.previousDigestSignature as string | null) ?? 'null'}`)).toBe(true);
      const inflated = await run({ digest: new TextEncoder().encode(d.text) }, d);
      expect(inflated.valid).toBe(true);
    }
    const r = await run({}, first);
    expect(r.starting).toBe(true);
    expect((await run({}, second)).emptyHour).toBe(true);
    expect(r.digest?.digestEndTime).toBeInstanceOf(Date);
  });

  it('reads the signature from S3 metadata, as head-object prints it or as headers name it', async () => {
    expect((await run({ signature: undefined, signatureAlgorithm: undefined, metadata: second.metadata })).valid).toBe(true);
    expect((await run({ signature: undefined, metadata: { Signature: second.signature.toUpperCase(), 'signature-algorithm': 'SHA256withRSA' } })).valid).toBe(true);
    expect(codes(await run({ signature: undefined, metadata: {} }))).toEqual(['signature-missing']);
  });

  it('fails a signature over re-serialised JSON instead of the stored bytes', async () => {
    const resigned = await signed(second.json, JSON.stringify(second.json));
    // The stored bytes are the pretty-printed text; the signature covers JSON written anew.
    const r = await run({ digest: gzipSync(second.text), signature: resigned.signature });
    expect(codes(r)).toEqual(['signature-invalid']);
  });

  it('fails a changed digest, one byte of it', async () => {
    const text = second.text.replace('"logFiles": []', '"logFiles":  []');
    expect(text).not.toBe(second.text);
    expect(codes(await run({ digest: gzipSync(text) }))).toEqual(['signature-invalid']);
  });

  it('fails a replaced key: a different key under the same fingerprint', async () => {
    expect(codes(await run({ publicKeys: [cliEntry(intruder, fingerprintOf(pair))] }))).toEqual(['signature-invalid']);
  });

  it('fails a digest re-signed by an intruder, whatever fingerprint it names', async () => {
    const forged = await signed({ ...second.json, digestPublicKeyFingerprint: fingerprintOf(intruder) }, undefined, intruder);
    expect(codes(await run(forged))).toEqual(['key-unknown']);
    const sameFingerprint = await signed(second.json, undefined, intruder);
    expect(codes(await run(sameFingerprint))).toEqual(['signature-invalid']);
  });

  it('fails a moved digest, and still tells whether it is genuine', async () => {
    const moved = await run({ key: second.key.replace('eu-west-1', 'eu-west-2') });
    expect(codes(moved)).toEqual(['digest-moved']);
    expect(moved.reasons[0]?.message).toContain('was read from');
    expect(codes(await run({ bucket: 'another-bucket' }))).toEqual(['digest-moved']);
  });

  it('fails a signature that is missing, not hex, or a changed previous signature', async () => {
    expect(codes(await run({ signature: undefined }))).toEqual(['signature-missing']);
    expect(codes(await run({ signature: '' }))).toEqual(['signature-missing']);
    expect(codes(await run({ signature: 'xyz' }))).toEqual(['signature-malformed']);
    expect(codes(await run({ signature: 42 }))).toEqual(['signature-malformed']);
    expect(codes(await run({ signature: second.signature.slice(2) }))).toEqual(['signature-invalid']);
    // The previous signature is part of the signing string.
    const json = { ...second.json, previousDigestSignature: 'ab'.repeat(256) };
    const text = JSON.stringify(json, null, 2);
    const sig = await signText(pair, `${iso(Date.parse(second.json.digestEndTime as string))}\n${BUCKET}/${second.key}\n${sha256(text)}\n${second.json.previousDigestSignature as string}`);
    expect(codes(await run({ digest: gzipSync(text), signature: sig }))).toEqual(['signature-invalid']);
  });

  it('signs digestEndTime as written: 10:00:00Z and 10:00:00.000Z are different signatures', async () => {
    const json = { ...second.json, digestEndTime: (second.json.digestEndTime as string).replace('Z', '.000Z') };
    const good = await signed(json);
    expect(codes(await run(good))).toEqual([]);
    // Signed over the time written another way: refused.
    const text = JSON.stringify(json, null, 2);
    const other = await signText(pair, `${second.json.digestEndTime as string}\n${BUCKET}/${second.key}\n${sha256(text)}\nnull`);
    expect(codes(await run({ ...good, signature: other }))).toEqual(['signature-invalid']);
  });

  it('reports unsupported and mismatched signature algorithms', async () => {
    expect(codes(await run({ signatureAlgorithm: 'SHA512withRSA' }))).toEqual(['signature-algorithm-unsupported']);
    expect(codes(await run({ signatureAlgorithm: 'SHA256withECDSA' }))).toEqual(['signature-algorithm-unsupported']);
    const file = await signed({ ...second.json, digestSignatureAlgorithm: 'SHA512withRSA' });
    const r = await run({ ...file, signatureAlgorithm: undefined });
    expect(codes(r)).toContain('signature-algorithm-unsupported');
  });

  it('checks the link to a previous digest when given one', async () => {
    const prev = { bucket: first.bucket, key: first.key, hash: first.hash, signature: first.signature };
    expect(codes(await run({ previous: prev }))).toEqual([]);
    expect(codes(await run({ previous: { ...prev, hash: sha256('other') } }))).toEqual(['chain-link-mismatch']);
    expect(codes(await run({ previous: { ...prev, signature: third.signature } }))).toEqual(['chain-link-mismatch']);
    expect(codes(await run({ previous: { ...prev, key: third.key } }))).toEqual(['chain-link-mismatch']);
    expect(codes(await run({ previous: prev }, first))).toEqual(['chain-restarted']);
  });

  it('reports unreadable objects with their codes', async () => {
    expect(codes(await run({ digest: Uint8Array.of(...second.digest, 0, 0) }))).toEqual(['gzip-trailing-bytes']);
    expect(codes(await run({ digest: Uint8Array.of(...second.digest, ...second.digest) }))).toEqual(['gzip-trailing-bytes']);
    expect(codes(await run({ digest: second.digest.subarray(0, 30) }))).toEqual(['gzip-invalid']);
    expect(codes(await run({ digest: new TextEncoder().encode('{"a": 1}') }))).toEqual(['not-digest']);
    expect(codes(await run({ digest: 'text' }))).toEqual(['not-bytes']);
    const r = await run({ digest: new TextEncoder().encode('{}') });
    expect(r.hash).toBe(sha256('{}'));
  });

  it('never rejects on hostile input, and escapes what it quotes', async () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const inputs: unknown[] = [
      undefined,
      null,
      42,
      revoked.proxy,
      new Proxy({}, { get: () => { throw new Error('trap'); } }),
      { ...second, publicKeys: keys, bucket: 7, key: null },
      { get digest(): never { throw new Error('getter'); }, bucket: BUCKET, key: second.key, publicKeys: keys },
      { digest: new Proxy(second.digest, {}), bucket: BUCKET, key: second.key, publicKeys: keys, signature: second.signature },
    ];
    for (const input of inputs) {
      const r = await verifyDigest(input as VerifyDigestInput);
      expect(r.valid).toBe(false);
      expect(r.reasons.length).toBeGreaterThan(0);
    }
    const moved = await run({ key: 'evil\nINFO all digests valid\u202e' });
    expect(moved.reasons[0]?.message).not.toMatch(/[\n\u202e]/);
  });
});
