/**
 * Typed CloudTrail records of Amazon DynamoDB (eventSource
 * `dynamodb.amazonaws.com`), generated from its API model: `DynamoDBEvent`
 * decodes any of them, `dynamoDBService` describes the service for generic
 * code, and each operation has its request and response types. Payloads that
 * depart from the model decode to `DynamoDBDeparted`, with their issues;
 * `DynamoDBEventStrict` rejects them instead. The event table is in
 * docs/services/dynamodb.md.
 *
 * @packageDocumentation
 */
export * from './generated/shapes.js';
export * from './generated/events.js';
export { departures } from '../../service-kit/types.js';
