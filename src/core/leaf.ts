import type * as t from 'io-ts';
import { INVALID, WireType, failureAt, type Invalid } from './WireType.js';

/**
 * What {@link leaf} makes a codec from: a codec of one value that has no
 * parts (a string, a literal, a timestamp), so it has one way to fail.
 *
 * @example
 * import { INVALID } from 'cloudtrail-codecs';
 * import type { LeafSpec } from 'cloudtrail-codecs/service-kit';
 * const port: LeafSpec<number, string> = {
 *   name: 'port as text',
 *   parse: (u) => (typeof u === 'string' && /^\d{1,5}$/.test(u) ? Number(u) : INVALID),
 *   is: (u) => Number.isInteger(u),
 *   encode: String,
 * };
 * port.encode?.(443); // '443'
 */
export interface LeafSpec<A, O> {
  /** The codec's name, which error messages give as what was expected. */
  readonly name: string;
  /**
   * The fast path: the decoded value, or {@link INVALID}. It becomes the
   * codec's own `parse`, called with no wrapper on every value.
   */
  readonly parse: (u: unknown) => A | Invalid;
  /**
   * io-ts's `is`, on decoded values. Leave it out when values decode to
   * themselves: `is` then asks `parse`.
   */
  readonly is?: (u: unknown) => boolean;
  /** The wire form of a decoded value. Leave it out when values are written as they are. */
  readonly encode?: (a: A) => O;
  /**
   * The message of a rejected value, in place of "expected <name>, got …";
   * `undefined` keeps that one.
   */
  readonly message?: (u: unknown) => string | undefined;
  /**
   * A JavaScript expression over `v`, true when `v` is invalid, that compiled
   * struct parsers write inline instead of calling `parse` (see
   * `WireType.inlineInvalid`). Only for values that decode to themselves.
   */
  readonly inline?: string;
}

const asIs = <A>(a: A): A => a;

// One class for every leaf: the codecs differ in the functions they hold,
// not in their shape, so a call site that meets several of them stays
// monomorphic. `parse` and `encodeValue` are the spec's functions
// themselves, assigned to the instance: no wrapper runs per value.
class Leaf<A, O> extends WireType<A, O> {
  readonly encodesAsIs: boolean;
  declare parse: (u: unknown) => A | Invalid;
  declare encodeValue: (a: A) => O;
  private readonly spec: LeafSpec<A, O>;

  constructor(spec: LeafSpec<A, O>) {
    const { parse, encode } = spec;
    super(spec.name, (spec.is ?? ((u) => parse(u) !== INVALID)) as t.Is<A>);
    this.parse = parse;
    this.encodeValue = encode ?? (asIs as (a: A) => O);
    this.encodesAsIs = encode === undefined;
    this.spec = spec;
  }

  explain(u: unknown, c: t.Context): t.Errors {
    return failureAt(u, c, this.spec.message?.(u));
  }

  override inlineInvalid(): string | undefined {
    return this.spec.inline;
  }
}

/**
 * Makes a leaf codec, one with no parts: a fast `parse`, an `explain` that
 * reports the one problem at the value's path, and `encode`. Every scalar,
 * literal, timestamp and open-string codec of the library is made with it.
 * With `extra`, the codec also carries those properties (a literal's
 * `value`, an enumeration's `known`).
 *
 * @example
 * import { INVALID } from 'cloudtrail-codecs';
 * import { leaf } from 'cloudtrail-codecs/service-kit';
 * // A port that a service writes as text: "443" decodes to 443.
 * const PortFromText = leaf<number, string>({
 *   name: 'port as text',
 *   parse: (u) => (typeof u === 'string' && /^\d{1,5}$/.test(u) ? Number(u) : INVALID),
 *   is: (u) => Number.isInteger(u),
 *   encode: String,
 * });
 * PortFromText.decode('443'); // right(443)
 * PortFromText.encode(8080); // '8080'
 */
export function leaf<A, O = A>(spec: LeafSpec<A, O>): WireType<A, O>;
export function leaf<A, O, X extends object>(spec: LeafSpec<A, O>, extra: X): WireType<A, O> & X;
export function leaf<A, O>(spec: LeafSpec<A, O>, extra?: object): WireType<A, O> {
  return Object.assign(new Leaf(spec), extra);
}
