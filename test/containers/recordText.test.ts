import { describe, expect, it } from 'vitest';
import { ActivityRecord, CloudTrailRecord, DecodeError, InsightRecord, formatErrors } from '../../src/index.js';
import { decodeRecord, decodeRecordOrThrow, decodeRecordText } from '../../src/containers/index.js';
import { clone, corpusRecords, rawSnippets } from '../support/corpus.js';

type Json = Record<string, unknown>;

function decodedRecord(u: unknown): CloudTrailRecord {
  const r = CloudTrailRecord.decode(u);
  if (r._tag === 'Left') throw new Error(formatErrors(r.left).join('\n'));
  return r.right;
}

const records = corpusRecords();
const files = [...new Set(records.map((r) => r.file))];

describe('decodeRecordText on real records', () => {
  it.each(files)('%s: every record decodes from its JSON text', (file) => {
    const ours = records.filter((r) => r.file === file);
    expect(ours.length).toBeGreaterThan(0);
    for (const { index, record } of ours) {
      for (const text of [JSON.stringify(record), JSON.stringify(record, null, 2)]) {
        const r = decodeRecordText(text);
        if (!r.success) throw new Error(`${file}#${index}: ${r.error.message}`);
        expect(r.data).toEqual(decodedRecord(record));
        expect(CloudTrailRecord.encode(r.data)).toEqual(record);
      }
    }
  });

  it('decodes with an explicit codec', () => {
    const call = records.find((r) => r.record['eventType'] === 'AwsApiCall');
    const insight = records.find((r) => r.record['eventType'] === 'AwsCloudTrailInsight');
    if (call === undefined || insight === undefined) throw new Error('corpus lacks API call or insight records');
    const ok = decodeRecordText(JSON.stringify(call.record), ActivityRecord);
    if (!ok.success) throw ok.error;
    expect(ActivityRecord.is(ok.data)).toBe(true);
    expect(ok.data.eventName).toBe(call.record['eventName']);
    const bad = decodeRecordText(JSON.stringify(insight.record), ActivityRecord);
    if (bad.success) throw new Error('expected a failure');
    // The heading names the record by the ids it carries.
    expect(bad.error.message.split('\n')[0]).toBe(`Not a valid ActivityRecord (eventID ${String(insight.record['eventID'])}):`);
    expect(bad.error.issues.map((i) => i.message)).toContain('userIdentity: expected UserIdentity, but it is missing');
  });

  it.each([
    ['truncated', '{"eventVersion": "1.08", "eventTime":'],
    ['trailing comma', '{"eventVersion": "1.08",}'],
    ['single quotes', "{'eventVersion': '1.08'}"],
    ['empty', ''],
    ['two objects', '{"eventVersion": "1.08"}{"eventVersion": "1.08"}'],
  ])('%s text fails as not valid JSON', (_what, text) => {
    let r: ReturnType<typeof decodeRecordText> | undefined;
    expect(() => (r = decodeRecordText(text))).not.toThrow();
    if (r === undefined || r.success) throw new Error('expected a failure');
    expect(r.error).toBeInstanceOf(DecodeError);
    expect(r.error.issues).toHaveLength(1);
    expect(r.error.issues[0]?.path).toBe('');
    // The issue keeps no copy of the text, which may be a whole log file.
    expect(r.error.issues[0]?.actual).toBeUndefined();
    expect(r.error.message).toMatch(/^Not JSON:\n {2}\(root\): the text is not valid JSON: \S/);
  });

  it('reports valid JSON that is not a record with the record codec name', () => {
    const r = decodeRecordText('[1, 2]');
    if (r.success) throw new Error('expected a failure');
    expect(r.error.message).toBe('Not a valid CloudTrailRecord:\n  (root): expected CloudTrailRecord, got an array of 2 items');
  });
});

describe('decodeRecord and decodeRecordOrThrow', () => {
  const insight = records.find((r) => r.record['eventType'] === 'AwsCloudTrailInsight');
  const call = records.find((r) => r.record['eventType'] === 'AwsApiCall');
  if (insight === undefined || call === undefined) throw new Error('corpus lacks API call or insight records');

  it('decodes every corpus record', () => {
    for (const { record } of records) {
      const r = decodeRecord(record);
      expect(r.success).toBe(true);
      if (r.success) expect(r.data).toEqual(decodedRecord(record));
    }
  });

  it('uses the codec given as the second argument', () => {
    const r = decodeRecord(insight.record, InsightRecord);
    if (!r.success) throw r.error;
    expect(r.data.eventType).toBe('AwsCloudTrailInsight');
    expect(InsightRecord.is(r.data)).toBe(true);
    const r2 = decodeRecord(call.record, InsightRecord);
    expect(r2.success).toBe(false);
    if (!r2.success) {
      expect(r2.error.message.split('\n')[0]).toBe(
        `Not a valid InsightRecord (eventName ${String(call.record['eventName'])}, eventID ${String(call.record['eventID'])}):`,
      );
    }
  });

  it('decodeRecordOrThrow returns the record', () => {
    expect(decodeRecordOrThrow(call.record)).toEqual(decodedRecord(call.record));
    const a = decodeRecordOrThrow(call.record, ActivityRecord);
    expect(a.eventName).toBe(call.record['eventName']);
  });

  it('decodeRecordOrThrow throws a DecodeError with the issues', () => {
    const broken = clone(call.record);
    delete broken['eventName'];
    (broken['userIdentity'] as Json)['type'] = 42;
    let thrown: unknown;
    try {
      decodeRecordOrThrow(broken);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(DecodeError);
    const err = thrown as DecodeError;
    expect(err.issues.map((i) => i.path)).toEqual(['userIdentity.type', 'eventName']);
    expect(err.message).toMatch(/^Not a valid CloudTrailRecord( \(eventID [^)]+\))?:\n {2}userIdentity\.type: expected "Root" \| .*, got 42\n {2}eventName: expected string, but it is missing$/);
    expect(() => decodeRecordOrThrow(call.record, InsightRecord)).toThrow(DecodeError);
  });
});

describe('raw snippets from AWS docs', () => {
  const snippets = rawSnippets();

  it('has snippets to test', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(20);
  });

  it.each(snippets.map((s, i) => [`${i} ${s.source} ${s.path}`, s] as const))('%s fails readably', (_name, s) => {
    let r: ReturnType<typeof decodeRecordText> | undefined;
    expect(() => (r = decodeRecordText(s.text))).not.toThrow();
    if (r === undefined || r.success) throw new Error('expected a failure');
    expect(r.error).toBeInstanceOf(DecodeError);
    expect(r.error.issues.length).toBeGreaterThan(0);
    const lines = r.error.message.split('\n');
    for (const issue of r.error.issues) {
      expect(issue.message).toMatch(/^(\(root\)|[\w$.[\]"-]+): \S/);
      expect(r.error.message).toContain(`\n  ${issue.message}`);
    }
    if (s.what_is_odd.startsWith('invalid JSON')) {
      expect(lines[0]).toBe('Not JSON:');
      expect(r.error.message).toContain('not valid JSON');
    } else {
      // Fragments parse but are not whole records.
      expect(lines[0]).toBe('Not a valid CloudTrailRecord:');
      expect(r.error.issues.some((i) => i.missing)).toBe(true);
    }
  });

  // Python's json module located these; V8 must agree where it gives a position.
  const located = snippets.filter((s) => /^invalid JSON: (Expecting ',' delimiter|Extra data)/.test(s.what_is_odd));
  it.each(located.map((s, i) => [`${i} ${s.path}`, s] as const))('%s: reports the same line and column as Python', (_n, s) => {
    const where = /line (\d+) column (\d+)/.exec(s.what_is_odd);
    expect(where).not.toBeNull();
    const r = decodeRecordText(s.text);
    if (r.success) throw new Error('expected a failure');
    expect(r.error.message).toContain(`(line ${where?.[1]} column ${where?.[2]})`);
  });

  // An Issue message is "the whole problem on one line", even where the
  // engine's own wording would quote several lines of the text.
  const multiLine = snippets.find((x) => x.what_is_odd.startsWith('invalid JSON: Expecting value'));
  if (multiLine === undefined) throw new Error('snippet not found');
  it('keeps each issue of a multi-line snippet on one line', () => {
    const s = multiLine;
    const r = decodeRecordText(s.text);
    if (r.success) throw new Error('expected a failure');
    expect(r.error.issues).toHaveLength(1);
    expect(r.error.issues[0]?.message).not.toMatch(/[\n\r]/);
    expect(r.error.message.split('\n')).toHaveLength(2);
  });

  it("reports the App Mesh guide's broken CreateMesh example at line 60", () => {
    const mesh = snippets.find((s) => s.source.includes('app-mesh') && s.text.includes('CreateMesh'));
    if (mesh === undefined) throw new Error('App Mesh snippet not found');
    const r = decodeRecordText(mesh.text);
    if (r.success) throw new Error('expected a failure');
    expect(r.error.message).toContain('not valid JSON');
    expect(r.error.message).toContain('(line 60 column 39)');
  });
});
