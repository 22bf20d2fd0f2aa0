/**
 * Typed CloudTrail records of AWS App Mesh (eventSource
 * `appmesh.amazonaws.com`), generated from its API model on the service kit:
 * `AppMeshEvent` decodes any of them, `appMeshService` describes the service
 * for generic code, each of the 38 operations has its request and response
 * types, and the `StreamAggregatedResources` service event its own codec.
 * Payloads that depart from the model decode to `AppMeshDeparted`, with their
 * issues; `AppMeshEventStrict` rejects them instead. The event table is in
 * docs/services/appmesh.md, the guide in docs/appmesh.md.
 *
 * @packageDocumentation
 */
import type { OperationEventC, ServiceEventC } from '../../service-kit/serviceEvent.js';
import { shapeCodec, type ShapeC } from '../../service-kit/shapes.js';
import * as E from './generated/events.js';
import { appMeshTable } from './generated/table.js';
import { StreamAggregatedResourcesEvent } from './StreamAggregatedResources.js';

export * from './generated/shapes.js';
export * from './generated/events.js';
export * from './StreamAggregatedResources.js';
export * from './arn.js';
export * from './validate.js';
export { departures } from '../../service-kit/types.js';
export type { Unrecognized } from '../../core/Unrecognized.js';

// The names below are those of the module before it moved onto the kit.

/**
 * The `eventSource` of App Mesh records.
 *
 * @example
 * import { appMeshEventSource } from 'cloudtrail-codecs/appmesh';
 * appMeshEventSource; // 'appmesh.amazonaws.com'
 */
export const appMeshEventSource = 'appmesh.amazonaws.com';

/**
 * True for a successful call of an App Mesh operation: the name this module
 * had for {@link E.isSucceededAppMeshCall}.
 *
 * @example
 * import { isSucceededCall, type AppMeshEvent } from 'cloudtrail-codecs/appmesh';
 * declare const e: AppMeshEvent;
 * if (e.eventName === 'DeleteMesh' && isSucceededCall(e)) e.responseElements.mesh.status.status; // 'DELETED' | …
 */
export const isSucceededCall: typeof E.isSucceededAppMeshCall = E.isSucceededAppMeshCall;

/**
 * The codec type of {@link E.AppMeshEvent}.
 *
 * @example
 * import { decodeRecord } from 'cloudtrail-codecs/containers';
 * import { AppMeshEvent, type AppMeshEventC } from 'cloudtrail-codecs/appmesh';
 * const codec: AppMeshEventC = AppMeshEvent;
 * const r = decodeRecord({ eventSource: 's3.amazonaws.com', eventName: 'PutObject' }, codec);
 * if (!r.success) r.error.issues.map((i) => i.message); // ['eventSource: is s3.amazonaws.com, not appmesh.amazonaws.com']
 */
export interface AppMeshEventC extends ServiceEventC<E.AppMeshEvent, E.AppMeshEventJson> {}

/**
 * The name of an App Mesh operation.
 *
 * @example
 * import type { AppMeshOperationName } from 'cloudtrail-codecs/appmesh';
 * const name: AppMeshOperationName = 'CreateMesh';
 */
export type AppMeshOperationName = keyof E.AppMeshOperations;

/**
 * A call of any App Mesh operation, successful or failed.
 *
 * @example
 * import { isFailedAppMeshCall, type AppMeshOperationEvent } from 'cloudtrail-codecs/appmesh';
 * const refused = (e: AppMeshOperationEvent): boolean => isFailedAppMeshCall(e);
 */
export type AppMeshOperationEvent = E.AppMeshSucceededCall | E.AppMeshFailedCall;
/**
 * The wire form of {@link AppMeshOperationEvent}.
 *
 * @example
 * import type { AppMeshOperationEventJson } from 'cloudtrail-codecs/appmesh';
 * const name = (e: AppMeshOperationEventJson): string => e.eventName;
 */
export type AppMeshOperationEventJson = E.AppMeshSucceededCallJson | E.AppMeshFailedCallJson;

/**
 * An App Mesh record of an operation this release does not know: the name
 * this module had for {@link E.AppMeshUnknownOperation}.
 *
 * @example
 * import type { AppMeshUnknownOperationEvent } from 'cloudtrail-codecs/appmesh';
 * const name = (e: AppMeshUnknownOperationEvent): string => String(e.eventName);
 */
export type AppMeshUnknownOperationEvent = E.AppMeshUnknownOperation;
/**
 * The wire form of {@link AppMeshUnknownOperationEvent}.
 *
 * @example
 * import { decodeAppMeshEvent, type AppMeshUnknownOperationEventJson } from 'cloudtrail-codecs/appmesh';
 * const wire: AppMeshUnknownOperationEventJson = {
 *   eventVersion: '1.08',
 *   userIdentity: { type: 'IAMUser', accountId: '111122223333', userName: 'alice' },
 *   eventTime: '2026-01-01T00:00:00Z',
 *   eventSource: 'appmesh.amazonaws.com',
 *   eventName: 'CreateMeshPolicy', // not an operation of the model this release knows
 *   awsRegion: 'us-east-1',
 * };
 * decodeAppMeshEvent(wire).success; // true
 */
export type AppMeshUnknownOperationEventJson = E.AppMeshUnknownOperationJson;

type Named<U, N> = Extract<U, { readonly eventName: N }>;

/**
 * The codec of each operation's records (successful and failed calls), by operation name.
 *
 * @example
 * import { appMeshOperationEvents } from 'cloudtrail-codecs/appmesh';
 * Object.keys(appMeshOperationEvents).length; // 38
 */
export const appMeshOperationEvents: {
  readonly [N in AppMeshOperationName]: OperationEventC<Named<AppMeshOperationEvent, N>, Named<AppMeshOperationEventJson, N>>;
} = Object.fromEntries(E.appMeshService.operations.map((op) => [op, E.appMeshService.operation(op)])) as never;

/**
 * The codec of every App Mesh event, by `eventName`: each operation's and
 * StreamAggregatedResources'.
 *
 * @example
 * import { appMeshEvents } from 'cloudtrail-codecs/appmesh';
 * declare const json: unknown;
 * // Only CreateMesh records: one event's codec, without the lookup on eventName.
 * const r = appMeshEvents.CreateMesh.decode(json);
 */
export const appMeshEvents = { ...appMeshOperationEvents, StreamAggregatedResources: StreamAggregatedResourcesEvent } as const;

/**
 * The 39 App Mesh `eventName`s, in alphabetical order: the 38 operations and StreamAggregatedResources.
 *
 * @example
 * import { appMeshEventNames } from 'cloudtrail-codecs/appmesh';
 * appMeshEventNames.length; // 39
 * appMeshEventNames.includes('StreamAggregatedResources'); // true
 */
export const appMeshEventNames: readonly E.AppMeshEventName[] = E.appMeshService.eventNames as readonly E.AppMeshEventName[];

type CodecOf<A, O> = [A] extends [null] ? null : ShapeC<A, O>;
const codecOf = (shape: string | undefined): ShapeC<unknown, unknown> | null => (shape === undefined ? null : shapeCodec(appMeshTable, shape));

/**
 * Each operation's request and response codecs (`null` for a response
 * CloudTrail records as `null`), and whether it only reads (as the model's
 * `@readonly` says: the Describe and List operations).
 *
 * @example
 * import { appMeshOperations } from 'cloudtrail-codecs/appmesh';
 * appMeshOperations.DescribeMesh.readOnly; // true
 * appMeshOperations.TagResource.output; // null
 */
export const appMeshOperations: {
  readonly [N in AppMeshOperationName]: {
    readonly input: CodecOf<E.AppMeshOperations[N]['input'], E.AppMeshOperations[N]['inputJson']>;
    readonly output: CodecOf<E.AppMeshOperations[N]['output'], E.AppMeshOperations[N]['outputJson']>;
    readonly readOnly: boolean;
  };
} = Object.fromEntries(
  E.appMeshService.operations.map((op) => {
    const row = appMeshTable.operations[op];
    return [op, { input: codecOf(row?.i), output: codecOf(row?.o), readOnly: /^(Describe|List)/.test(op) }];
  }),
) as never;
