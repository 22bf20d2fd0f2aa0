import type { ServiceConfig } from '../config.js';

// Evidence is named in each comment; test/services/json-services.test.ts checks
// the corpus facts this config relies on.

/** AWS Secrets Manager (awsJson1_1): how CloudTrail writes its payloads. */
export const secretsmanager: ServiceConfig = {
  name: 'secretsmanager',
  model: 'models/secretsmanager-2017-10-17.facts.json',
  eventCodec: 'SecretsManagerEvent',
  prefix: 'secretsManager',
  callName: 'SecretsManager',
  // secretId (stratus-red-team.json[11], [71]-[89]), filters with key and
  // values, maxResults ([6], [12]); the response member ARN is written aRN
  // (odd/streamalert.json[39], PutResourcePolicy): acronyms lower only their
  // first letter.
  memberNames: 'lower-first',
  // No record of the corpus carries a Secrets Manager payload timestamp;
  // java-text is the form of the other awsJson services whose records do (KMS,
  // SSM, Organizations), and a record with another form departs rather than fails.
  timestamps: 'java-text',
  // No `hidden`, and no wire departure: every corpus record of the service
  // matches the model as it is. GetSecretValue and BatchGetSecretValue record
  // responseElements null (stratus-red-team.json[6], [11], [67]-[89]), so the
  // secret values are never in a record; the sensitive members are text or
  // blobs (base64 text), which the hidden text would decode as anyway.
  apiPages: false,
  budget: 20_500,
};
