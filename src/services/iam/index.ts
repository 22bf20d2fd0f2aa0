/**
 * Typed CloudTrail records of the AWS Identity and Access Management (eventSource
 * `iam.amazonaws.com`), generated from its API model: `IAMEvent` decodes any of
 * them, `iamService` describes the service for generic code, and each
 * operation has its request and response types. Payloads that depart from the
 * model decode to `IAMDeparted`, with their issues; `IAMEventStrict`
 * rejects them instead. The event table is in docs/services/iam.md.
 *
 * @packageDocumentation
 */
export * from './generated/shapes.js';
export * from './generated/events.js';
export { departures } from '../../service-kit/types.js';
