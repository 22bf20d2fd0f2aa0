/**
 * Typed CloudTrail records of Amazon S3 (eventSource `s3.amazonaws.com`),
 * generated from its API model: `S3CloudTrailEvent` decodes any of them
 * (data events such as GetObject and PutObject included), `s3Service`
 * describes the service for generic code, and each operation has its request
 * and response types, named as CloudTrail writes them: `bucketName` and
 * `key`, query and header members under their HTTP names (`x-amz-acl`) as
 * text, XML bodies under their element names. An XML list of one item is
 * the item alone, as CloudTrail writes it (`Grant | Grant[]`); `itemsOf`
 * gives the items as a list either way. A successful call's
 * `additionalEventData` is an `S3AdditionalEventData` (`bytesTransferredIn`,
 * `SignatureVersion`, …), and CloudTrail's names for bucket-level calls
 * (`PutBucketLifecycle`, `PutBucketPublicAccessBlock`, …) decode as their
 * operations. Payloads that depart from the model decode to `S3Departed`,
 * with their issues; `S3CloudTrailEventStrict` rejects them instead. The
 * event table is in docs/services/s3.md.
 *
 * @packageDocumentation
 */
export * from './generated/shapes.js';
export * from './generated/events.js';
export { departures } from '../../service-kit/types.js';
export { itemsOf } from '../../service-kit/oneOrList.js';
