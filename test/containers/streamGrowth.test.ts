// The stream decoder must cost linear time however its input is cut: a
// hostile file can hold a key, a string or a whitespace run of megabytes,
// and a caller feeds it in the small chunks that gunzip or a socket give.
// These are checks of complexity, not of speed: sixteen times the input may
// take about sixteen times as long as the small input, and must not take six
// times that; a quadratic decoder takes sixteen times that. (With eight and
// three, a linear decoder once measured 3.7 on a loaded machine: GC pauses
// fall unevenly on the two sides.)
import { describe, expect, it } from 'vitest';
import { LogStreamDecoder, type LogStreamItem } from '../../src/stream/index.js';

const CHUNK = 4 * 1024;
const SMALL = 256 * 1024;
const FACTOR = 16;
const LARGE = FACTOR * SMALL;

type Kinds = Record<LogStreamItem<unknown>['kind'], number>;

/** Feeds `text` in chunks of 4 KiB (as strings, or as UTF-8 bytes) and counts the items. */
function feed(text: string | Uint8Array): Kinds {
  const d = new LogStreamDecoder();
  const counts: Kinds = { record: 0, failure: 0, error: 0 };
  const count = (items: ReadonlyArray<LogStreamItem<unknown>>): void => {
    for (const i of items) counts[i.kind]++;
  };
  for (let at = 0; at < text.length; at += CHUNK) count(d.push(text.slice(at, at + CHUNK)));
  count(d.end());
  return counts;
}

function time(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

/**
 * How much longer `large` (an input `factor` times bigger) takes than
 * `small` run `factor` times: about 1 when the cost is linear, `factor` when
 * it is quadratic. Both sides do the same amount of linear work, so a pause
 * of the machine hurts them alike; each side is the fastest of a few runs,
 * as other test files share the CPU.
 */
function growth(small: () => void, large: () => void, factor: number, runs = 5): number {
  small();
  large();
  const fastest = (f: () => void): number => {
    let best = Infinity;
    for (let k = 0; k < runs; k++) best = Math.min(best, time(f));
    return best;
  };
  return fastest(large) / fastest(() => {
    for (let j = 0; j < factor; j++) small();
  });
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Inputs of about `n` characters, each with one long construct, and what the stream gives for them. */
const inputs: ReadonlyArray<readonly [string, (n: number) => string, Kinds]> = [
  ['a long top-level key', (n) => `{"${'k'.repeat(n)}": 1, "Records": []}`, { record: 0, failure: 0, error: 0 }],
  ['a long key of escaped backslashes', (n) => `{"${'\\\\'.repeat(n / 2)}": 1, "Records": []}`, { record: 0, failure: 0, error: 0 }],
  ['a long string in a record', (n) => `{"Records": [{"a": "${'s'.repeat(n)}"}]}`, { record: 0, failure: 1, error: 0 }],
  ['a long string of escaped quotes in a record', (n) => `{"Records": [{"a": "${'\\"'.repeat(n / 2)}"}]}`, { record: 0, failure: 1, error: 0 }],
  ['a long string in a skipped value', (n) => `{"x": "${'s'.repeat(n)}", "Records": []}`, { record: 0, failure: 0, error: 0 }],
  ['a whitespace run before the file', (n) => `${' '.repeat(n)}{"Records": []}`, { record: 0, failure: 0, error: 0 }],
  ['a whitespace run between records', (n) => `{"Records": [1,${' \n'.repeat(n / 2)}2]}`, { record: 0, failure: 2, error: 0 }],
  ['a whitespace run inside a record', (n) => `{"Records": [{"a":${' '.repeat(n)}1}]}`, { record: 0, failure: 1, error: 0 }],
  ['deep nesting in a skipped value', (n) => `{"x": ${'['.repeat(n / 2)}${']'.repeat(n / 2)}, "Records": []}`, { record: 0, failure: 0, error: 0 }],
  ['a long number as a record', (n) => `{"Records": [${'1'.repeat(n)}]}`, { record: 0, failure: 1, error: 0 }],
];

describe('LogStreamDecoder on megabytes of one construct, in 4 KiB chunks', () => {
  it.each(inputs)('%s: the items are right', (_name, make, expected) => {
    expect(feed(make(SMALL))).toEqual(expected);
    expect(feed(utf8(make(SMALL)))).toEqual(expected);
  });

  it.each(inputs)('%s: time grows linearly with the size (string chunks)', (_name, make) => {
    const small = make(SMALL);
    const large = make(LARGE);
    expect(growth(() => feed(small), () => feed(large), FACTOR)).toBeLessThan(6);
  });

  it.each(inputs.slice(0, 3))('%s: time grows linearly with the size (byte chunks)', (_name, make) => {
    const small = utf8(make(SMALL));
    const large = utf8(make(LARGE));
    expect(growth(() => feed(small), () => feed(large), FACTOR)).toBeLessThan(6);
  });
});
