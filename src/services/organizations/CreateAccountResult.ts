import type * as t from 'io-ts';
import { struct, type StructCodec } from '../../core/struct.js';
import { eventRecordOf } from '../../service-kit/eventRecordOf.js';
import { CreateAccountStatus } from './generated/shapes.js';

const details = struct('CreateAccountResultDetails', { createAccountStatus: CreateAccountStatus }, {});
/**
 * `serviceEventDetails` of a CreateAccountResult event: the model's
 * `CreateAccountStatus` of the finished request, `SUCCEEDED` with the new
 * `accountId`, or `FAILED` with a `failureReason`. `accountName` is written
 * as `****`.
 */
export interface CreateAccountResultDetails extends t.TypeOf<typeof details> {}
/**
 * The wire form of {@link CreateAccountResultDetails}.
 *
 * @example
 * import type { CreateAccountResultDetailsJson } from 'cloudtrail-codecs/organizations';
 * const details: CreateAccountResultDetailsJson = {
 *   createAccountStatus: {
 *     id: 'car-examplecreateaccountrequestid111',
 *     state: 'SUCCEEDED',
 *     accountName: '****',
 *     accountId: '444455556666',
 *     requestedTimestamp: 'Sep 16, 2020 9:20:50 PM',
 *     completedTimestamp: 'Sep 16, 2020 9:20:53 PM',
 *   },
 * };
 */
export interface CreateAccountResultDetailsJson extends t.OutputOf<typeof details> {}
/**
 * The codec of {@link CreateAccountResultDetails}.
 *
 * @example
 * import { CreateAccountResultDetails, type CreateAccountResultDetailsC } from 'cloudtrail-codecs/organizations';
 * const codec: CreateAccountResultDetailsC = CreateAccountResultDetails;
 * codec.fields.map((f) => f.key); // ['createAccountStatus']
 */
export interface CreateAccountResultDetailsC extends StructCodec<CreateAccountResultDetails, CreateAccountResultDetailsJson> {}
/**
 * Codec of {@link CreateAccountResultDetails}; its timestamps are Java date
 * text on the wire and `Date`s decoded.
 *
 * @example
 * import { CreateAccountResultDetails } from 'cloudtrail-codecs/organizations';
 * const r = CreateAccountResultDetails.decode({
 *   createAccountStatus: { id: 'car-example111', state: 'FAILED', failureReason: 'EMAIL_ALREADY_EXISTS', requestedTimestamp: 'Jun 21, 2018 10:06:27 PM' },
 * });
 * if (r._tag === 'Right') r.right.createAccountStatus.requestedTimestamp.toISOString(); // '2018-06-21T22:06:27.000Z'
 */
export const CreateAccountResultDetails: CreateAccountResultDetailsC = details;

const event = eventRecordOf('organizations.amazonaws.com', 'CreateAccountResult', { required: { serviceEventDetails: CreateAccountResultDetails } });
/**
 * The service event AWS Organizations records when the background work of a
 * `CreateAccount` call ends (eventType `AwsServiceEvent`): the outcome is in
 * `serviceEventDetails.createAccountStatus`. Not an API operation: the model
 * has no operation of that name. `requestParameters` and `responseElements`
 * are `null` or absent.
 */
export interface CreateAccountResultEvent extends t.TypeOf<typeof event> {}
/**
 * The wire form of {@link CreateAccountResultEvent}.
 *
 * @example
 * import type { CreateAccountResultEventJson } from 'cloudtrail-codecs/organizations';
 * const wire: CreateAccountResultEventJson = {
 *   eventVersion: '1.05',
 *   userIdentity: { accountId: '111122223333', invokedBy: 'AWS Internal' },
 *   eventTime: '2020-09-16T21:20:53Z',
 *   eventSource: 'organizations.amazonaws.com',
 *   eventName: 'CreateAccountResult',
 *   awsRegion: 'us-east-1',
 *   serviceEventDetails: { createAccountStatus: { id: 'car-example111', state: 'SUCCEEDED', requestedTimestamp: 'Sep 16, 2020 9:20:50 PM' } },
 * };
 * wire.serviceEventDetails.createAccountStatus.state; // 'SUCCEEDED'
 */
export interface CreateAccountResultEventJson extends t.OutputOf<typeof event> {}
/**
 * The codec of {@link CreateAccountResultEvent}.
 *
 * @example
 * import { CreateAccountResultEvent, type CreateAccountResultEventC } from 'cloudtrail-codecs/organizations';
 * const codec: CreateAccountResultEventC = CreateAccountResultEvent;
 * codec.fields.filter((f) => f.required).map((f) => f.key).includes('serviceEventDetails'); // true
 */
export interface CreateAccountResultEventC extends StructCodec<CreateAccountResultEvent, CreateAccountResultEventJson> {}
/**
 * Codec of {@link CreateAccountResultEvent}.
 *
 * @example
 * import { CreateAccountResultEvent } from 'cloudtrail-codecs/organizations';
 * const r = CreateAccountResultEvent.decode({
 *   eventVersion: '1.06',
 *   userIdentity: { accountId: '111122223333', invokedBy: 'AWS Internal' },
 *   eventTime: '2018-06-21T22:07:15Z',
 *   eventSource: 'organizations.amazonaws.com',
 *   eventName: 'CreateAccountResult',
 *   awsRegion: 'us-east-1',
 *   requestParameters: null,
 *   responseElements: null,
 *   serviceEventDetails: {
 *     createAccountStatus: { id: 'car-example111', state: 'FAILED', accountName: '****', failureReason: 'EMAIL_ALREADY_EXISTS', requestedTimestamp: 'Jun 21, 2018 10:06:27 PM' },
 *   },
 * });
 * if (r._tag === 'Right') r.right.serviceEventDetails.createAccountStatus.failureReason; // 'EMAIL_ALREADY_EXISTS'
 */
export const CreateAccountResultEvent: CreateAccountResultEventC = event;
