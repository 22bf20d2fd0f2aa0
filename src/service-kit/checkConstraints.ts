import { describeValue, formatPath, type Issue } from '../core/Issue.js';
import { moreIssue } from '../core/moreIssue.js';
import { stringifyJson } from '../core/stringifyJson.js';
import { ownValue } from '../core/ownValue.js';
import { MAX_ISSUES, UNREADABLE, isArray, readProperty, unreadableMessage, type ReadFailure } from '../core/WireType.js';
import { parseTarget } from './shapes.js';
import type { Bounds, ServiceTable, ShapeRow } from './table.js';

/**
 * Facts about one shape of an API model, as the code generator writes them:
 * its kind and the constraints that {@link checkConstraints} checks.
 *
 * @example
 * import { checkConstraints, type ShapeFacts } from 'cloudtrail-codecs/service-kit';
 * const Port: ShapeFacts = { kind: 'integer', range: { min: 1, max: 65535 } };
 * checkConstraints({ Port }, 'Port', 70000).map((i) => i.message); // ['(root): expected a value of 1 to 65535, got 70000']
 */
export interface ShapeFacts {
  readonly kind: string;
  readonly length?: { readonly min?: number; readonly max?: number };
  readonly range?: { readonly min?: number; readonly max?: number };
  readonly pattern?: string;
  readonly uniqueItems?: boolean;
  readonly values?: readonly string[];
  readonly member?: string;
  /** A list whose one item may stand alone on the wire: a value that is not an array is checked as the item. */
  readonly itemAlone?: boolean;
  readonly members?: { readonly [name: string]: { readonly target: string; readonly required: boolean } };
}

/**
 * A table of {@link ShapeFacts} by shape name: a model, as far as {@link checkConstraints} needs it.
 *
 * @example
 * import { checkConstraints, type ShapeTable } from 'cloudtrail-codecs/service-kit';
 * const shapes: ShapeTable = {
 *   TagKeys: { kind: 'list', member: 'TagKey', length: { max: 2 }, uniqueItems: true },
 *   TagKey: { kind: 'string', length: { min: 1, max: 128 } },
 * };
 * checkConstraints(shapes, 'TagKeys', ['env', 'env', 'team']).map((i) => i.message);
 * // ['(root): expected at most 2 items, got 3', '(root): expected unique items, got repeats']
 */
export interface ShapeTable {
  readonly [shape: string]: ShapeFacts;
}

const patterns = new Map<string, RegExp | undefined>();
function regex(source: string): RegExp | undefined {
  if (!patterns.has(source)) {
    let re: RegExp | undefined;
    try {
      re = new RegExp(source, 'u');
    } catch {
      // A pattern this engine cannot compile is left unchecked.
      re = undefined;
    }
    patterns.set(source, re);
  }
  return patterns.get(source);
}

function bounds(b: { readonly min?: number; readonly max?: number }): string {
  if (b.min !== undefined && b.max !== undefined) return b.min === b.max ? `${b.min}` : `${b.min} to ${b.max}`;
  return b.min !== undefined ? `at least ${b.min}` : `at most ${b.max ?? '?'}`;
}

function outside(n: number, b: { readonly min?: number; readonly max?: number }): boolean {
  return (b.min !== undefined && n < b.min) || (b.max !== undefined && n > b.max);
}

/**
 * Checks a decoded value against the constraints of a model shape: required
 * members, lengths, ranges, patterns, unique items, enum values and union
 * arity. Decoding deliberately does not enforce these (records of refused
 * requests break them); this tells what the service would have refused. An
 * empty list means the value meets every constraint. At most 100 issues are
 * listed, then one that counts the rest; a cyclic value is walked once.
 *
 * @example
 * import { checkConstraints } from 'cloudtrail-codecs/service-kit';
 * const shapes = {
 *   Input: { kind: 'structure', members: { name: { target: 'Name', required: true } } },
 *   Name: { kind: 'string', length: { min: 1, max: 5 } },
 * };
 * checkConstraints(shapes, 'Input', { name: 'far too long' }).map((i) => i.message);
 * // ['name: expected a length of 1 to 5, got 12']
 */
export function checkConstraints(
  shapes: ShapeTable,
  shape: string,
  value: unknown,
  at: ReadonlyArray<string | number> = [],
): Issue[] {
  const issues: Issue[] = [];
  const failure: ReadFailure = {};
  // Paths are kept as links to the parent, and spelled out only for a report:
  // copying them at every level would cost time with the depth squared.
  type Where = { readonly up: Where | undefined; readonly key: string | number } | undefined;
  const spell = (w: Where): Array<string | number> => {
    const out: Array<string | number> = [];
    for (let x = w; x !== undefined; x = x.up) out.push(x.key);
    return [...at, ...out.reverse()];
  };
  let more = 0;
  const report = (where: Where, expected: string, actual: unknown, what: string): void => {
    if (issues.length >= MAX_ISSUES) {
      more++;
      return;
    }
    const segments = spell(where);
    const path = formatPath(segments);
    issues.push({
      path,
      segments,
      expected,
      actual,
      missing: actual === undefined,
      message: `${path === '' ? '(root)' : path}: ${what}`,
    });
  };
  // An explicit stack keeps deep values from overflowing the call stack.
  const work: Array<[string, unknown, Where]> = [[shape, value, undefined]];
  // Each object is checked once per shape: a cyclic value would loop forever.
  const seen = new Map<object, Set<string>>();
  while (work.length > 0) {
    const [name, v, segs] = work.pop() as [string, unknown, Where];
    const facts = typeof name === 'string' && typeof shapes === 'object' && shapes !== null ? ownValue(shapes, name) : undefined;
    if (facts === undefined || v === null || v === undefined) continue;
    if (typeof v === 'object') {
      const shapesSeen = seen.get(v) ?? new Set<string>();
      if (shapesSeen.has(name)) continue;
      shapesSeen.add(name);
      seen.set(v, shapesSeen);
    }
    try {
      visit(facts, v, segs);
    } catch (e) {
      // A getter or Proxy trap of a value no JSON holds.
      report(segs, 'a readable value', v, unreadableMessage(e));
    }
  }
  if (more > 0) issues.push(moreIssue([...at], more));
  return issues;

  function visit(facts: ShapeFacts, v: unknown, segs: Where): void {
    if (facts.itemAlone === true && facts.member !== undefined && !isArray(v)) {
      // One item, standing for a list of one.
      if (facts.length !== undefined && outside(1, facts.length)) report(segs, `${bounds(facts.length)} items`, v, `expected ${bounds(facts.length)} items, got 1`);
      work.push([facts.member, v, segs]);
      return;
    }
    if (typeof v === 'string') {
      const n = codePoints(v);
      if (facts.length !== undefined && outside(n, facts.length)) {
        report(segs, `a length of ${bounds(facts.length)}`, v, `expected a length of ${bounds(facts.length)}, got ${n}`);
      }
      const re = facts.pattern === undefined ? undefined : regex(facts.pattern);
      if (re !== undefined && !re.test(v)) report(segs, `a match for ${facts.pattern}`, v, `expected a match for /${facts.pattern}/, got ${describeValue(v)}`);
      if (facts.values !== undefined && !facts.values.includes(v)) {
        const known = facts.values.map((x) => JSON.stringify(x)).join(' | ');
        report(segs, known, v, `expected one of ${known} (the model's values), got ${describeValue(v)}`);
      }
    } else if (typeof v === 'number') {
      if (facts.range !== undefined && outside(v, facts.range)) {
        report(segs, `a value of ${bounds(facts.range)}`, v, `expected a value of ${bounds(facts.range)}, got ${v}`);
      }
      if ((facts.kind === 'integer' || facts.kind === 'long') && !Number.isInteger(v)) {
        report(segs, 'a whole number', v, `expected a whole number, got ${v}`);
      }
    } else if (isArray(v)) {
      if (facts.length !== undefined && outside(v.length, facts.length)) {
        report(segs, `${bounds(facts.length)} items`, v, `expected ${bounds(facts.length)} items, got ${v.length}`);
      }
      if (facts.uniqueItems === true && !uniqueItems(v)) {
        report(segs, 'unique items', v, 'expected unique items, got repeats');
      }
      if (facts.member !== undefined) for (let i = v.length - 1; i >= 0; i--) work.push([facts.member, v[i], { up: segs, key: i }]);
    } else if (typeof v === 'object' && facts.members !== undefined) {
      const obj = v as Record<string, unknown>;
      const entries = Object.entries(facts.members);
      if (facts.kind === 'union') {
        const set = entries.filter(([m]) => obj[m] !== undefined && obj[m] !== null).map(([m]) => m);
        if (set.length !== 1) {
          const which = entries.map(([m]) => m).join(' | ');
          report(segs, `exactly one of ${which}`, v, `expected exactly one of ${which}, got ${set.length === 0 ? 'none' : set.join(', ')}`);
        }
      }
      for (let i = entries.length - 1; i >= 0; i--) {
        const [m, info] = entries[i] as [string, { target: string; required: boolean }];
        const child = readProperty(obj, m, true, failure);
        if (child === UNREADABLE) report({ up: segs, key: m }, info.target, undefined, unreadableMessage(failure.error));
        else if (child === undefined) {
          if (info.required) report({ up: segs, key: m }, info.target, undefined, `required by the model (${info.target}), but it is missing`);
        } else work.push([info.target, child, { up: segs, key: m }]);
      }
    }
  }
}

/** The length of a string in code points, as Smithy counts it, without an array of them. */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** True when no two items have the same JSON text; items JSON cannot write count as distinct. */
function uniqueItems(items: readonly unknown[]): boolean {
  const texts = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    let text: string;
    try {
      text = stringifyJson(items[i]);
    } catch {
      continue;
    }
    if (texts.has(text)) return false;
    texts.add(text);
  }
  return true;
}

const limitsOf = ([min, max]: Bounds): { min?: number; max?: number } => ({ ...(min === null ? {} : { min }), ...(max === null ? {} : { max }) });
// Scalar targets ($s, $n, …) have no facts: a value of any type is not checked further.
const SCALAR_KINDS: Readonly<Record<string, string>> = { $s: 'string', $n: 'number', $b: 'boolean', $t: 'timestamp', $d: 'document', $B: 'blob', $u: 'unit' };

/** One table row as {@link checkConstraints} reads it; members required on the wire are required. */
function factsOf(row: ShapeRow): ShapeFacts {
  if ('s' in row || 'u' in row) {
    const members = 's' in row ? row.s : row.u;
    const facts: Record<string, { target: string; required: boolean }> = {};
    for (const m of Object.keys(members)) {
      const target = parseTarget(members[m] as string);
      facts[m] = { target: target.name, required: target.required };
    }
    return { kind: 's' in row ? 'structure' : 'union', members: facts };
  }
  if ('e' in row) return { kind: 'enum', values: row.e };
  const c = row.c;
  const limits = {
    ...(c?.len === undefined ? {} : { length: limitsOf(c.len) }),
    ...(c?.range === undefined ? {} : { range: limitsOf(c.range) }),
    ...(c?.pattern === undefined ? {} : { pattern: c.pattern }),
    ...(c?.unique === undefined ? {} : { uniqueItems: true }),
  };
  if ('l' in row) return { kind: 'list', member: parseTarget(row.l).name, ...limits, ...(row.one === 1 ? { itemAlone: true } : {}) };
  return { kind: 'm' in row ? 'map' : (SCALAR_KINDS[row.p] ?? row.p), ...limits };
}

/**
 * A service table's shapes as {@link checkConstraints} reads them, so any
 * generated service can check what the service itself would have refused.
 *
 * @example
 * import { checkConstraints, shapeFactsOf, type ServiceTable } from 'cloudtrail-codecs/service-kit';
 * const table: ServiceTable = {
 *   name: 'things', eventSource: 'things.amazonaws.com', profile: { timestamps: 'iso' },
 *   shapes: { GetThingRequest: { s: { thingName: '!ThingName' } }, ThingName: { p: '$s', c: { len: [1, 5] } } },
 *   operations: { GetThing: { i: 'GetThingRequest' } },
 *   aliases: {},
 * };
 * checkConstraints(shapeFactsOf(table), 'GetThingRequest', { thingName: 'far too long' }).map((i) => i.message);
 * // ['thingName: expected a length of 1 to 5, got 12']
 */
export function shapeFactsOf(table: ServiceTable): ShapeTable {
  const out: Record<string, ShapeFacts> = {};
  for (const name of Object.keys(table.shapes)) out[name] = factsOf(table.shapes[name] as ShapeRow);
  return out;
}
