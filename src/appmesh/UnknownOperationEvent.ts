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
/**
 * The wire form of {@link AppMeshUnknownOperationEvent}.
 *
 * @example
 * import { AppMeshEvent, type AppMeshUnknownOperationEventJson } from 'cloudtrail-codecs/appmesh';
 * const wire: AppMeshUnknownOperationEventJson = {
 *   eventVersion: '1.08',
 *   userIdentity: { type: 'IAMUser', accountId: '111122223333', userName: 'alice' },
 *   eventTime: '2026-01-01T00:00:00Z',
 *   eventSource: 'appmesh.amazonaws.com',
 *   eventName: 'CreateMeshPolicy', // not an operation of the model this release knows
 *   awsRegion: 'us-east-1',
 * };
 * AppMeshEvent.decode(wire)._tag; // 'Right'
 */
export interface AppMeshUnknownOperationEventJson extends t.OutputOf<typeof event> {}
/**
 * The codec of {@link AppMeshUnknownOperationEvent}.
 *
 * @example
 * import { AppMeshUnknownOperationEvent, type AppMeshUnknownOperationEventC } from 'cloudtrail-codecs/appmesh';
 * const codec: AppMeshUnknownOperationEventC = AppMeshUnknownOperationEvent;
 * const r = codec.decode({
 *   eventVersion: '1.08',
 *   userIdentity: { type: 'AWSService', invokedBy: 'appmesh.amazonaws.com' },
 *   eventTime: '2026-01-01T00:00:00Z',
 *   eventSource: 'appmesh.amazonaws.com',
 *   eventName: 'CreateMeshPolicy',
 *   awsRegion: 'us-east-1',
 *   requestParameters: { meshName: 'shop' },
 * });
 * if (r._tag === 'Right') String(r.right.eventName); // 'CreateMeshPolicy'
 */
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
