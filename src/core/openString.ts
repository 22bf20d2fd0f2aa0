import { describeValue } from './describeValue.js';
import { EncodeError } from './encodeResult.js';
import { leaf } from './leaf.js';
import { decodedValueMessage } from './wireChecks.js';
import { INVALID, type Invalid, type WireType } from './WireType.js';

/**
 * A codec made by {@link openString}: any string decodes, and the values
 * known at build time are kept as data.
 *
 * @example
 * import { openString, type OpenStringC } from 'cloudtrail-codecs/service-kit';
 * const Tier: OpenStringC<'Standard' | 'Advanced'> = openString('Tier', ['Standard', 'Advanced']);
 * Tier.isKnown('Intelligent-Tiering'); // false
 */
export interface OpenStringC<Known extends string, A = string, O = string> extends WireType<A, O> {
  /** The values listed at build time, in their documented order. */
  readonly known: readonly Known[];
  /** True when the value is one of {@link known}. */
  isKnown(value: string): value is Known;
}

/**
 * For an {@link openString} whose known texts stand for values of another
 * type, as `"true"` stands for `true`: how to read and write them.
 *
 * @example
 * import { INVALID } from 'cloudtrail-codecs';
 * import type { KnownValues } from 'cloudtrail-codecs/service-kit';
 * const onOff: KnownValues<boolean> = {
 *   what: 'a boolean',
 *   is: (u) => typeof u === 'boolean',
 *   read: (s) => (s === 'on' ? true : s === 'off' ? false : INVALID),
 *   write: (b) => (b ? 'on' : 'off'),
 * };
 * onOff.write(true); // 'on'
 */
export interface KnownValues<V> {
  /** The values, for encode errors: `a boolean`. */
  readonly what: string;
  /** True for the values (not the text): io-ts's `is`, and the test of what encode may write. */
  readonly is: (u: unknown) => boolean;
  /** The value a text stands for, or {@link INVALID} for text that decodes to itself. */
  readonly read: (s: string) => V | Invalid;
  /** The text of a value. */
  readonly write: (v: V) => string;
}

/**
 * The one open-string codec of the library: any string decodes, so a value
 * AWS adds later never costs a record, and `known` lists the values known at
 * build time. Without `values`, every string decodes to itself (as
 * `openEnum`, `openTag` and `unrecognizedString` do); with it, the texts it
 * reads decode to their values and encode back through `write`, and any
 * other text still decodes to itself (as `BooleanText` does). A value of
 * the decoded type passed to decode is reported as what it likely is, a
 * decoded value written with `JSON.stringify`.
 *
 * `A` and `O` are the decoded and wire types the caller declares: the codec
 * cannot check them, so the public codecs built on this name them.
 *
 * @example
 * import { openString } from 'cloudtrail-codecs/service-kit';
 * const Tier = openString('Tier', ['Standard', 'Advanced']);
 * Tier.decode('Intelligent-Tiering')._tag; // 'Right'
 * Tier.decode(3)._tag; // 'Left'
 * Tier.known; // ['Standard', 'Advanced']
 */
export function openString<Known extends string, A = string, O = string, V = never>(
  name: string,
  known: readonly Known[],
  values?: KnownValues<V>,
): OpenStringC<Known, A, O> {
  const set = new Set<string>(known);
  const extra = { known, isKnown: (v: string): v is Known => set.has(v) };
  if (values === undefined) {
    return leaf<A, O, typeof extra>(
      { name, parse: (u) => (typeof u === 'string' ? (u as A) : INVALID), inline: "typeof v !== 'string'" },
      extra,
    );
  }
  const { is, read, write } = values;
  return leaf<A, O, typeof extra>(
    {
      name,
      parse: (u) => {
        if (typeof u !== 'string') return INVALID;
        const v = read(u);
        return (v === INVALID ? u : v) as A;
      },
      is: (u) => typeof u === 'string' || is(u),
      message: (u) => (is(u) ? decodedValueMessage(name, u) : undefined),
      encode: (a) => {
        if (typeof a === 'string') return a as O;
        if (is(a)) return write(a as unknown as V) as O;
        throw new EncodeError(`expected ${values.what} or text to write as ${name}, got ${describeValue(a)}`, a);
      },
    },
    extra,
  );
}
