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
  // No record of the corpus carries a Secrets Manager payload timestamp; the
  // User Guide's DeleteSecret sample writes deletionDate 'May 3, 2018 5:51:02 PM'
  // ("Logging AWS Secrets Manager events with AWS CloudTrail"), the form of the
  // other awsJson services whose records have one (KMS, SSM, Organizations).
  timestamps: 'java-text',
  // The User Guide's page above lists the rotation events; their records have
  // null payloads and the secret's ARN in additionalEventData.SecretId.
  serviceEvents: Object.fromEntries(
    ['RotationStarted', 'RotationSucceeded', 'RotationFailed', 'RotationAbandoned'].map((name) => [
      name,
      {
        module: 'serviceEvents',
        codec: `${name}Event`,
        reason: `an AwsServiceEvent with \`additionalEventData.SecretId\`, listed by the User Guide ("Logging AWS Secrets Manager events with AWS CloudTrail"); records: RotationSucceeded in the AWS Database Blog's "Multi-user secrets rotation for Amazon RDS", RotationFailed (with an errorMessage) in EventBridge samples of public repositories`,
      },
    ]),
  ),
  // No `hidden`, and no wire departure: every corpus record of the service
  // matches the model as it is. GetSecretValue and BatchGetSecretValue record
  // responseElements null (stratus-red-team.json[6], [11], [67]-[89]), so the
  // secret values are never in a record; the sensitive members are text or
  // blobs (base64 text), which the hidden text would decode as anyway.
  apiPages: false,
  budget: 20_500,
};
