import type { ServiceConfig } from '../config.js';

// Evidence is named in each reason; test/services/wire-findings.test.ts checks
// the corpus facts these entries rely on.

/** AWS IAM (awsQuery): how CloudTrail writes its payloads. */
export const iam: ServiceConfig = {
  name: 'iam',
  model: 'models/iam-2010-05-08.facts.json',
  eventCodec: 'IAMEvent',
  prefix: 'iam',
  callName: 'IAM',
  // sAMLMetadataDocument and sAMLProviderArn in odd/panther-analysis.json[43] (CreateSAMLProvider):
  // acronym-led names lower only their first letter.
  memberNames: 'lower-first',
  // createDate in every record, without the comma after the year even in 2024:
  // 'Jul 30, 2024 9:53:13 PM' (stratus-red-team.json[28]).
  timestamps: 'java-text',
  // No `hidden`: no IAM payload in the corpus writes HIDDEN_DUE_TO_SECURITY_REASONS
  // (ChangePassword and UpdateLoginProfile leave the passwords out).
  wire: {
    required: {
      'CreateUserResponse.User':
        'aws-docs-2026-mirror.json[28], aws-docs-cloudtrail-user-guide-archive.json[19], stratus-red-team.json[30] (CreateUser)',
    },
    optional: {
      'EnableMFADeviceRequest.AuthenticationCode1':
        'CloudTrail leaves the one-time codes out: aws-docs-2026-mirror.json[10], aws-docs-cloudtrail-user-guide-archive.json[9], [33] (EnableMFADevice)',
      'EnableMFADeviceRequest.AuthenticationCode2':
        'CloudTrail leaves the one-time codes out: aws-docs-2026-mirror.json[10], aws-docs-cloudtrail-user-guide-archive.json[9], [33] (EnableMFADevice)',
    },
    recordedResponses: {
      CreateUser:
        'aws-docs-2026-mirror.json[28], aws-docs-cloudtrail-user-guide-archive.json[19], stratus-red-team.json[30]; no successful CreateUser without one',
      CreateAccessKey:
        'panther-analysis.json[73], stratus-red-team.json[28]; no successful CreateAccessKey without one',
      // Not CreateRole: panther-analysis.json[43] is a successful CreateRole with responseElements null.
    },
  },
  budget: 32_000,
};
