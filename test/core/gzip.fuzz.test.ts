import fc from 'fast-check';
import { constants, gunzipSync, gzipSync, type ZlibOptions } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzip, type GunzipResult } from '../../src/core/gzip.js';
import { fuzzRuns } from '../support/fuzz.js';

const RUNS = fuzzRuns(150);

function expectSame(actual: Uint8Array, expected: Uint8Array): void {
  expect(actual.length).toBe(expected.length);
  expect(Buffer.compare(actual, expected)).toBe(0);
}

function bytesOf(result: GunzipResult): Uint8Array {
  if (!result.ok) throw new Error(`expected success, got: ${result.reason}`);
  return result.bytes;
}

/** Payloads zlib compresses in every way: random bytes, and repetitive text with long and short matches. */
const payload: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 3000 }),
  fc
    .array(fc.constantFrom('{"eventName":"', 'GetObject', 'AssumeRole', '","awsRegion":"us-east-1"', ',', '}', '\n', 'x', '0123456789', ' '.repeat(40)), {
      maxLength: 1500,
    })
    .map((parts) => new TextEncoder().encode(parts.join(''))),
  fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 70_000 })).map(([b, n]) => new Uint8Array(n).fill(b)),
);

const zlibOptions: fc.Arbitrary<ZlibOptions> = fc.record({
  level: fc.integer({ min: 0, max: 9 }),
  strategy: fc.constantFrom(constants.Z_DEFAULT_STRATEGY, constants.Z_FILTERED, constants.Z_FIXED, constants.Z_HUFFMAN_ONLY, constants.Z_RLE),
  memLevel: fc.integer({ min: 1, max: 9 }),
  windowBits: fc.integer({ min: 9, max: 15 }),
});

/** What zlib makes of the bytes, or undefined when it refuses them. */
function zlibGunzip(bytes: Uint8Array): Buffer | undefined {
  try {
    return gunzipSync(bytes);
  } catch {
    return undefined;
  }
}

describe('gunzip, property-based', () => {
  it('gives back what zlib compressed, with any settings', () => {
    fc.assert(
      fc.property(payload, zlibOptions, (data, options) => {
        const result = gunzip(gzipSync(data, options));
        expectSame(bytesOf(result), data);
        expect(result.ok && result.members).toBe(1);
      }),
      { numRuns: RUNS, seed: 12 },
    );
  });

  it('reads members back to back in multi-member mode, and only the first alone otherwise', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(payload, zlibOptions), { minLength: 1, maxLength: 4 }), (parts) => {
        const members = parts.map(([data, options]) => gzipSync(data, options));
        const joined = Buffer.concat(members);
        const result = gunzip(joined, { multiMember: true });
        expectSame(bytesOf(result), Buffer.concat(parts.map(([data]) => data)));
        expect(result.ok && result.members).toBe(parts.length);
        const single = gunzip(joined);
        if (parts.length === 1) expect(single.ok).toBe(true);
        else expect(single.ok ? '' : single.reason).toMatch(new RegExp(`^\\d+ bytes? after the end of the gzip stream at offset ${members[0]!.length} `));
      }),
      { numRuns: Math.ceil(RUNS / 2), seed: 13 },
    );
  });

  it('never throws on damaged gzip, accepts nothing zlib refuses, and refuses what zlib accepts only for trailing bytes', () => {
    const damage = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('append' as const), tail: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
    );
    fc.assert(
      fc.property(payload, zlibOptions, fc.array(damage, { minLength: 1, maxLength: 3 }), (data, options, damages) => {
        let bytes = Uint8Array.from(gzipSync(data, options));
        for (const d of damages) {
          if (d.kind === 'set') bytes[d.at % bytes.length] = d.value;
          else if (d.kind === 'cut') bytes = bytes.subarray(0, d.at % (bytes.length + 1));
          else bytes = Uint8Array.from([...bytes, ...d.tail]);
        }
        const ours = gunzip(bytes, { maxBytes: 1 << 24 });
        const theirs = zlibGunzip(bytes);
        if (ours.ok) {
          expect(theirs).toBeDefined();
          expectSame(ours.bytes, theirs!);
          expectSame(ours.bytes, data);
        } else if (theirs !== undefined && bytes.length > 0) {
          // Node's zlib ignores what follows a member; nothing else may differ.
          expect(ours.reason).toMatch(/bytes? after the end of the gzip stream at offset \d+/);
        }
      }),
      { numRuns: RUNS * 2, seed: 14 },
    );
  });

  it('never throws on arbitrary bytes behind a gzip header', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.integer({ min: 0, max: 31 }), fc.boolean(), (body, flags, multiMember) => {
        const bytes = Uint8Array.from([0x1f, 0x8b, 8, flags, 0, 0, 0, 0, 0, 3, ...body]);
        const ours = gunzip(bytes, { multiMember, maxBytes: 1 << 20 });
        if (ours.ok) expectSame(ours.bytes, zlibGunzip(bytes) ?? new Uint8Array(0));
        else expect(ours.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS * 4, seed: 15 },
    );
  });
});
