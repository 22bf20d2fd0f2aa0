import type { Dialect, ServiceConfig } from '../config.js';
import { ModelError, wireName, type IrMember, type IrModel, type IrOperation, type IrShape } from '../model.js';

// Evidence is named in each comment and reason; test/services/json-services.test.ts
// checks the corpus facts this config relies on. The DynamoDB records of the
// corpus are the samples of the DynamoDB Developer Guide, "Understanding
// DynamoDB log file entries" (understanding-ddb-log-entries), in
// aws-docs-2026-mirror.json, and one detection-rule fixture.
const GUIDE = 'DynamoDB Developer Guide, "Understanding DynamoDB log file entries"';

const NS = 'com.amazonaws.dynamodb#';
const API = 'smithy.api#';

/** A member of a shape the dialect writes, named as the model would name it. */
interface Spec {
  readonly name: string;
  readonly target: string;
  readonly required?: boolean;
}

function member(spec: Spec, config: ServiceConfig): IrMember {
  return {
    name: spec.name,
    wireName: wireName(spec.name, config.memberNames),
    target: spec.target.includes('#') ? spec.target : NS + spec.target,
    required: spec.required ?? false,
    sensitive: false,
    streaming: false,
    deprecated: false,
  };
}

function shape(name: string, kind: IrShape['kind'], rest: Partial<IrShape> = {}): IrShape {
  return { id: NS + name, name, kind, type: kind, prelude: false, members: [], sensitive: false, streaming: false, constraints: {}, deprecated: false, ...rest };
}

/**
 * The DynamoDB Streams API (2012-08-10), which CloudTrail records under the
 * DynamoDB event source: `GetRecords` (aws-docs-2026-mirror.json[36], the
 * Guide's DynamoDB Streams sample; odd/panther-analysis.json[83]). Its shapes
 * are those of the Streams model (botocore `dynamodbstreams/2012-08-10`, not
 * vendored: it is one operation over four structures); the ones both models
 * define (AttributeMap, StreamViewType, PositiveIntegerObject,
 * PositiveLongObject, Date) are DynamoDB's own.
 */
function streamsShapes(config: ServiceConfig): IrShape[] {
  const m = (specs: Spec[]): IrMember[] => specs.map((s) => member(s, config));
  return [
    shape('GetRecordsInput', 'structure', { members: m([{ name: 'ShardIterator', target: 'ShardIterator', required: true }, { name: 'Limit', target: 'PositiveIntegerObject' }]) }),
    shape('GetRecordsOutput', 'structure', { members: m([{ name: 'Records', target: 'RecordList' }, { name: 'NextShardIterator', target: 'ShardIterator' }]) }),
    shape('ShardIterator', 'string', { constraints: { len: [1, 2048] } }),
    shape('RecordList', 'list', { item: member({ name: 'member', target: 'Record' }, config) }),
    shape('Record', 'structure', {
      members: m([
        { name: 'eventID', target: `${API}String` },
        { name: 'eventName', target: 'OperationType' },
        { name: 'eventVersion', target: `${API}String` },
        { name: 'eventSource', target: `${API}String` },
        { name: 'awsRegion', target: `${API}String` },
        { name: 'dynamodb', target: 'StreamRecord' },
        { name: 'userIdentity', target: 'Identity' },
      ]),
    }),
    shape('OperationType', 'enum', { values: ['INSERT', 'MODIFY', 'REMOVE'] }),
    shape('StreamRecord', 'structure', {
      members: m([
        { name: 'ApproximateCreationDateTime', target: 'Date' },
        { name: 'Keys', target: 'AttributeMap' },
        { name: 'NewImage', target: 'AttributeMap' },
        { name: 'OldImage', target: 'AttributeMap' },
        { name: 'SequenceNumber', target: 'SequenceNumber' },
        { name: 'SizeBytes', target: 'PositiveLongObject' },
        { name: 'StreamViewType', target: 'StreamViewType' },
      ]),
    }),
    shape('SequenceNumber', 'string', { constraints: { len: [21, 40] } }),
    shape('Identity', 'structure', { members: m([{ name: 'PrincipalId', target: `${API}String` }, { name: 'Type', target: `${API}String` }]) }),
  ];
}

/**
 * One entry of TransactWriteItems' `requestItems`: the Put, Update, Delete or
 * ConditionCheck of the model flattened into one object that names its
 * `operation` (aws-docs-2026-mirror.json[16], [44]). Every member is
 * optional: the Guide's samples spell some entries' members as the model does
 * (`TableName`, `Key`, `ConditionExpression`, `ExpressionAttributeNames`,
 * `ReturnValuesOnConditionCheckFailure`), which decode as members the shape
 * does not declare.
 */
function transactShapes(config: ServiceConfig): IrShape[] {
  const m = (specs: Spec[]): IrMember[] => specs.map((s) => member(s, config));
  return [
    shape('TransactWriteRequestItemList', 'list', { item: member({ name: 'member', target: 'TransactWriteRequestItem' }, config) }),
    shape('TransactWriteRequestItem', 'structure', {
      members: m([
        { name: 'Operation', target: 'TransactWriteOperation' },
        { name: 'TableName', target: 'TableArn' },
        { name: 'Key', target: 'Key' },
        { name: 'Items', target: 'AttributeNameList' },
        { name: 'ConditionExpression', target: 'ConditionExpression' },
        { name: 'UpdateExpression', target: 'UpdateExpression' },
        { name: 'ExpressionAttributeNames', target: 'ExpressionAttributeNameMap' },
        { name: 'ReturnValuesOnConditionCheckFailure', target: 'ReturnValuesOnConditionCheckFailure' },
      ]),
    }),
    shape('TransactWriteOperation', 'enum', { values: ['Put', 'Update', 'Delete', 'ConditionCheck'] }),
  ];
}

/**
 * How CloudTrail writes DynamoDB's data events. The Guide: "Non-key attribute
 * values are redacted in CloudTrail logs of actions using the PartiQL API and
 * do not appear in logs of actions using the classic API." So:
 * - a key (`Key`) holds the key attributes' values themselves, not
 *   AttributeValues: `"key": {"Artist": "No One You Know"}`
 *   (aws-docs-2026-mirror.json[11], [16], [33], [44]). A key attribute is a
 *   string, a number or binary, and all three are text in the API's JSON
 *   (`"N": "123"`, `"B": "<base64>"`), so the values are typed as text;
 * - an item to put holds the names of its attributes:
 *   `"item": ["Artist", "SongTitle", "AlbumTitle"]` (aws-docs-2026-mirror.json[33]),
 *   and PutItem's request carries the item's `key` too (the same record);
 * - TransactWriteItems writes `requestItems`, one flattened entry per item
 *   (see {@link transactShapes}), and BatchExecuteStatement writes its
 *   statements as `requestItems` (aws-docs-2026-mirror.json[35]);
 * - PartiQL statements keep their text, values redacted as `***(Redacted)`
 *   (aws-docs-2026-mirror.json[34], [35]): strings, as the model says.
 * AttributeValues elsewhere (expression values, responses, stream records)
 * keep the model's union, recursion included.
 */
export const dynamoDbDataEvents: Dialect = {
  name: 'DynamoDB data events',
  summary:
    'member names are written with their first letter lowered (`TableName` → `tableName`); a key holds its attributes\' values as text (`{"Artist": "No One You Know"}`), an item to put the names of its attributes, TransactWriteItems and BatchExecuteStatement their entries as `requestItems`, and the DynamoDB Streams operation GetRecords, recorded under the DynamoDB event source, is an operation of this module.',
  apply(ir: IrModel, config: ServiceConfig): IrModel {
    const shapes = new Map(ir.shapes);
    const get = (name: string): IrShape => {
      const s = shapes.get(NS + name);
      if (s === undefined) throw new ModelError(NS + name, 'the DynamoDB dialect expects this shape in the model');
      return s;
    };
    const add = (s: IrShape): void => {
      if (shapes.has(s.id)) throw new ModelError(s.id, 'the DynamoDB dialect would define it twice: the model has it now');
      shapes.set(s.id, s);
    };
    const prelude = (name: string, kind: IrShape['kind']): void => {
      if (!shapes.has(API + name)) shapes.set(API + name, { ...shape(name, kind), id: API + name, prelude: true });
    };
    /** The shape with one member changed (found by model name). */
    const withMember = (owner: string, name: string, change: (m: IrMember) => IrMember): void => {
      const s = get(owner);
      if (!s.members.some((m) => m.name === name)) throw new ModelError(s.id, `the DynamoDB dialect expects a member ${name}`);
      shapes.set(s.id, { ...s, members: s.members.map((m) => (m.name === name ? change(m) : m)) });
    };

    prelude('String', 'string');
    const key = get('Key');
    shapes.set(key.id, { ...key, value: { ...(key.value as IrMember), target: `${API}String` } });
    for (const owner of ['PutItemInput', 'Put', 'PutRequest']) withMember(owner, 'Item', (m) => ({ ...m, target: `${NS}AttributeNameList` }));
    const putItem = get('PutItemInput');
    shapes.set(putItem.id, { ...putItem, members: [...putItem.members, member({ name: 'Key', target: 'Key' }, config)] });

    for (const s of transactShapes(config)) add(s);
    withMember('TransactWriteItemsInput', 'TransactItems', (m) => ({ ...m, wireName: 'requestItems', target: `${NS}TransactWriteRequestItemList` }));
    withMember('BatchExecuteStatementInput', 'Statements', (m) => ({ ...m, wireName: 'requestItems' }));

    for (const s of streamsShapes(config)) add(s);
    const getRecords: IrOperation = { id: `${NS}GetRecords`, name: 'GetRecords', input: `${NS}GetRecordsInput`, output: `${NS}GetRecordsOutput`, errors: [], readonly: true };
    if (ir.operations.some((o) => o.name === getRecords.name)) throw new ModelError(getRecords.id, 'the model has this operation now: drop it from the DynamoDB dialect');
    const operations = [...ir.operations, getRecords].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { ...ir, shapes, operations };
  },
};

/** Amazon DynamoDB (awsJson1_0): how CloudTrail writes its payloads. */
export const dynamodb: ServiceConfig = {
  name: 'dynamodb',
  model: 'models/dynamodb-2012-08-10.facts.json',
  eventCodec: 'DynamoDBEvent',
  prefix: 'dynamoDB',
  callName: 'DynamoDB',
  // tableName, keySchema, attributeDefinitions, provisionedThroughput,
  // returnConsumedCapacity in every record (aws-docs-2026-mirror.json[11], [17], [32]).
  // AttributeValue's members would be written the same way (`s`, `n`, `bOOL`,
  // as ARN is aRN in Secrets Manager); no record of the corpus shows one.
  memberNames: 'lower-first',
  dialect: dynamoDbDataEvents,
  // tableDescription.creationDateTime and provisionedThroughput.lastIncreaseDateTime
  // 'May 3, 2015 11:34:14 PM' (aws-docs-2026-mirror.json[17], UpdateTable).
  timestamps: 'java-text',
  // No `hidden`: the model marks nothing sensitive, and CloudTrail redacts
  // values in its own ways (see the dialect).
  wire: {
    required: {
      'UpdateTableOutput.TableDescription': `aws-docs-2026-mirror.json[17] (UpdateTable); ${GUIDE}`,
      'DeleteTableOutput.TableDescription': `aws-docs-2026-mirror.json[32] (DeleteTable); ${GUIDE}`,
    },
    optional: {
      'UpdateTableInput.TableName': `aws-docs-2026-mirror.json[17], the ${GUIDE} sample of UpdateTable (eventVersion 1.03), has only provisionedThroughput in its request`,
    },
    recordedResponses: {
      UpdateTable: `aws-docs-2026-mirror.json[17]; ${GUIDE}`,
      DeleteTable: `aws-docs-2026-mirror.json[32]; ${GUIDE}`,
      // Not the data events (PutItem, UpdateItem, TransactWriteItems,
      // ExecuteStatement, BatchExecuteStatement, GetRecords) nor DescribeTable:
      // responseElements null in aws-docs-2026-mirror.json[11], [16], [33]-[36],
      // [44] and panther-analysis.json[2].
    },
  },
  apiPages: false,
  budget: 30_000,
};
