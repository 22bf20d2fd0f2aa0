/**
 * Typed CloudTrail records of the AWS Key Management Service (eventSource
 * `kms.amazonaws.com`), generated from its API model: `KMSEvent` decodes any of
 * them, `kmsService` describes the service for generic code, and each
 * operation has its request and response types. The events KMS records when
 * it acts on a key by itself (`RotateKey`, `DeleteKey`,
 * `DeleteExpiredKeyMaterial`, `SynchronizeMultiRegionKey`) have codecs of
 * their own. Payloads that depart from the
 * model decode to `KMSDeparted`, with their issues; `KMSEventStrict`
 * rejects them instead. The event table is in docs/services/kms.md.
 *
 * @packageDocumentation
 */
export * from './generated/shapes.js';
export * from './generated/events.js';
export * from './serviceEvents.js';
export { departures } from '../../service-kit/types.js';
