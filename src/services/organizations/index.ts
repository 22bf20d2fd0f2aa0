/**
 * Typed CloudTrail records of AWS Organizations (eventSource
 * `organizations.amazonaws.com`), generated from its API model:
 * `OrganizationsEvent` decodes any of them, `organizationsService` describes
 * the service for generic code, each operation has its request and response
 * types, and the `CreateAccountResult`, `CloseAccountResult` and
 * `EffectivePolicyValidation` service events codecs of their own. Payloads
 * that depart from the model decode to `OrganizationsDeparted`, with their
 * issues; `OrganizationsEventStrict` rejects them instead. The event table is
 * in docs/services/organizations.md.
 *
 * @packageDocumentation
 */
export * from './generated/shapes.js';
export * from './generated/events.js';
export * from './CloseAccountResult.js';
export * from './CreateAccountResult.js';
export * from './EffectivePolicyValidation.js';
export { departures } from '../../service-kit/types.js';
