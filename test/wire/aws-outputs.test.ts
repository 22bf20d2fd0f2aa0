// Real-shaped outputs of today's AWS tools, each of which failed to decode
// before 0.2.0: AWS CLI v2 lookup-events text, the 2025 OpenSearch Serverless
// sample with "assumedRoot": "", records re-emitted with null optional
// objects, and an Insight on data events. Each must decode and encode back
// to exactly what was read.
import { describe, expect, it } from 'vitest';
import { CloudTrailRecord, InsightAttribute, InsightSourceEventCategory, type InsightRecord } from '../../src/index.js';
import { LookupEvent, decodeLookupEventsResponse, decodeRecord } from '../../src/containers/index.js';
import { dataInsight } from '../support/insights.js';

type Json = Record<string, unknown>;

function decodeOk(u: unknown): CloudTrailRecord {
  const r = decodeRecord(u);
  if (!r.success) throw new Error(r.error.message);
  return r.data;
}

// The record inside each event of the CLI sample.
const consoleLogin: Json = {
  eventVersion: '1.09',
  userIdentity: {
    type: 'IAMUser',
    principalId: 'AIDAEXAMPLEID0000001',
    arn: 'arn:aws:iam::111122223333:user/alice',
    accountId: '111122223333',
    userName: 'alice',
  },
  eventTime: '2024-07-30T21:31:10Z',
  eventSource: 'signin.amazonaws.com',
  eventName: 'ConsoleLogin',
  awsRegion: 'us-east-1',
  sourceIPAddress: '203.0.113.10',
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
  requestParameters: null,
  responseElements: { ConsoleLogin: 'Success' },
  additionalEventData: { LoginTo: 'https://console.aws.amazon.com/console/home', MobileVersion: 'No', MFAUsed: 'Yes' },
  eventID: '3f1b8c2e-0000-4000-8000-000000000001',
  readOnly: false,
  eventType: 'AwsConsoleSignIn',
  managementEvent: true,
  recipientAccountId: '111122223333',
  eventCategory: 'Management',
  tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256', clientProvidedHostHeader: 'signin.aws.amazon.com' },
};

// `aws cloudtrail lookup-events` as AWS CLI v2 prints it: EventTime is ISO
// text with an offset, in UTC or in the local zone of the machine.
const cliV2Output = `{
    "Events": [
        {
            "EventId": "3f1b8c2e-0000-4000-8000-000000000001",
            "EventName": "ConsoleLogin",
            "ReadOnly": "false",
            "EventTime": "2024-07-30T21:31:10+00:00",
            "EventSource": "signin.amazonaws.com",
            "Username": "alice",
            "Resources": [],
            "CloudTrailEvent": ${JSON.stringify(JSON.stringify(consoleLogin))}
        },
        {
            "EventId": "3f1b8c2e-0000-4000-8000-000000000001",
            "EventName": "ConsoleLogin",
            "ReadOnly": "false",
            "EventTime": "2024-07-30T23:31:10+02:00",
            "EventSource": "signin.amazonaws.com",
            "Username": "alice",
            "Resources": [{ "ResourceType": null, "ResourceName": "alice" }],
            "CloudTrailEvent": ${JSON.stringify(JSON.stringify(consoleLogin))}
        },
        {
            "EventId": "3f1b8c2e-0000-4000-8000-000000000001",
            "EventName": "ConsoleLogin",
            "ReadOnly": "false",
            "EventTime": "2024-07-30T16:31:10.250-05:00",
            "EventSource": "signin.amazonaws.com",
            "Username": "alice",
            "CloudTrailEvent": ${JSON.stringify(JSON.stringify(consoleLogin))}
        }
    ],
    "NextToken": "eyJOZXh0VG9rZW4iOiBudWxsfQ=="
}`;

// The 2025 OpenSearch Serverless data-event sample (eventVersion 1.11), with
// its empty strings where AWS documents a value, "assumedRoot": "" among them.
const openSearchServerless: Json = {
  eventVersion: '1.11',
  userIdentity: {
    type: 'AssumedRole',
    principalId: 'AROA123456789EXAMPLE:test-user',
    arn: 'arn:aws:sts::111122223333:assumed-role/Admin/test-user',
    accountId: '111122223333',
    accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
    userName: '',
    sessionContext: {
      sessionIssuer: {
        type: 'Role',
        principalId: 'AROA123456789EXAMPLE',
        arn: 'arn:aws:iam::111122223333:role/Admin',
        accountId: '111122223333',
        userName: 'Admin',
      },
      attributes: { creationDate: '2025-08-15T22:55:30Z', mfaAuthenticated: 'false' },
      sourceIdentity: '',
      ec2RoleDelivery: '',
      assumedRoot: '',
    },
    invokedBy: '',
    identityProvider: '',
    credentialId: '',
  },
  eventTime: '2025-08-15T23:00:05Z',
  eventSource: 'aoss.amazonaws.com',
  eventName: 'Search',
  awsRegion: 'us-east-1',
  sourceIPAddress: '198.51.100.7',
  userAgent: 'python-requests/2.32.3',
  requestParameters: { index: 'movies', collectionId: 'a1b2c3d4e5f6g7h8i9j0' },
  responseElements: null,
  requestID: '5f4c2a1e-0000-4000-8000-000000000002',
  eventID: '5f4c2a1e-0000-4000-8000-000000000003',
  readOnly: true,
  resources: [{ accountId: '111122223333', type: 'AWS::AOSS::Collection', ARN: 'arn:aws:aoss:us-east-1:111122223333:collection/a1b2c3d4e5f6g7h8i9j0' }],
  eventType: 'AwsApiCall',
  managementEvent: false,
  recipientAccountId: '111122223333',
  eventCategory: 'Data',
};

// A record as some tools re-emit it: optional objects written as null.
const reEmitted: Json = {
  eventVersion: '1.08',
  userIdentity: {
    type: 'AssumedRole',
    principalId: 'AROAEXAMPLEID0000002:ci',
    arn: 'arn:aws:sts::111122223333:assumed-role/Deployer/ci',
    accountId: '111122223333',
    accessKeyId: 'ASIAEXAMPLE000000002',
  },
  eventTime: '2024-02-03T04:05:06Z',
  eventSource: 'ec2.amazonaws.com',
  eventName: 'DescribeInstances',
  awsRegion: 'eu-west-1',
  sourceIPAddress: '192.0.2.44',
  userAgent: 'aws-cli/2.15.0',
  requestParameters: null,
  responseElements: null,
  additionalEventData: null,
  requestID: 'a0000000-0000-4000-8000-000000000004',
  eventID: 'a0000000-0000-4000-8000-000000000005',
  readOnly: true,
  resources: null,
  eventType: 'AwsApiCall',
  managementEvent: true,
  recipientAccountId: '111122223333',
  serviceEventDetails: null,
  addendum: null,
  edgeDeviceDetails: null,
  tlsDetails: null,
  eventContext: null,
  eventCategory: 'Management',
};


describe('AWS CLI v2 lookup-events output', () => {
  const response = JSON.parse(cliV2Output) as { Events: Json[] };

  it('decodes every event, whatever the offset, to the same instant', () => {
    const r = decodeLookupEventsResponse(response);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.failures.map((f) => f.message)).toEqual([]);
    expect(r.data.events.map((e) => e.EventTime?.toISOString())).toEqual([
      '2024-07-30T21:31:10.000Z',
      '2024-07-30T21:31:10.000Z',
      '2024-07-30T21:31:10.250Z',
    ]);
    expect(r.data.nextToken).toBe('eyJOZXh0VG9rZW4iOiBudWxsfQ==');
  });

  it('encodes every event back to the text it read, offset included', () => {
    for (const event of response.Events) {
      const r = LookupEvent.decode(event);
      expect(r._tag).toBe('Right');
      if (r._tag === 'Left') continue;
      const back = LookupEvent.encode(r.right);
      expect(back.EventTime).toBe(event['EventTime']);
      expect({ ...back, CloudTrailEvent: JSON.parse(back.CloudTrailEvent) }).toEqual({
        ...event,
        CloudTrailEvent: JSON.parse(event['CloudTrailEvent'] as string),
      });
    }
  });
});

describe('the OpenSearch Serverless sample with "assumedRoot": ""', () => {
  it('decodes and keeps the empty text', () => {
    const record = decodeOk(openSearchServerless);
    expect(record.eventType === 'AwsApiCall' && record.userIdentity.type === 'AssumedRole').toBe(true);
    if (!('userIdentity' in record) || record.userIdentity.type !== 'AssumedRole') return;
    expect(String(record.userIdentity.sessionContext?.assumedRoot)).toBe('');
    expect(record.userIdentity.sessionContext?.attributes?.mfaAuthenticated).toBe(false);
  });

  it('encodes back to exactly what was read', () => {
    expect(CloudTrailRecord.encode(decodeOk(openSearchServerless))).toEqual(openSearchServerless);
  });
});

describe('a record re-emitted with null optional objects', () => {
  it('decodes, keeps every null, and encodes them back', () => {
    const record = decodeOk(reEmitted);
    if (record.eventType === 'AwsCloudTrailInsight' || record.eventType === 'AwsAggregatedEvent') throw new Error('wrong kind');
    expect(record.additionalEventData).toBeNull();
    expect(record.tlsDetails).toBeNull();
    expect(record.resources).toBeNull();
    expect(JSON.stringify(CloudTrailRecord.encode(record))).toBe(JSON.stringify(reEmitted));
  });
});

describe('an Insight on data events', () => {
  it('decodes with its source category, trail and resourceArn attribution typed', () => {
    const record = decodeOk(dataInsight);
    expect(record.eventType).toBe('AwsCloudTrailInsight');
    const insight = record as InsightRecord;
    const category: 'Management' | 'Data' | (string & {}) | undefined = insight.insightDetails.sourceEventCategory;
    const source: string | undefined = insight.insightDetails.insightSource;
    expect(category).toBe('Data');
    expect(source).toBe('arn:aws:cloudtrail:us-east-1:111122223333:trail/data-events');
    expect(insight.insightDetails.insightContext.attributions?.[0]?.attribute).toBe('resourceArn');
    expect(InsightAttribute.isKnown('resourceArn')).toBe(true);
    expect(InsightSourceEventCategory.known).toEqual(['Management', 'Data']);
    expect(CloudTrailRecord.encode(record)).toEqual(dataInsight);
  });

  it('keeps a null addendum, as re-emitting tools write it', () => {
    const withNull = { ...structuredClone(dataInsight), addendum: null };
    expect(CloudTrailRecord.encode(decodeOk(withNull))).toEqual(withNull);
  });

  it('is rejected when the new fields have the wrong JSON type', () => {
    const bad = structuredClone(dataInsight);
    (bad['insightDetails'] as Json)['sourceEventCategory'] = 7;
    const r = decodeRecord(bad);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.message).toContain('insightDetails.sourceEventCategory');
  });
});
