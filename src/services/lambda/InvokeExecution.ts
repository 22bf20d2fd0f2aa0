import type * as t from 'io-ts';
import { StringValue } from '../../core/scalars.js';
import { struct, type StructCodec } from '../../core/struct.js';
import { eventRecordOf } from '../../service-kit/eventRecordOf.js';

// The model has no operation of this name; this follows the records named in
// scripts/codegen/wire/lambda.ts.
const data = struct('InvokeExecutionData', { functionVersion: StringValue }, { customerEniId: StringValue });
/**
 * `additionalEventData` of an InvokeExecution event: the version of the
 * function that ran, and the network interface it ran through, if any.
 */
export interface InvokeExecutionData extends t.TypeOf<typeof data> {}
/**
 * Codec of {@link InvokeExecutionData}.
 *
 * @example
 * import { InvokeExecutionData } from 'cloudtrail-codecs/lambda';
 * InvokeExecutionData.is({ functionVersion: 'arn:aws:lambda:us-east-1:111122223333:function:resize:14' }); // true
 */
export const InvokeExecutionData: StructCodec<InvokeExecutionData, InvokeExecutionData> = data;

const event = eventRecordOf('lambda.amazonaws.com', 'InvokeExecution', { required: { additionalEventData: data } });
/**
 * A data event Lambda records each time it runs a function that was invoked
 * asynchronously (`invocationType: "Event"`), retries included: the `Invoke`
 * record has the call, this one the version that ran. The two share a
 * `requestID`.
 */
export interface InvokeExecutionEvent extends t.TypeOf<typeof event> {}
/**
 * The wire form of {@link InvokeExecutionEvent}.
 *
 * @example
 * import type { InvokeExecutionEventJson } from 'cloudtrail-codecs/lambda';
 * const ran = (e: InvokeExecutionEventJson): string => e.additionalEventData.functionVersion;
 */
export interface InvokeExecutionEventJson extends t.OutputOf<typeof event> {}
/**
 * Codec of {@link InvokeExecutionEvent}; `LambdaEvent` decodes these records with it.
 *
 * @example
 * import { InvokeExecutionEvent } from 'cloudtrail-codecs/lambda';
 * InvokeExecutionEvent.name; // 'InvokeExecutionEvent'
 */
export const InvokeExecutionEvent: StructCodec<InvokeExecutionEvent, InvokeExecutionEventJson> = event;
