// The CLI's memory stays flat when every record fails: failures are written
// as they come, in text and in --json, never kept to the end. Peak memory
// (maxRSS, reported by the child itself) of a log whose records all fail is
// compared with that of a good log of the same size: a ratio, not a time.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusFiles, repoRoot } from '../support/corpus.js';

const cli = process.env['CLOUDTRAIL_CODECS_CLI'] ?? join(repoRoot, 'dist', 'cli.js');
let dir = '';

beforeAll(() => {
  if (!existsSync(cli)) execFileSync(process.execPath, [join(repoRoot, 'node_modules', 'tsup', 'dist', 'cli-default.js')], { cwd: repoRoot });
  dir = mkdtempSync(join(tmpdir(), 'ctc-cli-memory-'));
  // Reports, from inside the process it is loaded into, its peak resident set
  // and the peak of its live heap: heap in use sampled after each garbage
  // collection. RSS depends on when the collector runs, which a loaded
  // machine delays; live data does not, so the tables are judged by it.
  writeFileSync(
    join(dir, 'rss.cjs'),
    [
      "const { PerformanceObserver } = require('perf_hooks');",
      'let live = 0;',
      "new PerformanceObserver(() => { live = Math.max(live, process.memoryUsage().heapUsed); }).observe({ entryTypes: ['gc'] });",
      "process.on('exit', () => require('fs').writeSync(2, `maxRSS=${process.resourceUsage().maxRSS} live=${Math.max(live, process.memoryUsage().heapUsed)}\\n`));",
      '',
    ].join('\n'),
  );
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A log file of about `mb` megabytes, of corpus records made unique, each changed by `change`. */
function log(name: string, mb: number, change: (r: Record<string, unknown>) => Record<string, unknown>): string {
  const base = (corpusFiles().find((f) => f.name === 'stratus-red-team.json')?.json.Records ?? []) as Array<Record<string, unknown>>;
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < mb * 1e6; i++) {
    const text = JSON.stringify(change({ ...base[i % base.length], eventID: `e-${i}` }));
    parts.push(text);
    size += text.length + 1;
  }
  const path = join(dir, name);
  writeFileSync(path, `{"Records":[${parts.join(',')}]}`);
  return path;
}

/** Peak memory of one CLI run (RSS in KiB, live heap in bytes); the output is read and dropped. */
function peak(args: string[]): { rss: number; live: number; code: number } {
  const r = spawnSync(process.execPath, ['--require', join(dir, 'rss.cjs'), cli, ...args], { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  const m = /maxRSS=(\d+) live=(\d+)/.exec(r.stderr);
  if (m === null) throw new Error(`no maxRSS from the child: ${r.stderr}`);
  return { rss: Number(m[1]), live: Number(m[2]), code: r.status ?? -1 };
}

describe('memory when every record fails', () => {
  it('stays near that of a good log, in text and in --json', { timeout: 120_000 }, () => {
    const MB = Number(process.env['CLI_MEMORY_MB'] ?? 16);
    const good = log('good.json', MB, (r) => r);
    // Each record fails, with its text kept in the failure, as hostile logs do.
    const bad = log('bad.json', MB, (r) => ({ ...r, eventTime: 'not a time', userIdentity: { type: 'IAMUser' } }));
    const baseline = peak(['check', good]);
    expect(baseline.code).toBe(0);
    for (const args of [['check'], ['check', '--json']]) {
      const failing = peak([...args, bad]);
      expect(failing.code).toBe(1);
      // Keeping every failure to the end costs several times the file size.
      expect(failing.rss / baseline.rss, args.join(' ')).toBeLessThan(1.5);
    }
  });
});

describe('memory of summary tables', () => {
  it('stays near that of check when every record brings its own megabyte-long keys', { timeout: 120_000 }, () => {
    // Each record has a new eventSource, eventName and errorCode of a megabyte:
    // tables that kept keys whole would hold four megabytes per record.
    const path = log('huge-keys.json', 24, (r) => {
      const id = String(r['eventID']);
      const big = (c: string): string => `${c.repeat(1_000_000)}${id}`;
      return { ...r, eventSource: `${big('s')}.amazonaws.com`, eventName: big('n'), errorCode: big('e'), errorMessage: 'denied' };
    });
    const baseline = peak(['check', path]);
    expect(baseline.code).toBe(0);
    // --json writes every key of every table, so it shows whole keys most plainly.
    const summary = peak(['summary', '--json', path]);
    expect(summary.code).toBe(0);
    // Whole keys would add some 24 MB of live strings to a few MB.
    expect(summary.live / baseline.live).toBeLessThan(1.5);
  });
});
