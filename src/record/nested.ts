import type * as t from 'io-ts';
import { JsonObject } from '../core/JsonValue.js';
import { openEnum, type OpenEnumC } from '../core/openEnum.js';
import { StringValue } from '../core/scalars.js';
import { struct, type StructCodec } from '../core/struct.js';

const resource = struct('Resource', {}, {
  ARN: StringValue,
  ARNPrefix: StringValue,
  accountId: StringValue,
  type: StringValue,
});
/**
 * A resource the call touched, from the record's `resources` list: its `ARN`
 * (or `ARNPrefix` for S3 listings), owner `accountId` and CloudFormation-style
 * `type` such as `AWS::S3::Object`. Any key may be missing.
 */
export interface Resource extends t.TypeOf<typeof resource> {}
/**
 * The wire form of {@link Resource}.
 *
 * @example
 * import type { ResourceJson } from 'cloudtrail-codecs';
 * const resources: ResourceJson[] = [
 *   { type: 'AWS::S3::Object', ARN: 'arn:aws:s3:::reports/2026/q1.csv' },
 *   { accountId: '111122223333', type: 'AWS::S3::Bucket', ARN: 'arn:aws:s3:::reports' },
 * ];
 */
export interface ResourceJson extends t.OutputOf<typeof resource> {}
/**
 * The codec of {@link Resource}.
 *
 * @example
 * import { Resource, type ResourceC } from 'cloudtrail-codecs';
 * const codec: ResourceC = Resource;
 * codec.is({ ARNPrefix: 'arn:aws:s3:::reports/2026/' }); // true: every key is optional
 */
export interface ResourceC extends StructCodec<Resource, ResourceJson> {}
/**
 * Codec of {@link Resource}.
 *
 * @example
 * import { Resource } from 'cloudtrail-codecs';
 * Resource.is({ ARN: 'arn:aws:s3:::logs', type: 'AWS::S3::Bucket' }); // true
 */
export const Resource: ResourceC = resource;

const tlsDetails = struct('TlsDetails', {}, {
  tlsVersion: StringValue,
  cipherSuite: StringValue,
  clientProvidedHostHeader: StringValue,
  keyExchange: StringValue,
});
/**
 * The TLS connection of the call (eventVersion 1.08 on): protocol version,
 * cipher suite, the host the client asked for, and the key exchange group.
 * Partial details are logged as they are.
 */
export interface TlsDetails extends t.TypeOf<typeof tlsDetails> {}
/**
 * The wire form of {@link TlsDetails}.
 *
 * @example
 * import type { TlsDetailsJson } from 'cloudtrail-codecs';
 * const tls: TlsDetailsJson = {
 *   tlsVersion: 'TLSv1.3',
 *   cipherSuite: 'TLS_AES_128_GCM_SHA256',
 *   clientProvidedHostHeader: 's3.us-east-1.amazonaws.com',
 * };
 */
export interface TlsDetailsJson extends t.OutputOf<typeof tlsDetails> {}
/**
 * The codec of {@link TlsDetails}.
 *
 * @example
 * import { TlsDetails, type TlsDetailsC } from 'cloudtrail-codecs';
 * const codec: TlsDetailsC = TlsDetails;
 * const r = codec.decode({ tlsVersion: 'TLSv1.2', keyExchange: 'x25519' });
 * if (r._tag === 'Right') r.right.keyExchange; // 'x25519'
 */
export interface TlsDetailsC extends StructCodec<TlsDetails, TlsDetailsJson> {}
/**
 * Codec of {@link TlsDetails}.
 *
 * @example
 * import { TlsDetails } from 'cloudtrail-codecs';
 * TlsDetails.is({ tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256' }); // true
 */
export const TlsDetails: TlsDetailsC = tlsDetails;

/**
 * Why CloudTrail delivered an addendum: late delivery, changed data, or an outage.
 *
 * @example
 * import { AddendumReason } from 'cloudtrail-codecs';
 * AddendumReason.isKnown('UPDATED_DATA'); // true
 */
export const AddendumReason: OpenEnumC<'DELIVERY_DELAY' | 'UPDATED_DATA' | 'SERVICE_OUTAGE'> = openEnum(
  'AddendumReason',
  ['DELIVERY_DELAY', 'UPDATED_DATA', 'SERVICE_OUTAGE'],
);

const addendum = struct('Addendum', { reason: AddendumReason }, {
  updatedFields: StringValue,
  originalRequestID: StringValue,
  originalEventID: StringValue,
});
/**
 * Present when a record arrives late or corrects an earlier one
 * (eventVersion 1.08 on). The `original…` ids point at the record it updates.
 */
export interface Addendum extends t.TypeOf<typeof addendum> {}
/**
 * The wire form of {@link Addendum}.
 *
 * @example
 * import type { AddendumJson } from 'cloudtrail-codecs';
 * const addendum: AddendumJson = {
 *   reason: 'UPDATED_DATA',
 *   updatedFields: 'userIdentity',
 *   originalEventID: '2f7c1d0a-0000-4000-8000-000000000004',
 * };
 */
export interface AddendumJson extends t.OutputOf<typeof addendum> {}
/**
 * The codec of {@link Addendum}.
 *
 * @example
 * import { Addendum, type AddendumC } from 'cloudtrail-codecs';
 * const codec: AddendumC = Addendum;
 * codec.is({ updatedFields: 'userIdentity' }); // false: reason is required
 */
export interface AddendumC extends StructCodec<Addendum, AddendumJson> {}
/**
 * Codec of {@link Addendum}.
 *
 * @example
 * import { Addendum } from 'cloudtrail-codecs';
 * Addendum.is({ reason: 'DELIVERY_DELAY' }); // true
 */
export const Addendum: AddendumC = addendum;

const eventContext = struct('EventContext', {}, { requestContext: JsonObject, tagContext: JsonObject });
/**
 * Enrichment added by CloudTrail Lake (eventVersion 1.11): the evaluated
 * global condition keys and the resource and principal tags. Never present in
 * trail log files or EventBridge.
 */
export interface EventContext extends t.TypeOf<typeof eventContext> {}
/**
 * The wire form of {@link EventContext}.
 *
 * @example
 * import type { EventContextJson } from 'cloudtrail-codecs';
 * const context: EventContextJson = {
 *   requestContext: { 'aws:ViaAWSService': 'false', 'aws:SecureTransport': 'true' },
 *   tagContext: { resourceTags: [{ key: 'team', value: 'payments' }] },
 * };
 */
export interface EventContextJson extends t.OutputOf<typeof eventContext> {}
/**
 * The codec of {@link EventContext}.
 *
 * @example
 * import { EventContext, type EventContextC } from 'cloudtrail-codecs';
 * const codec: EventContextC = EventContext;
 * codec.is({ requestContext: 'not an object' }); // false
 */
export interface EventContextC extends StructCodec<EventContext, EventContextJson> {}
/**
 * Codec of {@link EventContext}.
 *
 * @example
 * import { EventContext } from 'cloudtrail-codecs';
 * EventContext.is({ requestContext: { 'aws:ViaAWSService': 'false' }, tagContext: {} }); // true
 */
export const EventContext: EventContextC = eventContext;

/**
 * The category of a record: management, data, network activity, Insight, or aggregated.
 *
 * @example
 * import { EventCategory } from 'cloudtrail-codecs';
 * EventCategory.known.length; // 5
 * EventCategory.isKnown('Data'); // true
 */
export const EventCategory: OpenEnumC<'Management' | 'Data' | 'NetworkActivity' | 'Insight' | 'Aggregated'> =
  openEnum('EventCategory', ['Management', 'Data', 'NetworkActivity', 'Insight', 'Aggregated']);
