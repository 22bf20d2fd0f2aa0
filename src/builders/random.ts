// A small seeded pseudo-random generator. Builders must give the same output
// for the same seed on every machine, so nothing here touches Math.random.

/**
 * A seed: a number, or a string hashed to one.
 *
 * @example
 * import { Fixtures, type Seed } from 'cloudtrail-codecs/builders';
 * // One factory per test, seeded by the test's name: stable, and different between tests.
 * const fixturesFor = (testName: string): Fixtures => new Fixtures({ seed: testName satisfies Seed });
 * fixturesFor('alerts on root sign-in').root().accountId === fixturesFor('alerts on root sign-in').root().accountId; // true
 */
export type Seed = number | string;

/** 32-bit FNV-1a of a string, for string seeds. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A deterministic source of random values (sfc32, seeded through splitmix32).
 * Same seed, same sequence, on any platform.
 *
 * @example
 * import { Random } from 'cloudtrail-codecs/builders';
 * const a = new Random(42);
 * const b = new Random(42);
 * a.int(1, 6) === b.int(1, 6); // true
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: Seed) {
    let s = typeof seed === 'string' ? hash(seed) : seed >>> 0 || 0x9e3779b9;
    const next = (): number => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.next();
  }

  /** The next 32-bit unsigned integer. */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  float(): number {
    return this.next() / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)] as T;
  }

  /** `length` characters drawn from `alphabet`. */
  chars(alphabet: string, length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet.charAt(this.int(0, alphabet.length - 1));
    return out;
  }

  /** A random (version 4) UUID, lower case. */
  uuid(): string {
    const hex = this.chars('0123456789abcdef', 32);
    const variant = '89ab'.charAt(this.int(0, 3));
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }

  /** A generator at the same point of the same sequence: it draws next what this one draws next. */
  clone(): Random {
    const copy = Object.create(Random.prototype) as Random;
    copy.a = this.a;
    copy.b = this.b;
    copy.c = this.c;
    copy.d = this.d;
    return copy;
  }

  /** A new generator whose sequence depends on this one's seed and a label. */
  fork(label: string): Random {
    return new Random(hash(`${this.next()}:${label}`));
  }
}
