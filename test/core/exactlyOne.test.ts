import { describe, expect, it } from 'vitest';
import { DateFromIsoTimestamp, formatErrors, StringValue, struct } from '../../src/index.js';
import { exactlyOne } from '../../src/service-kit/index.js';

const Trust = exactlyOne('Trust', {
  file: struct('FileTrust', { certificateChain: StringValue }),
  acm: struct('AcmTrust', { since: DateFromIsoTimestamp }),
});

describe('exactlyOne and members added later', () => {
  it('decodes a lone member it does not know, keeping it as data', () => {
    const input = { vault: { path: '/secrets/ca' } };
    const r = Trust.decode(input);
    expect(r._tag).toBe('Right');
    if (r._tag === 'Right') {
      expect(r.right).toBe(input);
      expect(Trust.encode(r.right)).toEqual(input);
      expect(r.right.file).toBeUndefined();
    }
  });

  it('still refuses no member at all, and a known member beside an unknown one is the known one', () => {
    const none = Trust.decode({});
    expect(none._tag === 'Left' && formatErrors(none.left)).toEqual(['(root): expected exactly one of file | acm, got none']);
    const both = Trust.decode({ vault: {}, file: { certificateChain: 'x' } });
    expect(both._tag).toBe('Right');
    expect(Trust.is({ vault: 1, other: 2 })).toBe(false);
    expect(Trust.decode({ vault: 1, other: 2 })._tag).toBe('Left');
  });

  it('encodes the chosen known member', () => {
    const r = Trust.decode({ acm: { since: '20240102T030405Z' } });
    expect(r._tag === 'Right' && Trust.encode(r.right)).toEqual({ acm: { since: '20240102T030405Z' } });
  });
});
