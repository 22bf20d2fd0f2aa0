import { parseIsoTimestampWithOffset } from '../core/DateFromIsoTimestamp.js';
import { errorName, isArray, readProperty, UNREADABLE } from '../core/WireType.js';
import { linkProblems, namesAsPrevious } from './chainLink.js';
import type { DigestFile } from './DigestFile.js';
import { field, location, shown } from './inputs.js';
import { reason, type IntegrityReason, type IntegrityReasonCode } from './IntegrityReason.js';
import { MAX_HELD_LOG_FILES, readLogFileSource, type LogFileSource, type Source } from './logFileSource.js';
import { bytesOf } from './objectBytes.js';
import { readPublicKeys, type PublicKeysInput } from './publicKeys.js';
import { verify, type DigestObjectInput, type DigestReport } from './verifyDigest.js';
import { verifyLogFile } from './verifyLogFile.js';

/**
 * The most digests one {@link verifyDigestChain} call takes. A year of
 * hourly digests is 8,760 per region; a longer list is refused with a
 * `bad-argument` flag (nothing is checked), so the work stays bounded:
 * split a longer run where one digest ends and include that digest in both.
 *
 * @example
 * import { MAX_CHAIN_DIGESTS } from 'cloudtrail-codecs/integrity';
 * MAX_CHAIN_DIGESTS; // 100000
 */
export const MAX_CHAIN_DIGESTS = 100_000;

/**
 * What {@link verifyDigestChain} takes.
 *
 * @example
 * import type { VerifyDigestChainInput } from 'cloudtrail-codecs/integrity';
 * const input: VerifyDigestChainInput = { digests: [], publicKeys: { PublicKeyList: [] } };
 */
export interface VerifyDigestChainInput {
  /**
   * The digests of one trail and region, each with its place and S3
   * metadata, in time order: oldest first unless `order` says otherwise.
   */
  readonly digests: readonly DigestObjectInput[];
  /** `'oldest-first'` (default; S3 lists digest keys in that order) or `'newest-first'` (the order AWS walks). */
  readonly order?: 'oldest-first' | 'newest-first';
  readonly publicKeys: PublicKeysInput;
  /**
   * The log files (see {@link LogFileSource} for the shapes taken). Without
   * it every log file is `not-checked` and the chain is not valid, unless
   * `digestsOnly` says that only the digests are to be proven. A value of
   * no shape recognised is a `bad-argument` error, never a quiet skip.
   */
  readonly logFiles?: LogFileSource;
  /**
   * Check the digests only: without `logFiles` the chain may then be valid,
   * with a `log-files-not-given` notice. A valid report then proves the
   * digests, and nothing about any log file: not that one exists, nor that
   * it is intact. No effect when `logFiles` is given.
   */
  readonly digestsOnly?: boolean;
  /**
   * The log files the caller holds (`bucket/key` or key), to report those no
   * digest names. Defaults to the keys of the `logFiles` source, when it has
   * keys (not a function). Must be an iterable of text (not a string), at
   * most {@link MAX_HELD_LOG_FILES} of them: anything else is `bad-argument`.
   */
  readonly heldLogFiles?: Iterable<string>;
  /**
   * The time the newest digest should reach: a `Date`, or ISO-8601 text
   * (`Z` or an offset). CloudTrail writes a digest every hour, so digests
   * deleted after the newest one given leave no other trace; when the newest
   * `digestEndTime` falls short of this time, the error flag `chain-short`
   * says by how much. Allow for delivery: a digest arrives up to about an
   * hour after the hour it covers. Unreadable text or an invalid `Date` is
   * `bad-argument`.
   */
  readonly expectedEnd?: Date | string;
  /**
   * Accept a starting digest after the first as a legitimate restart
   * (validation or logging turned off and on). By default it makes the
   * chain invalid: the time between is not proven, and stopping logging is
   * what an intruder does first.
   */
  readonly allowRestarts?: boolean;
  /** The most bytes one object may inflate to (default 1 GiB). */
  readonly maxBytes?: number;
}

/**
 * A digest of the chain: `valid`, `invalid` (see `reasons`), or `missing`
 * (named by the digest after it as its previous one, but not given).
 *
 * @example
 * import type { DigestStatus } from 'cloudtrail-codecs/integrity';
 * const bad: DigestStatus[] = ['invalid', 'missing'];
 */
export type DigestStatus = 'valid' | 'invalid' | 'missing';

/**
 * One digest in a {@link ChainReport}.
 *
 * @example
 * import type { ChainDigestEntry } from 'cloudtrail-codecs/integrity';
 * const line = (d: ChainDigestEntry): string => `${d.status.padEnd(8)} s3://${d.bucket}/${d.key}`;
 */
export interface ChainDigestEntry {
  readonly status: DigestStatus;
  readonly bucket: string;
  readonly key: string;
  /** Its position in the `digests` given; absent for a missing digest. */
  readonly index?: number;
  readonly reasons: readonly IntegrityReason[];
  /** The full report of {@link verifyDigest}; absent for a missing digest. */
  readonly report?: DigestReport;
}

/**
 * A log file in a {@link ChainReport}: `valid`, `invalid` (see `reason`),
 * `missing` (named by a digest, not found), `not-covered` (held by the
 * caller, named by no digest given), `not-checked` (no usable log files were
 * given) or `unproven` (named by a digest that is itself not valid, so the
 * hash it gives proves nothing: reason `digest-invalid`; the file is not
 * read).
 *
 * @example
 * import type { LogFileStatus } from 'cloudtrail-codecs/integrity';
 * const needsAttention = (s: LogFileStatus): boolean => s !== 'valid' && s !== 'not-checked';
 * needsAttention('unproven'); // true
 */
export type LogFileStatus = 'valid' | 'invalid' | 'missing' | 'not-covered' | 'not-checked' | 'unproven';

/**
 * One log file in a {@link ChainReport}.
 *
 * @example
 * import type { ChainLogFileEntry } from 'cloudtrail-codecs/integrity';
 * const line = (f: ChainLogFileEntry): string => `${f.status} ${f.key}${f.reason ? `: ${f.reason.message}` : ''}`;
 */
export interface ChainLogFileEntry {
  readonly status: LogFileStatus;
  /** Where the digest says it is (for `not-covered`: '' and the location as held). */
  readonly bucket: string;
  readonly key: string;
  /** The position, in the `digests` given, of the digest that names it. */
  readonly digestIndex?: number;
  readonly reason?: IntegrityReason;
  /** Lower-case hex SHA-256 of its uncompressed bytes, when read. */
  readonly hash?: string;
  /** The `hashValue` the digest gives. */
  readonly expected?: string;
}

/**
 * A finding about the chain rather than one file: a missing digest, a
 * broken link, a gap in time, a restart, a backfill digest, a digest moved
 * or signed by an unknown key. `error` findings make the chain invalid;
 * `notice` ones do not.
 *
 * @example
 * import type { ChainFlag } from 'cloudtrail-codecs/integrity';
 * const errors = (flags: readonly ChainFlag[]): ChainFlag[] => flags.filter((f) => f.severity === 'error');
 */
export interface ChainFlag {
  readonly code: IntegrityReasonCode;
  readonly message: string;
  readonly severity: 'error' | 'notice';
  /** The position, in the `digests` given, of the digest it concerns. */
  readonly digestIndex?: number;
}

/**
 * The outcome of {@link verifyDigestChain}. `valid` is true only when at
 * least one digest was checked, every digest and every log file named is
 * valid, none is missing or unproven, and no flag is an error (without log
 * files, only with `digestsOnly`). `complete` is false when the caller holds
 * log files that no digest names (`not-covered`): those do not make the
 * chain invalid (they may lie outside the hours checked), but nothing
 * proves them. Digests are listed oldest first, a missing one just before
 * the digest that names it; log files in the order the digests name them,
 * then those not covered.
 *
 * @example
 * import type { ChainReport } from 'cloudtrail-codecs/integrity';
 * const summary = (r: ChainReport): string =>
 *   `${r.valid ? 'VALID' : 'INVALID'}: ${r.counts.digests.valid} digests and ${r.counts.logFiles.valid} log files valid, ` +
 *   `${r.counts.digests.invalid + r.counts.logFiles.invalid} invalid, ${r.counts.digests.missing + r.counts.logFiles.missing} missing`;
 */
export interface ChainReport {
  readonly valid: boolean;
  /**
   * False when some log file the caller holds is named by no digest given
   * (`not-covered`). It speaks only of the files the report knows of: the
   * keys of the `logFiles` source or `heldLogFiles`; with a lookup function
   * and no `heldLogFiles` it is true.
   */
  readonly complete: boolean;
  readonly digests: readonly ChainDigestEntry[];
  readonly logFiles: readonly ChainLogFileEntry[];
  readonly flags: readonly ChainFlag[];
  readonly counts: {
    readonly digests: Readonly<Record<DigestStatus, number>>;
    readonly logFiles: Readonly<Record<LogFileStatus, number>>;
  };
}

interface Found {
  readonly bucket: string;
  readonly key: string;
  readonly hash: string;
  readonly signature: string;
  readonly digest: DigestFile | undefined;
}

const HOUR_MS = 3_600_000;

/**
 * Checks a run of digests of one trail and region, and the log files they
 * name, offline. Each digest is checked as {@link verifyDigest} does; each
 * one's `previousDigest*` fields must name the digest given before it and
 * match its hash and signature, so a deleted digest, two deleted in a row,
 * or a replaced one are caught by the walk; each log file named by a valid
 * digest is looked up (once) and checked as {@link verifyLogFile} does. The
 * files of a digest that is not valid are `unproven`: a forged or moved
 * digest vouches for nothing. The report lists every digest and log file
 * with its status, and flags what concerns the chain: `no-digests`,
 * `digest-missing`, `chain-link-mismatch`, `chain-gap`,
 * `chain-out-of-order`, `chain-restarted`, `chain-short`, `backfill` (a
 * notice), `log-files-not-given`, `key-unknown`, `key-unusable`,
 * `key-ambiguous`, `digest-moved` and `bad-argument`.
 *
 * Digests are given oldest first (the order of their S3 keys) unless
 * `order: 'newest-first'`. A run proves the time from its oldest digest's
 * start to its newest digest's end, nothing outside: the link of the oldest
 * to its own previous digest is not checked (include that digest to extend
 * the run), and digests deleted after the newest one leave no trace in the
 * run (give `expectedEnd`: CloudTrail writes a digest every hour, even for
 * an hour without log files). Time between two digests that no digest
 * covers is an error, before a restart too: `allowRestarts` accepts the
 * restart, never the hours missing before it. An empty run, or one where no
 * digest can be read, is not valid. Without `logFiles` the run is not valid
 * unless `digestsOnly: true`. At most {@link MAX_CHAIN_DIGESTS} digests are
 * taken. The work is linear in the digests and log files; each public key
 * is imported once. It never rejects: bad input is a reason in the report.
 *
 * @example
 * import { verifyDigestChain, type DigestObjectInput, type PublicKeyEntry } from 'cloudtrail-codecs/integrity';
 * async function audit(digests: DigestObjectInput[], logs: Map<string, Uint8Array>, keys: PublicKeyEntry[]): Promise<boolean> {
 *   const report = await verifyDigestChain({ digests, publicKeys: keys, logFiles: logs, expectedEnd: '2026-03-03T00:00:00Z' });
 *   for (const f of report.flags) console.log(`${f.severity} ${f.code}: ${f.message}`);
 *   for (const l of report.logFiles) if (l.status !== 'valid') console.log(`${l.status} ${l.key}`);
 *   return report.valid && report.complete;
 * }
 */
export async function verifyDigestChain(input: VerifyDigestChainInput): Promise<ChainReport> {
  const digests: ChainDigestEntry[] = [];
  const logFiles: ChainLogFileEntry[] = [];
  const flags: ChainFlag[] = [];
  try {
    await walk(input, digests, logFiles, flags);
  } catch (e) {
    // Only a hostile input (a Proxy throwing mid-walk) gets here: what was
    // found so far is kept, and the chain is not valid.
    flags.push({ code: 'bad-argument', message: `the input could not be read: ${errorName(e)}`, severity: 'error' });
  }
  return finish(digests, logFiles, flags);
}

async function walk(input: VerifyDigestChainInput, digests: ChainDigestEntry[], logFiles: ChainLogFileEntry[], flags: ChainFlag[]): Promise<void> {
  const listIn = field(input, 'digests');
  if (!isArray(listIn)) {
    flags.push({ code: 'bad-argument', message: 'digests must be a list of digest objects', severity: 'error' });
    return;
  }
  const length = readProperty(listIn, 'length');
  if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) {
    flags.push({ code: 'bad-argument', message: 'the list of digests has no readable length', severity: 'error' });
    return;
  }
  if (length > MAX_CHAIN_DIGESTS) {
    flags.push({
      code: 'bad-argument',
      message: `${length} digests were given, more than the ${MAX_CHAIN_DIGESTS} one check takes (a year of hourly digests is 8,760): split the run, repeating the digest where one part ends; nothing was checked`,
      severity: 'error',
    });
    return;
  }
  const n = length;
  if (n === 0) flags.push({ code: 'no-digests', message: 'no digest was given: nothing is proven', severity: 'error' });
  const newestFirst = field(input, 'order') === 'newest-first';
  const allowRestarts = field(input, 'allowRestarts') === true;
  const maxBytesIn = field(input, 'maxBytes');
  const maxBytes = typeof maxBytesIn === 'number' ? maxBytesIn : undefined;
  const expectedEnd = readExpectedEnd(field(input, 'expectedEnd'), flags);
  const keys = readPublicKeys(field(input, 'publicKeys') as PublicKeysInput);
  const source = readLogFileSource(field(input, 'logFiles'));
  if (source.kind === 'bad') flags.push({ code: 'bad-argument', message: source.message, severity: 'error' });
  if (source.kind === 'none') {
    flags.push(
      field(input, 'digestsOnly') === true
        ? { code: 'log-files-not-given', message: 'no log files were given (digestsOnly): only the digests are proven, nothing about any log file', severity: 'notice' }
        : { code: 'log-files-not-given', message: 'no log files were given, so none is proven: give logFiles, or digestsOnly: true to prove the digests alone', severity: 'error' },
    );
  }

  // Where each digest given sits, to tell a digest given out of order from a missing one.
  const order: number[] = [];
  for (let k = 0; k < n; k++) order.push(newestFirst ? n - 1 - k : k);
  const reports: Array<DigestReport | undefined> = new Array(n);
  const positions = new Map<string, number>();
  let decoded = 0;
  for (const i of order) {
    const item = readProperty(listIn, i);
    const report = item === UNREADABLE ? undefined : await verify(item, keys, maxBytes).catch(() => undefined);
    reports[i] = report;
    if (report !== undefined) {
      if (report.digest !== undefined) decoded++;
      const place = placeOf(report);
      if (!positions.has(place)) positions.set(place, i);
    }
  }
  if (n > 0 && decoded === 0) {
    flags.push({ code: 'no-digests', message: `none of the ${n} digest${n === 1 ? '' : 's'} given could be read as a digest file: nothing is proven`, severity: 'error' });
  }

  const covered = new Set<string>();
  let previous: Found | undefined;
  let newest: { end: number; index: number } | undefined;
  for (const i of order) {
    const report = reports[i];
    if (report === undefined) {
      digests.push({ status: 'invalid', bucket: '', key: '', index: i, reasons: [reason('bad-argument', `digest [${i}] could not be read`)] });
      previous = undefined;
      continue;
    }
    const d = report.digest;
    for (const r of report.reasons) {
      if (CHAIN_FLAGGED.has(r.code)) flags.push({ code: r.code, message: r.message, severity: 'error', digestIndex: i });
    }
    if (report.backfill) {
      flags.push({ code: 'backfill', message: `${location(report.bucket, report.key)} is a backfill digest, written later for a time CloudTrail had missed`, severity: 'notice', digestIndex: i });
    }
    if (previous !== undefined && d !== undefined) {
      const missing = linkTo(d, previous, i, positions, allowRestarts, flags);
      if (missing !== undefined) digests.push(missing);
    }
    digests.push({ status: report.valid ? 'valid' : 'invalid', bucket: report.bucket, key: report.key, index: i, reasons: report.reasons, report });
    // A moved digest is linked by the place it names (and was checked
    // against): the move itself is flagged once, above.
    previous = { bucket: d?.digestS3Bucket ?? report.bucket, key: d?.digestS3Object ?? report.key, hash: report.hash, signature: report.signature, digest: d };
    if (d !== undefined) {
      const end = d.digestEndTime.getTime();
      if (newest === undefined || end > newest.end) newest = { end, index: i };
      await checkLogFiles(d, i, report, source, maxBytes, covered, logFiles);
    }
  }
  if (expectedEnd !== undefined && newest !== undefined && newest.end < expectedEnd) {
    flags.push({
      code: 'chain-short',
      message: `the newest digest given ends at ${iso(newest.end)}, but digests are expected up to ${iso(expectedEnd)} (${hoursText(expectedEnd - newest.end)}): later digests were deleted, not collected, or not delivered yet`,
      severity: 'error',
      digestIndex: newest.index,
    });
  }
  notCovered(input, source, covered, logFiles, flags);
}

/** Findings of one digest that the chain repeats as its own flags. */
const CHAIN_FLAGGED: ReadonlySet<IntegrityReasonCode> = new Set(['key-unknown', 'key-unusable', 'key-ambiguous', 'digest-moved']);

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function hoursText(ms: number): string {
  return `${(ms / HOUR_MS).toFixed(2)} hours`;
}

/** `expectedEnd` as epoch milliseconds; a `bad-argument` flag when given but unreadable. */
function readExpectedEnd(u: unknown, flags: ChainFlag[]): number | undefined {
  if (u === undefined) return undefined;
  let ms = NaN;
  if (typeof u === 'string') ms = parseIsoTimestampWithOffset(u);
  else {
    try {
      // A Date of any realm answers getTime through its internal slot.
      ms = Date.prototype.getTime.call(u);
    } catch {
      // Not a Date.
    }
  }
  if (Number.isNaN(ms)) {
    flags.push({ code: 'bad-argument', message: 'expectedEnd must be a valid Date or ISO-8601 text (like 2026-03-02T10:00:00Z)', severity: 'error' });
    return undefined;
  }
  return ms;
}

/** Where a digest says it is, or where it was read when it did not decode. */
function placeOf(report: DigestReport): string {
  const d = report.digest;
  return d === undefined ? `${report.bucket}/${report.key}` : `${d.digestS3Bucket}/${d.digestS3Object}`;
}

/** The error flag for time between two digests that no digest given covers. */
function gapFlag(prevEnd: number, start: number, i: number, before: string): ChainFlag {
  const count = Math.max(1, Math.round((start - prevEnd) / HOUR_MS));
  return {
    code: 'chain-gap',
    message: `no digest given covers ${iso(prevEnd)} to ${iso(start)} (${hoursText(start - prevEnd)})${before}: about ${count} digest${count === 1 ? ' is' : 's are'} missing`,
    severity: 'error',
    digestIndex: i,
  };
}

/** Checks the link from `d` (at `i`) to the digest found before it; a missing digest's entry when one is named but not given. */
function linkTo(d: DigestFile, previous: Found, i: number, positions: Map<string, number>, allowRestarts: boolean, flags: ChainFlag[]): ChainDigestEntry | undefined {
  const prevEnd = previous.digest?.digestEndTime.getTime();
  const start = d.digestStartTime.getTime();
  const joins = prevEnd === undefined || prevEnd === start;
  if (d.previousDigestS3Object === null && d.previousDigestSignature === null) {
    const [restart] = linkProblems(d, previous);
    if (restart !== undefined) flags.push({ code: restart.code, message: restart.message, severity: allowRestarts ? 'notice' : 'error', digestIndex: i });
    // A restart names no previous digest, so a digest deleted just before it
    // shows only as time no digest covers: an error, restarts allowed or not.
    if (prevEnd !== undefined && start > prevEnd) flags.push(gapFlag(prevEnd, start, i, ', before the restart'));
    return undefined;
  }
  if (namesAsPrevious(d, previous.bucket, previous.key)) {
    for (const r of linkProblems(d, previous)) flags.push({ code: r.code, message: r.message, severity: 'error', digestIndex: i });
    if (!joins) {
      flags.push({ code: 'chain-gap', message: `the digest starts at ${d.digestStartTime.toISOString()}, but the one before it ends at ${iso(prevEnd!)}`, severity: 'notice', digestIndex: i });
    }
    return undefined;
  }
  const bucket = d.previousDigestS3Bucket ?? '';
  const key = d.previousDigestS3Object ?? '';
  const at = positions.get(`${bucket}/${key}`);
  if (at !== undefined) {
    flags.push({ code: 'chain-out-of-order', message: `the digest names digest [${at}] as its previous one, not the digest given before it: give digests in time order`, severity: 'error', digestIndex: i });
    return undefined;
  }
  const message = `${location(bucket, key)} is named as the previous digest by digest [${i}], but was not given: it was deleted, or not collected`;
  flags.push({ code: 'digest-missing', message, severity: 'error', digestIndex: i });
  if (prevEnd !== undefined && prevEnd !== start) {
    flags.push(gapFlag(prevEnd, start, i, ''));
  } else if (prevEnd !== undefined) {
    flags.push({ code: 'chain-link-mismatch', message: `the digest given before digest [${i}] covers the hour before it, but is not the one it names: it was replaced`, severity: 'error', digestIndex: i });
  }
  return { status: 'missing', bucket, key, reasons: [reason('digest-missing', message)] };
}

async function fetchLog(source: Source & { kind: 'read' }, bucket: string, key: string): Promise<{ bytes: unknown } | { error: unknown }> {
  try {
    return { bytes: await source.read(bucket, key) };
  } catch (e) {
    return { error: e };
  }
}

/**
 * Checks the log files `d` names, and adds each to `covered`, by
 * `bucket/key` and by key: the forms a holder may use. Only a valid digest
 * proves the hashes it lists: the files of any other are `unproven`, unread.
 */
async function checkLogFiles(d: DigestFile, i: number, report: DigestReport, source: Source, maxBytes: number | undefined, covered: Set<string>, out: ChainLogFileEntry[]): Promise<void> {
  const why = report.valid ? undefined : report.reasons.map((r) => r.code).join(', ');
  for (const entry of d.logFiles) {
    const bucket = entry.s3Bucket;
    const key = entry.s3Object;
    covered.add(`${bucket}/${key}`).add(key);
    const expected = entry.hashValue;
    if (why !== undefined) {
      out.push({ status: 'unproven', bucket, key, digestIndex: i, expected, reason: reason('digest-invalid', `digest [${i}], which names ${location(bucket, key)}, is not valid (${why}): the hash it gives proves nothing`) });
      continue;
    }
    if (source.kind !== 'read') {
      out.push({ status: 'not-checked', bucket, key, digestIndex: i, expected });
      continue;
    }
    const got = await fetchLog(source, bucket, key);
    if ('error' in got) {
      out.push({ status: 'invalid', bucket, key, digestIndex: i, expected, reason: reason('log-unreadable', `reading ${location(bucket, key)} failed: ${errorName(got.error)}`) });
      continue;
    }
    if (got.bytes === undefined || got.bytes === null) {
      out.push({ status: 'missing', bucket, key, digestIndex: i, expected, reason: reason('log-missing', `${location(bucket, key)} is named by digest [${i}] but was not found: it was deleted, or not collected`) });
      continue;
    }
    const r = await verifyLogFile({ log: got.bytes as Uint8Array, entry, ...(maxBytes === undefined ? {} : { maxBytes }) });
    out.push({
      status: r.valid ? 'valid' : 'invalid',
      bucket,
      key,
      digestIndex: i,
      expected,
      ...(r.hash === '' ? {} : { hash: r.hash }),
      ...(r.reason === undefined ? {} : { reason: r.reason }),
    });
  }
}

/** The held log files no digest names; `heldLogFiles` of a wrong shape is a `bad-argument` flag. */
function notCovered(input: VerifyDigestChainInput, source: Source, covered: ReadonlySet<string>, out: ChainLogFileEntry[], flags: ChainFlag[]): void {
  const heldIn = field(input, 'heldLogFiles');
  let held: (() => Iterable<unknown>) | undefined;
  const explicit = heldIn !== undefined;
  if (explicit) {
    const iterator = typeof heldIn === 'object' && heldIn !== null && bytesOf(heldIn) === undefined ? readProperty(heldIn, Symbol.iterator as unknown as string) : undefined;
    if (typeof iterator !== 'function') {
      flags.push({ code: 'bad-argument', message: 'heldLogFiles must be a list (an iterable) of log file keys, not text or another value', severity: 'error' });
      return;
    }
    held = () => heldIn as Iterable<unknown>;
  } else if (source.kind === 'read') held = source.held;
  if (held === undefined) return;
  let count = 0;
  let notText = 0;
  try {
    for (const h of held()) {
      if (++count > MAX_HELD_LOG_FILES) {
        flags.push({ code: 'bad-argument', message: `more than ${MAX_HELD_LOG_FILES} held log files were given: the rest were not compared with the digests`, severity: 'error' });
        break;
      }
      if (typeof h !== 'string') {
        notText++;
        continue;
      }
      if (covered.has(h)) continue;
      out.push({ status: 'not-covered', bucket: '', key: h, reason: reason('log-not-covered', `${shown(h, 300)} is named by no digest given: it may be outside the time the digests cover, or added later`) });
    }
  } catch (e) {
    flags.push({ code: 'bad-argument', message: `the log files held could not be listed: ${errorName(e)}`, severity: 'error' });
    return;
  }
  if (explicit && notText > 0) {
    flags.push({ code: 'bad-argument', message: `${notText} item${notText === 1 ? '' : 's'} of heldLogFiles ${notText === 1 ? 'is' : 'are'} not text`, severity: 'error' });
  }
}

function finish(digests: ChainDigestEntry[], logFiles: ChainLogFileEntry[], flags: ChainFlag[]): ChainReport {
  const d: Record<DigestStatus, number> = { valid: 0, invalid: 0, missing: 0 };
  const l: Record<LogFileStatus, number> = { valid: 0, invalid: 0, missing: 0, 'not-covered': 0, 'not-checked': 0, unproven: 0 };
  for (const e of digests) d[e.status]++;
  for (const e of logFiles) l[e.status]++;
  const valid = d.valid > 0 && d.invalid === 0 && d.missing === 0 && l.invalid === 0 && l.missing === 0 && l.unproven === 0 && !flags.some((f) => f.severity === 'error');
  return { valid, complete: l['not-covered'] === 0, digests, logFiles, flags, counts: { digests: d, logFiles: l } };
}
