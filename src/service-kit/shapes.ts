import type * as t from 'io-ts';
import { arrayOf } from '../core/array.js';
import { DateFromEpochMillis } from '../core/DateFromEpochMillis.js';
import { DateFromEpochSeconds } from '../core/DateFromEpochSeconds.js';
import { DateFromIsoTimestamp } from '../core/DateFromIsoTimestamp.js';
import { DateFromJavaDateText } from '../core/DateFromJavaDateText.js';
import { DateFromServiceIsoText } from '../core/DateFromServiceIsoText.js';
import { clipText, quoteText } from '../core/escapeText.js';
import { exactlyOne } from '../core/exactlyOne.js';
import { JsonObject, JsonValue } from '../core/JsonValue.js';
import { openEnum, type OpenEnum, type OpenEnumC } from '../core/openEnum.js';
import { BooleanValue, NumberValue, StringValue } from '../core/scalars.js';
import { sparseStruct } from '../core/sparseStruct.js';
import {
  INVALID,
  WireType,
  encodeChild,
  encodesAsIs,
  explainWith,
  failureAt,
  looseOf,
  parseChild,
  type Invalid,
} from '../core/WireType.js';
import { oneOrList } from './oneOrList.js';
import { recordOf } from './recordOf.js';
import type { ServiceTable, ShapeRow, TimestampForm } from './table.js';

/**
 * The codec of one shape of a service table, as {@link shapeCodec} returns
 * it: a handle that builds the shape's codec when it is first used.
 *
 * @example
 * import type { ShapeC } from 'cloudtrail-codecs/service-kit';
 * const shapeName = <A, O>(codec: ShapeC<A, O>): string => codec.shape;
 */
export interface ShapeC<A, O = A> extends WireType<A, O> {
  /** The model's name of the shape, a key of the table's `shapes`. */
  readonly shape: string;
}

// ---------------------------------------------------------------------------
// Per-table state: the handles and built codecs of one table, kept as long as
// the table is.

/** @internal What the kit has made from one table; serviceEvent.ts keeps its operations here too. */
export interface TableState {
  readonly table: ServiceTable;
  readonly handles: Map<string, ShapeHandle<unknown, unknown>>;
  readonly enums: Map<string, EnumHandle<string>>;
  /** Built codecs of enum and scalar rows, which hold no other shape. */
  readonly leaves: Map<string, t.Mixed>;
  /** Sensitive-member wrappers, by target. */
  readonly hidden: Map<string, t.Mixed>;
  /** Shapes known to reach a timestamp (whose encode is not the identity), and known not to. */
  readonly timed: Set<string>;
  readonly timeFree: Set<string>;
  shapesBuilt: number;
  operationsBuilt: number;
  /** Whether each shape asked about lies on a cycle. */
  cycles?: Map<string, boolean>;
}

const states = new WeakMap<ServiceTable, TableState>();

/** @internal The state of a table, made on first use. */
export function stateOf(table: ServiceTable): TableState {
  let s = states.get(table);
  if (s === undefined) {
    s = {
      table,
      handles: new Map(),
      enums: new Map(),
      leaves: new Map(),
      hidden: new Map(),
      timed: new Set(),
      timeFree: new Set(),
      shapesBuilt: 0,
      operationsBuilt: 0,
    };
    states.set(table, s);
  }
  return s;
}

/**
 * How many codecs the kit has built so far from one table: shape codecs
 * (`shapes`) and operation variants (`operations`). Importing a service
 * builds none; decoding a record builds what its operation reaches, once.
 *
 * @example
 * import { builtCounts, type ServiceTable } from 'cloudtrail-codecs/service-kit';
 * const table: ServiceTable = {
 *   name: 'things', eventSource: 'things.amazonaws.com', profile: { timestamps: 'iso' },
 *   shapes: {}, operations: {}, aliases: {},
 * };
 * builtCounts(table); // { shapes: 0, operations: 0 }
 */
export function builtCounts(table: ServiceTable): { readonly shapes: number; readonly operations: number } {
  const s = states.get(table);
  return { shapes: s?.shapesBuilt ?? 0, operations: s?.operationsBuilt ?? 0 };
}

const hasOwn = Object.prototype.hasOwnProperty;

/** @internal The row of a shape, or undefined (also for names such as `constructor`, which only the prototype has). */
export function rowOf(table: ServiceTable, shape: string): ShapeRow | undefined {
  return hasOwn.call(table.shapes, shape) ? table.shapes[shape] : undefined;
}

/** @internal A member or item target split into its flags and the shape or scalar it names. */
export interface Target {
  readonly name: string;
  /** `!`: required on the wire. */
  readonly required: boolean;
  /** `#`: sensitive. */
  readonly sensitive: boolean;
}

/** @internal Reads the `!` and `#` flags in front of a target. */
export function parseTarget(target: string): Target {
  let i = 0;
  let required = false;
  let sensitive = false;
  for (; i < target.length; i++) {
    const ch = target[i];
    if (ch === '!') required = true;
    else if (ch === '#') sensitive = true;
    else break;
  }
  return { name: target.slice(i), required, sensitive };
}

// ---------------------------------------------------------------------------
// Leaves

const timestampCodecs: { readonly [F in TimestampForm]: t.Mixed } = {
  'java-text': DateFromJavaDateText,
  iso: DateFromIsoTimestamp,
  'epoch-seconds': DateFromEpochSeconds,
  'epoch-millis': DateFromEpochMillis,
  'iso-offset': DateFromServiceIsoText,
  'iso-zoneless': DateFromServiceIsoText,
};

/** @internal The codec of a timestamp form. */
export function timestampCodec(form: TimestampForm): t.Mixed {
  return hasOwn.call(timestampCodecs, form) ? timestampCodecs[form] : new Broken(`timestamp form ${quoteText(clipText(String(form), 40))}`, 'is no timestamp form the kit knows');
}

function scalarCodec(state: TableState, token: string, form: TimestampForm | undefined): t.Mixed {
  switch (token) {
    case '$s':
    case '$B':
      return StringValue;
    case '$n':
      return NumberValue;
    case '$b':
      return BooleanValue;
    case '$t':
      return timestampCodec(form ?? state.table.profile.timestamps);
    case '$d':
      return JsonValue;
    case '$u':
      return JsonObject;
    default:
      return new Broken(token, `is no scalar of the ${state.table.name} table`);
  }
}

/**
 * A codec that fails every value, for a target the table does not define:
 * a broken table is a bug of the generator, and is reported on the record
 * that meets it rather than thrown at import.
 */
class Broken extends WireType<unknown, unknown> {
  readonly encodesAsIs = true;
  constructor(
    what: string,
    private readonly problem: string,
  ) {
    super(what, (_u): _u is unknown => false);
  }
  parse(): Invalid {
    return INVALID;
  }
  explain(u: unknown, c: t.Context): t.Errors {
    return failureAt(u, c, `${this.name} ${this.problem}`);
  }
  encodeValue(a: unknown): unknown {
    return a;
  }
}

/** True for targets whose values are text already, so the hidden text needs no wrapper. */
function takesText(table: ServiceTable, name: string): boolean {
  if (name === '$s' || name === '$B' || name === '$d') return true;
  const row = rowOf(table, name);
  if (row === undefined) return false;
  if ('e' in row) return true;
  return 'p' in row && (row.p === '$s' || row.p === '$B' || row.p === '$d');
}

/**
 * A sensitive value: the target's codec, or the text CloudTrail writes in
 * its place, kept as it is.
 */
class OrHidden extends WireType<unknown, unknown> {
  private asIs: boolean | undefined;
  constructor(
    private readonly inner: t.Mixed,
    private readonly hidden: string,
  ) {
    super(`${inner.name} | ${JSON.stringify(hidden)}`, (u): u is unknown => u === hidden || inner.is(u));
  }
  get encodesAsIs(): boolean {
    return (this.asIs ??= encodesAsIs(this.inner));
  }
  parse(u: unknown): unknown {
    return u === this.hidden ? u : parseChild(this.inner, u);
  }
  override inlineInvalid(): string | undefined {
    const inner = this.inner instanceof WireType ? this.inner.inlineInvalid() : undefined;
    return inner === undefined ? undefined : `(v !== ${JSON.stringify(this.hidden)} && ${inner})`;
  }
  explain(u: unknown, c: t.Context): t.Errors {
    return explainWith(this.inner, u, c);
  }
  override loose(): t.Mixed {
    return new OrHidden(looseOf(this.inner), this.hidden);
  }
  encodeValue(a: unknown): unknown {
    return a === this.hidden ? a : encodeChild(this.inner, a);
  }
}

// ---------------------------------------------------------------------------
// Targets and rows

/**
 * The codec of a target: a scalar, a leaf row's codec (built now: it holds
 * no other shape), or the handle of a structure, union, list or map (built
 * when first used, which is what lets shapes refer to each other in cycles).
 */
function codecOfName(state: TableState, name: string): t.Mixed {
  if (name.startsWith('$')) return scalarCodec(state, name, undefined);
  const row = rowOf(state.table, name);
  if (row === undefined) return new Broken(`shape ${quoteText(clipText(name, 100))}`, `is not in the ${state.table.name} table`);
  if ('e' in row || 'p' in row) return leafOf(state, name, row);
  return handleOf(state, name);
}

/**
 * @internal The codec of a shape or scalar of a table, for an operation's
 * payload: built now (the operation is being built because a record of it
 * is decoded), unless the shape is recursive, so that its records skip one
 * indirection.
 */
export function payloadCodecOf(table: ServiceTable, name: string): t.Mixed {
  return resolved(codecOfName(stateOf(table), name));
}

/** Whether a shape lies on a cycle, asked once per shape and table. */
function onCycle(state: TableState, shape: string): boolean {
  const cycles = (state.cycles ??= new Map());
  let recursive = cycles.get(shape);
  if (recursive === undefined) cycles.set(shape, (recursive = isRecursive(state.table, shape)));
  return recursive;
}

/**
 * A member's codec as parsing wants it: a shape that is not recursive is
 * built with its parent (the parent is built because a value reaches it), so
 * nested values skip the handle; recursive shapes keep it, to stop the cycle.
 */
function resolved(codec: t.Mixed): t.Mixed {
  if (!(codec instanceof ShapeHandle)) return codec;
  return onCycle(codec.state, codec.shape) ? codec : codec.target();
}

/** The codec of a member or item target with its flags: a sensitive one also takes the hidden text. */
function codecOfTarget(state: TableState, target: Target): t.Mixed {
  const codec = resolved(codecOfName(state, target.name));
  const hidden = state.table.profile.hidden;
  if (!target.sensitive || hidden === undefined || takesText(state.table, target.name)) return codec;
  let wrapped = state.hidden.get(target.name);
  if (wrapped === undefined) {
    wrapped = new OrHidden(codec, hidden);
    state.hidden.set(target.name, wrapped);
  }
  return wrapped;
}

function leafOf(state: TableState, name: string, row: ShapeRow): t.Mixed {
  let codec = state.leaves.get(name);
  if (codec === undefined) {
    codec = 'e' in row ? openEnum(name, row.e) : 'p' in row ? scalarCodec(state, row.p, row.t) : JsonValue;
    state.leaves.set(name, codec);
    state.shapesBuilt++;
  }
  return codec;
}

function buildRow(state: TableState, name: string): t.Mixed {
  const row = rowOf(state.table, name);
  if (row === undefined) return codecOfName(state, name);
  if ('s' in row) {
    const required: Record<string, t.Mixed> = {};
    const optional: Record<string, t.Mixed> = {};
    for (const key of Object.keys(row.s)) {
      const target = parseTarget(row.s[key] as string);
      // A sensitive member may be left out, whatever the model says.
      if (target.required && !target.sensitive) required[key] = codecOfTarget(state, target);
      else optional[key] = codecOfTarget(state, target);
    }
    state.shapesBuilt++;
    // Sparse: a table has hundreds of structures, each run rarely, whose
    // values hold a few of many optional members.
    return sparseStruct(name, required, optional);
  }
  if ('u' in row) {
    const members: Record<string, t.Mixed> = {};
    for (const key of Object.keys(row.u)) members[key] = codecOfTarget(state, parseTarget(row.u[key] as string));
    state.shapesBuilt++;
    return exactlyOne(name, members);
  }
  if ('l' in row) {
    state.shapesBuilt++;
    const item = codecOfTarget(state, parseTarget(row.l));
    return row.one === 1 ? oneOrList(item) : arrayOf(item);
  }
  if ('m' in row) {
    state.shapesBuilt++;
    return recordOf(codecOfName(state, parseTarget(row.m[0]).name), codecOfTarget(state, parseTarget(row.m[1])));
  }
  return leafOf(state, name, row);
}

/** The targets a row refers to, flags included. */
function targetsOf(row: ShapeRow): readonly string[] {
  if ('s' in row) return Object.values(row.s);
  if ('u' in row) return Object.values(row.u);
  if ('l' in row) return [row.l];
  if ('m' in row) return [row.m[0], row.m[1]];
  if ('p' in row) return [row.p];
  return [];
}

/**
 * True when a timestamp is reachable from the shape: its values may then
 * hold Dates, and encode is not the identity. Read from the rows, so it
 * builds nothing; a search that finds none marks every shape it saw, as
 * all they reach was seen.
 */
function reachesTime(state: TableState, start: string): boolean {
  if (state.timeFree.has(start)) return false;
  if (state.timed.has(start)) return true;
  const seen = new Set<string>([start]);
  const stack: string[] = [start];
  while (stack.length > 0) {
    const name = stack.pop() as string;
    if (state.timed.has(name)) {
      state.timed.add(start);
      return true;
    }
    if (state.timeFree.has(name)) continue;
    const row = rowOf(state.table, name);
    if (row === undefined) continue;
    for (const target of targetsOf(row)) {
      const next = parseTarget(target).name;
      if (next === '$t') {
        state.timed.add(start);
        return true;
      }
      if (next.startsWith('$') || seen.has(next)) continue;
      seen.add(next);
      stack.push(next);
    }
  }
  for (const name of seen) state.timeFree.add(name);
  return false;
}

// ---------------------------------------------------------------------------
// Handles

/**
 * True when the shape reaches itself: its values may nest as deep as the
 * data does. Read from the rows; asked once per built shape.
 */
function isRecursive(table: ServiceTable, start: string): boolean {
  const seen = new Set<string>();
  const stack: string[] = [start];
  while (stack.length > 0) {
    const row = rowOf(table, stack.pop() as string);
    if (row === undefined) continue;
    for (const target of targetsOf(row)) {
      const next = parseTarget(target).name;
      if (next === start) return true;
      if (next.startsWith('$') || seen.has(next)) continue;
      seen.add(next);
      stack.push(next);
    }
  }
  return false;
}

/**
 * How deep values of recursive shapes may nest, counted in entries into a
 * recursive shape (a tree node and its list of children are two). Real
 * records stay far below it (DynamoDB, the deepest model, allows 32 levels
 * of two); past it a value fails at that point, so that decoding, and
 * explaining, hostile input costs neither the whole call stack nor time
 * that grows with the square of its depth.
 */
const MAX_DEPTH = 200;
const TOO_DEEP = `nests more than ${MAX_DEPTH} levels of recursive shapes`;
// The depth of the decode in progress; JavaScript runs one at a time, and
// `finally` keeps it right when a getter throws.
let depth = 0;

function parseDeep(codec: WireType<unknown, unknown>, u: unknown): unknown {
  if (depth >= MAX_DEPTH) return INVALID;
  depth++;
  try {
    return codec.parse(u);
  } finally {
    depth--;
  }
}

function explainDeep(codec: WireType<unknown, unknown>, u: unknown, c: t.Context): t.Errors {
  if (depth >= MAX_DEPTH) return failureAt(u, c, TOO_DEEP);
  depth++;
  try {
    return codec.explain(u, c);
  } finally {
    depth--;
  }
}

/** @internal The lazy codec of one shape; see {@link shapeCodec}. */
export class ShapeHandle<A, O> extends WireType<A, O> implements ShapeC<A, O> {
  private codec: WireType<A, O> | undefined;
  private looseForm: t.Mixed | undefined;
  /** Whether the shape is recursive, known once it is built. */
  recursive = false;

  constructor(
    readonly state: TableState,
    readonly shape: string,
  ) {
    super(shape, (u): u is A => this.target().is(u));
  }

  get encodesAsIs(): boolean {
    return !reachesTime(this.state, this.shape);
  }

  /** The shape's codec, built on first use. */
  target(): WireType<A, O> {
    return this.codec ?? this.build();
  }

  private build(): WireType<A, O> {
    const built = buildRow(this.state, this.shape);
    this.recursive = onCycle(this.state, this.shape);
    // Every codec the kit makes is a WireType; a foreign one could only come
    // from a broken table and is wrapped by nothing else.
    this.codec = built as WireType<A, O>;
    return this.codec;
  }

  parse(u: unknown): A | Invalid {
    const codec = this.codec ?? this.build();
    return this.recursive ? (parseDeep(codec as WireType<unknown, unknown>, u) as A | Invalid) : codec.parse(u);
  }

  explain(u: unknown, c: t.Context): t.Errors {
    const codec = this.target();
    return this.recursive ? explainDeep(codec as WireType<unknown, unknown>, u, c) : codec.explain(u, c);
  }

  encodeValue(a: A): O {
    return (this.codec ?? this.build()).encodeValue(a);
  }

  // Leaves are inlined into compiled struct parsers; structures, unions,
  // lists and maps are called, so asking a parent for inline code never
  // builds them.
  override inlineInvalid(): string | undefined {
    const row = rowOf(this.state.table, this.shape);
    return row !== undefined && ('e' in row || 'p' in row) ? this.target().inlineInvalid() : undefined;
  }

  // Lazy as well: the loose form of a recursive shape refers to itself.
  override loose(): t.Mixed {
    return (this.looseForm ??= new LooseHandle(this as unknown as ShapeHandle<unknown, unknown>));
  }
}

/** The loose form of a shape (see `loosen`), built when first used. */
class LooseHandle extends WireType<unknown, unknown> {
  private codec: WireType<unknown, unknown> | undefined;
  constructor(private readonly of: ShapeHandle<unknown, unknown>) {
    super(`Partial<${of.shape}>`, (u): u is unknown => this.target().is(u));
  }
  get encodesAsIs(): boolean {
    return this.of.encodesAsIs;
  }
  private target(): WireType<unknown, unknown> {
    return (this.codec ??= looseOf(this.of.target()) as WireType<unknown, unknown>);
  }
  parse(u: unknown): unknown {
    const codec = this.target();
    return this.of.recursive ? parseDeep(codec, u) : codec.parse(u);
  }
  explain(u: unknown, c: t.Context): t.Errors {
    const codec = this.target();
    return this.of.recursive ? explainDeep(codec, u, c) : codec.explain(u, c);
  }
  encodeValue(a: unknown): unknown {
    return this.target().encodeValue(a);
  }
  override loose(): t.Mixed {
    return this;
  }
}

function handleOf(state: TableState, shape: string): ShapeHandle<unknown, unknown> {
  let h = state.handles.get(shape);
  if (h === undefined) {
    h = new ShapeHandle(state, shape);
    state.handles.set(shape, h);
  }
  return h;
}

/**
 * The codec of one shape of a service table, as a handle that costs nothing
 * until it is used: the shape's codec is built on its first `decode`,
 * `is` or `encode`, once per table, together with the shapes it reaches
 * (shapes on a cycle keep a handle, which is built when a value reaches it).
 * So importing a service of a thousand shapes builds nothing, and decoding
 * one operation builds what that operation reaches.
 * Shapes may refer to each other in cycles.
 *
 * Rows become the kernel's codecs: a structure a `struct` (members it does
 * not declare are kept), a union `exactlyOne`, a list `arrayOf`, a map
 * {@link recordOf} (every key kept), an enumeration `openEnum`, a timestamp
 * the codec of its wire form. A sensitive member also takes the profile's
 * hidden text, and is never required. Constraints are not checked here.
 *
 * @example
 * import { shapeCodec, type ServiceTable, type ShapeC } from 'cloudtrail-codecs/service-kit';
 * const table: ServiceTable = {
 *   name: 'things', eventSource: 'things.amazonaws.com', profile: { timestamps: 'java-text' },
 *   shapes: { Thing: { s: { thingName: '!$s', createdAt: '$t' } } },
 *   operations: {}, aliases: {},
 * };
 * const Thing: ShapeC<{ thingName: string; createdAt?: Date }, { thingName: string; createdAt?: string }> = shapeCodec(table, 'Thing');
 * const r = Thing.decode({ thingName: 'lamp', createdAt: 'Jul 19, 2023 9:25:09 PM' });
 * if (r._tag === 'Right') r.right.createdAt?.toISOString(); // '2023-07-19T21:25:09.000Z'
 */
export function shapeCodec<A, O = A>(table: ServiceTable, shape: string): ShapeC<A, O> {
  return handleOf(stateOf(table), shape) as unknown as ShapeC<A, O>;
}

/**
 * The codec of an enumeration shape of a service table, an `openEnum`
 * (any string decodes, the model's values are `known`) made when first
 * used, like {@link shapeCodec}'s. A shape that is no enumeration gives an
 * open enumeration without known values.
 *
 * @example
 * import { enumCodec, type ServiceTable } from 'cloudtrail-codecs/service-kit';
 * const table: ServiceTable = {
 *   name: 'things', eventSource: 'things.amazonaws.com', profile: { timestamps: 'iso' },
 *   shapes: { Color: { e: ['RED', 'GREEN'] } }, operations: {}, aliases: {},
 * };
 * const Color = enumCodec<'RED' | 'GREEN'>(table, 'Color');
 * Color.isKnown('BLUE'); // false
 * Color.is('BLUE'); // true
 */
export function enumCodec<K extends string>(table: ServiceTable, shape: string): OpenEnumC<K> {
  const state = stateOf(table);
  const row = rowOf(table, shape);
  if (row === undefined || !('e' in row)) return openEnum<K>(shape, []);
  let h = state.enums.get(shape);
  if (h === undefined) {
    h = new EnumHandle<string>(state, shape);
    state.enums.set(shape, h);
  }
  return h as unknown as OpenEnumC<K>;
}

/** The lazy codec of an enumeration shape: the `openEnum` is made when first used. */
class EnumHandle<K extends string> extends ShapeHandle<OpenEnum<K>, OpenEnum<K>> implements OpenEnumC<K> {
  get known(): readonly K[] {
    return (this.target() as unknown as OpenEnumC<K>).known;
  }
  isKnown(value: string): value is K {
    return (this.target() as unknown as OpenEnumC<K>).isKnown(value);
  }
}

// ---------------------------------------------------------------------------
// Table checks

const SCALARS: ReadonlySet<string> = new Set(['$s', '$n', '$b', '$t', '$d', '$B', '$u']);
const FORMS: ReadonlySet<string> = new Set(Object.keys(timestampCodecs));
const KINDS = ['s', 'u', 'l', 'm', 'e', 'p'] as const;

/**
 * The problems of a service table, one line each; none for a sound table.
 * The kit does not check tables when it uses them (that would cost every
 * import), so a generator's tests call this: every target names a shape of
 * the table or a scalar, every row has one kind, map keys are text,
 * timestamp forms are known, operations name structures, aliases name
 * operations, and every shape is reachable from an operation.
 *
 * @example
 * import { tableProblems, type ServiceTable } from 'cloudtrail-codecs/service-kit';
 * const table: ServiceTable = {
 *   name: 'things', eventSource: 'things.amazonaws.com', profile: { timestamps: 'iso' },
 *   shapes: { GetThingRequest: { s: { thingName: '!ThingName' } } },
 *   operations: { GetThing: { i: 'GetThingRequest' } },
 *   aliases: {},
 * };
 * tableProblems(table); // ['shapes.GetThingRequest.thingName: no shape ThingName in the table']
 */
export function tableProblems(table: ServiceTable): string[] {
  const problems: string[] = [];
  const shapes = table.shapes;
  const seen = (name: string): boolean => hasOwn.call(shapes, name);
  if (!FORMS.has(table.profile.timestamps)) problems.push(`profile.timestamps: ${String(table.profile.timestamps)} is no timestamp form`);
  const checkTarget = (where: string, target: string, flags: string): void => {
    const { name, required, sensitive } = parseTarget(target);
    if ((required && !flags.includes('!')) || (sensitive && !flags.includes('#'))) problems.push(`${where}: flags not allowed here in ${target}`);
    if (name.startsWith('$')) {
      if (!SCALARS.has(name)) problems.push(`${where}: ${name} is no scalar`);
    } else if (!seen(name)) problems.push(`${where}: no shape ${name} in the table`);
  };
  for (const shape of Object.keys(shapes)) {
    const row = shapes[shape] as ShapeRow;
    const at = `shapes.${shape}`;
    const kinds = KINDS.filter((k) => hasOwn.call(row, k));
    if (kinds.length !== 1) {
      problems.push(`${at}: has ${kinds.length} kinds (${kinds.join(', ')}), not one`);
      continue;
    }
    if ('s' in row) for (const m of Object.keys(row.s)) checkTarget(`${at}.${m}`, row.s[m] as string, '!#');
    else if ('u' in row) for (const m of Object.keys(row.u)) checkTarget(`${at}.${m}`, row.u[m] as string, '#');
    else if ('l' in row) {
      checkTarget(`${at}[]`, row.l, '#');
      if ('one' in row && row.one !== 1) problems.push(`${at}: one is ${String(row.one)}, not 1`);
      // An array there could be the list or its one item: the row cannot say which.
      const item = rowOf(table, parseTarget(row.l).name);
      if (row.one === 1 && item !== undefined && 'l' in item) problems.push(`${at}: one on a list of lists, whose one item alone reads as the list`);
    } else if ('m' in row) {
      checkTarget(`${at}{key}`, row.m[0], '');
      const key = rowOf(table, row.m[0]);
      if (!(row.m[0] === '$s' || (key !== undefined && ('e' in key || ('p' in key && key.p === '$s'))))) problems.push(`${at}{key}: ${row.m[0]} is not text`);
      checkTarget(`${at}{}`, row.m[1], '#');
    } else if ('p' in row) {
      if (!SCALARS.has(row.p)) problems.push(`${at}: ${row.p} is no scalar`);
      if (row.t !== undefined && (row.p !== '$t' || !FORMS.has(row.t))) problems.push(`${at}: timestamp form ${row.t} on ${row.p}`);
    } else if (row.e.length === 0) problems.push(`${at}: an enumeration without values`);
  }
  const reached = new Set<string>();
  const reach = (start: string): void => {
    const stack = [start];
    while (stack.length > 0) {
      const name = stack.pop() as string;
      if (reached.has(name) || !seen(name)) continue;
      reached.add(name);
      for (const target of targetsOf(shapes[name] as ShapeRow)) stack.push(parseTarget(target).name);
    }
  };
  for (const op of Object.keys(table.operations)) {
    const row = table.operations[op];
    for (const [key, shape] of [['i', row?.i], ['o', row?.o]] as const) {
      if (shape === undefined) continue;
      const target = rowOf(table, shape);
      if (target === undefined || !('s' in target)) problems.push(`operations.${op}.${key}: ${shape} is not a structure of the table`);
      reach(shape);
    }
    if (row?.r !== undefined && row.r !== 1) problems.push(`operations.${op}.r: must be 1 or absent`);
    if (row?.n !== undefined && row.n !== 1) problems.push(`operations.${op}.n: must be 1 or absent`);
  }
  const extra = table.profile.additionalEventData;
  if (extra !== undefined) {
    const row = rowOf(table, extra);
    if (row === undefined || !('s' in row)) problems.push(`profile.additionalEventData: ${extra} is not a structure of the table`);
    reach(extra);
  }
  if (table.profile.versioned !== undefined && table.profile.versioned !== 1) problems.push('profile.versioned: must be 1 or absent');
  for (const alias of Object.keys(table.aliases)) {
    const op = table.aliases[alias] as string;
    if (!hasOwn.call(table.operations, op)) problems.push(`aliases.${alias}: no operation ${op}`);
    if (hasOwn.call(table.operations, alias)) problems.push(`aliases.${alias}: is an operation's own name`);
  }
  for (const shape of Object.keys(shapes)) if (!reached.has(shape)) problems.push(`shapes.${shape}: no operation reaches it`);
  return problems;
}
