/**
 * Typed CloudTrail records of Amazon S3 (eventSource `s3.amazonaws.com`),
 * generated from its API model: `S3CloudTrailEvent` decodes any of them,
 * `s3Service` describes the service for generic code, and each operation has
 * its request and response types. Payloads that depart from the model decode
 * to `S3Departed`, with their issues; `S3CloudTrailEventStrict` rejects them
 * instead. The event table is in docs/services/s3.md.
 *
 * @packageDocumentation
 */
export * from './generated/shapes.js';
export * from './generated/events.js';
export { departures } from '../../service-kit/types.js';
