import type { ServiceConfig } from '../config.js';

/** AWS Systems Manager (awsJson1_1): how CloudTrail writes its payloads. */
export const ssm: ServiceConfig = {
  name: 'ssm',
  model: 'models/ssm-2014-11-06.facts.json',
  eventCodec: 'SSMEvent',
  prefix: 'ssm',
  callName: 'SSM',
  memberNames: 'lower-first',
  timestamps: 'java-text',
  budget: 60_000,
};
