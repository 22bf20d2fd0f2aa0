// Gzip (RFC 1952) around raw deflate (RFC 1951), decoded in plain JavaScript.
//
// Why not the platform's DecompressionStream alone: Node's silently ignores
// bytes after a member that begin with a zero byte, and runtimes disagree on
// concatenated members. Integrity validation must reject a log object with
// anything after its gzip stream, and Firehose records hold several members
// back to back, so the exact end of every member matters. The output is
// bounded too (decompression bombs): a limit is checked before every write.
//
// The decoder is iterative and table driven: each Huffman code is resolved by
// one lookup in a root table of 2^10 (literal/length) or 2^8 (distance)
// entries, plus one in a small subtable for the rare longer codes.

/**
 * What {@link gunzip} gives back: the inflated bytes and how many gzip
 * members they came from, or why there are none.
 *
 * @example
 * import { gunzip, type GunzipResult } from 'cloudtrail-codecs/integrity';
 * const describe = (r: GunzipResult): string => (r.ok ? `${r.bytes.length} bytes from ${r.members} member(s)` : `not inflated: ${r.reason}`);
 * describe(gunzip(new Uint8Array(0))).startsWith('not inflated'); // true
 */
export type GunzipResult =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly members: number }
  | {
      readonly ok: false;
      readonly reason: string;
      /** Set when the gzip data itself is sound and bytes follow it: how many. */
      readonly trailingBytes?: number;
    };

/**
 * A caller-supplied gzip inflater, for code that prefers the platform's own
 * (`zlib.gunzipSync` in Node, {@link decompressionStreamInflate} elsewhere)
 * to the exact but slower {@link gunzip}.
 *
 * @example
 * import type { Inflate } from 'cloudtrail-codecs/integrity';
 * import { gunzip } from 'cloudtrail-codecs/integrity';
 * const exact: Inflate = (gz) => {
 *   const r = gunzip(gz);
 *   if (!r.ok) throw new Error(r.reason);
 *   return r.bytes;
 * };
 */
export type Inflate = (gzip: Uint8Array) => Uint8Array | Promise<Uint8Array>;

/** 1 GiB: larger than any CloudTrail object, small enough to allocate. */
const DEFAULT_MAX_BYTES = 1 << 30;

/**
 * True when `bytes` begins with the gzip magic number `1f 8b`: a quick test
 * for "is this compressed", not a validation (see {@link gunzip}).
 *
 * @example
 * import { isGzip } from 'cloudtrail-codecs/integrity';
 * isGzip(Uint8Array.of(0x1f, 0x8b, 8, 0)); // true
 * isGzip(new TextEncoder().encode('{"Records":[]}')); // false
 */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes instanceof Uint8Array && bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Inflates gzip bytes exactly, synchronously, in plain JavaScript. It fails
 * (never throws) with a reason that names the byte offset when the input is
 * not gzip, is cut short, holds an invalid deflate stream, does not match its
 * CRC-32 or size trailer, is followed by any other bytes, or would inflate to
 * more than `maxBytes` (default 1 GiB, counted over all members).
 *
 * With `multiMember: true`, members that follow one another are all read and
 * their outputs joined, as Firehose records need; bytes after the last member
 * that do not begin another member still fail. `members` says how many were
 * read. An empty input is not gzip.
 *
 * @example
 * import { gunzip } from 'cloudtrail-codecs/integrity';
 * // "hi", gzipped
 * const gz = Uint8Array.of(31, 139, 8, 0, 0, 0, 0, 0, 0, 3, 203, 200, 4, 0, 172, 42, 147, 216, 2, 0, 0, 0);
 * const r = gunzip(gz);
 * r.ok ? new TextDecoder().decode(r.bytes) : r.reason; // 'hi'
 * const padded = gunzip(Uint8Array.of(...gz, 0));
 * padded.ok ? '' : padded.reason; // '1 byte after the end of the gzip stream at offset 22'
 * padded.ok ? 0 : padded.trailingBytes; // 1
 * const twice = gunzip(Uint8Array.of(...gz, ...gz), { multiMember: true });
 * twice.ok ? twice.members : 0; // 2
 * gunzip(gz, { maxBytes: 1 }).ok; // false
 */
export function gunzip(input: Uint8Array, options?: { maxBytes?: number; multiMember?: boolean }): GunzipResult {
  if (!(input instanceof Uint8Array)) return failure('the input is not a Uint8Array');
  const maxBytes = options?.maxBytes ?? DEFAULT_MAX_BYTES;
  if (typeof maxBytes !== 'number' || !(maxBytes >= 0) || (maxBytes !== Infinity && !Number.isInteger(maxBytes))) {
    return failure(`maxBytes must be a whole number of bytes, not ${String(maxBytes)}`);
  }
  const multiMember = options?.multiMember === true;
  if (input.length === 0) return failure('not gzip: the input is empty');
  try {
    return gunzipChecked(input, maxBytes, multiMember);
  } catch (e) {
    // Only allocation can throw here (a huge but allowed maxBytes).
    if (e instanceof RangeError) return failure(`could not allocate memory for the output: ${e.message}`);
    throw e;
  }
}

function gunzipChecked(input: Uint8Array, maxBytes: number, multiMember: boolean): GunzipResult {
  const sink: Sink = { out: new Uint8Array(initialCapacity(input, maxBytes, multiMember)), used: 0, max: maxBytes };
  let pos = 0;
  let members = 0;
  for (;;) {
    const end = readMember(input, pos, sink);
    if (typeof end === 'string') {
      return failure(members === 0 ? end : `gzip member ${members + 1} (at offset ${pos}): ${end}`);
    }
    members++;
    pos = end;
    if (pos === input.length) break;
    const startsMember = input[pos] === 0x1f && input[pos + 1] === 0x8b;
    if (!multiMember || !startsMember) {
      const hint = startsMember ? ' (another gzip member starts there: pass multiMember: true to read it)' : '';
      const extra = input.length - pos;
      return { ok: false, reason: `${extra} byte${extra === 1 ? '' : 's'} after the end of the gzip stream at offset ${pos}${hint}`, trailingBytes: extra };
    }
  }
  const { out, used } = sink;
  return { ok: true, bytes: used === out.length ? out : out.slice(0, used), members };
}

function failure(reason: string): GunzipResult {
  return { ok: false, reason };
}

// The size trailer at the end (the last member's), trusted only up to 64
// times the input (JSON rarely inflates more), so that a lying trailer cannot
// make a tiny input allocate a gigabyte; bigger outputs grow geometrically.
// An honest single member gets a buffer of exactly its size: no copy at the end.
function initialCapacity(input: Uint8Array, maxBytes: number, multiMember: boolean): number {
  const n = input.length;
  const stated = n >= 18 ? readUint32(input, n - 4) : 0;
  const plausible = Math.min(stated, n * 64 + 65536);
  return Math.min(multiMember ? Math.max(plausible, n * 4) : Math.max(plausible, 64), maxBytes);
}

function readUint32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

// ---------------------------------------------------------------- framing

// FTEXT (1) only hints that the content is text: nothing to check.
const FHCRC = 2;
const FEXTRA = 4;
const FNAME = 8;
const FCOMMENT = 16;
const FRESERVED = 0xe0;

const hex2 = (n: number): string => n.toString(16).padStart(2, '0');
const hex8 = (n: number): string => n.toString(16).padStart(8, '0');

/** Reads one member at `start` into `sink`: the offset just after it, or the reason it is not valid. */
function readMember(input: Uint8Array, start: number, sink: Sink): number | string {
  const n = input.length;
  if (n - start < 2 || input[start] !== 0x1f || input[start + 1] !== 0x8b) {
    if (n - start === 1 && input[start] === 0x1f) return `truncated: the gzip header ends at offset ${n}`;
    const shown = Array.from(input.subarray(start, start + 2), hex2).join(' ');
    return `not gzip: the bytes at offset ${start} are ${shown}, not the gzip magic 1f 8b`;
  }
  if (n - start < 10) return `truncated: the gzip header ends at offset ${n}`;
  const method = input[start + 2]!;
  if (method !== 8) return `not gzip: compression method ${method} at offset ${start + 2} (gzip has only 8, deflate)`;
  const flags = input[start + 3]!;
  if ((flags & FRESERVED) !== 0) return `invalid gzip header: reserved flag bits 0x${hex2(flags & FRESERVED)} set at offset ${start + 3}`;
  let p = start + 10;
  if (flags & FEXTRA) {
    if (n - p < 2) return `truncated: the gzip header ends at offset ${n}`;
    const xlen = input[p]! | (input[p + 1]! << 8);
    p += 2 + xlen;
    if (p > n) return `truncated: the gzip header's extra field ends at offset ${n}`;
  }
  for (const flag of [FNAME, FCOMMENT]) {
    if ((flags & flag) === 0) continue;
    const zero = input.indexOf(0, p);
    if (zero < 0) return `truncated: the gzip header's ${flag === FNAME ? 'file name' : 'comment'} ends at offset ${n}`;
    p = zero + 1;
  }
  if (flags & FHCRC) {
    if (n - p < 2) return `truncated: the gzip header ends at offset ${n}`;
    const stated = input[p]! | (input[p + 1]! << 8);
    const actual = crc32(input, start, p) & 0xffff;
    if (stated !== actual) return `header CRC mismatch at offset ${p}: the header says ${stated.toString(16)}, its bytes hash to ${actual.toString(16)}`;
    p += 2;
  }

  const first = sink.used;
  const end = inflate(input, p, sink);
  if (typeof end === 'string') return end;
  if (n - end < 8) return `truncated: the 8-byte gzip trailer at offset ${end} has only ${n - end}`;
  const statedCrc = readUint32(input, end);
  const actualCrc = crc32(sink.out, first, sink.used);
  if (statedCrc !== actualCrc) {
    return `CRC mismatch at offset ${end}: the trailer says ${hex8(statedCrc)}, the inflated data hashes to ${hex8(actualCrc)}`;
  }
  const statedSize = readUint32(input, end + 4);
  const actualSize = (sink.used - first) >>> 0;
  if (statedSize !== actualSize) {
    return `size mismatch at offset ${end + 4}: the trailer says ${statedSize} bytes (mod 2^32), the data has ${sink.used - first}`;
  }
  return end + 8;
}

// ---------------------------------------------------------------- output

/** The growing output buffer shared by all members. */
interface Sink {
  out: Uint8Array;
  used: number;
  readonly max: number;
}

/** A larger buffer holding the first `used` bytes, with room for `need` in all; undefined beyond the limit. */
function grow(sink: Sink, used: number, need: number): Uint8Array | undefined {
  if (need > sink.max) return undefined;
  const bigger = new Uint8Array(Math.min(sink.max, Math.max(need, sink.out.length * 2, 1024)));
  bigger.set(sink.out.subarray(0, used));
  sink.out = bigger;
  return bigger;
}

// ---------------------------------------------------------------- deflate

// Lengths 3..258 (symbols 257..285) and distances 1..32768 (symbols 0..29):
// base value << 4 | count of extra bits, one lookup per symbol.
const LENGTH_INFO = /* @__PURE__ */ Int32Array.from(
  [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258],
  (base, i) => (base << 4) | (i < 8 || i === 28 ? 0 : ((i - 4) >> 2)),
);
const DIST_INFO = /* @__PURE__ */ Int32Array.from(
  [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577],
  (base, i) => (base << 4) | (i < 4 ? 0 : (i >> 1) - 1),
);
/** The order in which a dynamic block lists the lengths of the code-length code. */
const CODE_LENGTH_ORDER = /* @__PURE__ */ Uint8Array.of(16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15);

// Table entries (Int32): bits 0-3 how many bits the step consumes, bit 4 set
// for a link to a subtable, bits 5 and up the symbol (or the subtable's
// offset). Zero marks a bit pattern that is no code: the stream is invalid.
const LINK = 16;
const LIT_ROOT = 10;
const DIST_ROOT = 8;
const CODES_ROOT = 7;
// A subtable per root entry is at most 2^(15 - root) long, and there are no
// more of them than symbols: bounds for the reused scratch tables.
const LIT_TABLE_SIZE = (1 << LIT_ROOT) + 288 * (1 << (15 - LIT_ROOT));
const DIST_TABLE_SIZE = (1 << DIST_ROOT) + 32 * (1 << (15 - DIST_ROOT));

/** The decoding tables, built once; the dynamic ones are rebuilt per block. */
interface Tables {
  readonly fixedLit: Int32Array;
  readonly fixedDist: Int32Array;
  readonly lit: Int32Array;
  readonly dist: Int32Array;
  readonly codes: Int32Array;
  readonly lengths: Uint8Array;
  readonly scratch: Scratch;
}

interface Scratch {
  readonly count: Uint16Array;
  readonly next: Uint16Array;
  readonly code: Uint16Array;
  readonly subBits: Uint8Array;
  readonly subStart: Int32Array;
}

// Decoding is synchronous and never re-entered, so one set of tables serves
// every call; they are only built when gunzip first runs.
let shared: Tables | undefined;

function tables(): Tables {
  if (shared) return shared;
  const scratch: Scratch = {
    count: new Uint16Array(16),
    next: new Uint16Array(16),
    code: new Uint16Array(320),
    subBits: new Uint8Array(1 << LIT_ROOT),
    subStart: new Int32Array(1 << LIT_ROOT),
  };
  const fixedLengths = new Uint8Array(320);
  fixedLengths.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
  fixedLengths.fill(5, 288, 320);
  const fixedLit = new Int32Array(LIT_TABLE_SIZE);
  const fixedDist = new Int32Array(DIST_TABLE_SIZE);
  buildTable(fixedLengths, 0, 288, LIT_ROOT, fixedLit, false, scratch);
  buildTable(fixedLengths, 288, 32, DIST_ROOT, fixedDist, false, scratch);
  shared = {
    fixedLit,
    fixedDist,
    lit: new Int32Array(LIT_TABLE_SIZE),
    dist: new Int32Array(DIST_TABLE_SIZE),
    codes: new Int32Array(1 << CODES_ROOT),
    lengths: new Uint8Array(320),
    scratch,
  };
  return shared;
}

/**
 * Fills `table` for the canonical Huffman code whose lengths are
 * `lengths[from .. from + count)`. False when those lengths over-subscribe the
 * code space, or leave part of it unused where zlib refuses that too (a lone
 * one-bit code is accepted for literals and distances, never for the
 * code-length code).
 */
function buildTable(
  lengths: Uint8Array,
  from: number,
  count: number,
  root: number,
  table: Int32Array,
  mustBeComplete: boolean,
  s: Scratch,
): boolean {
  const { count: perLength, next, code, subBits, subStart } = s;
  perLength.fill(0);
  for (let i = 0; i < count; i++) perLength[lengths[from + i]!]!++;
  perLength[0] = 0;
  let longest = 15;
  while (longest > 0 && perLength[longest] === 0) longest--;
  const rootSize = 1 << root;
  table.fill(0, 0, rootSize);
  if (longest === 0) return !mustBeComplete;
  let left = 1;
  for (let len = 1; len <= 15; len++) {
    left = (left << 1) - perLength[len]!;
    if (left < 0) return false;
  }
  if (left > 0 && (mustBeComplete || longest !== 1)) return false;

  let c = 0;
  for (let len = 1; len <= 15; len++) {
    c = (c + perLength[len - 1]!) << 1;
    next[len] = c;
  }
  // Deflate sends codes from their first bit, and bits are read from the
  // least significant end, so tables are indexed by the reversed code.
  for (let i = 0; i < count; i++) {
    const len = lengths[from + i]!;
    if (len !== 0) code[i] = reverseBits(next[len]!++, len);
  }

  const rootMask = rootSize - 1;
  if (longest > root) {
    subBits.fill(0, 0, rootSize);
    for (let i = 0; i < count; i++) {
      const len = lengths[from + i]!;
      if (len > root) {
        const p = code[i]! & rootMask;
        if (len - root > subBits[p]!) subBits[p] = len - root;
      }
    }
    let offset = rootSize;
    for (let p = 0; p < rootSize; p++) {
      const bits = subBits[p]!;
      if (bits === 0) continue;
      subStart[p] = offset;
      table[p] = (offset << 5) | LINK | bits;
      table.fill(0, offset, offset + (1 << bits));
      offset += 1 << bits;
    }
  }

  for (let i = 0; i < count; i++) {
    const len = lengths[from + i]!;
    if (len === 0) continue;
    const rev = code[i]!;
    if (len <= root) {
      const entry = (i << 5) | len;
      for (let j = rev; j < rootSize; j += 1 << len) table[j] = entry;
    } else {
      const p = rev & rootMask;
      const base = subStart[p]!;
      const size = 1 << subBits[p]!;
      const entry = (i << 5) | (len - root);
      for (let j = rev >>> root; j < size; j += 1 << (len - root)) table[base + j] = entry;
    }
  }
  return true;
}

function reverseBits(code: number, len: number): number {
  let r = 0;
  for (let i = 0; i < len; i++) {
    r = (r << 1) | (code & 1);
    code >>>= 1;
  }
  return r;
}

/** The bit reader between Huffman-coded runs. Past the input's end it reads zeros; `overrun` tells. */
interface Bits {
  readonly input: Uint8Array;
  /** Next byte to load. */
  ip: number;
  /** Loaded bits not yet used, least significant first. */
  buf: number;
  count: number;
}

function need(r: Bits, k: number): void {
  while (r.count < k) {
    const ip = r.ip;
    if (ip < r.input.length) r.buf |= r.input[ip]! << r.count;
    r.ip = ip + 1;
    r.count += 8;
  }
}

function take(r: Bits, k: number): number {
  need(r, k);
  const v = r.buf & ((1 << k) - 1);
  r.buf >>>= k;
  r.count -= k;
  return v;
}

/** Offset of the byte holding the next unread bit. */
function offsetOf(r: Bits): number {
  return Math.floor((r.ip * 8 - r.count) / 8);
}

/** Whether bits beyond the end of the input were used. */
function overrun(r: Bits): boolean {
  return r.ip * 8 - r.count > r.input.length * 8;
}


/** Inflates the raw deflate stream at `start` into `sink`: the offset after its last byte, or a reason. */
function inflate(input: Uint8Array, start: number, sink: Sink): number | string {
  const t = tables();
  const r: Bits = { input, ip: start, buf: 0, count: 0 };
  const memberStart = sink.used;
  const truncated = `truncated: the deflate stream is cut short at offset ${input.length}`;
  // Zeros read past the end can look like anything: a cut-short stream is
  // reported as such, whatever they decoded to.
  const problem = (what: string): string => (overrun(r) ? truncated : `${what} at offset ${offsetOf(r)}`);
  for (;;) {
    const header = take(r, 3);
    if (overrun(r)) return truncated;
    const last = header & 1;
    const type = header >>> 1;
    if (type === 0) {
      // Stored: skip to a byte boundary, then LEN and its complement.
      take(r, r.count & 7);
      const len = take(r, 16);
      const nlen = take(r, 16);
      if (overrun(r)) return truncated;
      if ((len ^ 0xffff) !== nlen) return problem(`invalid stored block: length ${len} does not match its complement ${nlen}`);
      // Hand back the whole bytes already loaded, then copy.
      const p = r.ip - (r.count >>> 3);
      r.ip = p;
      r.buf = 0;
      r.count = 0;
      if (input.length - p < len) return truncated;
      const used = sink.used;
      if (used + len > sink.out.length && !grow(sink, used, used + len)) return overLimit(sink, p);
      sink.out.set(input.subarray(p, p + len), used);
      sink.used = used + len;
      r.ip = p + len;
    } else if (type === 1 || type === 2) {
      let lit = t.fixedLit;
      let dist = t.fixedDist;
      if (type === 2) {
        const why = readDynamicTables(r, t);
        if (why !== undefined) return problem(why);
        if (overrun(r)) return truncated;
        lit = t.lit;
        dist = t.dist;
      }
      const status = decodeBlock(r, sink, lit, dist, memberStart);
      if (overrun(r) || status === TRUNCATED) return truncated;
      if (status === BAD_LITERAL_CODE) return problem('invalid Huffman code for a literal or length');
      if (status === BAD_DISTANCE_CODE) return problem('invalid Huffman code for a distance');
      if (status === TOO_FAR) return problem('invalid distance: it reaches back before the start of the member');
      if (status === OVER_LIMIT) return overLimit(sink, offsetOf(r));
    } else {
      return problem('invalid block type 3');
    }
    // The trailer starts at the next byte boundary.
    if (last) return r.ip - (r.count >>> 3);
  }
}

function overLimit(sink: Sink, at: number): string {
  return `the output would exceed maxBytes (${sink.max} bytes) at offset ${at}`;
}

/** Reads a dynamic block's code lengths and builds its tables: undefined, or why they are invalid. */
function readDynamicTables(r: Bits, t: Tables): string | undefined {
  const litCount = take(r, 5) + 257;
  const distCount = take(r, 5) + 1;
  const codeCount = take(r, 4) + 4;
  if (litCount > 286 || distCount > 30) return `invalid dynamic block: ${litCount} length codes and ${distCount} distance codes`;
  const lengths = t.lengths;
  lengths.fill(0, 0, 19);
  for (let i = 0; i < codeCount; i++) lengths[CODE_LENGTH_ORDER[i]!] = take(r, 3);
  if (!buildTable(lengths, 0, 19, CODES_ROOT, t.codes, true, t.scratch)) return 'invalid dynamic block: bad code-length code';
  const total = litCount + distCount;
  const codes = t.codes;
  let i = 0;
  while (i < total) {
    need(r, CODES_ROOT);
    const e = codes[r.buf & ((1 << CODES_ROOT) - 1)]!;
    const n = e & 15;
    if (n === 0) return 'invalid dynamic block: bad code length';
    r.buf >>>= n;
    r.count -= n;
    const sym = e >>> 5;
    if (sym < 16) {
      lengths[i++] = sym;
      continue;
    }
    let value = 0;
    let repeat: number;
    if (sym === 16) {
      if (i === 0) return 'invalid dynamic block: a repeat with nothing before it';
      value = lengths[i - 1]!;
      repeat = 3 + take(r, 2);
    } else if (sym === 17) {
      repeat = 3 + take(r, 3);
    } else {
      repeat = 11 + take(r, 7);
    }
    if (i + repeat > total) return 'invalid dynamic block: code lengths repeat past the end';
    lengths.fill(value, i, i + repeat);
    i += repeat;
  }
  if (lengths[256] === 0) return 'invalid dynamic block: no end-of-block code';
  if (!buildTable(lengths, 0, litCount, LIT_ROOT, t.lit, false, t.scratch)) return 'invalid dynamic block: bad literal/length code lengths';
  if (!buildTable(lengths, litCount, distCount, DIST_ROOT, t.dist, false, t.scratch)) return 'invalid dynamic block: bad distance code lengths';
  return undefined;
}

const OK = 0;
const BAD_LITERAL_CODE = 1;
const BAD_DISTANCE_CODE = 2;
const TOO_FAR = 3;
const OVER_LIMIT = 4;
const TRUNCATED = 5;

/**
 * The hot loop: Huffman-coded symbols until end of block. State lives in
 * locals (no closures over them, so V8 keeps them in registers) and goes back
 * to `r` and `sink` on the way out. Past the input's end zeros are read; the
 * refill notices when those were used and stops, and the caller reports it.
 */
function decodeBlock(r: Bits, sink: Sink, lit: Int32Array, dist: Int32Array, memberStart: number): number {
  const input = r.input;
  const n = input.length;
  let ip = r.ip;
  let buf = r.buf;
  let count = r.count;
  let out = sink.out;
  let op = sink.used;
  let status = OK;
  const litMask = (1 << LIT_ROOT) - 1;
  const distMask = (1 << DIST_ROOT) - 1;
  for (;;) {
    // Enough bits for the longest code and the length's extra bits.
    if (count < 20) {
      while (count <= 24 && ip < n) {
        buf |= input[ip++]! << count;
        count += 8;
      }
      if (count <= 24) {
        // Out of input: zeros follow, unless earlier zeros were used already.
        if ((ip - n) << 3 > count) {
          status = TRUNCATED;
          break;
        }
        const pad = ((24 - count) >>> 3) + 1;
        ip += pad;
        count += pad << 3;
      }
    }
    let e = lit[buf & litMask]!;
    if (e & LINK) {
      buf >>>= LIT_ROOT;
      count -= LIT_ROOT;
      e = lit[(e >>> 5) + (buf & ((1 << (e & 15)) - 1))]!;
    }
    const used = e & 15;
    if (used === 0) {
      status = BAD_LITERAL_CODE;
      break;
    }
    buf >>>= used;
    count -= used;
    let sym = e >>> 5;
    if (sym < 256) {
      if (op >= out.length) {
        const bigger = grow(sink, op, op + 1);
        if (!bigger) {
          status = OVER_LIMIT;
          break;
        }
        out = bigger;
      }
      out[op++] = sym;
      continue;
    }
    if (sym === 256) break;
    sym -= 257;
    if (sym >= 29) {
      status = BAD_LITERAL_CODE;
      break;
    }
    const lengthInfo = LENGTH_INFO[sym]!;
    let len = lengthInfo >>> 4;
    const lenExtra = lengthInfo & 15;
    if (lenExtra !== 0) {
      len += buf & ((1 << lenExtra) - 1);
      buf >>>= lenExtra;
      count -= lenExtra;
    }
    // The refill above, written out again rather than called, to keep the
    // inner loop of the inflater free of calls.
    if (count < 15) {
      while (count <= 24 && ip < n) {
        buf |= input[ip++]! << count;
        count += 8;
      }
      if (count <= 24) {
        // Out of input: zeros follow, unless earlier zeros were used already.
        if ((ip - n) << 3 > count) {
          status = TRUNCATED;
          break;
        }
        const pad = ((24 - count) >>> 3) + 1;
        ip += pad;
        count += pad << 3;
      }
    }
    e = dist[buf & distMask]!;
    if (e & LINK) {
      buf >>>= DIST_ROOT;
      count -= DIST_ROOT;
      e = dist[(e >>> 5) + (buf & ((1 << (e & 15)) - 1))]!;
    }
    const dused = e & 15;
    const dsym = e >>> 5;
    if (dused === 0 || dsym >= 30) {
      status = BAD_DISTANCE_CODE;
      break;
    }
    buf >>>= dused;
    count -= dused;
    const distInfo = DIST_INFO[dsym]!;
    let d = distInfo >>> 4;
    const distExtra = distInfo & 15;
    if (distExtra !== 0) {
      if (count < distExtra) {
        while (count <= 24 && ip < n) {
          buf |= input[ip++]! << count;
          count += 8;
        }
        if (count <= 24) {
          // Out of input: zeros follow, unless earlier zeros were used already.
          if ((ip - n) << 3 > count) {
            status = TRUNCATED;
            break;
          }
          const pad = ((24 - count) >>> 3) + 1;
          ip += pad;
          count += pad << 3;
        }
      }
      d += buf & ((1 << distExtra) - 1);
      buf >>>= distExtra;
      count -= distExtra;
    }
    if (d > op - memberStart) {
      status = TOO_FAR;
      break;
    }
    if (op + len > out.length) {
      const bigger = grow(sink, op, op + len);
      if (!bigger) {
        status = OVER_LIMIT;
        break;
      }
      out = bigger;
    }
    let from = op - d;
    if (d === 1) {
      out.fill(out[from]!, op, op + len);
      op += len;
    } else if (d >= len && len > 32) {
      out.copyWithin(op, from, from + len);
      op += len;
    } else {
      const end = op + len;
      while (op < end) out[op++] = out[from++]!;
    }
  }
  r.ip = ip;
  r.buf = buf;
  r.count = count;
  sink.used = op;
  return status;
}

// ---------------------------------------------------------------- CRC-32

let crcTables: Int32Array | undefined;

// Eight tables of 256 (slicing by eight): entry k*256+b is the CRC of byte b
// followed by k zero bytes, so eight input bytes cost eight lookups and one
// step instead of eight dependent steps.
function crcTable(): Int32Array {
  if (crcTables) return crcTables;
  const t = new Int32Array(8 * 256);
  for (let b = 0; b < 256; b++) {
    let c = b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[b] = c;
  }
  for (let i = 256; i < 8 * 256; i++) {
    const prev = t[i - 256]!;
    t[i] = (prev >>> 8) ^ t[prev & 0xff]!;
  }
  crcTables = t;
  return t;
}

/**
 * CRC-32 (the gzip and zip polynomial) of `bytes[start .. end)`, continuing
 * from `crc` when given: `crc32(b, 0, k)` then `crc32(b, k, n, thatValue)`
 * equals `crc32(b)`.
 *
 * @example
 * crc32(new TextEncoder().encode('123456789')).toString(16); // 'cbf43926'
 */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length, crc = 0): number {
  const t = crcTable();
  let c = ~crc;
  let i = start;
  for (const stop = end - 8; i <= stop; i += 8) {
    const a = c ^ (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24));
    c =
      t[1792 + (a & 0xff)]! ^
      t[1536 + ((a >>> 8) & 0xff)]! ^
      t[1280 + ((a >>> 16) & 0xff)]! ^
      t[1024 + (a >>> 24)]! ^
      t[768 + bytes[i + 4]!]! ^
      t[512 + bytes[i + 5]!]! ^
      t[256 + bytes[i + 6]!]! ^
      t[bytes[i + 7]!]!;
  }
  for (; i < end; i++) c = t[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

// ---------------------------------------------------------------- platform

// The little of the Streams API used here, typed locally so that the module
// needs neither DOM nor Node typings.
interface ChunkReader {
  read(): Promise<{ readonly done: boolean; readonly value?: Uint8Array | undefined }>;
}
interface ChunkWriter {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
}
interface GzipStream {
  readonly readable: { getReader(): ChunkReader };
  readonly writable: { getWriter(): ChunkWriter };
}
type GzipStreamConstructor = new (format: 'gzip') => GzipStream;

const ignore = (): void => undefined;

/**
 * An {@link Inflate} built on the web-standard `DecompressionStream('gzip')`
 * (browsers, Deno, Bun, edge runtimes, Node 18+): native speed, but not exact.
 * Node's ignores bytes after a member when they start with a zero byte, and
 * runtimes differ on concatenated members, so it cannot tell a clean log
 * object from a padded or appended one, and it sets no bound on the output.
 * Use {@link gunzip} when that matters (integrity validation does). The
 * promise rejects with an Error when the runtime has no
 * `DecompressionStream`, or when the bytes do not inflate.
 *
 * @example
 * import { decompressionStreamInflate } from 'cloudtrail-codecs/integrity';
 * const gz = Uint8Array.of(31, 139, 8, 0, 0, 0, 0, 0, 0, 3, 203, 200, 4, 0, 172, 42, 147, 216, 2, 0, 0, 0);
 * const text = new TextDecoder().decode(await decompressionStreamInflate(gz));
 */
export const decompressionStreamInflate: Inflate = async (gzip: Uint8Array): Promise<Uint8Array> => {
  const Stream = (globalThis as { DecompressionStream?: unknown }).DecompressionStream;
  if (typeof Stream !== 'function') {
    throw new Error('this runtime has no DecompressionStream: pass another inflate function, or use gunzip');
  }
  if (!(gzip instanceof Uint8Array)) throw new Error('the input is not a Uint8Array');
  const stream = new (Stream as GzipStreamConstructor)('gzip');
  const writer = stream.writable.getWriter();
  // A failure shows in read() below; these promises reject with the same
  // error and must not go unhandled.
  writer.write(gzip).catch(ignore);
  writer.close().catch(ignore);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (value) {
        chunks.push(value);
        total += value.length;
      }
    }
  } catch (e) {
    throw new Error(`DecompressionStream could not inflate the input: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
};
