import type { ServiceConfig } from '../config.js';
import { ADDITIONAL_EVENT_DATA, restXml } from '../dialects/restXml.js';

// Evidence is named in each reason and in the dialect (scripts/codegen/dialects/restXml.ts);
// test/services/s3.test.ts checks the corpus facts both rely on.
/** Amazon S3 (restXml): how CloudTrail writes its payloads. */
export const s3: ServiceConfig = {
  name: 's3',
  model: 'models/s3-2006-03-01.facts.json',
  // Not S3Event: @types/aws-lambda has it, for S3 notifications.
  eventCodec: 'S3CloudTrailEvent',
  prefix: 's3',
  callName: 'S3',
  memberNames: 'as-is',
  dialect: restXml,
  // No payload timestamp in the corpus; XML bodies write ISO-8601 text (the
  // model's own form for restXml bodies), and headers are text (see the dialect).
  timestamps: 'iso',
  // No `hidden`: no S3 record writes HIDDEN_DUE_TO_SECURITY_REASONS; the
  // SSE-KMS key id is recorded as it is (panther-analysis.json[79]).
  additionalEventData: {
    shape: ADDITIONAL_EVENT_DATA,
    reason:
      'SignatureVersion, CipherSuite, AuthenticationMethod in panther-analysis.json[1], [22], [74], [75], [77], [78]; bytesTransferredIn/Out and SSEApplied in [23], [31], [86], [87]; x-amz-id-2 in odd/otrf-security-datasets.json[44]-[102] and odd/panther-analysis.json[79], [103]; aclRequired in the S3 User Guide sample of ListBuckets (cloudtrail-logging-understanding-s3-entries)',
  },
  // CloudTrail's names for bucket-level calls, where they are not the API's:
  // the S3 User Guide, "Amazon S3 CloudTrail events" (cloudtrail-logging-s3-info),
  // lists the event names with the API action of each. Not aliased, and so
  // unknown operations:
  // - DeleteAccountPublicAccessBlock, GetAccountPublicAccessBlock,
  //   PutAccountPublicAccessBlock: account-level calls of the S3 Control API
  //   (s3-control endpoints, no bucket: odd/streamalert.json[16], [19]), recorded
  //   under s3.amazonaws.com; that model is not vendored;
  // - ListBucket and ListAllMyBuckets (panther-analysis.json[31],
  //   odd/panther-analysis.json[66]): IAM action names of ListObjects and
  //   ListBuckets, which no AWS page lists as event names; CloudTrail writes
  //   ListObjects and ListBuckets (odd/otrf-security-datasets.json[44], [97]);
  // - CreateServiceLinkedRole (panther-analysis.json[74]): an IAM operation's
  //   name over a PutBucketVersioning payload, a hand-edited rule fixture;
  // - the metadata-configuration V2 calls the page lists (CreateBucketMetadataConfiguration, …): not in this model.
  aliases: {
    // panther-analysis.json[88]: the publicAccessBlock sub-resource of DeletePublicAccessBlock.
    DeleteBucketPublicAccessBlock: 'DeletePublicAccessBlock',
    GetAccelerateConfiguration: 'GetBucketAccelerateConfiguration',
    // odd/panther-analysis.json[79]: the lifecycle sub-resource of GetBucketLifecycleConfiguration.
    GetBucketLifecycle: 'GetBucketLifecycleConfiguration',
    GetBucketNotification: 'GetBucketNotificationConfiguration',
    GetBucketObjectLockConfiguration: 'GetObjectLockConfiguration',
    GetBucketPublicAccessBlock: 'GetPublicAccessBlock',
    PutAccelerateConfiguration: 'PutBucketAccelerateConfiguration',
    // The page: "PutBucketLifecycleConfiguration is PutBucketLifecycle"; odd/panther-analysis.json[103]
    // has a LifecycleConfiguration body whose rule has a Filter, which only that API takes.
    PutBucketLifecycle: 'PutBucketLifecycleConfiguration',
    PutBucketNotification: 'PutBucketNotificationConfiguration',
    PutBucketObjectLockConfiguration: 'PutObjectLockConfiguration',
    // panther-analysis.json[89], odd/streamalert.json[17], [18]: the publicAccessBlock
    // sub-resource and PublicAccessBlockConfiguration body of PutPublicAccessBlock.
    PutBucketPublicAccessBlock: 'PutPublicAccessBlock',
  },
  apiPages: false,
  // 30.9 kB measured (scripts/budgets.ts bundleSize) with the dialect above.
  budget: 40_000,
};

