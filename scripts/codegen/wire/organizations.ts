import type { ServiceConfig } from '../config.js';

// Evidence is named in each reason. The corpus holds no sound Organizations
// record (the three of odd/panther-analysis.json have Panther's eventTime);
// the AWS Organizations User Guide's samples are the other evidence.
const GUIDE = 'AWS Organizations User Guide, "Logging API calls with AWS CloudTrail for AWS Organizations" (orgs_cloudtrail-integration), example log entries';
const CREATE_ACCOUNT = `${GUIDE}: CreateAccount, both CreateAccountResult samples; odd/panther-analysis.json[70] (CreateAccountResult)`;

/** AWS Organizations (awsJson1_1): how CloudTrail writes its payloads. */
export const organizations: ServiceConfig = {
  name: 'organizations',
  model: 'models/organizations-2016-11-28.facts.json',
  eventCodec: 'OrganizationsEvent',
  prefix: 'organizations',
  callName: 'Organizations',
  // accountId (odd/panther-analysis.json[98], DescribeAccount); parentId,
  // organizationalUnit, createAccountStatus in the User Guide's samples.
  memberNames: 'lower-first',
  // requestedTimestamp 'Sep 16, 2020 9:20:50 PM' (the User Guide's CreateAccount),
  // completedTimestamp 'May 20, 2021 3:53:47 PM' (odd/panther-analysis.json[70]).
  timestamps: 'java-text',
  // email and accountName (@sensitive) are written as this text in the
  // CreateAccount request and in every createAccountStatus (the User Guide's
  // CreateAccount and CreateAccountResult samples, odd/panther-analysis.json[70]).
  // The model's sensitive members are all text, so it only documents the rule.
  hidden: '****',
  serviceEvents: {
    CreateAccountResult: {
      module: 'CreateAccountResult',
      codec: 'CreateAccountResultEvent',
      reason: `the AwsServiceEvent that reports how an account creation ended, its createAccountStatus in serviceEventDetails: ${CREATE_ACCOUNT}; the API Reference of CreateAccount points to it. No operation of the model has the name.`,
    },
    EffectivePolicyValidation: {
      module: 'EffectivePolicyValidation',
      codec: 'EffectivePolicyValidationEvent',
      reason: `the AwsServiceEvent that reports an account's effective policy of a type as invalid, or valid again: ${GUIDE}, its two EffectivePolicyValidation samples (2025). No operation of the model has the name.`,
    },
    CloseAccountResult: {
      module: 'CloseAccountResult',
      codec: 'CloseAccountResultEvent',
      reason: 'the AwsServiceEvent that reports how the closing of an account ended, its closeAccountStatus in serviceEventDetails: the Organizations User Guide\'s incident-response page (orgs_security_incident-response), its CloseAccountResult sample. No operation of the model has the name.',
    },
  },
  wire: {
    required: {
      'CreateAccountResponse.CreateAccountStatus': `${GUIDE}: CreateAccount`,
      'CreateAccountStatus.Id': CREATE_ACCOUNT,
      'CreateAccountStatus.State': CREATE_ACCOUNT,
      'CreateAccountStatus.RequestedTimestamp': CREATE_ACCOUNT,
      'CreateOrganizationalUnitResponse.OrganizationalUnit': `${GUIDE}: CreateOrganizationalUnit`,
      'InviteAccountToOrganizationResponse.Handshake': `${GUIDE}: InviteAccountToOrganization`,
    },
    recordedResponses: {
      CreateAccount: `${GUIDE}: CreateAccount`,
      CreateOrganizationalUnit: `${GUIDE}: CreateOrganizationalUnit`,
      InviteAccountToOrganization: `${GUIDE}: InviteAccountToOrganization`,
      // Not DescribeAccount: odd/panther-analysis.json[98] is a successful one without responseElements.
    },
  },
  apiPages: false,
  budget: 24_000,
};
