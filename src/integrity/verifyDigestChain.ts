import { errorName, isArray, readProperty, UNREADABLE } from '../core/WireType.js';
import { linkProblems, namesAsPrevious } from './chainLink.js';
import type { DigestFile } from './DigestFile.js';
import { field, location, shown } from './inputs.js';
import { reason, type IntegrityReason, type IntegrityReasonCode } from './IntegrityReason.js';
import { readPublicKeys, type PublicKeysInput } from './publicKeys.js';
import { verify, type DigestObjectInput, type DigestReport } from './verifyDigest.js';
import { verifyLogFile } from './verifyLogFile.js';

/**
 * A function that gives the bytes of a log file (gzip or inflated), or
 * `undefined` when the caller does not have it. It may be async (a read
 * from disk or S3). A throw or rejection makes that log file invalid
 * (`log-unreadable`), nothing more.
 *
 * @example
 * import type { LogFileLookup } from 'cloudtrail-codecs/integrity';
 * const files = new Map<string, Uint8Array>();
 * const lookup: LogFileLookup = (_bucket, key) => files.get(key);
 */
export type LogFileLookup = (bucket: string, key: string) => Uint8Array | ArrayBuffer | undefined | Promise<Uint8Array | ArrayBuffer | undefined>;

/**
 * Where {@link verifyDigestChain} gets log files: a lookup function, or a
 * `Map` whose keys are `bucket/key` or the bare S3 key (both are tried, in
 * that order). With a `Map`, its keys are also the log files the caller
 * holds: those no digest names are reported as not covered.
 *
 * @example
 * import type { LogFileSource } from 'cloudtrail-codecs/integrity';
 * const source: LogFileSource = new Map([['trail-bucket/AWSLogs/…_20260302T1005Z_Mu0KsOhtH1ar15ZZ.json.gz', new Uint8Array(0)]]);
 */
export type LogFileSource = ReadonlyMap<string, Uint8Array | ArrayBuffer> | LogFileLookup;

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
  /** The log files; without it only the digests are checked, and every log file is `not-checked`. */
  readonly logFiles?: LogFileSource;
  /**
   * The log files the caller holds (`bucket/key` or key), to report those no
   * digest names. Defaults to the keys of a `Map` source.
   */
  readonly heldLogFiles?: Iterable<string>;
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
 * caller, named by no digest given) or `not-checked` (no log files were
 * given).
 *
 * @example
 * import type { LogFileStatus } from 'cloudtrail-codecs/integrity';
 * const needsAttention = (s: LogFileStatus): boolean => s !== 'valid' && s !== 'not-checked';
 */
export type LogFileStatus = 'valid' | 'invalid' | 'missing' | 'not-covered' | 'not-checked';

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
 * The outcome of {@link verifyDigestChain}. `valid` is true only when every
 * digest and every log file named is valid, none is missing, and no flag is
 * an error. Digests are listed oldest first, a missing one just before the
 * digest that names it; log files in the order the digests name them, then
 * those not covered.
 *
 * @example
 * import type { ChainReport } from 'cloudtrail-codecs/integrity';
 * const summary = (r: ChainReport): string =>
 *   `${r.valid ? 'VALID' : 'INVALID'}: ${r.counts.digests.valid} digests and ${r.counts.logFiles.valid} log files valid, ` +
 *   `${r.counts.digests.invalid + r.counts.logFiles.invalid} invalid, ${r.counts.digests.missing + r.counts.logFiles.missing} missing`;
 */
export interface ChainReport {
  readonly valid: boolean;
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
 * or a replaced one are caught by the walk; each log file named is looked
 * up and checked as {@link verifyLogFile} does. The report lists every
 * digest and log file with its status, and flags what concerns the chain:
 * `digest-missing`, `chain-link-mismatch`, `chain-gap`,
 * `chain-out-of-order`, `chain-restarted`, `backfill` (a notice),
 * `key-unknown` and `digest-moved`.
 *
 * Digests are given oldest first (the order of their S3 keys) unless
 * `order: 'newest-first'`. A run proves the time from its oldest digest's
 * start to its newest digest's end, nothing outside: the link of the oldest
 * to its own previous digest is not checked (include that digest to extend
 * the run), and digests deleted after the newest one cannot be seen (compare
 * the newest `digestEndTime` with the time you expect; CloudTrail writes a
 * digest every hour, even for an hour without log files). The work is
 * linear in the digests and log files; each public key is imported once. It
 * never rejects: bad input is a reason in the report.
 *
 * @example
 * import { verifyDigestChain, type DigestObjectInput, type PublicKeyEntry } from 'cloudtrail-codecs/integrity';
 * async function audit(digests: DigestObjectInput[], logs: Map<string, Uint8Array>, keys: PublicKeyEntry[]): Promise<boolean> {
 *   const report = await verifyDigestChain({ digests, publicKeys: keys, logFiles: logs });
 *   for (const f of report.flags) console.log(`${f.severity} ${f.code}: ${f.message}`);
 *   for (const l of report.logFiles) if (l.status !== 'valid') console.log(`${l.status} ${l.key}`);
 *   return report.valid;
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
  const n = typeof length === 'number' ? length : 0;
  const newestFirst = field(input, 'order') === 'newest-first';
  const allowRestarts = field(input, 'allowRestarts') === true;
  const maxBytesIn = field(input, 'maxBytes');
  const maxBytes = typeof maxBytesIn === 'number' ? maxBytesIn : undefined;
  const keys = readPublicKeys(field(input, 'publicKeys') as PublicKeysInput);
  const source = logSource(field(input, 'logFiles'));

  // Where each digest given sits, to tell a digest given out of order from a missing one.
  const order: number[] = [];
  for (let k = 0; k < n; k++) order.push(newestFirst ? n - 1 - k : k);
  const reports: Array<DigestReport | undefined> = new Array(n);
  const positions = new Map<string, number>();
  for (const i of order) {
    const item = readProperty(listIn, i);
    const report = item === UNREADABLE ? undefined : await verify(item, keys, maxBytes).catch(() => undefined);
    reports[i] = report;
    if (report !== undefined) {
      const place = placeOf(report);
      if (!positions.has(place)) positions.set(place, i);
    }
  }

  const covered = new Set<string>();
  let previous: Found | undefined;
  for (const i of order) {
    const report = reports[i];
    if (report === undefined) {
      digests.push({ status: 'invalid', bucket: '', key: '', index: i, reasons: [reason('bad-argument', `digest [${i}] could not be read`)] });
      previous = undefined;
      continue;
    }
    const d = report.digest;
    for (const r of report.reasons) {
      if (r.code === 'key-unknown' || r.code === 'digest-moved') flags.push({ code: r.code, message: r.message, severity: 'error', digestIndex: i });
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
    if (d !== undefined) await checkLogFiles(d, i, source, maxBytes, covered, logFiles);
  }
  notCovered(input, source, covered, logFiles);
}

/** Where a digest says it is, or where it was read when it did not decode. */
function placeOf(report: DigestReport): string {
  const d = report.digest;
  return d === undefined ? `${report.bucket}/${report.key}` : `${d.digestS3Bucket}/${d.digestS3Object}`;
}

/** Checks the link from `d` (at `i`) to the digest found before it; a missing digest's entry when one is named but not given. */
function linkTo(d: DigestFile, previous: Found, i: number, positions: Map<string, number>, allowRestarts: boolean, flags: ChainFlag[]): ChainDigestEntry | undefined {
  const prevEnd = previous.digest?.digestEndTime.getTime();
  const start = d.digestStartTime.getTime();
  const joins = prevEnd === undefined || prevEnd === start;
  if (d.previousDigestS3Object === null && d.previousDigestSignature === null) {
    const [restart] = linkProblems(d, previous);
    if (restart !== undefined) flags.push({ code: restart.code, message: restart.message, severity: allowRestarts ? 'notice' : 'error', digestIndex: i });
    return undefined;
  }
  if (namesAsPrevious(d, previous.bucket, previous.key)) {
    for (const r of linkProblems(d, previous)) flags.push({ code: r.code, message: r.message, severity: 'error', digestIndex: i });
    if (!joins) {
      flags.push({ code: 'chain-gap', message: `the digest starts at ${d.digestStartTime.toISOString()}, but the one before it ends at ${new Date(prevEnd!).toISOString()}`, severity: 'notice', digestIndex: i });
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
    const hours = (start - prevEnd) / HOUR_MS;
    const count = Math.max(1, Math.round(hours));
    flags.push({
      code: 'chain-gap',
      message: `no digest given covers ${new Date(prevEnd).toISOString()} to ${d.digestStartTime.toISOString()} (${hours.toFixed(2)} hours): about ${count} digest${count === 1 ? ' is' : 's are'} missing`,
      severity: 'error',
      digestIndex: i,
    });
  } else if (prevEnd !== undefined) {
    flags.push({ code: 'chain-link-mismatch', message: `the digest given before digest [${i}] covers the hour before it, but is not the one it names: it was replaced`, severity: 'error', digestIndex: i });
  }
  return { status: 'missing', bucket, key, reasons: [reason('digest-missing', message)] };
}

type Source = { readonly kind: 'none' } | { readonly kind: 'map'; readonly map: ReadonlyMap<unknown, unknown> } | { readonly kind: 'lookup'; readonly lookup: LogFileLookup };

function logSource(u: unknown): Source {
  if (typeof u === 'function') return { kind: 'lookup', lookup: u as LogFileLookup };
  try {
    if (u instanceof Map) return { kind: 'map', map: u };
  } catch {
    // A Proxy whose prototype trap throws: no source.
  }
  return { kind: 'none' };
}

async function fetchLog(source: Source, bucket: string, key: string): Promise<{ bytes: unknown } | { error: unknown }> {
  try {
    if (source.kind === 'map') return { bytes: Map.prototype.get.call(source.map, `${bucket}/${key}`) ?? Map.prototype.get.call(source.map, key) };
    if (source.kind === 'lookup') return { bytes: await source.lookup(bucket, key) };
  } catch (e) {
    return { error: e };
  }
  return { bytes: undefined };
}

/**
 * Checks the log files `d` names, and adds each to `covered`, by
 * `bucket/key` and by key: the forms a holder may use.
 */
async function checkLogFiles(d: DigestFile, i: number, source: Source, maxBytes: number | undefined, covered: Set<string>, out: ChainLogFileEntry[]): Promise<void> {
  for (const entry of d.logFiles) {
    const bucket = entry.s3Bucket;
    const key = entry.s3Object;
    covered.add(`${bucket}/${key}`).add(key);
    const expected = entry.hashValue;
    if (source.kind === 'none') {
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

function notCovered(input: VerifyDigestChainInput, source: Source, covered: ReadonlySet<string>, out: ChainLogFileEntry[]): void {
  const heldIn = field(input, 'heldLogFiles');
  let held: Iterable<unknown> | undefined;
  if (heldIn !== undefined) held = heldIn as Iterable<unknown>;
  else if (source.kind === 'map') held = Map.prototype.keys.call(source.map) as Iterable<unknown>;
  if (held === undefined) return;
  for (const h of held) {
    if (typeof h !== 'string' || covered.has(h)) continue;
    out.push({ status: 'not-covered', bucket: '', key: h, reason: reason('log-not-covered', `${shown(h, 300)} is named by no digest given: it may be outside the time the digests cover, or added later`) });
  }
}

function finish(digests: ChainDigestEntry[], logFiles: ChainLogFileEntry[], flags: ChainFlag[]): ChainReport {
  const d: Record<DigestStatus, number> = { valid: 0, invalid: 0, missing: 0 };
  const l: Record<LogFileStatus, number> = { valid: 0, invalid: 0, missing: 0, 'not-covered': 0, 'not-checked': 0 };
  for (const e of digests) d[e.status]++;
  for (const e of logFiles) l[e.status]++;
  const valid = d.invalid === 0 && d.missing === 0 && l.invalid === 0 && l.missing === 0 && !flags.some((f) => f.severity === 'error');
  return { valid, digests, logFiles, flags, counts: { digests: d, logFiles: l } };
}
