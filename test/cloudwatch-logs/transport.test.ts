import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ActivityRecord, DecodeError } from '../../src/index.js';
import { decompressionStreamInflate } from '../../src/core/gzip.js';
import {
  decodeCloudWatchLogsData,
  decodeCloudWatchLogsDataAsync,
  decodeCloudWatchLogsDataOrThrow,
  decodeCloudWatchLogsEvent,
  decodeCloudWatchLogsEventAsync,
  decodeCloudWatchLogsEventOrThrow,
  decodeCloudWatchLogsFirehoseEvent,
  decodeCloudWatchLogsFirehoseEventAsync,
  decodeCloudWatchLogsFirehoseEventOrThrow,
  decodeCloudWatchLogsKinesisEvent,
  decodeCloudWatchLogsKinesisEventAsync,
  decodeCloudWatchLogsKinesisEventOrThrow,
  encodeCloudWatchLogsPayloadText,
  type CloudWatchLogsContents,
} from '../../src/cloudwatch-logs/index.js';
import { chunks, controlPayload, dataPayload, firehoseEvent, gz, kinesisEvent, lambdaEvent, records, streamData, type Json } from './support.js';

function ok<A>(r: { success: true; data: A } | { success: false; error: DecodeError }): A {
  if (!r.success) throw r.error;
  return r.data;
}

function issue(r: { success: boolean; error?: DecodeError }): string {
  if (r.success || r.error === undefined) throw new Error('decoded');
  return r.error.issues.map((i) => i.message).join('\n');
}

const countRecords = (payloads: Array<CloudWatchLogsContents<unknown>>): number => payloads.reduce((n, p) => n + p.records.length, 0);

const payloads = chunks(records, 70).map((slice, k) => dataPayload(slice, { logStream: `111122223333_CloudTrail_us-east-${k + 1}` }));

describe('decodeCloudWatchLogsEvent (the Lambda subscription event)', () => {
  it('decodes every corpus record through gzip and base64, and gives back the exact payload text', () => {
    for (const payload of payloads) {
      const text = JSON.stringify(payload);
      const c = ok(decodeCloudWatchLogsEvent(lambdaEvent(text)));
      if (c.control) throw new Error('control');
      expect(c.failures).toEqual([]);
      expect(c.records).toHaveLength((payload['logEvents'] as unknown[]).length);
      expect(encodeCloudWatchLogsPayloadText(c.payload)).toEqual({ success: true, data: text });
    }
  });

  it('isolates a bad message inside the event', () => {
    const c = ok(decodeCloudWatchLogsEvent(lambdaEvent(dataPayload([records[1], '{"eventVersion":"1.08"}', records[2]]))));
    expect(c.records).toHaveLength(2);
    expect(c.failures.map((f) => f.index)).toEqual([1]);
    expect(c.failures[0]?.message.split('\n')[0]).toMatch(/^logEvents\[1\] \(id \d{56}\) did not decode$/);
  });

  it('skips control messages', () => {
    const c = ok(decodeCloudWatchLogsEvent(lambdaEvent(controlPayload)));
    expect(c.control).toBe(true);
    expect(c.records).toEqual([]);
  });

  it('names what is wrong with the data, at awslogs.data', () => {
    const cases: Array<readonly [unknown, string]> = [
      [{ awslogs: { data: 'not base64!' } }, 'awslogs.data: expected base64 text of gzip, but character 10 is not base64'],
      [{ awslogs: { data: 'QUJD' } }, 'awslogs.data: expected gzip data, but it starts with the bytes 41 42 43, not the gzip magic number 1f 8b'],
      [{ awslogs: { data: Buffer.from(' {"messageType":"DATA_MESSAGE"}').toString('base64') } }, 'awslogs.data: expected gzip data, but it is text that starts like JSON, already inflated: decode that text with decodeCloudWatchLogsPayloadText'],
      [{ awslogs: { data: '' } }, 'awslogs.data: expected base64 text of gzip, but it is empty'],
      [{ awslogs: { data: 42 } }, 'awslogs.data: expected base64 text of gzip (a string), got 42'],
      [{ awslogs: {} }, 'awslogs.data: expected base64 text of gzip (a string), got undefined'],
      [{ awslogs: 'x' }, 'awslogs: expected {"data": "<base64 gzip>"}, got "x"'],
      [{ awslogs: { data: gz('{"messageType":').subarray(0, 15).toString('base64') } }, 'awslogs.data: the gzip data does not inflate: '],
      [{ awslogs: { data: Buffer.concat([gz(controlPayload), Buffer.from([0])]).toString('base64') } }, 'awslogs.data: the gzip data does not inflate: 1 byte after the end of the gzip stream'],
      [{ awslogs: { data: Buffer.concat([gz(controlPayload), gz(controlPayload)]).toString('base64') } }, 'another gzip member starts there'],
      [{ awslogs: { data: gzipSync(Buffer.from([0xff, 0xfe, 0x7b])).toString('base64') } }, 'awslogs.data: the inflated data is not UTF-8 text'],
      [{ awslogs: { data: gz('{"messageType":\n oops}').toString('base64') } }, "awslogs.data: the inflated data is not JSON: expected a value, found 'o' (line 2 column 2)"],
    ];
    for (const [event, message] of cases) expect(issue(decodeCloudWatchLogsEvent(event))).toContain(message);
    const inner = decodeCloudWatchLogsEvent(lambdaEvent({ Records: [] }));
    expect(!inner.success && inner.error.message).toBe(
      'Not a CloudWatch Logs payload: the inflated data of awslogs.data:\n  (root): this is a CloudTrail log file ({"Records": [...]}), not a CloudWatch Logs payload: decode it with decodeLogFile from cloudtrail-codecs/containers',
    );
  });

  it('says what the value is when it is not the Lambda event', () => {
    expect(issue(decodeCloudWatchLogsEvent(payloads[0]))).toBe(
      '(root): this is a CloudWatch Logs payload, already inflated, not the Lambda event of a CloudWatch Logs subscription: decode it with decodeCloudWatchLogsPayload',
    );
    expect(issue(decodeCloudWatchLogsEvent(firehoseEvent('x')))).toMatch(/^\(root\): this is a Firehose transformation event/);
    expect(issue(decodeCloudWatchLogsEvent(kinesisEvent('x')))).toMatch(/^\(root\): this is a Kinesis event of AWS Lambda/);
    expect(issue(decodeCloudWatchLogsEvent({}))).toBe('awslogs: expected {"data": "<base64 gzip>"}, but it is missing');
    expect(issue(decodeCloudWatchLogsEvent('text'))).toMatch(/^\(root\): expected \{"awslogs":\{"data":"<base64 gzip>"\}\}, got "text"$/);
  });

  it('bounds the inflated size with maxBytes', () => {
    const event = lambdaEvent(payloads[0]!);
    expect(issue(decodeCloudWatchLogsEvent(event, { maxBytes: 1000 }))).toMatch(/^awslogs\.data: the gzip data does not inflate: .*1000/);
    expect(ok(decodeCloudWatchLogsEvent(event, { maxBytes: 10_000_000 })).records.length).toBeGreaterThan(0);
    expect(decodeCloudWatchLogsEvent(event, { maxBytes: -1 }).success).toBe(false);
    expect(decodeCloudWatchLogsEvent(event, { maxBytes: 1.5 }).success).toBe(false);
  });

  it('inflates with a synchronous inflater of the caller (zlib.gunzipSync), and checks what it returns', () => {
    const event = lambdaEvent(payloads[1]!);
    let calls = 0;
    const c = ok(decodeCloudWatchLogsEvent(event, { inflate: (b) => (calls++, gunzipSync(b)), record: ActivityRecord }));
    expect(calls).toBe(1);
    expect(c.records.length + c.failures.length).toBe((payloads[1]!['logEvents'] as unknown[]).length);
    expect(issue(decodeCloudWatchLogsEvent(event, { inflate: () => { throw new RangeError('secret text'); } }))).toBe(
      'awslogs.data: the gzip data does not inflate: options.inflate threw RangeError',
    );
    expect(issue(decodeCloudWatchLogsEvent(event, { inflate: (() => 'text') as never }))).toBe('(root): options.inflate returned "text", not a Uint8Array');
    expect(issue(decodeCloudWatchLogsEvent(event, { inflate: (async (b: Uint8Array) => gunzipSync(b)) as never }))).toMatch(/returned a promise: pass it to the …Async function/);
    expect(issue(decodeCloudWatchLogsEvent(event, { inflate: gunzipSync, maxBytes: 10 }))).toMatch(/more than maxBytes \(10\)$/);
    expect(issue(decodeCloudWatchLogsEvent(event, { inflate: 'gunzip' as never }))).toBe('(root): options.inflate: expected a function, got "gunzip"');
  });

  it('Async: waits for an inflater that returns a promise, and works without one', async () => {
    const event = lambdaEvent(payloads[2]!);
    const n = (payloads[2]!['logEvents'] as unknown[]).length;
    expect(ok(await decodeCloudWatchLogsEventAsync(event, { inflate: async (b) => gunzipSync(b) })).records).toHaveLength(n);
    expect(ok(await decodeCloudWatchLogsEventAsync(event, { inflate: (b) => gunzipSync(b) })).records).toHaveLength(n);
    expect(ok(await decodeCloudWatchLogsEventAsync(event)).records).toHaveLength(n);
    expect(ok(await decodeCloudWatchLogsEventAsync(event, { inflate: decompressionStreamInflate })).records).toHaveLength(n);
    const rejected = await decodeCloudWatchLogsEventAsync(event, { inflate: () => Promise.reject(new TypeError('no')) });
    expect(issue(rejected)).toBe('awslogs.data: the gzip data does not inflate: options.inflate threw TypeError');
    const bad = await decodeCloudWatchLogsEventAsync({ awslogs: { data: 'QUJD' } }, { inflate: decompressionStreamInflate });
    expect(issue(bad)).toMatch(/not the gzip magic number/);
  });

  it('OrThrow throws only when the event is not one', () => {
    expect(decodeCloudWatchLogsEventOrThrow(lambdaEvent(dataPayload(['{}']))).failures).toHaveLength(1);
    expect(() => decodeCloudWatchLogsEventOrThrow({ awslogs: { data: 'QUJD' } })).toThrow(DecodeError);
  });
});

describe('Firehose and Kinesis data: several gzip members back to back', () => {
  it('decodes every payload of a data string with 2 and 3 members, in order', () => {
    for (const group of [payloads.slice(0, 2), payloads.slice(2, 5), [payloads[0]!, controlPayload, payloads[1]!]]) {
      const out = ok(decodeCloudWatchLogsData(streamData(...group)));
      expect(out).toHaveLength(group.length);
      out.forEach((c, k) => {
        expect(c.control).toBe(group[k]!['messageType'] === 'CONTROL_MESSAGE');
        expect(c.records).toHaveLength(c.control ? 0 : (group[k]!['logEvents'] as unknown[]).length);
        expect(encodeCloudWatchLogsPayloadText(c.payload)).toEqual({ success: true, data: JSON.stringify(group[k]) });
      });
    }
  });

  it('takes the gzip bytes of an S3 object as Firehose writes it, and pretty-printed payloads', () => {
    const bytes = Buffer.concat(payloads.slice(0, 3).map((p) => gz(JSON.stringify(p, null, 2) + '\n')));
    const out = ok(decodeCloudWatchLogsData(new Uint8Array(bytes)));
    expect(out.map((c) => c.records.length)).toEqual(payloads.slice(0, 3).map((p) => (p['logEvents'] as unknown[]).length));
  });

  it('splits payloads joined in one member, and with a caller inflater that gives no member count', () => {
    const joined = gz(payloads.slice(0, 3).map((p) => JSON.stringify(p)).join('')).toString('base64');
    expect(ok(decodeCloudWatchLogsData(joined))).toHaveLength(3);
    const members = streamData(...payloads.slice(0, 3));
    expect(ok(decodeCloudWatchLogsData(members, { inflate: gunzipSync }))).toHaveLength(3);
  });

  it('names the payload that is broken', () => {
    const broken = streamData(payloads[0]!, '{"messageType":"DATA_MESSAGE",', payloads[1]!);
    expect(issue(decodeCloudWatchLogsData(broken))).toMatch(/^\(root\): payload 2 of 2 \(characters \d+–\d+ of the inflated data\) is not JSON: .*\(line 1 column \d+\)$/);
    const notPayload = decodeCloudWatchLogsData(streamData(payloads[0]!, { Records: [] }));
    expect(!notPayload.success && notPayload.error.message.split('\n')[0]).toMatch(/^Not a CloudWatch Logs payload: payload 2 of 2 \(characters \d+–\d+ of the inflated data\) of the data:$/);
    expect(issue(decodeCloudWatchLogsData(streamData('  ')))).toBe('(root): the inflated data is empty');
    expect(issue(decodeCloudWatchLogsData(streamData(`${JSON.stringify(controlPayload)} nul`)))).toMatch(/^\(root\): payload 2 of 2 .* is not JSON/);
    expect(() => decodeCloudWatchLogsDataOrThrow('QUJD')).toThrow(DecodeError);
  });

  it('Async: decodes data with an async inflater', async () => {
    const data = streamData(...payloads.slice(0, 2));
    expect(ok(await decodeCloudWatchLogsDataAsync(data, { inflate: async (b) => gunzipSync(b) }))).toHaveLength(2);
    expect(ok(await decodeCloudWatchLogsDataAsync(data, { inflate: decompressionStreamInflate }))).toHaveLength(2);
  });
});

describe('decodeCloudWatchLogsFirehoseEvent and decodeCloudWatchLogsKinesisEvent', () => {
  const firehose = firehoseEvent(streamData(payloads[0]!), 'QUJD', streamData(payloads[1]!, controlPayload, payloads[2]!), streamData(controlPayload));

  it('decodes each Firehose record on its own, keeping its recordId', () => {
    const batch = ok(decodeCloudWatchLogsFirehoseEvent(firehose));
    expect(batch.items.map((i) => i.id)).toEqual(['record-0', 'record-1', 'record-2', 'record-3']);
    expect(batch.items.map((i) => i.index)).toEqual([0, 1, 2, 3]);
    expect(batch.items.map((i) => i.result.success)).toEqual([true, false, true, true]);
    expect(issue(batch.items[1]!.result)).toBe('records[1].data: expected gzip data, but it starts with the bytes 41 42 43, not the gzip magic number 1f 8b');
    const third = batch.items[2]!.result;
    expect(third.success && third.data.map((c) => c.control)).toEqual([false, true, false]);
    const expected = [payloads[0]!, payloads[1]!, payloads[2]!].reduce((n, p) => n + (p['logEvents'] as unknown[]).length, 0);
    expect(batch.records).toHaveLength(expected);
    expect(countRecords(batch.items.flatMap((i) => (i.result.success ? i.result.data : [])))).toBe(expected);
  });

  it('decodes each Kinesis record on its own, keeping its sequence number', () => {
    const batch = ok(decodeCloudWatchLogsKinesisEvent(kinesisEvent(streamData(payloads[3]!), streamData(payloads[4]!, payloads[0]!), 'bad!')));
    expect(batch.items.map((i) => i.id)).toEqual(['49590000000000000000000000000000000000000000000000000000', '49590000000000000000000000000000000000000000000000000001', '49590000000000000000000000000000000000000000000000000002']);
    expect(batch.items.map((i) => i.result.success)).toEqual([true, true, false]);
    expect(issue(batch.items[2]!.result)).toBe('Records[2].kinesis.data: expected base64 text of gzip, but character 3 is not base64');
    expect(batch.records).toHaveLength([3, 4, 0].reduce((n, k) => n + (payloads[k]!['logEvents'] as unknown[]).length, 0));
  });

  it('reports records that are broken themselves, and events that are no batch', () => {
    const event = firehoseEvent(streamData(payloads[0]!));
    (event['records'] as unknown[]).push(null, { recordId: 7 }, { recordId: 'r', data: 5 });
    const batch = ok(decodeCloudWatchLogsFirehoseEvent(event));
    expect(batch.items.map((i) => [i.id, i.result.success])).toEqual([['record-0', true], [undefined, false], [undefined, false], ['r', false]]);
    expect(issue(batch.items[1]!.result)).toBe('records[1].data: expected base64 text of gzip (a string), got undefined');
    expect(issue(batch.items[3]!.result)).toBe('records[3].data: expected base64 text of gzip (a string), got 5');
    expect(issue(decodeCloudWatchLogsFirehoseEvent({ invocationId: 'x' }))).toBe('records: expected an array of Firehose records ({recordId, data})');
    expect(issue(decodeCloudWatchLogsFirehoseEvent(lambdaEvent(controlPayload)))).toMatch(/^\(root\): this is the event of a Lambda function subscribed to CloudWatch Logs/);
    expect(issue(decodeCloudWatchLogsKinesisEvent(firehose))).toMatch(/^\(root\): this is a Firehose transformation event .*, not a Kinesis event of AWS Lambda: decode it with decodeCloudWatchLogsFirehoseEvent$/);
    expect(issue(decodeCloudWatchLogsKinesisEvent({ Records: [records[0]] }))).toMatch(/^\(root\): this is a CloudTrail log file/);
    expect(ok(decodeCloudWatchLogsKinesisEvent({ Records: [] })).items).toEqual([]);
    // A first record without its kinesis member fails alone.
    const kinesis = kinesisEvent('x', streamData(controlPayload));
    delete ((kinesis['Records'] as Json[])[0] as Json)['kinesis'];
    const k = ok(decodeCloudWatchLogsKinesisEvent(kinesis));
    expect(k.items.map((i) => i.result.success)).toEqual([false, true]);
    expect(issue(k.items[0]!.result)).toBe('Records[0].kinesis.data: expected base64 text of gzip (a string), got undefined');
    expect(() => decodeCloudWatchLogsFirehoseEventOrThrow([])).toThrow(DecodeError);
    expect(() => decodeCloudWatchLogsKinesisEventOrThrow(null)).toThrow(DecodeError);
    expect(decodeCloudWatchLogsKinesisEventOrThrow(kinesisEvent(streamData(controlPayload))).records).toEqual([]);
  });

  it('never throws on hostile batches', () => {
    const trap = new Proxy(firehoseEvent(streamData(payloads[0]!)), {});
    (trap['records'] as Json[])[0] = new Proxy({}, { get: () => { throw new Error('x'); }, getOwnPropertyDescriptor: () => { throw new Error('x'); } });
    const items = new Proxy([1, 2], { get: (target, key) => { if (key === '0') throw new Error('x'); return Reflect.get(target, key); } });
    for (const event of [trap, { records: items }, { Records: items }]) {
      expect(() => decodeCloudWatchLogsFirehoseEvent(event)).not.toThrow();
      expect(() => decodeCloudWatchLogsKinesisEvent(event)).not.toThrow();
    }
    const r = ok(decodeCloudWatchLogsFirehoseEvent({ records: items }));
    expect(issue(r.items[0]!.result)).toBe('records[0]: could not be read: Error');
    const t = ok(decodeCloudWatchLogsFirehoseEvent(trap));
    expect(issue(t.items[0]!.result)).toBe('records[0].data: could not be read: Error');
  });

  it('Async: decodes batches with an async inflater, one record at a time', async () => {
    let active = 0;
    let most = 0;
    const inflate = async (b: Uint8Array): Promise<Uint8Array> => {
      most = Math.max(most, ++active);
      await new Promise((resolve) => setTimeout(resolve, 1));
      active--;
      return gunzipSync(b);
    };
    const f = ok(await decodeCloudWatchLogsFirehoseEventAsync(firehose, { inflate }));
    expect(f.items.map((i) => i.result.success)).toEqual([true, false, true, true]);
    expect(most).toBe(1);
    const k = ok(await decodeCloudWatchLogsKinesisEventAsync(kinesisEvent(streamData(payloads[0]!)), { inflate: decompressionStreamInflate }));
    expect(k.records).toHaveLength((payloads[0]!['logEvents'] as unknown[]).length);
    expect((await decodeCloudWatchLogsKinesisEventAsync(null)).success).toBe(false);
  });
});
