import type { ServiceConfig } from '../config.js';

/** AWS Secrets Manager (awsJson1_1): how CloudTrail writes its payloads. */
export const secretsmanager: ServiceConfig = {
  name: 'secretsmanager',
  model: 'models/secretsmanager-2017-10-17.facts.json',
  eventCodec: 'SecretsManagerEvent',
  prefix: 'secretsManager',
  callName: 'SecretsManager',
  memberNames: 'lower-first',
  timestamps: 'java-text',
  budget: 60_000,
};
