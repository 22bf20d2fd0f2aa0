import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { verifyDigestChain, type ChainReport, type VerifyDigestChainInput } from '../../src/integrity/index.js';
import { awsChain, BUCKET, cliEntry, fingerprintOf, newKeyPair, sha256, signText, type AwsChain, type AwsDigest } from './aws.js';

const pair = await newKeyPair();
const intruder = await newKeyPair();
const keys = [cliEntry(pair)];
// Six hours: busy, busy, empty, busy, busy, busy.
const chain = await awsChain(pair, { hours: [2, 1, 0, 1, 2, 1] });

const verify = (over: Partial<VerifyDigestChainInput> = {}, c: AwsChain = chain): Promise<ChainReport> =>
  verifyDigestChain({ digests: c.digests, publicKeys: keys, logFiles: c.logs, ...over });
const flagCodes = (r: ChainReport): string[] => r.flags.map((f) => f.code);
const errorCodes = (r: ChainReport): string[] => r.flags.filter((f) => f.severity === 'error').map((f) => f.code);
const statuses = (r: ChainReport): string[] => r.digests.map((d) => d.status);
const without = <T>(list: readonly T[], ...drop: number[]): T[] => list.filter((_, i) => !drop.includes(i));

describe('verifyDigestChain on a chain written as CloudTrail writes it', () => {
  it('passes a valid chain: every digest and log file valid', async () => {
    const r = await verify();
    expect(r.valid).toBe(true);
    expect(r.flags).toEqual([]);
    expect(r.counts.digests).toEqual({ valid: 6, invalid: 0, missing: 0 });
    expect(r.counts.logFiles).toEqual({ valid: 7, invalid: 0, missing: 0, 'not-covered': 0, 'not-checked': 0 });
    expect(r.digests.map((d) => d.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(r.logFiles.every((l) => l.hash === l.expected)).toBe(true);
  });

  it('walks newest first too, and accepts a lookup function (sync or async) for log files', async () => {
    const reversed = [...chain.digests].reverse();
    const r = await verify({ digests: reversed, order: 'newest-first' });
    expect(r.valid).toBe(true);
    expect(r.digests.map((d) => d.index)).toEqual([5, 4, 3, 2, 1, 0]);
    const seen: string[] = [];
    const lookup = async (bucket: string, key: string) => {
      seen.push(key);
      return chain.logs.get(`${bucket}/${key}`);
    };
    expect((await verify({ logFiles: lookup })).valid).toBe(true);
    expect(seen.length).toBe(7);
    const byKey = new Map([...chain.logs].map(([k, v]) => [k.slice(BUCKET.length + 1), v]));
    expect((await verify({ logFiles: byKey })).valid).toBe(true);
  });

  it('fails one changed byte of a log file', async () => {
    const logs = new Map(chain.logs);
    const [key] = [...logs.keys()];
    const text = chain.texts.get(key!.slice(BUCKET.length + 1))!;
    logs.set(key!, gzipSync(text.replace('"eventVersion"', '"eventVersioN"')));
    const r = await verify({ logFiles: logs });
    expect(r.valid).toBe(false);
    expect(r.logFiles.filter((l) => l.status !== 'valid').map((l) => [l.key, l.reason?.code])).toEqual([[key!.slice(BUCKET.length + 1), 'hash-mismatch']]);
    expect(r.counts.digests.valid).toBe(6);
  });

  it('fails a deleted log file as missing', async () => {
    const logs = new Map(chain.logs);
    const gone = [...logs.keys()][3]!;
    logs.delete(gone);
    const r = await verify({ logFiles: logs });
    expect(r.valid).toBe(false);
    expect(r.logFiles.filter((l) => l.status === 'missing').map((l) => `${l.bucket}/${l.key}`)).toEqual([gone]);
    expect(r.counts.logFiles.missing).toBe(1);
    expect(r.logFiles.find((l) => l.status === 'missing')?.reason?.code).toBe('log-missing');
  });

  it('fails a deleted digest: missing, named by the next one', async () => {
    const r = await verify({ digests: without(chain.digests, 2) });
    expect(r.valid).toBe(false);
    expect(statuses(r)).toEqual(['valid', 'valid', 'missing', 'valid', 'valid', 'valid']);
    expect(r.digests[2]?.key).toBe(chain.digests[2]!.key);
    expect(errorCodes(r)).toEqual(['digest-missing', 'chain-gap']);
    expect(r.flags[1]?.message).toContain('about 1 digest is missing');
  });

  it('fails two deleted digests in a row, and says how much time is not covered', async () => {
    const r = await verify({ digests: without(chain.digests, 2, 3) });
    expect(r.valid).toBe(false);
    expect(statuses(r)).toEqual(['valid', 'valid', 'missing', 'valid', 'valid']);
    expect(r.digests[2]?.key).toBe(chain.digests[3]!.key);
    expect(errorCodes(r)).toEqual(['digest-missing', 'chain-gap']);
    expect(r.flags[1]?.message).toContain('(2.00 hours): about 2 digests are missing');
    // The log file of the deleted busy hour is no longer covered by any digest.
    const held = await verify({ digests: without(chain.digests, 2, 3) });
    expect(held.logFiles.filter((l) => l.status === 'not-covered').length).toBe(1);
  });

  it('fails a deleted digest replaced by a forged one: the link to its hash and signature breaks', async () => {
    // The intruder writes its own digest at the deleted one's key, signed by its own key.
    const victim = chain.digests[2]!;
    const text = JSON.stringify({ ...victim.json, digestPublicKeyFingerprint: fingerprintOf(pair) }, null, 1);
    const signature = await signText(intruder, 'whatever');
    const forged: AwsDigest = { ...victim, digest: gzipSync(text), text, signature, metadata: {} };
    const digests = [...chain.digests];
    digests[2] = forged;
    const r = await verify({ digests });
    expect(r.valid).toBe(false);
    expect(r.digests[2]?.reasons.map((x) => x.code)).toEqual(['signature-invalid']);
    expect(errorCodes(r)).toEqual(['chain-link-mismatch', 'chain-link-mismatch']);
  });

  it('fails a replaced key: a different key with the digests’ fingerprint', async () => {
    const r = await verify({ publicKeys: [cliEntry(intruder, fingerprintOf(pair))] });
    expect(r.valid).toBe(false);
    expect(r.counts.digests.invalid).toBe(6);
    expect(r.digests.every((d) => d.reasons.map((x) => x.code).join() === 'signature-invalid')).toBe(true);
  });

  it('flags a fingerprint not among the keys', async () => {
    const r = await verify({ publicKeys: [cliEntry(pair, 'ffffffffffffffffffffffffffffffff')] });
    expect(r.valid).toBe(false);
    expect(new Set(flagCodes(r))).toEqual(new Set(['key-unknown']));
    expect(r.flags.length).toBe(6);
  });

  it('fails a signature over re-serialised JSON instead of the stored bytes', async () => {
    const digests = [...chain.digests];
    const d = digests[1]!;
    const compact = JSON.stringify(d.json);
    const signature = await signText(pair, `${d.json.digestEndTime as string}\n${BUCKET}/${d.key}\n${sha256(compact)}\n${d.json.previousDigestSignature as string}`);
    digests[1] = { ...d, signature, metadata: {} };
    const r = await verify({ digests });
    expect(r.valid).toBe(false);
    expect(r.digests[1]?.reasons.map((x) => x.code)).toEqual(['signature-invalid']);
    // The next digest names the real signature, not this one.
    expect(errorCodes(r)).toEqual(['chain-link-mismatch']);
  });

  it('flags a digest read from another place than the one it names', async () => {
    const digests = [...chain.digests];
    digests[4] = { ...digests[4]!, key: digests[4]!.key.replace('CloudTrail-Digest/', 'copied/') };
    const r = await verify({ digests });
    expect(r.valid).toBe(false);
    expect(r.digests[4]?.reasons.map((x) => x.code)).toEqual(['digest-moved']);
    // The digest after it names the place it names: the move is flagged once.
    expect(errorCodes(r)).toEqual(['digest-moved']);
    expect(statuses(r)).toEqual(['valid', 'valid', 'valid', 'valid', 'invalid', 'valid']);
  });

  it('flags a starting digest in the middle of the chain (a restart), unless restarts are allowed', async () => {
    const restarted = await awsChain(pair, { hours: [1, 1, 1, 1], restartAt: [2] });
    const r = await verify({}, restarted);
    expect(r.valid).toBe(false);
    expect(r.flags.map((f) => [f.code, f.severity, f.digestIndex])).toEqual([['chain-restarted', 'error', 2]]);
    expect(r.counts.digests.valid).toBe(4);
    const allowed = await verify({ allowRestarts: true }, restarted);
    expect(allowed.valid).toBe(true);
    expect(allowed.flags.map((f) => [f.code, f.severity])).toEqual([['chain-restarted', 'notice']]);
  });

  it('flags backfill digests as a notice, by key or by metadata', async () => {
    const backfilled = await awsChain(pair, { hours: [1, 1, 1], suffix: (h) => (h === 1 ? '_backfill' : '') });
    const r = await verify({}, backfilled);
    expect(r.valid).toBe(true);
    expect(r.flags.map((f) => [f.code, f.severity, f.digestIndex])).toEqual([['backfill', 'notice', 1]]);
    const digests = backfilled.digests.map((d, i) => (i === 2 ? { ...d, metadata: { ...d.metadata, 'x-amz-meta-backfill-generation-timestamp': '2026-03-05T00:00:00Z' } } : d));
    expect(flagCodes(await verify({ digests }, backfilled))).toEqual(['backfill', 'backfill']);
  });

  it('flags digests given out of order', async () => {
    const digests = [chain.digests[0]!, chain.digests[2]!, chain.digests[1]!, ...chain.digests.slice(3)];
    const r = await verify({ digests });
    expect(r.valid).toBe(false);
    expect(errorCodes(r)).toContain('chain-out-of-order');
  });

  it('lists log files the caller holds that no digest names, without failing the chain', async () => {
    const logs = new Map(chain.logs);
    logs.set(`${BUCKET}/AWSLogs/111122223333/CloudTrail/eu-west-1/2026/03/02/injected.json.gz`, gzipSync('{"Records":[]}'));
    const r = await verify({ logFiles: logs });
    expect(r.valid).toBe(true);
    expect(r.logFiles.filter((l) => l.status === 'not-covered').map((l) => [l.key, l.reason?.code])).toEqual([
      [`${BUCKET}/AWSLogs/111122223333/CloudTrail/eu-west-1/2026/03/02/injected.json.gz`, 'log-not-covered'],
    ]);
    const held = await verify({ logFiles: (b, k) => chain.logs.get(`${b}/${k}`), heldLogFiles: ['elsewhere.json.gz'] });
    expect(held.counts.logFiles['not-covered']).toBe(1);
  });

  it('checks only the digests when no log files are given', async () => {
    const r = await verifyDigestChain({ digests: chain.digests, publicKeys: keys });
    expect(r.valid).toBe(true);
    expect(r.counts.logFiles['not-checked']).toBe(7);
  });

  it('reports a lookup that throws or rejects, and values that are not bytes', async () => {
    let n = 0;
    const r = await verify({
      logFiles: (b, k) => {
        n++;
        if (n === 1) throw new Error('disk');
        if (n === 2) return Promise.reject(new Error('s3'));
        if (n === 3) return 'text' as never;
        return chain.logs.get(`${b}/${k}`);
      },
    });
    expect(r.valid).toBe(false);
    expect(r.logFiles.slice(0, 3).map((l) => l.reason?.code)).toEqual(['log-unreadable', 'log-unreadable', 'not-bytes']);
    expect(r.counts.logFiles.valid).toBe(4);
  });

  it('applies maxBytes to digests and log files alike', async () => {
    const r = await verify({ maxBytes: 64 });
    expect(r.valid).toBe(false);
    expect(new Set(r.digests.map((d) => d.reasons.map((x) => x.code).join()))).toEqual(new Set(['gzip-invalid']));
    const logsOnly = await verify({ maxBytes: chain.digests.reduce((m, d) => Math.max(m, d.text.length), 0) });
    expect(logsOnly.counts.digests.valid).toBe(6);
  });

  it('never rejects on hostile input', async () => {
    const revoked = Proxy.revocable([], {});
    revoked.revoke();
    const inputs: unknown[] = [
      undefined,
      null,
      { digests: 'no', publicKeys: keys },
      { digests: revoked.proxy, publicKeys: keys },
      { digests: new Proxy(chain.digests, { get: (t, k) => (k === '3' ? (() => { throw new Error('x'); })() : Reflect.get(t, k)) }), publicKeys: keys },
      { digests: [null, 1, 'x', {}], publicKeys: keys },
      { digests: chain.digests, publicKeys: keys, logFiles: new Proxy(new Map(), {}) },
      { digests: chain.digests, publicKeys: keys, heldLogFiles: { [Symbol.iterator]: () => { throw new Error('iter'); } } },
    ];
    for (const input of inputs) {
      const r = await verifyDigestChain(input as VerifyDigestChainInput);
      expect(r.valid).toBe(false);
    }
  });

  it('does linear work on a long chain', async () => {
    const long = await awsChain(pair, { hours: Array.from({ length: 60 }, (_, i) => (i % 5 === 0 ? 0 : 1)) });
    const r = await verify({}, long);
    expect(r.valid).toBe(true);
    expect(r.digests.length).toBe(60);
  });
});
