// S3 on the corpus, on data-event records written after AWS's samples, and on
// built records: the restXml wire (bucketName/key, HTTP names, XML bodies),
// the typed additionalEventData, CloudTrail's own event names, and what
// stays untyped and why.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildServiceEvent } from '../../src/builders/index.js';
import { formatErrors } from '../../src/index.js';
import {
  S3CloudTrailEvent,
  S3CloudTrailEventStrict,
  isFailedS3Call,
  isSucceededS3Call,
  s3Service,
  type S3EventName,
} from '../../src/services/s3/index.js';
import { clone, corpusRecords, oddFiles } from '../support/corpus.js';

type Json = Record<string, unknown>;
const records = corpusRecords().filter((r) => r.record['eventSource'] === 's3.amazonaws.com');
const at = (file: string, index: number): Json => {
  const found = records.find((r) => r.file === file && r.index === index);
  if (found === undefined) throw new Error(`no S3 record ${file}[${index}]`);
  return clone(found.record);
};
const odd = (file: string, index: number): Json => {
  const found = oddFiles().find((f) => f.name === file)?.json.Records[index];
  if (found === undefined) throw new Error(`no odd record ${file}[${index}]`);
  return clone(found) as Json;
};
const decode = (u: unknown): S3CloudTrailEvent => {
  const r = S3CloudTrailEvent.decode(u);
  if (r._tag === 'Left') throw new Error(formatErrors(r.left).join('; '));
  return r.right;
};
/** A succeeded or failed call of a known operation, whose record round-trips. */
const typed = (record: Json): S3CloudTrailEvent => {
  const e = decode(record);
  expect(s3Service.departuresOf(e)).toEqual([]);
  expect(s3Service.operationOf(String(record['eventName']))).toBeDefined();
  expect(isSucceededS3Call(e) !== isFailedS3Call(e)).toBe(true);
  expect(S3CloudTrailEventStrict.decode(record)._tag).toBe('Right');
  expect(JSON.stringify(S3CloudTrailEvent.encode(e))).toBe(JSON.stringify(record));
  return e;
};
const paths = (e: S3CloudTrailEvent): string[] => s3Service.departuresOf(e).map((i) => i.path);

// Not typed, each for its reason (see scripts/codegen/wire/s3.ts and dialects/restXml.ts).
const UNKNOWN = {
  // The IAM action name of ListObjects; CloudTrail writes ListObjects.
  'panther-analysis.json[31]': 'ListBucket',
  // An IAM operation's name over a PutBucketVersioning payload: a hand-edited fixture.
  'panther-analysis.json[74]': 'CreateServiceLinkedRole',
};
// A 2019 record that writes its header as a list of one string, which the kit cannot type yet.
const DEPARTED = { 'panther-analysis.json[77]': ['requestParameters.x-amz-acl'] };
// Aggregated data events (eventType AwsAggregatedEvent): counts of S3 calls, no call themselves; CloudTrailRecord and TypedRecord decode them.
const AGGREGATED = ['aws-docs-2026-mirror.json[0]', 'aws-docs-2026-mirror.json[1]'];

describe('S3 records of the corpus', () => {
  it('are all there', () => {
    expect(records.map((r) => `${r.file}[${r.index}]`)).toEqual([
      ...AGGREGATED,
      'aws-docs-iam-user-guide.json[3]',
      'cloud-custodian.json[8]',
      'cloud-custodian.json[22]',
      ...[1, 22, 23, 31, 74, 75, 77, 78, 79, 80, 81, 83, 84, 86, 87, 88, 89].map((i) => `panther-analysis.json[${i}]`),
    ]);
  });

  it('decode, round-trip, and are typed calls but for the records named here', () => {
    const seen = { unknown: {} as Record<string, string>, departed: {} as Record<string, string[]>, failing: [] as string[], aggregated: [] as string[] };
    let typedCalls = 0;
    for (const { file, index, record } of records) {
      const where = `${file}[${index}]`;
      const r = S3CloudTrailEvent.decode(clone(record));
      if (r._tag === 'Left') {
        // Counts of S3 calls, no call: the S3 codec sends them to the generic codecs.
        if (record['eventType'] === 'AwsAggregatedEvent') {
          expect(formatErrors(r.left), where).toEqual([
            'eventType: is an aggregated event (counts of s3 calls), not a call: decode it with CloudTrailRecord or TypedRecord',
          ]);
          seen.aggregated.push(where);
        } else seen.failing.push(where);
        continue;
      }
      expect(JSON.stringify(S3CloudTrailEvent.encode(r.right)), where).toBe(JSON.stringify(record));
      const name = String(record['eventName']);
      if (s3Service.isDeparted(r.right)) seen.departed[where] = paths(r.right);
      else if (s3Service.operationOf(name) === undefined) seen.unknown[where] = name;
      else {
        expect(s3Service.isSucceeded(r.right) !== s3Service.isFailed(r.right), where).toBe(true);
        expect(S3CloudTrailEventStrict.decode(record)._tag, where).toBe('Right');
        typedCalls++;
      }
    }
    expect(seen).toEqual({ unknown: UNKNOWN, departed: DEPARTED, failing: [], aggregated: AGGREGATED });
    expect(typedCalls).toBe(records.length - 5);
  });

  it('PutObject, once narrowed to a succeeded call, has its bucket and the bytes it received', () => {
    const e = typed(at('panther-analysis.json', 23));
    if (e.eventName !== 'PutObject' || !isSucceededS3Call(e)) throw new Error('not a succeeded PutObject');
    expect(e.requestParameters.bucketName).toBe('production-data');
    expect(e.requestParameters.key).toBe('documents/financial/HOW_TO_DECRYPT_FILES.txt');
    expect(e.additionalEventData?.bytesTransferredIn).toBe(2048);
    expect(e.additionalEventData?.SSEApplied).toBe('SSE_S3');
    // Host is kept, though no structure declares it.
    expect((e.requestParameters as Json)['Host']).toBe('sample-bucket-hungry-buck.s3.us-west-2.amazonaws.com');
  });

  it('name the bucket and key as path labels, headers by their HTTP names, bodies by their XML names', () => {
    const copy = typed(at('panther-analysis.json', 79));
    if (copy.eventName !== 'CopyObject' || !isSucceededS3Call(copy)) throw new Error('not a succeeded CopyObject');
    expect(copy.requestParameters['x-amz-copy-source']).toBe('victim-data-bucket/important-file.txt');
    expect(copy.requestParameters['x-amz-server-side-encryption']).toBe('aws:kms');

    const create = typed(at('cloud-custodian.json', 8));
    if (create.eventName !== 'CreateBucket' || !isSucceededS3Call(create)) throw new Error('not a succeeded CreateBucket');
    expect(create.requestParameters.CreateBucketConfiguration).toEqual({ xmlns: 'http://s3.amazonaws.com/doc/2006-03-01/', LocationConstraint: 'us-west-2' });

    const versioning = typed(at('panther-analysis.json', 75));
    if (versioning.eventName !== 'PutBucketVersioning' || !isSucceededS3Call(versioning)) throw new Error('not a succeeded PutBucketVersioning');
    // MfaDelete is the XML name of the model's MFADelete.
    expect(versioning.requestParameters.VersioningConfiguration?.MfaDelete).toBe('Enabled');
    expect((versioning.requestParameters.VersioningConfiguration as Json | undefined)?.['MFADelete']).toBeUndefined();
  });

  it('may leave the XML body out', () => {
    for (const i of [81, 84, 87, 89]) {
      const e = typed(at('panther-analysis.json', i));
      const request = e.requestParameters as Json;
      expect(['ServerSideEncryptionConfiguration', 'ReplicationConfiguration', 'Delete', 'PublicAccessBlockConfiguration'].filter((k) => k in request)).toEqual([]);
    }
  });

  it('type the sub-resource flags and Host of no operation, and keep them', () => {
    const e = typed(at('panther-analysis.json', 1));
    expect(e.requestParameters).toEqual({ host: ['bucket.s3.us-west-2.amazonaws.com'], bucketName: 'bucket', acl: [''] });
    expect(typed(at('panther-analysis.json', 80)).requestParameters).toMatchObject({ encryption: '' });
  });

  it('CloudTrail\'s names of bucket-level calls decode as their operations', () => {
    expect(typed(at('panther-analysis.json', 88)).eventName).toBe('DeleteBucketPublicAccessBlock');
    expect(s3Service.operationOf('DeleteBucketPublicAccessBlock')).toBe('DeletePublicAccessBlock');
    expect(s3Service.operationOf('PutBucketPublicAccessBlock')).toBe('PutPublicAccessBlock');
    expect(s3Service.operationOf('GetBucketLifecycle')).toBe('GetBucketLifecycleConfiguration');
    expect(s3Service.operationOf('PutBucketLifecycle')).toBe('PutBucketLifecycleConfiguration');
    // The IAM action names, and the account-level calls of the S3 Control API, are no S3 operation.
    for (const name of ['ListBucket', 'ListAllMyBuckets', 'PutAccountPublicAccessBlock', 'DeleteAccountPublicAccessBlock', 'CreateServiceLinkedRole']) {
      expect(s3Service.operationOf(name), name).toBeUndefined();
    }
  });

  it('a 2019 record with a header as a list of one departs at that header only', () => {
    const record = at('panther-analysis.json', 77);
    expect((record['requestParameters'] as Json)['x-amz-acl']).toEqual(['private']);
    const e = decode(record);
    expect(s3Service.isDeparted(e)).toBe(true);
    expect(paths(e)).toEqual(DEPARTED['panther-analysis.json[77]']);
    // As a string, the same request is typed.
    (record['requestParameters'] as Json)['x-amz-acl'] = 'private';
    typed(record);
  });
});

describe('S3 records of odd/', () => {
  // Sound payloads behind broken envelopes: with eventTime (or eventID) given, they are typed.
  const mended = (record: Json): Json => {
    const { '@version': _v, '@timestamp': _t, ...rest } = record;
    return { eventVersion: '1.08', eventID: '00000000-0000-4000-8000-000000000000', ...rest, eventTime: '2024-11-26T17:23:59Z' };
  };

  it('the otrf captures, once their shipper fields are undone, are typed: ListObjects of a V2 call, GetObject, ListBuckets', () => {
    for (const i of [44, 79, 97, 99]) {
      const e = typed(mended(odd('otrf-security-datasets.json', i)));
      expect(isSucceededS3Call(e)).toBe(true);
    }
    const list = typed(mended(odd('otrf-security-datasets.json', 99)));
    if (list.eventName !== 'ListObjects' || !isSucceededS3Call(list)) throw new Error('not a succeeded ListObjects');
    expect(list.requestParameters.delimiter).toBe('/');
    expect(list.requestParameters['encoding-type']).toBe('url');
    // ListObjectsV2's own query parameter, kept.
    expect((list.requestParameters as Json)['list-type']).toBe('2');
    expect(list.additionalEventData?.['x-amz-id-2']).toMatch(/=$/);
  });

  it('GetBucketLifecycle is typed as GetBucketLifecycleConfiguration; PutBucketLifecycle is typed with its one rule alone or in a list', () => {
    const get = typed(mended(odd('panther-analysis.json', 79)));
    expect(isFailedS3Call(get)).toBe(true);
    const put = typed(mended(odd('panther-analysis.json', 103)));
    if (put.eventName !== 'PutBucketLifecycle' || !isSucceededS3Call(put)) throw new Error('not a succeeded PutBucketLifecycle');
    const rule = put.requestParameters.LifecycleConfiguration?.Rule;
    expect(Array.isArray(rule)).toBe(false);
    expect(rule !== undefined && !Array.isArray(rule) ? rule.Expiration?.Days : undefined).toBe(1);
    const record = mended(odd('panther-analysis.json', 103));
    const configuration = (record['requestParameters'] as Json)['LifecycleConfiguration'] as Json;
    configuration['Rule'] = [configuration['Rule']];
    const e = typed(record);
    if (e.eventName !== 'PutBucketLifecycle' || !isSucceededS3Call(e)) throw new Error('not a succeeded PutBucketLifecycle');
    const rules = e.requestParameters.LifecycleConfiguration?.Rule;
    expect(Array.isArray(rules) ? rules[0]?.Expiration?.Days : undefined).toBe(1);
  });
});

describe('XML lists of one item, as real records write them', () => {
  // Public records (their sources are in the file): an element that occurs once is the item alone.
  const file = JSON.parse(readFileSync(new URL('./records/s3-xml-lists.json', import.meta.url), 'utf8')) as { Records: Json[] };

  it('PutBucketAcl with one grant, as the S3 User Guide shows it', () => {
    const e = typed(clone(file.Records[0] as Json));
    if (e.eventName !== 'PutBucketAcl' || !isSucceededS3Call(e)) throw new Error('not a succeeded PutBucketAcl');
    const grant = e.requestParameters.AccessControlPolicy?.AccessControlList?.Grant;
    if (grant === undefined || Array.isArray(grant)) throw new Error('expected one grant alone');
    expect(grant.Permission).toBe('FULL_CONTROL');
    expect(grant.Grantee?.['xsi:type']).toBe('CanonicalUser');
  });

  it('PutBucketReplication with one rule, as a captured call shows it', () => {
    const e = typed(clone(file.Records[1] as Json));
    if (e.eventName !== 'PutBucketReplication' || !isSucceededS3Call(e)) throw new Error('not a succeeded PutBucketReplication');
    const rule = e.requestParameters.ReplicationConfiguration?.Rule;
    if (rule === undefined || Array.isArray(rule)) throw new Error('expected one rule alone');
    expect(rule.Destination.Bucket).toBe('arn:aws:s3:::elastic-cspm-cloudtrail-test-bucket-replication-2');
    expect(rule.Priority).toBe(1);
  });

  it('still depart where the lone item breaks the model, with its path', () => {
    const record = clone(file.Records[1] as Json);
    const rule = ((record['requestParameters'] as Json)['ReplicationConfiguration'] as Json)['Rule'] as Json;
    rule['Priority'] = 'first';
    expect(paths(decode(record))).toEqual(['requestParameters.ReplicationConfiguration.Rule.Priority']);
  });
});

// ---------------------------------------------------------------------------
// Data events the corpus lacks, written after the S3 User Guide's samples
// ("CloudTrail log file entries for Amazon S3 and S3 on Outposts"; "CloudTrail
// log file examples for directory buckets") and the otrf captures: the
// request holds bucketName, Host, key and the query and header members under
// their HTTP names as text, the response header members under theirs.

const BUCKET = 'amzn-s3-demo-bucket';
const dataEvent = (eventName: string, requestParameters: Json, extra: Json = {}): Json => {
  const key = requestParameters['key'];
  return {
    eventVersion: '1.10',
    userIdentity: {
      type: 'AssumedRole',
      principalId: 'AROAIDPPEZS35WEXAMPLE:etl-job',
      arn: 'arn:aws:sts::111122223333:assumed-role/DataPipeline/etl-job',
      accountId: '111122223333',
      accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
      sessionContext: {
        sessionIssuer: { type: 'Role', principalId: 'AROAIDPPEZS35WEXAMPLE', arn: 'arn:aws:iam::111122223333:role/DataPipeline', accountId: '111122223333', userName: 'DataPipeline' },
        attributes: { creationDate: '2024-07-02T00:21:16Z', mfaAuthenticated: 'false' },
      },
    },
    eventTime: '2024-07-02T00:22:11Z',
    eventSource: 's3.amazonaws.com',
    eventName,
    awsRegion: 'us-west-2',
    sourceIPAddress: '192.0.2.17',
    userAgent: '[aws-cli/2.15.30 md/awscrt#0.19.19 ua/2.0 os/linux#6.1.0 md/arch#x86_64 lang/python#3.11.8 md/pyimpl#CPython cfg/retry-mode#standard md/installer#exe md/distrib#amzn.2023 md/prompt#off md/command#s3api]',
    requestParameters: { bucketName: BUCKET, Host: `${BUCKET}.s3.us-west-2.amazonaws.com`, ...requestParameters },
    responseElements: null,
    additionalEventData: {
      SignatureVersion: 'SigV4',
      CipherSuite: 'TLS_AES_128_GCM_SHA256',
      bytesTransferredIn: 0,
      AuthenticationMethod: 'AuthHeader',
      'x-amz-id-2': 'q6xhNJYmhg/ckuCHm1O9B6Aq2dInQDYXv1Ts3grFc2c1gdwF3yzQyR4vO4XtyxXWCQBHN28FRvY=',
      bytesTransferredOut: 0,
    },
    requestID: '07D681279BD94AED',
    eventID: 'f2b287f3-0df1-4961-a2f4-c4bdfed47657',
    readOnly: true,
    resources: [
      ...(typeof key === 'string' ? [{ type: 'AWS::S3::Object', ARN: `arn:aws:s3:::${BUCKET}/${key}` }] : [{ type: 'AWS::S3::Object', ARNPrefix: `arn:aws:s3:::${BUCKET}/` }]),
      { accountId: '111122223333', type: 'AWS::S3::Bucket', ARN: `arn:aws:s3:::${BUCKET}` },
    ],
    eventType: 'AwsApiCall',
    managementEvent: false,
    recipientAccountId: '111122223333',
    eventCategory: 'Data',
    tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256', clientProvidedHostHeader: `${BUCKET}.s3.us-west-2.amazonaws.com` },
    ...extra,
  };
};
const bytes = (bytesTransferredIn: number, bytesTransferredOut: number): Json => ({
  additionalEventData: { ...(dataEvent('x', {})['additionalEventData'] as Json), bytesTransferredIn, bytesTransferredOut },
});

const UPLOAD_ID = 'VXBsb2FkIElEIGZvciA2aWWpbmcncyBteS1tb3ZpZS5tMnRzIHVwbG9hZA';
const DATA_EVENTS: Readonly<Record<string, Json>> = {
  GetObject: dataEvent('GetObject', { key: 'reports/2024/q2.csv' }, bytes(0, 28441)),
  HeadObject: dataEvent('HeadObject', { key: 'reports/2024/q2.csv' }),
  ListObjects: dataEvent('ListObjects', { prefix: 'reports/', delimiter: '/', 'encoding-type': 'url', 'max-keys': '1000' }, bytes(0, 1296)),
  ListObjectsV2: dataEvent('ListObjectsV2', { 'list-type': '2', prefix: 'reports/2024/', 'continuation-token': '1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=', 'fetch-owner': 'true' }, bytes(0, 2110)),
  CreateMultipartUpload: dataEvent(
    'CreateMultipartUpload',
    { key: 'backups/db-2024-07-02.dump', uploads: '', 'x-amz-server-side-encryption': 'aws:kms', 'x-amz-storage-class': 'STANDARD_IA' },
    { readOnly: false, responseElements: { 'x-amz-server-side-encryption': 'aws:kms', 'x-amz-server-side-encryption-aws-kms-key-id': 'arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' } },
  ),
  UploadPart: dataEvent(
    'UploadPart',
    { key: 'backups/db-2024-07-02.dump', partNumber: '2', uploadId: UPLOAD_ID, 'Content-Length': '8388608' },
    { readOnly: false, ...bytes(8388608, 0) },
  ),
  CompleteMultipartUpload: dataEvent('CompleteMultipartUpload', { key: 'backups/db-2024-07-02.dump', uploadId: UPLOAD_ID }, { readOnly: false, ...bytes(1209, 354) }),
};

describe('S3 data events', () => {
  it('the ones the corpus lacks decode as typed succeeded calls', () => {
    for (const [op, record] of Object.entries(DATA_EVENTS)) {
      const e = typed(clone(record));
      expect(s3Service.operationOf(String(e.eventName)), op).toBe(op);
      expect(isSucceededS3Call(e), op).toBe(true);
    }
  });

  it('their members are typed as the wire writes them', () => {
    const get = decode(clone(DATA_EVENTS['GetObject']));
    if (get.eventName !== 'GetObject' || !isSucceededS3Call(get)) throw new Error('not a succeeded GetObject');
    expect([get.requestParameters.bucketName, get.requestParameters.key, get.additionalEventData?.bytesTransferredOut]).toEqual([BUCKET, 'reports/2024/q2.csv', 28441]);

    const part = decode(clone(DATA_EVENTS['UploadPart']));
    if (part.eventName !== 'UploadPart' || !isSucceededS3Call(part)) throw new Error('not a succeeded UploadPart');
    // Query and header values are HTTP text.
    expect([part.requestParameters.partNumber, part.requestParameters.uploadId, part.requestParameters['Content-Length']]).toEqual(['2', UPLOAD_ID, '8388608']);

    const created = decode(clone(DATA_EVENTS['CreateMultipartUpload']));
    if (created.eventName !== 'CreateMultipartUpload' || !isSucceededS3Call(created)) throw new Error('not a succeeded CreateMultipartUpload');
    expect(created.responseElements?.['x-amz-server-side-encryption']).toBe('aws:kms');

    const v2 = decode(clone(DATA_EVENTS['ListObjectsV2']));
    if (v2.eventName !== 'ListObjectsV2' || !isSucceededS3Call(v2)) throw new Error('not a succeeded ListObjectsV2');
    expect([v2.requestParameters['continuation-token'], v2.requestParameters['fetch-owner']]).toEqual(['1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=', 'true']);
  });

  it('depart where a query member is not text, and fail with the path when strict', () => {
    const record = clone(DATA_EVENTS['UploadPart']) as Json;
    (record['requestParameters'] as Json)['partNumber'] = 2;
    const e = decode(record);
    expect(paths(e)).toEqual(['requestParameters.partNumber']);
    const strict = S3CloudTrailEventStrict.decode(record);
    expect(strict._tag === 'Left' ? formatErrors(strict.left).join('\n') : '').toContain('requestParameters.partNumber');
  });

  it('a failed GetObject keeps its request, loosely typed', () => {
    const record = dataEvent('GetObject', { key: 'secret.txt' }, { errorCode: 'AccessDenied', errorMessage: 'Access Denied' });
    const e = typed(record);
    if (e.eventName !== 'GetObject' || !isFailedS3Call(e)) throw new Error('not a failed GetObject');
    expect(e.requestParameters?.key).toBe('secret.txt');
  });
});

describe('S3 request bodies', () => {
  it('a list that is not flattened is an element around its items; a Grantee carries its xsi attributes', () => {
    const record = dataEvent(
      'PutObjectAcl',
      {
        key: 'public/index.html',
        acl: '',
        AccessControlPolicy: {
          xmlns: 'http://s3.amazonaws.com/doc/2006-03-01/',
          AccessControlList: {
            Grant: [
              { Grantee: { 'xsi:type': 'CanonicalUser', 'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance', ID: 'd25639fbe9c19cd30a4c0f43fbf00e2d3f96400a9aa8dabfbbebe1906Example' }, Permission: 'FULL_CONTROL' },
              { Grantee: { 'xsi:type': 'Group', 'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' },
            ],
          },
          Owner: { ID: 'd25639fbe9c19cd30a4c0f43fbf00e2d3f96400a9aa8dabfbbebe1906Example' },
        },
      },
      { readOnly: false, managementEvent: false },
    );
    const e = typed(record);
    if (e.eventName !== 'PutObjectAcl' || !isSucceededS3Call(e)) throw new Error('not a succeeded PutObjectAcl');
    const grants = e.requestParameters.AccessControlPolicy?.AccessControlList?.Grant ?? [];
    if (!Array.isArray(grants)) throw new Error('expected a list of grants');
    expect(grants.map((g) => [g.Grantee?.['xsi:type'], g.Permission])).toEqual([['CanonicalUser', 'FULL_CONTROL'], ['Group', 'READ']]);
    // Without xsi:type, which the model requires of a Grantee, it departs.
    const broken = clone(record);
    const grantee = ((((broken['requestParameters'] as Json)['AccessControlPolicy'] as Json)['AccessControlList'] as Json)['Grant'] as Json[])[0]?.['Grantee'] as Json;
    delete grantee['xsi:type'];
    expect(paths(decode(broken))).toEqual(['requestParameters.AccessControlPolicy.AccessControlList.Grant[0].Grantee["xsi:type"]']);
  });

  it('PutBucketPolicy\'s policy is a JSON object under bucketPolicy', () => {
    const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${BUCKET}/*` }] };
    const e = typed(dataEvent('PutBucketPolicy', { policy: '', bucketPolicy: policy }, { readOnly: false, managementEvent: true, eventCategory: 'Management' }));
    if (e.eventName !== 'PutBucketPolicy' || !isSucceededS3Call(e)) throw new Error('not a succeeded PutBucketPolicy');
    expect(e.requestParameters.bucketPolicy).toEqual(policy);
  });
});

describe('S3 builders', () => {
  it('make a succeeded and a failed call of every operation and alias', () => {
    const wrong: string[] = [];
    for (const name of s3Service.eventNames as readonly S3EventName[]) {
      const ok = decode(buildServiceEvent(s3Service, name));
      const denied = decode(buildServiceEvent(s3Service, name, undefined, { fail: true }));
      if (!isSucceededS3Call(ok) || !isFailedS3Call(denied) || ok.eventName !== name) wrong.push(name);
    }
    expect(wrong).toEqual([]);
    expect(s3Service.eventNames).toHaveLength(s3Service.operations.length + 11);
  });

  it('PutObject: bucketName and the additionalEventData of the profile', () => {
    const e = decode(buildServiceEvent(s3Service, 'PutObject', { requestParameters: { bucketName: BUCKET, key: 'a.txt' }, additionalEventData: { bytesTransferredIn: 12 } }));
    if (e.eventName !== 'PutObject' || !isSucceededS3Call(e)) throw new Error('not a succeeded PutObject');
    expect([e.requestParameters.bucketName, e.requestParameters.key, e.additionalEventData?.bytesTransferredIn]).toEqual([BUCKET, 'a.txt', 12]);
  });
});
