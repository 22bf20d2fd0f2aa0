import type * as t from 'io-ts';
import { JsonObject } from '../../core/JsonValue.js';
import type { StructCodec } from '../../core/struct.js';
import { eventRecordOf } from '../../service-kit/eventRecordOf.js';

// The User Guide's sample writes both payloads as null and no details.
const event = eventRecordOf('cloudtrail.amazonaws.com', 'CreateServiceLinkedChannel', { optional: { serviceEventDetails: JsonObject } });

/**
 * The service event CloudTrail records when an AWS service creates a
 * service-linked channel in the account (eventType `AwsServiceEvent`, the
 * caller `AWS Internal`). Not an API operation: the model has no operation of
 * that name. The channel is named in `resources` (type
 * `AWS::CloudTrail::Channel`); `requestParameters` and `responseElements`
 * are `null` or absent.
 */
export interface CreateServiceLinkedChannelEvent extends t.TypeOf<typeof event> {}
/**
 * The wire form of {@link CreateServiceLinkedChannelEvent}.
 *
 * @example
 * import type { CreateServiceLinkedChannelEventJson } from 'cloudtrail-codecs/cloudtrail';
 * const wire: CreateServiceLinkedChannelEventJson = {
 *   eventVersion: '1.08',
 *   userIdentity: { accountId: '111122223333', invokedBy: 'AWS Internal' },
 *   eventTime: '2022-08-18T17:11:22Z',
 *   eventSource: 'cloudtrail.amazonaws.com',
 *   eventName: 'CreateServiceLinkedChannel',
 *   awsRegion: 'us-east-1',
 *   requestParameters: null,
 *   responseElements: null,
 * };
 * wire.eventName; // 'CreateServiceLinkedChannel'
 */
export interface CreateServiceLinkedChannelEventJson extends t.OutputOf<typeof event> {}
/**
 * The codec of {@link CreateServiceLinkedChannelEvent}.
 *
 * @example
 * import { CreateServiceLinkedChannelEvent, type CreateServiceLinkedChannelEventC } from 'cloudtrail-codecs/cloudtrail';
 * const codec: CreateServiceLinkedChannelEventC = CreateServiceLinkedChannelEvent;
 * codec.fields.filter((f) => f.required).map((f) => f.key).includes('eventName'); // true
 */
export interface CreateServiceLinkedChannelEventC
  extends StructCodec<CreateServiceLinkedChannelEvent, CreateServiceLinkedChannelEventJson> {}
/**
 * Codec of {@link CreateServiceLinkedChannelEvent}.
 *
 * @example
 * import { CreateServiceLinkedChannelEvent } from 'cloudtrail-codecs/cloudtrail';
 * const r = CreateServiceLinkedChannelEvent.decode({
 *   eventVersion: '1.08',
 *   userIdentity: { accountId: '111122223333', invokedBy: 'AWS Internal' },
 *   eventTime: '2022-08-18T17:11:22Z',
 *   eventSource: 'cloudtrail.amazonaws.com',
 *   eventName: 'CreateServiceLinkedChannel',
 *   awsRegion: 'us-east-1',
 *   requestParameters: null,
 *   responseElements: null,
 *   resources: [{ accountId: '111122223333', type: 'AWS::CloudTrail::Channel', ARN: 'arn:aws:cloudtrail:us-east-1:111122223333:channel/7944f0ec-0000-4000-8000-000000000000' }],
 * });
 * r._tag; // 'Right'
 */
export const CreateServiceLinkedChannelEvent: CreateServiceLinkedChannelEventC = event;
