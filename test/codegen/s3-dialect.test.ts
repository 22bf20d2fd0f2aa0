// The restXml dialect on the S3 model: names from the HTTP bindings and the
// XML traits, text for query and header values, optional bodies with their
// namespace, list elements, the typed additionalEventData; and loud failures
// for bindings it has no rule for.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ModelError } from '../../scripts/codegen/model.js';
import { planService } from '../../scripts/codegen/plan.js';
import { s3 } from '../../scripts/codegen/wire/s3.js';
import { sts as stsConfig } from '../../scripts/codegen/wire/sts.js';
import type { ShapeRow } from '../../src/service-kit/table.js';
import { tableProblems } from '../../src/service-kit/shapes.js';
import { repoRoot } from '../support/corpus.js';

const model = (): unknown => JSON.parse(readFileSync(join(repoRoot, s3.model), 'utf8'));
const plan = planService(model(), s3);
const { table } = plan;
const members = (shape: string): Record<string, string> => {
  const row = table.shapes[shape] as ShapeRow | undefined;
  if (row === undefined || !('s' in row)) throw new Error(`${shape} is no structure of the table`);
  return { ...row.s };
};

describe('the restXml dialect on S3', () => {
  it('makes a sound table, the same on every run', () => {
    expect(tableProblems(table)).toEqual([]);
    expect(planService(model(), s3).table).toEqual(table);
  });

  it('names path labels bucketName and key, required as the model says', () => {
    let labelled = 0;
    for (const [op, row] of Object.entries(table.operations)) {
      if (row.i === undefined) continue;
      const m = members(row.i);
      expect(m['Bucket'], op).toBeUndefined();
      expect(m['Key'], op).toBeUndefined();
      if (m['bucketName'] !== undefined) labelled++;
    }
    // Every operation but ListBuckets, ListDirectoryBuckets and WriteGetObjectResponse addresses a bucket.
    expect(labelled).toBe(Object.keys(table.operations).length - 3);
    expect(members('GetObjectRequest')).toMatchObject({ bucketName: '!$s', key: '!ObjectKey' });
  });

  it('names query and header members by their HTTP names, as text whatever the model type', () => {
    expect(members('ListObjectsRequest')).toEqual({
      bucketName: '!$s',
      delimiter: '$s',
      'encoding-type': 'EncodingType',
      'x-amz-expected-bucket-owner': '$s',
      marker: '$s',
      // an integer in the model
      'max-keys': '$s',
      // a list of enums in the model, one header
      'x-amz-optional-object-attributes': '$s',
      prefix: '$s',
      'x-amz-request-payer': 'RequestPayer',
    });
    const put = members('PutObjectRequest');
    expect([put['x-amz-acl'], put['Content-Length'], put['Expires'], put['x-amz-server-side-encryption-bucket-key-enabled']]).toEqual(['ObjectCannedACL', '$s', '$s', '$s']);
    expect(members('UploadPartRequest')).toMatchObject({ partNumber: '!$s', uploadId: '!$s' });
    expect(members('CopyObjectRequest')['x-amz-copy-source']).toBe('!CopySource');
    // A sensitive header stays sensitive.
    expect(put['x-amz-server-side-encryption-aws-kms-key-id']).toBe('#$s');
    // Response headers too.
    expect(members('PutObjectOutput')).toMatchObject({ ETag: '$s', 'x-amz-version-id': '$s', 'x-amz-server-side-encryption': 'ServerSideEncryption' });
  });

  it('drops what CloudTrail never records as a member: object bodies, event streams, x-amz-meta- headers', () => {
    for (const shape of ['PutObjectRequest', 'UploadPartRequest', 'GetObjectOutput', 'CopyObjectRequest']) {
      const m = members(shape);
      expect(['Body', 'Payload', 'Metadata'].filter((k) => k in m), shape).toEqual([]);
    }
    // SelectObjectContent's output is only its event stream: no response to type.
    expect(plan.emptyOutputs).toEqual(['SelectObjectContent']);
    expect(table.shapes['SelectObjectContentOutput']).toBeUndefined();
  });

  it('writes a body under its XML name, optional, with the namespace', () => {
    expect(members('PutBucketVersioningRequest')['VersioningConfiguration']).toBe('VersioningConfiguration');
    expect(members('VersioningConfiguration')).toEqual({ MfaDelete: 'MFADelete', Status: 'BucketVersioningStatus', xmlns: '$s' });
    expect(members('PutBucketLifecycleConfigurationRequest')['LifecycleConfiguration']).toBe('BucketLifecycleConfiguration');
    expect(members('CompleteMultipartUploadRequest')['CompleteMultipartUpload']).toBe('CompletedMultipartUpload');
    for (const [shape, body] of [
      ['DeleteObjectsRequest', 'Delete'],
      ['PutBucketEncryptionRequest', 'ServerSideEncryptionConfiguration'],
      ['PutBucketReplicationRequest', 'ReplicationConfiguration'],
      ['PutPublicAccessBlockRequest', 'PublicAccessBlockConfiguration'],
    ] as const) {
      expect(members(shape)[body], shape).toBe(body);
      expect(members(body)['xmlns'], body).toBe('$s');
    }
    expect(members('PutBucketPolicyRequest')).toMatchObject({ bucketPolicy: '$d' });
    expect(members('PutBucketPolicyRequest')['Policy']).toBeUndefined();
  });

  it('names XML members by xmlName; a flattened list is its items, another an element around them', () => {
    expect(members('BucketLifecycleConfiguration')).toEqual({ Rule: '!LifecycleRules', xmlns: '$s' });
    expect(members('Delete')).toEqual({ Object: '!ObjectIdentifierList', Quiet: '$b', xmlns: '$s' });
    expect(members('AccessControlPolicy')).toEqual({ AccessControlList: 'GrantsElement', Owner: 'Owner', xmlns: '$s' });
    expect(members('GrantsElement')).toEqual({ Grant: 'Grants' });
    expect(members('Tagging')).toMatchObject({ TagSet: '!TagSetElement' });
    expect(members('TagSetElement')).toEqual({ Tag: 'TagSet' });
    expect(members('Grantee')).toEqual({ DisplayName: '$s', EmailAddress: '$s', ID: '$s', 'xsi:type': '!Type', URI: '$s', 'xmlns:xsi': '$s' });
    expect(members('InventoryEncryption')).toEqual({ 'SSE-KMS': 'SSEKMS', 'SSE-S3': 'SSES3' });
  });

  it('marks every list as one whose single item may stand alone, as the XML reading writes it', () => {
    expect(table.shapes['LifecycleRules']).toEqual({ l: 'LifecycleRule', one: 1 });
    expect(table.shapes['Grants']).toEqual({ l: 'Grant', one: 1 });
    expect(table.shapes['ObjectIdentifierList']).toEqual({ l: 'ObjectIdentifier', one: 1 });
    const lists = Object.values(table.shapes).filter((row): row is Extract<ShapeRow, { l: string }> => 'l' in row);
    expect(lists.length).toBeGreaterThan(30);
    expect(lists.filter((row) => row.one !== 1)).toEqual([]);
    // Other dialects never write the flag: their wire is JSON.
    const sts = planService(JSON.parse(readFileSync(join(repoRoot, 'models/sts-2011-06-15.facts.json'), 'utf8')), stsConfig).table;
    expect(Object.values(sts.shapes).filter((row) => 'one' in row)).toEqual([]);
  });

  it('adds S3AdditionalEventData, every member optional, and names it in the profile', () => {
    expect(table.profile.additionalEventData).toBe('S3AdditionalEventData');
    const m = members('S3AdditionalEventData');
    expect(m).toMatchObject({ SignatureVersion: '$s', CipherSuite: '$s', bytesTransferredIn: '$n', bytesTransferredOut: '$n', 'x-amz-id-2': '$s', AuthenticationMethod: '$s' });
    expect(Object.values(m).filter((t) => t.startsWith('!'))).toEqual([]);
  });

  it('aliases CloudTrail\'s bucket-level event names only', () => {
    expect(table.aliases).toEqual(s3.aliases);
    expect(Object.keys(table.aliases)).not.toContain('ListBucket');
  });
});

describe('the restXml dialect on other models', () => {
  const dir = mkdtempSync(join(tmpdir(), 'restxml-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  /** A one-operation restXml model whose input member has the given traits, written where the dialect reads it. */
  const things = (file: string, traits: Record<string, unknown>): { json: unknown; path: string } => {
    const json = {
      smithy: '2.0',
      shapes: {
        'com.example#Things': {
          type: 'service',
          version: '2020-01-01',
          operations: [{ target: 'com.example#GetThing' }],
          traits: { 'aws.protocols#restXml': {}, 'aws.api#service': { sdkId: 'Things', cloudTrailEventSource: 'things.amazonaws.com' } },
        },
        'com.example#GetThing': { type: 'operation', input: { target: 'com.example#GetThingRequest' }, traits: { 'smithy.api#http': { method: 'GET', uri: '/{Id}' } } },
        'com.example#GetThingRequest': { type: 'structure', members: { Id: { target: 'smithy.api#String', traits } } },
      },
    };
    const path = join(dir, file);
    writeFileSync(path, JSON.stringify(json));
    return { json, path };
  };

  it('refuses a path label it has no wire name for', () => {
    const { json, path } = things('label.json', { 'smithy.api#httpLabel': {}, 'smithy.api#required': {} });
    expect(() => planService(json, { ...s3, model: path })).toThrow(ModelError);
    expect(() => planService(json, { ...s3, model: path })).toThrow(/GetThingRequest\$Id: a path label the restXml dialect has no wire name for/);
  });

  it('refuses a binding no S3 record shows', () => {
    const { json, path } = things('params.json', { 'smithy.api#httpResponseCode': {} });
    expect(() => planService(json, { ...s3, model: path })).toThrow(/@httpResponseCode, which no S3 record shows/);
  });

  it('refuses a model other than the file it reads the traits from', () => {
    const { path } = things('other.json', {});
    expect(() => planService(model(), { ...s3, model: path })).toThrow(/the restXml dialect reads .*other\.json, which has no such member/);
  });
});
