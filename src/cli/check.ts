// `check` and `summary`: every input decoded, its failures written as they
// are found (never kept to the end), then its counts; summary adds tables.
// Every piece of record text in the output is escaped, so a tampered log
// cannot forge lines of a report.
import { clipText, escapeText, type CloudTrailRecord } from '../index.js';
import type { RecordFailure } from '../containers/index.js';
import { actorOf } from '../actor/index.js';
import { accountOf, parseObjectPath, type CloudTrailObjectKey, type ObjectKey } from '../object-keys/index.js';
import type { DecodeOptions } from './args.js';
import { decodeInput, safeLine, type InputOutcome } from './decodeInput.js';
import { jsonText, Progress, type CliIo, type Output } from './output.js';
import type { ServiceTallies } from './services.js';

type Counts = Map<string, number>;
type Tables = Record<'eventSource' | 'eventName' | 'actor' | 'errorCode' | 'account', Counts>;

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
  readonly skipped?: string;
}

/** Runs `check` or `summary`; the exit code. */
export async function runCheck(options: DecodeOptions, out: Output, io: CliIo): Promise<number> {
  const tables: Tables = { eventSource: new Map(), eventName: new Map(), actor: new Map(), errorCode: new Map(), account: new Map() };
  const json = options.json ? new JsonReport(out) : undefined;
  // summary always shows typed coverage; check does with --services. The
  // services' tables are loaded only then: a plain check starts faster.
  const tallies: ServiceTallies | undefined =
    options.services || options.command === 'summary' ? new (await import('./services.js')).ServiceTallies() : undefined;
  const results: FileResult[] = [];
  const progress = new Progress(io.stderr);
  for (const file of options.files) {
    const name = escapeText(file);
    // The place a local copy of a bucket gives: optional, and only a hint
    // (the content decides what the input is), but it names the account of
    // records that lack recipientAccountId.
    const parsed = file === '-' ? undefined : parseObjectPath(file);
    const key = parsed === undefined || parsed.kind === 'not-cloudtrail' ? undefined : parsed;
    let records = 0;
    let failed = 0;
    json?.beginFile(file, key);
    const outcome = await decodeInput(
      file,
      {
        record: (r: CloudTrailRecord) => {
          records++;
          if (options.command === 'summary') count(r, tables, key);
          tallies?.add(r);
        },
        failure: (f, at) => {
          failed++;
          if (json !== undefined) json.failure(f, at);
          else out.write(failureText(name, f, at));
        },
        progress: (bytes) => progress.show(() => `${name}: ${(bytes / 1e6).toFixed(1)} MB, ${records} records`),
        pause: () => out.pause(),
      },
      file === '-' ? io.stdin : undefined,
    );
    progress.done();
    const result: FileResult = {
      kind: outcome.kind,
      records,
      failed,
      ...(outcome.problem === undefined ? {} : { problem: outcome.problem }),
      ...(outcome.skipped === undefined ? {} : { skipped: outcome.skipped }),
    };
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
      const skipped = results.filter((r) => r.skipped !== undefined && r.records === 0 && r.failed === 0 && r.problem === undefined).length;
      out.write(`\n${results.length} files: ${records} records, ${failures} failures, ${unreadable} unreadable${skipped > 0 ? `, ${skipped} skipped` : ''}\n`);
    }
  }
  return failed ? 1 : 0;
}

// Account ids read from the caller are a guess (a cross-account call names
// the caller's account, not the one whose trail logged it): marked apart.
const BY_CALLER = ' (by the caller)';
const NO_ACCOUNT = '(unknown)';

function count(r: CloudTrailRecord, tables: Tables, key: ObjectKey | undefined): void {
  const source = 'eventSource' in r ? r.eventSource : `(${String(r.eventType)})`;
  bump(tables.eventSource, source);
  bump(tables.eventName, 'eventName' in r ? `${source.replace('.amazonaws.com', '')}:${r.eventName}` : `(${String(r.eventType)})`);
  bump(tables.actor, actorOf(r)?.label ?? '(no caller)');
  const errorCode = 'errorCode' in r ? r.errorCode : undefined;
  if (errorCode !== undefined) bump(tables.errorCode, errorCode);
  const account = accountOf(r, key);
  bump(tables.account, account === undefined ? NO_ACCOUNT : account.source === 'userIdentity' ? `${account.accountId}${BY_CALLER}` : account.accountId);
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

const DECODABLE: ReadonlySet<string> = new Set([
  'log file',
  'EventBridge event',
  'LookupEvents response',
  'LookupEvents event',
  'record',
  'CloudWatch Logs payload',
  'CloudWatch Logs payloads',
  'CloudWatch Logs Lambda event',
  'CloudWatch Logs Firehose event',
  'CloudWatch Logs Kinesis event',
]);

/** The end of one file in text: its counts, what was skipped, and the problem that stopped it. */
function fileText(name: string, r: FileResult): string {
  const kind = r.kind === 'log file' ? '' : ` (${r.kind})`;
  const counted = r.records > 0 || r.failed > 0 || (DECODABLE.has(r.kind) && r.skipped === undefined);
  let text = '';
  if (counted) text += `${name}${kind}: ${r.records} records decoded, ${r.failed} failed${r.skipped === undefined ? '' : `; skipped ${r.skipped}`}\n`;
  else if (r.skipped !== undefined) text += `${name}${kind}: skipped: ${r.skipped}\n`;
  if (r.problem !== undefined) text += `${name}: ${counted || r.skipped !== undefined ? 'cannot be read to the end' : 'cannot be read as CloudTrail'}: ${r.problem}\n`;
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

/** What an input's path says, when it is laid out as in a trail bucket: for --json. */
export function keyJson(k: CloudTrailObjectKey): Record<string, string> {
  return {
    kind: k.kind,
    accountId: k.accountId,
    region: k.region,
    date: k.date,
    ...(k.organizationId === undefined ? {} : { organizationId: k.organizationId }),
    ...(k.deliveryTime === undefined ? {} : { deliveryTime: k.deliveryTime.time.toISOString().replace('.000Z', 'Z') }),
    ...(k.kind === 'digest' || k.kind === 'backfill-digest' ? { trailName: k.trailName, homeRegion: k.homeRegion } : {}),
  };
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
  beginFile(file: string, key: CloudTrailObjectKey | undefined): void {
    const place = key === undefined ? '' : `\n      "key": ${jsonText(keyJson(key))},`;
    this.out.write(`${this.files++ === 0 ? '' : ','}\n    {\n      "file": ${jsonText(file)},${place}\n      "failures": [`);
    this.failures = 0;
  }
  failure(f: RecordFailure & { readonly logEventId?: unknown }, at: string): void {
    const issues = Array.isArray(f.issues) ? f.issues : [];
    const value = {
      index: f.index,
      at,
      ...(typeof f.logEventId === 'string' ? { logEventId: f.logEventId } : {}),
      ...(f.eventID === undefined ? {} : { eventID: f.eventID }),
      ...(f.eventName === undefined ? {} : { eventName: f.eventName }),
      ...(f.eventSource === undefined ? {} : { eventSource: f.eventSource }),
      issues: issues.slice(0, MAX_ISSUES).map((i) => ({ path: i.path, expected: i.expected, message: i.message })),
      ...(issues.length > MAX_ISSUES ? { moreIssues: issues.length - MAX_ISSUES } : {}),
    };
    this.out.write(`${this.failures++ === 0 ? '' : ','}\n        ${jsonText(value)}`);
  }
  endFile(r: FileResult): void {
    const tail = {
      kind: r.kind,
      records: r.records,
      failed: r.failed,
      ...(r.skipped === undefined ? {} : { skipped: r.skipped }),
      ...(r.problem === undefined ? {} : { error: r.problem }),
    };
    const fields = Object.entries(tail).map(([k, v]) => `,\n      ${jsonText(k)}: ${jsonText(v)}`);
    this.out.write(`${this.failures > 0 ? '\n      ' : ''}]${fields.join('')}\n    }`);
  }
  end(summary: unknown, ok: boolean, services?: unknown): void {
    const s = summary === undefined ? '' : `  "summary": ${jsonText(summary, 2).replace(/\n/g, '\n  ')},\n`;
    const d = services === undefined ? '' : `  "services": ${jsonText(services, 2).replace(/\n/g, '\n  ')},\n`;
    this.out.write(`${this.files > 0 ? '\n  ' : ''}],\n${s}${d}  "ok": ${ok}\n}\n`);
  }
}
