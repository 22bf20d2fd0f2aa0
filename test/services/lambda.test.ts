// Lambda on the corpus and on built records: versioned event names decode as
// their operation, member names are lowered at every depth, the known
// fixtures depart with their paths, and the builders make a typed record of
// every operation, under versioned names too.
import { describe, expect, it } from 'vitest';
import { buildServiceEvent } from '../../src/builders/index.js';
import { formatErrors } from '../../src/index.js';
import {
  AddPermissionEvent,
  CreateEventSourceMappingEvent,
  LambdaEvent,
  LambdaEventStrict,
  ListFunctionsEvent,
  UpdateFunctionCodeEvent,
  UpdateFunctionConfigurationEvent,
  isFailedLambdaCall,
  isSucceededLambdaCall,
  lambdaService,
  type LambdaEventJson,
} from '../../src/services/lambda/index.js';
import type { OperationEventC } from '../../src/service-kit/index.js';
import { clone, corpusRecords, oddFiles } from '../support/corpus.js';

const records = corpusRecords().filter((r) => r.record['eventSource'] === 'lambda.amazonaws.com');
const at = (file: string, index: number): Record<string, unknown> => {
  const found = records.find((r) => r.file === file && r.index === index);
  if (found === undefined) throw new Error(`no Lambda record ${file}[${index}]`);
  return clone(found.record);
};
const decode = (u: unknown): LambdaEvent => decodeWith(LambdaEvent, u);
// One operation's codec types its records without narrowing the service union
// (test/types/lambda.types.ts checks that narrowing).
function decodeWith<A>(codec: { decode(u: unknown): { _tag: 'Left'; left: Parameters<typeof formatErrors>[0] } | { _tag: 'Right'; right: A } }, u: unknown): A {
  const r = codec.decode(u);
  if (r._tag === 'Left') throw new Error(formatErrors(r.left).join('; '));
  return r.right;
}
const op = <A, O>(codec: OperationEventC<A, O>, u: unknown): A => decodeWith(codec, u);

// Detection-rule fixtures written by hand: each leaves out request members the
// API requires (a path label among them), which the captured AddPermission
// record (stratus-red-team.json[9]) carries.
const FIXTURES: Readonly<Record<string, readonly string[]>> = {
  'panther-analysis.json[27]': ['requestParameters.action', 'requestParameters.principal', 'requestParameters.statementId'],
  'panther-analysis.json[28]': ['requestParameters.action', 'requestParameters.principal', 'requestParameters.statementId'],
  'panther-analysis.json[29]': ['requestParameters.statementId'],
};

describe('Lambda records of the corpus', () => {
  it('are all there: five detection-rule fixtures and two captured records', () => {
    expect(records.map((r) => `${r.file}[${r.index}]`)).toEqual([
      'panther-analysis.json[0]',
      'panther-analysis.json[4]',
      'panther-analysis.json[27]',
      'panther-analysis.json[28]',
      'panther-analysis.json[29]',
      'stratus-red-team.json[9]',
      'stratus-red-team.json[33]',
    ]);
  });

  it('decode, round-trip to the same JSON text, and are typed calls but for the known fixtures', () => {
    const typed: string[] = [];
    for (const { file, index, record } of records) {
      const where = `${file}[${index}]`;
      const e = decode(clone(record));
      expect(JSON.stringify(LambdaEvent.encode(e)), where).toBe(JSON.stringify(record));
      expect(lambdaService.operationOf(String(record['eventName'])), where).toBeDefined();
      if (lambdaService.isDeparted(e)) {
        expect(lambdaService.departuresOf(e).map((i) => i.path).sort(), where).toEqual(FIXTURES[where]);
        expect(LambdaEventStrict.decode(clone(record))._tag, where).toBe('Left');
      } else {
        expect(isSucceededLambdaCall(e) || isFailedLambdaCall(e), where).toBe(true);
        expect(LambdaEventStrict.decode(clone(record))._tag, where).toBe('Right');
        typed.push(where);
      }
    }
    expect(typed).toEqual(['panther-analysis.json[0]', 'panther-analysis.json[4]', 'stratus-red-team.json[9]', 'stratus-red-team.json[33]']);
  });

  it('type UpdateFunctionConfiguration20150331v2 (panther-analysis.json[0]) as a succeeded update', () => {
    const e = op(UpdateFunctionConfigurationEvent, at('panther-analysis.json', 0));
    expect(e.eventName).toBe('UpdateFunctionConfiguration20150331v2');
    if (isSucceededLambdaCall(e)) {
      expect(e.requestParameters.functionName).toBe('production-api');
      expect(e.requestParameters.environment).toBeUndefined();
      expect(e.responseElements.functionName).toBe('production-api');
      expect(e.responseElements.layers?.map((l) => l.arn)).toEqual(['arn:aws:lambda:us-west-2:123456789012:layer:some-layer:1']);
    } else expect.unreachable('not a succeeded UpdateFunctionConfiguration');
  });

  it('type UpdateFunctionCode20150331v2 (stratus-red-team.json[33]): lastModified stays text, members lowered at every depth', () => {
    const record = at('stratus-red-team.json', 33);
    const e = op(UpdateFunctionCodeEvent, record);
    if (isSucceededLambdaCall(e)) {
      expect(e.requestParameters.publish).toBe(true);
      expect(e.responseElements.lastModified).toBe('2024-08-01T13:52:02.000+0000');
      expect(e.responseElements.snapStart?.applyOn).toBe('None');
      expect(e.responseElements.ephemeralStorage?.size).toBe(512);
      // Lambda's own request object, which the model does not declare, is kept as it was.
      expect((e.requestParameters as Record<string, unknown>)['fullyQualifiedArn']).toEqual((record['requestParameters'] as Record<string, unknown>)['fullyQualifiedArn']);
    } else expect.unreachable('not a succeeded UpdateFunctionCode');
  });

  it('type AddPermission20150331v2 (stratus-red-team.json[9]) with its labels and body side by side', () => {
    const e = op(AddPermissionEvent, at('stratus-red-team.json', 9));
    if (isSucceededLambdaCall(e)) {
      expect([e.requestParameters.functionName, e.requestParameters.statementId, e.requestParameters.principal]).toEqual(['stratus-red-team-backdoor-f-func', 'backdoor', '*']);
      expect(JSON.parse(e.responseElements?.statement ?? '{}')).toMatchObject({ Sid: 'backdoor', Principal: '*' });
    } else expect.unreachable('not a succeeded AddPermission');
  });

  it('depart where a member keeps the model spelling: FunctionName is not functionName', () => {
    const record = at('panther-analysis.json', 4);
    record['requestParameters'] = { FunctionName: 'basic-node-task' };
    const e = decode(record);
    expect(lambdaService.departuresOf(e).map((i) => i.path)).toEqual(['requestParameters.functionName']);
  });
});

describe('odd/panther-analysis.json[104], a ListFunctions20150331 call refused', () => {
  const odd = oddFiles().find((f) => f.name === 'panther-analysis.json')?.json.Records[104] as Record<string, unknown>;

  it('fails only on its eventTime, which Panther rewrote (an envelope field every record codec refuses)', () => {
    expect(odd['eventName']).toBe('ListFunctions20150331');
    const r = LambdaEvent.decode(clone(odd));
    expect(r._tag).toBe('Left');
    if (r._tag === 'Left') expect(formatErrors(r.left)).toEqual([expect.stringMatching(/^eventTime: expected ISO-8601 UTC timestamp .*got "2024-06-02 20:16:32\.000000000"$/)]);
  });

  it('with the eventTime CloudTrail writes, decodes as a failed ListFunctions call and round-trips', () => {
    const fixed = { ...clone(odd), eventTime: '2024-06-02T20:16:32Z' };
    const e = decode(fixed);
    expect(isFailedLambdaCall(e)).toBe(true);
    expect(lambdaService.operationOf(e.eventName as string)).toBe('ListFunctions');
    expect(JSON.stringify(LambdaEvent.encode(e))).toBe(JSON.stringify(fixed));
    const failed = op(ListFunctionsEvent, clone(fixed));
    if (isFailedLambdaCall(failed)) expect([failed.errorCode, failed.requestParameters]).toEqual(['AccessDenied', undefined]);
    else expect.unreachable('not a failed ListFunctions');
  });
});

describe('versioned event names', () => {
  it.each([
    ['UpdateFunctionConfiguration20150331v2', 'UpdateFunctionConfiguration'],
    ['AddPermission20150331', 'AddPermission'],
    // Not aliases in the table: the base name decides.
    ['GetPolicy20150331v2', 'GetPolicy'],
    ['ListTags20170331', 'ListTags'],
    ['ListLayers20181031', 'ListLayers'],
    ['DeleteFunction20150331v12', 'DeleteFunction'],
    ['DeleteFunction', 'DeleteFunction'],
  ])('%s is %s', (name, op) => {
    expect(lambdaService.operationOf(name)).toBe(op);
  });

  it.each(['Frobnicate20150331', '20150331', 'DeleteFunction2015033', 'DeleteFunction20150331x', 'DeleteFunction20150331v', '__proto__20150331', 'constructor20150331v2', 'deleteFunction20150331'])(
    '%s is no operation, and its record decodes as an unknown operation',
    (name) => {
      expect(lambdaService.operationOf(name)).toBeUndefined();
      const record = { ...at('panther-analysis.json', 4), eventName: name };
      const e = decode(record);
      expect(isSucceededLambdaCall(e) || isFailedLambdaCall(e) || lambdaService.isDeparted(e)).toBe(false);
      expect(JSON.stringify(LambdaEvent.encode(e))).toBe(JSON.stringify(record));
    },
  );

  it('a record under an unlisted version is typed as its operation; a long version suffix costs nothing special', () => {
    for (const name of ['DeleteFunction20150331', `DeleteFunction20150331v${'9'.repeat(10_000)}`]) {
      const e = decode({ ...at('panther-analysis.json', 4), eventName: name });
      expect(isSucceededLambdaCall(e)).toBe(true);
      expect(lambdaService.operationOf(e.eventName as string)).toBe('DeleteFunction');
    }
  });

  it('lists the versions seen in records among the event names', () => {
    expect(lambdaService.eventNames).toEqual(expect.arrayContaining(['AddPermission20150331', 'AddPermission20150331v2', 'ListFunctions20150331', 'UpdateFunctionCode20150331v2', 'UpdateFunctionConfiguration20150331v2']));
  });
});

describe('Lambda builders', () => {
  const check = (json: LambdaEventJson, fail: boolean): string | undefined => {
    const text = JSON.stringify(json);
    const r = LambdaEvent.decode(JSON.parse(text));
    if (r._tag === 'Left') return `does not decode: ${formatErrors(r.left).join('; ')}`;
    if (lambdaService.isDeparted(r.right)) return `departs: ${lambdaService.departuresOf(r.right).map((i) => i.message).join('; ')}`;
    if (!(fail ? isFailedLambdaCall(r.right) : isSucceededLambdaCall(r.right))) return `not the ${fail ? 'failed' : 'succeeded'} variant`;
    if (JSON.stringify(LambdaEvent.encode(r.right)) !== text) return 'encodes to other bytes';
    return undefined;
  };

  it('make a succeeded and a failed call of every operation, under every listed event name', () => {
    const problems: string[] = [];
    // Service events (InvokeExecution) have no builder.
    for (const name of lambdaService.eventNames.filter((n) => lambdaService.operationOf(n) !== undefined)) {
      for (const fail of [false, true]) {
        const problem = check(buildServiceEvent(lambdaService, name as never, undefined, { seed: 7, fail }), fail);
        if (problem !== undefined) problems.push(`${name}${fail ? ' failed' : ''}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
    expect(lambdaService.eventNames.length).toBeGreaterThanOrEqual(68 + 6);
  });

  it('make a typed record under a version no table lists', () => {
    const json = buildServiceEvent(lambdaService, 'DeleteFunction', { eventName: 'DeleteFunction20150331' } as never, { seed: 3 });
    expect(json.eventName).toBe('DeleteFunction20150331');
    expect(check(json, false)).toBeUndefined();
  });

  it('write the Date timestamps of event source mappings as Java date text, decoded to Dates', () => {
    const json = buildServiceEvent(lambdaService, 'CreateEventSourceMapping', { responseElements: { lastModified: 'Aug 1, 2024, 1:52:02 PM' } }, { seed: 5 });
    const e = op(CreateEventSourceMappingEvent, JSON.parse(JSON.stringify(json)));
    if (isSucceededLambdaCall(e)) {
      expect(e.responseElements?.lastModified?.toISOString()).toBe('2024-08-01T13:52:02.000Z');
      expect(JSON.stringify(LambdaEvent.encode(e))).toBe(JSON.stringify(json));
    } else expect.unreachable('not a succeeded CreateEventSourceMapping');
    // The ISO text of a string member would be refused there: the two forms are not mixed up.
    const iso = { ...json, responseElements: { ...json.responseElements, lastModified: '2024-08-01T13:52:02.000+0000' } };
    expect(lambdaService.isDeparted(decode(iso))).toBe(true);
  });
});
