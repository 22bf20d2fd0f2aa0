/**
 * Typed CloudTrail records of AWS Secrets Manager (eventSource
 * `secretsmanager.amazonaws.com`), generated from its API model:
 * `SecretsManagerEvent` decodes any of them, `secretsManagerService` describes
 * the service for generic code, and each operation has its request and
 * response types. The rotation events (`RotationStarted`, `RotationSucceeded`,
 * `RotationFailed`, `RotationAbandoned`) have codecs of their own, the secret
 * in `additionalEventData.SecretId`. Payloads that depart from the model decode to
 * `SecretsManagerDeparted`, with their issues; `SecretsManagerEventStrict`
 * rejects them instead. The event table is in docs/services/secretsmanager.md.
 *
 * @packageDocumentation
 */
export * from './generated/shapes.js';
export * from './generated/events.js';
export * from './serviceEvents.js';
export { departures } from '../../service-kit/types.js';
