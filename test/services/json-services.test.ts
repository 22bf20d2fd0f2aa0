// The five JSON-protocol services (Secrets Manager, CloudTrail, SSM,
// Organizations, DynamoDB) against every record of theirs in the corpus, the
// real ones among the odd records, the AWS samples their configs cite, and
// their builders. The wire facts the configs in scripts/codegen/wire/ rely on
// are checked here, on the records they name.
import type * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { formatErrors } from '../../src/index.js';
import { buildServiceEvent } from '../../src/service-kit/build/index.js';
import type { ServiceDescriptor } from '../../src/service-kit/index.js';
import { cloudTrailService, PutEventSelectorsRequest, StopLoggingRequest, UpdateTrailRequest, UpdateTrailResponse } from '../../src/services/cloudtrail/index.js';
import {
  AttributeValue,
  dynamoDBService,
  GetItemOutput,
  isSucceededDynamoDBCall,
  TransactWriteItemsInput,
} from '../../src/services/dynamodb/index.js';
import {
  CreateAccountResultDetails,
  CreateAccountResultEvent,
  HandshakeResource,
  isSucceededOrganizationsCall,
  organizationsService,
} from '../../src/services/organizations/index.js';
import {
  BatchGetSecretValueRequest,
  PutResourcePolicyRequest,
  PutResourcePolicyResponse,
  secretsManagerService,
} from '../../src/services/secretsmanager/index.js';
import { AutomationExecutionPreview, InventoryAggregator, isSucceededSSMCall, SendCommandRequest, ssmService, StartAutomationExecutionRequest } from '../../src/services/ssm/index.js';
import { clone, corpusRecords, oddFiles } from '../support/corpus.js';

type Json = Record<string, unknown>;
// Seen through what every service has: the union of their types is too large to narrow here.
const services = [secretsManagerService, cloudTrailService, ssmService, organizationsService, dynamoDBService] as unknown as ReadonlyArray<
  ServiceDescriptor<object>
>;
const bySource = new Map(services.map((s) => [s.eventSource, s]));
const records = corpusRecords();
const odd = new Map(oddFiles().map((f) => [f.name, f.json.Records as Json[]]));
const oddRecord = (file: string, index: number): Json => clone(odd.get(file)?.[index] as Json);
const corpusRecord = (file: string, index: number): Json => {
  const found = records.find((r) => r.file === file && r.index === index);
  if (found === undefined) throw new Error(`no record ${file}[${index}]`);
  return clone(found.record);
};

/** What a record is to its service: a typed call, a service event, an unknown operation or a departure. */
function kindOf(service: ServiceDescriptor<object>, record: Json): string {
  const r = service.codec.decode(record);
  if (r._tag === 'Left') return `fails: ${formatErrors(r.left).slice(0, 2).join('; ')}`;
  if (JSON.stringify(service.codec.encode(r.right)) !== JSON.stringify(record)) return 'round-trips to other text';
  if (service.isDeparted(r.right)) return `departs: ${service.departuresOf(r.right).map((i) => i.path).join(', ')}`;
  const name = String(record['eventName']);
  if (service.operationOf(name) === undefined) return service.eventNames.includes(name) ? 'service event' : 'unknown operation';
  if (service.isSucceeded(r.right) === service.isFailed(r.right)) return 'neither succeeded nor failed';
  if (service.strict.decode(record)._tag === 'Left') return 'rejected by strict';
  return 'typed';
}

// Corpus records of these services that are no call of a known operation, and why.
const notCalls: Record<string, string> = {
  // The CloudTrail User Guide's sample of the service event (config serviceEvents).
  'aws-docs-cloudtrail-user-guide-archive.json#11': 'service event',
  // A Panther fixture: EnableRegion is an operation of the Account Management
  // API (account.amazonaws.com), here under CloudTrail's event source, with
  // S3's additionalEventData; no CloudTrail operation has the name.
  'panther-analysis.json#26': 'unknown operation',
};

describe('corpus records of the JSON-protocol services', () => {
  const mine = records.filter((r) => bySource.has(String(r.record['eventSource'])));
  const counts = (name: string): number => mine.filter((r) => bySource.get(String(r.record['eventSource']))?.name === name).length;

  it('are there to test', () => {
    expect({ secretsmanager: counts('secretsmanager'), cloudtrail: counts('cloudtrail'), ssm: counts('ssm'), organizations: counts('organizations'), dynamodb: counts('dynamodb') }).toEqual({
      secretsmanager: 26,
      cloudtrail: 12,
      ssm: 13,
      organizations: 0,
      dynamodb: 10,
    });
  });

  it('decode, round-trip to the same text and are typed calls, but for the known few', () => {
    const found: Record<string, string> = {};
    for (const { file, index, record } of mine) {
      const kind = kindOf(bySource.get(String(record['eventSource'])) as ServiceDescriptor<object>, record);
      if (kind !== 'typed') found[`${file}#${index}`] = kind;
    }
    expect(found).toEqual(notCalls);
  });
});

describe('odd records of the JSON-protocol services', () => {
  const service = (record: Json): ServiceDescriptor<object> => bySource.get(String(record['eventSource'])) as ServiceDescriptor<object>;

  it('are all known: each is typed as it is, typed once its eventTime is ISO, or has a broken envelope', () => {
    const asIs: string[] = [];
    const withIsoTime: string[] = [];
    const broken: string[] = [];
    for (const [file, list] of odd) {
      list.forEach((record, index) => {
        const s = bySource.get(String(record['eventSource']));
        if (s === undefined) return;
        const at = `${file}#${index} ${String(record['eventName'])}`;
        if (kindOf(s, record) === 'typed') asIs.push(at);
        else if (kindOf(s, isoPanther(record)) === 'typed') withIsoTime.push(at);
        else broken.push(at);
      });
    }
    expect(asIs).toEqual(['panther-analysis.json#64 UpdateTrail']);
    expect(withIsoTime).toEqual([
      'panther-analysis.json#80 LeaveOrganization',
      'panther-analysis.json#81 PutEventSelectors',
      'panther-analysis.json#91 GetSecretValue',
      'panther-analysis.json#92 SendCommand',
      'panther-analysis.json#98 DescribeAccount',
      'panther-analysis.json#99 GetEventSelectors',
    ]);
    expect(broken).toEqual([
      'panther-analysis.json#30 UpdateInstanceInformation',
      'panther-analysis.json#44 BatchGetSecretValue',
      'panther-analysis.json#45 BatchGetSecretValue',
      'panther-analysis.json#46 BatchGetSecretValue',
      'panther-analysis.json#47 GetSecretValue',
      'panther-analysis.json#70 CreateAccountResult',
      'panther-analysis.json#83 GetRecords',
      'streamalert.json#4 StartAutomationExecution',
      'streamalert.json#7 UpdateTrail',
      'streamalert.json#8 StopLogging',
      'streamalert.json#39 PutResourcePolicy',
    ]);
  });

  it('with a broken envelope fail for the envelope, never for a payload', () => {
    // panther-analysis.json[70] fails for its serviceEventDetails too, which the envelope wants as an object.
    for (const [file, index] of [['panther-analysis.json', 30], ['panther-analysis.json', 44], ['panther-analysis.json', 47], ['panther-analysis.json', 70], ['panther-analysis.json', 83], ['streamalert.json', 4], ['streamalert.json', 7], ['streamalert.json', 39]] as const) {
      const record = oddRecord(file, index);
      const r = service(record).codec.decode(record);
      expect(r._tag, `${file}#${index}`).toBe('Left');
      if (r._tag === 'Left') {
        const lines = formatErrors(r.left);
        expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) expect(line, `${file}#${index}`).toMatch(/^(eventVersion|eventTime|userIdentity|awsRegion|serviceEventDetails)\b/);
      }
    }
  });

  it('with a broken envelope carry payloads of the model, but the one that is foreign', () => {
    expect(BatchGetSecretValueRequest.decode(oddRecord('panther-analysis.json', 44)['requestParameters'])._tag).toBe('Right');
    expect(BatchGetSecretValueRequest.decode(oddRecord('panther-analysis.json', 45)['requestParameters'])._tag).toBe('Right');
    const policy = oddRecord('streamalert.json', 39);
    expect(PutResourcePolicyRequest.decode(policy['requestParameters'])._tag).toBe('Right');
    const policyResponse = PutResourcePolicyResponse.decode(policy['responseElements']);
    // ARN is written aRN.
    expect(policyResponse._tag === 'Right' && policyResponse.right.aRN).toBe('arn:aws:secretsmanager:us-east-1:123456789123:secret:test-zeCISw');
    const trail = oddRecord('streamalert.json', 7);
    expect(UpdateTrailRequest.decode(trail['requestParameters'])._tag).toBe('Right');
    expect(UpdateTrailResponse.decode(trail['responseElements'])._tag).toBe('Right');
    expect(StopLoggingRequest.decode(oddRecord('streamalert.json', 8)['requestParameters'])._tag).toBe('Right');
    // The Panther fixture serialised serviceEventDetails to text; parsed, it is the service event's details.
    const details = CreateAccountResultDetails.decode(JSON.parse(String(oddRecord('panther-analysis.json', 70)['serviceEventDetails'])));
    expect(details._tag === 'Right' && details.right.createAccountStatus.completedTimestamp?.toISOString()).toBe('2021-05-20T15:53:47.000Z');
    // streamalert.json[4] is a StartAutomationExecution with the payloads of an EC2 AllocateAddress.
    expect(StartAutomationExecutionRequest.decode(oddRecord('streamalert.json', 4)['requestParameters'])._tag).toBe('Left');
    expect(oddRecord('streamalert.json', 4)['responseElements']).toHaveProperty('allocationId');
  });

  it('UpdateInstanceInformation is an operation of the SSM agent, not of the model', () => {
    expect(ssmService.operationOf('UpdateInstanceInformation')).toBeUndefined();
  });
});

describe('wire facts the configs rely on', () => {
  it('SSM: SendCommand writes its sensitive parameters as HIDDEN_DUE_TO_SECURITY_REASONS, and records its command', () => {
    for (const record of [corpusRecord('stratus-red-team.json', 24), isoPanther(oddRecord('panther-analysis.json', 92))]) {
      expect((record['requestParameters'] as Json)['parameters']).toBe('HIDDEN_DUE_TO_SECURITY_REASONS');
      const e = decodeRight(ssmService, record);
      if (!(e.eventName === 'SendCommand' && isSucceededSSMCall(e))) throw new Error('not a succeeded SendCommand');
      expect(e.requestParameters.parameters).toBe('HIDDEN_DUE_TO_SECURITY_REASONS');
      expect(e.responseElements.command.parameters).toBe('HIDDEN_DUE_TO_SECURITY_REASONS');
      expect(e.responseElements.command.expiresAfter).toBeInstanceOf(Date);
    }
    // A map of lists where the text is not: the parameters still type as the model says.
    expect(SendCommandRequest.decode({ documentName: 'AWS-RunShellScript', parameters: { commands: ['id'] } })._tag).toBe('Right');
    expect(SendCommandRequest.decode({ documentName: 'AWS-RunShellScript', parameters: 'HIDDEN' })._tag).toBe('Left');
  });

  it('CloudTrail: PutEventSelectors records its trailARN; UpdateTrail may record no response', () => {
    const selectors = corpusRecord('stratus-red-team.json', 14);
    expect((selectors['responseElements'] as Json)['trailARN']).toMatch(/^arn:aws:cloudtrail:/);
    expect(PutEventSelectorsRequest.decode(selectors['requestParameters'])._tag).toBe('Right');
    expect(kindOfRecord({ ...selectors, responseElements: null })).toMatch(/^departs: responseElements/);
    const update = oddRecord('panther-analysis.json', 64);
    expect(update['errorCode']).toBeUndefined();
    expect(update['responseElements']).toBeNull();
    expect(kindOfRecord(update)).toBe('typed');
  });

  it('DynamoDB: keys hold values, items names; transactions and batches write requestItems', () => {
    const update = corpusRecord('aws-docs-2026-mirror.json', 11);
    expect((update['requestParameters'] as Json)['key']).toEqual({ Artist: 'No One You Know', SongTitle: 'Call Me Today' });
    const put = corpusRecord('aws-docs-2026-mirror.json', 33);
    expect((put['requestParameters'] as Json)['item']).toEqual(['Artist', 'SongTitle', 'AlbumTitle']);
    expect((corpusRecord('aws-docs-2026-mirror.json', 35)['requestParameters'] as Json)['requestItems']).toHaveLength(2);
    const transact = corpusRecord('aws-docs-2026-mirror.json', 44)['requestParameters'] as Json;
    const decoded = TransactWriteItemsInput.decode(transact);
    expect(decoded._tag).toBe('Right');
    if (decoded._tag === 'Right') {
      expect(decoded.right.requestItems.map((i) => i.operation)).toEqual(['Put', 'Update', 'Delete', 'ConditionCheck']);
      // The sample spells the last entries' members as the model does: kept as they are.
      expect(decoded.right.requestItems[3]).toHaveProperty('TableName', 'Music');
    }
    // A key written as AttributeValues, which no record shows, departs with its path.
    const typedKey = clone(update);
    (typedKey['requestParameters'] as Json)['key'] = { Artist: { S: 'No One You Know' } };
    expect(dynamoDBService.departuresOf(decodeRight(dynamoDBService, typedKey)).map((i) => i.path)).toEqual(['requestParameters.key.Artist']);
    // UpdateTable's 2015 sample has no tableName; its response is always there.
    const table = corpusRecord('aws-docs-2026-mirror.json', 17);
    expect(table['requestParameters']).not.toHaveProperty('tableName');
    expect(kindOfRecord({ ...table, responseElements: null })).toMatch(/^departs: responseElements/);
  });

  it('DynamoDB: GetRecords of DynamoDB Streams is an operation, read as the Streams API writes it', () => {
    const record = corpusRecord('aws-docs-2026-mirror.json', 36);
    const e = decodeRight(dynamoDBService, record);
    if (!(e.eventName === 'GetRecords' && isSucceededDynamoDBCall(e))) throw new Error('not a succeeded GetRecords');
    expect(e.requestParameters.shardIterator).toMatch(/^arn:aws:dynamodb:/);
    expect(dynamoDBService.operations).toContain('GetRecords');
  });
});

/** Panther writes eventTime as '2025-01-20 15:59:33.000000000': the same time as CloudTrail writes it. */
function isoPanther(record: Json): Json {
  const m = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)/.exec(String(record['eventTime']));
  return { ...record, eventTime: `${m?.[1]}T${m?.[2]}Z` };
}

function kindOfRecord(record: Json): string {
  return kindOf(bySource.get(String(record['eventSource'])) as ServiceDescriptor<object>, record);
}

function decodeRight<A>(service: { readonly codec: { decode(u: unknown): t.Validation<A> } }, record: Json): A {
  const r = service.codec.decode(record);
  if (r._tag === 'Left') throw new Error(formatErrors(r.left).join('; '));
  return r.right;
}

// The AWS Organizations User Guide's samples ("Logging API calls with AWS
// CloudTrail for AWS Organizations"), which the Organizations config cites;
// the corpus holds no sound Organizations record. Envelopes abridged to what
// CloudTrail always writes.
const orgEnvelope = {
  eventVersion: '1.05',
  userIdentity: { type: 'IAMUser', principalId: 'AIDAMVNPBQA3EXAMPLE', arn: 'arn:aws:iam::111111111111:user/diego', accountId: '111111111111', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'diego' },
  eventTime: '2017-01-18T21:41:17Z',
  eventSource: 'organizations.amazonaws.com',
  awsRegion: 'us-east-1',
  sourceIPAddress: '192.0.2.0',
  userAgent: 'Mozilla/5.0',
  requestID: 'EXAMPLE8-90ab-cdef-fedc-ba987EXAMPLE',
  eventID: 'EXAMPLE8-90ab-cdef-fedc-ba987EXAMPLE',
  eventType: 'AwsApiCall',
  recipientAccountId: '111111111111',
};
const guide = {
  createAccount: {
    ...orgEnvelope,
    eventName: 'CreateAccount',
    requestParameters: { tags: [], email: '****', accountName: '****' },
    responseElements: { createAccountStatus: { accountName: '****', state: 'IN_PROGRESS', id: 'car-examplecreateaccountrequestid111', requestedTimestamp: 'Sep 16, 2020 9:20:50 PM' } },
  },
  createAccountResult: {
    ...orgEnvelope,
    userIdentity: { accountId: '111122223333', invokedBy: '...' },
    eventName: 'CreateAccountResult',
    requestParameters: null,
    responseElements: null,
    readOnly: false,
    eventType: 'AwsServiceEvent',
    serviceEventDetails: {
      createAccountStatus: {
        id: 'car-examplecreateaccountrequestid111',
        state: 'SUCCEEDED',
        accountName: '****',
        accountId: '444455556666',
        requestedTimestamp: 'Sep 16, 2020 9:20:50 PM',
        completedTimestamp: 'Sep 16, 2020 9:20:53 PM',
      },
    },
  },
  createOrganizationalUnit: {
    ...orgEnvelope,
    eventName: 'CreateOrganizationalUnit',
    requestParameters: { name: 'OU-Developers-1', parentId: 'r-a1b2' },
    responseElements: {
      organizationalUnit: { arn: 'arn:aws:organizations::111111111111:ou/o-aa111bb222/ou-examplerootid111-exampleouid111', id: 'ou-examplerootid111-exampleouid111', name: 'test-cloud-trail' },
    },
  },
  inviteAccountToOrganization: {
    ...orgEnvelope,
    eventName: 'InviteAccountToOrganization',
    requestParameters: { notes: "This is a request for Mary's account to join Diego's organization.", target: { type: 'ACCOUNT', id: '111111111111' } },
    responseElements: {
      handshake: {
        requestedTimestamp: 'Jan 18, 2017 9:41:16 PM',
        state: 'OPEN',
        arn: 'arn:aws:organizations::111111111111:handshake/o-aa111bb222/invite/h-examplehandshakeid111',
        id: 'h-examplehandshakeid111',
        parties: [{ type: 'ORGANIZATION', id: 'o-aa111bb222' }, { type: 'ACCOUNT', id: '222222222222' }],
        action: 'invite',
        expirationTimestamp: 'Feb 2, 2017 9:41:16 PM',
        resources: [
          {
            resources: [
              { type: 'MASTER_EMAIL', value: 'diego@example.com' },
              { type: 'MASTER_NAME', value: 'Management account for organization' },
              { type: 'ORGANIZATION_FEATURE_SET', value: 'ALL' },
            ],
            type: 'ORGANIZATION',
            value: 'o-aa111bb222',
          },
          { type: 'ACCOUNT', value: '222222222222' },
          { type: 'NOTES', value: "This is a request for Mary's account to join Diego's organization." },
        ],
      },
    },
  },
};

describe('Organizations: the User Guide samples', () => {
  it('decode as typed calls and round-trip; the sensitive texts are ****', () => {
    for (const record of [guide.createAccount, guide.createOrganizationalUnit, guide.inviteAccountToOrganization]) {
      expect(kindOfRecord(record), String(record.eventName)).toBe('typed');
    }
    const e = decodeRight(organizationsService, guide.createAccount);
    if (!(e.eventName === 'CreateAccount' && isSucceededOrganizationsCall(e))) throw new Error('not a succeeded CreateAccount');
    expect(e.requestParameters?.email).toBe('****');
    expect(e.responseElements.createAccountStatus.state).toBe('IN_PROGRESS');
    expect(e.responseElements.createAccountStatus.requestedTimestamp.toISOString()).toBe('2020-09-16T21:20:50.000Z');
    expect(organizationsService.table.profile.hidden).toBe('****');
  });

  it('CreateAccountResult decodes with its service-event codec, not as an unknown operation', () => {
    expect(kindOfRecord(guide.createAccountResult)).toBe('service event');
    const r = CreateAccountResultEvent.decode(guide.createAccountResult);
    expect(r._tag === 'Right' && r.right.serviceEventDetails.createAccountStatus.accountId).toBe('444455556666');
    // Its details must be the model's CreateAccountStatus: a time that is no Java date text departs.
    const status = { ...guide.createAccountResult.serviceEventDetails.createAccountStatus, completedTimestamp: '2020-09-16T21:20:53Z' };
    const odd = { ...guide.createAccountResult, serviceEventDetails: { createAccountStatus: status } };
    expect(organizationsService.departuresOf(decodeRight(organizationsService, odd)).map((i) => i.path)).toEqual(['serviceEventDetails.createAccountStatus.completedTimestamp']);
  });

  it('a handshake resource nests resources (the model recurses there)', () => {
    const nested = guide.inviteAccountToOrganization.responseElements.handshake.resources[0];
    const r = HandshakeResource.decode(nested);
    expect(r._tag === 'Right' && r.right.resources?.map((x) => x.type)).toEqual(['MASTER_EMAIL', 'MASTER_NAME', 'ORGANIZATION_FEATURE_SET']);
    expect(HandshakeResource.decode({ resources: [{ resources: [{ value: 3 }] }] })._tag).toBe('Left');
  });
});

describe('recursive shapes and enum-keyed maps', () => {
  it('DynamoDB AttributeValues nest through m and l, and encode back', () => {
    const item = { item: { song: { m: { title: { s: 'Call Me Today' }, plays: { n: '42' }, tags: { l: [{ s: 'pop' }, { l: [{ bOOL: true }, { nULL: true }] }] } } } } };
    const r = GetItemOutput.decode(item);
    expect(r._tag).toBe('Right');
    if (r._tag === 'Right') expect(GetItemOutput.encode(r.right)).toEqual(item);
    // Two members set is no AttributeValue.
    expect(AttributeValue.decode({ s: 'x', n: '1' })._tag).toBe('Left');
  });

  it('a hostile depth fails without throwing', () => {
    let deep: unknown = { s: 'bottom' };
    for (let i = 0; i < 2000; i++) deep = { l: [deep] };
    expect(() => AttributeValue.decode(deep)).not.toThrow();
    expect(AttributeValue.decode(deep)._tag).toBe('Left');
  });

  it('SSM inventory aggregators nest', () => {
    const aggregator = { expression: 'AWS:Application.Name', aggregators: [{ expression: 'AWS:Application.Version', aggregators: [{ expression: 'AWS:Application.Publisher' }] }] };
    const r = InventoryAggregator.decode(aggregator);
    expect(r._tag === 'Right' && r.right.aggregators?.[0]?.aggregators?.[0]?.expression).toBe('AWS:Application.Publisher');
  });

  it('SSM step previews are keyed by ImpactType, and keep keys AWS adds later', () => {
    const preview = { stepPreviews: { Mutating: 2, NonMutating: 1, Risky: 7 } };
    const r = AutomationExecutionPreview.decode(preview);
    expect(r._tag === 'Right' && r.right.stepPreviews).toEqual({ Mutating: 2, NonMutating: 1, Risky: 7 });
    expect(AutomationExecutionPreview.decode({ stepPreviews: { Mutating: 'two' } })._tag).toBe('Left');
  });
});

describe.each(services)('$name builders', (service) => {
  it('every operation, succeeded and failed, decodes to its variant and encodes back to the same text', () => {
    const problems: string[] = [];
    for (const op of service.operations) {
      for (const fail of [false, true]) {
        const text = JSON.stringify(buildServiceEvent(service as never, op as never, undefined, { seed: 7, fail }));
        const r = service.codec.decode(JSON.parse(text));
        const where = `${op}${fail ? ' failed' : ''}`;
        if (r._tag === 'Left') problems.push(`${where}: does not decode`);
        else if (service.isDeparted(r.right)) problems.push(`${where}: departs: ${service.departuresOf(r.right).map((i) => i.path).join(', ')}`);
        else if (!(fail ? service.isFailed(r.right) : service.isSucceeded(r.right))) problems.push(`${where}: not the ${fail ? 'failed' : 'succeeded'} variant`);
        else if (JSON.stringify(service.codec.encode(r.right)) !== text) problems.push(`${where}: encodes to other text`);
      }
    }
    expect(service.operations.length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });
});
