import type * as t from 'io-ts';
import { arrayOf } from '../core/array.js';
import { BooleanText } from '../core/BooleanFromString.js';
import { DateFromIsoTimestamp } from '../core/DateFromIsoTimestamp.js';
import { JsonObject } from '../core/JsonValue.js';
import { nullable } from '../core/nullable.js';
import { openTag, type OpenTagC } from '../core/openTag.js';
import { BooleanValue, StringValue } from '../core/scalars.js';
import { struct, type StructCodec, type StructOutputOf, type StructTypeOf } from '../core/struct.js';
import { UserIdentity } from '../identity/UserIdentity.js';
import { Addendum, EventCategory, EventContext, Resource, TlsDetails } from './nested.js';

/**
 * The `eventType` values of records that have a caller.
 *
 * @example
 * import type { ActivityEventTypeName } from 'cloudtrail-codecs';
 * const consoleTypes: readonly ActivityEventTypeName[] = ['AwsConsoleAction', 'AwsConsoleSignIn'];
 */
export type ActivityEventTypeName = 'AwsApiCall' | 'AwsServiceEvent' | 'AwsConsoleAction' | 'AwsConsoleSignIn' | 'AwsVpceEvent';

/**
 * `eventType` of a record with a caller: an API call, a service event, a
 * console action or sign-in, or a network-activity (VPC endpoint) event. Other
 * strings decode too, typed so that narrowing on the known ones still works.
 *
 * @example
 * import { ActivityEventType } from 'cloudtrail-codecs';
 * ActivityEventType.known.includes('AwsVpceEvent'); // true
 * ActivityEventType.is('AwsSomethingNew'); // true: later event types decode too
 */
export const ActivityEventType: OpenTagC<ActivityEventTypeName, 'EventType'> = openTag('EventType', [
  'AwsApiCall',
  'AwsServiceEvent',
  'AwsConsoleAction',
  'AwsConsoleSignIn',
  'AwsVpceEvent',
]);

/**
 * The codecs of the properties every record with a caller has.
 *
 * @example
 * import { activityRequired } from 'cloudtrail-codecs';
 * Object.keys(activityRequired); // ['eventVersion', 'userIdentity', 'eventTime', 'eventSource', 'eventName', 'awsRegion']
 */
export const activityRequired = {
  eventVersion: StringValue,
  userIdentity: UserIdentity,
  eventTime: DateFromIsoTimestamp,
  eventSource: StringValue,
  eventName: StringValue,
  awsRegion: StringValue,
};

/**
 * The properties a record with a caller may have, up to eventVersion 1.11.
 * Which of them appear depends on the version, the service and the event, and
 * real records leave out even some that AWS documents as always present
 * (`requestID`, `recipientAccountId`, `sourceIPAddress`, `userAgent`), so all
 * of them are optional. The optional objects and arrays also accept `null`
 * and keep it (`additionalEventData: null`, `tlsDetails: null`,
 * `resources: null`…), as some tools re-emit records that way.
 *
 * @example
 * import { activityOptional, activityRequired, struct } from 'cloudtrail-codecs';
 * // A record codec of your own that insists on the ids the library leaves optional.
 * const { eventID, requestID, ...others } = activityOptional;
 * const RecordWithIds = struct('RecordWithIds', { ...activityRequired, eventID, requestID }, others);
 */
export const activityOptional = {
  sourceIPAddress: StringValue,
  userAgent: StringValue,
  errorCode: StringValue,
  errorMessage: StringValue,
  requestParameters: nullable(JsonObject),
  responseElements: nullable(JsonObject),
  additionalEventData: nullable(JsonObject),
  requestID: StringValue,
  eventID: StringValue,
  eventType: ActivityEventType,
  apiVersion: StringValue,
  managementEvent: BooleanValue,
  readOnly: BooleanValue,
  resources: nullable(arrayOf(Resource)),
  recipientAccountId: StringValue,
  serviceEventDetails: nullable(JsonObject),
  sharedEventID: StringValue,
  vpcEndpointId: StringValue,
  vpcEndpointAccountId: StringValue,
  eventCategory: EventCategory,
  addendum: nullable(Addendum),
  sessionCredentialFromConsole: BooleanText,
  edgeDeviceDetails: nullable(JsonObject),
  tlsDetails: nullable(TlsDetails),
  eventContext: nullable(EventContext),
  annotation: StringValue,
};

/**
 * The type of {@link activityRequired}: property name to codec.
 *
 * @example
 * import type { ActivityRequired } from 'cloudtrail-codecs';
 * type EnvelopeKey = keyof ActivityRequired; // 'eventVersion' | 'userIdentity' | 'eventTime' | …
 * const groupBy: EnvelopeKey = 'eventSource';
 */
export type ActivityRequired = typeof activityRequired;
/**
 * The type of {@link activityOptional}: property name to codec.
 *
 * @example
 * import { activityOptional, struct, type ActivityOptional } from 'cloudtrail-codecs';
 * // Reuse the record's TLS codec in a type of your own.
 * const tls: ActivityOptional['tlsDetails'] = activityOptional.tlsDetails;
 * const Connection = struct('Connection', { tlsDetails: tls });
 */
export type ActivityOptional = typeof activityOptional;

/**
 * The service payload properties, which {@link cloudTrailRecordOf} exists to type.
 *
 * @example
 * import type { ActivityRecord, PayloadKey } from 'cloudtrail-codecs';
 * const payloadKeys: readonly PayloadKey[] = ['requestParameters', 'responseElements', 'additionalEventData', 'serviceEventDetails'];
 * const hasPayload = (r: ActivityRecord): boolean => payloadKeys.some((k) => r[k] != null);
 */
export type PayloadKey = 'requestParameters' | 'responseElements' | 'additionalEventData' | 'serviceEventDetails';
/**
 * Codecs for some properties of a record with a caller: usually payloads, but
 * any envelope property may be narrowed too (`eventName` to a literal, say).
 *
 * @example
 * import { cloudTrailRecordOf, literal, struct, StringValue, type PayloadProps } from 'cloudtrail-codecs';
 * const required = {
 *   eventName: literal('GetObject'),
 *   requestParameters: struct('GetObjectRequest', { bucketName: StringValue, key: StringValue }),
 * } satisfies PayloadProps;
 * const GetObjectRecord = cloudTrailRecordOf('GetObjectRecord', { required });
 */
export type PayloadProps = { readonly [K in keyof ActivityRequired | keyof ActivityOptional]?: t.Mixed };

/**
 * The required property codecs of a record whose payloads `R` are required.
 *
 * @example
 * import { struct, StringValue, type RequiredOf } from 'cloudtrail-codecs';
 * const required = { requestParameters: struct('DeleteBucketRequest', { bucketName: StringValue }) };
 * // The envelope's required codecs plus requestParameters.
 * type DeleteBucketRequired = RequiredOf<typeof required>;
 * const keys: Array<keyof DeleteBucketRequired> = ['eventVersion', 'userIdentity', 'requestParameters'];
 */
export type RequiredOf<R extends PayloadProps, O extends PayloadProps = {}> = Omit<ActivityRequired, keyof R | keyof O> & R;
/**
 * The optional property codecs of a record with payloads `R` required and `O` optional.
 *
 * @example
 * import { nullable, struct, StringValue, type OptionalOf } from 'cloudtrail-codecs';
 * const optional = { responseElements: nullable(struct('CreateBucketResponse', { location: StringValue })) };
 * // The envelope's optional codecs, with responseElements replaced by the one given.
 * type CreateBucketOptional = OptionalOf<{}, typeof optional>;
 * const response: CreateBucketOptional['responseElements'] = optional.responseElements;
 */
export type OptionalOf<R extends PayloadProps, O extends PayloadProps> = Omit<ActivityOptional, keyof R | keyof O> & O;

/**
 * A record with a caller whose payloads `R` (required) and `O` (optional) are typed.
 *
 * @example
 * import { struct, StringValue, type ActivityRecordOf } from 'cloudtrail-codecs';
 * const required = { requestParameters: struct('GetObjectRequest', { bucketName: StringValue, key: StringValue }) };
 * type GetObjectRecord = ActivityRecordOf<typeof required, {}>;
 * const objectUrl = (r: GetObjectRecord): string => `s3://${r.requestParameters.bucketName}/${r.requestParameters.key}`;
 */
export type ActivityRecordOf<R extends PayloadProps, O extends PayloadProps> = StructTypeOf<RequiredOf<R, O>, OptionalOf<R, O>>;
/**
 * The wire form of {@link ActivityRecordOf}.
 *
 * @example
 * import { struct, StringValue, type ActivityRecordJsonOf } from 'cloudtrail-codecs';
 * const required = { requestParameters: struct('GetObjectRequest', { bucketName: StringValue, key: StringValue }) };
 * type GetObjectRecordJson = ActivityRecordJsonOf<typeof required, {}>;
 * const eventTimeText = (r: GetObjectRecordJson): string => r.eventTime; // text on the wire, not a Date
 */
export type ActivityRecordJsonOf<R extends PayloadProps, O extends PayloadProps> = StructOutputOf<
  RequiredOf<R, O>,
  OptionalOf<R, O>
>;

const activityRecord = struct('ActivityRecord', activityRequired, activityOptional);

/**
 * A record with a caller: an API call, service event, console sign-in or
 * action, or network-activity event. Service payloads (`requestParameters`,
 * `responseElements`, `additionalEventData`, `serviceEventDetails`) are plain
 * JSON here; {@link cloudTrailRecordOf} types them for one service.
 */
export interface ActivityRecord extends t.TypeOf<typeof activityRecord> {}
/**
 * The wire form of {@link ActivityRecord}.
 *
 * @example
 * import { ActivityRecord, type ActivityRecordJson } from 'cloudtrail-codecs';
 * const wire: ActivityRecordJson = {
 *   eventVersion: '1.08',
 *   userIdentity: { type: 'AWSService', invokedBy: 'cloudtrail.amazonaws.com' },
 *   eventTime: '2024-05-01T12:00:00Z',
 *   eventSource: 's3.amazonaws.com',
 *   eventName: 'GetBucketAcl',
 *   awsRegion: 'us-east-1',
 *   readOnly: true,
 * };
 * ActivityRecord.decode(wire)._tag; // 'Right'
 */
export interface ActivityRecordJson extends t.OutputOf<typeof activityRecord> {}
/**
 * The codec of {@link ActivityRecord}.
 *
 * @example
 * import { ActivityRecord, type ActivityRecordC } from 'cloudtrail-codecs';
 * const codec: ActivityRecordC = ActivityRecord;
 * codec.fields.find((f) => f.key === 'sessionCredentialFromConsole')?.codec.name; // '"true" | "false"'
 */
export interface ActivityRecordC extends StructCodec<ActivityRecord, ActivityRecordJson> {}
/**
 * Codec of {@link ActivityRecord}.
 *
 * @example
 * import { ActivityRecord } from 'cloudtrail-codecs';
 * const r = ActivityRecord.decode({
 *   eventVersion: '1.08',
 *   userIdentity: { type: 'AWSService', invokedBy: 'cloudtrail.amazonaws.com' },
 *   eventTime: '2024-05-01T12:00:00Z',
 *   eventSource: 's3.amazonaws.com',
 *   eventName: 'PutObject',
 *   awsRegion: 'us-east-1',
 * });
 * r._tag; // 'Right'
 */
export const ActivityRecord: ActivityRecordC = activityRecord;

/**
 * The codec returned by {@link cloudTrailRecordOf}.
 *
 * @example
 * import { cloudTrailRecordOf, struct, StringValue, type CloudTrailRecordOfC } from 'cloudtrail-codecs';
 * const required = { requestParameters: struct('DeleteBucketRequest', { bucketName: StringValue }) };
 * const DeleteBucketRecord: CloudTrailRecordOfC<typeof required, {}> = cloudTrailRecordOf('DeleteBucketRecord', { required });
 * DeleteBucketRecord.fields.filter((f) => f.required).length; // 7
 */
export interface CloudTrailRecordOfC<R extends PayloadProps, O extends PayloadProps>
  extends StructCodec<ActivityRecordOf<R, O>, ActivityRecordJsonOf<R, O>> {}

/**
 * A record codec for one service: the envelope of {@link ActivityRecord}, with
 * precise codecs for the properties given, payloads above all. Those under
 * `required` must be present; those under `optional` may be absent. A codec
 * that allows `null` must say so (wrap it in `nullable`).
 *
 * This is how service modules plug in: the App Mesh module builds its
 * per-operation codecs with it.
 *
 * @example
 * import { cloudTrailRecordOf, nullable, struct, StringValue } from 'cloudtrail-codecs';
 * const PutObjectRecord = cloudTrailRecordOf('PutObjectRecord', {
 *   required: { requestParameters: struct('PutObjectRequest', { bucketName: StringValue, key: StringValue }) },
 *   optional: { responseElements: nullable(struct('PutObjectResponse', {}, { 'x-amz-version-id': StringValue })) },
 * });
 */
export function cloudTrailRecordOf<R extends PayloadProps = {}, O extends PayloadProps = {}>(
  name: string,
  payloads: { readonly required?: R; readonly optional?: O },
): CloudTrailRecordOfC<R, O> {
  const required: Record<string, t.Mixed> = { ...activityRequired };
  const optional: Record<string, t.Mixed> = { ...activityOptional };
  for (const [k, codec] of Object.entries(payloads.required ?? {})) {
    delete optional[k];
    required[k] = codec as t.Mixed;
  }
  for (const [k, codec] of Object.entries(payloads.optional ?? {})) {
    delete required[k];
    optional[k] = codec as t.Mixed;
  }
  return struct(name, required as RequiredOf<R, O>, optional as OptionalOf<R, O>);
}
