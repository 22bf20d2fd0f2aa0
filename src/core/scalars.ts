import { leaf } from './leaf.js';
import { INVALID, type WireType } from './WireType.js';

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

// A JSON type checked with `typeof`, the same check inline and on the fast path.
function scalar<A>(kind: 'string' | 'number' | 'boolean'): WireType<A, A> {
  return leaf({ name: kind, parse: (u) => (typeof u === kind ? (u as A) : INVALID), inline: `typeof v !== '${kind}'` });
}

/**
 * Any string.
 *
 * @example
 * import { StringValue } from 'cloudtrail-codecs';
 * StringValue.is('us-east-1'); // true
 */
export const StringValue: StringC = scalar('string');

/**
 * Any number (CloudTrail writes numbers such as `9.82222E-5` in Insights).
 *
 * @example
 * import { NumberValue } from 'cloudtrail-codecs';
 * NumberValue.is(5.0); // true
 */
export const NumberValue: NumberC = scalar('number');

/**
 * A JSON boolean, as in `readOnly` and `managementEvent`.
 *
 * @example
 * import { BooleanValue } from 'cloudtrail-codecs';
 * BooleanValue.is(true); // true
 */
export const BooleanValue: BooleanC = scalar('boolean');

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

/**
 * Exactly the given string.
 *
 * @example
 * import { literal } from 'cloudtrail-codecs';
 * literal('AwsCloudTrailInsight').is('AwsCloudTrailInsight'); // true
 */
export function literal<L extends string>(value: L): LiteralC<L> {
  const json = JSON.stringify(value);
  return leaf({ name: json, parse: (u) => (u === value ? value : INVALID), inline: `v !== ${json}` }, { value });
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

/**
 * One of a few literals, kept exactly as written (no conversion).
 *
 * @example
 * import { literalUnion } from 'cloudtrail-codecs';
 * const Flag = literalUnion(['true', 'false', true, false]);
 * Flag.is('true'); // true
 */
export function literalUnion<const L extends string | boolean>(values: readonly L[]): LiteralUnionC<L> {
  return leaf({ name: values.map((v) => JSON.stringify(v)).join(' | '), parse: (u) => (values.includes(u as L) ? (u as L) : INVALID) }, { values });
}
