import type * as t from 'io-ts';
import { arrayOf } from '../../core/array.js';
import { DateFromJavaDateText } from '../../core/DateFromJavaDateText.js';
import { StringValue } from '../../core/scalars.js';
import { struct, type StructCodec } from '../../core/struct.js';
import { eventRecordOf } from '../../service-kit/eventRecordOf.js';
import { EffectivePolicyType } from './generated/shapes.js';

// The model has no shape for this event; this follows the User Guide's two samples.
const validationError = struct(
  'EffectivePolicyValidationError',
  { errorCode: StringValue, errorMessage: StringValue },
  { accountPath: StringValue, evaluationTimestamp: DateFromJavaDateText, pathToError: StringValue, contributingPolicies: arrayOf(StringValue) },
);
const details = struct(
  'EffectivePolicyValidationDetails',
  { accountId: StringValue, policyType: EffectivePolicyType, state: StringValue },
  { requestTimestamp: DateFromJavaDateText, info: StringValue, validationErrors: arrayOf(validationError) },
);
/**
 * `serviceEventDetails` of an EffectivePolicyValidation event: the account,
 * the policy type, whether its effective policy is `VALID` or `INVALID`, and
 * for an invalid one each error with the policies that caused it.
 */
export interface EffectivePolicyValidationDetails extends t.TypeOf<typeof details> {}
/**
 * Codec of {@link EffectivePolicyValidationDetails}; its timestamps are Java
 * date text on the wire and `Date`s decoded.
 *
 * @example
 * import { EffectivePolicyValidationDetails } from 'cloudtrail-codecs/organizations';
 * const r = EffectivePolicyValidationDetails.decode({ accountId: '111111111111', policyType: 'BACKUP_POLICY', state: 'VALID', requestTimestamp: 'Jul 17, 2025, 2:54:40 PM' });
 * if (r._tag === 'Right') r.right.requestTimestamp?.toISOString(); // '2025-07-17T14:54:40.000Z'
 */
export const EffectivePolicyValidationDetails: StructCodec<EffectivePolicyValidationDetails, t.OutputOf<typeof details>> = details;

const event = eventRecordOf('organizations.amazonaws.com', 'EffectivePolicyValidation', { required: { serviceEventDetails: details } });
/**
 * The service event AWS Organizations records when it finds an account's
 * effective policy of a type invalid, or valid again (eventType
 * `AwsServiceEvent`): the outcome is in `serviceEventDetails`.
 */
export interface EffectivePolicyValidationEvent extends t.TypeOf<typeof event> {}
/**
 * The wire form of {@link EffectivePolicyValidationEvent}.
 *
 * @example
 * import type { EffectivePolicyValidationEventJson } from 'cloudtrail-codecs/organizations';
 * const invalid = (e: EffectivePolicyValidationEventJson): boolean => e.serviceEventDetails.state === 'INVALID';
 */
export interface EffectivePolicyValidationEventJson extends t.OutputOf<typeof event> {}
/**
 * Codec of {@link EffectivePolicyValidationEvent}; `OrganizationsEvent` decodes these records with it.
 *
 * @example
 * import { EffectivePolicyValidationEvent } from 'cloudtrail-codecs/organizations';
 * EffectivePolicyValidationEvent.name; // 'EffectivePolicyValidationEvent'
 */
export const EffectivePolicyValidationEvent: StructCodec<EffectivePolicyValidationEvent, EffectivePolicyValidationEventJson> = event;
