import type { ServiceConfig } from '../config.js';
import { restJson1 } from '../dialects/restJson1.js';

/** AWS Lambda (restJson1): how CloudTrail writes its payloads. */
export const lambda: ServiceConfig = {
  name: 'lambda',
  model: 'models/lambda-2015-03-31.facts.json',
  eventCodec: 'LambdaEvent',
  prefix: 'lambda',
  callName: 'Lambda',
  memberNames: 'as-is',
  timestamps: 'iso-offset',
  dialect: restJson1,
  budget: 60_000,
};
