/**
 * Typed CloudTrail records of AWS Lambda (eventSource `lambda.amazonaws.com`),
 * generated from its API model: `LambdaEvent` decodes any of them,
 * `lambdaService` describes the service for generic code, and each operation
 * has its request and response types. An event name that carries an API
 * version (`UpdateFunctionConfiguration20150331v2`) decodes as the operation it
 * starts with. `InvokeExecution`, the data event of each run of an
 * asynchronous invocation, has a codec of its own. Payloads that depart from
 * the model decode to `LambdaDeparted`,
 * with their issues; `LambdaEventStrict` rejects them instead. The event table
 * is in docs/services/lambda.md.
 *
 * @packageDocumentation
 */
export * from './generated/shapes.js';
export * from './generated/events.js';
export * from './InvokeExecution.js';
export { departures } from '../../service-kit/types.js';
