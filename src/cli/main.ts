#!/usr/bin/env node
// The cloudtrail-codecs command: check and summarise CloudTrail files from
// the shell. The only part of the package that does I/O.
import { readFileSync } from 'node:fs';
import { actorOf, type CloudTrailRecord, type DecodeError, type RecordFailure } from '../index.js';
import { decodeInput, type InputOutcome } from './decodeInput.js';

/** The package version, read from package.json (beside dist/, or two up from src/cli/). */
function packageVersion(): string {
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'cloudtrail-codecs' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // Not there: try the next place.
    }
  }
  return 'unknown';
}

const USAGE = `Usage: cloudtrail-codecs <command> [options] <files...>

Commands:
  check <files...>     decode every record; print counts and failures; exit 1 on any failure
  summary <files...>   counts by eventSource, eventName, actor and errorCode

Files are CloudTrail log files (.json or .json.gz, gzip is detected by content),
EventBridge events, LookupEvents results or single records; '-' reads stdin.

Options:
  --json       machine-readable output on stdout
  --top <n>    summary: rows per table (default 15; 0 for all)
  -h, --help   this text
  -v, --version
`;

interface Options {
  command: 'check' | 'summary';
  files: string[];
  json: boolean;
  top: number;
}

function parseArgs(argv: readonly string[]): Options | string {
  const files: string[] = [];
  let command: string | undefined;
  let json = false;
  let top = 15;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--json') json = true;
    else if (a === '--top') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 0) return '--top takes a whole number';
      top = n;
    } else if (a.startsWith('-') && a !== '-') return `unknown option ${a}`;
    else if (command === undefined) command = a;
    else files.push(a);
  }
  if (command !== 'check' && command !== 'summary') return command === undefined ? 'no command given' : `unknown command ${command}`;
  if (files.length === 0) return `${command} needs at least one file (or - for stdin)`;
  return { command, files, json, top };
}

interface FileReport {
  file: string;
  kind: string;
  records: number;
  failures: RecordFailure[];
  error?: string;
}

class Progress {
  private last = 0;
  private readonly on = process.stderr.isTTY === true;
  constructor(private readonly file: string) {}
  update(bytes: number, records: number): void {
    if (!this.on) return;
    const now = performance.now();
    if (now - this.last < 250) return;
    this.last = now;
    process.stderr.write(`\r${this.file}: ${(bytes / 1e6).toFixed(1)} MB, ${records} records`);
  }
  done(): void {
    if (this.on && this.last > 0) process.stderr.write('\r\u001b[K');
  }
}

type Counts = Map<string, number>;
const bump = (m: Counts, k: string): void => {
  m.set(k, (m.get(k) ?? 0) + 1);
};

async function run(options: Options): Promise<number> {
  const reports: FileReport[] = [];
  const tables = { eventSource: new Map(), eventName: new Map(), actor: new Map(), errorCode: new Map() } as Record<
    'eventSource' | 'eventName' | 'actor' | 'errorCode',
    Counts
  >;
  for (const file of options.files) {
    const report: FileReport = { file, kind: '', records: 0, failures: [] };
    const progress = new Progress(file);
    const outcome: InputOutcome = await decodeInput(file, {
      record: (r: CloudTrailRecord) => {
        report.records++;
        if (options.command === 'summary') count(r, tables);
      },
      failure: (f) => report.failures.push(f),
      progress: (bytes) => progress.update(bytes, report.records),
    });
    progress.done();
    report.kind = outcome.kind;
    if (outcome.kind === 'error') report.error = describeError(outcome.error);
    reports.push(report);
  }
  const failed = reports.some((r) => r.error !== undefined || r.failures.length > 0);
  if (options.json) {
    const files = reports.map((r) => ({
      file: r.file,
      kind: r.kind,
      records: r.records,
      failures: r.failures.map((f) => ({
        index: f.index,
        ...(f.eventID === undefined ? {} : { eventID: f.eventID }),
        ...(f.eventName === undefined ? {} : { eventName: f.eventName }),
        issues: f.issues.map((i) => ({ path: i.path, expected: i.expected, message: i.message })),
      })),
      ...(r.error === undefined ? {} : { error: r.error }),
    }));
    const out: Record<string, unknown> = { ok: !failed, files };
    if (options.command === 'summary') {
      out['summary'] = Object.fromEntries(Object.entries(tables).map(([k, m]) => [k, Object.fromEntries(sorted(m))]));
    }
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    for (const r of reports) printReport(r);
    if (options.command === 'summary') printTables(tables, options.top);
    if (reports.length > 1) {
      const records = reports.reduce((n, r) => n + r.records, 0);
      const failures = reports.reduce((n, r) => n + r.failures.length, 0);
      const errors = reports.filter((r) => r.error !== undefined).length;
      process.stdout.write(`\n${reports.length} files: ${records} records, ${failures} failures, ${errors} unreadable\n`);
    }
  }
  return failed ? 1 : 0;
}

/** A file-level error on one line: the issue texts of a DecodeError, or the system's message. */
function describeError(e: Error): string {
  const issues = (e as Partial<DecodeError>).issues;
  if (issues === undefined) return e.message;
  return issues.map((i) => i.message.replace(/^\(root\): /, '')).join('; ');
}

function count(r: CloudTrailRecord, tables: Record<'eventSource' | 'eventName' | 'actor' | 'errorCode', Counts>): void {
  const source = 'eventSource' in r ? r.eventSource : `(${String(r.eventType)})`;
  bump(tables.eventSource, source);
  bump(tables.eventName, 'eventName' in r ? `${source.replace('.amazonaws.com', '')}:${r.eventName}` : `(${String(r.eventType)})`);
  bump(tables.actor, actorOf(r)?.label ?? '(no caller)');
  const errorCode = 'errorCode' in r ? r.errorCode : undefined;
  if (errorCode !== undefined) bump(tables.errorCode, errorCode);
}

function sorted(m: Counts): Array<[string, number]> {
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function printReport(r: FileReport): void {
  if (r.error !== undefined) {
    process.stdout.write(`${r.file}: cannot be read as CloudTrail: ${r.error}\n`);
    return;
  }
  const what = r.kind === 'log file' ? '' : ` (${r.kind})`;
  process.stdout.write(`${r.file}${what}: ${r.records} records decoded, ${r.failures.length} failed\n`);
  for (const f of r.failures) process.stdout.write(`${f.message.replace(/^/gm, '  ')}\n`);
}

function printTables(tables: Record<string, Counts>, top: number): void {
  for (const [name, m] of Object.entries(tables)) {
    const rows = sorted(m);
    process.stdout.write(`\nBy ${name}${rows.length === 0 ? ': none' : ''}\n`);
    const shown = top === 0 ? rows : rows.slice(0, top);
    const width = Math.max(10, ...shown.map(([k]) => k.length));
    for (const [k, n] of shown) process.stdout.write(`  ${k.padEnd(width)}  ${String(n).padStart(7)}\n`);
    if (shown.length < rows.length) process.stdout.write(`  … ${rows.length - shown.length} more\n`);
  }
}

const argv = process.argv.slice(2);
if (argv.includes('-h') || argv.includes('--help')) {
  process.stdout.write(USAGE);
} else if (argv.includes('-v') || argv.includes('--version')) {
  process.stdout.write(`${packageVersion()}\n`);
} else {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    process.stderr.write(`cloudtrail-codecs: ${options}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    run(options).then(
      (code) => {
        process.exitCode = code;
      },
      (e: unknown) => {
        process.stderr.write(`cloudtrail-codecs: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exitCode = 2;
      },
    );
  }
}
