import type { DeepPartial } from '../core/loosen.js';
import type { Unrecognized } from '../core/Unrecognized.js';
import type { Issue } from '../core/Issue.js';
import type { ActivityRecord, ActivityRecordJson } from '../record/ActivityRecord.js';
import type { HasError } from '../record/callEvents.js';

// Types only, except the `departures` key. They are interfaces over fixed
// types, so a service of 600 operations costs the checker one small
// interface per variant, not a mapped type over its whole union.

/**
 * The text CloudTrail writes in place of a sensitive value. A sensitive member
 * of a service payload is typed `T | Hidden` (for text members this is just
 * `string`), and is always optional: CloudTrail may also leave it out.
 *
 * @example
 * import type { Hidden } from 'cloudtrail-codecs/service-kit';
 * const shown = (secret: { value: number } | Hidden): string => (secret === 'HIDDEN_DUE_TO_SECURITY_REASONS' ? 'hidden' : String(secret.value));
 * shown('HIDDEN_DUE_TO_SECURITY_REASONS'); // 'hidden'
 */
export type Hidden = 'HIDDEN_DUE_TO_SECURITY_REASONS';

/**
 * The key of the issues a {@link DepartedCall} carries: a non-enumerable
 * property, so JSON, spreads and encode leave it out. The key comes from the
 * process-wide symbol registry, so the ESM and CommonJS builds share it.
 *
 * @example
 * import { departures } from 'cloudtrail-codecs/service-kit';
 * departures === Symbol.for('cloudtrail-codecs/departures'); // true
 */
export const departures: unique symbol = Symbol.for('cloudtrail-codecs/departures');

/** The record properties a call variant states itself: the source, the name, the outcome and the payloads. */
type CallKey = 'eventSource' | 'eventName' | 'errorCode' | 'errorMessage' | 'requestParameters' | 'responseElements';

/**
 * The envelope of a call of a service: every property of
 * {@link ActivityRecord} except the event source and name, the error fields
 * and the two payloads, which each call variant types itself.
 *
 * @example
 * import type { CallEnvelope } from 'cloudtrail-codecs/service-kit';
 * const region = (call: CallEnvelope): string => call.awsRegion;
 */
export interface CallEnvelope extends Omit<ActivityRecord, CallKey> {}
/**
 * The wire form of {@link CallEnvelope}.
 *
 * @example
 * import type { CallEnvelopeJson } from 'cloudtrail-codecs/service-kit';
 * const eventTimeText = (call: CallEnvelopeJson): string => call.eventTime; // text on the wire
 */
export interface CallEnvelopeJson extends Omit<ActivityRecordJson, CallKey> {}

/**
 * A successful call of one operation of service `S` (its `eventSource`),
 * recorded under the event name `N` (the operation, or one of its aliases).
 * A generated service module extends it with its typed `requestParameters`
 * and `responseElements`.
 *
 * @example
 * import type { SucceededCall } from 'cloudtrail-codecs/service-kit';
 * interface GetThingSucceeded extends SucceededCall<'things.amazonaws.com', 'GetThing'> {
 *   requestParameters: { thingName: string };
 *   responseElements?: { thing: { createdAt: Date } } | null;
 * }
 * const created = (e: GetThingSucceeded): Date | undefined => e.responseElements?.thing.createdAt;
 */
export interface SucceededCall<S extends string, N extends string> extends CallEnvelope {
  eventSource: S;
  eventName: N;
  errorCode?: never;
  errorMessage?: never;
}
/**
 * The wire form of {@link SucceededCall}.
 *
 * @example
 * import type { SucceededCallJson } from 'cloudtrail-codecs/service-kit';
 * interface GetThingSucceededJson extends SucceededCallJson<'things.amazonaws.com', 'GetThing'> {
 *   requestParameters: { thingName: string };
 * }
 * const thing = (e: GetThingSucceededJson): string => e.requestParameters.thingName;
 */
export interface SucceededCallJson<S extends string, N extends string> extends CallEnvelopeJson {
  eventSource: S;
  eventName: N;
  errorCode?: never;
  errorMessage?: never;
}

/**
 * The properties of a failed call of one operation, whose input type is `R`
 * (`null` for an operation without input): the request typed loosely
 * ({@link DeepPartial}: the service may have refused it for breaking the
 * model), no response. {@link FailedCall} adds that an error is set.
 *
 * @example
 * import type { FailedCallRecord } from 'cloudtrail-codecs/service-kit';
 * type DeleteThingFailedRecord = FailedCallRecord<'things.amazonaws.com', 'DeleteThing', { thingName: string }>;
 * const thing = (e: DeleteThingFailedRecord): string | undefined => e.requestParameters?.thingName;
 */
export interface FailedCallRecord<S extends string, N extends string, R> extends CallEnvelope {
  eventSource: S;
  eventName: N;
  errorCode?: string;
  errorMessage?: string;
  requestParameters?: DeepPartial<R> | null;
  responseElements?: null;
}
/**
 * The wire form of {@link FailedCallRecord}, for the wire type `R` of the input.
 *
 * @example
 * import type { FailedCallRecordJson } from 'cloudtrail-codecs/service-kit';
 * type DeleteThingFailedRecordJson = FailedCallRecordJson<'things.amazonaws.com', 'DeleteThing', { thingName: string }>;
 * const code = (e: DeleteThingFailedRecordJson): string | undefined => e.errorCode;
 */
export interface FailedCallRecordJson<S extends string, N extends string, R> extends CallEnvelopeJson {
  eventSource: S;
  eventName: N;
  errorCode?: string;
  errorMessage?: string;
  requestParameters?: DeepPartial<R> | null;
  responseElements?: null;
}

/**
 * A failed call of one operation: `errorCode` or `errorMessage` is set, the
 * request (input type `R`) is typed loosely and there is no response.
 *
 * @example
 * import type { FailedCall } from 'cloudtrail-codecs/service-kit';
 * type DeleteThingFailed = FailedCall<'things.amazonaws.com', 'DeleteThing', { thingName: string }>;
 * const refused: DeleteThingFailed = {
 *   eventVersion: '1.08',
 *   userIdentity: { type: 'AWSService', invokedBy: 'things.amazonaws.com' },
 *   eventTime: new Date('2026-01-01T00:00:00Z'),
 *   eventSource: 'things.amazonaws.com',
 *   eventName: 'DeleteThing',
 *   awsRegion: 'us-east-1',
 *   errorCode: 'AccessDenied',
 *   requestParameters: {},
 * };
 */
export type FailedCall<S extends string, N extends string, R> = FailedCallRecord<S, N, R> & HasError;
/**
 * The wire form of {@link FailedCall}, for the wire type `R` of the input.
 *
 * @example
 * import type { FailedCallJson } from 'cloudtrail-codecs/service-kit';
 * type DeleteThingFailedJson = FailedCallJson<'things.amazonaws.com', 'DeleteThing', { thingName: string }>;
 * const why = (e: DeleteThingFailedJson): string => e.errorCode ?? e.errorMessage ?? '';
 */
export type FailedCallJson<S extends string, N extends string, R> = FailedCallRecordJson<S, N, R> & HasError;

/**
 * A call of a known operation whose payloads depart from the model (a member
 * of another type, a timestamp in another form, a required member missing):
 * the record as {@link ActivityRecord} decodes it, payloads untyped, with
 * the departures as issues under the {@link departures} key. The record is
 * kept, and encodes back to its exact input; the type makes callers handle it.
 *
 * @example
 * import { departures, type DepartedCall } from 'cloudtrail-codecs/service-kit';
 * const where = (e: DepartedCall<'things.amazonaws.com', 'GetThing'>): string[] => e[departures].map((i) => i.path);
 */
export interface DepartedCall<S extends string, N extends string> extends ActivityRecord {
  eventSource: S;
  eventName: N;
  readonly [departures]: readonly Issue[];
}
/**
 * The wire form of {@link DepartedCall}: the record as it came.
 *
 * @example
 * import type { DepartedCallJson } from 'cloudtrail-codecs/service-kit';
 * const payload = (e: DepartedCallJson<'things.amazonaws.com', 'GetThing'>): unknown => e.responseElements;
 */
export interface DepartedCallJson<S extends string, N extends string> extends ActivityRecordJson {
  eventSource: S;
  eventName: N;
}

/**
 * A record of service `S` whose `eventName` is no operation (nor alias) of
 * the model this release was generated from: an operation AWS added later.
 * Its payloads are untyped JSON. `eventName` is typed {@link Unrecognized}
 * (in `Domain`) so that comparing it with known names still narrows.
 *
 * @example
 * import type { UnknownOperationCall } from 'cloudtrail-codecs/service-kit';
 * const nameOf = (e: UnknownOperationCall<'things.amazonaws.com'>): string => String(e.eventName);
 */
export interface UnknownOperationCall<S extends string, Domain extends string = 'EventName'>
  extends Omit<ActivityRecord, 'eventSource' | 'eventName'> {
  eventSource: S;
  eventName: Unrecognized<Domain>;
}
/**
 * The wire form of {@link UnknownOperationCall}.
 *
 * @example
 * import type { UnknownOperationCallJson } from 'cloudtrail-codecs/service-kit';
 * const nameOf = (e: UnknownOperationCallJson<'things.amazonaws.com'>): string => e.eventName;
 */
export interface UnknownOperationCallJson<S extends string> extends ActivityRecordJson {
  eventSource: S;
  eventName: string;
}

