// The report of `validate`, in text or as one JSON document, written chain
// by chain as each is checked. Keys come from the folder or from digest
// files (which a tamperer writes), and reasons quote them: every key is
// escaped here, and reasons, escaped by the library, are kept to one line.
import { clipText, escapeText } from '../index.js';
import type { ChainDigestEntry, ChainFlag, ChainLogFileEntry, ChainReport, DigestStatus } from '../integrity/index.js';
import type { ValidateOptions } from './args.js';
import { safeLine } from './decodeInput.js';
import { jsonText, type Output } from './output.js';
import type { DigestChainFiles, HeldFile, TrailFolder } from './trailFolder.js';

/** One chain checked: its files, the library's report, and what the CLI itself found. */
export interface ChainResult {
  readonly chain: DigestChainFiles;
  readonly report: ChainReport;
  /** Digest files that could not be read from disk (so were not given to the check). */
  readonly unreadable: ReadonlyArray<{ readonly key: string; readonly problem: string }>;
  /** Digest keys the signatures file has no entry for. */
  readonly unsigned: ReadonlySet<string>;
}

/** What is known once every chain is done. */
export interface ValidateEnd {
  /** Log files no digest names, by key, in key order. */
  readonly notCovered: ReadonlyArray<readonly [string, HeldFile]>;
  readonly folder: TrailFolder;
  /** Warnings found on the way (a likely --prefix). */
  readonly warnings: readonly string[];
  /** Why nothing could be proven, when so. */
  readonly problems: readonly string[];
  readonly totals: ChainTotals;
  readonly ok: boolean;
}

/** Counts over every chain. */
export class ChainTotals {
  chains = 0;
  invalidChains = 0;
  readonly digests: Record<DigestStatus, number> = { valid: 0, invalid: 0, missing: 0 };
  readonly logFiles: Record<'valid' | 'invalid' | 'missing' | 'unproven', number> = { valid: 0, invalid: 0, missing: 0, unproven: 0 };
  notCovered = 0;

  add(r: ChainResult): void {
    this.chains++;
    if (!chainValid(r)) this.invalidChains++;
    for (const k of ['valid', 'invalid', 'missing'] as const) this.digests[k] += r.report.counts.digests[k];
    for (const k of ['valid', 'invalid', 'missing', 'unproven'] as const) this.logFiles[k] += r.report.counts.logFiles[k] ?? 0;
    this.digests.invalid += r.unreadable.length;
  }

  ok(): boolean {
    return this.invalidChains === 0;
  }

  json(): unknown {
    return { chains: this.chains, invalidChains: this.invalidChains, digests: this.digests, logFiles: { ...this.logFiles, notCovered: this.notCovered } };
  }
}

const chainValid = (r: ChainResult): boolean => r.report.valid && r.unreadable.length === 0;

/** Where the report goes: text or JSON. */
export interface ValidateReportWriter {
  begin(warnings: readonly string[]): void;
  chain(r: ChainResult): void;
  end(e: ValidateEnd): void;
}

// Keys are cut to this many characters in text (S3 allows 1024 bytes).
const MAX_KEY = 1100;
const key = (k: string): string => escapeText(clipText(k, MAX_KEY));

/** The time a chain covers, from its oldest digest's start to its newest digest's end, as the digests say. */
function span(report: ChainReport): { start?: string; end?: string } {
  let start: Date | undefined;
  let end: Date | undefined;
  for (const d of report.digests) {
    const digest = d.report?.digest;
    if (digest === undefined) continue;
    if (start === undefined || digest.digestStartTime < start) start = digest.digestStartTime;
    if (end === undefined || digest.digestEndTime > end) end = digest.digestEndTime;
  }
  const text = (t: Date | undefined): string | undefined => (t === undefined || Number.isNaN(t.getTime()) ? undefined : t.toISOString().replace('.000Z', 'Z'));
  const s = text(start);
  const e = text(end);
  return { ...(s === undefined ? {} : { start: s }), ...(e === undefined ? {} : { end: e }) };
}

/** What a chain is: trail, home region, account, region, and organization and prefix when any. */
function chainTitle(c: DigestChainFiles): string {
  const org = c.organizationId === undefined ? '' : `, organization ${c.organizationId}`;
  const prefix = c.prefix === '' ? '' : `, under ${key(c.prefix)}`;
  return `trail ${key(c.trailName)} (home region ${key(c.homeRegion)}), account ${c.accountId}, region ${key(c.region)}${org}${prefix}`;
}

const counts = (d: Readonly<Record<string, number>>, names: readonly string[]): string => names.map((n) => `${d[n] ?? 0} ${n}`).join(', ');
// Log files named by a digest that is not valid are unproven: counted only when there are some.
const LOG_COUNTS = (d: Readonly<Record<string, number>>): string[] => ['valid', 'invalid', 'missing', ...((d['unproven'] ?? 0) > 0 ? ['unproven'] : [])];

/** The text report: a block per chain, then the log files no digest names, then the totals. */
export class ValidateText implements ValidateReportWriter {
  constructor(private readonly out: Output) {}

  begin(warnings: readonly string[]): void {
    for (const w of warnings) this.out.write(`warning: ${safeLine(w)}\n`);
  }

  chain(r: ChainResult): void {
    const { report } = r;
    const { start, end } = span(report);
    let text = `\nchain: ${chainTitle(r.chain)}\n`;
    if (start !== undefined && end !== undefined) text += `  covers ${start} to ${end}\n`;
    for (const u of r.unreadable) text += `  digest unreadable: ${key(u.key)}\n      ${safeLine(u.problem)}\n`;
    const byDigest = new Map<number, ChainLogFileEntry[]>();
    for (const l of report.logFiles) {
      const at = l.digestIndex ?? -1;
      byDigest.set(at, [...(byDigest.get(at) ?? []), l]);
    }
    for (const d of report.digests) {
      text += digestText(d, r.unsigned.has(d.key));
      if (d.index !== undefined) for (const l of byDigest.get(d.index) ?? []) text += logText(l);
    }
    // A flag that repeats a reason printed under its file is not printed again.
    const printed = new Set(report.digests.flatMap((d) => d.reasons.map((x) => `${x.code}\u0000${x.message}`)));
    for (const f of report.flags) if (!printed.has(`${f.code}\u0000${f.message}`)) text += flagText(f);
    const c = report.counts;
    const digests = { ...c.digests, invalid: c.digests.invalid + r.unreadable.length };
    text += `  ${chainValid(r) ? 'VALID' : 'INVALID'}: digests: ${counts(digests, ['valid', 'invalid', 'missing'])}; log files: ${counts(c.logFiles, LOG_COUNTS(c.logFiles))}\n`;
    this.out.write(text);
  }

  end(e: ValidateEnd): void {
    let text = '';
    if (e.notCovered.length > 0) {
      text += '\nlog files no digest names (not covered: outside the time the digests cover, or added later):\n';
      for (const [k] of e.notCovered) text += `  not covered: ${key(k)}\n`;
    }
    if (e.folder.ignored > 0) text += `\n${e.folder.ignored} files that are not CloudTrail's were left alone (by their names), such as ${key(e.folder.ignoredExamples[0] ?? '')}\n`;
    for (const w of e.warnings) text += `\nwarning: ${safeLine(w)}\n`;
    for (const p of e.problems) text += `\n${safeLine(p)}\n`;
    const t = e.totals;
    text +=
      `\n${t.chains} chain${t.chains === 1 ? '' : 's'}: digests: ${counts(t.digests, ['valid', 'invalid', 'missing'])}; ` +
      `log files: ${counts(t.logFiles, LOG_COUNTS(t.logFiles))}, ${t.notCovered} not covered: ${e.ok ? 'VALID' : 'INVALID'}\n`;
    this.out.write(text);
  }
}

function digestText(d: ChainDigestEntry, unsigned: boolean): string {
  const notes: string[] = [];
  if (d.report?.starting === true) notes.push('starting digest');
  if (d.report?.emptyHour === true) notes.push('no log files this hour');
  if (d.report?.backfill === true) notes.push('backfill');
  const name = d.index === undefined ? 'digest' : `digest [${d.index}]`;
  let text = `  ${name} ${d.status}: ${key(d.key)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}\n`;
  for (const reason of d.reasons) {
    text += `      ${reason.code}: ${safeLine(reason.message)}${reason.code === 'signature-missing' && unsigned ? ' (the --signatures file has no entry for this key)' : ''}\n`;
  }
  return text;
}

function logText(l: ChainLogFileEntry): string {
  let text = `    log file ${l.status}: ${key(l.key)}\n`;
  if (l.reason !== undefined && l.status !== 'valid') text += `        ${l.reason.code}: ${safeLine(l.reason.message)}\n`;
  return text;
}

function flagText(f: ChainFlag): string {
  const at = f.digestIndex === undefined ? '' : ` at digest [${f.digestIndex}]`;
  return `  ${f.severity} ${f.code}${at}: ${safeLine(f.message)}\n`;
}

/**
 * The --json report: one document, written as chains are done (each chain a
 * value of its own), with `ok` last.
 */
export class ValidateJson implements ValidateReportWriter {
  private chains = 0;
  private warnings: readonly string[] = [];
  constructor(
    private readonly out: Output,
    private readonly options: ValidateOptions,
  ) {}

  begin(warnings: readonly string[]): void {
    const head = {
      folder: this.options.folder,
      bucket: this.options.bucket ?? null,
      prefix: this.options.prefix,
    };
    this.warnings = warnings;
    const fields = Object.entries(head).map(([k, v]) => `  ${jsonText(k)}: ${jsonText(v)},\n`);
    this.out.write(`{\n${fields.join('')}  "chains": [`);
  }

  chain(r: ChainResult): void {
    const c = r.chain;
    const head = {
      trailName: c.trailName,
      homeRegion: c.homeRegion,
      accountId: c.accountId,
      region: c.region,
      ...(c.organizationId === undefined ? {} : { organizationId: c.organizationId }),
      prefix: c.prefix,
      ...span(r.report),
      valid: chainValid(r),
      counts: {
        digests: { ...r.report.counts.digests, invalid: r.report.counts.digests.invalid + r.unreadable.length },
        logFiles: {
          valid: r.report.counts.logFiles.valid,
          invalid: r.report.counts.logFiles.invalid,
          missing: r.report.counts.logFiles.missing,
          unproven: r.report.counts.logFiles.unproven ?? 0,
        },
      },
    };
    const lists = {
      digests: r.report.digests.map((d) => ({
        status: d.status,
        key: d.key,
        bucket: d.bucket,
        ...(d.index === undefined ? {} : { index: d.index }),
        ...(d.report === undefined ? {} : { starting: d.report.starting, emptyHour: d.report.emptyHour, backfill: d.report.backfill }),
        ...(d.index === undefined ? {} : { signatureGiven: !r.unsigned.has(d.key) }),
        reasons: d.reasons.map((x) => ({ code: x.code, message: x.message })),
      })),
      unreadable: r.unreadable,
      logFiles: r.report.logFiles.map((l) => ({
        status: l.status,
        key: l.key,
        bucket: l.bucket,
        ...(l.digestIndex === undefined ? {} : { digestIndex: l.digestIndex }),
        ...(l.reason === undefined ? {} : { reason: { code: l.reason.code, message: l.reason.message } }),
        ...(l.hash === undefined ? {} : { hash: l.hash }),
        ...(l.expected === undefined ? {} : { expected: l.expected }),
      })),
      flags: r.report.flags.map((f) => ({ severity: f.severity, code: f.code, message: f.message, ...(f.digestIndex === undefined ? {} : { digestIndex: f.digestIndex }) })),
    };
    // A field a line, and each entry of a list on one line: a year of digests stays readable.
    const fields = [
      ...Object.entries(head).map(([k, v]) => `      ${jsonText(k)}: ${jsonText(v)}`),
      ...Object.entries(lists).map(([k, list]) => `      ${jsonText(k)}: [${list.map((v) => `\n        ${jsonText(v)}`).join(',')}${list.length > 0 ? '\n      ' : ''}]`),
    ];
    this.out.write(`${this.chains++ === 0 ? '' : ','}\n    {\n${fields.join(',\n')}\n    }`);
  }

  end(e: ValidateEnd): void {
    const tail = {
      notCovered: e.notCovered.map(([k, f]) => ({ key: k, accountId: f.accountId, region: f.region })),
      ignored: { count: e.folder.ignored, examples: e.folder.ignoredExamples },
      warnings: [...this.warnings, ...e.warnings],
      problems: e.problems,
      counts: e.totals.json(),
      ok: e.ok,
    };
    const fields = Object.entries(tail).map(([k, v]) => `  ${jsonText(k)}: ${jsonText(v, 2).replace(/\n/g, '\n  ')}`);
    this.out.write(`${this.chains > 0 ? '\n  ' : ''}],\n${fields.join(',\n')}\n}\n`);
  }
}
