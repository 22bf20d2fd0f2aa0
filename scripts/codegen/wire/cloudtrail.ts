import type { ServiceConfig } from '../config.js';

/** AWS CloudTrail (awsJson1_1): how CloudTrail writes its payloads. */
export const cloudtrail: ServiceConfig = {
  name: 'cloudtrail',
  model: 'models/cloudtrail-2013-11-01.facts.json',
  eventCodec: 'CloudTrailAPIEvent',
  prefix: 'cloudTrail',
  callName: 'CloudTrailAPI',
  memberNames: 'lower-first',
  timestamps: 'java-text',
  budget: 60_000,
};
