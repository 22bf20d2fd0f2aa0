// ISO text inside service payloads: Z, an offset, or no zone (UTC). Each
// decodes to the instant and encodes back to its own text; whatever the TZ.
import { describe, expect, it } from 'vitest';
import { DateFromServiceIsoText, parseServiceIsoText } from '../../src/core/DateFromServiceIsoText.js';

describe('DateFromServiceIsoText', () => {
  it.each([
    ['2024-08-01T13:52:02.000+0000', Date.UTC(2024, 7, 1, 13, 52, 2)],
    ['2024-08-01T15:52:02+02:00', Date.UTC(2024, 7, 1, 13, 52, 2)],
    ['2024-08-01T08:52:02.5-0500', Date.UTC(2024, 7, 1, 13, 52, 2, 500)],
    ['2022-11-09T09:23:12.0', Date.UTC(2022, 10, 9, 9, 23, 12)],
    ['2022-11-09T09:23:12', Date.UTC(2022, 10, 9, 9, 23, 12)],
    ['2022-11-09T09:23:12.123Z', Date.UTC(2022, 10, 9, 9, 23, 12, 123)],
  ])('%s decodes to the instant and encodes back exactly', (text, ms) => {
    expect(parseServiceIsoText(text)).toBe(ms);
    const r = DateFromServiceIsoText.decode(text);
    if (r._tag === 'Left') throw new Error('did not decode');
    expect(r.right.getTime()).toBe(ms);
    expect(DateFromServiceIsoText.encode(r.right)).toBe(text);
  });

  it.each(['2022-11-09', '2022-11-09 09:23:12', '2022-11-09T09:23:12+', '2022-11-09T25:23:12', '2022-11-09T09:23:12.0ZZ', 'Jul 19, 2023 9:25:09 PM', ''])('rejects %j', (text) => {
    expect(Number.isNaN(parseServiceIsoText(text))).toBe(true);
    expect(DateFromServiceIsoText.decode(text)._tag).toBe('Left');
  });

  it('writes a Date made elsewhere in UTC with Z, which reads back', () => {
    const d = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
    expect(DateFromServiceIsoText.encode(d)).toBe('2026-01-02T03:04:05Z');
    expect(DateFromServiceIsoText.decode(numberless(5))._tag).toBe('Left');
  });
});

function numberless(n: number): unknown {
  return n;
}
