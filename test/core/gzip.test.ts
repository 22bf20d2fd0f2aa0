import { constants, crc32 as zlibCrc32, deflateRawSync, gunzipSync, gzipSync, inflateRawSync, type ZlibOptions } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { crc32, decompressionStreamInflate, gunzip, isGzip, type GunzipResult } from '../../src/core/gzip.js';
import { corpusFiles, corpusRecords } from '../support/corpus.js';

const utf8 = new TextEncoder();

function bytesOf(result: GunzipResult): Uint8Array {
  if (!result.ok) throw new Error(`expected success, got: ${result.reason}`);
  return result.bytes;
}

/** Byte equality without vitest's element-by-element deep compare, which takes seconds on megabytes. */
function expectSame(actual: Uint8Array, expected: Uint8Array, label?: string): void {
  expect(actual.length, label).toBe(expected.length);
  expect(Buffer.compare(actual, expected), label).toBe(0);
}

function reasonOf(result: GunzipResult): string {
  if (result.ok) throw new Error(`expected a failure, got ${result.bytes.length} bytes`);
  return result.reason;
}

/** mulberry32: a seeded generator, so that "random" inputs are the same on every run. */
function seededBytes(seed: number, length: number): Uint8Array {
  let a = seed >>> 0;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = (t ^ (t >>> 14)) & 0xff;
  }
  return out;
}

/** About `size` bytes of a CloudTrail log file made of the corpus records, each with its own id and time. */
function logText(size: number): Uint8Array {
  const records = corpusRecords().map((r) => r.record);
  const parts: string[] = [];
  let total = 0;
  for (let k = 0; total < size; k++) {
    const record = { ...records[k % records.length], eventID: `e-${k}-${(k * 2654435761) >>> 0}`, eventTime: new Date(1.7e12 + k * 997).toISOString() };
    const text = JSON.stringify(record);
    parts.push(text);
    total += text.length + 1;
  }
  return utf8.encode(`{"Records":[${parts.join(',')}]}`);
}

/** A copy: Buffer's slice() would share memory with the original. */
function copy(bytes: Uint8Array): Uint8Array {
  return Uint8Array.from(bytes);
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function le32(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}

/** A gzip member around a raw deflate stream, with the header fields asked for. */
function member(
  deflate: Uint8Array,
  data: Uint8Array,
  header: { extra?: Uint8Array; name?: string; comment?: string; headerCrc?: boolean | number; flags?: number; method?: number } = {},
): Uint8Array {
  let flags = header.flags ?? 0;
  const fields: number[] = [];
  if (header.extra) {
    flags |= 4;
    fields.push(header.extra.length & 0xff, header.extra.length >>> 8, ...header.extra);
  }
  if (header.name !== undefined) {
    flags |= 8;
    fields.push(...utf8.encode(header.name), 0);
  }
  if (header.comment !== undefined) {
    flags |= 16;
    fields.push(...utf8.encode(header.comment), 0);
  }
  if (header.headerCrc !== undefined) flags |= 2;
  const head = Uint8Array.of(0x1f, 0x8b, header.method ?? 8, flags, 1, 2, 3, 4, 0, 255, ...fields);
  const hcrc = typeof header.headerCrc === 'number' ? header.headerCrc : zlibCrc32(head) & 0xffff;
  const headerCrc = header.headerCrc === undefined ? [] : [hcrc & 0xff, hcrc >>> 8];
  return concat(head, Uint8Array.from(headerCrc), deflate, Uint8Array.from([...le32(zlibCrc32(data)), ...le32(data.length)]));
}

/** Writes deflate bits: fields least significant bit first, Huffman codes (given as '0'/'1' text) first bit first. */
class BitWriter {
  private readonly bytes: number[] = [];
  private acc = 0;
  private n = 0;
  bits(value: number, count: number): this {
    for (let i = 0; i < count; i++) this.bit((value >>> i) & 1);
    return this;
  }
  code(text: string): this {
    for (const c of text) this.bit(c === '1' ? 1 : 0);
    return this;
  }
  /** A fixed-Huffman literal/length symbol. */
  fixed(sym: number): this {
    if (sym < 144) return this.code((0x30 + sym).toString(2).padStart(8, '0'));
    if (sym < 256) return this.code((0x190 + sym - 144).toString(2).padStart(9, '0'));
    if (sym < 280) return this.code((sym - 256).toString(2).padStart(7, '0'));
    return this.code((0xc0 + sym - 280).toString(2).padStart(8, '0'));
  }
  align(): this {
    while (this.n !== 0) this.bit(0);
    return this;
  }
  done(): Uint8Array {
    this.align();
    return Uint8Array.from(this.bytes);
  }
  private bit(b: number): void {
    this.acc |= b << this.n;
    if (++this.n === 8) {
      this.bytes.push(this.acc);
      this.acc = 0;
      this.n = 0;
    }
  }
}

/** Code-length code lengths, listed in the order a dynamic header sends them. */
function codeLengthHeader(w: BitWriter, lengths: Record<number, number>): void {
  const order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
  let count = order.length;
  while (count > 4 && !lengths[order[count - 1]!]) count--;
  w.bits(count - 4, 4);
  for (let i = 0; i < count; i++) w.bits(lengths[order[i]!] ?? 0, 3);
}

const STRATEGIES: ReadonlyArray<[string, number]> = [
  ['default', constants.Z_DEFAULT_STRATEGY],
  ['Z_FIXED', constants.Z_FIXED],
  ['Z_HUFFMAN_ONLY', constants.Z_HUFFMAN_ONLY],
  ['Z_RLE', constants.Z_RLE],
];

describe('gunzip against node:zlib', () => {
  const small = utf8.encode('{"Records":[{"eventName":"GetObject","eventSource":"s3.amazonaws.com","awsRegion":"us-east-1"}]}'.repeat(20));
  const inputs: ReadonlyArray<[string, Uint8Array]> = [
    ['empty', new Uint8Array(0)],
    ['one byte', Uint8Array.of(0x7b)],
    ['a small log text', small],
    ['64 kB of seeded random bytes', seededBytes(12, 65536)],
    ['300 kB of a repeated byte', new Uint8Array(300_000).fill(0x41)],
  ];

  for (const [label, data] of inputs) {
    it(`inflates ${label} at every level and strategy`, () => {
      for (const level of [0, 1, 6, 9]) {
        for (const [, strategy] of STRATEGIES) {
          const gz = gzipSync(data, { level, strategy });
          const result = gunzip(gz);
          expectSame(bytesOf(result), data, `level ${level}, strategy ${strategy}`);
          expect(result.ok && result.members).toBe(1);
        }
      }
    });
  }

  it('inflates a 2 MB log text as zlib does, at every level and strategy', () => {
    const data = logText(2_000_000);
    const runs: ZlibOptions[] = [
      { level: 0 },
      { level: 1 },
      { level: 6 },
      { level: 9 },
      ...STRATEGIES.slice(1).map(([, strategy]) => ({ level: 6, strategy })),
    ];
    for (const options of runs) {
      const gz = gzipSync(data, options);
      const ours = bytesOf(gunzip(gz));
      expect(ours.length).toBe(data.length);
      expectSame(ours, gunzipSync(gz), JSON.stringify(options));
    }
  });

  it('inflates streams made with small windows and small or large memory levels (many short blocks)', () => {
    const data = logText(200_000);
    for (const windowBits of [9, 10, 12, 15]) {
      for (const memLevel of [1, 9]) {
        const gz = gzipSync(data, { windowBits, memLevel, level: 9 });
        expectSame(bytesOf(gunzip(gz)), data, `windowBits ${windowBits}, memLevel ${memLevel}`);
      }
    }
  });

  it('inflates every corpus file', () => {
    const files = corpusFiles();
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const data = utf8.encode(file.text);
      expectSame(bytesOf(gunzip(gzipSync(data))), data, file.name);
    }
  });

  it('returns the output buffer without slack, whatever the size trailer claimed', () => {
    const data = seededBytes(3, 5000);
    const gz = gzipSync(data, { level: 6 });
    // A wrong size trailer sizes the first buffer wrongly, then fails.
    const lying = copy(gz);
    lying.set(le32(999_999), gz.length - 4);
    expect(reasonOf(gunzip(lying))).toBe(`size mismatch at offset ${gz.length - 4}: the trailer says 999999 bytes (mod 2^32), the data has 5000`);
    const result = bytesOf(gunzip(gz));
    expect(result.length).toBe(5000);
    expect(result.buffer.byteLength).toBe(5000);
  });
});

describe('gzip header fields', () => {
  const data = utf8.encode('{"eventName":"ConsoleLogin"}');
  const deflate = deflateRawSync(data);

  it('skips FEXTRA, FNAME and FCOMMENT and checks FHCRC, as zlib does', () => {
    const gz = member(deflate, data, {
      extra: Uint8Array.of(65, 80, 4, 0, 1, 2, 3, 4),
      name: 'AWSLogs/111122223333/CloudTrail/us-east-1/x.json',
      comment: 'a comment, ünïcode',
      headerCrc: true,
      flags: 1, // FTEXT, a hint only
    });
    expectSame(gunzipSync(gz), data);
    expectSame(bytesOf(gunzip(gz)), data);
  });

  it('reads each optional field alone, and an empty extra field', () => {
    for (const header of [{ extra: new Uint8Array(0) }, { name: '' }, { comment: 'c' }, { headerCrc: true }]) {
      const gz = member(deflate, data, header);
      expectSame(bytesOf(gunzip(gz)), data, JSON.stringify(header));
    }
  });

  it('fails on a wrong header CRC', () => {
    const gz = member(deflate, data, { name: 'x', headerCrc: 0x1234 });
    expect(reasonOf(gunzip(gz))).toMatch(/^header CRC mismatch at offset 12: the header says 1234, its bytes hash to [0-9a-f]+$/);
  });

  it('fails on reserved flag bits and on a method other than deflate', () => {
    expect(reasonOf(gunzip(member(deflate, data, { flags: 0x20 })))).toBe('invalid gzip header: reserved flag bits 0x20 set at offset 3');
    expect(reasonOf(gunzip(member(deflate, data, { method: 7 })))).toBe('not gzip: compression method 7 at offset 2 (gzip has only 8, deflate)');
  });

  it('fails when a header field runs past the end', () => {
    const gz = member(deflate, data, { extra: new Uint8Array(300), name: 'file.json', comment: 'comment' });
    expect(reasonOf(gunzip(gz.subarray(0, 11)))).toBe('truncated: the gzip header ends at offset 11');
    expect(reasonOf(gunzip(gz.subarray(0, 200)))).toBe("truncated: the gzip header's extra field ends at offset 200");
    expect(reasonOf(gunzip(gz.subarray(0, 315)))).toBe("truncated: the gzip header's file name ends at offset 315");
    expect(reasonOf(gunzip(gz.subarray(0, 325)))).toBe("truncated: the gzip header's comment ends at offset 325");
  });
});

describe('what is not gzip', () => {
  it('fails on empty input, other formats and a lone first magic byte', () => {
    expect(reasonOf(gunzip(new Uint8Array(0)))).toBe('not gzip: the input is empty');
    expect(reasonOf(gunzip(utf8.encode('PK\x03\x04')))).toBe('not gzip: the bytes at offset 0 are 50 4b, not the gzip magic 1f 8b');
    expect(reasonOf(gunzip(utf8.encode('{')))).toBe('not gzip: the bytes at offset 0 are 7b, not the gzip magic 1f 8b');
    expect(reasonOf(gunzip(Uint8Array.of(0x1f)))).toBe('truncated: the gzip header ends at offset 1');
    expect(reasonOf(gunzip(Uint8Array.of(0x1f, 0x8b, 8, 0)))).toBe('truncated: the gzip header ends at offset 4');
  });

  it('fails, not throws, on what JavaScript callers may pass', () => {
    expect(reasonOf(gunzip('gzip' as unknown as Uint8Array))).toBe('the input is not a Uint8Array');
    expect(reasonOf(gunzip(null as unknown as Uint8Array))).toBe('the input is not a Uint8Array');
    const gz = gzipSync('x');
    for (const maxBytes of [-1, 1.5, Number.NaN, '10' as unknown as number]) {
      expect(reasonOf(gunzip(gz, { maxBytes }))).toMatch(/^maxBytes must be a whole number of bytes, not /);
    }
    expectSame(bytesOf(gunzip(gz, { maxBytes: Infinity })), utf8.encode('x'));
  });

  it('isGzip looks at the magic number only', () => {
    expect(isGzip(gzipSync('x'))).toBe(true);
    expect(isGzip(Uint8Array.of(0x1f, 0x8b))).toBe(true);
    expect(isGzip(Uint8Array.of(0x1f))).toBe(false);
    expect(isGzip(new Uint8Array(0))).toBe(false);
    expect(isGzip(utf8.encode('{"Records":[]}'))).toBe(false);
    expect(isGzip('\x1f\x8b' as unknown as Uint8Array)).toBe(false);
  });
});

describe('trailer checks', () => {
  const data = logText(20_000);
  const gz = gzipSync(data);
  const end = gz.length - 8;

  it('fails on a CRC mismatch, naming both values', () => {
    const bad = copy(gz);
    bad[end] = bad[end]! ^ 1;
    const stated = (bad[end]! | (bad[end + 1]! << 8) | (bad[end + 2]! << 16) | (bad[end + 3]! << 24)) >>> 0;
    const actual = zlibCrc32(data);
    expect(reasonOf(gunzip(bad))).toBe(
      `CRC mismatch at offset ${end}: the trailer says ${stated.toString(16).padStart(8, '0')}, the inflated data hashes to ${actual.toString(16).padStart(8, '0')}`,
    );
  });

  it('fails on a size mismatch', () => {
    const bad = copy(gz);
    bad.set(le32(data.length + 1), end + 4);
    expect(reasonOf(gunzip(bad))).toBe(`size mismatch at offset ${end + 4}: the trailer says ${data.length + 1} bytes (mod 2^32), the data has ${data.length}`);
  });

  it('fails on a missing or partial trailer', () => {
    expect(reasonOf(gunzip(gz.subarray(0, end)))).toBe(`truncated: the 8-byte gzip trailer at offset ${end} has only 0`);
    expect(reasonOf(gunzip(gz.subarray(0, end + 7)))).toBe(`truncated: the 8-byte gzip trailer at offset ${end} has only 7`);
  });

  it('counts trailing bytes only when the gzip data before them is sound', () => {
    const bad = copy(gz);
    bad[end] = bad[end]! ^ 1;
    for (const r of [gunzip(bad), gunzip(concat(bad, Uint8Array.of(0))), gunzip(gz.subarray(0, end + 7))]) {
      expect(r.ok).toBe(false);
      expect(r.ok ? 0 : r.trailingBytes).toBeUndefined();
    }
  });
});

describe('bytes after the gzip stream', () => {
  const data = utf8.encode('{"Records":[]}');
  const gz = gzipSync(data);

  it('fails on zero bytes, garbage or a copy of the trailer after the member', () => {
    const tails: Uint8Array[] = [Uint8Array.of(0), new Uint8Array(4), utf8.encode('\0xyz'), utf8.encode('garbage'), gz.subarray(gz.length - 8)];
    for (const tail of tails) {
      for (const multiMember of [false, true]) {
        const r = gunzip(concat(gz, tail), { multiMember });
        expect(r.ok ? undefined : r.trailingBytes).toBe(tail.length);
        const reason = reasonOf(r);
        expect(reason).toBe(`${tail.length} ${tail.length === 1 ? 'byte' : 'bytes'} after the end of the gzip stream at offset ${gz.length}`);
      }
    }
  });

  it('in single-member mode, fails on a second member and says how to read it', () => {
    expect(reasonOf(gunzip(concat(gz, gz)))).toBe(
      `${gz.length} bytes after the end of the gzip stream at offset ${gz.length} (another gzip member starts there: pass multiMember: true to read it)`,
    );
  });
});

describe('several members', () => {
  const parts = [utf8.encode('{"messageType":"DATA_MESSAGE"}'), logText(70_000), utf8.encode('{"messageType":"CONTROL_MESSAGE"}')];

  it('reads 2 and 3 members back to back and joins their outputs', () => {
    const two = gunzip(concat(gzipSync(parts[0]!), gzipSync(parts[1]!, { level: 1 })), { multiMember: true });
    expect(two.ok && two.members).toBe(2);
    expectSame(bytesOf(two), concat(parts[0]!, parts[1]!));
    const three = gunzip(concat(...parts.map((p, i) => gzipSync(p, { level: 3 * i }))), { multiMember: true });
    expect(three.ok && three.members).toBe(3);
    expectSame(bytesOf(three), concat(...parts));
  });

  it('counts empty members', () => {
    const empty = gzipSync(new Uint8Array(0));
    const result = gunzip(concat(empty, gzipSync(parts[0]!), empty), { multiMember: true });
    expect(result.ok && result.members).toBe(3);
    expectSame(bytesOf(result), parts[0]!);
    const alone = gunzip(empty, { multiMember: true });
    expect(alone.ok && alone.members).toBe(1);
    expect(bytesOf(alone).length).toBe(0);
  });

  it('reads a single member in multi-member mode too', () => {
    const result = gunzip(gzipSync(parts[1]!), { multiMember: true });
    expect(result.ok && result.members).toBe(1);
  });

  it('reports a broken later member by its number and offset', () => {
    const first = gzipSync(parts[0]!);
    const second = gzipSync(parts[2]!);
    const broken = copy(second);
    broken[broken.length - 2] = broken[broken.length - 2]! ^ 0xff;
    expect(reasonOf(gunzip(concat(first, broken), { multiMember: true }))).toMatch(
      new RegExp(`^gzip member 2 \\(at offset ${first.length}\\): size mismatch at offset ${first.length + second.length - 4}: `),
    );
    expect(reasonOf(gunzip(concat(first, second.subarray(0, 15)), { multiMember: true }))).toBe(
      `gzip member 2 (at offset ${first.length}): truncated: the deflate stream is cut short at offset ${first.length + 15}`,
    );
  });

  it('does not let a member reach back into the previous one', () => {
    // A fixed block that starts with a match: distance 1 with nothing written.
    const deflate = new BitWriter().bits(1, 1).bits(1, 2).fixed(257).code('00000').fixed(256).done();
    const second = member(deflate, utf8.encode('xxx'));
    expect(reasonOf(gunzip(concat(gzipSync('abc'), second), { multiMember: true }))).toMatch(
      /^gzip member 2 \(at offset \d+\): invalid distance: it reaches back before the start of the member at offset \d+$/,
    );
  });

  it('counts maxBytes over all members', () => {
    const gz = concat(gzipSync(parts[0]!), gzipSync(parts[2]!));
    const total = parts[0]!.length + parts[2]!.length;
    expect(bytesOf(gunzip(gz, { multiMember: true, maxBytes: total })).length).toBe(total);
    expect(reasonOf(gunzip(gz, { multiMember: true, maxBytes: total - 1 }))).toMatch(/^gzip member 2 .*maxBytes/);
  });
});

describe('invalid deflate streams', () => {
  const frame = (deflate: Uint8Array): Uint8Array => member(deflate, new Uint8Array(0));

  it('fails on block type 3', () => {
    expect(reasonOf(gunzip(frame(new BitWriter().bits(1, 1).bits(3, 2).done())))).toBe('invalid block type 3 at offset 10');
  });

  it('fails on a stored block whose length and complement disagree', () => {
    const deflate = new BitWriter().bits(1, 1).bits(0, 2).align().bits(5, 16).bits(0, 16).done();
    expect(reasonOf(gunzip(frame(deflate)))).toBe('invalid stored block: length 5 does not match its complement 0 at offset 15');
  });

  it('reads empty stored blocks and stored blocks between Huffman blocks', () => {
    const data = utf8.encode('ab');
    const deflate = new BitWriter()
      .bits(0, 1).bits(0, 2).align().bits(0, 16).bits(0xffff, 16) // empty stored block, as a sync flush writes
      .bits(0, 1).bits(1, 2).fixed(97).fixed(256) // fixed block: 'a'
      .bits(1, 1).bits(0, 2).align().bits(1, 16).bits(0xfffe, 16).bits(98, 8) // final stored block: 'b'
      .done();
    expectSame(inflateRawSync(deflate), data);
    expectSame(bytesOf(gunzip(member(deflate, data))), data);
  });

  it('fails on a distance before the start of the output', () => {
    const deflate = new BitWriter().bits(1, 1).bits(1, 2).fixed(97).fixed(257).code('00001').fixed(256).done();
    expect(reasonOf(gunzip(frame(deflate)))).toMatch(/^invalid distance: it reaches back before the start of the member at offset 1\d$/);
  });

  it('fails on the fixed code symbols that stand for nothing', () => {
    const lit = new BitWriter().bits(1, 1).bits(1, 2).fixed(286).done();
    expect(reasonOf(gunzip(frame(lit)))).toBe('invalid Huffman code for a literal or length at offset 11');
    const dist = new BitWriter().bits(1, 1).bits(1, 2).fixed(97).fixed(257).code('11110').fixed(256).done();
    expect(reasonOf(gunzip(frame(dist)))).toMatch(/^invalid Huffman code for a distance at offset 1\d$/);
  });

  /** A dynamic block header: 257 + `lit` literal/length and 1 + `dist` distance code counts. */
  const dynamic = (lit: number, dist: number): BitWriter => new BitWriter().bits(1, 1).bits(2, 2).bits(lit, 5).bits(dist, 5);

  it('fails on too many length or distance codes', () => {
    const w1 = dynamic(30, 0);
    codeLengthHeader(w1, { 0: 1, 18: 1 });
    expect(reasonOf(gunzip(frame(w1.done())))).toBe('invalid dynamic block: 287 length codes and 1 distance codes at offset 12');
    const w2 = dynamic(0, 30);
    codeLengthHeader(w2, { 0: 1, 18: 1 });
    expect(reasonOf(gunzip(frame(w2.done())))).toMatch(/^invalid dynamic block: 257 length codes and 31 distance codes at offset 1\d$/);
  });

  it('fails on an incomplete code-length code', () => {
    const w = dynamic(0, 0);
    codeLengthHeader(w, { 0: 1 });
    expect(reasonOf(gunzip(frame(w.done())))).toMatch(/^invalid dynamic block: bad code-length code at offset 1\d$/);
  });

  it('fails on a repeat with no length before it', () => {
    const w = dynamic(0, 0);
    codeLengthHeader(w, { 0: 1, 16: 1 });
    w.code('1').bits(0, 2);
    expect(reasonOf(gunzip(frame(w.done())))).toMatch(/^invalid dynamic block: a repeat with nothing before it at offset 1\d$/);
  });

  it('fails on lengths that repeat past the end, or leave no end-of-block code', () => {
    const past = dynamic(0, 0);
    codeLengthHeader(past, { 0: 1, 18: 1 });
    past.code('1').bits(127, 7).code('1').bits(127, 7);
    expect(reasonOf(gunzip(frame(past.done())))).toMatch(/^invalid dynamic block: code lengths repeat past the end at offset \d+$/);
    const noEnd = dynamic(0, 0);
    codeLengthHeader(noEnd, { 0: 1, 18: 1 });
    noEnd.code('1').bits(127, 7).code('1').bits(109, 7);
    expect(reasonOf(gunzip(frame(noEnd.done())))).toMatch(/^invalid dynamic block: no end-of-block code at offset \d+$/);
  });

  it('fails on over-subscribed literal/length lengths', () => {
    const w = dynamic(0, 0);
    codeLengthHeader(w, { 1: 1, 18: 1 });
    // Symbols 0, 1 and 256 all one bit long: three codes in a two-code space.
    w.code('0').code('0').code('1').bits(127, 7).code('1').bits(105, 7).code('0').code('0');
    expect(reasonOf(gunzip(frame(w.done())))).toMatch(/^invalid dynamic block: bad literal\/length code lengths at offset \d+$/);
  });

  it('fails on incomplete literal/length lengths, as zlib does', () => {
    // 'a' and end of block, both two bits long: half the code space unused.
    const w = dynamic(0, 0);
    codeLengthHeader(w, { 18: 1, 0: 2, 2: 2 });
    w.code('0').bits(97 - 11, 7).code('11').code('0').bits(127, 7).code('0').bits(9, 7).code('11').code('10');
    const deflate = w.done();
    expect(() => inflateRawSync(deflate)).toThrow();
    expect(reasonOf(gunzip(member(deflate, utf8.encode('a'))))).toMatch(/^invalid dynamic block: bad literal\/length code lengths at offset \d+$/);
  });

  it('accepts a single one-bit distance code, as zlib does', () => {
    // Code lengths 'a' = 1, end of block = 2, length 3 = 2; one distance code of length 1.
    const w = dynamic(1, 0);
    codeLengthHeader(w, { 0: 2, 1: 2, 2: 2, 18: 2 });
    const zeros = (n: number): void => {
      w.code('11').bits(n - 11, 7);
    };
    zeros(97);
    w.code('01'); // 'a': 1
    zeros(138);
    zeros(20);
    w.code('10').code('10'); // 256 and 257: 2
    w.code('01'); // distance 0 (distance 1): 1
    w.code('0').code('11').code('0').code('10'); // 'a', then 3 more from 1 back, then end
    const deflate = w.done();
    expect(inflateRawSync(deflate).toString()).toBe('aaaa');
    expectSame(bytesOf(gunzip(member(deflate, utf8.encode('aaaa')))), utf8.encode('aaaa'));
  });
});

describe('damaged files fail cleanly', () => {
  const samples: ReadonlyArray<[string, Uint8Array]> = [
    ['dynamic', gzipSync(logText(3000), { level: 9 })],
    ['fixed', gzipSync(utf8.encode('{"eventName":"AssumeRole","eventName":"AssumeRole"}'), { strategy: constants.Z_FIXED })],
    ['stored', gzipSync(utf8.encode('{"eventName":"AssumeRole"}'), { level: 0 })],
  ];

  for (const [label, gz] of samples) {
    it(`reports every cut of a ${label} file (${gz.length} bytes) as truncated`, () => {
      expect(bytesOf(gunzip(gz)).length).toBeGreaterThan(0);
      for (let cut = 1; cut < gz.length; cut++) {
        const reason = reasonOf(gunzip(gz.subarray(0, cut)));
        expect(reason.startsWith('truncated: '), `cut at ${cut}: ${reason}`).toBe(true);
      }
    });

    it(`never throws on a single-byte change of a ${label} file, and never accepts changed content`, () => {
      const original = bytesOf(gunzip(gz));
      let failures = 0;
      for (let i = 0; i < gz.length; i++) {
        for (const flip of [0x01, 0x80, 0xff]) {
          const bad = copy(gz);
          bad[i] = bad[i]! ^ flip;
          const result = gunzip(bad);
          if (result.ok) expectSame(result.bytes, original, `byte ${i} ^ ${flip}`);
          else failures++;
          if (i < 3 || i >= gz.length - 8) expect(result.ok, `byte ${i} ^ ${flip}`).toBe(false);
        }
      }
      // Only FTEXT, the time, extra-flags and OS bytes (3 to 9) and spare bits may change harmlessly.
      expect(failures).toBeGreaterThan((gz.length - 10) * 3 * 0.9);
    });
  }
});

describe('maxBytes', () => {
  it('stops a 10 MB run of zeros early when maxBytes is 1 MB', () => {
    const gz = gzipSync(new Uint8Array(10 << 20));
    expect(gz.length).toBeLessThan(20_000);
    const reason = reasonOf(gunzip(gz, { maxBytes: 1 << 20 }));
    const match = /^the output would exceed maxBytes \(1048576 bytes\) at offset (\d+)$/.exec(reason);
    expect(match, reason).not.toBeNull();
    // It stopped about a tenth of the way through the input.
    expect(Number(match![1])).toBeLessThan(gz.length / 5);
  });

  it('allows exactly maxBytes, and not one more, for Huffman and stored blocks', () => {
    const data = logText(50_000);
    for (const level of [0, 6]) {
      const gz = gzipSync(data, { level });
      expect(bytesOf(gunzip(gz, { maxBytes: data.length })).length).toBe(data.length);
      expect(reasonOf(gunzip(gz, { maxBytes: data.length - 1 }))).toMatch(/^the output would exceed maxBytes \(\d+ bytes\) at offset \d+$/);
    }
    expect(bytesOf(gunzip(gzipSync(new Uint8Array(0)), { maxBytes: 0 })).length).toBe(0);
    expect(reasonOf(gunzip(gzipSync('x'), { maxBytes: 0 }))).toMatch(/^the output would exceed maxBytes \(0 bytes\) at offset 1\d$/);
  });
});

describe('crc32', () => {
  it('matches zlib on every length and start up to 40 bytes, and continues across calls', () => {
    const data = seededBytes(7, 64);
    for (let start = 0; start < 9; start++) {
      for (let end = start; end <= start + 40; end++) {
        expect(crc32(data, start, end)).toBe(zlibCrc32(data.subarray(start, end)));
      }
    }
    const big = seededBytes(8, 100_003);
    expect(crc32(big)).toBe(zlibCrc32(big));
    expect(crc32(big, 50_001, big.length, crc32(big, 0, 50_001))).toBe(zlibCrc32(big));
    expect(crc32(utf8.encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('decompressionStreamInflate', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('inflates a real gzip file', async () => {
    const data = logText(300_000);
    const bytes = await decompressionStreamInflate(gzipSync(data));
    expectSame(bytes, data);
    expect((await decompressionStreamInflate(gzipSync(new Uint8Array(0)))).length).toBe(0);
  });

  it('rejects bytes that do not inflate', async () => {
    await expect(decompressionStreamInflate(utf8.encode('not gzip at all'))).rejects.toThrow(/^DecompressionStream could not inflate the input: /);
    const gz = gzipSync('abc');
    await expect(decompressionStreamInflate(gz.subarray(0, gz.length - 3))).rejects.toThrow(/^DecompressionStream could not inflate the input: /);
  });

  it('returns a rejected promise, not a throw, when the runtime has no DecompressionStream', async () => {
    vi.stubGlobal('DecompressionStream', undefined);
    const pending = decompressionStreamInflate(gzipSync('abc'));
    expect(pending).toBeInstanceOf(Promise);
    await expect(pending).rejects.toThrow(/no DecompressionStream/);
  });

  it('is the loose one: gunzip rejects the padded file it may accept', async () => {
    const gz = concat(gzipSync('abc'), utf8.encode('\0xyz'));
    expect(reasonOf(gunzip(gz))).toBe(`4 bytes after the end of the gzip stream at offset ${gz.length - 4}`);
    // Whatever the platform does with the padding, it must not throw synchronously.
    await Promise.resolve(decompressionStreamInflate(gz)).then(
      (bytes: Uint8Array) => expect(new TextDecoder().decode(bytes).startsWith('abc')).toBe(true),
      (e: unknown) => expect(e).toBeInstanceOf(Error),
    );
  });
});
