import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { ActivityRecord, CloudTrailRecord, DecodeError, formatErrors } from '../../src/index.js';
import {
  LogFile,
  decodeLogFile,
  decodeLogFileOrThrow,
  decodeLogFileText,
  isDigestFile,
  logFileOf,
} from '../../src/containers/index.js';
import { clone, corpusFiles, oddFiles, type CorpusFile } from '../support/corpus.js';

type Json = Record<string, unknown>;

function corpusFile(name: string): CorpusFile {
  const f = corpusFiles().find((c) => c.name === name);
  if (f === undefined) throw new Error(`corpus file ${name} not found`);
  return f;
}

function decodeOne(u: unknown): CloudTrailRecord {
  const r = CloudTrailRecord.decode(u);
  if (r._tag === 'Left') throw new Error(formatErrors(r.left).join('\n'));
  return r.right;
}

function digestFile(overrides: Json = {}): Json {
  return {
    awsAccountId: '111122223333',
    digestStartTime: '2015-08-17T14:01:31Z',
    digestEndTime: '2015-08-17T15:01:31Z',
    digestS3Bucket: 'amzn-s3-demo-bucket',
    digestS3Object:
      'AWSLogs/111122223333/CloudTrail-Digest/us-east-2/2015/08/17/111122223333_CloudTrail-Digest_us-east-2_your-trail-name_us-east-2_20150817T150131Z.json.gz',
    digestPublicKeyFingerprint: '31e8b5433410dfb61a9dc45cc65b22ff',
    digestSignatureAlgorithm: 'SHA256withRSA',
    newestEventTime: '2015-08-17T14:52:27Z',
    oldestEventTime: '2015-08-17T14:42:27Z',
    previousDigestS3Bucket: 'amzn-s3-demo-bucket',
    previousDigestS3Object:
      'AWSLogs/111122223333/CloudTrail-Digest/us-east-2/2015/08/17/111122223333_CloudTrail-Digest_us-east-2_your-trail-name_us-east-2_20150817T140131Z.json.gz',
    previousDigestHashValue: '97fb791cf91ffc440d274f8190dbdd9aa09c34432aba82739df18b6d3c13df2d',
    previousDigestHashAlgorithm: 'SHA-256',
    previousDigestSignature:
      '50887ccffad4c002b97caa37cc9dc626e3c680207d41d27fa5835458e066e0d3652fc4dfc30937e4d5f4cc7f796e7a258fb50a43ac427f2237f6e505d4efaf373d156e15e3b68dea9f58111d395b62628d6bd367a9024d2183b5883c8e7f8b1bd9c1ab4b96e1d6f8a9e8d9e0dc16b5e2ed3fb82b2a4d55f3f2bee2c20e90ab8fe48e0e0b7b89',
    logFiles: [
      {
        s3Bucket: 'amzn-s3-demo-bucket',
        s3Object:
          'AWSLogs/111122223333/CloudTrail/us-east-2/2015/08/17/111122223333_CloudTrail_us-east-2_20150817T1445Z_9nYN7gp2eWAJHIfT.json.gz',
        hashValue: '9bb6196fc6b84d6f075a56548feca262bd99ba3c2de41b618e5b6e22c1fc71f6',
        hashAlgorithm: 'SHA-256',
        newestEventTime: '2015-08-17T14:52:27Z',
        oldestEventTime: '2015-08-17T14:42:27Z',
      },
    ],
    ...overrides,
  };
}

// Hand-computed line and column of a character offset, to check the library's.
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length} column ${(before[before.length - 1] ?? '').length + 1}`;
}

describe('decodeLogFile on the real corpus', () => {
  const files = corpusFiles();

  it('has corpus files to test', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files.map((f) => [f.name, f] as const))('%s decodes every record', (_name, f) => {
    const r = decodeLogFile(f.json);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.failures).toEqual([]);
    expect(r.data.records).toHaveLength(f.json.Records.length);
    // Same records, same order: each is what CloudTrailRecord alone decodes.
    expect(r.data.records).toEqual(f.json.Records.map(decodeOne));
  });

  it.each(files.map((f) => [f.name, f] as const))('%s decodes from its raw text', (_name, f) => {
    const r = decodeLogFileText(f.text);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.failures).toEqual([]);
    expect(r.data.records).toHaveLength(f.json.Records.length);
    expect(LogFile.encode({ Records: r.data.records })).toEqual(f.json);
  });

  it.each(files.map((f) => [f.name, f] as const))('%s: LogFile decodes and encodes back to the input', (_name, f) => {
    const r = LogFile.decode(f.json);
    expect(r._tag).toBe('Right');
    if (r._tag === 'Left') return;
    expect(LogFile.is(r.right)).toBe(true);
    expect(LogFile.encode(r.right)).toEqual(f.json);
  });

  it('never changes the value it decodes', () => {
    for (const f of files) {
      const before = JSON.stringify(f.json);
      decodeLogFile(f.json);
      LogFile.decode(f.json);
      expect(JSON.stringify(f.json)).toBe(before);
    }
  });

  it('does not take a real log file for a digest file', () => {
    for (const f of files) expect(isDigestFile(f.json)).toBe(false);
  });
});

describe('decodeLogFile with broken records', () => {
  const source = corpusFile('stratus-red-team.json');
  // The first record past the other edits that has an MFA flag to break.
  const mfaIndex = source.json.Records.findIndex(
    (r, i) =>
      i > 1 &&
      (r as { userIdentity?: { sessionContext?: { attributes?: Json } } }).userIdentity?.sessionContext?.attributes?.[
        'mfaAuthenticated'
      ] !== undefined,
  );

  function broken() {
    const json = clone(source.json);
    const items = json.Records as Json[];
    const edit = (i: number, f: (r: Json) => void) => f(items[i] as Json);
    edit(1, (r) => delete r['eventTime']);
    edit(mfaIndex, (r) => {
      const ui = r['userIdentity'] as { sessionContext: { attributes: Json } };
      ui.sessionContext.attributes['mfaAuthenticated'] = true;
    });
    edit(20, (r) => (r['eventTime'] = 'yesterday'));
    (json.Records as unknown[])[30] = 'not a record';
    (json.Records as unknown[])[31] = null;
    (json.Records as unknown[])[32] = [1, 2];
    return json;
  }
  const brokenAt = [1, mfaIndex, 20, 30, 31, 32].sort((a, b) => a - b);

  it('breaks distinct records that all have ids', () => {
    expect(mfaIndex).toBeGreaterThan(1);
    expect(new Set(brokenAt).size).toBe(6);
    for (const i of brokenAt) {
      const r = source.json.Records[i] as Json;
      expect(typeof r['eventID']).toBe('string');
      expect(typeof r['eventName']).toBe('string');
    }
  });

  it('returns every other record, in file order', () => {
    const json = broken();
    const r = decodeLogFile(json);
    expect(r.success).toBe(true);
    if (!r.success) return;
    const kept = source.json.Records.filter((_r, i) => !brokenAt.includes(i));
    expect(r.data.records).toHaveLength(source.json.Records.length - brokenAt.length);
    expect(LogFile.encode({ Records: r.data.records }).Records).toEqual(kept);
    expect(r.data.failures.map((f) => f.index)).toEqual(brokenAt);
  });

  it('reports each failure with its index, ids and original value', () => {
    const json = broken();
    const r = decodeLogFile(json);
    if (!r.success) throw r.error;
    for (const f of r.data.failures) {
      const item = json.Records[f.index];
      expect(f.value).toBe(item);
      const original = source.json.Records[f.index] as Json;
      if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
        expect(f.eventID).toBe(original['eventID']);
        expect(f.eventName).toBe(original['eventName']);
        expect(f.eventSource).toBe(original['eventSource']);
        expect(f.message.split('\n')[0]).toBe(
          `Records[${f.index}] did not decode (eventName ${String(original['eventName'])}, eventID ${String(original['eventID'])})`,
        );
      } else {
        expect(f.eventID).toBeUndefined();
        expect(f.eventName).toBeUndefined();
        expect(f.message.split('\n')[0]).toBe(`Records[${f.index}] did not decode`);
      }
      expect(f.issues.length).toBeGreaterThan(0);
      for (const issue of f.issues) {
        expect(issue.path === `Records[${f.index}]` || issue.path.startsWith(`Records[${f.index}].`)).toBe(true);
        expect(issue.segments.slice(0, 2)).toEqual(['Records', f.index]);
      }
      // The message is the head line and then one indented line per issue.
      expect(f.message.split('\n').slice(1)).toEqual(f.issues.map((i) => `  ${i.message}`));
    }
  });

  const mfaMessage = new RegExp(
    `^Records\\[${mfaIndex}\\]\\.userIdentity\\.sessionContext\\.attributes\\.mfaAuthenticated: expected "true" \\| "false"( text)?, got true( — .*)?$`,
  );

  it('names the exact problem of each broken record', () => {
    const r = decodeLogFile(broken());
    if (!r.success) throw r.error;
    const byIndex = new Map(r.data.failures.map((f) => [f.index, f.issues.map((i) => i.message)]));
    expect(byIndex.get(1)).toEqual([
      'Records[1].eventTime: expected ISO-8601 UTC timestamp (like 2019-10-18T15:00:49Z), but it is missing',
    ]);
    // The wording after "got true" (a hint about JSON.stringify) belongs to the boolean-text codec.
    expect(byIndex.get(mfaIndex)).toEqual([expect.stringMatching(mfaMessage)]);
    expect(byIndex.get(20)).toEqual([
      'Records[20].eventTime: expected ISO-8601 UTC timestamp (like 2019-10-18T15:00:49Z), got "yesterday"',
    ]);
    expect(byIndex.get(30)).toEqual(['Records[30]: expected CloudTrailRecord, got "not a record"']);
    expect(byIndex.get(31)).toEqual(['Records[31]: expected CloudTrailRecord, got null']);
    expect(byIndex.get(32)).toEqual(['Records[32]: expected CloudTrailRecord, got an array of 2 items']);
  });

  it('marks a missing field as missing, with no value', () => {
    const r = decodeLogFile(broken());
    if (!r.success) throw r.error;
    const issue = r.data.failures.find((f) => f.index === 1)?.issues[0];
    expect(issue).toMatchObject({ path: 'Records[1].eventTime', segments: ['Records', 1, 'eventTime'], missing: true });
    expect(issue?.actual).toBeUndefined();
  });

  it('reads eventId spelled in lower camel case as the id of a failure', () => {
    const json = clone(source.json);
    const item = json.Records[0] as Json;
    item['eventId'] = item['eventID'];
    delete item['eventID'];
    delete item['eventTime'];
    const r = decodeLogFile(json);
    if (!r.success) throw r.error;
    expect(r.data.failures[0]?.eventID).toBe((source.json.Records[0] as Json)['eventID']);
  });

  it('LogFile, being all or nothing, rejects the same file at the broken paths', () => {
    const r = LogFile.decode(broken());
    expect(r._tag).toBe('Left');
    if (r._tag === 'Right') return;
    const messages = formatErrors(r.left);
    expect(messages.filter((m) => mfaMessage.test(m))).toHaveLength(1);
    expect(messages).toContain('Records[31]: expected CloudTrailRecord, got null');
    expect(messages).toHaveLength(6);
  });

  it('decodeLogFileOrThrow returns the failures instead of throwing', () => {
    const contents = decodeLogFileOrThrow(broken());
    expect(contents.failures.map((f) => f.index)).toEqual(brokenAt);
    expect(contents.records).toHaveLength(source.json.Records.length - 6);
  });
});

describe('values that are not log files', () => {
  it('says a digest file is a digest file', () => {
    const digest = digestFile();
    expect(isDigestFile(digest)).toBe(true);
    const r = decodeLogFile(digest);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error).toBeInstanceOf(DecodeError);
    expect(r.error.issues).toHaveLength(1);
    expect(r.error.issues[0]?.path).toBe('');
    expect(r.error.message).toMatch(/^Not a CloudTrail log file:\n {2}\(root\): this is a CloudTrail digest file, not a log file/);
  });

  it('recognises a starting digest and an empty hour too', () => {
    const starting = digestFile({
      previousDigestS3Bucket: null,
      previousDigestS3Object: null,
      previousDigestHashValue: null,
      previousDigestHashAlgorithm: null,
      previousDigestSignature: null,
    });
    const empty = digestFile({ logFiles: [], newestEventTime: null, oldestEventTime: null });
    for (const d of [starting, empty]) {
      const r = decodeLogFile(d);
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error.message).toContain('digest file');
    }
  });

  it('LogFile.decode explains a digest file the same way', () => {
    const r = LogFile.decode(digestFile());
    expect(r._tag).toBe('Left');
    if (r._tag === 'Right') return;
    const lines = formatErrors(r.left);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\(root\): this is a CloudTrail digest file, not a log file/);
    expect(lines[0]).toContain('holds no Records');
  });

  it('decodeLogFileOrThrow throws a DecodeError for a digest file', () => {
    expect(() => decodeLogFileOrThrow(digestFile())).toThrow(DecodeError);
    expect(() => decodeLogFileOrThrow(digestFile())).toThrow(/digest file/);
  });

  it('decodeLogFileOrThrow returns the records of a real file', () => {
    const f = corpusFile('plaso.json');
    const contents = decodeLogFileOrThrow(f.json);
    expect(contents.failures).toEqual([]);
    expect(contents.records).toEqual(f.json.Records.map(decodeOne));
  });

  it('an object with Records is not a digest file, even beside digest keys', () => {
    expect(isDigestFile({ Records: [], digestStartTime: '2015-08-17T14:01:31Z' })).toBe(false);
    expect(decodeLogFile({ Records: [], digestStartTime: '2015-08-17T14:01:31Z' }).success).toBe(true);
  });

  const notLogFiles: Array<[string, unknown, string]> = [
    ['null', null, '(root): expected LogFile<CloudTrailRecord>, got null'],
    ['an array', [], '(root): expected LogFile<CloudTrailRecord>, got an array of 0 items'],
    ['an empty object', {}, 'Records: expected Array<CloudTrailRecord>, but it is missing'],
    ['Records as an object', { Records: {} }, 'Records: expected Array<CloudTrailRecord>, got an object'],
    ['Records as null', { Records: null }, 'Records: expected Array<CloudTrailRecord>, got null'],
    ['a string', 'text', '(root): expected LogFile<CloudTrailRecord>, got "text"'],
    ['a number', 42, '(root): expected LogFile<CloudTrailRecord>, got 42'],
    ['NaN', Number.NaN, '(root): expected LogFile<CloudTrailRecord>, got NaN'],
    ['undefined', undefined, '(root): expected LogFile<CloudTrailRecord>, but it is missing'],
  ];

  it.each(notLogFiles)('%s fails with a readable message', (_what, value, line) => {
    let r: ReturnType<typeof decodeLogFile> | undefined;
    expect(() => (r = decodeLogFile(value))).not.toThrow();
    expect(r?.success).toBe(false);
    if (r === undefined || r.success) return;
    expect(r.error.issues.map((i) => i.message)).toEqual([line]);
    expect(r.error.message).toBe(`Not a CloudTrail log file:\n  ${line}`);
  });

  it('an empty object reports Records as missing', () => {
    const r = decodeLogFile({});
    if (r.success) throw new Error('expected a failure');
    expect(r.error.issues[0]).toMatchObject({ path: 'Records', missing: true });
  });

  it('an empty Records array is a valid, empty log file', () => {
    expect(decodeLogFile({ Records: [] })).toEqual({ success: true, data: { records: [], failures: [] } });
  });
});

describe('decodeLogFileText with text that is not JSON', () => {
  const f = corpusFile('plaso.json');

  // Each case breaks the text at a known offset, so the expected line and
  // column are worked out here, apart from the library.
  function failure(text: string): string {
    let r: ReturnType<typeof decodeLogFileText> | undefined;
    expect(() => (r = decodeLogFileText(text))).not.toThrow();
    if (r === undefined || r.success) throw new Error('expected a failure');
    expect(r.error.issues).toHaveLength(1);
    expect(r.error.issues[0]?.path).toBe('');
    // One line per issue, whatever the engine's own wording.
    expect(r.error.issues[0]?.message).not.toContain('\n');
    return r.error.message;
  }

  it('reports an unterminated string where the text ends', () => {
    const cut = f.text.indexOf('"eventVersion": "') + '"eventVersion": "1.0'.length;
    const text = f.text.slice(0, cut);
    const m = failure(text);
    expect(m).toContain('not valid JSON: a string is not closed before the end of the text');
    expect(m).toContain(`(${lineColumn(text, text.length)})`);
  });

  it('reports a trailing comma in an object at the brace that follows it', () => {
    // Put a comma after the last property of the first record.
    const at = f.text.indexOf('\n    },');
    const text = `${f.text.slice(0, at)},${f.text.slice(at)}`;
    const m = failure(text);
    expect(m).toContain("a trailing comma before '}'");
    expect(m).toContain(`(${lineColumn(text, at + 6)})`);
  });

  it('reports a file cut before its closing brackets where it ends', () => {
    const text = f.text.slice(0, f.text.lastIndexOf(']'));
    const m = failure(text);
    expect(m).toContain("expected ',' or ']', found the end of the text");
    expect(m).toContain(`(${lineColumn(text, text.length)})`);
  });

  it('fails, without throwing, for empty text', () => {
    expect(failure('')).toContain('not valid JSON: expected a value, found the end of the text (line 1 column 1)');
  });

  it('reports where truncated text ends, though the engine gives no position', () => {
    const text = f.text.slice(0, f.text.indexOf('"eventVersion": ') + '"eventVersion":'.length);
    const m = failure(text);
    expect(m).toContain('expected a value, found the end of the text');
    expect(m).toContain(`(${lineColumn(text, text.length)})`);
  });

  it('reports where a trailing comma in the Records array is', () => {
    const text = f.text.replace(/\}\s*\]\s*\}\s*$/, '},\n]}\n');
    expect(text).not.toBe(f.text);
    const m = failure(text);
    expect(m).toContain("a trailing comma before ']'");
    expect(m).toContain(`(${lineColumn(text, text.lastIndexOf(']'))})`);
  });
});

describe('decodeLogFile with another record codec', () => {
  const files = corpusFiles();
  const notActivity = new Set(['AwsCloudTrailInsight', 'AwsAggregatedEvent']);

  it('the corpus holds insight records', () => {
    const n = files.flatMap((f) => f.json.Records).filter((r) => (r as Json)['eventType'] === 'AwsCloudTrailInsight');
    expect(n.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files.map((f) => [f.name, f] as const))('%s: ActivityRecord rejects exactly the insight and aggregated records', (_n, f) => {
    const r = decodeLogFile(f.json, { record: ActivityRecord });
    if (!r.success) throw r.error;
    const expected = f.json.Records.flatMap((rec, i) => (notActivity.has(String((rec as Json)['eventType'])) ? [i] : []));
    expect(r.data.failures.map((x) => x.index)).toEqual(expected);
    expect(r.data.records).toHaveLength(f.json.Records.length - expected.length);
    for (const x of r.data.failures) {
      expect(x.issues.map((i) => i.message)).toContain(`Records[${x.index}].userIdentity: expected UserIdentity, but it is missing`);
    }
    for (const rec of r.data.records) expect(ActivityRecord.is(rec)).toBe(true);
  });

  it('accepts a plain io-ts codec and reports its errors with paths', () => {
    const Named = t.type({ eventName: t.string });
    const json = clone(corpusFile('plaso.json').json);
    (json.Records[2] as Json)['eventName'] = 7;
    const r = decodeLogFile(json, { record: Named });
    if (!r.success) throw r.error;
    expect(r.data.records.map((x) => x.eventName)).toEqual(
      json.Records.filter((_x, i) => i !== 2).map((x) => (x as Json)['eventName']),
    );
    expect(r.data.failures).toHaveLength(1);
    expect(r.data.failures[0]?.issues.map((i) => i.message)).toEqual(['Records[2].eventName: expected string, got 7']);
  });

  it('logFileOf names its record codec in errors', () => {
    const r = logFileOf(ActivityRecord).decode({});
    if (r._tag === 'Right') throw new Error('expected a failure');
    expect(formatErrors(r.left)).toEqual(['Records: expected Array<ActivityRecord>, but it is missing']);
  });

  it('decodeLogFile names the record codec it was given in errors', () => {
    const r = decodeLogFile({}, { record: ActivityRecord });
    if (r.success) throw new Error('expected a failure');
    expect(r.error.issues.map((i) => i.message)).toEqual(['Records: expected Array<ActivityRecord>, but it is missing']);
  });
});

describe('the odd corpus files', () => {
  const files = oddFiles();

  it('has odd files to test', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files.map((f) => [f.name, f] as const))('%s: every record is either returned or reported', (_n, f) => {
    let r: ReturnType<typeof decodeLogFile> | undefined;
    expect(() => (r = decodeLogFile(f.json))).not.toThrow();
    if (r === undefined || !r.success) throw new Error('expected a log file');
    const { records, failures } = r.data;
    expect(records.length + failures.length).toBe(f.json.Records.length);
    // Failures are exactly the records CloudTrailRecord rejects, in order.
    const rejected = f.json.Records.flatMap((rec, i) => (CloudTrailRecord.decode(rec)._tag === 'Left' ? [i] : []));
    expect(failures.map((x) => x.index)).toEqual(rejected);
    for (const x of failures) {
      expect(x.value).toBe(f.json.Records[x.index]);
      expect(x.message.length).toBeGreaterThan(0);
      expect(x.message.split('\n')[0]).toMatch(new RegExp(`^Records\\[${x.index}\\] did not decode`));
      expect(x.issues.length).toBeGreaterThan(0);
      for (const issue of x.issues) {
        expect(issue.message.startsWith(`${issue.path}: `)).toBe(true);
        expect(issue.path).toMatch(new RegExp(`^Records\\[${x.index}\\]`));
        expect(issue.message.slice(issue.path.length + 2).length).toBeGreaterThan(0);
        expect(x.message).toContain(`\n  ${issue.message}`);
      }
    }
  });

  it('the odd files do hold broken records', () => {
    const failures = files.reduce((n, f) => {
      const r = decodeLogFile(f.json);
      return n + (r.success ? r.data.failures.length : 0);
    }, 0);
    expect(failures).toBeGreaterThan(100);
  });
});
