import * as t from 'io-ts';

/**
 * Returned by {@link WireType.parse} when the input does not fit. A symbol, so
 * it can never collide with a decoded value.
 */
export const INVALID: unique symbol = Symbol('cloudtrail-codecs/invalid');
/** The type of {@link INVALID}. */
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

/** True for values that are JSON objects: not null, not arrays. */
export function isObject(u: unknown): u is Record<string, unknown> {
  return typeof u === 'object' && u !== null && !Array.isArray(u);
}

/** The context of a child value: the parent's context plus one entry. */
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

/** A single failure at the given context. */
export function failureAt(u: unknown, c: t.Context, message?: string): t.Errors {
  return [message === undefined ? { value: u, context: c } : { value: u, context: c, message }];
}

/** Any io-ts codec that decodes from `unknown`. */
export type AnyCodec = t.Type<any, any, unknown>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Fast decode through any io-ts codec: our own codecs take the fast path,
 * foreign ones are run through `validate` with an empty context.
 */
export function parseWith<A>(codec: t.Decoder<unknown, A>, u: unknown): A | Invalid {
  if (codec instanceof WireType) return (codec as WireType<A, unknown>).parse(u);
  const r = codec.validate(u, [{ key: '', type: codec, actual: u }]);
  return r._tag === 'Right' ? r.right : INVALID;
}

/** Slow decode through any io-ts codec, for error reports. */
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
