// Type-level tests for S3 events. Nothing here runs: `tsc --noEmit -p .`
// checks it, and every `@ts-expect-error` must sit on a real error.
import {
  isFailedS3Call,
  itemsOf,
  isSucceededS3Call,
  type AccessControlPolicy,
  type CopyObjectSucceeded,
  type Delete,
  type GetObjectFailed,
  type Grant,
  type ObjectCannedACL,
  type PutObjectOutput,
  type PutObjectRequest,
  type PutObjectSucceeded,
  type PutObjectSucceededJson,
  type PutPublicAccessBlockEvent,
  type S3AdditionalEventData,
  type S3CloudTrailEvent,
  type S3Departed,
  type ServerSideEncryption,
} from '../../src/services/s3/index.js';
import type { JsonValue } from '../../src/index.js';
import type { OpenEnum } from '../../src/core/openEnum.js';

/** True when A and B are the same type (not merely mutually assignable). */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;

/** Compiles only when its type argument is `true`. */
function expectType<T extends true>(_ok: T): void {}

// ---------------------------------------------------------------------------
// PutObject narrowed to a succeeded call: the bucket and the bytes received are typed

export function uploaded(e: S3CloudTrailEvent): number | undefined {
  if (e.eventName === 'PutObject' && isSucceededS3Call(e)) {
    expectType<Equals<typeof e, PutObjectSucceeded>>(true);
    expectType<Equals<typeof e.requestParameters, PutObjectRequest>>(true);
    expectType<Equals<typeof e.requestParameters.bucketName, string>>(true);
    expectType<Equals<typeof e.requestParameters.key, string>>(true);
    expectType<Equals<typeof e.additionalEventData, S3AdditionalEventData | null | undefined>>(true);
    expectType<Equals<NonNullable<typeof e.additionalEventData>['bytesTransferredIn'], number | undefined>>(true);
    expectType<Equals<NonNullable<typeof e.additionalEventData>['x-amz-id-2'], string | undefined>>(true);
    // Headers under their HTTP names, values as text; enums stay open enums.
    expectType<Equals<typeof e.requestParameters['x-amz-acl'], OpenEnum<ObjectCannedACL> | undefined>>(true);
    expectType<Equals<typeof e.requestParameters['Content-Length'], string | undefined>>(true);
    expectType<Equals<typeof e.responseElements, PutObjectOutput | null | undefined>>(true);
    expectType<Equals<NonNullable<typeof e.responseElements>['x-amz-server-side-encryption'], OpenEnum<ServerSideEncryption> | undefined>>(true);
    // @ts-expect-error the model's Bucket is bucketName on the wire
    void e.requestParameters.Bucket;
    // @ts-expect-error CloudTrail records no object body
    void e.requestParameters.Body;
    return e.additionalEventData?.bytesTransferredIn;
  }
  return undefined;
}

// The wire form has the same names.
expectType<Equals<PutObjectSucceededJson['requestParameters']['bucketName'], string>>(true);

// ---------------------------------------------------------------------------
// The other data events

export function dataEvents(e: S3CloudTrailEvent): void {
  if (!isSucceededS3Call(e)) return;
  switch (e.eventName) {
    case 'GetObject':
    case 'HeadObject':
      expectType<Equals<typeof e.requestParameters.key, string>>(true);
      expectType<Equals<typeof e.requestParameters.versionId, string | undefined>>(true);
      break;
    case 'CopyObject':
      expectType<Equals<typeof e, CopyObjectSucceeded>>(true);
      expectType<Equals<typeof e.requestParameters['x-amz-copy-source'], string>>(true);
      break;
    case 'DeleteObject':
      expectType<Equals<typeof e.requestParameters.key, string>>(true);
      break;
    case 'DeleteObjects':
      // CloudTrail may leave the body out.
      expectType<Equals<typeof e.requestParameters.Delete, Delete | undefined>>(true);
      break;
    case 'ListObjects':
      expectType<Equals<typeof e.requestParameters.prefix, string | undefined>>(true);
      expectType<Equals<typeof e.requestParameters['max-keys'], string | undefined>>(true);
      break;
    case 'ListObjectsV2':
      expectType<Equals<typeof e.requestParameters['continuation-token'], string | undefined>>(true);
      break;
    case 'CreateMultipartUpload':
      expectType<Equals<typeof e.requestParameters.key, string>>(true);
      break;
    case 'UploadPart':
      expectType<Equals<typeof e.requestParameters.partNumber, string>>(true);
      expectType<Equals<typeof e.requestParameters.uploadId, string>>(true);
      break;
    case 'CompleteMultipartUpload':
      expectType<Equals<typeof e.requestParameters.uploadId, string>>(true);
      break;
  }
}

// A failed call types its request loosely, and has no typed additionalEventData.
export function denied(e: S3CloudTrailEvent): string | undefined {
  if (e.eventName === 'GetObject' && isFailedS3Call(e)) {
    expectType<Equals<typeof e, GetObjectFailed>>(true);
    return e.requestParameters?.key;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// XML bodies: a list that is not flattened is an element around its items,
// and a list of one item may be the item alone

expectType<Equals<NonNullable<AccessControlPolicy['AccessControlList']>['Grant'], Grant | Grant[] | undefined>>(true);
expectType<Equals<ReturnType<typeof itemsOf<Grant>>, readonly Grant[]>>(true);
export function permissionsOf(p: AccessControlPolicy): string[] {
  return itemsOf(p.AccessControlList?.Grant).map((g) => g.Permission ?? '');
}
expectType<Equals<NonNullable<Grant['Grantee']>['xsi:type'], OpenEnum<'CanonicalUser' | 'AmazonCustomerByEmail' | 'Group'>>>(true);

// PutBucketPolicy's policy is a JSON object.
export function policyOf(e: S3CloudTrailEvent): JsonValue | undefined {
  return e.eventName === 'PutBucketPolicy' && isSucceededS3Call(e) ? e.requestParameters.bucketPolicy : undefined;
}

// ---------------------------------------------------------------------------
// CloudTrail's event names narrow to their operation's variants

export function publicAccessBlock(e: S3CloudTrailEvent): void {
  if (e.eventName === 'PutBucketPublicAccessBlock') {
    expectType<Equals<typeof e, PutPublicAccessBlockEvent | S3Departed>>(true);
  }
}
