// The table-driven builders on a hand-written table that uses every row kind:
// values are seeded, meet the model's constraints, write timestamps in the
// service's wire form, leave sensitive members out, end on recursive shapes,
// and make failed calls; records decode with the kit's service codec and
// encode back to the same bytes.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { DateFromEpochSeconds, DateFromIsoTimestamp } from '../../src/index.js';
import { DateFromJavaDateText } from '../../src/service-kit/index.js';
import { DateFromEpochMillis } from '../../src/core/DateFromEpochMillis.js';
import { DateFromServiceIsoText } from '../../src/core/DateFromServiceIsoText.js';
import { BuilderError } from '../../src/builders/BuilderError.js';
import { Random } from '../../src/builders/random.js';
import { buildPayload, buildServiceEvent, type BuildableService } from '../../src/service-kit/build/index.js';
import { compilePattern, drawPattern, patternLengths } from '../../src/service-kit/build/pattern.js';
import { defineService } from '../../src/service-kit/serviceEvent.js';
import type { TimestampForm } from '../../src/service-kit/table.js';
import type { ActivityRecordJson } from '../../src/record/ActivityRecord.js';
import { CloudTrailRecord } from '../../src/record/CloudTrailRecord.js';
import { cyclesTable, HIDDEN, isTimestampIn, violations, widgetsTable, widgetsWith } from './build-fixture.js';
import { corpusRecords } from '../support/corpus.js';

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
const widgets = defineService(widgetsTable);
const eventNames = [...Object.keys(widgetsTable.operations), ...Object.keys(widgetsTable.aliases)];
const shapesOfOperations = Object.values(widgetsTable.operations).flatMap((op) => [op.i, op.o].filter((s): s is string => s !== undefined));

/** Every value at `key` anywhere in a JSON value. */
function valuesAt(value: unknown, key: string): unknown[] {
  const out: unknown[] = [];
  const work = [value];
  while (work.length > 0) {
    const v = work.pop();
    if (Array.isArray(v)) work.push(...v);
    else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) {
        if (k === key) out.push(x);
        work.push(x);
      }
    }
  }
  return out;
}

/** Nesting of objects and arrays. */
function depthOf(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  return 1 + Math.max(0, ...Object.values(value).map(depthOf));
}

describe('buildPayload', () => {
  it('gives the same value for the same seed, and different values across seeds', () => {
    for (const shape of shapesOfOperations) {
      const texts = SEEDS.map((seed) => JSON.stringify(buildPayload(widgetsTable, shape, new Random(seed))));
      expect(SEEDS.map((seed) => JSON.stringify(buildPayload(widgetsTable, shape, new Random(seed))))).toEqual(texts);
      expect(new Set(texts).size, shape).toBeGreaterThan(10);
    }
  });

  it('draws optional members by seed: each appears in some values and not in others', () => {
    const values = SEEDS.map((seed) => buildPayload(widgetsTable, 'CreateWidgetRequest', new Random(seed)) as Record<string, unknown>);
    for (const member of ['description', 'size', 'enabled', 'tags', 'labels', 'shape', 'tree', 'color']) {
      const present = values.filter((v) => v[member] !== undefined).length;
      expect(present, member).toBeGreaterThan(0);
      expect(present, member).toBeLessThan(SEEDS.length);
    }
  });

  it('meets every constraint of the rows: lengths, ranges, patterns, enums, union arity, unique items, required members', () => {
    const found: string[] = [];
    for (const shape of shapesOfOperations) {
      for (const seed of Array.from({ length: 60 }, (_, i) => i + 1)) {
        found.push(...violations(widgetsTable, shape, buildPayload(widgetsTable, shape, new Random(seed)), shape));
      }
    }
    expect(found).toEqual([]);
  });

  it('the constraint check fails on values that break the rows', () => {
    expect(violations(widgetsTable, 'Circle', { radius: 11 })).toEqual(['(root).radius: expected a number in [1,10], got 11']);
    expect(violations(widgetsTable, 'CreateWidgetRequest', { widgetName: 'Bad Name', secret: 's' })).toEqual([
      '(root).secret: sensitive, but present',
      '(root).widgetName: expected a match for ^[a-z][a-z0-9-]*$, got "Bad Name"',
    ]);
    expect(violations(widgetsTable, 'Shape', { circle: { radius: 2 }, point: {} })).toHaveLength(1);
    expect(violations(widgetsTable, 'TagList', [{ key: 'a', value: 'b' }, { key: 'a', value: 'b' }])).toEqual([
      '(root): expected unique items, got [{"key":"a","value":"b"},{"key":"a","value":"b"}]',
    ]);
  });

  it('keys an enum-keyed map by known values, each once', () => {
    const limits = SEEDS.flatMap((seed) => valuesAt(buildPayload(widgetsTable, 'CreateWidgetRequest', new Random(seed)), 'limits'));
    expect(limits.length).toBeGreaterThan(0);
    for (const map of limits) for (const key of Object.keys(map as object)) expect(['reads', 'writes', 'deletes']).toContain(key);
  });

  it('picks plausible values where the member name and constraints allow: ARNs, account ids, key ids', () => {
    const values = SEEDS.map((seed) => buildPayload(widgetsTable, 'CreateWidgetRequest', new Random(seed), { accountId: '111122223333' }));
    for (const arn of values.flatMap((v) => valuesAt(v, 'roleArn'))) expect(arn).toMatch(/^arn:aws:iam::111122223333:role\/\w+$/);
    for (const id of values.flatMap((v) => valuesAt(v, 'ownerAccountId'))) expect(id).toBe('111122223333');
    const arns = SEEDS.flatMap((seed) => valuesAt(buildPayload(widgetsTable, 'CreateWidgetResponse', new Random(seed), { accountId: '111122223333', region: 'eu-west-1' }), 'widgetArn'));
    expect(arns.length).toBe(SEEDS.length);
    for (const arn of arns) expect(arn).toMatch(/^arn:aws:widgets:eu-west-1:111122223333:widget\/[a-z0-9-]+$/);
  });

  it.each<[TimestampForm, { decode(u: unknown): { _tag: string; right?: unknown }; encode(a: never): unknown }]>([
    ['java-text', DateFromJavaDateText],
    ['iso', DateFromIsoTimestamp],
    ['epoch-seconds', DateFromEpochSeconds],
    ['epoch-millis', DateFromEpochMillis],
    ['iso-offset', DateFromServiceIsoText],
    ['iso-zoneless', DateFromServiceIsoText],
  ])('writes %s timestamps, which decode and encode back to the same value', (form, codec) => {
    const table = widgetsWith(form);
    for (const seed of SEEDS) {
      const value = buildPayload(table, 'CreateWidgetResponse', new Random(seed), { time: new Date('2026-03-02T09:00:00Z') });
      const times = valuesAt(value, 'createdAt');
      expect(times).toHaveLength(1);
      const [time] = times;
      expect(isTimestampIn(form, time), `${JSON.stringify(time)}`).toBe(true);
      const r = codec.decode(time);
      expect(r._tag).toBe('Right');
      expect(codec.encode(r.right as never)).toEqual(time);
      // A creation time lies before the reference time; within 30 days of it.
      const ms = (r.right as Date).getTime();
      expect(ms).toBeLessThanOrEqual(Date.UTC(2026, 2, 2, 9));
      expect(ms).toBeGreaterThanOrEqual(Date.UTC(2026, 1, 0));
    }
  });

  it('gives a member its own timestamp form over the profile default', () => {
    for (const seed of SEEDS) {
      const v = buildPayload(widgetsTable, 'CreateWidgetRequest', new Random(seed), { depth: 0 }) as Record<string, unknown>;
      for (const [key, form] of [['createdAt', 'java-text'], ['expiresAt', 'iso'], ['checkedAt', 'epoch-seconds'], ['seenAt', 'epoch-millis']] as const) {
        if (v[key] !== undefined) expect(isTimestampIn(form, v[key]), `${key}: ${JSON.stringify(v[key])}`).toBe(true);
      }
    }
  });

  it('leaves sensitive members out; a union or a list that must show one shows the hidden text', () => {
    const requests = Array.from({ length: 60 }, (_, i) => buildPayload(widgetsTable, 'CreateWidgetRequest', new Random(i + 1)));
    for (const r of requests) {
      expect(valuesAt(r, 'secret')).toEqual([]);
      expect(valuesAt(r, 'token')).toEqual([]);
      // The sensitive member of Shape is never the one drawn.
      expect(valuesAt(r, 'hiddenShape')).toEqual([]);
    }
    const passwords = requests.flatMap((r) => valuesAt(r, 'passwords')).flat();
    expect(passwords.length).toBeGreaterThan(0);
    expect(new Set(passwords)).toEqual(new Set([HIDDEN]));
    const secretShapes = SEEDS.flatMap((seed) => valuesAt(buildPayload(widgetsTable, 'DescribeWidgetResponse', new Random(seed)), 'secretShape'));
    expect(secretShapes.length).toBeGreaterThan(0);
    for (const s of secretShapes) expect(s).toEqual({ hiddenCircle: HIDDEN });
  });

  it('ends recursive shapes: past `depth` only required members are built', () => {
    let deepest = 0;
    for (const seed of Array.from({ length: 60 }, (_, i) => i + 1)) {
      for (const depth of [0, 2, 6]) {
        const tree = buildPayload(widgetsTable, 'Node', new Random(seed), { depth });
        deepest = Math.max(deepest, depthOf(tree));
        // Each Node level is an object, and a list between two levels adds one.
        expect(depthOf(tree)).toBeLessThanOrEqual(2 * depth + 1);
        // The Expr union recurses through required members; a literal ends it.
        const expr = buildPayload(widgetsTable, 'Expr', new Random(seed), { depth });
        expect(violations(widgetsTable, 'Expr', expr)).toEqual([]);
        expect(depthOf(expr)).toBeLessThanOrEqual(2 * depth + 2);
      }
      expect(buildPayload(widgetsTable, 'Node', new Random(seed), { depth: 0 })).toEqual({ value: expect.any(String) });
    }
    // Recursion does happen within the depth.
    expect(deepest).toBeGreaterThan(3);
  });

  it('fails loudly on a shape whose required members lead back to it, and names the cycle', () => {
    const attempt = (): unknown => buildPayload(cyclesTable, 'Start', new Random(1));
    expect(attempt).toThrow(BuilderError);
    expect(attempt).toThrow('no value of "Start" can be built: its required members lead back to it (Start.loop -> Loop.back -> Back.again -> Loop)');
    expect(() => buildPayload(cyclesTable, 'Choice', new Random(1))).toThrow('(Choice.only -> Loop.back -> Back.again -> Loop)');
    // An optional member into the cycle is simply never drawn.
    for (const seed of SEEDS) expect(buildPayload(cyclesTable, 'Fine', new Random(seed))).toEqual({ name: expect.any(String) });
  });

  it('names a shape the table does not have', () => {
    expect(() => buildPayload(widgetsTable, 'Gadget', new Random(1))).toThrow('the table of "widgets" has no shape "Gadget"');
    const broken = { ...widgetsTable, shapes: { ...widgetsTable.shapes, Circle: { s: { radius: '!Radius' } } } };
    expect(() => buildPayload(broken, 'Circle', new Random(1))).toThrow('has no shape "Radius" (at radius)');
  });

  it('refuses options that would not end or not give times', () => {
    expect(() => buildPayload(widgetsTable, 'Node', new Random(1), { depth: Number.NaN })).toThrow('options.depth must be a whole number from 0 to 64');
    expect(() => buildPayload(widgetsTable, 'Node', new Random(1), { depth: 1.5 })).toThrow(BuilderError);
    expect(() => buildPayload(widgetsTable, '$t', new Random(1), { time: new Date(Number.NaN) })).toThrow('options.time must be a valid Date');
  });

  it('draws scalar tokens as their wire form', () => {
    const r = new Random(3);
    expect(typeof buildPayload(widgetsTable, '$s', r)).toBe('string');
    expect(typeof buildPayload(widgetsTable, '$n', r)).toBe('number');
    expect(typeof buildPayload(widgetsTable, '$b', r)).toBe('boolean');
    expect(buildPayload(widgetsTable, '$B', r)).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(buildPayload(widgetsTable, '$u', r)).toEqual({});
    expect(typeof buildPayload(widgetsTable, '$d', r)).toBe('object');
  });
});

describe('pattern draws', () => {
  it('match the patterns of the vendored models, or fall back to text of a length the pattern allows', () => {
    const patterns = [
      '^[\\w+=,.@-]+$',
      '^o-[a-z0-9]{10,32}$',
      '^arn:aws:organizations::\\d{12}:account\\/o-[a-z0-9]{10,32}\\/\\d{12}$',
      '^(?!\\s*$).+$',
      '^[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+$',
      '^(r-[0-9a-z]{4,32})|(\\d{12})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$',
      '^[a-zA-Z0-9\\-]+$',
      '^[\\w+=,.@\\:-]*$',
      '^(?i)all|[0-9]{12}$',
      '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$',
      '^\\p{Print}+$',
      '^([$]LATEST|[$]DEFAULT|[$]ALL)$',
    ];
    const r = new Random(9);
    for (const source of patterns) {
      const compiled = compilePattern(source);
      expect(compiled, source).toBeDefined();
      if (compiled === undefined) continue;
      const [lo, hi] = patternLengths(compiled);
      for (let i = 0; i < 20; i++) {
        const s = drawPattern(compiled, r.int(lo, Math.min(hi, lo + 20)), r);
        if (compiled.check !== undefined) expect(compiled.check.test(s), `${source}: ${s}`).toBe(true);
      }
    }
  });

  it('a pattern no string matches falls back to letters and digits of the allowed length', () => {
    const table = { ...widgetsTable, shapes: { Odd: { p: '$s' as const, c: { len: [5, 5] as const, pattern: '^a(?!a)a$' } } } };
    for (const seed of SEEDS) expect(buildPayload(table, 'Odd', new Random(seed))).toMatch(/^[a-z0-9]{5}$/);
  });
});

describe('buildServiceEvent', () => {
  it('builds every operation and alias, 20 seeds each, succeeded and failed: each decodes with the service codec to its variant and encodes back to the same bytes', () => {
    for (const eventName of eventNames) {
      for (const seed of SEEDS) {
        for (const fail of [false, true]) {
          const record = buildServiceEvent(widgets, eventName, undefined, { seed, fail });
          const text = JSON.stringify(record);
          const r = widgets.codec.decode(JSON.parse(text));
          if (r._tag === 'Left') throw new Error(`${eventName} seed ${seed}: does not decode`);
          expect(widgets.isDeparted(r.right), `${eventName} seed ${seed}: ${JSON.stringify(widgets.departuresOf(r.right))}`).toBe(false);
          expect(fail ? widgets.isFailed(r.right) : widgets.isSucceeded(r.right), `${eventName} seed ${seed}`).toBe(true);
          expect(JSON.stringify(widgets.codec.encode(r.right))).toBe(text);
        }
      }
    }
  });

  it('is the same JSON for the same arguments, and varies with the seed', () => {
    const a = SEEDS.map((seed) => JSON.stringify(buildServiceEvent(widgets, 'CreateWidget', undefined, { seed })));
    expect(SEEDS.map((seed) => JSON.stringify(buildServiceEvent(widgets, 'CreateWidget', undefined, { seed })))).toEqual(a);
    expect(new Set(a).size).toBe(SEEDS.length);
  });

  it('writes the envelope from the factory, the event source from the table, and the payloads from the operation', () => {
    const e = buildServiceEvent(widgets, 'CreateWidget20260101', undefined, { seed: 2, region: 'eu-west-1', accountId: '111122223333', referenceTime: '2026-05-01T00:00:00Z' });
    expect(e.eventSource).toBe('widgets.amazonaws.com');
    expect(e.eventName).toBe('CreateWidget20260101');
    expect(e.awsRegion).toBe('eu-west-1');
    expect(e.recipientAccountId).toBe('111122223333');
    expect(e.eventTime > '2026-05-01T00:00:00Z').toBe(true);
    expect(violations(widgetsTable, 'CreateWidgetRequest', e.requestParameters)).toEqual([]);
    expect(violations(widgetsTable, 'CreateWidgetResponse', e.responseElements)).toEqual([]);
    expect(Object.keys(e)).toEqual([
      'eventVersion', 'userIdentity', 'eventTime', 'eventSource', 'eventName', 'awsRegion', 'sourceIPAddress', 'userAgent',
      'requestParameters', 'responseElements', 'requestID', 'eventID', 'readOnly', 'eventType', 'managementEvent',
      'recipientAccountId', 'eventCategory', 'tlsDetails',
    ]);
    // Operations without input or output: null payloads.
    const ping = buildServiceEvent(widgets, 'Ping', undefined, { seed: 2 });
    expect([ping.requestParameters, ping.responseElements]).toEqual([null, null]);
    expect(buildServiceEvent(widgets, 'DeleteWidget', undefined, { seed: 2 }).responseElements).toBeNull();
    expect(buildServiceEvent(widgets, 'ListWidgets', undefined, { seed: 2 }).requestParameters).toBeNull();
  });

  it('payload timestamps lie around the event time', () => {
    for (const seed of SEEDS) {
      const e = buildServiceEvent(widgets, 'CreateWidget', undefined, { seed, referenceTime: '2024-07-01T00:00:00Z' });
      const created = DateFromJavaDateText.decode((e.responseElements as { widget: { createdAt: string } }).widget.createdAt);
      if (created._tag === 'Left') throw new Error('createdAt does not decode');
      const gap = Date.parse(e.eventTime) - created.right.getTime();
      expect(gap).toBeGreaterThanOrEqual(0);
      expect(gap).toBeLessThanOrEqual(30 * 86_400_000);
    }
  });

  it('makes failed calls: AccessDenied by default, or the code given, with a message and no response', () => {
    const denied = buildServiceEvent(widgets, 'DeleteWidget', { requestParameters: { widgetArn: 'arn:aws:widgets:us-east-1:111122223333:widget/w-1' } }, { seed: 1, fail: true, identity: 'assumedRole' });
    expect(denied.errorCode).toBe('AccessDenied');
    expect(denied.errorMessage).toBe(
      `User: ${(denied.userIdentity as { arn: string }).arn} is not authorized to perform: widgets:DeleteWidget on resource: arn:aws:widgets:us-east-1:111122223333:widget/w-1 because no identity-based policy allows the widgets:DeleteWidget action`,
    );
    expect(denied.responseElements).toBeNull();
    const throttled = buildServiceEvent(widgets, 'CreateWidget', undefined, { seed: 1, fail: 'ThrottlingException' });
    expect([throttled.errorCode, throttled.errorMessage, throttled.responseElements]).toEqual(['ThrottlingException', 'Rate exceeded', null]);
    // An errorCode among the overrides makes a failed call too.
    const given = buildServiceEvent(widgets, 'CreateWidget', { errorCode: 'LimitExceededException' }, { seed: 1 });
    expect([given.errorCode, given.errorMessage, given.responseElements]).toEqual(['LimitExceededException', 'The request was rejected with LimitExceededException.', null]);
    // A service caller has no ARN: the denial names the service.
    const byService = buildServiceEvent(widgets, 'Ping', undefined, { seed: 1, fail: true, identity: 'awsService' });
    expect(byService.errorMessage).toMatch(/^User: \w+\.amazonaws\.com is not authorized/);
  });

  it('takes the caller kind from the options, or a whole userIdentity from the overrides', () => {
    expect(buildServiceEvent(widgets, 'Ping', undefined, { identity: 'root' }).userIdentity.type).toBe('Root');
    const identity = { type: 'AWSService', invokedBy: 'widgets.amazonaws.com' } as const;
    expect(buildServiceEvent(widgets, 'Ping', { userIdentity: identity }).userIdentity).toEqual(identity);
  });

  it('merges overrides; a union member given replaces the one drawn', () => {
    for (const seed of SEEDS) {
      const e = buildServiceEvent(widgets, 'CreateWidget', { requestParameters: { widgetName: 'my-widget', shape: { square: { side: 4 } } }, awsRegion: 'ap-south-1' }, { seed });
      const request = e.requestParameters as Record<string, unknown>;
      expect(request['widgetName']).toBe('my-widget');
      expect(request['shape']).toEqual({ square: { side: 4 } });
      expect(e.awsRegion).toBe('ap-south-1');
      // Nothing else changed: the same seed without the overrides gives the same other members.
      const plain = buildServiceEvent(widgets, 'CreateWidget', undefined, { seed }).requestParameters as Record<string, unknown>;
      expect({ ...request, widgetName: plain['widgetName'], shape: plain['shape'] }).toEqual({ ...plain, shape: plain['shape'] });
    }
  });

  it('refuses an override that would not decode as a succeeded or failed call, naming it', () => {
    const attempt = (): unknown => buildServiceEvent(widgets, 'CreateWidget', { requestParameters: { size: 'large' as never } }, { seed: 1 });
    expect(attempt).toThrow(BuilderError);
    try {
      attempt();
    } catch (e) {
      expect((e as BuilderError).paths).toEqual(['requestParameters.size']);
      expect((e as BuilderError).builder).toBe('CreateWidget');
    }
    // A departed call would decode with the lenient codec: the strict one refuses it.
    expect(widgets.codec.decode({ ...buildServiceEvent(widgets, 'CreateWidget', undefined, { seed: 1 }), requestParameters: { size: 'large' } })._tag).toBe('Right');
  });

  it('refuses an event name the table does not have, and bad options, naming them', () => {
    expect(() => buildServiceEvent(widgets, 'Explode')).toThrow('"Explode" is not an operation of "widgets" or an alias of one');
    expect(() => buildServiceEvent(widgets, 'constructor')).toThrow(BuilderError);
    expect(() => buildServiceEvent(widgets, 'Ping', undefined, { fail: 3 as never })).toThrow('options.fail must be a boolean or an error code');
    expect(() => buildServiceEvent(widgets, 'Ping', undefined, { identity: 'robot' as never })).toThrow('options.identity must be one of');
    expect(() => buildServiceEvent(widgets, 'Ping', undefined, { depth: -1 })).toThrow('options.depth must be a whole number');
    expect(() => buildServiceEvent(widgets, 'Ping', undefined, { seed: Number.NaN })).toThrow('options.seed');
  });

  it('works with any service that has a table and a codec, typed as an activity record', () => {
    const loose: BuildableService = { table: widgetsTable, codec: CloudTrailRecord };
    const e = buildServiceEvent(loose, 'DescribeWidget', undefined, { seed: 5 });
    expect(e.eventName).toBe('DescribeWidget');
    expect(CloudTrailRecord.decode(e)._tag).toBe('Right');
    expectTypeOf(e).toEqualTypeOf<ActivityRecordJson>();
    // A codec typed with records of any name (CloudTrailRecord's) does not type records by operation.
    expectTypeOf(buildServiceEvent({ table: widgetsTable, codec: CloudTrailRecord }, 'Ping')).toEqualTypeOf<ActivityRecordJson>();
    expectTypeOf(buildServiceEvent(widgets, 'Ping')).toEqualTypeOf<ActivityRecordJson>();
  });
});

describe('against the corpus', () => {
  it('builds envelopes shaped like the real records: every key the builder writes appears in real API-call records', () => {
    const keys = new Set(corpusRecords().filter((r) => r.record['eventType'] === 'AwsApiCall').flatMap((r) => Object.keys(r.record)));
    for (const eventName of eventNames) {
      for (const key of Object.keys(buildServiceEvent(widgets, eventName, undefined, { seed: 1, fail: true }))) expect(keys.has(key), key).toBe(true);
    }
  });
});
