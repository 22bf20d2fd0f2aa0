import * as t from 'io-ts';

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
    // constructor; route them to the methods of the subclass.
    let self: WireType<A, O> | undefined;
    super(
      name,
      is,
      (u, c) => {
        const me = self as WireType<A, O>;
        const r = me.parse(u);
        return r === INVALID ? t.failures(me.explain(u, c)) : t.success(r);
      },
      (a) => (self as WireType<A, O>).encodeValue(a),
    );
    self = this;
  }

  /**
   * io-ts's `decode`, without building a root context unless there is an
   * error to explain.
   */
  override decode(u: unknown): t.Validation<A> {
    const r = this.parse(u);
    return r === INVALID ? t.failures(this.explain(u, [{ key: '', type: this, actual: u }])) : t.success(r);
  }

  /** Fast decode: the decoded value, or {@link INVALID}. Never throws. */
  abstract parse(u: unknown): A | Invalid;

  /**
   * Slow decode, called only when `parse` returned {@link INVALID}: every
   * problem, each with the context that leads to it.
   */
  abstract explain(u: unknown, c: t.Context): t.Errors;

  /** Encode a decoded value back to its wire form. */
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
  return typeof u === 'object' && u !== null && !Array.isArray(u);
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
  if (codec instanceof WireType) return (codec as WireType<A, unknown>).parse(u);
  const r = codec.validate(u, [{ key: '', type: codec, actual: u }]);
  return r._tag === 'Right' ? r.right : INVALID;
}

/**
 * Slow decode through any io-ts codec, for error reports: every problem, each
 * with its context.
 *
 * @example
 * import { NumberValue, formatErrors } from 'cloudtrail-codecs';
 * import { explainWith } from 'cloudtrail-codecs/service-kit';
 * formatErrors(explainWith(NumberValue, 'x', [{ key: '', type: NumberValue, actual: 'x' }])); // ['(root): expected number, got "x"']
 */
export function explainWith(codec: t.Decoder<unknown, unknown>, u: unknown, c: t.Context): t.Errors {
  if (codec instanceof WireType) return codec.explain(u, c);
  const r = codec.validate(u, c);
  return r._tag === 'Left' ? r.left : [];
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
