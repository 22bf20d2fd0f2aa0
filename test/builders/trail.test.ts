import { createHash, createPublicKey, verify as nodeVerify } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  BuilderError,
  TEST_TRAIL_KEY,
  buildDigestFile,
  buildSignedTrail,
  type SigningKeyPair,
} from '../../src/builders/index.js';
import { decodeLogFileText } from '../../src/containers/index.js';
import {
  DigestFile,
  decodeDigestFileText,
  isEmptyHourDigest,
  isStartingDigest,
  verifyDigest,
  verifyDigestChain,
} from '../../src/integrity/index.js';
import { storedGzip } from '../../src/integrity/storedGzip.js';

const sha256 = (b: Uint8Array | string): string => createHash('sha256').update(b).digest('hex');

// Built once: each trail signs with RSA.
const trail = await buildSignedTrail({ seed: 'trail-tests', logFilesPerHour: [2, 0, 3], recordsPerLogFile: 3 });

describe('storedGzip', () => {
  it('writes gzip any reader inflates, for every size class', () => {
    for (const n of [0, 1, 65_535, 65_536, 200_000]) {
      const data = Uint8Array.from({ length: n }, (_, i) => (i * 31) & 0xff);
      expect(Buffer.from(gunzipSync(storedGzip(data))).equals(Buffer.from(data))).toBe(true);
    }
  });
});

describe('buildDigestFile', () => {
  it('is deterministic, decodes, and round-trips to the same text', () => {
    const a = buildDigestFile({ startTime: '2026-03-02T10:00:00Z' });
    const b = buildDigestFile({ startTime: new Date('2026-03-02T10:00:00Z') });
    expect(a.text).toBe(b.text);
    expect(Buffer.from(a.gzip).equals(Buffer.from(b.gzip))).toBe(true);
    const r = decodeDigestFileText(a.text);
    if (!r.success) throw r.error;
    expect(JSON.stringify(DigestFile.encode(r.data))).toBe(a.text);
    expect(isStartingDigest(r.data) && isEmptyHourDigest(r.data)).toBe(true);
    expect(new TextDecoder().decode(gunzipSync(a.gzip))).toBe(a.text);
    expect(a.key).toBe('AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2026/03/02/111122223333_CloudTrail-Digest_us-east-1_management-events_us-east-1_20260302T110000Z.json.gz');
  });

  it('lays out organization trails with a prefix, and follows a previous digest', () => {
    const d = buildDigestFile({
      prefix: 'audit',
      organizationId: 'o-exampleorgid',
      accountId: '444455556666',
      region: 'eu-west-1',
      homeRegion: 'us-east-1',
      trailName: 'org_trail_name',
      bucket: 'org-bucket',
      previous: { bucket: 'org-bucket', key: 'k', hash: 'ab'.repeat(32), signature: 'cd' },
      logFiles: [
        { s3Bucket: 'org-bucket', s3Object: 'a', hashValue: 'ef'.repeat(32), hashAlgorithm: 'SHA-256', newestEventTime: '2026-03-02T09:20:00Z', oldestEventTime: '2026-03-02T09:05:00Z' },
        { s3Bucket: 'org-bucket', s3Object: 'b', hashValue: 'ef'.repeat(32), hashAlgorithm: 'SHA-256', newestEventTime: '2026-03-02T09:50:00Z', oldestEventTime: '2026-03-02T09:10:00Z' },
      ],
    });
    expect(d.key).toBe('audit/AWSLogs/o-exampleorgid/444455556666/CloudTrail-Digest/eu-west-1/2026/03/02/444455556666_CloudTrail-Digest_eu-west-1_org_trail_name_us-east-1_20260302T100000Z.json.gz');
    expect([d.json.newestEventTime, d.json.oldestEventTime]).toEqual(['2026-03-02T09:50:00Z', '2026-03-02T09:05:00Z']);
    expect(d.json.previousDigestHashAlgorithm).toBe('SHA-256');
    expect(Object.keys(d.json)).toEqual(DigestFile.fields.map((f) => f.key));
  });

  it('throws a BuilderError naming the option for bad options', () => {
    const bad: Array<[unknown, string]> = [
      [{ startTime: 'yesterday' }, 'options.startTime'],
      [{ accountId: 12 }, 'options.accountId'],
      [{ logFiles: [{ s3Bucket: 'b' }] }, 'hashValue'],
      [{ overrides: { digestEndTime: 'soon' } }, 'digestEndTime'],
      [{ previous: { bucket: 'b' } }, 'options.previous.key'],
      [null, 'options'],
    ];
    for (const [options, blamed] of bad) {
      let error: unknown;
      try {
        buildDigestFile(options as never);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(BuilderError);
      expect((error as BuilderError).message).toContain(blamed);
    }
  });
});

describe('buildSignedTrail', () => {
  it('builds a chain that verifies: starting digest first, empty hours, linked signatures', async () => {
    expect(trail.digests.length).toBe(3);
    expect(trail.logFiles.length).toBe(5);
    expect(trail.digests.map((d) => d.json.logFiles.length)).toEqual([2, 0, 3]);
    expect(trail.digests[0]!.json.previousDigestSignature).toBeNull();
    expect(trail.digests[1]!.json.previousDigestSignature).toBe(trail.digests[0]!.signature);
    expect(trail.digests[2]!.json.previousDigestHashValue).toBe(sha256(trail.digests[1]!.text));
    const r = await verifyDigestChain({ digests: trail.digests, publicKeys: trail.publicKeys, logFiles: trail.logFileMap });
    expect(r.valid).toBe(true);
    expect(r.counts.logFiles.valid).toBe(5);
  });

  it('signs exactly as the algorithm says, checked with node:crypto', () => {
    const key = createPublicKey({ key: Buffer.from(trail.publicKey.Value, 'base64'), format: 'der', type: 'pkcs1' });
    for (const d of trail.digests) {
      const text = new TextDecoder().decode(gunzipSync(d.digest));
      expect(text).toBe(d.text);
      const signing = `${d.json.digestEndTime}\n${d.bucket}/${d.key}\n${sha256(text)}\n${d.json.previousDigestSignature ?? 'null'}`;
      expect(nodeVerify('sha256', Buffer.from(signing), key, Buffer.from(d.signature, 'hex'))).toBe(true);
      expect(d.metadata).toEqual({ signature: d.signature, 'signature-algorithm': 'SHA256withRSA' });
    }
    expect(trail.publicKey.Fingerprint).toBe(TEST_TRAIL_KEY.fingerprint);
    expect(trail.publicKey.ValidityStartTime).toMatch(/\+00:00$/);
  });

  it('writes log files whose records decode and whose hashes the digests carry', () => {
    for (const f of trail.logFiles) {
      const text = new TextDecoder().decode(gunzipSync(f.gzip));
      expect(text).toBe(f.text);
      const r = decodeLogFileText(text);
      if (!r.success) throw r.error;
      expect(r.data.failures).toEqual([]);
      expect(r.data.records.length).toBe(3);
      const entry = trail.digests[f.hour]!.json.logFiles.find((e) => e.s3Object === f.key);
      expect(entry?.hashValue).toBe(sha256(text));
      // Records and delivery fall within the digest's hour.
      const d = trail.digests[f.hour]!.json;
      for (const rec of f.records) expect(rec.eventTime >= d.digestStartTime && rec.eventTime < d.digestEndTime).toBe(true);
      expect(f.key).toMatch(/^AWSLogs\/111122223333\/CloudTrail\/us-east-1\/2026\/03\/02\/111122223333_CloudTrail_us-east-1_20260302T\d{4}Z_[A-Za-z0-9]{16}\.json\.gz$/);
    }
  });

  it('is deterministic: the same options give the same bytes and signatures', async () => {
    const again = await buildSignedTrail({ seed: 'trail-tests', logFilesPerHour: [2, 0, 3], recordsPerLogFile: 3 });
    expect(again.digests.map((d) => d.signature)).toEqual(trail.digests.map((d) => d.signature));
    expect(again.logFiles.map((f) => f.text)).toEqual(trail.logFiles.map((f) => f.text));
    const other = await buildSignedTrail({ seed: 'other', logFilesPerHour: [2, 0, 3], recordsPerLogFile: 3 });
    expect(other.logFiles.map((f) => f.text)).not.toEqual(trail.logFiles.map((f) => f.text));
  });

  it('signs with a caller’s key pair, and then verifies only with its public key', async () => {
    const pair = (await crypto.subtle.generateKey(
      { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
      true,
      ['sign', 'verify'],
    )) as SigningKeyPair;
    const own = await buildSignedTrail({ keyPair: pair, hours: 2, logFilesPerHour: 1, region: 'ap-southeast-2' });
    expect(own.publicKey.Fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(own.publicKey.Fingerprint).not.toBe(TEST_TRAIL_KEY.fingerprint);
    const ok = await verifyDigestChain({ digests: own.digests, publicKeys: own.publicKeys, logFiles: own.logFileMap });
    expect(ok.valid).toBe(true);
    const wrong = await verifyDigest({ ...own.digests[0]!, publicKeys: [{ ...trail.publicKey, Fingerprint: own.publicKey.Fingerprint }] });
    expect(wrong.reasons.map((r) => r.code)).toEqual(['signature-invalid']);
  });

  it('rejects bad options with a BuilderError', async () => {
    const bad: unknown[] = [
      { hours: 0 },
      { hours: 2, logFilesPerHour: [1, 2, 3] },
      { logFilesPerHour: -1 },
      { recordsPerLogFile: 1.5 },
      { seed: {} },
      { startTime: '2026-03-02T09:00:00.500Z' },
      { keyPair: { privateKey: {}, publicKey: {} } },
      { fingerprint: '' },
    ];
    for (const options of bad) await expect(buildSignedTrail(options as never)).rejects.toBeInstanceOf(BuilderError);
  });
});
