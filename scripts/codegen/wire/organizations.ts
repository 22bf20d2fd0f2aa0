import type { ServiceConfig } from '../config.js';

/** AWS Organizations (awsJson1_1): how CloudTrail writes its payloads. */
export const organizations: ServiceConfig = {
  name: 'organizations',
  model: 'models/organizations-2016-11-28.facts.json',
  eventCodec: 'OrganizationsEvent',
  prefix: 'organizations',
  callName: 'Organizations',
  memberNames: 'lower-first',
  timestamps: 'java-text',
  budget: 60_000,
};
