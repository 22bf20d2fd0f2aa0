// A catalogue of typical bad inputs and the exact text a user sees for each.
// The expected messages are written out by hand: they are the specification,
// not a record of what the code happens to print.
import { describe, expect, it } from 'vitest';
import { type DecodeError, type DecodeResult, type Issue } from '../../src/index.js';
import {
  decodeEventBridgeEvent,
  decodeLogFile,
  decodeLogFileText,
  decodeLookupEvent,
  decodeLookupEventsResponse,
  decodeRecord,
  decodeRecordText,
  type LogFileContents,
  type RecordFailure,
} from '../../src/containers/index.js';
import {
  AppMeshEvent,
  AppMeshEventStrict,
  appMeshService,
  isFailedAppMeshCall,
  isSucceededCall,
} from '../../src/services/appmesh/index.js';
import { LogStreamDecoder, type LogStreamItem } from '../../src/stream/index.js';
import { clone, corpusRecords, rawSnippets } from '../support/corpus.js';

type Json = Record<string, unknown>;
type Path = ReadonlyArray<string | number>;

// ---------------------------------------------------------------------------
// Inputs

const corpus = corpusRecords();

/** A fresh copy of one real record, found by its ids so a reordered corpus does not matter. */
function corpusRecord(file: string, eventName: string, eventID: string): Json {
  const found = corpus.find(
    (r) => r.file === file && r.record['eventName'] === eventName && r.record['eventID'] === eventID,
  );
  if (found === undefined) throw new Error(`corpus record ${file} ${eventName} ${eventID} not found`);
  return clone(found.record);
}

const MIRROR = 'aws-docs-2026-mirror.json';
const listKeys = (): Json => corpusRecord(MIRROR, 'ListKeys', '228ca3c8-5f95-4a8a-9732-EXAMPLE60ed9');
const updateItem = (): Json => corpusRecord(MIRROR, 'UpdateItem', 'a954451c-c2fc-4561-8aea-7a30ba1fdf52');
const getTrailStatus = (): Json => corpusRecord(MIRROR, 'GetTrailStatus', '9cb5f426-7806-46e5-9729-exampled135d');
const publish = (): Json => corpusRecord(MIRROR, 'Publish', 'bb3496d4-5252-4660-9c28-3c6aebdb21c0');
/** Made by an IAMUser. */
const updateTrail = (): Json => corpusRecord(MIRROR, 'UpdateTrail', '694d604a-d190-4470-8dd1-EXAMPLEe20c1');
const createBucket = (): Json =>
  corpusRecord('cloud-custodian.json', 'CreateBucket', 'c4fa3db1-2303-40e4-bde0-3b7246bdbf0b');

/** Four good records; tests break one of them. */
const fourRecords = (): Json[] => [listKeys(), updateItem(), getTrailStatus(), publish()];

function containerAt(root: unknown, path: Path): Record<string | number, unknown> {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) throw new Error(`the fixture has nothing at ${path.join('.')}`);
    node = (node as Record<string | number, unknown>)[key];
  }
  if (typeof node !== 'object' || node === null) throw new Error(`the fixture has nothing at ${path.join('.')}`);
  return node as Record<string | number, unknown>;
}

function lastOf(path: Path): string | number {
  const last = path.at(-1);
  if (last === undefined) throw new Error('empty path');
  return last;
}

/** A copy of `value` with `to` at `path`. */
function setAt<T>(value: T, path: Path, to: unknown): T {
  const copy = clone(value);
  const parent = containerAt(copy, path.slice(0, -1));
  const key = lastOf(path);
  if (!(key in parent)) throw new Error(`the fixture has no ${path.join('.')} to replace`);
  parent[key] = to;
  return copy;
}

/** A copy of `value` without the key at `path`. */
function removeAt<T>(value: T, path: Path): T {
  const copy = clone(value);
  const parent = containerAt(copy, path.slice(0, -1));
  const key = lastOf(path);
  if (!(key in parent)) throw new Error(`the fixture has no ${path.join('.')} to remove`);
  delete parent[key];
  return copy;
}

function routeSpec(): Json {
  return {
    priority: 10,
    httpRoute: {
      match: { prefix: '/checkout', headers: [{ name: 'x-canary', match: { exact: 'on' } }] },
      action: {
        weightedTargets: [
          { virtualNode: 'checkout-v1', weight: 90 },
          { virtualNode: 'checkout-v2', weight: 10 },
        ],
      },
    },
  };
}

/** A successful App Mesh CreateRoute call, as CloudTrail writes it. */
function createRoute(): Json {
  return {
    eventVersion: '1.08',
    userIdentity: {
      type: 'IAMUser',
      principalId: 'AIDAEXAMPLEPRINCIPAL1',
      arn: 'arn:aws:iam::111122223333:user/dana',
      accountId: '111122223333',
      accessKeyId: 'AKIAEXAMPLEKEY000001',
      userName: 'dana',
    },
    eventTime: '2023-11-15T09:12:53Z',
    eventSource: 'appmesh.amazonaws.com',
    eventName: 'CreateRoute',
    awsRegion: 'eu-west-1',
    sourceIPAddress: '203.0.113.47',
    userAgent: 'aws-cli/2.13.0 Python/3.11.4 Linux/6.1 exe/x86_64 command/appmesh.create-route',
    requestParameters: {
      meshName: 'shop',
      virtualRouterName: 'checkout-router',
      routeName: 'checkout',
      spec: routeSpec(),
      clientToken: '74835624-8603-4850-bca3-b8124ae045b2',
    },
    responseElements: {
      route: {
        meshName: 'shop',
        virtualRouterName: 'checkout-router',
        routeName: 'checkout',
        spec: routeSpec(),
        metadata: {
          arn: 'arn:aws:appmesh:eu-west-1:111122223333:mesh/shop/virtualRouter/checkout-router/route/checkout',
          version: 1,
          uid: '42afe689-8e28-4c9c-b7ce-2d55fdf64cf9',
          createdAt: 'Nov 15, 2023, 9:12:53 AM',
          lastUpdatedAt: 'Nov 15, 2023, 9:12:53 AM',
          meshOwner: '111122223333',
          resourceOwner: '111122223333',
        },
        status: { status: 'ACTIVE' },
      },
    },
    requestID: '2f6284c3-517a-41c6-97df-a6a0412b7471',
    eventID: '6ca510e8-1982-4615-995e-6b720b58fd64',
    readOnly: false,
    eventType: 'AwsApiCall',
    apiVersion: '2019-01-25',
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
  };
}

/** The start of a digest file, as in the CloudTrail user guide. */
function digestFile(): Json {
  return {
    awsAccountId: '111122223333',
    digestStartTime: '2015-08-17T14:01:31Z',
    digestEndTime: '2015-08-17T15:01:31Z',
    digestS3Bucket: 'amzn-s3-demo-bucket',
    digestS3Object:
      'AWSLogs/111122223333/CloudTrail-Digest/us-east-2/2015/08/17/111122223333_CloudTrail-Digest_us-east-2_trail_us-east-2_20150817T150131Z.json.gz',
    digestPublicKeyFingerprint: '31e8b5433410dfb61a9dc45cc65b22ff',
    digestSignatureAlgorithm: 'SHA256withRSA',
    logFiles: [],
  };
}

function eventBridgeEvent(detail: Json): Json {
  return {
    version: '0',
    id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
    'detail-type': 'AWS API Call via CloudTrail',
    source: 'aws.kms',
    account: '111122223333',
    time: '2024-05-01T12:00:00Z',
    region: 'us-east-1',
    resources: [],
    detail,
  };
}

/** The LookupEvents `Event` of a record, on the JSON wire. */
function lookupEvent(record: Json): Json {
  return {
    EventId: record['eventID'],
    EventName: record['eventName'],
    ReadOnly: 'true',
    AccessKeyId: 'ASIAEXAMPLEKEY000002',
    EventTime: 1714564800,
    EventSource: record['eventSource'],
    Username: 'analyst',
    Resources: [],
    CloudTrailEvent: JSON.stringify(record),
  };
}

/** A log file's text with one record a line, the way the stream tests cut it. */
function logText(records: readonly Json[]): string {
  return `{"Records": [\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]}`;
}

// ---------------------------------------------------------------------------
// Outcomes

/** The error of a decode that must fail. */
function errorOf(r: DecodeResult<unknown>): DecodeError {
  if (r.success) throw new Error('expected a failure, but it decoded');
  return r.error;
}

/** The one failure of a log file (or LookupEvents page) whose other items decode. */
function onlyFailure(
  r: DecodeResult<LogFileContents<unknown> | { events: unknown[]; failures: RecordFailure[] }>,
  decoded: number,
): RecordFailure {
  if (!r.success) throw new Error(`expected the container to decode, got: ${r.error.message}`);
  const good = 'records' in r.data ? r.data.records : r.data.events;
  expect(good).toHaveLength(decoded);
  const [failure, ...more] = r.data.failures;
  expect(more).toEqual([]);
  if (failure === undefined) throw new Error('expected one failure, got none');
  return failure;
}

const pathsOf = (x: { issues: readonly Issue[] }): string[] => x.issues.map((i) => i.path);

/**
 * The issue lines of an expected message, for the cases whose head is wrong:
 * their lines are still checked, by a test that passes.
 */
function issueLinesOf(expected: string): string[] {
  return expected
    .split('\n')
    .slice(1)
    .map((l) => l.replace(/^ {2}/, ''));
}

/** Feeds text in small chunks, as a network stream would. */
function streamItems(text: string): Array<LogStreamItem<unknown>> {
  const decoder = new LogStreamDecoder();
  const items: Array<LogStreamItem<unknown>> = [];
  for (let i = 0; i < text.length; i += 64) items.push(...decoder.push(text.slice(i, i + 64)));
  items.push(...decoder.end());
  return items;
}

const kindsOf = (items: ReadonlyArray<LogStreamItem<unknown>>): string[] =>
  items.map((i) => (i.kind === 'record' ? `record ${i.index}` : i.kind === 'failure' ? `failure ${i.failure.index}` : 'error'));

function lastError(items: ReadonlyArray<LogStreamItem<unknown>>): DecodeError {
  const last = items.at(-1);
  if (last?.kind !== 'error') throw new Error(`expected the stream to end with an error, got ${kindsOf(items).join(', ')}`);
  return last.error;
}

function failureItem(items: ReadonlyArray<LogStreamItem<unknown>>, index: number): RecordFailure {
  for (const i of items) if (i.kind === 'failure' && i.failure.index === index) return i.failure;
  throw new Error(`no failure for Records[${index}] in ${kindsOf(items).join(', ')}`);
}

// ---------------------------------------------------------------------------
// Text that is not JSON

describe('text that is not JSON', () => {
  it('1. the App Mesh user guide CreateMesh example (a stray quote) names line and column', () => {
    const snippet = rawSnippets().find((s) => s.source === 'awsdocs/aws-app-mesh-user-guide');
    if (snippet === undefined) throw new Error('the App Mesh snippet is not in the corpus');
    // Checked by hand: line 60 is `"recipientAccountId": 123456789012"`, whose
    // closing quote, with no opening one, is at column 39.
    expect(snippet.text.split('\n')[59]).toBe('    "recipientAccountId": 123456789012"');

    const error = errorOf(decodeRecordText(snippet.text, AppMeshEvent));
    expect(error.message).toBe(`Not JSON:
  (root): the text is not valid JSON: expected ',' or '}', found '"' (line 60 column 39)`);
    expect(pathsOf(error)).toEqual(['']);
  });

  it('2. a trailing comma after the last record names line and column', () => {
    const text = `{
  "Records": [
    ${JSON.stringify(listKeys())},
  ]
}`;
    const error = errorOf(decodeLogFileText(text));
    expect(error.message).toBe(`Not JSON:
  (root): the text is not valid JSON: a trailing comma before ']' (line 4 column 3)`);
    expect(pathsOf(error)).toEqual(['']);
  });

  it('3. an empty text (a zero-byte object) says the text ended before any value', () => {
    const error = errorOf(decodeLogFileText(''));
    expect(error.message).toBe(`Not JSON:
  (root): the text is not valid JSON: expected a value, found the end of the text (line 1 column 1)`);
    expect(pathsOf(error)).toEqual(['']);
  });

  it('4. a log file cut short, given whole to decodeLogFileText, names where the text ends', () => {
    const text = `{"Records": [\n${JSON.stringify(listKeys())},\n{"eventVersion": "1.08", "eventName": "Upd`;
    const error = errorOf(decodeLogFileText(text));
    expect(error.message).toBe(`Not JSON:
  (root): the text is not valid JSON: a string is not closed before the end of the text (line 3 column 43)`);
    expect(pathsOf(error)).toEqual(['']);
  });
});

// ---------------------------------------------------------------------------
// Values that are not log files

describe('values that are not log files', () => {
  it('5. a digest file given to decodeLogFile says it is a digest file', () => {
    const error = errorOf(decodeLogFile(digestFile()));
    expect(error.message).toBe(`Not a CloudTrail log file:
  (root): this is a CloudTrail digest file, not a log file: it lists the hashes of log files for integrity validation and holds no Records`);
    expect(pathsOf(error)).toEqual(['']);
  });

  it('6. a digest file given to the stream decoder says it is a digest file', () => {
    const items = streamItems(JSON.stringify(digestFile(), null, 2));
    expect(kindsOf(items)).toEqual(['error']);
    const error = lastError(items);
    expect(error.message).toBe(`Not a CloudTrail log file:
  (root): this is a CloudTrail digest file, not a log file: it lists the hashes of log files for integrity validation and holds no Records`);
    expect(pathsOf(error)).toEqual(['']);
  });

  it('7. null given as a log file', () => {
    const error = errorOf(decodeLogFile(null));
    expect(error.message).toBe(`Not a CloudTrail log file:
  (root): expected LogFile<CloudTrailRecord>, got null`);
    expect(pathsOf(error)).toEqual(['']);
  });

  it('8. Records that is an object, not an array', () => {
    const error = errorOf(decodeLogFile({ Records: { '0': listKeys() } }));
    expect(error.message).toBe(`Not a CloudTrail log file:
  Records: expected Array<CloudTrailRecord>, got an object`);
    expect(pathsOf(error)).toEqual(['Records']);
  });

  it('9. "records" spelt in lower case: Records is missing', () => {
    const error = errorOf(decodeLogFile({ records: [listKeys()] }));
    expect(error.message).toBe(`Not a CloudTrail log file:
  Records: expected Array<CloudTrailRecord>, but it is missing`);
    expect(pathsOf(error)).toEqual(['Records']);
    expect(error.issues[0]?.missing).toBe(true);
  });
});

// ---------------------------------------------------------------------------
// Bad records inside log files

describe('bad records inside log files', () => {
  it('10. mfaAuthenticated as a JSON boolean at Records[3] names index, eventName, eventID and path', () => {
    const records = fourRecords();
    const bad = setAt(records, [3, 'userIdentity', 'sessionContext', 'attributes', 'mfaAuthenticated'], true);
    const failure = onlyFailure(decodeLogFile({ Records: bad }), 3);
    expect(failure.message).toBe(`Records[3] did not decode (eventName Publish, eventID bb3496d4-5252-4660-9c28-3c6aebdb21c0)
  Records[3].userIdentity.sessionContext.attributes.mfaAuthenticated: expected "true" | "false", got true — a decoded value? Serialise decoded records with encode, not JSON.stringify`);
    expect(pathsOf(failure)).toEqual(['Records[3].userIdentity.sessionContext.attributes.mfaAuthenticated']);
    expect(failure).toMatchObject({ index: 3, eventName: 'Publish', eventID: 'bb3496d4-5252-4660-9c28-3c6aebdb21c0' });

    // The stream decoder reports the same record in the same words.
    const items = streamItems(logText(bad));
    expect(kindsOf(items)).toEqual(['record 0', 'record 1', 'record 2', 'failure 3']);
    expect(failureItem(items, 3).message).toBe(failure.message);
  });

  it('11. a record without eventTime', () => {
    const bad = removeAt(fourRecords(), [1, 'eventTime']);
    const failure = onlyFailure(decodeLogFile({ Records: bad }), 3);
    expect(failure.message).toBe(`Records[1] did not decode (eventName UpdateItem, eventID a954451c-c2fc-4561-8aea-7a30ba1fdf52)
  Records[1].eventTime: expected ISO-8601 UTC timestamp (like 2019-10-18T15:00:49Z), but it is missing`);
    expect(pathsOf(failure)).toEqual(['Records[1].eventTime']);
    expect(failure.issues[0]?.missing).toBe(true);
  });

  it('12. eventTime written as "2021-01-01 01:01:01", not the way CloudTrail writes it', () => {
    const bad = setAt(fourRecords(), [2, 'eventTime'], '2021-01-01 01:01:01');
    const failure = onlyFailure(decodeLogFileText(JSON.stringify({ Records: bad })), 3);
    expect(failure.message).toBe(`Records[2] did not decode (eventName GetTrailStatus, eventID 9cb5f426-7806-46e5-9729-exampled135d)
  Records[2].eventTime: expected ISO-8601 UTC timestamp (like 2019-10-18T15:00:49Z), got "2021-01-01 01:01:01"`);
    expect(pathsOf(failure)).toEqual(['Records[2].eventTime']);
  });

  it("13. an IAMUser identity without accountId reports that alone, not every identity type's needs", () => {
    const bad = removeAt([listKeys(), updateTrail()], [1, 'userIdentity', 'accountId']);
    const failure = onlyFailure(decodeLogFile({ Records: bad }), 1);
    expect(failure.message).toBe(`Records[1] did not decode (eventName UpdateTrail, eventID 694d604a-d190-4470-8dd1-EXAMPLEe20c1)
  Records[1].userIdentity.accountId: expected string, but it is missing`);
    expect(pathsOf(failure)).toEqual(['Records[1].userIdentity.accountId']);
  });

  it('14. a record that is a string (a record encoded twice)', () => {
    const failure = onlyFailure(decodeLogFile({ Records: [listKeys(), '{"eventVersion":"1.08","eventName":"ListKeys"}'] }), 1);
    expect(failure.message).toBe(`Records[1] did not decode
  Records[1]: expected CloudTrailRecord, got "{\\"eventVersion\\":\\"1.08\\",\\"eventName\\":\\"ListKeys\\"}"`);
    expect(pathsOf(failure)).toEqual(['Records[1]']);
    expect(failure.eventName).toBeUndefined();
  });

  it('15. requestParameters as a string', () => {
    const bad = setAt([listKeys(), updateItem()], [1, 'requestParameters'], 'tableName=Music');
    const failure = onlyFailure(decodeLogFileText(JSON.stringify({ Records: bad })), 1);
    expect(failure.message).toBe(`Records[1] did not decode (eventName UpdateItem, eventID a954451c-c2fc-4561-8aea-7a30ba1fdf52)
  Records[1].requestParameters: expected JSON object | null, got "tableName=Music"`);
    expect(pathsOf(failure)).toEqual(['Records[1].requestParameters']);
  });

  it('16. a record with only eventVersion lists every missing field, in order', () => {
    const failure = onlyFailure(decodeLogFile({ Records: [listKeys(), { eventVersion: '1.08' }] }), 1);
    expect(failure.message).toBe(`Records[1] did not decode
  Records[1].userIdentity: expected UserIdentity, but it is missing
  Records[1].eventTime: expected ISO-8601 UTC timestamp (like 2019-10-18T15:00:49Z), but it is missing
  Records[1].eventSource: expected string, but it is missing
  Records[1].eventName: expected string, but it is missing
  Records[1].awsRegion: expected string, but it is missing`);
    expect(pathsOf(failure)).toEqual([
      'Records[1].userIdentity',
      'Records[1].eventTime',
      'Records[1].eventSource',
      'Records[1].eventName',
      'Records[1].awsRegion',
    ]);
  });
});

// ---------------------------------------------------------------------------
// The stream decoder

describe('the stream decoder', () => {
  const text = logText([listKeys(), updateItem(), getTrailStatus()]);

  it('17. text cut inside Records[2] says so, after giving the two whole records', () => {
    // Cut in the middle of a string of the third record.
    const cut = text.slice(0, text.indexOf('"eventName":"GetTrailStatus"') + '"eventName":"GetTr'.length);
    expect(cut.split('\n')).toHaveLength(4);
    const items = streamItems(cut);
    expect(kindsOf(items)).toEqual(['record 0', 'record 1', 'error']);
    const error = lastError(items);
    expect(error.message).toBe(`The log file is cut short:
  (root): the text ends too early, inside Records[2]`);
    expect(pathsOf(error)).toEqual(['']);
  });

  it('18. text cut between records says how many records came before', () => {
    const cut = text.slice(0, text.lastIndexOf(',\n') + 2);
    const items = streamItems(cut);
    expect(kindsOf(items)).toEqual(['record 0', 'record 1', 'error']);
    const error = lastError(items);
    expect(error.message).toBe(`The log file is cut short:
  (root): the text ends too early, before the log file is closed (after 2 records)`);
    expect(pathsOf(error)).toEqual(['']);
  });

  const commaText = `{"Records": [
${JSON.stringify(listKeys())},
{"eventVersion": "1.08", "eventName": "ListKeys",}
]}`;
  const commaExpected = `Records[1] did not decode
  Records[1]: the text is not valid JSON: a trailing comma before '}' (line 3 column 50)`;

  it('19. a record that is not valid JSON is one failure; the others still decode', () => {
    const items = streamItems(commaText);
    expect(kindsOf(items)).toEqual(['record 0', 'failure 1']);
    const failure = failureItem(items, 1);
    expect(pathsOf(failure)).toEqual(['Records[1]']);
    expect(failure.message.split('\n')[0]).toBe('Records[1] did not decode');
  });

  it('19b. a record that is not valid JSON names line and column in the file', () => {
    expect(failureItem(streamItems(commaText), 1).message).toBe(commaExpected);
  });

  it('19c. decodeLogFileText gives that line and column for the same text', () => {
    expect(errorOf(decodeLogFileText(commaText)).message).toBe(`Not JSON:
  (root): the text is not valid JSON: a trailing comma before '}' (line 3 column 50)`);
  });
});

// ---------------------------------------------------------------------------
// EventBridge and LookupEvents

describe('EventBridge events', () => {
  it('20. an event without detail', () => {
    const error = errorOf(decodeEventBridgeEvent(removeAt(eventBridgeEvent(listKeys()), ['detail'])));
    expect(error.message).toBe(`Not a valid EventBridgeEvent<CloudTrailRecord>:
  detail: expected CloudTrailRecord, but it is missing`);
    expect(pathsOf(error)).toEqual(['detail']);
    expect(error.issues[0]?.missing).toBe(true);
  });

  it('21. an event of a detail-type that does not carry a CloudTrail record lists the ones accepted', () => {
    const event = {
      ...eventBridgeEvent({}),
      'detail-type': 'EC2 Instance State-change Notification',
      source: 'aws.ec2',
      detail: { 'instance-id': 'i-0123456789abcdef0', state: 'running' },
    };
    const error = errorOf(decodeEventBridgeEvent(event));
    expect(error.message).toBe(`Not a valid EventBridgeEvent<CloudTrailRecord>:
  detail-type: expected "AWS API Call via CloudTrail" | "AWS Service Event via CloudTrail" | "AWS Console Sign In via CloudTrail" | "AWS Console Signin via CloudTrail" | "AWS Console Action via CloudTrail" | "AWS Insight via CloudTrail" | "AWS Network Activity Event via CloudTrail", got "EC2 Instance State-change Notification"`);
    expect(pathsOf(error)).toEqual(['detail-type']);
  });
});

describe('LookupEvents', () => {
  it('22. ReadOnly as a JSON boolean in a response page names the event', () => {
    const events = [lookupEvent(updateItem()), { ...lookupEvent(listKeys()), ReadOnly: true }];
    const failure = onlyFailure(decodeLookupEventsResponse({ Events: events }), 1);
    expect(failure.message).toBe(`Events[1] did not decode (eventName ListKeys, eventID 228ca3c8-5f95-4a8a-9732-EXAMPLE60ed9)
  Events[1].ReadOnly: expected "true" | "false", got true — a decoded value? Serialise decoded records with encode, not JSON.stringify`);
    expect(pathsOf(failure)).toEqual(['Events[1].ReadOnly']);
  });

  const cutEvent = { ...lookupEvent(listKeys()), CloudTrailEvent: '{"eventVersion":"1.08","userIdentity":{' };
  const cutExpected = `Not a valid LookupEvent (eventName ListKeys, eventID 228ca3c8-5f95-4a8a-9732-EXAMPLE60ed9):
  CloudTrailEvent: expected JSON text of CloudTrailRecord, but the text is not valid JSON: expected a key in double quotes, found the end of the text (line 1 column 40)`;

  it('23. a CloudTrailEvent that is not JSON: path, problem and position', () => {
    const error = errorOf(decodeLookupEvent(cutEvent));
    expect(error.issues.map((i) => i.message)).toEqual(issueLinesOf(cutExpected));
    expect(pathsOf(error)).toEqual(['CloudTrailEvent']);
  });

  it('23b. a CloudTrailEvent that is not JSON: the message names the event', () => {
    expect(errorOf(decodeLookupEvent(cutEvent)).message).toBe(cutExpected);
  });
});

// ---------------------------------------------------------------------------
// Single records

describe('single records', () => {
  const fromConsole = { ...listKeys(), sessionCredentialFromConsole: true };
  const fromConsoleExpected = `Not a valid CloudTrailRecord (eventName ListKeys, eventID 228ca3c8-5f95-4a8a-9732-EXAMPLE60ed9):
  sessionCredentialFromConsole: expected "true" | "false", got true — a decoded value? Serialise decoded records with encode, not JSON.stringify`;

  it('24. sessionCredentialFromConsole as a JSON boolean: path, expected and actual', () => {
    const error = errorOf(decodeRecord(fromConsole));
    expect(error.issues.map((i) => i.message)).toEqual(issueLinesOf(fromConsoleExpected));
    expect(pathsOf(error)).toEqual(['sessionCredentialFromConsole']);
  });

  it('24b. sessionCredentialFromConsole as a JSON boolean: the message names the record', () => {
    expect(errorOf(decodeRecord(fromConsole)).message).toBe(fromConsoleExpected);
  });
});

// ---------------------------------------------------------------------------
// App Mesh

describe('App Mesh records', () => {
  const s3Expected = `Not a valid AppMeshEvent (eventName CreateBucket, eventID c4fa3db1-2303-40e4-bde0-3b7246bdbf0b):
  eventSource: is s3.amazonaws.com, not appmesh.amazonaws.com`;

  it('25. a record of another service: path, expected and actual', () => {
    const error = errorOf(decodeRecord(createBucket(), AppMeshEvent));
    expect(error.issues.map((i) => i.message)).toEqual(issueLinesOf(s3Expected));
    expect(pathsOf(error)).toEqual(['eventSource']);
  });

  it('25b. a record of another service: the message names the record', () => {
    expect(errorOf(decodeRecord(createBucket(), AppMeshEvent)).message).toBe(s3Expected);
  });

  it('26. a record of another service inside a log file decoded as App Mesh', () => {
    const failure = onlyFailure(decodeLogFile({ Records: [createRoute(), createBucket()] }, { record: AppMeshEvent }), 1);
    expect(failure.message).toBe(`Records[1] did not decode (eventName CreateBucket, eventID c4fa3db1-2303-40e4-bde0-3b7246bdbf0b)
  Records[1].eventSource: is s3.amazonaws.com, not appmesh.amazonaws.com`);
    expect(pathsOf(failure)).toEqual(['Records[1].eventSource']);
  });

  const weightPath = ['requestParameters', 'spec', 'httpRoute', 'action', 'weightedTargets', 0, 'weight'];
  const stringWeight = setAt(createRoute(), weightPath, '90');
  const weightExpected = `Not a valid AppMeshEventStrict (eventName CreateRoute, eventID 6ca510e8-1982-4615-995e-6b720b58fd64):
  requestParameters.spec.httpRoute.action.weightedTargets[0].weight: expected number, got "90"`;

  it('27. CreateRoute with a string weight deep in the spec: path, expected and actual (strict), kept as departed (lenient)', () => {
    const error = errorOf(decodeRecord(stringWeight, AppMeshEventStrict));
    expect(error.issues.map((i) => i.message)).toEqual(issueLinesOf(weightExpected));
    expect(pathsOf(error)).toEqual(['requestParameters.spec.httpRoute.action.weightedTargets[0].weight']);
    const kept = decodeRecord(stringWeight, AppMeshEvent);
    if (!kept.success) throw new Error(kept.error.message);
    expect(appMeshService.departuresOf(kept.data).map((i) => i.message)).toEqual(issueLinesOf(weightExpected));
  });

  it('27b. CreateRoute with a string weight: the message names the record', () => {
    expect(errorOf(decodeRecord(stringWeight, AppMeshEventStrict)).message).toBe(weightExpected);
  });

  it('28. a union with two members set names both', () => {
    const matchPath = ['requestParameters', 'spec', 'httpRoute', 'match', 'headers', 0, 'match'];
    const bad = setAt(createRoute(), matchPath, { exact: 'on', prefix: 'o' });
    const failure = onlyFailure(decodeLogFile({ Records: [bad] }, { record: AppMeshEventStrict }), 0);
    expect(failure.message).toBe(`Records[0] did not decode (eventName CreateRoute, eventID 6ca510e8-1982-4615-995e-6b720b58fd64)
  Records[0].requestParameters.spec.httpRoute.match.headers[0].match: expected exactly one of exact | prefix | range | regex | suffix, got 2: exact, prefix`);
    expect(pathsOf(failure)).toEqual(['Records[0].requestParameters.spec.httpRoute.match.headers[0].match']);
  });

  it('29. contrast: a failed call decodes, even with the request the service refused', () => {
    // The request lacks the route's action: that is why the call failed.
    const failed = {
      ...removeAt(createRoute(), ['requestParameters', 'spec', 'httpRoute', 'action']),
      errorCode: 'BadRequestException',
      errorMessage: 'Route spec must have an action',
      responseElements: null,
    };
    const r = decodeRecord(failed, AppMeshEvent);
    if (!r.success) throw new Error(`expected a decode, got: ${r.error.message}`);
    expect(r.data.eventName).toBe('CreateRoute');
    expect(isFailedAppMeshCall(r.data)).toBe(true);
    expect(r.data.errorCode).toBe('BadRequestException');
  });

  it('30. contrast: an App Mesh record of an operation this release does not know decodes', () => {
    const later = { ...createRoute(), eventName: 'CreateMeshPolicy' };
    const r = decodeRecord(later, AppMeshEvent);
    if (!r.success) throw new Error(`expected a decode, got: ${r.error.message}`);
    expect(r.data.eventName).toBe('CreateMeshPolicy');
    expect(isSucceededCall(r.data)).toBe(false);
    expect(isFailedAppMeshCall(r.data)).toBe(false);
  });
});
