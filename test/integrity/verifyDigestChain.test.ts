import { gzipSync } from 'node:zlib';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { MAX_CHAIN_DIGESTS, verifyDigestChain, type ChainReport, type VerifyDigestChainInput } from '../../src/integrity/index.js';
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
    expect(r.counts.logFiles).toEqual({ valid: 7, invalid: 0, missing: 0, 'not-covered': 0, 'not-checked': 0, unproven: 0 });
    expect(r.complete).toBe(true);
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
    // Only the digest named by [4] can be listed as missing: the one before it names nothing given.
    expect(statuses(r)).toEqual(['valid', 'valid', 'missing', 'valid', 'valid']);
    expect(r.counts.digests).toEqual({ valid: 4, invalid: 0, missing: 1 });
    expect(r.digests[2]?.key).toBe(chain.digests[3]!.key);
    expect(r.digests[2]?.reasons.map((x) => x.code)).toEqual(['digest-missing']);
    expect(r.flags.map((f) => [f.code, f.severity, f.digestIndex])).toEqual([
      ['digest-missing', 'error', 2],
      ['chain-gap', 'error', 2],
    ]);
    expect(r.flags[1]?.message).toBe('no digest given covers 2026-03-02T11:00:00.000Z to 2026-03-02T13:00:00.000Z (2.00 hours): about 2 digests are missing');
    // The log file of the deleted busy hour (hour 3) is held but no longer covered by any digest.
    const hour3 = chain.digests[3]!.json.logFiles as Array<{ s3Object: string }>;
    expect(r.logFiles.filter((l) => l.status === 'not-covered').map((l) => l.key)).toEqual([`${BUCKET}/${hour3[0]!.s3Object}`]);
    expect(r.complete).toBe(false);
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

  it('checks only the digests when no log files are given, and is valid only with digestsOnly', async () => {
    const r = await verifyDigestChain({ digests: chain.digests, publicKeys: keys });
    expect(r.valid).toBe(false);
    expect(r.counts.logFiles['not-checked']).toBe(7);
    expect(r.flags.map((f) => [f.code, f.severity])).toEqual([['log-files-not-given', 'error']]);
    const only = await verifyDigestChain({ digests: chain.digests, publicKeys: keys, digestsOnly: true });
    expect(only.valid).toBe(true);
    expect(only.counts.logFiles['not-checked']).toBe(7);
    expect(only.flags.map((f) => [f.code, f.severity])).toEqual([['log-files-not-given', 'notice']]);
    // digestsOnly does not stop log files that are given from being checked.
    const logs = new Map(chain.logs);
    logs.delete([...logs.keys()][0]!);
    expect((await verify({ logFiles: logs, digestsOnly: true })).counts.logFiles.missing).toBe(1);
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

  it('does linear work on a long chain: each log file read once, each object hashed once, the key imported once', async () => {
    const long = await awsChain(pair, { hours: Array.from({ length: 60 }, (_, i) => (i % 5 === 0 ? 0 : 1)) });
    const reads = new Map<string, number>();
    const lookup = (bucket: string, key: string): Uint8Array | undefined => {
      reads.set(key, (reads.get(key) ?? 0) + 1);
      return long.logs.get(`${bucket}/${key}`);
    };
    const digest = vi.spyOn(crypto.subtle, 'digest');
    const importKey = vi.spyOn(crypto.subtle, 'importKey');
    try {
      const r = await verify({ logFiles: lookup }, long);
      expect(r.valid).toBe(true);
      expect(r.digests.length).toBe(60);
      expect(long.logs.size).toBe(48);
      expect(reads.size).toBe(48);
      expect([...reads.values()].every((n) => n === 1)).toBe(true);
      // 60 digests and 48 log files, each hashed once.
      expect(digest.mock.calls.length).toBe(60 + 48);
      expect(importKey.mock.calls.length).toBe(1);
    } finally {
      digest.mockRestore();
      importKey.mockRestore();
    }
  });
});

describe('verifyDigestChain proves nothing it was not shown', () => {
  it('fails an empty run, and a run where no digest can be read (no-digests)', async () => {
    const empty = await verify({ digests: [] });
    expect(empty.valid).toBe(false);
    expect(errorCodes(empty)).toEqual(['no-digests']);
    const unreadable = await verify({ digests: [{ digest: new Uint8Array(0), bucket: BUCKET, key: 'k' }, { digest: gzipSync('{}'), bucket: BUCKET, key: 'k2' }] as never });
    expect(unreadable.valid).toBe(false);
    expect(errorCodes(unreadable)).toEqual(['no-digests']);
    expect(unreadable.flags[0]?.message).toContain('none of the 2 digests given');
  });

  it('checks log files given as a plain object, entries, a Map of another realm, a getter, a generator', async () => {
    const foreign = runInNewContext('new Map()') as Map<string, Uint8Array>;
    expect(foreign instanceof Map).toBe(false);
    for (const [k, v] of chain.logs) foreign.set(k, v);
    const nullProto: Record<string, Uint8Array> = Object.create(null);
    for (const [k, v] of chain.logs) nullProto[k] = v;
    const shapes: Array<[string, unknown]> = [
      ['Object.fromEntries', Object.fromEntries(chain.logs)],
      ['null-prototype record', nullProto],
      ['entries list', [...chain.logs]],
      ['generator', (function* () { yield* chain.logs; })()],
      ['foreign Map', foreign],
      ['sync getter', { get: (k: string) => chain.logs.get(k) }],
      ['async getter', { get: async (k: string) => chain.logs.get(k) }],
    ];
    for (const [name, logFiles] of shapes) {
      const r = await verify({ logFiles: logFiles as never });
      expect([name, r.valid, r.counts.logFiles.valid, r.flags]).toEqual([name, true, 7, []]);
    }
    // Each shape really reads the bytes: one changed file fails through a record too.
    const [first] = [...chain.logs.keys()];
    const tampered = { ...Object.fromEntries(chain.logs), [first!]: gzipSync('{"Records":[]}') };
    expect((await verify({ logFiles: tampered })).logFiles[0]?.reason?.code).toBe('hash-mismatch');
    // The keys of a foreign Map and a record are the files held: an injected one is not covered.
    foreign.set(`${BUCKET}/injected.json.gz`, new Uint8Array(1));
    expect((await verify({ logFiles: foreign })).logFiles.filter((l) => l.status === 'not-covered').map((l) => l.key)).toEqual([`${BUCKET}/injected.json.gz`]);
    const withInjected = { ...Object.fromEntries(chain.logs), 'injected.json.gz': new Uint8Array(1) };
    expect((await verify({ logFiles: withInjected })).complete).toBe(false);
  });

  it('refuses log files of a shape it does not know, instead of skipping them (bad-argument)', async () => {
    class Store {
      files = chain.logs;
    }
    const keysOnly = [...chain.logs.keys()];
    const shapes = [42, 'logs', null, true, new Set(keysOnly), keysOnly, [[1, new Uint8Array(0)]], new Uint8Array(4), new Store()];
    for (const [i, logFiles] of shapes.entries()) {
      const r = await verify({ logFiles: logFiles as never });
      expect([i, r.valid]).toEqual([i, false]);
      expect(errorCodes(r)).toEqual(['bad-argument']);
      expect(r.flags[0]?.message).toContain('no log file was checked');
      expect(r.counts.logFiles['not-checked']).toBe(7);
    }
    // A bare Proxy of a Map has a get() that throws when called: every file is unreadable, none skipped.
    const proxied = await verify({ logFiles: new Proxy(new Map(chain.logs), {}) });
    expect(proxied.valid).toBe(false);
    expect(proxied.counts.logFiles.invalid).toBe(7);
    expect(new Set(proxied.logFiles.map((l) => l.reason?.code))).toEqual(new Set(['log-unreadable']));
  });

  it('fails a digest deleted just before a restart, even when restarts are allowed (chain-gap)', async () => {
    // D0, D1, D2, D3 (starting), D4: D2 deleted.
    const restarted = await awsChain(pair, { hours: [1, 1, 1, 1, 1], restartAt: [3] });
    const all = await verify({ allowRestarts: true }, restarted);
    expect(all.valid).toBe(true);
    const r = await verify({ allowRestarts: true, digests: without(restarted.digests, 2) }, restarted);
    expect(r.valid).toBe(false);
    expect(r.flags.map((f) => [f.code, f.severity, f.digestIndex])).toEqual([
      ['chain-restarted', 'notice', 2],
      ['chain-gap', 'error', 2],
    ]);
    expect(r.flags[1]?.message).toBe('no digest given covers 2026-03-02T11:00:00.000Z to 2026-03-02T12:00:00.000Z (1.00 hours), before the restart: about 1 digest is missing');
    const strict = await verify({ digests: without(restarted.digests, 2) }, restarted);
    expect(errorCodes(strict)).toEqual(['chain-restarted', 'chain-gap']);
  });

  it('gives the log files of an invalid digest as unproven, without reading them (digest-invalid)', async () => {
    // An intruder changes a log file, then forges the digest naming it with the new hash.
    const victim = chain.digests[1]!;
    const entries = victim.json.logFiles as Array<Record<string, unknown>>;
    const logKey = `${BUCKET}/${entries[0]!.s3Object as string}`;
    const newText = '{"Records":[]}';
    const logs = new Map(chain.logs).set(logKey, gzipSync(newText));
    const json: Record<string, unknown> = { ...victim.json, logFiles: [{ ...entries[0], hashValue: sha256(newText) }] };
    const text = JSON.stringify(json, null, 2);
    for (const fingerprint of [fingerprintOf(pair), fingerprintOf(intruder)]) {
      const forgedText = text.replace(fingerprintOf(pair), fingerprint);
      const signature = await signText(intruder, `${json.digestEndTime as string}\n${BUCKET}/${victim.key}\n${sha256(forgedText)}\n${json.previousDigestSignature as string}`);
      const digests = [...chain.digests];
      digests[1] = { ...victim, digest: gzipSync(forgedText), text: forgedText, signature, metadata: {} };
      const read: string[] = [];
      const r = await verify({ digests, logFiles: (b, k) => (read.push(`${b}/${k}`), logs.get(`${b}/${k}`)) });
      expect(r.valid).toBe(false);
      const named = r.logFiles.filter((l) => l.digestIndex === 1);
      expect(named.map((l) => [l.status, l.reason?.code])).toEqual([['unproven', 'digest-invalid']]);
      expect(named[0]?.reason?.message).toMatch(/^digest \[1\], which names .* is not valid \((signature-invalid|key-unknown)\)/);
      expect(r.counts.logFiles).toEqual({ valid: 6, invalid: 0, missing: 0, 'not-covered': 0, 'not-checked': 0, unproven: 1 });
      expect(read).not.toContain(logKey);
    }
  });

  it('fails a run whose newest digest ends before expectedEnd (tail deletion: chain-short), and says whether it is complete', async () => {
    const end = chain.digests[5]!.json.digestEndTime as string;
    const cut = chain.digests.slice(0, 4);
    // Without expectedEnd the tail deletion leaves no trace but the files held that no digest covers.
    const silent = await verify({ digests: cut });
    expect(silent.valid).toBe(true);
    expect(silent.complete).toBe(false);
    expect(silent.counts.logFiles['not-covered']).toBe(3);
    for (const expectedEnd of [end, new Date(end), '2026-03-02T16:00:00+01:00']) {
      const r = await verify({ digests: cut, expectedEnd });
      expect(r.valid).toBe(false);
      expect(r.flags.map((f) => [f.code, f.severity, f.digestIndex])).toEqual([['chain-short', 'error', 3]]);
      expect(r.flags[0]?.message).toContain('ends at 2026-03-02T13:00:00.000Z, but digests are expected up to 2026-03-02T15:00:00.000Z (2.00 hours)');
    }
    const whole = await verify({ expectedEnd: end });
    expect([whole.valid, whole.complete, whole.flags]).toEqual([true, true, []]);
    for (const bad of ['yesterday', new Date(Number.NaN), 1772445600000, {}]) {
      const r = await verify({ expectedEnd: bad as never });
      expect(errorCodes(r)).toEqual(['bad-argument']);
      expect(r.valid).toBe(false);
    }
  });

  it('raises key-ambiguous and key-unusable as chain flags', async () => {
    const ambiguous = await verify({ publicKeys: [cliEntry(pair), cliEntry(intruder, fingerprintOf(pair))] });
    expect(ambiguous.valid).toBe(false);
    expect(ambiguous.flags.map((f) => [f.code, f.severity])).toEqual(Array.from({ length: 6 }, () => ['key-ambiguous', 'error']));
    const unusable = await verify({ publicKeys: [{ Value: 'not base64!', Fingerprint: fingerprintOf(pair) }] });
    expect(unusable.valid).toBe(false);
    expect(unusable.flags.map((f) => f.code)).toEqual(Array.from({ length: 6 }, () => 'key-unusable'));
    expect(unusable.counts.logFiles.unproven).toBe(7);
  });

  it('refuses heldLogFiles that are not a list of text', async () => {
    for (const heldLogFiles of ['abc', 42, new Uint8Array(2), { length: 3 }]) {
      const r = await verify({ heldLogFiles: heldLogFiles as never });
      expect(r.valid).toBe(false);
      expect(errorCodes(r)).toEqual(['bad-argument']);
      expect(r.counts.logFiles['not-covered']).toBe(0);
    }
    const mixed = await verify({ heldLogFiles: [1, 'held.json.gz'] as never });
    expect(errorCodes(mixed)).toEqual(['bad-argument']);
    expect(mixed.logFiles.filter((l) => l.status === 'not-covered').map((l) => l.key)).toEqual(['held.json.gz']);
  });

  it('refuses a list of digests too long or with no readable length, without reading its items', async () => {
    for (const length of [MAX_CHAIN_DIGESTS + 1, 1e9, -1, 1.5, Number.NaN, '3']) {
      let reads = 0;
      const digests = new Proxy([] as unknown[], {
        get: (t, k) => {
          if (k === 'length') return length;
          if (typeof k === 'string' && /^\d+$/.test(k)) reads++;
          return Reflect.get(t, k);
        },
      });
      const r = await verify({ digests: digests as never });
      expect([length, r.valid, errorCodes(r), reads, r.digests.length]).toEqual([length, false, ['bad-argument'], 0, 0]);
    }
  });
});
