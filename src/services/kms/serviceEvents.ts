// KMS's service events (eventType `AwsServiceEvent`): records AWS KMS writes
// when it acts on a key by itself, not API calls. The model has no shape for
// them; these codecs follow the records named in scripts/codegen/wire/kms.ts.
import type * as t from 'io-ts';
import { StringValue } from '../../core/scalars.js';
import { struct, type StructCodec } from '../../core/struct.js';
import { eventRecordOf } from '../../service-kit/eventRecordOf.js';

const details = struct(
  'KMSKeyEventDetails',
  { keyId: StringValue },
  { rotationType: StringValue, keyOrigin: StringValue, keyMaterialId: StringValue, previousKeyMaterialId: StringValue, currentKeyMaterialId: StringValue },
);
/**
 * `serviceEventDetails` of KMS's service events: the key's id, and where
 * the event has them: how a RotateKey rotated (`AUTOMATIC`, `ON_DEMAND`),
 * the key's origin and its key material before and after, and the key
 * material a DeleteExpiredKeyMaterial deleted.
 */
export interface KMSKeyEventDetails extends t.TypeOf<typeof details> {}
/**
 * The codec of {@link KMSKeyEventDetails}.
 *
 * @example
 * import { KMSKeyEventDetails } from 'cloudtrail-codecs/kms';
 * KMSKeyEventDetails.is({ keyId: '1234abcd-12ab-34cd-56ef-1234567890ab', rotationType: 'AUTOMATIC' }); // true
 */
export const KMSKeyEventDetails: StructCodec<KMSKeyEventDetails, KMSKeyEventDetails> = details;

// Each event is the same record under its own name: null payloads, the key in serviceEventDetails.
const keyEvent = <N extends string>(name: N) => eventRecordOf('kms.amazonaws.com', name, { required: { serviceEventDetails: details } });

const rotateKey = keyEvent('RotateKey');
/** Recorded when AWS KMS rotates a key's material, on its schedule or on demand (`serviceEventDetails.rotationType`). */
export interface RotateKeyEvent extends t.TypeOf<typeof rotateKey> {}
/**
 * The wire form of {@link RotateKeyEvent}.
 *
 * @example
 * import type { RotateKeyEventJson } from 'cloudtrail-codecs/kms';
 * const rotated = (e: RotateKeyEventJson): string => e.serviceEventDetails.keyId;
 */
export interface RotateKeyEventJson extends t.OutputOf<typeof rotateKey> {}
/**
 * Codec of {@link RotateKeyEvent}; `KMSEvent` decodes these records with it.
 *
 * @example
 * import { RotateKeyEvent } from 'cloudtrail-codecs/kms';
 * RotateKeyEvent.name; // 'RotateKeyEvent'
 */
export const RotateKeyEvent: StructCodec<RotateKeyEvent, RotateKeyEventJson> = rotateKey;

const deleteKey = keyEvent('DeleteKey');
/** Recorded when AWS KMS deletes a key at the end of the waiting period that ScheduleKeyDeletion set. */
export interface DeleteKeyEvent extends t.TypeOf<typeof deleteKey> {}
/**
 * The wire form of {@link DeleteKeyEvent}.
 *
 * @example
 * import type { DeleteKeyEventJson } from 'cloudtrail-codecs/kms';
 * const deleted = (e: DeleteKeyEventJson): string => e.serviceEventDetails.keyId;
 */
export interface DeleteKeyEventJson extends t.OutputOf<typeof deleteKey> {}
/**
 * Codec of {@link DeleteKeyEvent}; `KMSEvent` decodes these records with it.
 *
 * @example
 * import { DeleteKeyEvent } from 'cloudtrail-codecs/kms';
 * DeleteKeyEvent.is({}); // false
 */
export const DeleteKeyEvent: StructCodec<DeleteKeyEvent, DeleteKeyEventJson> = deleteKey;

const deleteExpired = keyEvent('DeleteExpiredKeyMaterial');
/** Recorded when AWS KMS deletes imported key material that has expired. */
export interface DeleteExpiredKeyMaterialEvent extends t.TypeOf<typeof deleteExpired> {}
/**
 * The wire form of {@link DeleteExpiredKeyMaterialEvent}.
 *
 * @example
 * import type { DeleteExpiredKeyMaterialEventJson } from 'cloudtrail-codecs/kms';
 * const material = (e: DeleteExpiredKeyMaterialEventJson): string | undefined => e.serviceEventDetails.keyMaterialId;
 */
export interface DeleteExpiredKeyMaterialEventJson extends t.OutputOf<typeof deleteExpired> {}
/**
 * Codec of {@link DeleteExpiredKeyMaterialEvent}; `KMSEvent` decodes these records with it.
 *
 * @example
 * import { DeleteExpiredKeyMaterialEvent } from 'cloudtrail-codecs/kms';
 * DeleteExpiredKeyMaterialEvent.name; // 'DeleteExpiredKeyMaterialEvent'
 */
export const DeleteExpiredKeyMaterialEvent: StructCodec<DeleteExpiredKeyMaterialEvent, DeleteExpiredKeyMaterialEventJson> = deleteExpired;

const synchronize = eventRecordOf('kms.amazonaws.com', 'SynchronizeMultiRegionKey');
/**
 * Recorded when AWS KMS brings the shared properties of a multi-Region key's
 * related keys in line; the key is in `resources`, the payloads are `null`.
 */
export interface SynchronizeMultiRegionKeyEvent extends t.TypeOf<typeof synchronize> {}
/**
 * The wire form of {@link SynchronizeMultiRegionKeyEvent}.
 *
 * @example
 * import type { SynchronizeMultiRegionKeyEventJson } from 'cloudtrail-codecs/kms';
 * const keys = (e: SynchronizeMultiRegionKeyEventJson): number => e.resources?.length ?? 0;
 */
export interface SynchronizeMultiRegionKeyEventJson extends t.OutputOf<typeof synchronize> {}
/**
 * Codec of {@link SynchronizeMultiRegionKeyEvent}; `KMSEvent` decodes these records with it.
 *
 * @example
 * import { SynchronizeMultiRegionKeyEvent } from 'cloudtrail-codecs/kms';
 * SynchronizeMultiRegionKeyEvent.name; // 'SynchronizeMultiRegionKeyEvent'
 */
export const SynchronizeMultiRegionKeyEvent: StructCodec<SynchronizeMultiRegionKeyEvent, SynchronizeMultiRegionKeyEventJson> = synchronize;
