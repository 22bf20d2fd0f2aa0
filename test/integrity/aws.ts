// An independent model of what CloudTrail writes, for the integrity tests:
// log files of real corpus records gzipped with node:zlib, digests hashed
// with node:crypto and signed with WebCrypto exactly as the algorithm says.
// Nothing here uses the library's own builders, hashing or DER code, so the
// tests check the library against the algorithm, not against itself.
import { createHash, KeyObject, type webcrypto } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { corpusRecords } from '../support/corpus.js';

export type CryptoKeyPair = webcrypto.CryptoKeyPair;

export const BUCKET = 'corp-trail-bucket';
export const ACCOUNT = '111122223333';
export const REGION = 'eu-west-1';
export const HOUR = 3_600_000;

export async function newKeyPair(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(
    { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['sign', 'verify'],
  );
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The public key as DER, in either form, exported by Node (not by the library). */
export function publicDer(pair: CryptoKeyPair, form: 'pkcs1' | 'spki'): Uint8Array {
  return new Uint8Array(KeyObject.from(pair.publicKey).export({ type: form, format: 'der' }));
}

export function fingerprintOf(pair: CryptoKeyPair): string {
  return createHash('md5').update(publicDer(pair, 'pkcs1')).digest('hex');
}

/** A ListPublicKeys entry as `aws cloudtrail list-public-keys` (CLI v2) prints it. */
export function cliEntry(pair: CryptoKeyPair, fingerprint = fingerprintOf(pair)): { Value: string; ValidityStartTime: string; ValidityEndTime: string; Fingerprint: string } {
  return {
    Value: Buffer.from(publicDer(pair, 'pkcs1')).toString('base64'),
    ValidityStartTime: '2026-03-01T10:00:00+01:00',
    ValidityEndTime: '2026-03-31T10:00:00+01:00',
    Fingerprint: fingerprint,
  };
}

export async function signText(pair: CryptoKeyPair, text: string): Promise<string> {
  const sig = await crypto.subtle.sign('RSASSA-PKCS1-v1_5', pair.privateKey, new TextEncoder().encode(text));
  return Buffer.from(sig).toString('hex');
}

export function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

function compact(ms: number, seconds: boolean): string {
  const s = new Date(ms).toISOString();
  return `${s.slice(0, 4)}${s.slice(5, 7)}${s.slice(8, 10)}T${s.slice(11, 13)}${s.slice(14, 16)}${seconds ? s.slice(17, 19) : ''}Z`;
}

export function digestKey(endMs: number, suffix = ''): string {
  const day = new Date(endMs).toISOString().slice(0, 10).replace(/-/g, '/');
  return `AWSLogs/${ACCOUNT}/CloudTrail-Digest/${REGION}/${day}/${ACCOUNT}_CloudTrail-Digest_${REGION}_org_trail_name_us-east-1_${compact(endMs, true)}${suffix}.json.gz`;
}

export function logKey(ms: number, n: number): string {
  const day = new Date(ms).toISOString().slice(0, 10).replace(/-/g, '/');
  return `AWSLogs/${ACCOUNT}/CloudTrail/${REGION}/${day}/${ACCOUNT}_CloudTrail_${REGION}_${compact(ms, false)}_Uniq${String(n).padStart(12, '0')}.json.gz`;
}

export interface AwsDigest {
  digest: Uint8Array;
  bucket: string;
  key: string;
  signature: string;
  signatureAlgorithm: string;
  metadata: Record<string, string>;
  json: Record<string, unknown>;
  text: string;
  hash: string;
}

export interface AwsChain {
  digests: AwsDigest[];
  logs: Map<string, Uint8Array>;
  /** Log texts (uncompressed) by key. */
  texts: Map<string, string>;
}

export interface ChainOptions {
  /** Log files per hour. */
  readonly hours: readonly number[];
  readonly startMs?: number;
  /** Hours whose digest is a starting one (validation restarted). */
  readonly restartAt?: readonly number[];
  readonly fingerprint?: string;
  /** Key suffix of a digest per hour, such as `_backfill`. */
  readonly suffix?: (hour: number) => string;
}

const records = corpusRecords().map((r) => r.record);

/**
 * A chain of hourly digests as CloudTrail writes it. Digest text is
 * pretty-printed (two-space JSON), so a hash of JSON written anew differs
 * from the hash of the bytes as stored.
 */
export async function awsChain(pair: CryptoKeyPair, options: ChainOptions): Promise<AwsChain> {
  const start = options.startMs ?? Date.UTC(2026, 2, 2, 9, 0, 0);
  const fingerprint = options.fingerprint ?? fingerprintOf(pair);
  const logs = new Map<string, Uint8Array>();
  const texts = new Map<string, string>();
  const digests: AwsDigest[] = [];
  let previous: AwsDigest | undefined;
  let n = 0;
  for (let h = 0; h < options.hours.length; h++) {
    const s = start + h * HOUR;
    const e = s + HOUR;
    const logFiles: Array<Record<string, unknown>> = [];
    for (let f = 0; f < options.hours[h]!; f++) {
      const picked = [records[n % records.length]!, records[(n * 7 + 3) % records.length]!];
      const text = JSON.stringify({ Records: picked });
      const key = logKey(s + (f + 1) * 60_000, n++);
      logs.set(`${BUCKET}/${key}`, gzipSync(text));
      texts.set(key, text);
      logFiles.push({
        s3Bucket: BUCKET,
        s3Object: key,
        hashValue: sha256(text),
        hashAlgorithm: 'SHA-256',
        newestEventTime: iso(s + 30 * 60_000),
        oldestEventTime: iso(s + 60_000),
      });
    }
    const restart = previous === undefined || (options.restartAt ?? []).includes(h);
    const key = digestKey(e, options.suffix?.(h) ?? '');
    const json: Record<string, unknown> = {
      awsAccountId: ACCOUNT,
      digestStartTime: iso(s),
      digestEndTime: iso(e),
      digestS3Bucket: BUCKET,
      digestS3Object: key,
      digestPublicKeyFingerprint: fingerprint,
      digestSignatureAlgorithm: 'SHA256withRSA',
      newestEventTime: logFiles.length === 0 ? null : iso(s + 30 * 60_000),
      oldestEventTime: logFiles.length === 0 ? null : iso(s + 60_000),
      previousDigestS3Bucket: restart ? null : BUCKET,
      previousDigestS3Object: restart ? null : previous!.key,
      previousDigestHashValue: restart ? null : previous!.hash,
      previousDigestHashAlgorithm: restart ? null : 'SHA-256',
      previousDigestSignature: restart ? null : previous!.signature,
      logFiles,
    };
    const text = JSON.stringify(json, null, 2);
    const hash = sha256(text);
    const signature = await signText(pair, `${iso(e)}\n${BUCKET}/${key}\n${hash}\n${restart ? 'null' : previous!.signature}`);
    const d: AwsDigest = {
      digest: gzipSync(text),
      bucket: BUCKET,
      key,
      signature,
      signatureAlgorithm: 'SHA256withRSA',
      metadata: { 'x-amz-meta-signature': signature, 'x-amz-meta-signature-algorithm': 'SHA256withRSA' },
      json,
      text,
      hash,
    };
    digests.push(d);
    previous = d;
  }
  return { digests, logs, texts };
}
