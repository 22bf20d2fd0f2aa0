// Acceptance: every real record of the shared corpus decodes, and encoding
// the decoded value gives back the input, unknown fields included.
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CloudTrailRecord, formatErrors } from '../src/index.js';
import { LogFile } from '../src/containers/index.js';
import { corpusFiles } from './support/corpus.js';

const files = corpusFiles();

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('the development corpus', () => {
  it('holds the 335 records the corpus README announces', () => {
    expect(files.reduce((n, f) => n + f.json.Records.length, 0)).toBe(335);
  });

  for (const file of files) {
    const records = file.json.Records;
    it(`${file.name}: all ${records.length} records decode and round-trip`, () => {
      const problems: string[] = [];
      records.forEach((record, i) => {
        const decoded = CloudTrailRecord.decode(record);
        if (decoded._tag === 'Left') {
          problems.push(`[${i}] ${formatErrors(decoded.left).join('; ')}`);
          return;
        }
        const encoded = CloudTrailRecord.encode(decoded.right);
        if (!isDeepStrictEqual(encoded, record)) problems.push(`[${i}] encode(decode(r)) differs from r`);
        // The text form must match too: same keys, same order, same values.
        if (JSON.stringify(encoded) !== JSON.stringify(record)) problems.push(`[${i}] JSON text differs`);
      });
      expect(problems).toEqual([]);
    });
  }

  it('decodes each file as a whole with LogFile, and encodes it back', () => {
    for (const file of files) {
      const decoded = LogFile.decode(file.json);
      expect(decoded._tag, file.name).toBe('Right');
      if (decoded._tag === 'Right') expect(LogFile.encode(decoded.right)).toEqual(file.json);
    }
  });

  it('turns every eventTime into the Date it names', () => {
    for (const file of files) {
      for (const record of file.json.Records as Array<Record<string, unknown>>) {
        const decoded = CloudTrailRecord.decode(record);
        if (decoded._tag !== 'Right' || !('eventTime' in decoded.right)) continue;
        // Date.parse reads the extended ISO form as UTC, whatever the TZ.
        expect(decoded.right.eventTime.getTime()).toBe(Date.parse(record['eventTime'] as string));
      }
    }
  });

  it('decodes and encodes deep-frozen input, leaving it as it was', () => {
    for (const file of files) {
      const before = JSON.stringify(file.json);
      const frozen = deepFreeze(JSON.parse(file.text) as { Records: unknown[] });
      for (const record of frozen.Records) {
        const decoded = CloudTrailRecord.decode(record);
        expect(decoded._tag).toBe('Right');
        if (decoded._tag === 'Right') CloudTrailRecord.encode(decoded.right);
      }
      expect(JSON.stringify(frozen)).toBe(before);
    }
  });
});
