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
  // Calls of APIs the public model lacks, made by the SSM Agent: elastic/integrations'
  // CloudTrail pipeline tests (test-open-control-channel-json.log and a
  // CreateControlChannel refused with AccessDenied, Grimoire captures of 2024);
  // UpdateInstanceInformation in public captures of 2026 (Amazon Linux and
  // Windows Server agents, iPAddress hidden).
  serviceEvents: {
    UpdateInstanceInformation: {
      module: 'agentCalls',
      codec: 'UpdateInstanceInformationEvent',
      reason: 'the SSM Agent\'s report on its instance (instanceId, agentVersion, platformType, …), an API the public model does not have: public captures of 2026',
    },
    OpenControlChannel: {
      module: 'agentCalls',
      codec: 'OpenControlChannelEvent',
      reason: 'Session Manager\'s control channel (the ssmmessages API), recorded under ssm.amazonaws.com: elastic/integrations, test-open-control-channel-json.log',
    },
    CreateControlChannel: {
      module: 'agentCalls',
      codec: 'CreateControlChannelEvent',
      reason: 'Session Manager\'s control channel (the ssmmessages API), recorded under ssm.amazonaws.com; refused with a null request in an elastic/integrations capture',
    },
  },
  budget: 48_000,
};
