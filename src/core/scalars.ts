import type * as t from 'io-ts';
import { INVALID, WireType, failureAt, type Invalid } from './WireType.js';

/**
 * The codec of JSON strings; same meaning as `t.string`, on the fast path.
 *
 * @example
 * import { StringValue, arrayOf, type StringC } from 'cloudtrail-codecs';
 * const Name: StringC = StringValue;
 * arrayOf(Name).is(['alice', 'bob']); // true
 */
export interface StringC extends WireType<string, string> {}
/**
 * The codec of JSON numbers; same meaning as `t.number`, on the fast path.
 *
 * @example
 * import { NumberValue, struct, type NumberC } from 'cloudtrail-codecs';
 * const Average: NumberC = NumberValue;
 * struct('Statistic', { average: Average }).is({ average: 9.82222e-5 }); // true
 */
export interface NumberC extends WireType<number, number> {}
/**
 * The codec of JSON booleans; same meaning as `t.boolean`, on the fast path.
 *
 * @example
 * import { BooleanValue, struct, type BooleanC } from 'cloudtrail-codecs';
 * const Flag: BooleanC = BooleanValue;
 * struct('Flags', {}, { readOnly: Flag }).is({ readOnly: 'true' }); // false: here the wire has a JSON boolean
 */
export interface BooleanC extends WireType<boolean, boolean> {}

class ScalarType<A extends string | number | boolean> extends WireType<A, A> {
  readonly encodesAsIs = true;
  constructor(
    name: string,
    private readonly kind: 'string' | 'number' | 'boolean',
  ) {
    super(name, (u): u is A => typeof u === kind);
  }
  parse(u: unknown): A | Invalid {
    return typeof u === this.kind ? (u as A) : INVALID;
  }
  override inlineInvalid(): string {
    return `typeof v !== '${this.kind}'`;
  }
  explain(u: unknown, c: t.Context): t.Errors {
    return failureAt(u, c);
  }
  encodeValue(a: A): A {
    return a;
  }
}

/**
 * Any string.
 *
 * @example
 * import { StringValue } from 'cloudtrail-codecs';
 * StringValue.is('us-east-1'); // true
 */
export const StringValue: StringC = new ScalarType<string>('string', 'string');

/**
 * Any number (CloudTrail writes numbers such as `9.82222E-5` in Insights).
 *
 * @example
 * import { NumberValue } from 'cloudtrail-codecs';
 * NumberValue.is(5.0); // true
 */
export const NumberValue: NumberC = new ScalarType<number>('number', 'number');

/**
 * A JSON boolean, as in `readOnly` and `managementEvent`.
 *
 * @example
 * import { BooleanValue } from 'cloudtrail-codecs';
 * BooleanValue.is(true); // true
 */
export const BooleanValue: BooleanC = new ScalarType<boolean>('boolean', 'boolean');

/**
 * The codec of one string literal; `value` is the literal itself.
 *
 * @example
 * import { literal, type LiteralC } from 'cloudtrail-codecs';
 * const Insight: LiteralC<'AwsCloudTrailInsight'> = literal('AwsCloudTrailInsight');
 * Insight.value; // 'AwsCloudTrailInsight'
 */
export interface LiteralC<L extends string> extends WireType<L, L> {
  readonly value: L;
}

class LiteralType<L extends string> extends WireType<L, L> implements LiteralC<L> {
  readonly encodesAsIs = true;
  constructor(readonly value: L) {
    super(JSON.stringify(value), (u): u is L => u === value);
  }
  parse(u: unknown): L | Invalid {
    return u === this.value ? this.value : INVALID;
  }
  override inlineInvalid(): string {
    return `v !== ${JSON.stringify(this.value)}`;
  }
  explain(u: unknown, c: t.Context): t.Errors {
    return failureAt(u, c);
  }
  encodeValue(a: L): L {
    return a;
  }
}

/**
 * Exactly the given string.
 *
 * @example
 * import { literal } from 'cloudtrail-codecs';
 * literal('AwsCloudTrailInsight').is('AwsCloudTrailInsight'); // true
 */
export function literal<L extends string>(value: L): LiteralC<L> {
  return new LiteralType(value);
}

/**
 * The codec of a fixed set of string or boolean literals, kept as they are; `values` lists them.
 *
 * @example
 * import { literalUnion, type LiteralUnionC } from 'cloudtrail-codecs';
 * const AssumedRoot: LiteralUnionC<'true' | 'false' | boolean> = literalUnion(['true', 'false', true, false]);
 * AssumedRoot.values.length; // 4
 */
export interface LiteralUnionC<L extends string | boolean> extends WireType<L, L> {
  readonly values: readonly L[];
}

class LiteralUnionType<L extends string | boolean> extends WireType<L, L> implements LiteralUnionC<L> {
  readonly encodesAsIs = true;
  constructor(readonly values: readonly L[]) {
    super(values.map((v) => JSON.stringify(v)).join(' | '), (u): u is L => values.includes(u as L));
  }
  parse(u: unknown): L | Invalid {
    return this.values.includes(u as L) ? (u as L) : INVALID;
  }
  explain(u: unknown, c: t.Context): t.Errors {
    return failureAt(u, c);
  }
  encodeValue(a: L): L {
    return a;
  }
}

/**
 * One of a few literals, kept exactly as written (no conversion).
 *
 * @example
 * import { literalUnion } from 'cloudtrail-codecs';
 * const Flag = literalUnion(['true', 'false', true, false]);
 * Flag.is('true'); // true
 */
export function literalUnion<const L extends string | boolean>(values: readonly L[]): LiteralUnionC<L> {
  return new LiteralUnionType(values);
}
