import type { ServiceConfig } from '../config.js';

// Evidence is named in each reason; test/services/wire-findings.test.ts checks
// the corpus facts these entries rely on.
const IAM_GUIDE = 'aws-docs-iam-user-guide.json';

/** AWS STS (awsQuery): how CloudTrail writes its payloads. */
export const sts: ServiceConfig = {
  name: 'sts',
  model: 'models/sts-2011-06-15.facts.json',
  eventCodec: 'STSEvent',
  prefix: 'sts',
  callName: 'STS',
  // sAMLAssertionID in AssumeRoleWithSAML requests (aws-docs-iam-user-guide.json[0], [2]):
  // acronym-led names lower only their first letter.
  memberNames: 'lower-first',
  // credentials.expiration in every record: 'Mar 23, 2016 2:39:57 AM' (aws-docs-iam-user-guide.json)
  // up to 2019, 'Jul 30, 2024, 9:46:15 PM' (stratus-red-team.json[10]) later.
  timestamps: 'java-text',
  // No `hidden`: no STS record or AWS sample writes HIDDEN_DUE_TO_SECURITY_REASONS;
  // secretAccessKey, SAMLAssertion and WebIdentityToken are left out instead.
  wire: {
    required: {
      'AssumeRoleResponse.Credentials': `every successful AssumeRole with a response carries it: ${IAM_GUIDE}[4], [6]-[10], stratus-red-team.json[10], [65], and the AWS-service calls of odd/otrf-security-datasets.json[39]-[43] and odd/panther-analysis.json[75]`,
      'AssumeRoleWithSAMLResponse.Credentials': `${IAM_GUIDE}[0], [2] (AssumeRoleWithSAML; the IAM User Guide's CloudTrail examples)`,
      'AssumeRoleWithSAMLResponse.AssumedRoleUser': `${IAM_GUIDE}[0], [2] (AssumeRoleWithSAML; the IAM User Guide's CloudTrail examples)`,
      'AssumeRoleWithWebIdentityResponse.Credentials': `${IAM_GUIDE}[1] (AssumeRoleWithWebIdentity; the IAM User Guide's CloudTrail example)`,
      'AssumeRoleWithWebIdentityResponse.AssumedRoleUser': `${IAM_GUIDE}[1] (AssumeRoleWithWebIdentity; the IAM User Guide's CloudTrail example)`,
      'GetFederationTokenResponse.Credentials': 'stratus-red-team.json[34] (GetFederationToken)',
      'GetFederationTokenResponse.FederatedUser': 'stratus-red-team.json[34] (GetFederationToken)',
      // Not AssumeRoleResponse.AssumedRoleUser: AssumeRole calls made by AWS services
      // (EC2 instance profiles, Lambda) record credentials only, see
      // odd/otrf-security-datasets.json[39]-[43] and odd/panther-analysis.json[75].
    },
    recordedResponses: {
      AssumeRole: `every successful AssumeRole records its response: ${IAM_GUIDE}[4], [6]-[10], stratus-red-team.json[10], [65]; IAM User Guide, "Example AWS STS API events in CloudTrail log"`,
      AssumeRoleWithSAML: `${IAM_GUIDE}[0], [2]; IAM User Guide, "Example SAML AWS STS API event in CloudTrail log file"`,
      AssumeRoleWithWebIdentity: `${IAM_GUIDE}[1]; IAM User Guide, "Example web identity AWS STS API event in CloudTrail log file"`,
      GetFederationToken: 'stratus-red-team.json[34]',
      // Not GetSessionToken: no record or AWS sample shows a successful one with its response.
    },
  },
  budget: 18_500,
};
