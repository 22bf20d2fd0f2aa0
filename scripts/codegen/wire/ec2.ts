import type { ServiceConfig } from '../config.js';
import { ec2Query } from '../dialects/ec2Query.js';
/** Amazon EC2 (ec2Query): how CloudTrail writes its payloads. */
export const ec2: ServiceConfig = {
  name: 'ec2',
  model: 'models/ec2-2016-11-15.facts.json',
  eventCodec: 'EC2Event',
  prefix: 'ec2',
  callName: 'EC2',
  memberNames: 'as-is',
  timestamps: 'epoch-millis',
  dialect: ec2Query,
  budget: 60_000,
};
