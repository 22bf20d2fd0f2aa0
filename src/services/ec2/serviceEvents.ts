// EC2's service events (eventType `AwsServiceEvent`): records EC2 writes
// about something that happened, not an API call. The model has no shape for
// them; these codecs follow the records named in scripts/codegen/wire/ec2.ts.
import type * as t from 'io-ts';
import { arrayOf } from '../../core/array.js';
import { JsonObject } from '../../core/JsonValue.js';
import { nullable } from '../../core/nullable.js';
import { StringValue } from '../../core/scalars.js';
import { struct, type StructCodec } from '../../core/struct.js';
import { eventRecordOf } from '../../service-kit/eventRecordOf.js';

const payloads = { requestParameters: nullable(JsonObject), responseElements: nullable(JsonObject) };

const snapshotDetails = struct('SharedSnapshotDetails', { snapshotId: StringValue }, {});
const sharedSnapshotVolume = eventRecordOf('ec2.amazonaws.com', 'SharedSnapshotVolumeCreated', { required: { serviceEventDetails: snapshotDetails }, optional: payloads });
/**
 * Recorded in the account that owns a shared EBS snapshot when another
 * account creates a volume from it: `serviceEventDetails.snapshotId` names
 * the snapshot. `requestParameters` and `responseElements` are `null`.
 */
export interface SharedSnapshotVolumeCreatedEvent extends t.TypeOf<typeof sharedSnapshotVolume> {}
/**
 * The wire form of {@link SharedSnapshotVolumeCreatedEvent}.
 *
 * @example
 * import type { SharedSnapshotVolumeCreatedEventJson } from 'cloudtrail-codecs/ec2';
 * const snapshotOf = (e: SharedSnapshotVolumeCreatedEventJson): string => e.serviceEventDetails.snapshotId;
 */
export interface SharedSnapshotVolumeCreatedEventJson extends t.OutputOf<typeof sharedSnapshotVolume> {}
/**
 * The codec of {@link SharedSnapshotVolumeCreatedEvent}.
 *
 * @example
 * import { SharedSnapshotVolumeCreatedEvent, type SharedSnapshotVolumeCreatedEventC } from 'cloudtrail-codecs/ec2';
 * const codec: SharedSnapshotVolumeCreatedEventC = SharedSnapshotVolumeCreatedEvent;
 * codec.fields.some((f) => f.key === 'serviceEventDetails' && f.required); // true
 */
export interface SharedSnapshotVolumeCreatedEventC extends StructCodec<SharedSnapshotVolumeCreatedEvent, SharedSnapshotVolumeCreatedEventJson> {}
/**
 * Codec of {@link SharedSnapshotVolumeCreatedEvent}; `EC2Event` decodes these records with it.
 *
 * @example
 * import { SharedSnapshotVolumeCreatedEvent } from 'cloudtrail-codecs/ec2';
 * SharedSnapshotVolumeCreatedEvent.decode({ eventName: 'SharedSnapshotVolumeCreated' })._tag; // 'Left'
 */
export const SharedSnapshotVolumeCreatedEvent: SharedSnapshotVolumeCreatedEventC = sharedSnapshotVolume;

const sharedSnapshotCopy = eventRecordOf('ec2.amazonaws.com', 'SharedSnapshotCopyInitiated', { required: { serviceEventDetails: snapshotDetails }, optional: payloads });
/**
 * Recorded in the account that owns a shared EBS snapshot when another
 * account starts copying it: `serviceEventDetails.snapshotId` names the
 * snapshot.
 */
export interface SharedSnapshotCopyInitiatedEvent extends t.TypeOf<typeof sharedSnapshotCopy> {}
/**
 * The wire form of {@link SharedSnapshotCopyInitiatedEvent}.
 *
 * @example
 * import type { SharedSnapshotCopyInitiatedEventJson } from 'cloudtrail-codecs/ec2';
 * const copied = (e: SharedSnapshotCopyInitiatedEventJson): string => e.serviceEventDetails.snapshotId;
 */
export interface SharedSnapshotCopyInitiatedEventJson extends t.OutputOf<typeof sharedSnapshotCopy> {}
/**
 * Codec of {@link SharedSnapshotCopyInitiatedEvent}; `EC2Event` decodes these records with it.
 *
 * @example
 * import { SharedSnapshotCopyInitiatedEvent } from 'cloudtrail-codecs/ec2';
 * SharedSnapshotCopyInitiatedEvent.name; // 'SharedSnapshotCopyInitiatedEvent'
 */
export const SharedSnapshotCopyInitiatedEvent: StructCodec<SharedSnapshotCopyInitiatedEvent, SharedSnapshotCopyInitiatedEventJson> = sharedSnapshotCopy;

const spotDetails = struct('SpotBidDetails', { instanceIdSet: arrayOf(StringValue) }, {});
// The Spot events' names end in "Event" already.
const bidEvicted = eventRecordOf('ec2.amazonaws.com', 'BidEvictedEvent', { required: { serviceEventDetails: spotDetails }, optional: payloads }, 'BidEvictedEvent');
/**
 * Recorded when EC2 interrupts Spot Instances: `serviceEventDetails.instanceIdSet`
 * lists them.
 */
export interface BidEvictedEvent extends t.TypeOf<typeof bidEvicted> {}
/**
 * The wire form of {@link BidEvictedEvent}.
 *
 * @example
 * import type { BidEvictedEventJson } from 'cloudtrail-codecs/ec2';
 * const interrupted = (e: BidEvictedEventJson): readonly string[] => e.serviceEventDetails.instanceIdSet;
 */
export interface BidEvictedEventJson extends t.OutputOf<typeof bidEvicted> {}
/**
 * The codec of {@link BidEvictedEvent}.
 *
 * @example
 * import { BidEvictedEvent, type BidEvictedEventC } from 'cloudtrail-codecs/ec2';
 * const codec: BidEvictedEventC = BidEvictedEvent;
 * codec.name; // 'BidEvictedEvent'
 */
export interface BidEvictedEventC extends StructCodec<BidEvictedEvent, BidEvictedEventJson> {}
/**
 * Codec of {@link BidEvictedEvent}; `EC2Event` decodes these records with it.
 *
 * @example
 * import { BidEvictedEvent } from 'cloudtrail-codecs/ec2';
 * BidEvictedEvent.is({}); // false
 */
export const BidEvictedEvent: BidEvictedEventC = bidEvicted;

const bidFulfilled = eventRecordOf('ec2.amazonaws.com', 'BidFulfilledEvent', { required: { serviceEventDetails: spotDetails }, optional: payloads }, 'BidFulfilledEvent');
/**
 * Recorded when EC2 launches the Spot Instances of a fulfilled request:
 * `serviceEventDetails.instanceIdSet` lists them.
 */
export interface BidFulfilledEvent extends t.TypeOf<typeof bidFulfilled> {}
/**
 * The wire form of {@link BidFulfilledEvent}.
 *
 * @example
 * import type { BidFulfilledEventJson } from 'cloudtrail-codecs/ec2';
 * const launched = (e: BidFulfilledEventJson): number => e.serviceEventDetails.instanceIdSet.length;
 */
export interface BidFulfilledEventJson extends t.OutputOf<typeof bidFulfilled> {}
/**
 * The codec of {@link BidFulfilledEvent}.
 *
 * @example
 * import { BidFulfilledEvent, type BidFulfilledEventC } from 'cloudtrail-codecs/ec2';
 * const codec: BidFulfilledEventC = BidFulfilledEvent;
 * codec.name; // 'BidFulfilledEvent'
 */
export interface BidFulfilledEventC extends StructCodec<BidFulfilledEvent, BidFulfilledEventJson> {}
/**
 * Codec of {@link BidFulfilledEvent}; `EC2Event` decodes these records with it.
 *
 * @example
 * import { BidFulfilledEvent } from 'cloudtrail-codecs/ec2';
 * BidFulfilledEvent.is({}); // false
 */
export const BidFulfilledEvent: BidFulfilledEventC = bidFulfilled;
