import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { verifyLogFile, type DigestLogFileJson, type VerifyLogFileInput } from '../../src/integrity/index.js';
import { decodeDigestFileOrThrow } from '../../src/integrity/DigestFile.js';
import { corpusFiles } from '../support/corpus.js';
import { sha256 } from './aws.js';

// A real log file of the corpus, as CloudTrail stores it.
const file = corpusFiles().find((f) => f.text.includes('"Records"')) ?? corpusFiles()[0]!;
const text = file.text;
const bytes = new TextEncoder().encode(text);
const gz = gzipSync(text);
const entry: DigestLogFileJson = {
  s3Bucket: 'trail-bucket',
  s3Object: 'AWSLogs/111122223333/CloudTrail/us-east-1/2026/03/02/111122223333_CloudTrail_us-east-1_20260302T1005Z_Mu0KsOhtH1ar15ZZ.json.gz',
  hashValue: sha256(bytes),
  hashAlgorithm: 'SHA-256',
  newestEventTime: '2026-03-02T10:04:00Z',
  oldestEventTime: '2026-03-02T10:00:00Z',
};

const check = (over: Partial<Record<keyof VerifyLogFileInput, unknown>>) => verifyLogFile({ log: gz, entry, ...over } as VerifyLogFileInput);
const code = async (over: Partial<Record<keyof VerifyLogFileInput, unknown>>): Promise<string | undefined> => (await check(over)).reason?.code;

describe('verifyLogFile', () => {
  it('passes a log file as stored, gzip or inflated, against a wire or decoded entry', async () => {
    const r = await check({});
    expect(r).toEqual({ valid: true, bucket: entry.s3Bucket, key: entry.s3Object, hash: entry.hashValue, expected: entry.hashValue });
    expect((await check({ log: bytes })).valid).toBe(true);
    expect((await check({ log: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) })).valid).toBe(true);
    expect((await check({ log: new DataView(gz.buffer, gz.byteOffset, gz.length) })).valid).toBe(true);
    expect((await check({ entry: { ...entry, hashValue: entry.hashValue.toUpperCase() } })).valid).toBe(true);
    const decoded = decodeDigestFileOrThrow({
      awsAccountId: '1', digestStartTime: '2026-03-02T10:00:00Z', digestEndTime: '2026-03-02T11:00:00Z', digestS3Bucket: 'b', digestS3Object: 'k',
      digestPublicKeyFingerprint: 'f', digestSignatureAlgorithm: 'SHA256withRSA', newestEventTime: null, oldestEventTime: null,
      previousDigestS3Bucket: null, previousDigestS3Object: null, previousDigestHashValue: null, previousDigestHashAlgorithm: null, previousDigestSignature: null,
      logFiles: [entry],
    });
    expect((await check({ entry: decoded.logFiles[0] })).valid).toBe(true);
  });

  it('fails one changed byte of the records', async () => {
    const changed = Uint8Array.from(bytes);
    changed[Math.floor(changed.length / 2)]! ^= 0x01;
    expect(await code({ log: changed })).toBe('hash-mismatch');
    expect(await code({ log: gzipSync(changed) })).toBe('hash-mismatch');
    // One byte of the stored gzip: its CRC no longer matches.
    const flipped = Uint8Array.from(gz);
    flipped[flipped.length - 8]! ^= 0x01;
    expect(await code({ log: flipped })).toBe('gzip-invalid');
  });

  it('fails extra bytes after the gzip stream, even a second gzip member', async () => {
    expect(await code({ log: Uint8Array.of(...gz, 0x0a) })).toBe('gzip-trailing-bytes');
    const twice = Uint8Array.of(...gz, ...gzipSync(''));
    const r = await check({ log: twice });
    expect(r.reason?.code).toBe('gzip-trailing-bytes');
    expect(r.reason?.message).toContain('bytes after the end of the gzip stream');
  });

  it('fails a cut gzip stream and an inflation past maxBytes', async () => {
    expect(await code({ log: gz.subarray(0, gz.length - 3) })).toBe('gzip-invalid');
    expect(await code({ maxBytes: 10 })).toBe('gzip-invalid');
  });

  it('reports unsupported algorithms and malformed entries', async () => {
    expect(await code({ entry: { ...entry, hashAlgorithm: 'SHA-512' } })).toBe('hash-algorithm-unsupported');
    expect(await code({ entry: { ...entry, hashValue: 'abc' } })).toBe('hash-malformed');
    expect(await code({ entry: { ...entry, hashValue: 'z'.repeat(64) } })).toBe('hash-malformed');
    expect(await code({ entry: { s3Object: 'k' } })).toBe('entry-invalid');
    expect(await code({ entry: null })).toBe('entry-invalid');
  });

  it('never rejects on hostile input', async () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const log of ['text', 42, null, undefined, [1, 2], new Proxy(gz, {}), revoked.proxy]) {
      expect(await code({ log })).toBe('not-bytes');
    }
    for (const input of [undefined, null, revoked.proxy, new Proxy({}, { get: () => { throw new Error('trap'); } })]) {
      const r = await verifyLogFile(input as never);
      expect(r.valid).toBe(false);
    }
    const r = await check({ entry: { ...entry, hashAlgorithm: 'MD5\n[ok] forged' } });
    expect(r.reason?.message).not.toContain('\n');
  });

  it('hashes the bytes given, without copying them', async () => {
    // A view into a larger buffer: only the view is hashed, and WebCrypto gets that very view.
    const big = new Uint8Array(bytes.length + 20);
    big.set(bytes, 10);
    const digest = vi.spyOn(crypto.subtle, 'digest');
    try {
      expect((await check({ log: big.subarray(10, 10 + bytes.length) })).valid).toBe(true);
      expect(digest.mock.calls.length).toBe(1);
      const hashed = digest.mock.calls[0]![1] as Uint8Array;
      expect(hashed.buffer).toBe(big.buffer);
      expect([hashed.byteOffset, hashed.byteLength]).toEqual([10, bytes.length]);
      // An ArrayBuffer is viewed, not copied, too.
      const own = Uint8Array.from(bytes);
      expect((await check({ log: own.buffer })).valid).toBe(true);
      expect((digest.mock.calls[1]![1] as Uint8Array).buffer).toBe(own.buffer);
    } finally {
      digest.mockRestore();
    }
  });
});
