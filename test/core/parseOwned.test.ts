// Decoders that parse JSON text themselves own what they parsed, and reuse
// a record's own object for the decoded record instead of copying it
// (WireType.parseOwned). That must give what `parse` gives, leave a value
// that fails as it was, and never touch what a caller handed over.
import * as t from 'io-ts';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  ActivityRecord,
  BooleanFromString,
  CloudTrailRecord,
  DateFromIsoTimestamp,
  INVALID,
  StringValue,
  struct,
  type WireType,
} from '../../src/index.js';
import { decodeLogFile, decodeLogFileText, decodeRecordText } from '../../src/containers/index.js';
import { LogStreamDecoder } from '../../src/stream/index.js';
import { sparseStruct } from '../../src/service-kit/index.js';
import { TypedRecord, serviceFor, serviceOfRecord } from '../../src/services/index.js';
import { decodeCloudWatchLogsPayload, decodeCloudWatchLogsPayloadText } from '../../src/cloudwatch-logs/index.js';
import { corpusFiles, corpusRecords } from '../support/corpus.js';

const asWire = (c: unknown): WireType<unknown, unknown> => c as WireType<unknown, unknown>;
const copyOf = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('parseOwned', () => {
  it('gives what parse gives on every corpus record, in the record object itself, and encodes back to the same JSON', () => {
    let reused = 0;
    for (const { file, index, record } of corpusRecords()) {
      const mine = copyOf(record);
      const owned = asWire(CloudTrailRecord).parseOwned(mine);
      const copied = asWire(CloudTrailRecord).parse(record);
      expect(owned, `${file}[${index}]`).not.toBe(INVALID);
      expect(isDeepStrictEqual(owned, copied), `${file}[${index}]`).toBe(true);
      // eventTime always decodes to a Date, so parse copies; parseOwned does not.
      expect(owned).toBe(mine);
      expect(copied).not.toBe(record);
      expect(CloudTrailRecord.encode(owned as CloudTrailRecord)).toEqual(record);
      reused++;
    }
    expect(reused).toBe(corpusRecords().length);
  });

  it('leaves a value that fails as it was, even after members before the failing one decoded to new values', () => {
    const record = corpusRecords().find((r) => r.record['eventType'] === 'AwsApiCall')?.record as Record<string, unknown>;
    // eventTime comes before recipientAccountId among the members, and decodes to a Date.
    const broken: Record<string, unknown> = { ...copyOf(record), recipientAccountId: 42 };
    const before = copyOf(broken);
    expect(asWire(ActivityRecord).parseOwned(broken)).toBe(INVALID);
    expect(asWire(CloudTrailRecord).parseOwned(broken)).toBe(INVALID);
    expect(broken).toEqual(before);
    expect(typeof broken['eventTime']).toBe('string');
  });

  it('keeps the wire spelling of a member that decodes to a primitive, so encode gives it back', () => {
    const Flags = struct('Flags', { at: DateFromIsoTimestamp, mfa: BooleanFromString }, { note: StringValue });
    const wire = { note: 'n', at: '2026-03-02T10:00:00Z', mfa: 'True', extra: [1] };
    const mine = copyOf(wire);
    const owned = asWire(Flags).parseOwned(mine);
    expect(owned).toBe(mine);
    expect(owned).toEqual({ note: 'n', at: new Date('2026-03-02T10:00:00Z'), mfa: true, extra: [1] });
    expect(Object.keys(owned as object)).toEqual(Object.keys(wire));
    expect(Flags.encode(owned as never)).toEqual(wire);
  });

  it("is never reached through parse: a struct's parse given to map (which passes an index) copies", () => {
    const records = corpusRecords().slice(0, 3).map((r) => copyOf(r.record));
    const before = copyOf(records);
    const decoded = records.map(ActivityRecord.parse, ActivityRecord);
    expect(records).toEqual(before);
    decoded.forEach((d, i) => expect(d).not.toBe(records[i]));
    const Sparse = sparseStruct('MappedSparse', { at: DateFromIsoTimestamp });
    const values = Array.from({ length: 2100 }, () => ({ at: '2026-03-02T10:00:00Z' }));
    values.map(Sparse.parse, Sparse);
    expect(values.every((v) => typeof v.at === 'string')).toBe(true);
  });

  it('leaves a value as it was when a member codec from elsewhere throws while the changes are being checked', () => {
    // Decodes "abc" to 3, and cannot encode: the check of whether encode gives the wire text back throws.
    const Weird = new t.Type<number, string, unknown>(
      'Weird',
      (u): u is number => typeof u === 'number',
      (u, c) => (u === 'abc' ? t.success(3) : t.failure(u, c)),
      () => {
        throw new Error('no encode');
      },
    );
    const W = struct('WithWeird', { at: DateFromIsoTimestamp, w: Weird });
    const r = decodeLogFileText('{"Records":[{"at":"2026-01-01T00:00:00Z","w":"abc"}]}', { record: W });
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.records).toHaveLength(0);
    expect(r.data.failures[0]?.value).toEqual({ at: '2026-01-01T00:00:00Z', w: 'abc' });
  });

  it('reuses the value for frozen and sparse structs too; leaves are what parse gives', () => {
    const Frozen = Object.freeze(struct('FrozenAt', { at: DateFromIsoTimestamp }));
    const value = { at: '2026-03-02T10:00:00Z' };
    for (let i = 0; i < 2; i++) {
      const mine = { ...value };
      expect(asWire(Frozen).parseOwned(mine)).toBe(mine);
      expect(mine).toEqual({ at: new Date('2026-03-02T10:00:00Z') });
    }
    // A sparse struct owns a declared-member parser for this, as a struct does.
    const Sparse = sparseStruct('SparseAt', { at: DateFromIsoTimestamp });
    const mine = { ...value };
    expect(asWire(Sparse).parseOwned(mine)).toBe(mine);
    expect(mine).toEqual({ at: new Date('2026-03-02T10:00:00Z') });
    expect(asWire(StringValue).parseOwned('x')).toBe('x');
  });
});

describe('decoders of text reuse what they parsed; decoders of values never change them', () => {
  it('decodeLogFileText gives what decodeLogFile gives, and decodeLogFile leaves the value as it was', () => {
    for (const f of corpusFiles()) {
      const before = copyOf(f.json);
      const fromValue = decodeLogFile(f.json);
      expect(f.json, f.name).toEqual(before);
      expect(isDeepStrictEqual(decodeLogFileText(f.text), fromValue), f.name).toBe(true);
    }
  });

  it('the stream decoder gives what decodeLogFileText gives', () => {
    for (const f of corpusFiles()) {
      const decoder = new LogStreamDecoder();
      const items = [...decoder.push(f.text), ...decoder.end()];
      const records = items.flatMap((i) => (i.kind === 'record' ? [i.record] : []));
      const whole = decodeLogFileText(f.text);
      expect(whole.success && isDeepStrictEqual(records, whole.data.records), f.name).toBe(true);
    }
  });

  it('a record that fails in a text is reported as the text had it', () => {
    const good = corpusRecords()[0]?.record as Record<string, unknown>;
    const bad = { ...good, recipientAccountId: 42 };
    const text = JSON.stringify({ Records: [good, bad, good] });
    const r = decodeLogFileText(text);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.records).toHaveLength(2);
    expect(r.data.failures).toHaveLength(1);
    expect(r.data.failures[0]?.value).toEqual(bad);
    expect(r.data.failures[0]?.issues.map((i) => i.path)).toEqual(['Records[1].recipientAccountId']);
    const one = decodeRecordText(JSON.stringify(bad));
    expect(one.success).toBe(false);
  });

  it('a CloudWatch Logs message that fails in a text is reported as the text had it, its log event unchanged', () => {
    const good = corpusRecords()[0]?.record as Record<string, unknown>;
    const bad = { ...good, recipientAccountId: 42 };
    const events = [good, bad].map((r, i) => ({ id: String(10 + i), timestamp: 1700000000000 + i, message: JSON.stringify(r) }));
    const text = JSON.stringify({ messageType: 'DATA_MESSAGE', owner: '111122223333', logGroup: 'trail', logStream: 's', subscriptionFilters: ['all'], logEvents: events });
    const r = decodeCloudWatchLogsPayloadText(text);
    expect(r.success && !r.data.control).toBe(true);
    if (!r.success || r.data.control) return;
    expect(r.data.records).toHaveLength(1);
    expect(r.data.payload.logEvents[0]?.timestamp).toEqual(new Date(1700000000000));
    expect(r.data.failures[0]?.value).toEqual(events[1]);
    expect(r.data.failures[0]?.issues.map((i) => i.path)).toEqual(['logEvents[1].message.recipientAccountId']);
  });

  it('CloudWatch Logs payloads: the text and the parsed payload decode alike, and the parsed one is left as it was', () => {
    const records = corpusRecords().slice(0, 40).map((r) => r.record);
    const payload = {
      messageType: 'DATA_MESSAGE',
      owner: '111122223333',
      logGroup: 'trail',
      logStream: '111122223333_CloudTrail_us-east-1',
      subscriptionFilters: ['all'],
      logEvents: records.map((r, i) => ({ id: String(1000 + i), timestamp: 1700000000000 + i, message: JSON.stringify(r) })),
    };
    const before = copyOf(payload);
    const fromValue = decodeCloudWatchLogsPayload(payload);
    expect(payload).toEqual(before);
    const fromText = decodeCloudWatchLogsPayloadText(JSON.stringify(payload));
    expect(fromValue.success && fromText.success).toBe(true);
    if (!fromValue.success || !fromText.success) return;
    expect(isDeepStrictEqual(fromText.data.records, fromValue.data.records)).toBe(true);
    expect(fromText.data.records).toHaveLength(records.length);
  });
});

describe('service codecs on text', () => {
  it('TypedRecord.parseOwned gives what parse gives on every corpus record, departures included, and encodes back', () => {
    let reused = 0;
    let departed = 0;
    for (const { file, index, record } of corpusRecords()) {
      const mine = copyOf(record);
      const owned = asWire(TypedRecord).parseOwned(mine);
      const copied = asWire(TypedRecord).parse(record);
      const at = `${file}[${index}]`;
      expect(owned, at).not.toBe(INVALID);
      expect(isDeepStrictEqual(owned, copied), at).toBe(true);
      const service = serviceOfRecord(record);
      const issues = service?.departuresOf(owned) ?? [];
      expect(issues, at).toEqual(service?.departuresOf(copied) ?? []);
      if (issues.length > 0) {
        // A departed call is the envelope's copy, and the record is as it came.
        departed++;
        expect(mine, at).toEqual(record);
      } else {
        if (owned === mine) reused++;
        expect(TypedRecord.encode(owned as TypedRecord), at).toEqual(record);
      }
    }
    expect(departed).toBeGreaterThan(0);
    expect(reused).toBeGreaterThan(300);
  });

  it("a strict service codec leaves a record whose payload breaks the model as it was", () => {
    const record = corpusRecords().find((r) => r.record['eventSource'] === 'sts.amazonaws.com' && r.record['eventName'] === 'AssumeRole' && r.record['errorCode'] === undefined)?.record as Record<string, unknown>;
    const sts = serviceFor('sts.amazonaws.com') as NonNullable<ReturnType<typeof serviceFor>>;
    const broken: Record<string, unknown> = { ...copyOf(record), requestParameters: { roleArn: 42 } };
    const before = copyOf(broken);
    expect(asWire(sts.strict).parseOwned(broken)).toBe(INVALID);
    expect(broken).toEqual(before);
    const lenient = asWire(sts.codec).parseOwned(broken);
    expect(sts.departuresOf(lenient).map((i) => i.path)).toContain('requestParameters.roleArn');
    expect(broken).toEqual(before);
  });
});
