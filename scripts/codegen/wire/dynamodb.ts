import type { ServiceConfig } from '../config.js';

/** Amazon DynamoDB (awsJson1_0): how CloudTrail writes its payloads. */
export const dynamodb: ServiceConfig = {
  name: 'dynamodb',
  model: 'models/dynamodb-2012-08-10.facts.json',
  eventCodec: 'DynamoDBEvent',
  prefix: 'dynamoDB',
  callName: 'DynamoDB',
  memberNames: 'lower-first',
  timestamps: 'java-text',
  budget: 60_000,
};
