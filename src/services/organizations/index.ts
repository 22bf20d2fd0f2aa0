/**
 * Typed CloudTrail records of AWS Organizations (eventSource
 * `organizations.amazonaws.com`), generated from its API model:
 * `OrganizationsEvent` decodes any of them, `organizationsService` describes
 * the service for generic code, and each operation has its request and
 * response types. Payloads that depart from the model decode to
 * `OrganizationsDeparted`, with their issues; `OrganizationsEventStrict`
 * rejects them instead. The event table is in docs/services/organizations.md.
 *
 * @packageDocumentation
 */
export * from './generated/shapes.js';
export * from './generated/events.js';
export { departures } from '../../service-kit/types.js';
