/**
 * Typed CloudTrail records of AWS Systems Manager (eventSource
 * `ssm.amazonaws.com`), generated from its API model: `SSMEvent` decodes any
 * of them, `ssmService` describes the service for generic code, and each
 * operation has its request and response types. The SSM Agent's calls of APIs
 * the model lacks (`UpdateInstanceInformation`, Session Manager's
 * `OpenControlChannel` and `CreateControlChannel`) have codecs of their own.
 * Payloads that depart from the
 * model decode to `SSMDeparted`, with their issues; `SSMEventStrict` rejects
 * them instead. The event table is in docs/services/ssm.md.
 *
 * @packageDocumentation
 */
export * from './generated/shapes.js';
export * from './generated/events.js';
export * from './agentCalls.js';
export { departures } from '../../service-kit/types.js';
