/**
 * The S3 keys of a trail bucket: classify any key (log file, Insights,
 * network activity, aggregated events, digest, backfill digest, or not
 * CloudTrail and why), build keys from their parts, and find the account a
 * record belongs to when `recipientAccountId` is missing. Pure functions of
 * text: no I/O, no clock.
 *
 * @packageDocumentation
 */
export type {
  CloudTrailObjectKey,
  DayText,
  DeliveryTime,
  DigestObjectKey,
  LogObjectKey,
  NotCloudTrailKey,
  ObjectKey,
  ObjectKeyFields,
  ObjectKeyKind,
  UnnamedObjectKey,
} from './ObjectKey.js';
export { parseObjectKey } from './parseObjectKey.js';
export { parseObjectPath } from './parseObjectPath.js';
export {
  objectKeyOf,
  type DeliveryTimeInput,
  type DigestKeyParts,
  type KeyPartsBase,
  type LogKeyParts,
  type ObjectKeyParts,
  type UnnamedKeyParts,
} from './objectKeyOf.js';
export { accountOf, type AccountSource, type RecordAccount } from './accountOf.js';
