import type * as t from 'io-ts';
import { DateFromJavaDateText } from '../../core/DateFromJavaDateText.js';
import { StringValue } from '../../core/scalars.js';
import { struct, type StructCodec } from '../../core/struct.js';
import { eventRecordOf } from '../../service-kit/eventRecordOf.js';

// The model has no shape for the outcome of CloseAccount (its output is
// empty); this follows the User Guide's sample of the event.
const status = struct('CloseAccountStatus', { accountId: StringValue, state: StringValue }, { requestedTimestamp: DateFromJavaDateText, completedTimestamp: DateFromJavaDateText });
const details = struct('CloseAccountResultDetails', { closeAccountStatus: status }, {});
/**
 * `serviceEventDetails` of a CloseAccountResult event: the closed account,
 * the outcome (`SUCCEEDED` in the User Guide's sample) and when the request
 * was made and finished.
 */
export interface CloseAccountResultDetails extends t.TypeOf<typeof details> {}
/**
 * Codec of {@link CloseAccountResultDetails}; its timestamps are Java date
 * text on the wire and `Date`s decoded.
 *
 * @example
 * import { CloseAccountResultDetails } from 'cloudtrail-codecs/organizations';
 * const r = CloseAccountResultDetails.decode({ closeAccountStatus: { accountId: '555555555555', state: 'SUCCEEDED', completedTimestamp: 'Mar 18, 2022 6:16:58 PM' } });
 * if (r._tag === 'Right') r.right.closeAccountStatus.completedTimestamp?.toISOString(); // '2022-03-18T18:16:58.000Z'
 */
export const CloseAccountResultDetails: StructCodec<CloseAccountResultDetails, t.OutputOf<typeof details>> = details;

const event = eventRecordOf('organizations.amazonaws.com', 'CloseAccountResult', { required: { serviceEventDetails: details } });
/**
 * The service event AWS Organizations records when the closing of an
 * account that `CloseAccount` started ends (eventType `AwsServiceEvent`):
 * the outcome is in `serviceEventDetails.closeAccountStatus`.
 */
export interface CloseAccountResultEvent extends t.TypeOf<typeof event> {}
/**
 * The wire form of {@link CloseAccountResultEvent}.
 *
 * @example
 * import type { CloseAccountResultEventJson } from 'cloudtrail-codecs/organizations';
 * const closed = (e: CloseAccountResultEventJson): string => e.serviceEventDetails.closeAccountStatus.accountId;
 */
export interface CloseAccountResultEventJson extends t.OutputOf<typeof event> {}
/**
 * Codec of {@link CloseAccountResultEvent}; `OrganizationsEvent` decodes these records with it.
 *
 * @example
 * import { CloseAccountResultEvent } from 'cloudtrail-codecs/organizations';
 * CloseAccountResultEvent.name; // 'CloseAccountResultEvent'
 */
export const CloseAccountResultEvent: StructCodec<CloseAccountResultEvent, CloseAccountResultEventJson> = event;
