import type * as t from 'io-ts';
import { literal } from '../core/scalars.js';
import type { StructCodec } from '../core/struct.js';
import type { Unrecognized } from '../core/Unrecognized.js';
import { unrecognizedString } from '../core/unrecognizedString.js';
import { cloudTrailRecordOf } from '../record/ActivityRecord.js';
import { appMeshEventSource as SOURCE } from './generated/events.js';

const event = cloudTrailRecordOf('AppMeshUnknownOperationEvent', {
  required: {
    eventSource: literal(SOURCE),
    eventName: unrecognizedString<'AppMeshEventName'>('App Mesh eventName'),
  },
});
/**
 * An App Mesh record whose `eventName` is not in the model this release was
 * generated from: an operation AWS added later. It decodes with untyped (JSON)
 * payloads rather than failing. Its `eventName` is typed
 * {@link Unrecognized}, so narrowing on known names is not disturbed.
 */
export interface AppMeshUnknownOperationEvent extends t.TypeOf<typeof event> {}
/** The wire form of {@link AppMeshUnknownOperationEvent}. */
export interface AppMeshUnknownOperationEventJson extends t.OutputOf<typeof event> {}
/** The codec of {@link AppMeshUnknownOperationEvent}. */
export interface AppMeshUnknownOperationEventC
  extends StructCodec<AppMeshUnknownOperationEvent, AppMeshUnknownOperationEventJson> {}
/**
 * Codec of {@link AppMeshUnknownOperationEvent}.
 *
 * @example
 * import { AppMeshUnknownOperationEvent } from 'cloudtrail-codecs/appmesh';
 * AppMeshUnknownOperationEvent.is({ eventName: 'CreateMeshPolicy' }); // false: the envelope is missing
 */
export const AppMeshUnknownOperationEvent: AppMeshUnknownOperationEventC = event;

export type { Unrecognized };
