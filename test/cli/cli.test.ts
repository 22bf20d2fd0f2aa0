// The command-line tool, run as users run it: the built dist/cli.js (npm test
// builds first; a missing build is made here), on corpus files, gzipped
// copies, other document kinds and broken inputs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeLogFile } from '../../src/index.js';
import { corpusFiles, oddFiles, rawSnippets, repoRoot } from '../support/corpus.js';

const cli = join(repoRoot, 'dist', 'cli.js');
let dir = '';

function run(args: string[], input?: string | Buffer): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(() => {
  if (!existsSync(cli)) execFileSync(process.execPath, [join(repoRoot, 'node_modules', 'tsup', 'dist', 'cli-default.js')], { cwd: repoRoot });
  dir = mkdtempSync(join(tmpdir(), 'ctc-cli-'));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cloudtrail-codecs check', () => {
  it('passes every corpus file, plain and gzipped, with its record count', () => {
    for (const f of corpusFiles()) {
      const plain = run(['check', join(repoRoot, '..', 'shared', 'corpus', f.name)]);
      expect(plain.code, f.name).toBe(0);
      expect(plain.stdout).toContain(`: ${f.json.Records.length} records decoded, 0 failed`);
      const gz = run(['check', file(`${f.name}.gz`, gzipSync(f.text))]);
      expect(gz.code, `${f.name}.gz`).toBe(0);
      expect(gz.stdout).toContain(`${f.name}.gz: ${f.json.Records.length} records decoded, 0 failed`);
    }
  });

  it('fails on the odd files that hold broken records, printing each failure with its record and path', () => {
    let failing = 0;
    for (const f of oddFiles()) {
      // Which files hold broken records is the library's call; the CLI must report it faithfully.
      const result = decodeLogFile(f.json);
      const broken = result.success ? result.data.failures.length : -1;
      const r = run(['check', join(repoRoot, '..', 'shared', 'corpus', 'odd', f.name)]);
      expect(r.code, f.name).toBe(broken > 0 ? 1 : 0);
      expect(r.stdout, f.name).toContain(`: ${f.json.Records.length - broken} records decoded, ${broken} failed`);
      if (broken > 0) {
        failing++;
        expect(r.stdout).toMatch(/^ {2}Records\[\d+\] did not decode/m);
        expect(r.stdout).toMatch(/^ {4}Records\[\d+\]\.[\w.[\]]+: expected /m);
      }
    }
    expect(failing).toBeGreaterThanOrEqual(4);
  });

  it('reports text that is not JSON with a line and column, and a digest file as such', () => {
    const snippet = rawSnippets().find((s) => s.source === 'awsdocs/aws-app-mesh-user-guide');
    if (snippet === undefined) throw new Error('App Mesh snippet not found');
    const broken = run(['check', file('appmesh-guide.json', snippet.text)]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/appmesh-guide\.json: cannot be read as CloudTrail: .*line \d+ column \d+/);
    const digest = run(['check', file('digest.json', JSON.stringify({ awsAccountId: '111122223333', digestStartTime: '2026-01-01T00:00:00Z', logFiles: [] }))]);
    expect(digest.code).toBe(1);
    expect(digest.stdout).toContain('this is a CloudTrail digest file');
    const truncated = corpusFiles()[0]?.text.slice(0, 500) ?? '';
    const cut = run(['check', file('cut.json.gz', gzipSync(truncated))]);
    expect(cut.code).toBe(1);
    expect(cut.stdout).toContain('the text ends too early');
  });

  it('reads EventBridge events, LookupEvents results and single records, and stdin', () => {
    const record = corpusFiles().find((f) => f.name === 'plaso.json')?.json.Records[0] as Record<string, unknown>;
    const event = { version: '0', id: 'e', 'detail-type': 'AWS API Call via CloudTrail', source: 'aws.ec2', account: '111122223333', time: record['eventTime'], region: 'us-east-1', resources: [], detail: record };
    expect(run(['check', file('eb.json', JSON.stringify(event))]).stdout).toContain('eb.json (EventBridge event): 1 records decoded, 0 failed');
    expect(run(['check', file('one.json', JSON.stringify(record))]).stdout).toContain('one.json (record): 1 records decoded, 0 failed');
    const lookup = { Events: [{ EventId: 'x', CloudTrailEvent: JSON.stringify(record) }, { EventId: 'y', CloudTrailEvent: '{' }] };
    const l = run(['check', file('lookup.json', JSON.stringify(lookup))]);
    expect(l.code).toBe(1);
    expect(l.stdout).toContain('(LookupEvents response): 1 records decoded, 1 failed');
    const text = corpusFiles().find((f) => f.name === 'plaso.json')?.text ?? '';
    const stdin = run(['check', '-'], gzipSync(text));
    expect(stdin.code).toBe(0);
    expect(stdin.stdout).toContain('-: 6 records decoded, 0 failed');
  });

  it('gives machine-readable output with --json', () => {
    const odd = join(repoRoot, '..', 'shared', 'corpus', 'odd', 'cloud-custodian.json');
    const r = run(['check', '--json', odd]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { ok: boolean; files: Array<{ records: number; failures: Array<{ index: number; issues: Array<{ path: string }> }> }> };
    expect(out.ok).toBe(false);
    expect(out.files[0]?.records).toBe(0);
    expect(out.files[0]?.failures[0]?.index).toBe(0);
    expect(out.files[0]?.failures[0]?.issues.map((i) => i.path)).toEqual(['Records[0].userIdentity', 'Records[0].eventTime']);
  });

  it('sums over several files and keeps going past an unreadable one', () => {
    const files = corpusFiles().slice(0, 2);
    const paths = files.map((f) => join(repoRoot, '..', 'shared', 'corpus', f.name));
    const r = run(['check', ...paths, join(dir, 'does-not-exist.json')]);
    expect(r.code).toBe(1);
    const total = files.reduce((n, f) => n + f.json.Records.length, 0);
    expect(r.stdout).toContain(`3 files: ${total} records, 0 failures, 1 unreadable`);
    expect(r.stdout).toMatch(/does-not-exist\.json: cannot be read as CloudTrail: ENOENT/);
  });
});

describe('cloudtrail-codecs summary', () => {
  it('counts by eventSource, eventName and errorCode as the raw records say', () => {
    const f = corpusFiles().find((x) => x.name === 'stratus-red-team.json');
    if (f === undefined) throw new Error('corpus file missing');
    const r = run(['summary', '--json', join(repoRoot, '..', 'shared', 'corpus', f.name)]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { summary: Record<string, Record<string, number>> };
    const bySource: Record<string, number> = {};
    const byError: Record<string, number> = {};
    for (const rec of f.json.Records as Array<Record<string, unknown>>) {
      const s = String(rec['eventSource']);
      bySource[s] = (bySource[s] ?? 0) + 1;
      if (typeof rec['errorCode'] === 'string') byError[rec['errorCode']] = (byError[rec['errorCode']] ?? 0) + 1;
    }
    expect(out.summary['eventSource']).toEqual(bySource);
    expect(out.summary['errorCode']).toEqual(byError);
    expect(Object.values(out.summary['actor'] ?? {}).reduce((a, b) => a + b, 0)).toBe(f.json.Records.length);
  });

  it('prints readable tables, limited by --top', () => {
    const r = run(['summary', '--top', '2', join(repoRoot, '..', 'shared', 'corpus', 'stratus-red-team.json')]);
    expect(r.stdout).toMatch(/By eventSource\n {2}ec2\.amazonaws\.com +\d+\n/);
    expect(r.stdout).toMatch(/… \d+ more/);
    expect(r.stdout).toContain('By actor');
  });
});

describe('usage', () => {
  it('explains bad arguments with exit code 2, and has --help and --version', () => {
    for (const args of [[], ['bogus', 'x'], ['check'], ['check', '--nope', 'x'], ['summary', '--top', 'x', 'f']]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^cloudtrail-codecs: /);
    }
    expect(run(['--help']).stdout).toContain('Usage: cloudtrail-codecs <command>');
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
