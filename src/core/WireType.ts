import * as t from 'io-ts';
import { encodeFailure } from './encodeFailure.js';
import { clipText, escapeText } from './escapeText.js';
import { standardPropsOf, type StandardSchemaProps } from './standardSchema.js';
import { UNREADABLE, readProperty, type ReadFailure } from './readProperty.js';

export { UNREADABLE, readProperty, type ReadFailure };

/**
 * Returned by {@link WireType.parse} when the input does not fit. A symbol, so
 * it can never collide with a decoded value.
 *
 * @example
 * import { INVALID, StringValue } from 'cloudtrail-codecs';
 * StringValue.parse(42) === INVALID; // true
 * StringValue.parse('us-east-1') === INVALID; // false
 */
export const INVALID: unique symbol = Symbol('cloudtrail-codecs/invalid');
/**
 * The type of {@link INVALID}: what a fast-path `parse` answers besides a decoded value.
 *
 * @example
 * import { INVALID, NumberValue, type Invalid } from 'cloudtrail-codecs';
 * const r: number | Invalid = NumberValue.parse(9.82222e-5);
 * if (r !== INVALID) r.toFixed(6); // '0.000098'
 */
export type Invalid = typeof INVALID;

/**
 * Base class of every codec in this library.
 *
 * io-ts builds a context array for every value it visits, even when nothing is
 * wrong. CloudTrail logs are large and almost always valid, so each codec here
 * has two decoders: `parse`, a fast path that allocates nothing for errors and
 * answers {@link INVALID} on the first problem, and `explain`, the slow path that
 * is run only after `parse` failed and reports every problem with its context.
 * `validate` (the io-ts entry point) combines the two, so a `WireType` is an
 * ordinary io-ts codec to the outside.
 *
 * @typeParam A - the decoded type
 * @typeParam O - the wire (encoded) type
 *
 * @example
 * import type * as t from 'io-ts';
 * import { INVALID, WireType, type Invalid } from 'cloudtrail-codecs';
 * // A port number that a service writes as text: "443" decodes to 443.
 * class PortFromText extends WireType<number, string> {
 *   readonly encodesAsIs = false;
 *   constructor() {
 *     super('port as text', (u): u is number => Number.isInteger(u));
 *   }
 *   parse(u: unknown): number | Invalid {
 *     return typeof u === 'string' && /^\d{1,5}$/.test(u) ? Number(u) : INVALID;
 *   }
 *   explain(u: unknown, c: t.Context): t.Errors {
 *     return [{ value: u, context: c }];
 *   }
 *   encodeValue(a: number): string {
 *     return String(a);
 *   }
 * }
 * new PortFromText().decode('443'); // right(443)
 */
export abstract class WireType<A, O = A> extends t.Type<A, O, unknown> {
  /** True when `encode` returns its input unchanged, so parents can skip it. */
  abstract readonly encodesAsIs: boolean;

  constructor(name: string, is: t.Is<A>) {
    // io-ts stores validate/encode as instance fields taken from the
    // constructor; route them to the methods of the subclass. These are the
    // public entry points, and each is guarded here, once for the whole
    // value: a getter that throws, a revoked Proxy or a value no JSON holds
    // becomes a failure with a path (or `false`, or an EncodeError), never
    // an exception of its own. Codecs of this library call each other's
    // unguarded methods (`parse`, `encodeValue`) while recursing, so a valid
    // value pays for one guard, not one per level.
    let self: WireType<A, O> | undefined;
    super(
      name,
      (u): u is A => {
        try {
          return is(u);
        } catch {
          return false;
        }
      },
      (u, c) => {
        const me = self as WireType<A, O>;
        const r = parseWith(me, u);
        return r === INVALID ? t.failures(explainWith(me, u, c)) : t.success(r);
      },
      (a) => encodeEntry(self as WireType<A, O>, a),
    );
    self = this;
  }

  /**
   * io-ts's `decode`, without building a root context unless there is an
   * error to explain.
   */
  override decode(u: unknown): t.Validation<A> {
    const r = parseWith(this, u);
    return r === INVALID ? t.failures(explainWith(this, u, [{ key: '', type: this, actual: u }])) : t.success(r);
  }

  /**
   * Fast decode: the decoded value, or {@link INVALID}. It does not guard
   * against values no JSON holds (a getter that throws, a revoked Proxy),
   * and may then throw: call it through `decode`, `validate` or `parseWith`,
   * which do.
   */
  abstract parse(u: unknown): A | Invalid;

  /**
   * `parse` for a value the caller owns: parsed from text a moment ago and
   * held by nobody else. A codec may reuse the value's own object for the
   * result instead of a copy; a value that fails is left as it was.
   */
  parseOwned(u: unknown): A | Invalid {
    return this.parse(u);
  }

  /**
   * Slow decode, called only when `parse` returned {@link INVALID}: every
   * problem, each with the context that leads to it.
   */
  abstract explain(u: unknown, c: t.Context): t.Errors;

  /**
   * Encode a decoded value back to its wire form, unguarded: `encode` is
   * the entry point that turns any exception into a located EncodeError.
   */
  abstract encodeValue(a: A): O;

  /**
   * A JavaScript expression, over the variable `v`, that is true when `v` is
   * not a valid value; only for codecs that decode a value to itself. Struct
   * parsers compiled at run time inline it instead of calling `parse`.
   * `undefined` when the codec cannot be inlined.
   */
  inlineInvalid(): string | undefined {
    return undefined;
  }

  /**
   * Standard Schema v1: `validate` decodes as `decode` does and answers the
   * value or the issues with their paths, so any Standard Schema consumer
   * (Powertools' parser, tRPC, form libraries) takes this codec as it is.
   */
  get '~standard'(): StandardSchemaProps<O, A> {
    return standardPropsOf<A, O>(this);
  }

  /**
   * The same codec with every required member made optional, at every depth
   * (the `loosen` function). Leaves are their own loose form.
   */
  loose(): t.Mixed {
    return this;
  }
}

/**
 * True for values that are JSON objects: not null, not arrays.
 *
 * @example
 * import { isObject } from 'cloudtrail-codecs/service-kit';
 * isObject({ a: 1 }); // true
 * isObject([1]); // false
 */
export function isObject(u: unknown): u is Record<string, unknown> {
  if (typeof u !== 'object' || u === null) return false;
  try {
    return !Array.isArray(u);
  } catch {
    // A revoked Proxy: nothing of it can be read, so it is no object to decode.
    return false;
  }
}

/**
 * `Array.isArray` that answers `false` for a revoked Proxy instead of
 * throwing, as `Array.isArray` does.
 */
export function isArray(u: unknown): u is unknown[] {
  try {
    return Array.isArray(u);
  } catch {
    return false;
  }
}

/**
 * The message of a value that could not be read because reading it threw
 * `e` (a getter or a Proxy trap). Only the error's name is shown (escaped
 * and cut): its message may hold anything.
 */
export function unreadableMessage(e: unknown): string {
  const name = errorName(e);
  // The engine's RangeError is the stack or a size limit: say so, as its name alone would not.
  return name === 'RangeError' ? 'could not be read: it is too large or too deeply nested (RangeError)' : `could not be read: ${name}`;
}

/** The name of a thrown value, escaped and cut; `an exception` when it has none that can be read. */
export function errorName(e: unknown): string {
  let name = 'an exception';
  try {
    if (e instanceof Error && typeof e.name === 'string' && e.name !== '') name = e.name;
  } catch {
    // The thrown value is itself hostile (a Proxy); keep the generic name.
  }
  return escapeText(clipText(name, 100));
}

// ---------------------------------------------------------------------------
// Bounded reports

/**
 * The most problems one report lists: a decode, a record of a log file, a
 * `t.Errors` from any codec of this library. Problems past it are counted,
 * not explained, so that one hostile record costs neither gigabytes of
 * messages nor the time to write them.
 */
export const MAX_ISSUES = 100;

/**
 * Unreadable items in a row after which the rest of an array is taken to be
 * unreadable too. Items that JSON made can always be read, so only an array
 * behind a Proxy gets here; without the bound, one that claims four billion
 * items would take hours, or all memory, to report item by item.
 */
export const MAX_UNREADABLE_RUN = 1_000;

/** True for a number that an array's length can be. */
export function isArrayLength(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 2 ** 32 - 1;
}

const MORE: unique symbol = Symbol('cloudtrail-codecs/more');

/** The number of problems a summary entry of a `t.Errors` stands for; `undefined` for a problem. */
export function omittedCount(e: t.ValidationError): number | undefined {
  const n = (e as { readonly [MORE]?: unknown })[MORE];
  return typeof n === 'number' ? n : undefined;
}

/** The text of the last entry of a cut report. */
export function moreIssuesText(n: number): string {
  return `… and at least ${n} more issue${n === 1 ? '' : 's'}, not shown`;
}

/**
 * Collects the errors of the parts of one value, up to {@link MAX_ISSUES};
 * past that, parts are counted instead of explained. Errors are added one by
 * one (never spread as arguments), so the call stack does not grow with
 * their number.
 */
export class ErrorCollector {
  private readonly errors: t.ValidationError[] = [];
  private more = 0;

  /** True when no more errors are kept: explaining another part would be wasted work. */
  get full(): boolean {
    return this.errors.length >= MAX_ISSUES;
  }

  add(errors: t.Errors): void {
    for (let i = 0; i < errors.length; i++) this.addOne(errors[i] as t.ValidationError);
  }

  addOne(e: t.ValidationError): void {
    const n = omittedCount(e);
    if (n !== undefined) this.more += n;
    else if (this.errors.length < MAX_ISSUES) this.errors.push(e);
    else this.more++;
  }

  /** A part that failed and was not explained: at least one more problem. */
  skip(): void {
    this.more++;
  }

  /** The errors, with a last entry counting the rest (its path is `c`'s) when some were left out. */
  result(c: t.Context): t.Errors {
    if (this.more > 0) this.errors.push({ value: this.more, context: c, message: moreIssuesText(this.more), [MORE]: this.more } as t.ValidationError);
    return this.errors;
  }
}

/** `errors` cut to {@link MAX_ISSUES} with a count of the rest, as an {@link ErrorCollector} would. */
export function boundErrors(errors: t.Errors, c: t.Context): t.Errors {
  if (errors.length <= MAX_ISSUES && !errors.some((e) => omittedCount(e) !== undefined)) return errors;
  const col = new ErrorCollector();
  col.add(errors);
  return col.result(c);
}

/**
 * The context of a child value: the parent's context plus one entry. Error
 * paths are read from these entries.
 *
 * @example
 * import { StringValue } from 'cloudtrail-codecs';
 * import { appendContext, failureAt } from 'cloudtrail-codecs/service-kit';
 * const root = [{ key: '', type: StringValue, actual: { name: 1 } }];
 * failureAt(1, appendContext(root, 'name', StringValue, 1)); // one error at path `name`
 */
export function appendContext(
  c: t.Context,
  key: string,
  type: t.Decoder<unknown, unknown>,
  actual: unknown,
): t.Context {
  const n = c.length;
  const out: t.ContextEntry[] = new Array(n + 1);
  for (let i = 0; i < n; i++) out[i] = c[i] as t.ContextEntry;
  out[n] = { key, type, actual };
  return out;
}

/**
 * A single failure at the given context, with an optional message that
 * replaces the usual "expected …, got …".
 *
 * @example
 * import { StringValue, formatErrors } from 'cloudtrail-codecs';
 * import { failureAt } from 'cloudtrail-codecs/service-kit';
 * formatErrors(failureAt(42, [{ key: '', type: StringValue, actual: 42 }])); // ['(root): expected string, got 42']
 */
export function failureAt(u: unknown, c: t.Context, message?: string): t.Errors {
  return [message === undefined ? { value: u, context: c } : { value: u, context: c, message }];
}

/** Any io-ts codec that decodes from `unknown`. */
export type AnyCodec = t.Type<any, any, unknown>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Fast decode through any io-ts codec: our own codecs take the fast path,
 * foreign ones are run through `validate` with an empty context.
 *
 * @example
 * import * as t from 'io-ts';
 * import { INVALID, StringValue } from 'cloudtrail-codecs';
 * import { parseWith } from 'cloudtrail-codecs/service-kit';
 * parseWith(StringValue, 'x'); // 'x'
 * parseWith(t.number, 'x') === INVALID; // true
 */
export function parseWith<A>(codec: t.Decoder<unknown, A>, u: unknown): A | Invalid {
  try {
    return parseChild(codec, u);
  } catch {
    // A getter or Proxy trap threw somewhere inside: explain finds where.
    return INVALID;
  }
}

/** {@link parseWith} of a value the caller owns (see `WireType.parseOwned`). */
export function parseOwnedWith<A>(codec: t.Decoder<unknown, A>, u: unknown): A | Invalid {
  try {
    return parseOwnedChild(codec, u);
  } catch {
    return INVALID;
  }
}

/**
 * {@link parseWith} without the guard, for a codec's `parse` calling its
 * parts: an exception goes up to the entry point that was called (`decode`,
 * `validate`, `parseWith`), which answers INVALID and explains.
 */
export function parseChild<A>(codec: t.Decoder<unknown, A>, u: unknown): A | Invalid {
  if (codec instanceof WireType) return (codec as WireType<A, unknown>).parse(u);
  const r = codec.validate(u, [{ key: '', type: codec, actual: u }]);
  return r._tag === 'Right' ? r.right : INVALID;
}

/** {@link parseChild} of a value the caller owns (see `WireType.parseOwned`). */
export function parseOwnedChild<A>(codec: t.Decoder<unknown, A>, u: unknown): A | Invalid {
  return codec instanceof WireType ? (codec as WireType<A, unknown>).parseOwned(u) : parseChild(codec, u);
}

/**
 * Slow decode through any io-ts codec, for error reports: every problem, each
 * with its context, up to a bound (100) past which problems are counted in a
 * last entry. An exception thrown while reading the value (a getter, a
 * Proxy) becomes a problem at `c`, and so does a value that failed the fast
 * path but in which the slow path finds nothing (it changed while being
 * read): a failure always comes with at least one problem.
 *
 * @example
 * import { NumberValue, formatErrors } from 'cloudtrail-codecs';
 * import { explainWith } from 'cloudtrail-codecs/service-kit';
 * formatErrors(explainWith(NumberValue, 'x', [{ key: '', type: NumberValue, actual: 'x' }])); // ['(root): expected number, got "x"']
 */
export function explainWith(codec: t.Decoder<unknown, unknown>, u: unknown, c: t.Context): t.Errors {
  let errors: t.Errors;
  try {
    if (codec instanceof WireType) errors = codec.explain(u, c);
    else {
      const r = codec.validate(u, c);
      errors = r._tag === 'Left' ? r.left : [];
    }
    if (errors.length > 0) return boundErrors(errors, c);
  } catch (e) {
    return failureAt(u, c, unreadableMessage(e));
  }
  return failureAt(u, c, CHANGED_WHILE_READ);
}

/**
 * A codec as a {@link WireType}: itself when it is one, else an adapter
 * whose fast path runs the codec's `validate`. Parents that keep a codec for
 * their hot path hold it in this form, so each call is a plain `parse`
 * rather than an `instanceof` test per value.
 */
export function asWireType<A, O>(codec: t.Type<A, O, unknown>): WireType<A, O> {
  return codec instanceof WireType ? (codec as WireType<A, O>) : new Foreign(codec);
}

class Foreign<A, O> extends WireType<A, O> {
  readonly encodesAsIs = false;
  constructor(private readonly inner: t.Type<A, O, unknown>) {
    super(inner.name, (u): u is A => inner.is(u));
  }
  parse(u: unknown): A | Invalid {
    const r = this.inner.validate(u, [{ key: '', type: this.inner, actual: u }]);
    return r._tag === 'Right' ? r.right : INVALID;
  }
  explain(u: unknown, c: t.Context): t.Errors {
    const r = this.inner.validate(u, c);
    return r._tag === 'Left' ? r.left : [];
  }
  encodeValue(a: A): O {
    return this.inner.encode(a);
  }
}

/** The problem of a value that failed once and passed when read again: a getter or Proxy that answers differently each time. */
export const CHANGED_WHILE_READ = 'could not be read consistently: it gave different answers when read twice';

/**
 * Encode through any io-ts codec without the guard of `encode`, for a codec's
 * `encodeValue` calling its parts.
 */
export function encodeChild<A, O>(codec: t.Encoder<A, O>, a: A): O {
  return codec instanceof WireType ? (codec as WireType<A, O>).encodeValue(a) : codec.encode(a);
}

/** The guarded `encode` of every codec: any exception becomes an {@link EncodeError} located in `a`. */
function encodeEntry<A, O>(codec: WireType<A, O>, a: A): O {
  try {
    return codec.encodeValue(a);
  } catch (e) {
    throw encodeFailure(e, codec, a);
  }
}

// The brand of a codec of this library, from the process-wide symbol
// registry, so that a codec of another copy of the package is known too.
const WIRE_TYPE = Symbol.for('cloudtrail-codecs/wire-type');
Object.defineProperty(WireType.prototype, WIRE_TYPE, { value: true });

/** True for a codec of this library, from this copy of the package or another (the ESM and the CommonJS build). */
export function isWireType(codec: unknown): boolean {
  if (codec instanceof WireType) return true;
  try {
    return typeof codec === 'object' && codec !== null && (codec as { [WIRE_TYPE]?: unknown })[WIRE_TYPE] === true;
  } catch {
    return false;
  }
}

/** True when the codec's encode is known to return its input unchanged. */
export function encodesAsIs(codec: t.Type<unknown, unknown, unknown>): boolean {
  if (codec instanceof WireType) return codec.encodesAsIs;
  return codec.encode === t.identity;
}

/** The loose form of any codec; foreign io-ts codecs are their own. */
export function looseOf(codec: t.Mixed): t.Mixed {
  return codec instanceof WireType ? codec.loose() : codec;
}
