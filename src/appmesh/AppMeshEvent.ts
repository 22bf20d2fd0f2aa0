import type * as t from 'io-ts';
import { taggedUnion } from '../core/taggedUnion.js';
import { INVALID, WireType, appendContext, failureAt, isObject, type Invalid } from '../core/WireType.js';
import { describeValue } from '../errors/Issue.js';
import { isFailedCall } from '../record/callEvents.js';
import {
  appMeshEventSource as SOURCE,
  appMeshOperationEvents,
  type AppMeshFailedCall,
  type AppMeshOperationEvent,
  type AppMeshOperationEventJson,
  type AppMeshSucceededCall,
} from './generated/events.js';
import type { AppMeshOperationName } from './generated/operations.js';
import {
  StreamAggregatedResourcesEvent,
  type StreamAggregatedResourcesEventJson,
} from './StreamAggregatedResources.js';
import { AppMeshUnknownOperationEvent, type AppMeshUnknownOperationEventJson } from './UnknownOperationEvent.js';

/**
 * The `eventName`s of App Mesh records: the 38 operations and `StreamAggregatedResources`.
 *
 * @example
 * import { appMeshEventNames, type AppMeshEventName } from 'cloudtrail-codecs/appmesh';
 * const changes: AppMeshEventName[] = appMeshEventNames.filter((name) => /^(Create|Update|Delete)/.test(name));
 * changes.length; // 21
 */
export type AppMeshEventName = AppMeshOperationName | 'StreamAggregatedResources';

/**
 * The record codec of every App Mesh event, by `eventName`.
 *
 * @example
 * import { appMeshEvents } from 'cloudtrail-codecs/appmesh';
 * declare const json: unknown;
 * // Only CreateMesh records: one event's codec, without the lookup on eventName.
 * const r = appMeshEvents.CreateMesh.decode(json);
 */
export const appMeshEvents = {
  ...appMeshOperationEvents,
  StreamAggregatedResources: StreamAggregatedResourcesEvent,
} as const;

/**
 * The 39 App Mesh `eventName`s, in alphabetical order.
 *
 * @example
 * import { appMeshEventNames } from 'cloudtrail-codecs/appmesh';
 * appMeshEventNames.length; // 39
 * appMeshEventNames.includes('StreamAggregatedResources'); // true
 */
export const appMeshEventNames: readonly AppMeshEventName[] = (Object.keys(appMeshEvents) as AppMeshEventName[]).sort();

/**
 * Any App Mesh record: a call of one of the 38 operations (successful or
 * failed), a StreamAggregatedResources service event, or a record of an
 * operation added after this release. Narrow on `eventName`, then with
 * {@link isSucceededCall} or {@link isFailedAppMeshCall}.
 */
export type AppMeshEvent = AppMeshOperationEvent | StreamAggregatedResourcesEvent | AppMeshUnknownOperationEvent;
/**
 * The wire form of {@link AppMeshEvent}.
 *
 * @example
 * import { AppMeshEvent, type AppMeshEventJson } from 'cloudtrail-codecs/appmesh';
 * import { buildAppMeshEvent } from 'cloudtrail-codecs/builders';
 * const wire: AppMeshEventJson = buildAppMeshEvent('DescribeMesh', undefined, { seed: 1 });
 * const r = AppMeshEvent.decode(wire);
 * if (r._tag === 'Right') JSON.stringify(AppMeshEvent.encode(r.right)) === JSON.stringify(wire); // true
 */
export type AppMeshEventJson =
  | AppMeshOperationEventJson
  | StreamAggregatedResourcesEventJson
  | AppMeshUnknownOperationEventJson;

/**
 * The codec of {@link AppMeshEvent}.
 *
 * @example
 * import { formatErrors } from 'cloudtrail-codecs';
 * import { AppMeshEvent, type AppMeshEventC } from 'cloudtrail-codecs/appmesh';
 * const codec: AppMeshEventC = AppMeshEvent;
 * const r = codec.decode({ eventSource: 's3.amazonaws.com', eventName: 'PutObject' });
 * if (r._tag === 'Left') formatErrors(r.left); // ['eventSource: is s3.amazonaws.com, not appmesh.amazonaws.com']
 */
export interface AppMeshEventC extends WireType<AppMeshEvent, AppMeshEventJson> {}

const byName = taggedUnion<AppMeshEvent, AppMeshEventJson>('AppMeshEvent', 'eventName', appMeshEvents, {
  unrecognized: AppMeshUnknownOperationEvent,
});

class AppMeshEventType extends WireType<AppMeshEvent, AppMeshEventJson> implements AppMeshEventC {
  readonly encodesAsIs = byName.encodesAsIs;
  constructor() {
    super('AppMeshEvent', (u): u is AppMeshEvent => byName.is(u));
  }
  parse(u: unknown): AppMeshEvent | Invalid {
    return isObject(u) && u['eventSource'] === SOURCE ? byName.parse(u) : INVALID;
  }
  explain(u: unknown, c: t.Context): t.Errors {
    if (!isObject(u)) return failureAt(u, c);
    const source = u['eventSource'];
    if (source !== SOURCE) {
      const at = appendContext(c, 'eventSource', this, source);
      if (source === undefined) return [{ value: undefined, context: at, message: `expected ${SOURCE}, but it is missing` }];
      // A short, one-line rendering, whatever the value (a huge or odd string, a BigInt).
      const shown = typeof source === 'string' && source.length <= 80 && !/[\u0000-\u001f]/.test(source) ? source : describeValue(source);
      return failureAt(source, at, `is ${shown}, not ${SOURCE}`);
    }
    return byName.explain(u, c);
  }
  encodeValue(a: AppMeshEvent): AppMeshEventJson {
    return byName.encode(a);
  }
}

/**
 * Codec of {@link AppMeshEvent}, for records whose `eventSource` is
 * `appmesh.amazonaws.com`. The event codec is found by a table lookup on
 * `eventName`, and errors name only that event's problems; a record from
 * another service fails with `eventSource: is s3.amazonaws.com, not
 * appmesh.amazonaws.com`.
 *
 * @example
 * import { AppMeshEvent, isSucceededCall } from 'cloudtrail-codecs/appmesh';
 * declare const json: unknown;
 * const r = AppMeshEvent.decode(json);
 * if (r._tag === 'Right') {
 *   const e = r.right;
 *   if (e.eventName === 'CreateRoute' && isSucceededCall(e)) {
 *     e.requestParameters.spec.httpRoute?.action.weightedTargets; // WeightedTarget[] | undefined
 *     e.responseElements.route.metadata.createdAt; // Date
 *   }
 * }
 */
export const AppMeshEvent: AppMeshEventC = new AppMeshEventType();

const knownOperations: ReadonlySet<string> = new Set(Object.keys(appMeshOperationEvents));

/**
 * True for a successful call of an operation of the model: no `errorCode`, no
 * `errorMessage`. Narrows, with or without a prior `eventName` check, to the
 * `…Succeeded` types, whose request and response are fully typed.
 *
 * @example
 * import { isSucceededCall, type AppMeshEvent } from 'cloudtrail-codecs/appmesh';
 * declare const e: AppMeshEvent;
 * if (e.eventName === 'DeleteMesh' && isSucceededCall(e)) e.responseElements.mesh.status.status; // 'DELETED' | …
 */
export function isSucceededCall<E extends AppMeshEvent>(e: E): e is Extract<E, AppMeshSucceededCall> {
  return typeof e.eventName === 'string' && knownOperations.has(e.eventName) && !isFailedCall(e);
}

/**
 * True for a failed call of an operation of the model (`errorCode` or
 * `errorMessage` set); narrows to the `…Failed` types.
 *
 * @example
 * import { isFailedAppMeshCall, type AppMeshEvent } from 'cloudtrail-codecs/appmesh';
 * declare const e: AppMeshEvent;
 * if (isFailedAppMeshCall(e)) e.errorCode; // string | undefined
 */
export function isFailedAppMeshCall<E extends AppMeshEvent>(e: E): e is Extract<E, AppMeshFailedCall> {
  return typeof e.eventName === 'string' && knownOperations.has(e.eventName) && isFailedCall(e);
}
