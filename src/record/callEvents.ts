import type * as t from 'io-ts';
import { loosen, type LooseC } from '../core/loosen.js';
import { nullable, type NullableC } from '../core/nullable.js';
import { Absent, NullValue, type AbsentC, type NullC } from '../core/nullAndAbsent.js';
import { literal, type LiteralC } from '../core/scalars.js';
import { taggedUnion, type TaggedUnionC } from '../core/taggedUnion.js';
import { cloudTrailRecordOf, type CloudTrailRecordOfC, type PayloadProps } from './ActivityRecord.js';

/**
 * What every failed call has: `errorCode`, `errorMessage`, or both. Failed-call
 * types include it, which also keeps a successful call (that has neither) from
 * looking like a failed one to TypeScript.
 *
 * @example
 * import type { HasError } from 'cloudtrail-codecs/service-kit';
 * type DeleteThingFailed = { eventName: 'DeleteThing'; errorCode?: string; errorMessage?: string } & HasError;
 * const refused: DeleteThingFailed = { eventName: 'DeleteThing', errorCode: 'AccessDenied' };
 * // const bad: DeleteThingFailed = { eventName: 'DeleteThing' }; // error: neither errorCode nor errorMessage
 */
export type HasError = { errorCode: string } | { errorMessage: string };

/**
 * True for a record of a call that failed: it has `errorCode` or `errorMessage`.
 *
 * @example
 * import type { ActivityRecord } from 'cloudtrail-codecs';
 * import { isFailedCall } from 'cloudtrail-codecs/service-kit';
 * declare const records: ActivityRecord[];
 * const refusals = records.filter(isFailedCall).map((r) => `${r.eventName}: ${r.errorCode ?? r.errorMessage ?? ''}`);
 * isFailedCall({ errorMessage: 'User is not authorized' }); // true
 */
export function isFailedCall(record: object): boolean {
  const r = record as { readonly errorCode?: unknown; readonly errorMessage?: unknown };
  return r.errorCode !== undefined || r.errorMessage !== undefined;
}

/**
 * The fixed part of a successful call of one operation: its `eventSource` and `eventName` literals.
 *
 * @example
 * import { literal } from 'cloudtrail-codecs';
 * import type { SucceededCallProps } from 'cloudtrail-codecs/service-kit';
 * const fixed: SucceededCallProps<'things.amazonaws.com', 'DeleteThing'> = {
 *   eventSource: literal('things.amazonaws.com'),
 *   eventName: literal('DeleteThing'),
 * };
 */
export type SucceededCallProps<S extends string, N extends string> = {
  eventSource: LiteralC<S>;
  eventName: LiteralC<N>;
};
/**
 * A successful call has neither `errorCode` nor `errorMessage`: the codecs that say so.
 *
 * @example
 * import { Absent, succeededCallOf, type NoErrorProps } from 'cloudtrail-codecs/service-kit';
 * const noError: NoErrorProps = { errorCode: Absent, errorMessage: Absent };
 * // succeededCallOf adds these to every successful-call codec.
 * const ListThings = succeededCallOf('ListThingsSucceeded', 'things.amazonaws.com', 'ListThings', {});
 * ListThings.fields.filter((f) => f.key in noError).map((f) => f.key); // ['errorCode', 'errorMessage']
 */
export type NoErrorProps = { errorCode: AbsentC; errorMessage: AbsentC };

/**
 * The codec returned by {@link succeededCallOf}.
 *
 * @example
 * import { struct, StringValue } from 'cloudtrail-codecs';
 * import { succeededCallOf, type SucceededCallC } from 'cloudtrail-codecs/service-kit';
 * const required = { requestParameters: struct('DeleteThingInput', { thingName: StringValue }) };
 * const DeleteThingSucceeded: SucceededCallC<'things.amazonaws.com', 'DeleteThing', typeof required, {}> =
 *   succeededCallOf('DeleteThingSucceeded', 'things.amazonaws.com', 'DeleteThing', { required });
 */
export type SucceededCallC<S extends string, N extends string, R extends PayloadProps, O extends PayloadProps> =
  CloudTrailRecordOfC<SucceededCallProps<S, N> & R, NoErrorProps & O>;

/**
 * The record of a successful call of one operation: `eventSource` and
 * `eventName` are fixed, `errorCode` and `errorMessage` absent, and the
 * payloads typed as given.
 *
 * @example
 * import { struct, StringValue } from 'cloudtrail-codecs';
 * import { succeededCallOf } from 'cloudtrail-codecs/service-kit';
 * const DeleteThing = succeededCallOf('DeleteThingSucceeded', 'things.amazonaws.com', 'DeleteThing', {
 *   required: { requestParameters: struct('DeleteThingInput', { thingName: StringValue }) },
 * });
 */
export function succeededCallOf<
  S extends string,
  N extends string,
  R extends PayloadProps = {},
  O extends PayloadProps = {},
>(
  name: string,
  eventSource: S,
  eventName: N,
  payloads: { readonly required?: R; readonly optional?: O },
): SucceededCallC<S, N, R, O> {
  return cloudTrailRecordOf(name, {
    required: { eventSource: literal(eventSource), eventName: literal(eventName), ...payloads.required } as SucceededCallProps<S, N> & R,
    optional: { errorCode: Absent, errorMessage: Absent, ...payloads.optional } as NoErrorProps & O,
  });
}

/**
 * The codec returned by {@link failedCallOf}.
 *
 * @example
 * import { struct, StringValue } from 'cloudtrail-codecs';
 * import { failedCallOf, type FailedCallC } from 'cloudtrail-codecs/service-kit';
 * const Input = struct('DeleteThingInput', { thingName: StringValue });
 * const DeleteThingFailed: FailedCallC<'things.amazonaws.com', 'DeleteThing', typeof Input> =
 *   failedCallOf('DeleteThingFailed', 'things.amazonaws.com', 'DeleteThing', Input);
 * declare const json: unknown;
 * const r = DeleteThingFailed.decode(json);
 * if (r._tag === 'Right') r.right.requestParameters?.thingName; // string | undefined
 */
export type FailedCallC<S extends string, N extends string, I extends t.Mixed> = CloudTrailRecordOfC<
  SucceededCallProps<S, N>,
  { requestParameters: NullableC<LooseC<t.TypeOf<I>, t.OutputOf<I>>>; responseElements: NullC }
>;

/**
 * The record of a failed call of one operation: it has `errorCode` or
 * `errorMessage`, `responseElements` is `null` or absent, and
 * `requestParameters` is typed loosely (see {@link loosen}), because the
 * service may have refused it for breaking the model.
 *
 * @example
 * import { struct, StringValue } from 'cloudtrail-codecs';
 * import { failedCallOf } from 'cloudtrail-codecs/service-kit';
 * const DeleteThingFailed = failedCallOf('DeleteThingFailed', 'things.amazonaws.com', 'DeleteThing',
 *   struct('DeleteThingInput', { thingName: StringValue }));
 */
export function failedCallOf<S extends string, N extends string, I extends t.Mixed>(
  name: string,
  eventSource: S,
  eventName: N,
  input: I,
): FailedCallC<S, N, I> {
  return cloudTrailRecordOf(name, {
    required: { eventSource: literal(eventSource), eventName: literal(eventName) },
    optional: { requestParameters: nullable(loosen(input)), responseElements: NullValue },
  }) as FailedCallC<S, N, I>;
}

/**
 * The record of any call of one operation: the failed-call codec for records
 * with `errorCode` or `errorMessage`, the successful-call codec otherwise,
 * chosen by {@link taggedUnion} so that errors come from the chosen one only.
 *
 * @example
 * import { struct, StringValue } from 'cloudtrail-codecs';
 * import { callEventOf, succeededCallOf, failedCallOf } from 'cloudtrail-codecs/service-kit';
 * const Input = struct('DeleteThingInput', { thingName: StringValue });
 * const DeleteThingEvent = callEventOf(
 *   'DeleteThingEvent',
 *   succeededCallOf('DeleteThingSucceeded', 'things.amazonaws.com', 'DeleteThing', { required: { requestParameters: Input } }),
 *   failedCallOf('DeleteThingFailed', 'things.amazonaws.com', 'DeleteThing', Input),
 * );
 */
export function callEventOf<S extends t.Mixed, F extends t.Mixed>(
  name: string,
  succeeded: S,
  failed: F,
): TaggedUnionC<t.TypeOf<S> | (t.TypeOf<F> & HasError), t.OutputOf<S> | (t.OutputOf<F> & HasError)> {
  // The failed branch is taken only when errorCode or errorMessage is set:
  // that is what HasError states.
  return taggedUnion(name, 'errorCode', { succeeded, failed }, {
    tagOf: (u) => (isFailedCall(u) ? 'failed' : 'succeeded'),
  }) as TaggedUnionC<t.TypeOf<S> | (t.TypeOf<F> & HasError), t.OutputOf<S> | (t.OutputOf<F> & HasError)>;
}
