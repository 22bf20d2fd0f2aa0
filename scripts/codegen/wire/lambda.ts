import type { ServiceConfig } from '../config.js';
import { restJson1 } from '../dialects/restJson1.js';

// Evidence is named in each reason. The Lambda records of the corpus:
// panther-analysis.json[0], [4], [27]-[29] (detection-rule fixtures; [4] is the
// DeleteFunction sample of the Lambda Developer Guide), stratus-red-team.json[9],
// [33] (captured), odd/panther-analysis.json[104] (odd for its eventTime only).
const DEV_GUIDE = 'Lambda Developer Guide, "Logging Lambda API calls with CloudTrail"';

/** AWS Lambda (restJson1): how CloudTrail writes its payloads. */
export const lambda: ServiceConfig = {
  name: 'lambda',
  model: 'models/lambda-2015-03-31.facts.json',
  eventCodec: 'LambdaEvent',
  prefix: 'lambda',
  callName: 'Lambda',
  // The model spells members FunctionName, StatementId, CodeSha256; every record
  // writes functionName, statementId, codeSha256, at every depth
  // (stratus-red-team.json[9], [33]; panther-analysis.json[0], [4]). No record
  // shows an acronym-led member (KMSKeyArn, UUID): they follow the same rule
  // (kMSKeyArn, uUID), as IAM's sAMLMetadataDocument does (see iam.ts).
  memberNames: 'lower-first',
  dialect: restJson1,
  // No record of the corpus carries a Lambda timestamp: lastModified
  // ('2024-08-01T13:52:02.000+0000', stratus-red-team.json[33]) targets the
  // model's Timestamp shape, which is a string, and stays one. The members of
  // the Date shape (lastModified of event source mappings and of event invoke
  // configs, startingPositionTimestamp) take java-text: the form CloudTrail
  // writes for App Mesh, the other restJson1 service (cloud-custodian.json[0],
  // [1]), as for IAM, STS, KMS and SSM (EC2 alone writes numbers). A record
  // with another form departs rather than fails.
  timestamps: 'java-text',
  // No `hidden`: no Lambda record writes HIDDEN_DUE_TO_SECURITY_REASONS.
  // environment.variables is left out (stratus-red-team.json[33] records
  // `"environment": {}`), and the Developer Guide says ZipFile is omitted.
  versionedEventNames: `CloudTrail appends the API version to Lambda event names: UpdateFunctionConfiguration20150331v2 (panther-analysis.json[0]), AddPermission20150331 ([27]), AddPermission20150331v2 ([28], stratus-red-team.json[9]), UpdateFunctionCode20150331v2 (stratus-red-team.json[33]), ListFunctions20150331 (odd/panther-analysis.json[104]); ${DEV_GUIDE}: "GetFunction20150331"`,
  // The versions seen, for the docs page; any other decodes by its base name.
  aliases: {
    AddPermission20150331: 'AddPermission',
    AddPermission20150331v2: 'AddPermission',
    GetFunction20150331: 'GetFunction',
    ListFunctions20150331: 'ListFunctions',
    UpdateFunctionCode20150331v2: 'UpdateFunctionCode',
    UpdateFunctionConfiguration20150331v2: 'UpdateFunctionConfiguration',
  },
  serviceEvents: {
    InvokeExecution: {
      module: 'InvokeExecution',
      codec: 'InvokeExecutionEvent',
      reason: 'a data event of each run of an asynchronously invoked function, with null payloads and additionalEventData.functionVersion (and customerEniId): Aidan Steele\'s "Lambda CloudTrail data events" (2023), which shows one',
    },
  },
  wire: {
    nullRequests: {
      // An asynchronous Invoke names the function (the same post); functionName stays required when there is a request.
      Invoke: 'a synchronous Invoke by Step Functions records `"requestParameters": null`: Aidan Steele\'s "Lambda CloudTrail data events" (2023)',
    },
    recordedResponses: {
      // Both answer with the function's configuration.
      UpdateFunctionConfiguration: 'panther-analysis.json[0]; no successful UpdateFunctionConfiguration without one',
      UpdateFunctionCode: 'stratus-red-team.json[33]; no successful UpdateFunctionCode without one',
      // Not AddPermission: stratus-red-team.json[9] records its statement, but
      // the fixtures panther-analysis.json[27], [28] record null.
    },
  },
  // 25.7 kB min+gzip measured with the kit as of this config; room for the kit to grow.
  apiPages: false,
  budget: 32_000,
};
