import type { ServiceConfig } from '../config.js';

// Evidence is named in each reason; test/services/json-services.test.ts checks
// the corpus facts these entries rely on.
const SEND_COMMAND = 'stratus-red-team.json[24] and odd/panther-analysis.json[92] (SendCommand, whose envelope is odd only for its eventTime)';

/** AWS Systems Manager (awsJson1_1): how CloudTrail writes its payloads. */
export const ssm: ServiceConfig = {
  name: 'ssm',
  model: 'models/ssm-2014-11-06.facts.json',
  eventCodec: 'SSMEvent',
  prefix: 'ssm',
  callName: 'SSM',
  // commandId, instanceIds, withDecryption, nextToken in every record
  // (stratus-red-team.json[4], [13], [22]-[24]).
  memberNames: 'lower-first',
  // command.expiresAfter 'Aug 2, 2024, 11:08:56 AM' and requestedDateTime
  // 'Aug 2, 2024, 9:08:56 AM' (stratus-red-team.json[24]).
  timestamps: 'java-text',
  // SendCommand's parameters map (@sensitive) is written as this text, in the
  // request and in the command of the response: ${SEND_COMMAND}.
  hidden: 'HIDDEN_DUE_TO_SECURITY_REASONS',
  wire: {
    required: {
      'SendCommandResult.Command': SEND_COMMAND,
    },
    recordedResponses: {
      SendCommand: SEND_COMMAND,
      // Not GetParameters, DescribeParameters, DescribeInstanceInformation or
      // GetCommandInvocation: reads, recorded with responseElements null
      // (stratus-red-team.json[4], [13], [22], [23]).
    },
  },
  apiPages: false,
  budget: 47_500,
};
