import { BuilderError } from '../../builders/BuilderError.js';
import type { Random } from '../../builders/random.js';
import type { JsonObject, JsonValue } from '../../core/JsonValue.js';
import { escapeText, quoteText } from '../../core/escapeText.js';
import { formatIsoUtc, formatJavaUtc } from '../../core/utcTime.js';
import { parseTarget, rowOf } from '../shapes.js';
import type { Bounds, Constraints, ServiceTable, ShapeRow, TimestampForm } from '../table.js';
import { compilePattern, drawPattern, patternLengths, type CompiledPattern } from './pattern.js';
import { base64Bytes, plausibleDocument, plausibleName, plausibleNumber, plausibleText, type ValueContext } from './values.js';

/**
 * How {@link buildPayload} draws a value.
 *
 * @example
 * import { Random, buildPayload, type PayloadOptions } from 'cloudtrail-codecs/builders';
 * import type { ServiceTable } from 'cloudtrail-codecs/service-kit';
 * const table: ServiceTable = { name: 'demo', eventSource: 'demo.amazonaws.com', profile: { timestamps: 'iso' }, shapes: {}, operations: {}, aliases: {} };
 * const options: PayloadOptions = { time: new Date('2026-03-02T09:00:00Z'), depth: 3 };
 * typeof buildPayload(table, '$t', new Random(1), options); // 'string'
 */
export interface PayloadOptions {
  /**
   * Levels of nesting (structures, unions, lists, maps) within which optional
   * members are drawn; deeper, only what the shapes require is built, so a
   * recursive shape ends. Default 6.
   */
  readonly depth?: number;
  /** The time timestamps are drawn around (whole seconds). Default 2026-01-01T00:00:00Z. */
  readonly time?: Date;
  /** The account in ARNs and account ids. Default `123456789012`. */
  readonly accountId?: string;
  /** The region in ARNs. Default `us-east-1`. */
  readonly region?: string;
}

const DEFAULT_TIME = Date.UTC(2026, 0, 1);
const DAY = 86_400;

const isScalar = (target: string): boolean => target.startsWith('$');

/** Sets an own data property: a key such as `__proto__` stays data. */
function setOwn(target: JsonObject, key: string, value: JsonValue): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/**
 * The least nesting of a value of each shape: 0 for scalars, 1 + the
 * deepest required member for a structure, 1 + the shallowest member for a
 * union. `Infinity` marks a shape no finite value has (its required members
 * lead back to it). Computed once per table by relaxation; EC2's table
 * settles in a few rounds.
 */
const heightsByTable = new WeakMap<ServiceTable, Map<string, number>>();

function heightsOf(table: ServiceTable): Map<string, number> {
  const known = heightsByTable.get(table);
  if (known !== undefined) return known;
  const h = new Map<string, number>();
  const rows = Object.entries(table.shapes);
  for (const [name, row] of rows) h.set(name, 'e' in row || 'p' in row ? 0 : Infinity);
  const of = (spec: string): number => {
    const name = parseTarget(spec).name;
    return isScalar(name) ? 0 : (h.get(name) ?? 0);
  };
  const hidden = table.profile.hidden !== undefined;
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, row] of rows) {
      let v: number;
      if ('s' in row) {
        v = 1;
        for (const spec of Object.values(row.s)) {
          const t = parseTarget(spec);
          if (t.required && !t.sensitive) v = Math.max(v, 1 + of(spec));
        }
      } else if ('u' in row) {
        const members = Object.values(row.u).map((spec) => parseTarget(spec));
        const open = members.filter((t) => !t.sensitive);
        // A union of sensitive members only shows the hidden text, when the profile has one.
        const usable = open.length > 0 ? open : members;
        v = usable.length === 0 ? 1 : 1 + Math.min(...usable.map((t) => (t.sensitive && hidden ? 0 : of(t.name))));
      } else if ('l' in row) {
        v = 1 + ((row.c?.len?.[0] ?? 0) > 0 ? of(row.l) : 0);
      } else if ('m' in row) {
        v = 1 + ((row.c?.len?.[0] ?? 0) > 0 ? Math.max(of(row.m[0]), of(row.m[1])) : 0);
      } else continue;
      if (v < (h.get(name) as number)) {
        h.set(name, v);
        changed = true;
      }
    }
  }
  heightsByTable.set(table, h);
  return h;
}

/** The chain of required members that makes `shape` impossible to build: `A.b -> B.c -> A`. */
function requiredCycle(table: ServiceTable, shape: string, heights: Map<string, number>): string {
  const seen: string[] = [];
  const steps: string[] = [];
  let at = shape;
  while (!seen.includes(at)) {
    seen.push(at);
    const row = table.shapes[at] as ShapeRow;
    let next: [string, string] | undefined;
    if ('s' in row) {
      for (const [m, spec] of Object.entries(row.s)) {
        const t = parseTarget(spec);
        if (t.required && !t.sensitive && (heights.get(t.name) ?? 0) === Infinity) next = [m, t.name];
      }
    } else if ('u' in row) {
      const member = Object.entries(row.u).find(([, spec]) => (heights.get(parseTarget(spec).name) ?? 0) === Infinity);
      if (member !== undefined) next = [member[0], parseTarget(member[1]).name];
    } else if ('l' in row) next = ['[0]', parseTarget(row.l).name];
    else if ('m' in row) next = ['{value}', parseTarget(row.m[1]).name];
    if (next === undefined) break;
    steps.push(`${at}.${next[0]}`);
    at = next[1];
  }
  return [...steps, at].join(' -> ');
}

class PayloadBuilder {
  private readonly heights: Map<string, number>;
  private readonly ctx: ValueContext;
  private readonly maxDepth: number;
  private readonly time: number;

  constructor(
    private readonly table: ServiceTable,
    private readonly random: Random,
    options: PayloadOptions,
  ) {
    this.heights = heightsOf(table);
    this.maxDepth = options.depth ?? 6;
    // Whole seconds: Java's date text has none finer, and it must read back as written.
    this.time = Math.floor((options.time?.getTime() ?? DEFAULT_TIME) / 1000);
    this.ctx = {
      random,
      accountId: options.accountId ?? '123456789012',
      region: options.region ?? 'us-east-1',
      service: table.eventSource.split('.')[0] ?? table.name,
    };
  }

  height(target: string): number {
    return isScalar(target) ? 0 : (this.heights.get(target) ?? 0);
  }

  row(shape: string, path: string): ShapeRow {
    const row = rowOf(this.table, shape);
    if (row === undefined) throw new BuilderError('buildPayload', `the table of ${quoteText(this.table.name)} has no shape ${quoteText(shape)} (at ${path === '' ? 'the root' : escapeText(path)})`, [path]);
    return row;
  }

  /** A value of `target`; `hint` is the member's wire name, for plausible values. */
  value(target: string, depth: number, hint: string, path: string): JsonValue {
    const r = this.random;
    switch (target) {
      case '$s':
        return this.text(hint, undefined, undefined);
      case '$n':
        return this.number(hint, undefined);
      case '$b':
        return r.int(0, 1) === 1;
      case '$t':
        return this.timestamp(this.table.profile.timestamps, hint);
      case '$d':
        return plausibleDocument(r);
      case '$B':
        return base64Bytes(r, r.int(8, 24));
      case '$u':
        return {};
    }
    const row = this.row(target, path);
    if ('s' in row) return this.structure(row.s, depth, path);
    if ('u' in row) return this.union(row.u, depth, path);
    if ('l' in row) {
      const list = this.list(row.l, row.c, depth, hint, path);
      // As CloudTrail writes an XML element that occurs once: the item alone.
      return row.one === 1 && list.length === 1 ? (list[0] as JsonValue) : list;
    }
    if ('m' in row) return this.map(row.m, row.c, depth, path);
    if ('e' in row) return row.e.length > 0 ? r.pick(row.e) : this.text(hint, target, undefined);
    if ('p' in row) {
      switch (row.p) {
        case '$s':
          return this.text(hint, target, row.c);
        case '$n':
          return this.number(hint, row.c?.range);
        case '$t':
          return this.timestamp(row.t ?? this.table.profile.timestamps, hint);
        case '$B':
          return base64Bytes(r, this.length(row.c?.len, 8, 24));
        default:
          return this.value(row.p, depth, hint, path);
      }
    }
    throw new BuilderError('buildPayload', `the row of ${quoteText(target)} in the table of ${quoteText(this.table.name)} has no known kind`, [path]);
  }

  private structure(members: { readonly [m: string]: string }, depth: number, path: string): JsonObject {
    const out: JsonObject = {};
    // Fewer optional members deeper down keeps payloads of deep models small.
    const chance = Math.max(0.25, 0.65 - 0.08 * depth);
    for (const [name, spec] of Object.entries(members)) {
      const t = parseTarget(spec);
      // CloudTrail leaves sensitive values out of the record.
      if (t.sensitive) continue;
      const draw = this.random.float() < chance;
      const include = t.required || (draw && depth < this.maxDepth && this.height(t.name) !== Infinity);
      if (include) setOwn(out, name, this.value(t.name, depth + 1, name, path === '' ? name : `${path}.${name}`));
    }
    return out;
  }

  private union(members: { readonly [m: string]: string }, depth: number, path: string): JsonObject {
    const all = Object.entries(members).map(([name, spec]) => [name, parseTarget(spec)] as const);
    const open = all.filter(([, t]) => !t.sensitive && this.height(t.name) !== Infinity);
    const hidden = this.table.profile.hidden;
    if (open.length === 0) {
      const first = all[0];
      if (first === undefined) return {};
      const [name, t] = first;
      const out: JsonObject = {};
      setOwn(out, name, hidden ?? this.value(t.name, depth + 1, name, path === '' ? name : `${path}.${name}`));
      return out;
    }
    // Deep down, a member that ends soonest, so recursion through unions stops.
    let choices = open;
    if (depth >= this.maxDepth) {
      const least = Math.min(...open.map(([, t]) => this.height(t.name)));
      choices = open.filter(([, t]) => this.height(t.name) === least);
    }
    const [name, t] = this.random.pick(choices);
    const out: JsonObject = {};
    setOwn(out, name, this.value(t.name, depth + 1, name, path === '' ? name : `${path}.${name}`));
    return out;
  }

  /** A count within `len`, at least one when allowed, and small. */
  private count(len: Bounds | undefined, depth: number, cap: number): number {
    const lo = len?.[0] ?? 0;
    const hi = Math.min(len?.[1] ?? Infinity, Math.max(lo, lo + (depth < 3 ? 3 : 1)), Math.max(lo, cap));
    if (depth >= this.maxDepth) return lo;
    return this.random.int(Math.min(Math.max(lo, 1), hi), hi);
  }

  private item(spec: string, depth: number, hint: string, path: string): JsonValue {
    const t = parseTarget(spec);
    const hidden = this.table.profile.hidden;
    // Items of a sensitive shape: CloudTrail writes the hidden text in their place.
    if (t.sensitive && hidden !== undefined) return hidden;
    return this.value(t.name, depth, hint, path);
  }

  private list(spec: string, c: Constraints | undefined, depth: number, hint: string, path: string): JsonValue[] {
    const target = parseTarget(spec).name;
    const n = this.height(target) === Infinity ? 0 : this.count(c?.len, depth, Infinity);
    // An item is named as its list in the singular: `roleArns` holds role ARNs.
    const itemHint = hint.replace(/(ss|x|ch|sh)es$/, '$1').replace(/([^s])s$/, '$1');
    const out: JsonValue[] = [];
    const texts = new Set<string>();
    for (let tries = 0; out.length < n && tries < n * 4 + 4; tries++) {
      const v = this.item(spec, depth + 1, itemHint, `${path}[${out.length}]`);
      if (c?.unique === 1) {
        const text = JSON.stringify(v);
        if (texts.has(text)) continue;
        texts.add(text);
      }
      out.push(v);
    }
    return out;
  }

  private map(kv: readonly [string, string], c: Constraints | undefined, depth: number, path: string): JsonObject {
    const key = parseTarget(kv[0]).name;
    const keyRow = isScalar(key) ? undefined : this.row(key, path);
    const impossible = this.height(parseTarget(kv[1]).name) === Infinity;
    // Keyed by an enum: its values, each at most once.
    const enumKeys = keyRow !== undefined && 'e' in keyRow ? [...keyRow.e] : undefined;
    const n = impossible ? 0 : this.count(c?.len, depth, enumKeys?.length ?? Infinity);
    const out: JsonObject = {};
    for (let tries = 0, made = 0; made < n && tries < n * 4 + 4; tries++) {
      let k: string;
      if (enumKeys !== undefined) {
        if (enumKeys.length === 0) break;
        k = enumKeys.splice(this.random.int(0, enumKeys.length - 1), 1)[0] as string;
      } else {
        const drawn = this.value(key, depth + 1, 'key', `${path}{key}`);
        k = typeof drawn === 'string' ? drawn : String(drawn);
      }
      if (Object.prototype.hasOwnProperty.call(out, k)) continue;
      setOwn(out, k, this.item(kv[1], depth + 1, 'value', `${path}.${k}`));
      made++;
    }
    return out;
  }

  /** A length within `len`, between `from` and `to` when the bounds allow. */
  private length(len: Bounds | undefined, from: number, to: number): number {
    const lo = len?.[0] ?? 0;
    const hi = len?.[1] ?? Infinity;
    const a = Math.max(lo, Math.min(from, hi));
    const b = Math.max(a, Math.min(hi, to));
    return this.random.int(a, b);
  }

  private fits(s: string, len: Bounds | undefined, pattern: CompiledPattern | undefined): boolean {
    // Drawn text is in the basic plane: its length in code points is its length.
    if (len !== undefined && ((len[0] !== null && s.length < len[0]) || (len[1] !== null && s.length > len[1]))) return false;
    return pattern?.check === undefined || pattern.check.test(s);
  }

  private text(hint: string, shape: string | undefined, c: Constraints | undefined): string {
    const r = this.random;
    const len = c?.len;
    const pattern = c?.pattern === undefined ? undefined : compilePattern(c.pattern);
    const candidate = plausibleText(this.ctx, hint, shape) ?? plausibleName(r);
    if (this.fits(candidate, len, pattern)) return candidate;
    const [plo, phi] = pattern === undefined ? [0, Infinity] : patternLengths(pattern);
    const lo = Math.max(len?.[0] ?? 1, plo, len?.[1] === 0 ? 0 : 1);
    const hi = Math.min(len?.[1] ?? Infinity, phi);
    const pickLength = (): number => r.int(lo, Math.max(lo, Math.min(hi, lo + 15)));
    if (pattern !== undefined) {
      for (let i = 0; i < 12; i++) {
        const s = drawPattern(pattern, pickLength(), r);
        if (this.fits(s, len, pattern)) return s;
      }
    }
    // No pattern, one this reader does not know, or none of the draws
    // matched (a lookahead the draws keep breaking, a pattern that cannot
    // match): letters and digits of a length the bounds allow. A value may
    // then break such a pattern; decoding never checks patterns.
    return r.chars('abcdefghijklmnopqrstuvwxyz0123456789', Math.max(0, lo > hi ? (len?.[0] ?? lo) : pickLength()));
  }

  private number(hint: string, range: Bounds | undefined): number {
    const min = range?.[0] ?? null;
    const max = range?.[1] ?? null;
    const inRange = (n: number): boolean => (min === null || n >= min) && (max === null || n <= max);
    const candidate = plausibleNumber(this.ctx, hint);
    if (candidate !== undefined && inRange(candidate)) return candidate;
    const lo = min ?? (max !== null && max < 0 ? max - 100 : 0);
    const hi = max ?? lo + 1000;
    const a = Math.ceil(lo);
    const b = Math.floor(Math.min(hi, a + 1000));
    // Whole numbers suit every numeric shape; a range without one gets its lower bound.
    return a <= b ? this.random.int(a, b) : lo;
  }

  private timestamp(form: TimestampForm, hint: string): string | number {
    // Expirations lie ahead of the call; other times (creation, last use) behind it.
    const offset = /expir|until|end/i.test(hint) ? this.random.int(900, 12 * 3600) : -this.random.int(0, 30 * DAY);
    const seconds = this.time + offset;
    switch (form) {
      case 'java-text':
        return formatJavaUtc(new Date(seconds * 1000));
      case 'iso':
        return formatIsoUtc(new Date(seconds * 1000));
      case 'epoch-seconds':
        return seconds;
      case 'epoch-millis':
        return seconds * 1000;
      case 'iso-offset':
        // Lambda's form: milliseconds, and the offset without a colon.
        return `${new Date(seconds * 1000).toISOString().slice(0, 23)}+0000`;
      case 'iso-zoneless':
        // EC2's form: one fraction digit, no zone.
        return new Date(seconds * 1000).toISOString().slice(0, 21);
      default:
        throw new BuilderError('buildPayload', `the table of ${quoteText(this.table.name)} names the timestamp form ${quoteText(String(form))}, which the builders do not know`, []);
    }
  }
}

/**
 * A wire JSON value of one shape of a service table, drawn from `random`:
 * what CloudTrail would write for it. Lengths, ranges, simple patterns (ids,
 * ARNs), enum values and union arity are met; optional members are drawn
 * (more of them near the top); timestamps are in the service's wire form;
 * sensitive members are left out, as CloudTrail leaves them out. Recursive
 * shapes end: past `options.depth`, only required members are built. The
 * same table, shape, random state and options give the same value.
 *
 * A {@link BuilderError} when the table cannot give a value: an unknown
 * shape, or required members that lead back to their own shape.
 *
 * @example
 * import { Random, buildPayload } from 'cloudtrail-codecs/builders';
 * import type { ServiceTable } from 'cloudtrail-codecs/service-kit';
 * const table: ServiceTable = {
 *   name: 'demo',
 *   eventSource: 'demo.amazonaws.com',
 *   profile: { timestamps: 'java-text' },
 *   shapes: { Key: { s: { keyId: '!$s', createdAt: '!$t', state: '!State' } }, State: { e: ['Enabled', 'Disabled'] } },
 *   operations: {},
 *   aliases: {},
 * };
 * const key = buildPayload(table, 'Key', new Random(7)) as { keyId: string; createdAt: string; state: string };
 * ['Enabled', 'Disabled'].includes(key.state); // true
 */
export function buildPayload(table: ServiceTable, shape: string, random: Random, options: PayloadOptions = {}): JsonValue {
  const { depth, time } = options;
  // A depth that is not a small whole number would let lists of recursive shapes grow without end.
  if (depth !== undefined && !(Number.isInteger(depth) && depth >= 0 && depth <= 64)) {
    throw new BuilderError('buildPayload', 'options.depth must be a whole number from 0 to 64', ['options.depth']);
  }
  if (time !== undefined && !(time instanceof Date && Number.isFinite(time.getTime()))) {
    throw new BuilderError('buildPayload', 'options.time must be a valid Date', ['options.time']);
  }
  const builder = new PayloadBuilder(table, random, options);
  if (!isScalar(shape)) {
    builder.row(shape, '');
    if (builder.height(shape) === Infinity) {
      throw new BuilderError(
        'buildPayload',
        `no value of ${quoteText(shape)} can be built: its required members lead back to it (${requiredCycle(table, shape, heightsOf(table))})`,
        [shape],
      );
    }
  }
  return builder.value(shape, 0, '', '');
}
