import type * as t from 'io-ts';
import { JsonObject } from '../../core/JsonValue.js';
import { nullable } from '../../core/nullable.js';
import { openEnum, type OpenEnumC } from '../../core/openEnum.js';
import { StringValue } from '../../core/scalars.js';
import { struct, type StructCodec } from '../../core/struct.js';
import { eventRecordOf } from '../../service-kit/eventRecordOf.js';

/**
 * The connection statuses App Mesh documents for StreamAggregatedResources.
 *
 * @example
 * import type { StreamEventStatusName } from 'cloudtrail-codecs/appmesh';
 * const status: StreamEventStatusName = 'ConnectionTerminated';
 */
export type StreamEventStatusName = 'ConnectionEstablished' | 'ConnectionGracefullyTerminated' | 'ConnectionTerminated';

/**
 * What happened to an Envoy proxy's connection to the App Mesh control plane:
 * it connected, it closed normally (connections are recycled about every 30
 * minutes), or it broke (see `failureReason`). Other values decode too.
 *
 * @example
 * import { StreamEventStatus, type StreamAggregatedResourcesEvent } from 'cloudtrail-codecs/appmesh';
 * const broke = (e: StreamAggregatedResourcesEvent): boolean => e.serviceEventDetails.eventStatus === 'ConnectionTerminated';
 * StreamEventStatus.isKnown('ConnectionTerminated'); // true
 */
export const StreamEventStatus: OpenEnumC<StreamEventStatusName> =
  openEnum('StreamEventStatus', ['ConnectionEstablished', 'ConnectionGracefullyTerminated', 'ConnectionTerminated']);

const details = struct(
  'StreamAggregatedResourcesDetails',
  { connectionId: StringValue, nodeArn: StringValue, eventStatus: StreamEventStatus },
  { failureReason: StringValue },
);
/**
 * `serviceEventDetails` of a StreamAggregatedResources event: the xDS
 * connection id, the ARN of the virtual node or virtual gateway the proxy
 * serves (`nodeArn`, see `parseAppMeshArn`), the status, and the failure
 * reason (`""` when there is none).
 */
export interface StreamAggregatedResourcesDetails extends t.TypeOf<typeof details> {}
/**
 * The wire form of {@link StreamAggregatedResourcesDetails}.
 *
 * @example
 * import type { StreamAggregatedResourcesDetailsJson } from 'cloudtrail-codecs/appmesh';
 * const details: StreamAggregatedResourcesDetailsJson = {
 *   connectionId: 'e3c6f4ce-0000-4000-8000-000000000000',
 *   nodeArn: 'arn:aws:appmesh:us-west-2:111122223333:mesh/shop/virtualGateway/ingress',
 *   eventStatus: 'ConnectionTerminated',
 *   failureReason: 'Envoy proxy disconnected',
 * };
 */
export interface StreamAggregatedResourcesDetailsJson extends t.OutputOf<typeof details> {}
/**
 * The codec of {@link StreamAggregatedResourcesDetails}.
 *
 * @example
 * import { StreamAggregatedResourcesDetails, type StreamAggregatedResourcesDetailsC } from 'cloudtrail-codecs/appmesh';
 * const codec: StreamAggregatedResourcesDetailsC = StreamAggregatedResourcesDetails;
 * codec.fields.filter((f) => f.required).map((f) => f.key); // ['connectionId', 'nodeArn', 'eventStatus']
 */
export interface StreamAggregatedResourcesDetailsC
  extends StructCodec<StreamAggregatedResourcesDetails, StreamAggregatedResourcesDetailsJson> {}
/**
 * Codec of {@link StreamAggregatedResourcesDetails}.
 *
 * @example
 * import { StreamAggregatedResourcesDetails } from 'cloudtrail-codecs/appmesh';
 * StreamAggregatedResourcesDetails.is({
 *   connectionId: 'e3c6f4ce-0000-4000-8000-000000000000',
 *   nodeArn: 'arn:aws:appmesh:us-west-2:111122223333:mesh/shop/virtualNode/cart',
 *   eventStatus: 'ConnectionEstablished',
 *   failureReason: '',
 * }); // true
 */
export const StreamAggregatedResourcesDetails: StreamAggregatedResourcesDetailsC = details;

const event = eventRecordOf('appmesh.amazonaws.com', 'StreamAggregatedResources', {
  required: { serviceEventDetails: StreamAggregatedResourcesDetails },
  optional: { requestParameters: nullable(JsonObject), responseElements: nullable(JsonObject) },
});
/**
 * The service event App Mesh records when an Envoy proxy opens or loses its
 * xDS stream (eventType `AwsServiceEvent`). Not an API operation: it is not in
 * the model. `requestParameters` and `responseElements` are absent or `null`.
 */
export interface StreamAggregatedResourcesEvent extends t.TypeOf<typeof event> {}
/**
 * The wire form of {@link StreamAggregatedResourcesEvent}.
 *
 * @example
 * import type { StreamAggregatedResourcesEventJson } from 'cloudtrail-codecs/appmesh';
 * import { streamAggregatedResources } from 'cloudtrail-codecs/builders';
 * const wire: StreamAggregatedResourcesEventJson = streamAggregatedResources(undefined, { status: 'ConnectionTerminated', seed: 2 });
 * wire.serviceEventDetails.eventStatus; // 'ConnectionTerminated'
 */
export interface StreamAggregatedResourcesEventJson extends t.OutputOf<typeof event> {}
/**
 * The codec of {@link StreamAggregatedResourcesEvent}.
 *
 * @example
 * import { decodeRecordOrThrow } from 'cloudtrail-codecs/containers';
 * import { parseNodeArn, StreamAggregatedResourcesEvent, type StreamAggregatedResourcesEventC } from 'cloudtrail-codecs/appmesh';
 * import { streamAggregatedResources } from 'cloudtrail-codecs/builders';
 * const codec: StreamAggregatedResourcesEventC = StreamAggregatedResourcesEvent;
 * const event = decodeRecordOrThrow(streamAggregatedResources(undefined, { node: 'virtualGateway', seed: 1 }), codec);
 * parseNodeArn(event.serviceEventDetails.nodeArn)?.kind; // 'virtualGateway'
 */
export interface StreamAggregatedResourcesEventC
  extends StructCodec<StreamAggregatedResourcesEvent, StreamAggregatedResourcesEventJson> {}
/**
 * Codec of {@link StreamAggregatedResourcesEvent}.
 *
 * @example
 * import { decodeRecord } from 'cloudtrail-codecs/containers';
 * import { StreamAggregatedResourcesEvent } from 'cloudtrail-codecs/appmesh';
 * decodeRecord({ eventName: 'StreamAggregatedResources' }, StreamAggregatedResourcesEvent).success; // false
 */
export const StreamAggregatedResourcesEvent: StreamAggregatedResourcesEventC = event;
