/**
 * Typed CloudTrail records of Amazon EC2 (eventSource `ec2.amazonaws.com`),
 * generated from its API model: `EC2Event` decodes any of them, `ec2Service`
 * describes the service for generic code, and each operation has its request
 * and response types. Payloads that depart from the model decode to
 * `EC2Departed`, with their issues; `EC2EventStrict` rejects them instead.
 * The service events SharedSnapshotVolumeCreated, SharedSnapshotCopyInitiated,
 * BidEvictedEvent and BidFulfilledEvent have codecs of their own. The event table is in
 * docs/services/ec2.md.
 *
 * @packageDocumentation
 */
export * from './generated/shapes.js';
export * from './generated/events.js';
export * from './serviceEvents.js';
export { departures } from '../../service-kit/types.js';
