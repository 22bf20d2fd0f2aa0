// The CLI's input reading, in process: inputs that arrive in any cut, down to
// one byte per chunk, and the kinds of input it tells apart.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { CloudTrailRecord, RecordFailure } from '../../src/index.js';
import { decodeInput, safeLine, type InputOutcome } from '../../src/cli/decodeInput.js';
import { recogniseDocument, recogniseRecordsItem } from '../../src/cli/kinds.js';
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

  it('stops at the first item of an S3 event notification, whatever follows', async () => {
    const item = { eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'b' }, object: { key: 'k.json.gz' } } };
    const r = await decodeChunks([`{"Records": [${JSON.stringify(item)},`, ` ${JSON.stringify(item)}]}`]);
    expect(r.outcome.kind).toBe('S3 event notification');
    expect(r.records).toHaveLength(0);
    expect(r.failures).toHaveLength(0);
  });
});

describe('recognising what is not CloudTrail', () => {
  it('escapes the text of the document it names', () => {
    const item = { eventSource: 'aws:s3', eventName: 'Put\u202e\n', s3: { bucket: { name: 'b\u2028' }, object: { key: 'k' } } };
    const message = recogniseRecordsItem(item)?.message ?? '';
    expect(message).toContain('(Put\\u202e\\n)');
    expect(message).toContain('"s3://b\\u2028/k"');
    expect(message).not.toMatch(/[\n\u2028\u202e]/);
  });

  it('looks through a bounded number of wrappers', () => {
    let doc: unknown = { Records: [{ eventSource: 'aws:s3', s3: {} }] };
    for (let i = 0; i < 8; i++) doc = { Type: 'Notification', Message: JSON.stringify(doc) };
    expect(recogniseDocument(doc)).toBeUndefined();
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
