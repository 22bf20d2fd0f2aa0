import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { CloudTrailRecord } from '../../src/index.js';
import { CloudWatchLogsPayload, cloudWatchLogsPayloadOf, encodeCloudWatchLogsPayload, type CloudWatchLogsDataMessage } from '../../src/cloudwatch-logs/index.js';
import { messageTextOf } from '../../src/cloudwatch-logs/messageTexts.js';
import { splitJsonValues } from '../../src/cloudwatch-logs/splitJsonValues.js';
import { dataPayload, records, type Json } from './support.js';

const pieces = (text: string): string[] => splitJsonValues(text).map(({ start, end }) => text.slice(start, end));

describe('splitJsonValues', () => {
  it('cuts values back to back, with or without whitespace between them', () => {
    expect(pieces('{"a":1}{"b":[2,{"c":3}]}')).toEqual(['{"a":1}', '{"b":[2,{"c":3}]}']);
    expect(pieces('\ufeff {"a":1}\n\r\t[1,2]  {}')).toEqual(['{"a":1}', '[1,2]', '{}']);
    expect(pieces('')).toEqual([]);
    expect(pieces('  \n')).toEqual([]);
  });

  it('skips brackets and quotes inside strings, escaped or not', () => {
    const tricky = ['{"m":"}{"}', '{"m":"a\\"}{\\""}', '{"m":"\\\\"}', '{"m":"\\\\\\"}"}', '{"k}":"v{"}'];
    for (const a of tricky) {
      expect(JSON.parse(a)).toBeDefined();
      expect(pieces(a + a)).toEqual([a, a]);
    }
  });

  it('splits real payload texts whose messages are records as escaped JSON', () => {
    const texts = records.slice(0, 30).map((r) => JSON.stringify({ message: JSON.stringify(r), again: JSON.stringify(JSON.stringify(r)) }));
    expect(pieces(texts.join(''))).toEqual(texts);
  });

  it('leaves a value that is no object or array, or not closed, to the end of the text', () => {
    expect(pieces('{"a":1} 7 {"b":2}')).toEqual(['{"a":1}', '7 {"b":2}']);
    expect(pieces('{"a":1}{"b":')).toEqual(['{"a":1}', '{"b":']);
    expect(pieces('{"a":"no end')).toEqual(['{"a":"no end']);
  });

  it('handles deep nesting without recursion', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(splitJsonValues(deep + deep)).toEqual([
      { start: 0, end: deep.length },
      { start: deep.length, end: 2 * deep.length },
    ]);
  });
});

describe('message texts kept with the decoded logEvents', () => {
  const texts = records.slice(0, 4).map((r, i) => (i % 2 === 0 ? `  ${JSON.stringify(r, null, 3)}\n` : JSON.stringify(r)));
  const wire = dataPayload(texts);
  const decode = (): CloudWatchLogsDataMessage => {
    const r = CloudWatchLogsPayload.decode(wire);
    if (r._tag === 'Left' || r.right.messageType === 'CONTROL_MESSAGE') throw new Error('x');
    return r.right;
  };
  const messages = (p: CloudWatchLogsDataMessage): string[] => {
    const r = encodeCloudWatchLogsPayload(p);
    if (!r.success) throw r.error;
    return (r.data.logEvents as Array<{ message: string }>).map((e) => e.message);
  };

  it('are invisible on the decoded values', () => {
    const p = decode();
    expect(Object.getOwnPropertySymbols(p.logEvents)).toEqual([]);
    expect(Object.getOwnPropertySymbols(p.logEvents[0])).toEqual([]);
    expect(Object.keys(p.logEvents[0] as object)).toEqual(['id', 'timestamp', 'message']);
    expect(messageTextOf(p.logEvents, 0, p.logEvents[0])).toBe(texts[0]);
    expect(messageTextOf([...p.logEvents], 0, p.logEvents[0])).toBeUndefined();
    expect(messageTextOf(null, 0, undefined)).toBeUndefined();
  });

  it('follow the events when the array is reordered, spliced or grown', () => {
    const p = decode();
    p.logEvents.reverse();
    expect(messages(p)).toEqual([...texts].reverse());
    p.logEvents.splice(1, 1);
    const record = CloudTrailRecord.decode(records[9]);
    if (record._tag === 'Left') throw new Error('x');
    p.logEvents.push({ id: 'new', timestamp: new Date(1), message: record.right });
    expect(messages(p)).toEqual([texts[3], texts[1], texts[0], JSON.stringify(records[9])]);
  });

  it('are lost to a new array: its messages are written anew, the same JSON', () => {
    const p = decode();
    const kept = messages({ ...p, logEvents: p.logEvents.filter(() => true) });
    expect(kept.map((m) => JSON.parse(m) as unknown)).toEqual(texts.map((m) => JSON.parse(m) as unknown));
    expect(kept[1]).toBe(texts[1]);
    expect(kept[0]).not.toBe(texts[0]);
  });

  it('work with a record codec that decodes to something else than an object', () => {
    const Name = new t.Type<string, unknown, unknown>(
      'name',
      (u): u is string => typeof u === 'string',
      (u, c) => (typeof u === 'object' && u !== null && typeof (u as { n?: unknown }).n === 'string' ? t.success((u as { n: string }).n) : t.failure(u, c)),
      (n) => ({ n }),
    );
    const NamePayload = cloudWatchLogsPayloadOf(Name);
    const r = NamePayload.decode(dataPayload(['{ "n" : "x" }', '{"n":"y"}']));
    if (r._tag === 'Left' || r.right.messageType === 'CONTROL_MESSAGE') throw new Error('x');
    expect(r.right.logEvents.map((e) => e.message)).toEqual(['x', 'y']);
    const back = encodeCloudWatchLogsPayload(r.right, { record: Name });
    expect(back.success && (back.data.logEvents as Json[]).map((e) => e['message'])).toEqual(['{ "n" : "x" }', '{"n":"y"}']);
    r.right.logEvents[0]!.message = 'z';
    const changed = encodeCloudWatchLogsPayload(r.right, { record: Name });
    expect(changed.success && (changed.data.logEvents as Json[]).map((e) => e['message'])).toEqual(['{"n":"z"}', '{"n":"y"}']);
  });

  it('are collected by the loop that decodes, and only there', () => {
    const p = decode();
    const text = JSON.stringify(records[0]);
    const again = CloudWatchLogsPayload.decode(dataPayload([text]));
    expect(again._tag === 'Right' && again.right.messageType !== 'CONTROL_MESSAGE' && messageTextOf(again.right.logEvents, 0, again.right.logEvents[0])).toBe(text);
    // A failed decode notes nothing and leaves the earlier notes alone.
    expect(CloudWatchLogsPayload.decode(dataPayload([text, '{']))._tag).toBe('Left');
    expect(messages(p)).toEqual(texts);
  });
});
