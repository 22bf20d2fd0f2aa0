// Secrets Manager's rotation events (eventType `AwsServiceEvent`): records
// it writes as a rotation starts, succeeds, fails or is abandoned, not API
// calls. The model has no shape for them; these codecs follow the records
// named in scripts/codegen/wire/secretsmanager.ts.
import type * as t from 'io-ts';
import { StringValue } from '../../core/scalars.js';
import { struct, type StructCodec } from '../../core/struct.js';
import { eventRecordOf } from '../../service-kit/eventRecordOf.js';

const data = struct('RotationEventData', { SecretId: StringValue }, {});
/** `additionalEventData` of a rotation event: the ARN of the secret, as `SecretId`. */
export interface RotationEventData extends t.TypeOf<typeof data> {}
/**
 * The codec of {@link RotationEventData}.
 *
 * @example
 * import { RotationEventData } from 'cloudtrail-codecs/secretsmanager';
 * RotationEventData.is({ SecretId: 'arn:aws:secretsmanager:us-west-2:111122223333:secret:db-a1b2c3' }); // true
 */
export const RotationEventData: StructCodec<RotationEventData, RotationEventData> = data;

// Each event is the same record under its own name: null payloads, the secret
// in additionalEventData; a failed rotation adds an errorMessage.
const rotationEvent = <N extends string>(name: N) => eventRecordOf('secretsmanager.amazonaws.com', name, { required: { additionalEventData: data } });

const started = rotationEvent('RotationStarted');
/** Recorded when Secrets Manager starts rotating a secret. */
export interface RotationStartedEvent extends t.TypeOf<typeof started> {}
/**
 * The wire form of {@link RotationStartedEvent}.
 *
 * @example
 * import type { RotationStartedEventJson } from 'cloudtrail-codecs/secretsmanager';
 * const secretOf = (e: RotationStartedEventJson): string => e.additionalEventData.SecretId;
 */
export interface RotationStartedEventJson extends t.OutputOf<typeof started> {}
/**
 * Codec of {@link RotationStartedEvent}; `SecretsManagerEvent` decodes these records with it.
 *
 * @example
 * import { RotationStartedEvent } from 'cloudtrail-codecs/secretsmanager';
 * RotationStartedEvent.name; // 'RotationStartedEvent'
 */
export const RotationStartedEvent: StructCodec<RotationStartedEvent, RotationStartedEventJson> = started;

const succeeded = rotationEvent('RotationSucceeded');
/** Recorded when a rotation of a secret succeeds. */
export interface RotationSucceededEvent extends t.TypeOf<typeof succeeded> {}
/**
 * The wire form of {@link RotationSucceededEvent}.
 *
 * @example
 * import type { RotationSucceededEventJson } from 'cloudtrail-codecs/secretsmanager';
 * const secretOf = (e: RotationSucceededEventJson): string => e.additionalEventData.SecretId;
 */
export interface RotationSucceededEventJson extends t.OutputOf<typeof succeeded> {}
/**
 * Codec of {@link RotationSucceededEvent}; `SecretsManagerEvent` decodes these records with it.
 *
 * @example
 * import { RotationSucceededEvent } from 'cloudtrail-codecs/secretsmanager';
 * RotationSucceededEvent.is({}); // false
 */
export const RotationSucceededEvent: StructCodec<RotationSucceededEvent, RotationSucceededEventJson> = succeeded;

const failed = rotationEvent('RotationFailed');
/** Recorded when a rotation of a secret fails; `errorMessage` says at which step. */
export interface RotationFailedEvent extends t.TypeOf<typeof failed> {}
/**
 * The wire form of {@link RotationFailedEvent}.
 *
 * @example
 * import type { RotationFailedEventJson } from 'cloudtrail-codecs/secretsmanager';
 * const why = (e: RotationFailedEventJson): string | undefined => e.errorMessage;
 */
export interface RotationFailedEventJson extends t.OutputOf<typeof failed> {}
/**
 * Codec of {@link RotationFailedEvent}; `SecretsManagerEvent` decodes these records with it.
 *
 * @example
 * import { RotationFailedEvent } from 'cloudtrail-codecs/secretsmanager';
 * RotationFailedEvent.name; // 'RotationFailedEvent'
 */
export const RotationFailedEvent: StructCodec<RotationFailedEvent, RotationFailedEventJson> = failed;

const abandoned = rotationEvent('RotationAbandoned');
/** Recorded when a new version of a secret, made by hand, ends a rotation in progress. */
export interface RotationAbandonedEvent extends t.TypeOf<typeof abandoned> {}
/**
 * The wire form of {@link RotationAbandonedEvent}.
 *
 * @example
 * import type { RotationAbandonedEventJson } from 'cloudtrail-codecs/secretsmanager';
 * const secretOf = (e: RotationAbandonedEventJson): string => e.additionalEventData.SecretId;
 */
export interface RotationAbandonedEventJson extends t.OutputOf<typeof abandoned> {}
/**
 * Codec of {@link RotationAbandonedEvent}; `SecretsManagerEvent` decodes these records with it.
 *
 * @example
 * import { RotationAbandonedEvent } from 'cloudtrail-codecs/secretsmanager';
 * RotationAbandonedEvent.name; // 'RotationAbandonedEvent'
 */
export const RotationAbandonedEvent: StructCodec<RotationAbandonedEvent, RotationAbandonedEventJson> = abandoned;
