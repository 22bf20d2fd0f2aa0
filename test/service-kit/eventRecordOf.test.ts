// eventRecordOf: the one way the hand-written service events and agent
// calls make their record codecs.
import { describe, expect, it } from 'vitest';
import { StringValue, nullable, struct } from '../../src/index.js';
import { eventRecordOf } from '../../src/service-kit/index.js';
import { RotateKeyEvent, SynchronizeMultiRegionKeyEvent } from '../../src/services/kms/index.js';
import { corpusRecords } from '../support/corpus.js';

const fieldsOf = (c: { fields: ReadonlyArray<{ key: string; required: boolean; codec: { name: string } }> }): Record<string, string> =>
  Object.fromEntries(c.fields.filter((f) => ['eventSource', 'eventName', 'requestParameters', 'responseElements', 'serviceEventDetails'].includes(f.key)).map((f) => [f.key, `${f.required ? '' : '?'}${f.codec.name}`]));

describe('eventRecordOf', () => {
  it('fixes source and name, and makes both payloads null or absent by default', () => {
    const E = eventRecordOf('example.amazonaws.com', 'Happened');
    expect(E.name).toBe('HappenedEvent');
    expect(fieldsOf(E)).toEqual({
      eventSource: '"example.amazonaws.com"',
      eventName: '"Happened"',
      requestParameters: '?null',
      responseElements: '?null',
      serviceEventDetails: '?JSON object | null',
    });
  });

  it('lets required and optional payloads replace the defaults, and takes a codec name', () => {
    const Details = struct('Details', { id: StringValue });
    const Request = struct('Request', { id: StringValue });
    const E = eventRecordOf('example.amazonaws.com', 'DoneEvent', { required: { serviceEventDetails: Details, requestParameters: Request }, optional: { responseElements: nullable(Details) } }, 'Done');
    expect(E.name).toBe('Done');
    expect(fieldsOf(E)).toEqual({
      eventSource: '"example.amazonaws.com"',
      eventName: '"DoneEvent"',
      requestParameters: 'Request',
      responseElements: '?Details | null',
      serviceEventDetails: 'Details',
    });
  });

  it('decodes what the real records of the events it makes hold, and nothing of another name', () => {
    const rotations = corpusRecords().filter((r) => r.record['eventSource'] === 'kms.amazonaws.com' && r.record['eventName'] === 'RotateKey');
    expect(rotations.length).toBeGreaterThan(0);
    for (const { record } of rotations) {
      expect(RotateKeyEvent.decode(record)._tag).toBe('Right');
      expect(SynchronizeMultiRegionKeyEvent.decode(record)._tag).toBe('Left');
    }
  });
});
