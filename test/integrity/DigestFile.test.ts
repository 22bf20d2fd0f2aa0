import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DecodeError } from '../../src/index.js';
import {
  DigestFile,
  DigestHashAlgorithm,
  DigestSignatureAlgorithm,
  decodeDigestFile,
  decodeDigestFileOrThrow,
  decodeDigestFileText,
  digestEndTimeText,
  digestSigningString,
  isEmptyHourDigest,
  isStartingDigest,
  readDigestObject,
  type DigestFileJson,
} from '../../src/integrity/index.js';

// AWS's documented sample, as the user guide shows it (signature shortened).
const sample = {
  awsAccountId: '111122223333',
  digestStartTime: '2015-08-17T14:01:31Z',
  digestEndTime: '2015-08-17T15:01:31Z',
  digestS3Bucket: 'S3-bucket-name',
  digestS3Object:
    'AWSLogs/111122223333/CloudTrail-Digest/us-east-2/2015/08/17/111122223333_CloudTrail-Digest_us-east-2_your-trail-name_us-east-2_20150817T150131Z.json.gz',
  digestPublicKeyFingerprint: '31e8b5433410dfb61a9dc45cc65b22ff',
  digestSignatureAlgorithm: 'SHA256withRSA',
  newestEventTime: '2015-08-17T14:52:27Z',
  oldestEventTime: '2015-08-17T14:42:27Z',
  previousDigestS3Bucket: 'S3-bucket-name',
  previousDigestS3Object:
    'AWSLogs/111122223333/CloudTrail-Digest/us-east-2/2015/08/17/111122223333_CloudTrail-Digest_us-east-2_your-trail-name_us-east-2_20150817T140131Z.json.gz',
  previousDigestHashValue: '97fb791cf91ffc440d274f8190dbdd9aa09c34432aba82739df18b6d3c13df2d',
  previousDigestHashAlgorithm: 'SHA-256',
  previousDigestSignature: '50887ccffad4c002b97caa37cc9dc626e3c680207d41d27fa5835458e066e0d3652fc4dfc30937e4d5f4cc7f796e7a258fb50a43ac427f2237f6e505d4efaf373d156e15e3b68dea9f58111d395b62628d6bd367a9024d2183b5f5b4a44f9b4f7e9a4ec9e76c23a0a7ab4b4c4a0d6b5d8e6ab7a9ef7e1a3c5e7a6f9e8cef9ec0e5fdbf',
  logFiles: [
    {
      s3Bucket: 'S3-bucket-name',
      s3Object: 'AWSLogs/111122223333/CloudTrail/us-east-2/2015/08/17/111122223333_CloudTrail_us-east-2_20150817T1445Z_9nYN7gp2eWAJHIfT.json.gz',
      hashValue: '9bb6196fc6b84d6f075a56548feca262bd99ba3c2de41b618e5b6e22c1fc71f6',
      hashAlgorithm: 'SHA-256',
      newestEventTime: '2015-08-17T14:52:27Z',
      oldestEventTime: '2015-08-17T14:42:27Z',
    },
  ],
} satisfies DigestFileJson;

const starting: DigestFileJson = {
  ...sample,
  newestEventTime: null,
  oldestEventTime: null,
  previousDigestS3Bucket: null,
  previousDigestS3Object: null,
  previousDigestHashValue: null,
  previousDigestHashAlgorithm: null,
  previousDigestSignature: null,
  logFiles: [],
};

const roundTrip = (text: string): string => {
  const r = decodeDigestFileText(text);
  if (!r.success) throw r.error;
  return JSON.stringify(DigestFile.encode(r.data));
};

describe('DigestFile', () => {
  it('decodes the documented sample, times to Dates', () => {
    const d = decodeDigestFileOrThrow(sample);
    expect(d.digestEndTime.toISOString()).toBe('2015-08-17T15:01:31.000Z');
    expect(d.logFiles[0]?.newestEventTime).toBeInstanceOf(Date);
    expect(isStartingDigest(d)).toBe(false);
    expect(isEmptyHourDigest(d)).toBe(false);
  });

  it('round-trips exactly: key order and time text as written', () => {
    const text = JSON.stringify(sample);
    expect(roundTrip(text)).toBe(text);
    // Key order other than AWS's, and times with milliseconds or in the basic form, stay as they were.
    const reversed = Object.fromEntries(Object.entries(starting).reverse());
    const odd = { ...reversed, digestEndTime: '2015-08-17T15:01:31.500Z', digestStartTime: '20150817T140131Z', extra: { kept: true } };
    expect(Object.keys(odd)[0]).toBe('logFiles');
    const oddText = JSON.stringify(odd);
    expect(roundTrip(oddText)).toBe(oddText);
    const millis = { ...sample, digestEndTime: '2026-03-02T10:00:00.000Z', logFiles: [{ ...sample.logFiles[0], oldestEventTime: '2026-03-02T09:00:00.123Z' }] };
    expect(roundTrip(JSON.stringify(millis))).toBe(JSON.stringify(millis));
  });

  it('keeps digestEndTime as written for the signing string', () => {
    for (const t of ['2026-03-02T10:00:00Z', '2026-03-02T10:00:00.000Z', '2026-03-02T10:00:00.5Z']) {
      const d = decodeDigestFileOrThrow({ ...sample, digestEndTime: t });
      expect(digestEndTimeText(d)).toBe(t);
    }
    // A Date made elsewhere gets the codec's text; an invalid one has none.
    expect(digestEndTimeText({ digestEndTime: new Date(Date.UTC(2026, 2, 2, 10)) })).toBe('2026-03-02T10:00:00Z');
    expect(digestEndTimeText({ digestEndTime: new Date(Number.NaN) })).toBeUndefined();
    expect(digestSigningString({ endTime: 'T', bucket: 'b', key: 'k/x', hash: 'AB', previousSignature: 'cd' })).toBe('T\nb/k/x\nab\ncd');
  });

  it('never throws on what is not a digest or signing parts', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const throwing = Object.defineProperty({}, 'digestEndTime', { get: () => { throw new Error('x'); } });
    for (const u of [null, undefined, 42, 'text', {}, revoked.proxy, throwing, { digestEndTime: 42 }, { digestEndTime: null }]) {
      expect(digestEndTimeText(u as never)).toBeUndefined();
    }
    const parts = { endTime: 'T', bucket: 'b', key: 'k', hash: 'ab', previousSignature: null };
    for (const u of [null, undefined, 42, {}, revoked.proxy, { ...parts, hash: 7 }, { ...parts, endTime: undefined }, { ...parts, previousSignature: 5 }]) {
      expect(digestSigningString(u as never)).toBe('');
    }
    // An absent previous signature is a starting digest's, as null is.
    expect(digestSigningString({ endTime: 'T', bucket: 'b', key: 'k', hash: 'AB' } as never)).toBe('T\nb/k\nab\nnull');
  });

  it('types starting digests and empty hours', () => {
    const d = decodeDigestFileOrThrow(starting);
    expect(isStartingDigest(d)).toBe(true);
    expect(isEmptyHourDigest(d)).toBe(true);
    if (isStartingDigest(d)) {
      const none: null = d.previousDigestSignature;
      expect(none).toBeNull();
    }
    expect(isStartingDigest({ ...starting, previousDigestSignature: 'ab' })).toBe(false);
    expect(isEmptyHourDigest({ ...starting, newestEventTime: '2026-03-02T10:00:00Z' })).toBe(false);
  });

  it('keeps unknown algorithms open', () => {
    const d = decodeDigestFileOrThrow({ ...sample, digestSignatureAlgorithm: 'SHA512withRSA', previousDigestHashAlgorithm: 'SHA-512' });
    expect(d.digestSignatureAlgorithm).toBe('SHA512withRSA');
    expect(DigestSignatureAlgorithm.isKnown(d.digestSignatureAlgorithm)).toBe(false);
    expect(DigestHashAlgorithm.isKnown('SHA-256')).toBe(true);
  });

  it('fails with a path for a missing or wrong field', () => {
    const { previousDigestSignature: _gone, ...missing } = sample;
    const r = decodeDigestFile(missing);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => i.path)).toEqual(['previousDigestSignature']);
    const bad = decodeDigestFile({ ...sample, logFiles: [{ ...sample.logFiles[0], hashValue: 42 }] });
    if (bad.success) throw new Error('decoded');
    expect(bad.error.issues.map((i) => i.path)).toEqual(['logFiles[0].hashValue']);
    const time = decodeDigestFile({ ...sample, digestEndTime: '2015-08-17 15:01:31' });
    if (time.success) throw new Error('decoded');
    expect(time.error.issues[0]?.path).toBe('digestEndTime');
    expect(() => decodeDigestFileOrThrow({})).toThrow(DecodeError);
  });

  it('reports text that is not JSON, and values that are not text', () => {
    const r = decodeDigestFileText('{"awsAccountId": ');
    expect(r.success).toBe(false);
    expect(decodeDigestFileText(42 as never).success).toBe(false);
    expect(decodeDigestFileText(new Uint8Array(2) as never).success).toBe(false);
  });

  it('answers hostile values without throwing', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const throwing = new Proxy({}, { get: () => { throw new Error('boom\nforged line'); }, ownKeys: () => { throw new Error('x'); } });
    for (const v of [null, undefined, 1, 'x', [], revoked.proxy, throwing, { ...sample, logFiles: new Proxy([], { get: () => { throw new Error('y'); } }) }]) {
      const r = decodeDigestFile(v);
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error.message).not.toContain('forged line');
    }
  });

  it('bounds the report of a digest with very many bad log file entries', () => {
    const logFiles = Array.from({ length: 20_000 }, () => ({ s3Bucket: 1 }));
    const r = decodeDigestFile({ ...sample, logFiles });
    if (r.success) throw new Error('decoded');
    expect(r.error.issues.length).toBeLessThanOrEqual(101);
    // Many good entries decode.
    const good = Array.from({ length: 20_000 }, () => sample.logFiles[0]);
    expect(decodeDigestFile({ ...sample, logFiles: good }).success).toBe(true);
  });
});

describe('readDigestObject', () => {
  const text = JSON.stringify(sample, null, 2);
  const bytes = new TextEncoder().encode(text);

  it('reads gzip and inflated objects, giving the bytes as stored', () => {
    for (const stored of [gzipSync(text), bytes, bytes.buffer.slice(0)]) {
      const r = readDigestObject(stored);
      if (!r.ok) throw new Error(r.reason.message);
      expect(new TextDecoder().decode(r.bytes)).toBe(text);
      expect(r.json.digestEndTime).toBe('2015-08-17T15:01:31Z');
      expect(r.digest.awsAccountId).toBe('111122223333');
    }
  });

  it('gives a code for each way it fails', () => {
    const code = (u: unknown): string | undefined => {
      const r = readDigestObject(u as Uint8Array);
      return r.ok ? undefined : r.reason.code;
    };
    expect(code(Uint8Array.of(...gzipSync(text), 0))).toBe('gzip-trailing-bytes');
    expect(code(Uint8Array.of(...gzipSync(text), ...gzipSync(text)))).toBe('gzip-trailing-bytes');
    const corrupt = Uint8Array.from(gzipSync(text));
    corrupt[corrupt.length - 6]! ^= 1; // the CRC
    expect(code(corrupt)).toBe('gzip-invalid');
    expect(code(Uint8Array.of(0xff, 0xfe, 0x41))).toBe('not-utf8');
    expect(code(new TextEncoder().encode('{"a":'))).toBe('not-json');
    expect(code(new TextEncoder().encode('{}'))).toBe('not-digest');
    expect(code('text')).toBe('not-bytes');
    expect(code(new Proxy(bytes, {}))).toBe('not-bytes');
    expect(code([1, 2])).toBe('not-bytes');
    const notDigest = readDigestObject(new TextEncoder().encode('{}'));
    if (notDigest.ok) throw new Error('read');
    expect(notDigest.reason.issues?.length).toBe(15);
    expect(notDigest.bytes).toBeDefined();
  });
});
