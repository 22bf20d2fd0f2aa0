// `check --services`: records of the typed services are decoded again with
// their service codecs, and departures from the model are reported by
// service, operation and path, escaped, in text and in --json.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusDir, corpusFiles, repoRoot } from '../support/corpus.js';

const cli = process.env['CLOUDTRAIL_CODECS_CLI'] ?? join(repoRoot, 'dist', 'cli.js');
const SPAWNS = 60_000;
let dir = '';

function run(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(cli)) execFileSync(process.execPath, [join(repoRoot, 'node_modules', 'tsup', 'dist', 'cli-default.js')], { cwd: repoRoot });
  dir = mkdtempSync(join(tmpdir(), 'ctc-services-'));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const panther = (): Array<Record<string, unknown>> =>
  (corpusFiles().find((f) => f.name === 'panther-analysis.json')?.json.Records ?? []) as Array<Record<string, unknown>>;

describe('cloudtrail-codecs check --services', () => {
  it('reports the departures of real records by service, operation and path', { timeout: SPAWNS }, () => {
    const r = run(['check', '--services', join(corpusDir, 'panther-analysis.json'), join(corpusDir, 'stratus-red-team.json')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = r.stdout.split('\n');
    const at = out.indexOf('Departures from the service models');
    expect(at).toBeGreaterThan(0);
    const report = out.slice(at);
    expect(report).toContain('  iam: 19 records, 2 departed');
    expect(report).toContain('    CreateRole: 2 records, 1 departed');
    expect(report).toContain('      requestParameters.assumeRolePolicyDocument: missing  (1)');
    expect(report).toContain('      responseElements.accessKey.userName: missing  (1)');
    expect(report).toContain('    (unknown) NotCreateUser: 1 records, 0 departed');
    expect(report.some((l) => l.startsWith('  sts: '))).toBe(true);
  });

  it('gives the same counts in --json, and nothing without the option', { timeout: SPAWNS }, () => {
    const file = join(corpusDir, 'panther-analysis.json');
    const json = JSON.parse(run(['check', '--services', '--json', file]).stdout) as {
      services: Record<string, Record<string, { records: number; departed: number; departures: Record<string, number> }>>;
    };
    expect(json.services['iam']?.['CreateAccessKey']).toEqual({
      records: 1,
      departed: 1,
      departures: {
        'responseElements.accessKey.userName: missing': 1,
        'responseElements.accessKey.createDate: not Java date text (like Nov 5, 2023, 4:29:11 AM)': 1,
      },
    });
    const plain = run(['check', '--json', file]);
    expect(JSON.parse(plain.stdout)).not.toHaveProperty('services');
    expect(run(['check', file]).stdout).not.toContain('Departures');
  });

  it('escapes record text in operation names and paths', { timeout: SPAWNS }, () => {
    const base = panther().find((r) => r['eventName'] === 'CreateRole' && r['responseElements'] === null);
    expect(base).toBeDefined();
    const nasty = 'x\nFAKE LINE\u001b[31m\u202e';
    const records = [
      { ...base, eventName: `Evil${nasty}` },
      { ...base, requestParameters: { [`odd${nasty}`]: 1, roleName: 5 } },
    ];
    const path = join(dir, 'nasty.json');
    writeFileSync(path, JSON.stringify({ Records: records }));
    const r = run(['check', '--services', path]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('FAKE LINE\n');
    expect(r.stdout).not.toMatch(/[\u001b\u202e]/);
    expect(r.stdout).toContain('(unknown) Evilx\\nFAKE LINE');
    expect(r.stdout).toContain('requestParameters.roleName: not');
  });

  it('keeps counting past its bounds: junk event names of one service hide nothing of another', { timeout: SPAWNS }, () => {
    const base = panther().find((r) => r['eventName'] === 'CreateRole' && r['responseElements'] === null) as Record<string, unknown>;
    const sts = corpusFiles()
      .flatMap((f) => f.json.Records as Array<Record<string, unknown>>)
      .find((r) => r['eventSource'] === 'sts.amazonaws.com') as Record<string, unknown>;
    const junk = Array.from({ length: 2_050 }, (_, i) => ({ ...sts, eventName: `Junk${i}` }));
    const departing = Array.from({ length: 5 }, () => ({ ...base, requestParameters: { roleName: 42, assumeRolePolicyDocument: '{}' } }));
    const path = join(dir, 'junk.json');
    writeFileSync(path, JSON.stringify({ Records: [...junk, ...departing] }));
    const r = run(['check', '--services', path]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  iam: 5 records, 5 departed');
    expect(r.stdout).toContain('      requestParameters.roleName: not string  (5)');
    expect(r.stdout).toContain('  sts: 2050 records, 0 departed');
    expect(r.stdout).toContain('    (others): 50 records, 0 departed');
    expect(r.stdout.split('\n').filter((l) => l.startsWith('    (unknown) Junk')).length).toBe(2_000);
  });
});

describe('cloudtrail-codecs summary: typed coverage', () => {
  it('counts, per service, the records its module typed, departed and did not know, as the service codecs do', { timeout: SPAWNS }, async () => {
    const { services } = await import('../../src/services/index.js');
    const file = corpusFiles().find((f) => f.name === 'stratus-red-team.json');
    expect(file).toBeDefined();
    const expected: Record<string, { records: number; typed: number; departed: number; unknown: number }> = {};
    let untyped = 0;
    for (const record of (file?.json.Records ?? []) as Array<Record<string, unknown>>) {
      const service = services.find((s) => s.eventSource === record['eventSource']);
      if (service === undefined) {
        untyped++;
        continue;
      }
      const r = service.codec.decode(record);
      if (r._tag === 'Left') throw new Error('a corpus record failed its service codec');
      const row = (expected[service.name] ??= { records: 0, typed: 0, departed: 0, unknown: 0 });
      row.records++;
      if (service.isDeparted(r.right)) row.departed++;
      else if (service.operationOf(String(record['eventName'])) === undefined && !service.eventNames.includes(String(record['eventName']))) row.unknown++;
      else row.typed++;
    }
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(4);
    const json = JSON.parse(run(['summary', '--json', join(corpusDir, 'stratus-red-team.json')]).stdout) as {
      summary: { coverage: { services: typeof expected; untyped: number } };
    };
    expect(json.summary.coverage.services).toEqual(expected);
    expect(json.summary.coverage.untyped).toBe(untyped);
    const text = run(['summary', join(corpusDir, 'stratus-red-team.json')]).stdout;
    expect(text).toContain('Typed coverage (records: typed / departed from the model / unknown operation)');
    for (const [name, row] of Object.entries(expected)) {
      expect(text).toContain(`  ${name}: ${row.records} records: ${row.typed} typed / ${row.departed} departed / ${row.unknown} unknown`);
    }
    expect(text).not.toContain('Departures from the service models');
  });

  it('counts events with codecs of their own (service events, agent calls) as typed, and a departed one once', { timeout: SPAWNS }, () => {
    const { records } = JSON.parse(readFileSync(join(repoRoot, 'test/services/records/real-records.json'), 'utf8')) as { records: Array<{ name: string; record: Record<string, unknown> }> };
    const pick = (name: string): Record<string, unknown> => structuredClone((records.find((e) => e.name === name) as { record: Record<string, unknown> }).record);
    const broken = { ...pick('b/kms-DeleteKey-1'), serviceEventDetails: {} };
    const dir = mkdtempSync(join(tmpdir(), 'ct-events-'));
    try {
      const path = join(dir, 'events.json');
      writeFileSync(path, JSON.stringify({ Records: [pick('b/kms-RotateKey-1'), pick('c/ssm-UpdateInstanceInformation-1'), broken, pick('b/kms-DisableKey-1')] }));
      const json = JSON.parse(run(['summary', '--json', path]).stdout) as { summary: { coverage: { services: Record<string, unknown> } } };
      expect(json.summary.coverage.services).toEqual({
        kms: { records: 3, typed: 2, departed: 1, unknown: 0 },
        ssm: { records: 1, typed: 1, departed: 0, unknown: 0 },
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
