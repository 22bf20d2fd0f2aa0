import type * as t from 'io-ts';
import {
  ErrorCollector,
  INVALID,
  UNREADABLE,
  WireType,
  appendContext,
  encodeChild,
  encodesAsIs,
  explainWith,
  failureAt,
  isObject,
  isWireType,
  looseOf,
  parseChild,
  parseWith,
  readProperty,
  unreadableMessage,
  type Invalid,
  type ReadFailure,
} from './WireType.js';
import { encodeFailure } from './encodeFailure.js';
import { noteWireField, wireFieldOf } from './wireStamp.js';

/**
 * Codecs by property name: the `required` and `optional` arguments of {@link struct}.
 *
 * @example
 * import { DateFromIsoTimestamp, StringValue, struct, type Props } from 'cloudtrail-codecs';
 * const windowProps = { windowStart: DateFromIsoTimestamp, windowSize: StringValue } satisfies Props;
 * const TimeWindow = struct('TimeWindow', windowProps);
 * TimeWindow.is({ windowStart: new Date('2026-11-21T09:00:00Z'), windowSize: 'PT5M' }); // true
 */
export interface Props {
  readonly [key: string]: t.Mixed;
}

/**
 * The decoded type of a struct with required props `R` and optional props `O`.
 *
 * @example
 * import { DateFromIsoTimestamp, StringValue, type StructTypeOf } from 'cloudtrail-codecs';
 * const required = { windowStart: DateFromIsoTimestamp };
 * const optional = { windowSize: StringValue };
 * const window: StructTypeOf<typeof required, typeof optional> = { windowStart: new Date('2026-01-01T00:00:00Z') };
 */
export type StructTypeOf<R extends Props, O extends Props> = { [K in keyof R]: t.TypeOf<R[K]> } & {
  [K in keyof O]?: t.TypeOf<O[K]>;
};
/**
 * The wire type of a struct with required props `R` and optional props `O`.
 *
 * @example
 * import { DateFromIsoTimestamp, StringValue, type StructOutputOf } from 'cloudtrail-codecs';
 * const required = { windowStart: DateFromIsoTimestamp };
 * const optional = { windowSize: StringValue };
 * // On the wire the timestamp is text, not a Date.
 * const wire: StructOutputOf<typeof required, typeof optional> = { windowStart: '2026-01-01T00:00:00Z', windowSize: 'PT5M' };
 */
export type StructOutputOf<R extends Props, O extends Props> = { [K in keyof R]: t.OutputOf<R[K]> } & {
  [K in keyof O]?: t.OutputOf<O[K]>;
};

/**
 * One property of a struct, as the struct sees it: its key, codec, and whether it is required.
 *
 * @example
 * import { SessionIssuer, type StructField } from 'cloudtrail-codecs';
 * const describe = (f: StructField): string => `${f.key}${f.required ? '' : '?'}: ${f.codec.name}`;
 * SessionIssuer.fields.map(describe); // ['type: SessionIssuerType', 'principalId: string', …, 'userName?: string']
 */
export interface StructField {
  readonly key: string;
  readonly codec: t.Mixed;
  readonly required: boolean;
}

/**
 * A struct codec, seen through its decoded and wire types. Every record and
 * identity codec of the library is one, so their properties can be listed.
 *
 * @example
 * import { ActivityRecord, type StructCodec } from 'cloudtrail-codecs';
 * const requiredKeys = <A, O>(codec: StructCodec<A, O>): string[] => codec.fields.filter((f) => f.required).map((f) => f.key);
 * requiredKeys(ActivityRecord); // ['eventVersion', 'userIdentity', 'eventTime', 'eventSource', 'eventName', 'awsRegion']
 */
export interface StructCodec<A, O> extends WireType<A, O> {
  /** Every declared property, required ones first. */
  readonly fields: readonly StructField[];
}

/**
 * The codec returned by {@link struct}, which keeps the codecs it was made from.
 *
 * @example
 * import { StringValue, struct, type StringC, type StructC } from 'cloudtrail-codecs';
 * const Tls: StructC<{ tlsVersion: StringC }, { cipherSuite: StringC }> = struct('Tls', { tlsVersion: StringValue }, { cipherSuite: StringValue });
 * Object.keys(Tls.optional); // ['cipherSuite']
 */
export interface StructC<R extends Props, O extends Props> extends StructCodec<StructTypeOf<R, O>, StructOutputOf<R, O>> {
  readonly required: R;
  readonly optional: O;
}

/** @internal How a struct reads one member. */
export interface FieldPlan extends StructField {
  // Names such as "constructor" resolve on Object.prototype when absent, so
  // only for them is an own-property check needed.
  readonly ownCheck: boolean;
  readonly asIs: boolean;
  /** The codec when it is one of ours, for a direct call to its fast path. */
  readonly wire: WireType<unknown, unknown> | undefined;
}

const hasOwn = Object.prototype.hasOwnProperty;
const frozenParsers = new WeakMap<object, (u: unknown) => unknown>();
const ownedParsers = new WeakMap<object, (u: unknown) => unknown>();

/** @internal The struct class, which `sparseStruct` extends. */
export class StructType<R extends Props, O extends Props>
  extends WireType<StructTypeOf<R, O>, StructOutputOf<R, O>>
  implements StructC<R, O>
{
  readonly encodesAsIs: boolean;
  readonly fields: readonly FieldPlan[];
  private readonly toEncode: readonly FieldPlan[];


  constructor(
    name: string,
    readonly required: R,
    readonly optional: O,
  ) {
    const plan = (key: string, codec: t.Mixed, required: boolean): FieldPlan => ({
      key,
      codec,
      required,
      ownCheck: key in Object.prototype,
      asIs: encodesAsIs(codec),
      wire: codec instanceof WireType ? (codec as WireType<unknown, unknown>) : undefined,
    });
    const fields = [
      ...Object.keys(required).map((k) => plan(k, required[k] as t.Mixed, true)),
      ...Object.keys(optional).map((k) => plan(k, optional[k] as t.Mixed, false)),
    ];
    super(name, (u): u is StructTypeOf<R, O> => {
      if (!isObject(u)) return false;
      for (const f of fields) {
        const v = valueOf(u, f);
        if (v === undefined ? f.required : !f.codec.is(v)) return false;
      }
      return true;
    });
    this.fields = fields;
    this.toEncode = fields.filter((f) => !f.asIs);
    this.encodesAsIs = this.toEncode.length === 0;
  }

  // The parser is compiled when first used, not when the struct is made:
  // many structs (the full record codec of every service operation, the
  // loose forms) only ever explain, test or encode.
  // A frozen struct cannot take its parser as a property; it keeps it aside.
  parse(u: unknown): StructTypeOf<R, O> | Invalid {
    let parser = frozenParsers.get(this) as ((this: unknown, u: unknown) => StructTypeOf<R, O> | Invalid) | undefined;
    if (parser === undefined) {
      parser = (compileParse(this.name, this.fields) as typeof parser) ?? this.parseDeclared;
      if (Object.isExtensible(this)) this.parse = parser;
      else frozenParsers.set(this, parser);
    }
    return parser.call(this, u);
  }

  // A parser of its own, compiled on first use and kept aside (so that a
  // frozen struct has one too), never reachable through `parse`: a struct's
  // `parse` passed to `map` gets an index as its second argument. Where code
  // cannot be made, values are copied as `parse` copies them.
  override parseOwned(u: unknown): StructTypeOf<R, O> | Invalid {
    let parser = ownedParsers.get(this) as ((u: unknown) => StructTypeOf<R, O> | Invalid) | undefined;
    if (parser === undefined) {
      parser = (compileParse(this.name, this.fields, true) as typeof parser) ?? ((v) => this.parse(v));
      ownedParsers.set(this, parser);
    }
    return parser(u);
  }

  /** The member-by-member parse, which the compiled parser specialises. */
  protected parseDeclared(u: unknown): StructTypeOf<R, O> | Invalid {
    if (!isObject(u)) return INVALID;
    const fields = this.fields;
    // Copy on write: the input is never changed, and is returned as is when no
    // property decodes to a new value. The copy keeps unknown properties and
    // key order, which is what makes encode(decode(x)) equal x.
    let out: Record<string, unknown> | undefined;
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i] as FieldPlan;
      const v = f.ownCheck ? valueOf(u, f) : u[f.key];
      if (v === undefined) {
        if (f.required) return INVALID;
        continue;
      }
      const next = parseMember(u, out, f, v);
      if (next === INVALID) return INVALID;
      out = next;
    }
    return (out ?? u) as StructTypeOf<R, O>;
  }

  explain(u: unknown, c: t.Context): t.Errors {
    if (!isObject(u)) return failureAt(u, c);
    // Bounded: past 100 errors, failing properties are counted, not explained.
    const errors = new ErrorCollector();
    const failure: ReadFailure = {};
    for (const f of this.fields) {
      const v = readProperty(u, f.key, f.ownCheck, failure);
      if (v === UNREADABLE) {
        if (errors.full) errors.skip();
        else errors.add(failureAt(undefined, appendContext(c, f.key, f.codec, undefined), unreadableMessage(failure.error)));
      } else if (v === undefined) {
        if (!f.required) continue;
        if (errors.full) errors.skip();
        else errors.addOne({ value: undefined, context: appendContext(c, f.key, f.codec, undefined) });
      } else if (parseWith(f.codec, v) === INVALID) {
        if (errors.full) errors.skip();
        else errors.add(explainWith(f.codec, v, appendContext(c, f.key, f.codec, v)));
      }
    }
    return errors.result(c);
  }

  private looseForm: t.Mixed | undefined;
  /** The struct of the loose form: every member optional, read the same way as this one. */
  protected partialOf(optional: Record<string, t.Mixed>): t.Mixed {
    return new StructType(`Partial<${this.name}>`, {}, optional);
  }
  override loose(): t.Mixed {
    if (this.looseForm === undefined) {
      const optional: Record<string, t.Mixed> = {};
      for (const f of this.fields) optional[f.key] = looseOf(f.codec);
      this.looseForm = this.partialOf(optional);
    }
    return this.looseForm;
  }

  encodeValue(a: StructTypeOf<R, O>): StructOutputOf<R, O> {
    if (this.encodesAsIs) return a as unknown as StructOutputOf<R, O>;
    const src = a as Record<string, unknown>;
    let out: Record<string, unknown> | undefined;
    for (const f of this.toEncode) {
      const v = valueOf(src, f);
      if (v === undefined) continue;
      let e: unknown;
      try {
        e = f.wire !== undefined ? f.wire.encodeValue(v) : f.codec.encode(v);
      } catch (x) {
        // The error path only: put this key in front of the path below.
        throw encodeFailure(x, f.codec, v, f.key, f.wire !== undefined || isWireType(f.codec));
      }
      if (typeof v !== 'object') {
        // Give back a non-canonical spelling when the value is unchanged.
        const wire = wireFieldOf(src, f.key);
        if (wire !== undefined && parseWith(f.codec, wire) === v) e = wire;
      }
      if (e !== v) {
        if (out === undefined) out = { ...src };
        out[f.key] = e;
      }
    }
    return (out ?? src) as StructOutputOf<R, O>;
  }
}

/**
 * A parser specialised to one struct, made with `new Function`: each
 * property is read with a constant key, so the engine can cache its place,
 * and leaf checks such as `typeof v !== 'string'` are written inline. It does
 * exactly what the generic `parse` loop does; with `owned`, it writes the
 * changes into the input instead of a copy, once every member has parsed
 * (see `WireType.parseOwned`). Where code generation is not
 * allowed (a strict Content-Security-Policy, some edge runtimes), the loop is
 * used instead.
 */
export function compileParse(name: string, fields: readonly FieldPlan[], owned = false): ((u: unknown) => unknown) | undefined {
  const lines: string[] = [
    'if (typeof u !== "object" || u === null || Array.isArray(u)) return INVALID;',
    'let out, v, r;',
  ];
  fields.forEach((f, i) => {
    const key = JSON.stringify(f.key);
    lines.push(f.ownCheck ? `v = hasOwn.call(u, ${key}) ? u[${key}] : undefined;` : `v = u[${key}];`);
    const absent = f.required ? 'return INVALID;' : '';
    const inline = f.wire?.inlineInvalid();
    if (inline !== undefined) {
      lines.push(`if (v === undefined) { ${absent} } else if (${inline}) return INVALID;`);
    } else {
      lines.push(
        `if (v === undefined) { ${absent} } else {`,
        `  r = ${f.wire !== undefined ? `codecs[${i}].parse(v)` : `parseChild(codecs[${i}], v)`};`,
        '  if (r === INVALID) return INVALID;',
        '  if (r !== v) {',
        // Owned: the change, and the wire value to note when encode would not
        // give it back, wait until every member has parsed (see applyChanges).
        ...(owned
          ? [`    (out ??= []).push(${i}, r, typeof r !== "object" && encodeChild(codecs[${i}], r) !== v ? v : undefined);`]
          : [
              '    if (out === undefined) out = { ...u };',
              `    out[${key}] = r;`,
              `    if (typeof r !== "object" && encodeChild(codecs[${i}], r) !== v) noteWireField(out, ${key}, v);`,
            ]),
        '  }',
        '}',
      );
    }
  });
  lines.push(`return out === undefined ? u : ${owned ? 'applyChanges(u, out, plans)' : 'out'};`);
  try {
    const make = new Function('INVALID', 'codecs', 'parseChild', 'encodeChild', 'noteWireField', 'hasOwn', 'applyChanges', 'plans', `return function parse(u) {\n${lines.join('\n')}\n};\n//# sourceURL=${sourceName(name)}`);
    return make(INVALID, fields.map((f) => f.wire ?? f.codec), parseChild, encodeChild, noteWireField, hasOwn, applyChanges, fields) as (u: unknown) => unknown;
  } catch {
    return undefined;
  }
}

/**
 * Writes an owned parse's changes (member index, new value, wire value to
 * note or undefined; …) into the input itself. Nothing here can throw on a
 * parsed JSON object: every check ran before the first write, so a value
 * that fails is never left half changed.
 */
function applyChanges(u: Record<string, unknown>, changes: readonly unknown[], plans: readonly FieldPlan[]): Record<string, unknown> {
  for (let j = 0; j < changes.length; j += 3) {
    const key = (plans[changes[j] as number] as FieldPlan).key;
    u[key] = changes[j + 1];
    if (changes[j + 2] !== undefined) noteWireField(u, key, changes[j + 2]);
  }
  return u;
}

/** The name a compiled parser shows in profiles and stacks: `struct:<name>`, in characters that cannot end the comment. */
function sourceName(name: string): string {
  return `struct:${name.replace(/[^\w.<>:-]/g, '_').slice(0, 100)}`;
}

/**
 * @internal One member's value parsed into a struct's output, which is made
 * on the first change: a copy of the input, so unknown properties and key
 * order stay (spread defines own properties, so a "__proto__" key stays
 * data). Gives the output (still undefined when nothing changed) or INVALID.
 */
export function parseMember(u: Record<string, unknown>, out: Record<string, unknown> | undefined, f: FieldPlan, v: unknown): Record<string, unknown> | undefined | Invalid {
  const r = f.wire !== undefined ? f.wire.parse(v) : parseChild(f.codec, v);
  if (r === INVALID) return INVALID;
  if (r !== v) {
    if (out === undefined) out = { ...u };
    out[f.key] = r;
    if (typeof r !== 'object' && encodeChild(f.codec, r) !== v) noteWireField(out, f.key, v);
  }
  return out;
}

/** @internal A member's value: own only for names that Object.prototype has. */
export function valueOf(u: Record<string, unknown>, f: FieldPlan): unknown {
  return f.ownCheck && !hasOwn.call(u, f.key) ? undefined : u[f.key];
}

/**
 * A JSON object with required and optional properties.
 *
 * Unlike `t.type`, properties it does not declare are kept, on decode and on
 * encode: CloudTrail adds fields without warning, and a round trip must not
 * lose them. A property whose value is `undefined` counts as absent.
 *
 * @example
 * import { struct, StringValue } from 'cloudtrail-codecs';
 * const TlsDetails = struct('TlsDetails', { tlsVersion: StringValue }, { cipherSuite: StringValue });
 * TlsDetails.is({ tlsVersion: 'TLSv1.3', keyExchange: 'x25519' }); // true
 */
export function struct<R extends Props, O extends Props = {}>(
  name: string,
  required: R,
  optional: O = {} as O,
): StructC<R, O> {
  return new StructType(name, required, optional);
}
