/**
 * Typed CloudTrail records of the AWS Security Token Service (eventSource
 * `sts.amazonaws.com`), generated from its API model: `STSEvent` decodes any of
 * them, `stsService` describes the service for generic code, and each
 * operation has its request and response types. Payloads that depart from the
 * model decode to `STSDeparted`, with their issues; `STSEventStrict`
 * rejects them instead. The event table is in docs/services/sts.md.
 *
 * @packageDocumentation
 */
export * from './generated/shapes.js';
export * from './generated/events.js';
export { departures } from '../../service-kit/types.js';
