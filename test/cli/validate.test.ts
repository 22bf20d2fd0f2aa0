// `validate <folder>`, in process: signed trails built by buildSignedTrail,
// written to disk as `aws s3 sync` leaves them, with the public keys as
// `aws cloudtrail list-public-keys` prints them and the digests' S3 metadata
// in both accepted forms. A whole copy passes; each change an intruder could
// make (one byte of a log file, a deleted log file, one or two deleted
// digests, a moved digest, another bucket, a missing signature) fails with
// its reason, in text and in --json.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignedTrail, type SignedTrail } from '../../src/builders/index.js';
import { runInProcess } from './inProcess.js';

let dir = '';
let main: SignedTrail;
let second: SignedTrail;
let prefixed: SignedTrail;
let keysFile = '';
let mapFile = '';
let linesFile = '';
let whole = '';

// Characters that would break a line, move the cursor or reorder text if printed raw.
const UNSAFE_OUTPUT = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

function writeTrail(folder: string, trails: readonly SignedTrail[], dropPrefix = ''): void {
  const put = (key: string, bytes: Uint8Array): void => {
    const path = join(folder, key.slice(dropPrefix.length));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  };
  for (const t of trails) {
    for (const f of t.logFiles) put(f.key, f.gzip);
    for (const d of t.digests) put(d.key, d.digest);
  }
}

/** A fresh copy of the whole folder, to change. */
function copy(name: string): string {
  const to = join(dir, name);
  cpSync(whole, to, { recursive: true });
  return to;
}

const validate = (folder: string, ...more: string[]): Promise<{ code: number; stdout: string; stderr: string }> =>
  runInProcess(['validate', folder, '--public-keys', keysFile, '--signatures', mapFile, '--bucket', main.bucket, ...more]);

interface JsonReport {
  ok: boolean;
  warnings: string[];
  chains: Array<{
    trailName: string;
    valid: boolean;
    digests: Array<{ status: string; key: string; reasons: Array<{ code: string }> }>;
    logFiles: Array<{ status: string; key: string; reason?: { code: string; message: string } }>;
    flags: Array<{ severity: string; code: string; message: string }>;
  }>;
  notCovered: Array<{ key: string }>;
  counts: { chains: number; digests: Record<string, number>; logFiles: Record<string, number> };
}

const lines = (s: string): string[] => s.split('\n');

/** The chain of the main trail in a JSON report (chains come in order of region: eu-west-1 first). */
const mainChain = (r: JsonReport): JsonReport['chains'][number] | undefined => r.chains.find((c) => c.trailName === 'management-events');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ctc-validate-'));
  main = await buildSignedTrail({ seed: 'cli-validate', logFilesPerHour: [2, 0, 2, 1, 1] });
  // A second trail of the same account, in another region, with underscores in its name.
  second = await buildSignedTrail({ seed: 'cli-second', region: 'eu-west-1', homeRegion: 'us-east-1', trailName: 'org_trail_2', logFilesPerHour: [1, 1] });
  prefixed = await buildSignedTrail({ seed: 'cli-prefix', prefix: 'audit/logs', logFilesPerHour: [1, 1] });
  whole = join(dir, 'whole');
  writeTrail(whole, [main, second]);
  // Files that are not CloudTrail's sit in real copies too.
  writeFileSync(join(whole, 'README.txt'), 'notes');
  keysFile = join(dir, 'keys.json');
  writeFileSync(keysFile, JSON.stringify({ PublicKeyList: [main.publicKey] }, null, 4));
  const digests = [...main.digests, ...second.digests, ...prefixed.digests];
  mapFile = join(dir, 'signatures.json');
  writeFileSync(mapFile, JSON.stringify(Object.fromEntries(digests.map((d) => [d.key, d.metadata])), null, 2));
  linesFile = join(dir, 'signatures.jsonl');
  // As the shell loop of docs/cli.md writes it, with the metadata of head-object.
  writeFileSync(linesFile, `${digests.map((d) => JSON.stringify({ Key: d.key, Metadata: d.metadata })).join('\n')}\n`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cloudtrail-codecs validate', () => {
  it('passes a whole copy of two trails, in text and in JSON, with the signatures in either form', async () => {
    const r = await validate(whole);
    expect(r.stderr).toBe('');
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain('\nchain: trail management-events (home region us-east-1), account 111122223333, region us-east-1\n');
    expect(r.stdout).toContain('\nchain: trail org_trail_2 (home region us-east-1), account 111122223333, region eu-west-1\n');
    expect(r.stdout).toContain('  covers 2026-03-02T09:00:00Z to 2026-03-02T14:00:00Z\n');
    const digests = main.digests.length + second.digests.length;
    const logs = main.logFiles.length + second.logFiles.length;
    expect(lines(r.stdout).filter((l) => /^ {2}digest \[\d+\] valid: AWSLogs\//.test(l))).toHaveLength(digests);
    expect(lines(r.stdout).filter((l) => /^ {4}log file valid: AWSLogs\//.test(l))).toHaveLength(logs);
    expect(r.stdout).toContain(`digest [0] valid: ${main.digests[0]?.key} (starting digest)\n`);
    expect(r.stdout).toContain(`digest [1] valid: ${main.digests[1]?.key} (no log files this hour)\n`);
    expect(r.stdout).toContain('\n1 files that are not CloudTrail\'s were left alone (by their names), such as README.txt\n');
    expect(r.stdout.endsWith(`\n2 chains: digests: ${digests} valid, 0 invalid, 0 missing; log files: ${logs} valid, 0 invalid, 0 missing, 0 not covered: VALID\n`)).toBe(true);

    const json = await runInProcess(['validate', '--json', whole, '--public-keys', keysFile, '--signatures', linesFile, '--bucket', main.bucket]);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as JsonReport;
    expect(report.ok).toBe(true);
    expect(report.warnings).toEqual([]);
    expect(report.counts).toEqual({ chains: 2, invalidChains: 0, digests: { valid: digests, invalid: 0, missing: 0 }, logFiles: { valid: logs, invalid: 0, missing: 0, unproven: 0, notCovered: 0 } });
    // Chains in a stable order: by prefix, organization, account, region and trail.
    expect(report.chains.map((c) => [c.trailName, c.valid])).toEqual([
      ['org_trail_2', true],
      ['management-events', true],
    ]);
    expect(mainChain(report)?.logFiles.map((l) => l.key)).toEqual(main.logFiles.map((f) => f.key));
  });

  it('trusts the bucket each digest names only with a warning, and fails a copy read as another bucket', async () => {
    const r = await runInProcess(['validate', whole, '--public-keys', keysFile, '--signatures', mapFile]);
    expect(r.code).toBe(0);
    expect(lines(r.stdout)[0]).toMatch(/^warning: no --bucket given: each digest is checked against the bucket it names itself, so the bucket it was read from is not verified/);
    const json = JSON.parse((await runInProcess(['validate', '--json', whole, '--public-keys', keysFile, '--signatures', mapFile])).stdout) as JsonReport;
    expect(json.warnings[0]).toMatch(/^no --bucket given/);

    const other = await validate(whole, '--bucket', 'someone-elses-bucket');
    // `--bucket` was given twice: refused.
    expect(other.code).toBe(2);
    const moved = await runInProcess(['validate', whole, '--public-keys', keysFile, '--signatures', mapFile, '--bucket', 'someone-elses-bucket']);
    expect(moved.code).toBe(1);
    expect(moved.stdout).toMatch(/^ {6}digest-moved: the digest names "s3:\/\/aws-cloudtrail-logs-111122223333-trail\/AWSLogs\/.*" as its place, but was read from "s3:\/\/someone-elses-bucket\/AWSLogs\//m);
    // A digest that is not valid vouches for no log file.
    expect(moved.stdout).toMatch(/^ {4}log file unproven: AWSLogs\/.*\n {8}digest-invalid: /m);
    expect(moved.stdout).not.toMatch(/^ {4}log file valid: /m);
  });

  it('reports a log file changed by one byte, inside the gzip data or in the text it holds', async () => {
    const folder = copy('one-byte');
    const [text, raw] = [main.logFiles[0], main.logFiles[3]];
    if (text === undefined || raw === undefined) throw new Error('trail too short');
    // One character of the JSON changed, gzipped again: a valid gzip file with other text.
    const changed = text.text.replace('"eventName":"', '"eventName":"X');
    writeFileSync(join(folder, text.key), gzipSync(changed));
    // One byte of the stored gzip flipped.
    const bytes = Buffer.from(readFileSync(join(folder, raw.key)));
    const middle = Math.floor(bytes.length / 2);
    bytes.writeUInt8(bytes.readUInt8(middle) ^ 0x01, middle);
    writeFileSync(join(folder, raw.key), bytes);
    const r = await validate(folder);
    expect(r.code).toBe(1);
    const out = lines(r.stdout);
    const at = out.indexOf(`    log file invalid: ${text.key}`);
    expect(at, r.stdout).toBeGreaterThan(0);
    expect(out[at + 1]).toMatch(/^ {8}hash-mismatch: /);
    const rawAt = out.indexOf(`    log file invalid: ${raw.key}`);
    expect(out[rawAt + 1]).toMatch(/^ {8}(gzip-invalid|hash-mismatch): /);
    expect(r.stdout).toMatch(/\n {2}INVALID: digests: 5 valid, 0 invalid, 0 missing; log files: 4 valid, 2 invalid, 0 missing\n/);
    expect(r.stdout).toMatch(/: INVALID\n$/);

    const json = JSON.parse((await validate(folder, '--json')).stdout) as JsonReport;
    expect(json.ok).toBe(false);
    expect(json.chains.map((c) => c.valid)).toEqual([true, false]);
    const entry = mainChain(json)?.logFiles.find((l) => l.key === text.key);
    expect(entry?.status).toBe('invalid');
    expect(entry?.reason?.code).toBe('hash-mismatch');
    expect(gunzipSync(readFileSync(join(folder, text.key))).toString()).toBe(changed);
  });

  it('reports a deleted log file as missing', async () => {
    const folder = copy('deleted-log');
    const gone = main.logFiles[2];
    if (gone === undefined) throw new Error('trail too short');
    rmSync(join(folder, gone.key));
    const r = await validate(folder);
    expect(r.code).toBe(1);
    const out = lines(r.stdout);
    const at = out.indexOf(`    log file missing: ${gone.key}`);
    expect(at, r.stdout).toBeGreaterThan(0);
    expect(out[at + 1]).toMatch(/^ {8}log-missing: .* is named by digest \[2\] but was not found/);
    const json = JSON.parse((await validate(folder, '--json')).stdout) as JsonReport;
    expect(mainChain(json)?.logFiles.find((l) => l.key === gone.key)).toMatchObject({ status: 'missing', reason: { code: 'log-missing' } });
    expect(json.counts.logFiles).toMatchObject({ missing: 1 });
  });

  it('reports a deleted digest, and two deleted in a row; their log files are left not covered', async () => {
    const one = copy('deleted-digest');
    const gone = main.digests[2];
    if (gone === undefined) throw new Error('trail too short');
    rmSync(join(one, gone.key));
    const r = await validate(one);
    expect(r.code).toBe(1);
    // The missing digest's line says why; the flag of the chain is not printed twice.
    expect(r.stdout).toMatch(new RegExp(`\n {2}digest missing: ${gone.key.replace(/\./g, '\\.')}\n {6}digest-missing: ".*" is named as the previous digest by digest \\[2\\], but was not given: it was deleted, or not collected\n`));
    expect(r.stdout).not.toMatch(/^ {2}error digest-missing/m);
    const orphans = main.logFiles.filter((f) => f.hour === 2).map((f) => f.key);
    expect(orphans).toHaveLength(2);
    for (const k of orphans) expect(r.stdout).toContain(`\n  not covered: ${k}\n`);
    const json = JSON.parse((await validate(one, '--json')).stdout) as JsonReport;
    expect(mainChain(json)?.flags.map((f) => f.code)).toContain('digest-missing');
    expect(mainChain(json)?.digests.find((d) => d.status === 'missing')?.key).toBe(gone.key);
    expect(json.notCovered.map((n) => n.key)).toEqual([...orphans].sort());

    const two = copy('deleted-digests');
    for (const d of main.digests.slice(1, 3)) rmSync(join(two, d.key));
    const r2 = await validate(two);
    expect(r2.code).toBe(1);
    expect(r2.stdout).toMatch(/^ {6}digest-missing: .* by digest \[1\], but was not given/m);
    expect(r2.stdout).toMatch(/^ {2}error chain-gap at digest \[1\]: no digest given covers 2026-03-02T10:00:00\.000Z to 2026-03-02T12:00:00\.000Z/m);
  });

  it('reports a digest moved to another key', async () => {
    const folder = copy('moved-digest');
    const moved = main.digests[1];
    if (moved === undefined) throw new Error('trail too short');
    const to = moved.key.replace('T110000Z', 'T103000Z');
    renameSync(join(folder, moved.key), join(folder, to));
    const signatures = join(dir, 'moved-signatures.json');
    writeFileSync(signatures, JSON.stringify({ ...(JSON.parse(readFileSync(mapFile, 'utf8')) as object), [to]: moved.metadata }));
    const r = await runInProcess(['validate', folder, '--public-keys', keysFile, '--signatures', signatures, '--bucket', main.bucket]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(`\n {2}digest \\[1\\] invalid: ${to.replace(/\./g, '\\.')} \\(no log files this hour\\)\n {6}digest-moved: the digest names ".*T110000Z\\.json\\.gz" as its place, but was read from ".*T103000Z\\.json\\.gz"\n`),
    );
    const json = JSON.parse((await runInProcess(['validate', '--json', folder, '--public-keys', keysFile, '--signatures', signatures, '--bucket', main.bucket])).stdout) as JsonReport;
    expect(mainChain(json)?.flags).toContainEqual(expect.objectContaining({ severity: 'error', code: 'digest-moved' }));
  });

  it('fails a chain that stops before --expected-end: digests deleted after the newest one', async () => {
    // The second trail's chain ends first, at 11:00; the main one at 14:00.
    expect(second.digests.at(-1)?.json.digestEndTime).toBe('2026-03-02T11:00:00Z');
    const reaches = await validate(whole, '--expected-end', '2026-03-02T11:00:00Z');
    expect(reaches.code).toBe(0);
    const short = await validate(whole, '--expected-end', '2026-03-02T13:00:00+00:00');
    expect(short.code).toBe(1);
    const flagged = lines(short.stdout).filter((l) => l.startsWith('  error chain-short'));
    expect(flagged, short.stdout).toHaveLength(1);
    expect(short.stdout).toMatch(/\n {2}INVALID: .*\n\nchain: trail management-events .*[^]* {2}VALID: /);
  });

  it('reports a restart in the middle of a chain, and a backfill digest, as notices when accepted', async () => {
    // Validation turned off at 11:00 and on again: the next digest starts a new run.
    const later = await buildSignedTrail({ seed: 'cli-restart', startTime: '2026-03-02T11:00:00Z', logFilesPerHour: [1, 1] });
    const first = await buildSignedTrail({ seed: 'cli-restart-first', logFilesPerHour: [1, 1] });
    const folder = join(dir, 'restarted');
    writeTrail(folder, [first, later]);
    const signatures = join(dir, 'restart-signatures.jsonl');
    const entries = [...first.digests, ...later.digests].map((d, i) => ({
      Key: d.key,
      // The S3 metadata of a backfill digest carries the time it was made.
      Metadata: i === 1 ? { ...d.metadata, 'backfill-generation-timestamp': '2026-03-05T08:00:00Z' } : d.metadata,
    }));
    writeFileSync(signatures, entries.map((e) => JSON.stringify(e)).join('\n'));
    const args = ['validate', folder, '--public-keys', keysFile, '--signatures', signatures, '--bucket', main.bucket];
    const r = await runInProcess(args);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ {2}error chain-restarted at digest \[2\]: /m);
    expect(r.stdout).toContain(`  digest [1] valid: ${first.digests[1]?.key} (backfill)\n`);
    expect(r.stdout).toMatch(/^ {2}notice backfill at digest \[1\]: /m);
    expect(r.stdout).toContain(`  digest [2] valid: ${later.digests[0]?.key} (starting digest)\n`);
    const accepted = await runInProcess([...args, '--allow-restarts']);
    expect(accepted.code, accepted.stdout).toBe(0);
    expect(accepted.stdout).toMatch(/^ {2}notice chain-restarted at digest \[2\]: /m);
  });

  it('says when the signatures file has no entry for a digest', async () => {
    const signatures = join(dir, 'partial-signatures.jsonl');
    writeFileSync(signatures, readFileSync(linesFile, 'utf8').split('\n').slice(1).join('\n'));
    const r = await runInProcess(['validate', whole, '--public-keys', keysFile, '--signatures', signatures, '--bucket', main.bucket]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`  digest [0] invalid: ${main.digests[0]?.key} (starting digest)\n      signature-missing: no signature was given`);
    expect(r.stdout).toContain('(the --signatures file has no entry for this key)\n');

    // Keys of another fingerprint: no digest's key is among them.
    const otherKeys = join(dir, 'other-keys.json');
    writeFileSync(otherKeys, JSON.stringify({ PublicKeyList: [{ ...main.publicKey, Fingerprint: '0'.repeat(32) }] }));
    const unknown = await runInProcess(['validate', whole, '--public-keys', otherKeys, '--signatures', mapFile, '--bucket', main.bucket]);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toMatch(/^ {6}key-unknown: no public key has the fingerprint ".*" the digest names; the keys given are "0{32}"$/m);
  });

  it('reads a copy synced from below the bucket root with --prefix, and says so when it is missing', async () => {
    const folder = join(dir, 'prefixed');
    writeTrail(folder, [prefixed], 'audit/logs/');
    const args = ['--public-keys', keysFile, '--signatures', mapFile, '--bucket', prefixed.bucket];
    const without = await runInProcess(['validate', folder, ...args]);
    expect(without.code).toBe(1);
    expect(without.stdout).toContain("warning: digests name their keys under the prefix 'audit/logs', which the folder's paths do not have: if it was synced from s3://<bucket>/audit/logs, run again with --prefix audit/logs\n");
    const r = await runInProcess(['validate', folder, ...args, '--prefix', 'audit/logs']);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain(`digest [0] valid: ${prefixed.digests[0]?.key}`);
    // A folder inside the layout: keys are read from the folder that holds AWSLogs.
    const inside = await runInProcess(['validate', join(folder, 'AWSLogs', '111122223333'), ...args, '--prefix', 'audit/logs']);
    expect(inside.code, inside.stdout).toBe(0);
  });

  it('shows progress on stderr only when it is a terminal', async () => {
    const quiet = await validate(whole);
    expect(quiet.stderr).toBe('');
    const tty = await runInProcess(['validate', whole, '--public-keys', keysFile, '--signatures', mapFile, '--bucket', main.bucket], { tty: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toMatch(/^\r\u001b\[Kvalidate: /);
    // One line that rewrites itself, cleared at the end: never a newline.
    expect(tty.stderr).not.toContain('\n');
    expect(tty.stderr.endsWith('\r\u001b[K')).toBe(true);
    expect(tty.stdout).toBe(quiet.stdout);
  });

  it('fails a folder without digests, and keeps file names that are not CloudTrail from forging lines', async () => {
    const folder = join(dir, 'no-digests');
    const f = main.logFiles[0];
    if (f === undefined) throw new Error('trail too short');
    mkdirSync(dirname(join(folder, f.key)), { recursive: true });
    writeFileSync(join(folder, f.key), f.gzip);
    writeFileSync(join(folder, 'evil\nFAKE LINE\u202e.json'), '{}');
    const r = await validate(folder);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('no digest files under ');
    expect(r.stdout).toContain(`\n  not covered: ${f.key}\n`);
    expect(r.stdout).toContain('evil\\nFAKE LINE\\u202e.json');
    expect(r.stdout).not.toMatch(UNSAFE_OUTPUT);
    expect(r.stdout.endsWith('\n0 chains: digests: 0 valid, 0 invalid, 0 missing; log files: 0 valid, 0 invalid, 0 missing, 1 not covered: INVALID\n')).toBe(true);
  });

  it('refuses bad arguments and unusable files with exit code 2 and one line', async () => {
    const notJson = join(dir, 'not-json.txt');
    writeFileSync(notJson, 'hello');
    const noList = join(dir, 'no-list.json');
    writeFileSync(noList, '{"Keys": []}');
    const badLine = join(dir, 'bad-line.jsonl');
    writeFileSync(badLine, `${JSON.stringify({ Key: 'k', Metadata: {} })}\n{"Key": 5}\n`);
    const cases: Array<[string[], RegExp]> = [
      [['validate'], /validate needs the folder/],
      [['validate', whole, whole, '--public-keys', keysFile, '--signatures', mapFile], /validate takes one folder, not 2/],
      [['validate', whole, '--signatures', mapFile], /validate needs --public-keys <file>: save it with aws cloudtrail list-public-keys/],
      [['validate', whole, '--public-keys', keysFile], /validate needs --signatures <file>/],
      [['validate', whole, '--public-keys', keysFile, '--signatures', mapFile, '--bucket', 's3://b/x'], /--bucket takes an S3 bucket name alone/],
      [['validate', whole, '--public-keys', keysFile, '--signatures', mapFile, '--top', '3'], /--top is for check and summary, not validate/],
      [['check', whole, '--public-keys', keysFile], /--public-keys is for validate, not check/],
      [['validate', whole, '--public-keys', keysFile, '--signatures', mapFile, '--expected-end', 'yesterday'], /--expected-end takes an ISO-8601 time with its zone/],
      [['validate', join(dir, 'nowhere'), '--public-keys', keysFile, '--signatures', mapFile], /the folder '.*nowhere' cannot be read: no such folder/],
      [['validate', keysFile, '--public-keys', keysFile, '--signatures', mapFile], /validate takes a folder: '.*keys\.json' is a file/],
      [['validate', whole, '--public-keys', join(dir, 'none.json'), '--signatures', mapFile], /the public keys file '.*none\.json' cannot be read: no such file/],
      [['validate', whole, '--public-keys', notJson, '--signatures', mapFile], /the public keys file '.*' is not JSON: /],
      [['validate', whole, '--public-keys', noList, '--signatures', mapFile], /has no PublicKeyList/],
      [['validate', whole, '--public-keys', keysFile, '--signatures', notJson], /the signatures file '.*': line 1 is not JSON/],
      [['validate', whole, '--public-keys', keysFile, '--signatures', badLine], /the signatures file '.*': line 2 is not \{"Key": "<digest key>", "Metadata": \{…\}\}/],
    ];
    for (const [args, message] of cases) {
      const r = await runInProcess(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout, args.join(' ')).toBe('');
      expect(r.stderr.split('\n')[0], args.join(' ')).toMatch(/^cloudtrail-codecs: /);
      expect(r.stderr.split('\n')[0], args.join(' ')).toMatch(message);
    }
  });
});
