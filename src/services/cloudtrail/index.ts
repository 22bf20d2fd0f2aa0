/**
 * Typed CloudTrail records of the AWS CloudTrail API itself (eventSource
 * `cloudtrail.amazonaws.com`), generated from its API model:
 * `CloudTrailAPIEvent` decodes any of them, `cloudTrailService` describes the
 * service for generic code, each operation has its request and response
 * types, and the `CreateServiceLinkedChannel` service event its own codec.
 * Payloads that depart from the model decode to `CloudTrailAPIDeparted`, with
 * their issues; `CloudTrailAPIEventStrict` rejects them instead. The event
 * table is in docs/services/cloudtrail.md.
 *
 * @packageDocumentation
 */
export * from './generated/shapes.js';
export * from './generated/events.js';
export * from './CreateServiceLinkedChannel.js';
export { departures } from '../../service-kit/types.js';
