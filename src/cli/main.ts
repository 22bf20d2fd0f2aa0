#!/usr/bin/env node
// The cloudtrail-codecs command: check and summarise CloudTrail files from
// the shell. The only part of the package that does I/O. Output is written as
// it is found (failures are not kept to the end), and every piece of record
// text in it is escaped, so a tampered log cannot forge lines of a report.
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { actorOf, clipText, escapeText, hasUnsafeText, type CloudTrailRecord, type RecordFailure } from '../index.js';
import { decodeInput, safeLine, type InputOutcome } from './decodeInput.js';
import type { ServiceTallies } from './services.js';

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
  check <files...>     decode every record; print failures as they are found,
                       then counts per file
  summary <files...>   the same, then counts by eventSource, eventName, actor
                       and errorCode

Files are CloudTrail log files (.json or .json.gz: gzip is detected by content),
EventBridge events, LookupEvents results or single records; '-' reads stdin (once).
Digest files, S3 event notifications and other inputs that are not CloudTrail
get a one-line message saying what they are.

Options:
  --json       machine-readable output on stdout (one JSON document)
  --top <n>    summary only: rows per table (default 15; 0 for all)
  --services   also report, per typed service and operation, the payloads
               that depart from the model, with their paths (summary always
               shows how many records each service module typed)
  --           the arguments after it are files, even if they start with -
  -h, --help   this text
  -v, --version

Exit codes: 0 every record of every file decoded; 1 a record failed or a file
could not be read (or stdout was closed early); 2 bad arguments or an
internal error. The guide: docs/cli.md in the package.
`;

interface Options {
  command: 'check' | 'summary';
  files: string[];
  json: boolean;
  top: number;
  services: boolean;
}

function parseArgs(argv: readonly string[]): Options | string {
  const files: string[] = [];
  let command: string | undefined;
  let json = false;
  let services = false;
  let top = 15;
  let topGiven = false;
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (onlyFiles) files.push(a);
    else if (a === '--') onlyFiles = true;
    else if (a === '--json') json = true;
    else if (a === '--services') services = true;
    else if (a === '--top') {
      const n = argv[++i];
      // Digits only: Number('') is 0 and Number('1e3') is 1000, neither meant.
      if (n === undefined || !/^\d{1,9}$/.test(n)) return `--top takes a whole number, not ${n === undefined ? 'nothing' : quoteArg(n)}`;
      top = Number(n);
      topGiven = true;
    } else if (a.startsWith('-') && a !== '-') return `unknown option ${escapeText(a)}`;
    else if (command === undefined) command = a;
    else files.push(a);
  }
  if (command !== 'check' && command !== 'summary') return command === undefined ? 'no command given' : `unknown command ${escapeText(command)}`;
  if (files.length === 0) return `${command} needs at least one file (or - for stdin)`;
  if (topGiven && command === 'check') return '--top is for summary; check prints no tables';
  // Stdin can be read once: a second - would always look empty.
  if (files.filter((f) => f === '-').length > 1) return '- (stdin) can be given only once';
  return { command, files, json, top, services };
}

/** A command-line argument in a message, quoted and escaped. */
const quoteArg = (a: string): string => `'${escapeText(clipText(a, 100))}'`;

/**
 * Standard output, written as results come. A closed stdout (`| head`) ends
 * the run quietly: there is no one left to tell. Writes wait for the pipe to
 * drain, so output never piles up in memory.
 */
class Output {
  constructor(private readonly stream: NodeJS.WriteStream) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') process.exit(1);
      process.stderr.write(`cloudtrail-codecs: cannot write the output: ${safeLine(e.message)}\n`);
      process.exit(2);
    });
  }
  write(text: string): void {
    this.stream.write(text);
  }
  pause(): Promise<void> | undefined {
    return this.stream.writableNeedDrain ? once(this.stream, 'drain').then(() => undefined) : undefined;
  }
}

class Progress {
  private last = 0;
  private readonly on = process.stderr.isTTY === true;
  constructor(private readonly name: string) {}
  update(bytes: number, records: number): void {
    if (!this.on) return;
    const now = performance.now();
    if (now - this.last < 250) return;
    this.last = now;
    process.stderr.write(`\r${this.name}: ${(bytes / 1e6).toFixed(1)} MB, ${records} records`);
  }
  done(): void {
    if (this.on && this.last > 0) process.stderr.write('\r\u001b[K');
  }
}

type Counts = Map<string, number>;
type Tables = Record<'eventSource' | 'eventName' | 'actor' | 'errorCode', Counts>;

// What summary tables keep, so that their memory does not grow with the input:
// a hostile log may give every record a new key of megabytes. Keys are cut
// to MAX_STORED_KEY characters, and past MAX_KEYS distinct keys in a table
// new ones are counted together under OTHER_KEYS.
const MAX_STORED_KEY = 1024;
const MAX_KEYS = 10_000;
const OTHER_KEYS = `(keys past the first ${MAX_KEYS})`;

function bump(m: Counts, k: string): void {
  // A cut key is copied: a slice of a long string may keep all of it alive.
  const key = k.length > MAX_STORED_KEY ? Buffer.from(clipText(k, MAX_STORED_KEY), 'utf16le').toString('utf16le') : k;
  const n = m.get(key);
  if (n !== undefined) m.set(key, n + 1);
  else if (m.size < MAX_KEYS) m.set(key, 1);
  else m.set(OTHER_KEYS, (m.get(OTHER_KEYS) ?? 0) + 1);
}

// Issues printed per failure: a hostile record may have thousands.
const MAX_ISSUES = 100;

/** What is left of one file once it has been read: counts only, never the failures. */
interface FileResult {
  readonly kind: InputOutcome['kind'];
  readonly records: number;
  readonly failed: number;
  readonly problem?: string;
}

async function run(options: Options, out: Output): Promise<number> {
  const tables: Tables = { eventSource: new Map(), eventName: new Map(), actor: new Map(), errorCode: new Map() };
  const json = options.json ? new JsonReport(out) : undefined;
  // summary always shows typed coverage; check does with --services. The
  // services' tables are loaded only then: a plain check starts faster.
  const tallies: ServiceTallies | undefined =
    options.services || options.command === 'summary' ? new (await import('./services.js')).ServiceTallies() : undefined;
  const results: FileResult[] = [];
  for (const file of options.files) {
    const name = escapeText(file);
    let records = 0;
    let failed = 0;
    const progress = new Progress(name);
    json?.beginFile(file);
    const outcome = await decodeInput(file, {
      record: (r: CloudTrailRecord) => {
        records++;
        if (options.command === 'summary') count(r, tables);
        tallies?.add(r);
      },
      failure: (f, at) => {
        failed++;
        if (json !== undefined) json.failure(f, at);
        else out.write(failureText(name, f, at));
      },
      progress: (bytes) => progress.update(bytes, records),
      pause: () => out.pause(),
    });
    progress.done();
    const result: FileResult = { kind: outcome.kind, records, failed, ...(outcome.problem === undefined ? {} : { problem: outcome.problem }) };
    results.push(result);
    if (json !== undefined) json.endFile(result);
    else out.write(fileText(name, result));
  }
  const failed = results.some((r) => r.problem !== undefined || r.failed > 0);
  if (json !== undefined) {
    json.end(
      options.command === 'summary' ? { ...summaryJson(tables), coverage: tallies?.coverageJson() } : undefined,
      !failed,
      options.services ? tallies?.json() : undefined,
    );
  } else {
    if (options.command === 'summary') out.write(tablesText(tables, options.top));
    if (options.command === 'summary' && tallies !== undefined) out.write(tallies.coverageText());
    if (options.services && tallies !== undefined) out.write(tallies.text());
    if (results.length > 1) {
      const records = results.reduce((n, r) => n + r.records, 0);
      const failures = results.reduce((n, r) => n + r.failed, 0);
      const unreadable = results.filter((r) => r.problem !== undefined).length;
      out.write(`\n${results.length} files: ${records} records, ${failures} failures, ${unreadable} unreadable\n`);
    }
  }
  return failed ? 1 : 0;
}

function count(r: CloudTrailRecord, tables: Tables): void {
  const source = 'eventSource' in r ? r.eventSource : `(${String(r.eventType)})`;
  bump(tables.eventSource, source);
  bump(tables.eventName, 'eventName' in r ? `${source.replace('.amazonaws.com', '')}:${r.eventName}` : `(${String(r.eventType)})`);
  bump(tables.actor, actorOf(r)?.label ?? '(no caller)');
  const errorCode = 'errorCode' in r ? r.errorCode : undefined;
  if (errorCode !== undefined) bump(tables.errorCode, errorCode);
}

function sorted(m: Counts): Array<[string, number]> {
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

// Ids in a failure header are cut to this many characters.
const MAX_ID = 200;

/** One failure in text: `file: Records[3] did not decode (ids)`, then one indented line per problem. */
function failureText(name: string, f: RecordFailure, at: string): string {
  const ids = [
    f.eventName !== undefined ? `eventName ${escapeText(clipText(String(f.eventName), MAX_ID))}` : undefined,
    f.eventID !== undefined ? `eventID ${escapeText(clipText(String(f.eventID), MAX_ID))}` : undefined,
  ].filter((s): s is string => s !== undefined);
  let text = `${name}: ${at} did not decode${ids.length > 0 ? ` (${ids.join(', ')})` : ''}\n`;
  const issues = Array.isArray(f.issues) ? f.issues : [];
  const n = Math.min(issues.length, MAX_ISSUES);
  for (let i = 0; i < n; i++) text += `  ${safeLine(String(issues[i]?.message))}\n`;
  if (issues.length > n) text += `  … and ${issues.length - n} more problems\n`;
  return text;
}

/** The end of one file in text: its counts, and the problem that stopped it. */
function fileText(name: string, r: FileResult): string {
  const decodable = r.kind === 'log file' || r.kind === 'EventBridge event' || r.kind.startsWith('LookupEvents') || r.kind === 'record';
  const readSome = decodable || r.records > 0 || r.failed > 0;
  let text = '';
  if (readSome) text += `${name}${r.kind === 'log file' ? '' : ` (${r.kind})`}: ${r.records} records decoded, ${r.failed} failed\n`;
  if (r.problem !== undefined) text += `${name}: ${readSome ? 'cannot be read to the end' : 'cannot be read as CloudTrail'}: ${r.problem}\n`;
  return text;
}

// Table keys are cut to this many characters in text output.
const MAX_KEY = 100;

function tablesText(tables: Tables, top: number): string {
  let text = '';
  for (const [name, m] of Object.entries(tables)) {
    const rows = sorted(m);
    text += `\nBy ${name}${rows.length === 0 ? ': none' : ''}\n`;
    const rowsShown = (top === 0 ? rows : rows.slice(0, top)).map(([k, n]): [string, number] => [
      // Actor labels are library text (escaped by the library); the other keys are raw record text.
      name === 'actor' ? safeLine(clipText(k, MAX_KEY)) : escapeText(clipText(k, MAX_KEY)),
      n,
    ]);
    const width = Math.max(10, ...rowsShown.map(([k]) => k.length));
    for (const [k, n] of rowsShown) text += `  ${k.padEnd(width)}  ${String(n).padStart(7)}\n`;
    if (rowsShown.length < rows.length) text += `  … ${rows.length - rowsShown.length} more\n`;
  }
  return text;
}

function summaryJson(tables: Tables): Record<string, Record<string, number>> {
  return Object.fromEntries(Object.entries(tables).map(([k, m]) => [k, Object.fromEntries(sorted(m))]));
}

/**
 * JSON text that stays one line per value and shows no invisible text:
 * JSON.stringify leaves line separators, C1 controls and bidi controls raw,
 * so every character that escapeText would escape is written as a \u escape,
 * which JSON readers decode to the same value. (JSON.stringify has already
 * escaped C0 controls, backslashes and lone surrogates; only the line breaks
 * of the indentation are raw here, and they are kept.)
 */
function jsonText(v: unknown, indent?: number): string {
  return JSON.stringify(v, null, indent).replace(/[^\n\u0020-\u007e]/gu, (c) => (hasUnsafeText(c) ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c));
}

/**
 * The --json report, written as it is found: each file's failures one per
 * line as they come, then its counts; the summary and `ok` come last.
 */
class JsonReport {
  private files = 0;
  private failures = 0;
  constructor(private readonly out: Output) {
    out.write('{\n  "files": [');
  }
  beginFile(file: string): void {
    this.out.write(`${this.files++ === 0 ? '' : ','}\n    {\n      "file": ${jsonText(file)},\n      "failures": [`);
    this.failures = 0;
  }
  failure(f: RecordFailure, at: string): void {
    const issues = Array.isArray(f.issues) ? f.issues : [];
    const value = {
      index: f.index,
      at,
      ...(f.eventID === undefined ? {} : { eventID: f.eventID }),
      ...(f.eventName === undefined ? {} : { eventName: f.eventName }),
      ...(f.eventSource === undefined ? {} : { eventSource: f.eventSource }),
      issues: issues.slice(0, MAX_ISSUES).map((i) => ({ path: i.path, expected: i.expected, message: i.message })),
      ...(issues.length > MAX_ISSUES ? { moreIssues: issues.length - MAX_ISSUES } : {}),
    };
    this.out.write(`${this.failures++ === 0 ? '' : ','}\n        ${jsonText(value)}`);
  }
  endFile(r: FileResult): void {
    const tail = { kind: r.kind, records: r.records, failed: r.failed, ...(r.problem === undefined ? {} : { error: r.problem }) };
    const fields = Object.entries(tail).map(([k, v]) => `,\n      ${jsonText(k)}: ${jsonText(v)}`);
    this.out.write(`${this.failures > 0 ? '\n      ' : ''}]${fields.join('')}\n    }`);
  }
  end(summary: unknown, ok: boolean, services?: unknown): void {
    const s = summary === undefined ? '' : `  "summary": ${jsonText(summary, 2).replace(/\n/g, '\n  ')},\n`;
    const d = services === undefined ? '' : `  "services": ${jsonText(services, 2).replace(/\n/g, '\n  ')},\n`;
    this.out.write(`${this.files > 0 ? '\n  ' : ''}],\n${s}${d}  "ok": ${ok}\n}\n`);
  }
}

// Progress goes to stderr; a closed stderr must not end the run with a trace.
process.stderr.on('error', () => undefined);

const argv = process.argv.slice(2);
const end = argv.indexOf('--');
const flags = end < 0 ? argv : argv.slice(0, end);
if (flags.includes('-h') || flags.includes('--help')) {
  process.stdout.write(USAGE);
} else if (flags.includes('-v') || flags.includes('--version')) {
  process.stdout.write(`${packageVersion()}\n`);
} else {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    process.stderr.write(`cloudtrail-codecs: ${options}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    run(options, new Output(process.stdout)).then(
      (code) => {
        process.exitCode = code;
      },
      (e: unknown) => {
        process.stderr.write(`cloudtrail-codecs: internal error: ${safeLine(e instanceof Error ? e.message : String(e))}\n`);
        process.exitCode = 2;
      },
    );
  }
}
