// The one error the builders throw, and the two checks that raise it: one on
// what the caller gave (before anything is drawn from the seed), one on what
// the builder made (it must decode with the codec users will decode it with).
import type * as t from 'io-ts';
import { escapeText } from '../core/escapeText.js';
import { explainWith, INVALID, parseWith } from '../core/WireType.js';
import { formatPath, issuesOf, type Issue } from '../core/Issue.js';
import type { FixtureOptions } from './Fixtures.js';
import type { Seed } from './random.js';

/** At most this many decode issues are kept and shown: one bad override must not make a huge message. */
const MAX_ISSUES = 10;

/**
 * What a builder throws when it cannot make a valid record from what it was
 * given: an override that is not JSON data (a cycle, a getter that throws, a
 * Proxy, a function, `NaN`), an option of the wrong type, or overrides whose
 * result would not decode. `paths` names the overrides (or options) to blame,
 * as JSON paths from the argument (`userIdentity`, `requestParameters.meshName`,
 * `options.seed`); `issues` holds the decode problems of the built record, when
 * that is what failed. The builders throw nothing else. It extends
 * `RangeError`, which the builders threw before it existed.
 *
 * @example
 * import { BuilderError, record } from 'cloudtrail-codecs/builders';
 * try {
 *   record({ eventTime: 'yesterday' });
 * } catch (e) {
 *   if (e instanceof BuilderError) e.paths; // ['eventTime']
 * }
 */
export class BuilderError extends RangeError {
  override readonly name = 'BuilderError';
  /** The builder that failed, such as `record` or `CreateMesh`. */
  readonly builder: string;
  /** The overrides or options to blame, as JSON paths from the argument; empty when none is. */
  readonly paths: readonly string[];
  /** The decode problems of the built value (at most 10), when the built value did not decode. */
  readonly issues: readonly Issue[];

  constructor(builder: string, message: string, paths: readonly string[] = [], issues: readonly Issue[] = []) {
    super(`${builder}: ${message}`);
    this.builder = builder;
    this.paths = paths;
    this.issues = issues;
  }
}

function describeNonJson(v: unknown): string | undefined {
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(v) ? undefined : `${String(v)}, which JSON cannot hold`;
    case 'object':
      return undefined;
    case 'undefined':
      return 'undefined, not JSON data';
    default:
      return `a ${typeof v}, not JSON data`;
  }
}

function plainKind(v: object): string | undefined {
  if (Array.isArray(v)) return undefined;
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto === Object.prototype || proto === null) return undefined;
  const name = (proto as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name !== '' ? `a ${escapeText(name)}` : 'an object with a prototype';
}

interface Frame {
  readonly src: object;
  readonly dst: Record<string, unknown> | unknown[];
  readonly keys: readonly (string | number)[];
  // The path is kept as a chain of frames and spelt out only for an error:
  // copying it at every level would cost the square of the depth.
  readonly parent: Frame | undefined;
  readonly at: string | number | undefined;
  i: number;
}

function pathOf(root: ReadonlyArray<string | number>, frame: Frame | undefined, last?: string | number): Array<string | number> {
  const out: Array<string | number> = last === undefined ? [] : [last];
  for (let f = frame; f !== undefined && f.at !== undefined; f = f.parent) out.push(f.at);
  out.reverse();
  return [...root, ...out];
}

/**
 * A plain JSON copy of what a caller gave a builder, or a {@link BuilderError}
 * naming the first part that is not JSON data: a cycle, a property whose read
 * throws (a getter, a revoked Proxy), a function, a symbol, a bigint, a
 * non-finite number, or an object that is not a plain object or an array (a
 * `Date`, a `Map`, a class instance). As in JSON, an `undefined` member of
 * an object is left out, and an `undefined` item or a hole in an array is `null`. The walk uses its own stack, so any depth is fine; an object
 * reached twice without a cycle is copied once and shared.
 */
export function readBuilderInput(builder: string, value: unknown, root: ReadonlyArray<string | number> = []): unknown {
  const fail = (path: ReadonlyArray<string | number>, what: string): never => {
    const at = formatPath(path);
    throw new BuilderError(builder, `${at === '' ? 'the argument' : escapeText(at)} ${what}`, [at]);
  };
  const nonJson = (v: unknown, parent: Frame | undefined, key: string | number | undefined): void => {
    const bad = describeNonJson(v);
    if (bad !== undefined) fail(pathOf(root, parent, key), `is ${bad}`);
  };
  nonJson(value, undefined, undefined);
  if (typeof value !== 'object' || value === null) return value;

  const copies = new Map<object, Record<string, unknown> | unknown[]>();
  // Objects on the current path from the root: meeting one again is a cycle.
  const open = new Set<object>();
  const frames: Frame[] = [];
  const enter = (v: object, parent: Frame | undefined, at: string | number | undefined): Record<string, unknown> | unknown[] => {
    let isArray = false;
    let keys: Array<string | number> = [];
    let problem: string | undefined;
    try {
      isArray = Array.isArray(v);
      const kind = plainKind(v);
      if (kind !== undefined) problem = `is ${kind}, not JSON data`;
      else if (isArray) keys = Array.from({ length: (v as unknown[]).length }, (_, i) => i);
      else keys = Object.keys(v);
    } catch {
      problem = 'cannot be read (a revoked Proxy or a throwing trap)';
    }
    if (problem !== undefined) fail(pathOf(root, parent, at), problem);
    const dst: Record<string, unknown> | unknown[] = isArray ? [] : {};
    copies.set(v, dst);
    open.add(v);
    frames.push({ src: v, dst, keys, parent, at, i: 0 });
    return dst;
  };

  const out = enter(value, undefined, undefined);
  while (frames.length > 0) {
    const frame = frames[frames.length - 1] as Frame;
    if (frame.i >= frame.keys.length) {
      frames.pop();
      open.delete(frame.src);
      continue;
    }
    const key = frame.keys[frame.i++] as string | number;
    let v: unknown;
    let threw = false;
    try {
      v = (frame.src as Record<string | number, unknown>)[key];
    } catch {
      threw = true;
    }
    if (threw) fail(pathOf(root, frame, key), 'cannot be read: reading it threw');
    if (v === undefined) {
      if (Array.isArray(frame.dst)) frame.dst.push(null);
      continue;
    }
    nonJson(v, frame, key);
    let copy: unknown = v;
    if (typeof v === 'object' && v !== null) {
      if (open.has(v)) fail(pathOf(root, frame, key), 'refers back to an object that contains it (a cycle)');
      copy = copies.get(v) ?? enter(v, frame, key);
    }
    if (Array.isArray(frame.dst)) frame.dst.push(copy);
    // Only "__proto__" needs defineProperty to stay plain data, and it is slow.
    else if (key === '__proto__') Object.defineProperty(frame.dst, key, { value: copy, enumerable: true, writable: true, configurable: true });
    else frame.dst[key] = copy;
  }
  return out;
}

/** Every path of `value` that leads to something other than a plain object, as segments. */
function leafPaths(value: unknown): Array<ReadonlyArray<string | number>> {
  const out: Array<ReadonlyArray<string | number>> = [];
  const work: Array<[unknown, ReadonlyArray<string | number>]> = [[value, []]];
  while (work.length > 0 && out.length < 1000) {
    const [v, path] = work.pop() as [unknown, ReadonlyArray<string | number>];
    // Deeper than any record's own structure: the rest is one override.
    if (path.length < 32 && typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length > 0) {
      const keys = Object.keys(v).reverse();
      for (const k of keys) work.push([(v as Record<string, unknown>)[k], [...path, k]]);
    } else if (path.length > 0) {
      out.push(path);
    }
  }
  return out;
}

function commonPrefix(a: ReadonlyArray<string | number>, b: ReadonlyArray<string | number>): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Throws a {@link BuilderError} unless `built` decodes with `codec`. For each
 * problem, the override to blame is the part of its path it shares with the
 * overrides given; when no problem lies near an override, all of them are.
 */
export function checkBuilt(builder: string, codec: t.Decoder<unknown, unknown>, built: unknown, overrides: unknown, optionsBlamed: readonly string[] = []): void {
  if (parseWith(codec, built) !== INVALID) return;
  const all = issuesOf(explainWith(codec, built, [{ key: '', type: codec as t.Mixed, actual: built }]));
  const issues = all.slice(0, MAX_ISSUES);
  const given = leafPaths(overrides);
  const blamed: string[] = [];
  for (const issue of all) {
    // The given override nearest the problem: the one sharing the longest
    // path with it (a replaced `userIdentity` is to blame for a missing
    // `userIdentity.accountId`).
    let best = 0;
    for (const g of given) best = Math.max(best, commonPrefix(issue.segments, g));
    if (best === 0) continue;
    const p = formatPath(issue.segments.slice(0, best));
    if (!blamed.includes(p)) blamed.push(p);
  }
  const paths = blamed.length > 0 ? blamed : given.length > 0 ? given.map(formatPath) : [...optionsBlamed];
  const more = all.length > issues.length ? `\n  … and ${all.length - issues.length} more` : '';
  const lines = issues.map((i) => `  ${i.message}`).join('\n');
  const who =
    paths.length === 0
      ? 'the record it built does not decode (a bug in the builder: please report it)'
      : `the ${paths.length === 1 ? 'override' : 'overrides'} ${paths.map(escapeText).join(', ')} ${paths.length === 1 ? 'gives' : 'give'} a value that does not decode`;
  throw new BuilderError(builder, `${who}:\n${lines}${more}`, paths, issues);
}

// Records are a few seconds apart; a reference time this far from the ends
// of years 0000-9999 keeps every eventTime writable as ISO text.
const EARLIEST = new Date('0000-01-02T00:00:00Z').getTime();
const LATEST = Date.UTC(9999, 0, 1);

/**
 * The options, read once and checked: a {@link BuilderError} naming the
 * option when one has the wrong type, is not a valid time, or cannot be read.
 * Shared by every builder that takes {@link FixtureOptions}.
 */
export function readOptions(options: unknown, builder = 'Fixtures'): FixtureOptions {
  if (options === undefined) return {};
  const bad = (key: string, what: string): never => {
    throw new BuilderError(builder, `options.${key} ${what}`, [`options.${key}`]);
  };
  const read = optionReader(builder, options);
  const seed = read('seed');
  const referenceTime = read('referenceTime');
  const accountId = read('accountId');
  const region = read('region');
  if (seed !== undefined && typeof seed !== 'string' && !(typeof seed === 'number' && Number.isFinite(seed))) bad('seed', 'must be a finite number or a string');
  if (accountId !== undefined && typeof accountId !== 'string') bad('accountId', 'must be a string');
  if (region !== undefined && typeof region !== 'string') bad('region', 'must be a string');
  let time: Date | string | undefined;
  if (referenceTime !== undefined) {
    let ms = Number.NaN;
    try {
      if (typeof referenceTime === 'string') ms = new Date(referenceTime).getTime();
      else if (referenceTime instanceof Date) ms = referenceTime.getTime();
      else bad('referenceTime', 'must be a Date or ISO text');
    } catch (e) {
      if (e instanceof BuilderError) throw e;
      bad('referenceTime', 'cannot be read as a time');
    }
    if (!(ms >= EARLIEST && ms <= LATEST)) bad('referenceTime', 'is not a valid time between the years 0000 and 9999');
    time = new Date(ms);
  }
  return {
    ...(seed === undefined ? {} : { seed: seed as Seed }),
    ...(time === undefined ? {} : { referenceTime: time }),
    ...(accountId === undefined ? {} : { accountId: accountId as string }),
    ...(region === undefined ? {} : { region: region as string }),
  };
}

/**
 * @internal The reader of a builder's options object: one read per key, so
 * a throwing getter becomes a {@link BuilderError} naming it, and a value
 * that is not an object is refused at once.
 */
export function optionReader(builder: string, options: unknown): (key: string) => unknown {
  if (typeof options !== 'object' || options === null) {
    throw new BuilderError(builder, `the options are ${options === null ? 'null' : `a ${typeof options}`}, not an object`, ['options']);
  }
  return (key) => {
    try {
      return (options as Record<string, unknown>)[key];
    } catch {
      throw new BuilderError(builder, `options.${key} cannot be read: reading it threw`, [`options.${key}`]);
    }
  };
}

/** @internal `options.fail` checked: `true`, an error code, or absent. */
export function failOption(builder: string, fail: unknown): boolean | string | undefined {
  if (fail !== undefined && typeof fail !== 'boolean' && typeof fail !== 'string') {
    throw new BuilderError(builder, 'options.fail must be a boolean or an error code', ['options.fail']);
  }
  return fail;
}
