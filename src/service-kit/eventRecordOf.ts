import type * as t from 'io-ts';
import { NullValue, type NullC } from '../core/nullAndAbsent.js';
import { literal, type LiteralC } from '../core/scalars.js';
import { cloudTrailRecordOf, type CloudTrailRecordOfC, type PayloadProps } from '../record/ActivityRecord.js';

// What a record has that no model describes (a service event, an agent's
// call): its request and response are null or absent unless said otherwise.
const noPayloads: { requestParameters: NullC; responseElements: NullC } = { requestParameters: NullValue, responseElements: NullValue };

/**
 * The required property codecs of {@link eventRecordOf}: the source and name
 * as literals, and `R`.
 *
 * @example
 * import { StringValue, struct } from 'cloudtrail-codecs';
 * import type { EventRecordRequired } from 'cloudtrail-codecs/service-kit';
 * type Keys = keyof EventRecordRequired<'kms.amazonaws.com', 'RotateKey', { serviceEventDetails: typeof StringValue }>;
 * const keys: Keys[] = ['eventSource', 'eventName', 'serviceEventDetails'];
 */
export type EventRecordRequired<S extends string, N extends string, R extends PayloadProps> = { eventSource: LiteralC<S>; eventName: LiteralC<N> } & R;
/**
 * The optional property codecs of {@link eventRecordOf}: null payloads,
 * except those `R` or `O` give, and `O`.
 *
 * @example
 * import type { NullC, EventRecordOptional } from 'cloudtrail-codecs/service-kit';
 * const response: EventRecordOptional<{}, {}>['responseElements'] extends NullC ? true : false = true;
 */
export type EventRecordOptional<R extends PayloadProps, O extends PayloadProps> = Omit<{ requestParameters: NullC; responseElements: NullC }, keyof R | keyof O> & O;

/**
 * The codec of a record that no model operation describes, such as a
 * service event (`eventType` `AwsServiceEvent`) or a call an agent makes
 * outside the public API: the envelope of `ActivityRecord` with
 * `eventSource` and `eventName` fixed, `requestParameters` and
 * `responseElements` null or absent, and the payloads given under
 * `required` and `optional` (which replace those defaults). The codec is
 * named `<name>Event` unless `codecName` says otherwise.
 *
 * @example
 * import { StringValue, struct } from 'cloudtrail-codecs';
 * import { eventRecordOf } from 'cloudtrail-codecs/service-kit';
 * const RotateKey = eventRecordOf('kms.amazonaws.com', 'RotateKey', {
 *   required: { serviceEventDetails: struct('KeyDetails', { keyId: StringValue }) },
 * });
 * RotateKey.name; // 'RotateKeyEvent'
 * RotateKey.fields.find((f) => f.key === 'requestParameters')?.codec.name; // 'null'
 */
export function eventRecordOf<S extends string, N extends string, R extends PayloadProps = {}, O extends PayloadProps = {}>(
  source: S,
  name: N,
  payloads: { readonly required?: R; readonly optional?: O } = {},
  codecName = `${name}Event`,
): CloudTrailRecordOfC<EventRecordRequired<S, N, R>, EventRecordOptional<R, O>> {
  const optional: Record<string, t.Mixed> = { ...noPayloads, ...payloads.optional };
  // A payload made required is no longer an optional default.
  for (const k of Object.keys(payloads.required ?? {})) delete optional[k];
  const required = { eventSource: literal(source), eventName: literal(name), ...payloads.required };
  return cloudTrailRecordOf(codecName, { required, optional }) as unknown as CloudTrailRecordOfC<EventRecordRequired<S, N, R>, EventRecordOptional<R, O>>;
}
