// The CLI's input reading, in process: inputs that arrive in any cut, down to
// one byte per chunk, and the kinds of input it tells apart.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { CloudTrailRecord } from '../../src/index.js';
import { decodeInput, safeLine, type InputOutcome } from '../../src/cli/decodeInput.js';
import { recogniseDocument } from '../../src/cli/kinds.js';
import { notificationMessage, type RecordFailure } from '../../src/containers/index.js';
import { corpusFiles } from '../support/corpus.js';

// A name that is no file: the input comes from the chunks given.
const NAME = 'no-such-file-the-chunks-are-the-input.json';

async function decodeChunks(chunks: ReadonlyArray<Uint8Array | string>): Promise<{ outcome: InputOutcome; records: CloudTrailRecord[]; failures: Array<[RecordFailure, string]> }> {
  const records: CloudTrailRecord[] = [];
  const failures: Array<[RecordFailure, string]> = [];
  async function* source(): AsyncGenerator<Uint8Array | string> {
    for (const c of chunks) {
      await Promise.resolve();
      yield c;
    }
  }
  const outcome = await decodeInput(NAME, { record: (r) => records.push(r), failure: (f, at) => failures.push([f, at]) }, source());
  return { outcome, records, failures };
}

const bytewise = (b: Uint8Array): Uint8Array[] => Array.from(b, (_, i) => b.subarray(i, i + 1));
const plaso = (): string => corpusFiles().find((f) => f.name === 'plaso.json')?.text ?? '';

describe('decodeInput', () => {
  it('reads gzip that arrives one byte at a time', async () => {
    const r = await decodeChunks(bytewise(gzipSync(plaso())));
    expect(r.outcome).toEqual({ kind: 'log file' });
    expect(r.records).toHaveLength(6);
  });

  it('reads plain text, a UTF-8 BOM and UTF-16 one byte at a time', async () => {
    for (const bytes of [
      Buffer.from(plaso()),
      Buffer.from(`\ufeff${plaso()}`),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(plaso(), 'utf16le')]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(plaso(), 'utf16le').swap16()]),
    ]) {
      const r = await decodeChunks(bytewise(bytes));
      expect(r.outcome).toEqual({ kind: 'log file' });
      expect(r.records).toHaveLength(6);
    }
  });

  it('keeps a document that is not a log file whole, past the first chunks', async () => {
    const record = (corpusFiles()[0]?.json.Records[0] ?? {}) as Record<string, unknown>;
    const text = JSON.stringify({ ...record, requestParameters: { pad: 'p'.repeat(300_000) } });
    const chunks = Array.from({ length: Math.ceil(text.length / 65536) }, (_, i) => Buffer.from(text.slice(i * 65536, (i + 1) * 65536)));
    const r = await decodeChunks(chunks);
    expect(r.outcome).toEqual({ kind: 'record' });
    expect(r.records).toHaveLength(1);
  });

  it('names each failure where it is', async () => {
    const good = (corpusFiles()[0]?.json.Records[0] ?? {}) as Record<string, unknown>;
    const r = await decodeChunks([JSON.stringify({ Records: [good, { eventVersion: '1.08' }] })]);
    expect(r.failures.map(([f, at]) => [f.index, at])).toEqual([[1, 'Records[1]']]);
    const lookup = await decodeChunks([JSON.stringify({ Events: [{ EventId: 'x', CloudTrailEvent: '{' }] })]);
    expect(lookup.outcome.kind).toBe('LookupEvents response');
    expect(lookup.failures.map(([, at]) => at)).toEqual(['Events[0]']);
  });

  it('tells an S3 event notification by its first item, whole, cut short or followed by garbage', async () => {
    const item = { eventVersion: '2.1', eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'b' }, object: { key: 'k.json.gz' } } };
    const head = `{"Records": [${JSON.stringify(item)},`;
    for (const tail of [` ${JSON.stringify(item)}]}`, '', ' garbage ]]] {{', ` ${JSON.stringify(item)}]} trailing`]) {
      const r = await decodeChunks([head, tail]);
      expect(r.outcome.kind, tail).toBe('S3 event notification');
      expect(r.outcome.problem, tail).toContain(notificationMessage('s3'));
      expect(r.records).toHaveLength(0);
      expect(r.failures).toHaveLength(0);
    }
  });

  it('names other Lambda events (DynamoDB, Kinesis) as what they are, not as a broken log file', async () => {
    const ddb = { Records: [{ eventID: '1', eventName: 'INSERT', eventVersion: '1.1', eventSource: 'aws:dynamodb', awsRegion: 'us-east-1', dynamodb: {} }] };
    const kinesis = { Records: [{ kinesis: { data: 'eA==' }, eventSource: 'aws:kinesis', eventVersion: '1.0', eventID: 'x' }] };
    for (const doc of [ddb, kinesis]) {
      const text = JSON.stringify(doc);
      // Whole, and cut short after its first item.
      for (const input of [text, `${text.slice(0, -2)}, {"eventID": "2"`]) {
        const r = await decodeChunks([input]);
        expect(r.outcome, input).toEqual({ kind: 'Lambda event', problem: notificationMessage('lambda-event') });
      }
    }
  });

  it('reports a Records that is not an array as a problem of the file, not as a failed record', async () => {
    for (const text of ['{"Records": 5}', '{"Records": {"eventVersion": "1.08"}}', '{"Records": null, "x": 1}']) {
      const r = await decodeChunks([text]);
      expect(r.failures, text).toHaveLength(0);
      expect(r.outcome, text).toEqual({ kind: 'log file', problem: 'Records: expected an array of records' });
    }
  });

  it('gives the ids of a single document that fails, as the library reads them', async () => {
    const record: Record<string, unknown> = { ...((corpusFiles()[0]?.json.Records[0] ?? {}) as Record<string, unknown>), awsRegion: 5, eventID: 'id-1', eventName: 'Get\nX' };
    const event = { version: '0', id: 'e', 'detail-type': 'AWS API Call via CloudTrail', source: 'aws.ec2', detail: record };
    const lookup = { EventId: 'id-2', EventName: 'Put', EventSource: 's3.amazonaws.com', CloudTrailEvent: '{' };
    const ids = async (doc: unknown): Promise<unknown[]> => {
      const r = await decodeChunks([JSON.stringify(doc)]);
      return r.failures.map(([f, at]) => [at, f.eventID, f.eventName, f.eventSource]);
    };
    expect(await ids(record)).toEqual([['the record', 'id-1', 'Get\nX', record['eventSource']]]);
    expect(await ids(event)).toEqual([['the event', 'id-1', 'Get\nX', record['eventSource']]]);
    expect(await ids(lookup)).toEqual([['the event', 'id-2', 'Put', 's3.amazonaws.com']]);
  });
});

describe('gzip', () => {
  const text = (): string => plaso();
  const log = (): Buffer => gzipSync(text());

  it('delivers every record before bytes that follow the gzip data, then reports those bytes', async () => {
    for (const tail of [Buffer.from('garbage\n'), Buffer.alloc(7), Buffer.from([0x1f]), Buffer.from([0x1f, 0x8b, 0x08])]) {
      const bytes = Buffer.concat([log(), tail]);
      for (const chunks of [[bytes], bytewise(bytes)]) {
        const r = await decodeChunks(chunks);
        expect(r.records, tail.toString('hex')).toHaveLength(6);
        expect(r.failures).toHaveLength(0);
        expect(r.outcome.kind).toBe('log file');
        if (tail.length >= 2 && tail[0] === 0x1f && tail[1] === 0x8b) expect(r.outcome.problem).toMatch(/^the gzip data ends early/);
        else expect(r.outcome.problem).toBe(`the file goes on after the end of its gzip data: ${tail.length === 1 ? '1 more byte that is' : `${tail.length} more bytes that are`} not gzip (gzip -d ignores them; all the data before them was read)`);
      }
    }
  });

  it('delivers a large log whole before trailing bytes (more than one output buffer)', async () => {
    const records = Array.from({ length: 400 }, (_, i) => ({ ...((corpusFiles()[0]?.json.Records[0] ?? {}) as Record<string, unknown>), eventID: `e-${i}` }));
    const r = await decodeChunks([Buffer.concat([gzipSync(JSON.stringify({ Records: records })), Buffer.from('garbage\n')])]);
    expect(r.records).toHaveLength(400);
    expect(r.outcome.problem).toMatch(/^the file goes on after the end of its gzip data: 8 more bytes/);
  });

  it('reads a single document followed by trailing bytes, and reports them', async () => {
    const record = corpusFiles()[0]?.json.Records[0];
    const r = await decodeChunks([Buffer.concat([gzipSync(JSON.stringify(record)), Buffer.from('xx')])]);
    expect(r.records).toHaveLength(1);
    expect(r.outcome).toEqual({ kind: 'record', problem: 'the file goes on after the end of its gzip data: 2 more bytes that are not gzip (gzip -d ignores them; all the data before them was read)' });
  });

  it('reads gzip members one after another, as gzip -d does', async () => {
    const t = text();
    const cut = Math.floor(t.length / 2);
    const bytes = Buffer.concat([gzipSync(t.slice(0, cut)), gzipSync(''), gzipSync(t.slice(cut))]);
    for (const chunks of [[bytes], bytewise(bytes)]) {
      const r = await decodeChunks(chunks);
      expect(r.outcome).toEqual({ kind: 'log file' });
      expect(r.records).toHaveLength(6);
    }
  });

  it('reads header fields (name, comment, extra, header CRC) and checks the data against its CRC and size', async () => {
    const plain = log();
    // FEXTRA, FNAME, FCOMMENT and FHCRC put into the header by hand.
    const header = Buffer.concat([plain.subarray(0, 3), Buffer.from([0x1e]), plain.subarray(4, 10), Buffer.from([3, 0, 1, 2, 3]), Buffer.from('name.json\0'), Buffer.from('a comment\0'), Buffer.from([0xaa, 0xbb])]);
    const full = Buffer.concat([header, plain.subarray(10)]);
    expect((await decodeChunks(bytewise(full))).records).toHaveLength(6);
    const badCrc = Buffer.from(plain);
    badCrc.writeUInt8(badCrc.readUInt8(badCrc.length - 8) ^ 0xff, badCrc.length - 8);
    expect((await decodeChunks([badCrc])).outcome.problem).toMatch(/^the gzip data is damaged \(.*check/);
    const badSize = Buffer.from(plain);
    badSize.writeUInt8(badSize.readUInt8(badSize.length - 1) ^ 0xff, badSize.length - 1);
    expect((await decodeChunks([badSize])).outcome.problem).toMatch(/^the gzip data is damaged/);
    expect((await decodeChunks([plain.subarray(0, plain.length - 3)])).outcome.problem).toMatch(/^the gzip data ends early/);
    expect((await decodeChunks([plain.subarray(0, 6)])).outcome.problem).toMatch(/^the gzip data ends early/);
    const method = Buffer.from(plain);
    method[2] = 7;
    expect((await decodeChunks([method])).outcome.problem).toMatch(/^the gzip data is damaged/);
  });
});

describe('recognising what is not CloudTrail', () => {
  it('escapes and clips the text of the document it names', () => {
    const doc = { Records: [{ eventVersion: '2.1', eventSource: 'aws:s3', eventName: 'Put\u202e\n', s3: { bucket: { name: 'b\u2028' }, object: { key: 'k' } } }] };
    const message = recogniseDocument(doc)?.message ?? '';
    expect(message.startsWith(notificationMessage('s3'))).toBe(true);
    expect(message).toContain('"s3://b\\u2028/k"');
    expect(message).not.toMatch(/[\n\u2028\u202e]/);
    // An EventBridge event about an S3 object, with a long hostile detail-type cut inside an emoji.
    const eb = { source: 'aws.s3', 'detail-type': `${'x'.repeat(59)}\u{1f600}\n`, detail: { bucket: { name: 'b' }, object: { key: 'k' } } };
    const ebMessage = recogniseDocument(eb)?.message ?? '';
    expect(ebMessage).toContain(`(${'x'.repeat(59)}…)`);
    expect(ebMessage).not.toMatch(/[\n\ud800-\udfff]/);
  });

  it('uses the library to tell notifications, and looks through a bounded number of wrappers for the object', () => {
    const s3 = { Records: [{ eventVersion: '2.1', eventSource: 'aws:s3', s3: { bucket: { name: 'b' }, object: { key: 'k.json.gz' } } }] };
    const sqs = { Records: [{ eventSource: 'aws:sqs', messageId: 'm-1', body: JSON.stringify({ Type: 'Notification', Message: JSON.stringify(s3) }) }] };
    const wrapped = recogniseDocument(sqs);
    expect(wrapped?.kind).toBe('SQS message');
    expect(wrapped?.message).toBe(`${notificationMessage('sqs')}; it carries an S3 event notification, through SNS, that names s3://b/k.json.gz: aws s3 cp s3://b/k.json.gz - | cloudtrail-codecs check -`);
    let doc: unknown = s3;
    for (let i = 0; i < 8; i++) doc = { Type: 'Notification', Message: JSON.stringify(doc) };
    expect(recogniseDocument(doc)?.kind).toBe('SNS message');
    expect(recogniseDocument(doc)?.message).not.toContain('s3://');
  });

  it('tells digest files, and leaves records and log files alone', () => {
    expect(recogniseDocument({ digestStartTime: 'x', logFiles: [] })?.kind).toBe('digest file');
    for (const f of corpusFiles()) expect(recogniseDocument(f.json), f.name).toBeUndefined();
  });
});

describe('safeLine', () => {
  it('leaves escaped text alone and escapes raw text whole', () => {
    expect(safeLine('Records[0].eventName: got "a\\nb"')).toBe('Records[0].eventName: got "a\\nb"');
    expect(safeLine('got "a\nb"')).toBe('got "a\\nb"');
    expect(safeLine('a\\b\u202e')).toBe('a\\\\b\\u202e');
  });
});
