// Reading inputs for the CLI: files or stdin, gzipped or not (told by the
// magic bytes, not the name), as a stream of byte chunks.
import { createReadStream } from 'node:fs';
import * as zlib from 'node:zlib';

const toBytes = (v: Uint8Array | string): Buffer => (typeof v === 'string' ? Buffer.from(v) : Buffer.isBuffer(v) ? v : Buffer.from(v.buffer, v.byteOffset, v.byteLength));

/**
 * Thrown at the end of a gzip input that goes on after its gzip data. Every
 * byte of the data before has been delivered by then; the caller decides what
 * to make of the rest. gzip -d ignores such bytes with a warning, but a log
 * file with them is not the file CloudTrail wrote (nor the one its digest
 * names), so the CLI reports them.
 */
export class TrailingBytesError extends Error {
  readonly code = 'TRAILING_BYTES';
  constructor(readonly bytes: number) {
    super(`${bytes} byte${bytes === 1 ? '' : 's'} follow${bytes === 1 ? 's' : ''} the gzip data`);
  }
}

/**
 * The bytes of a file, or of stdin for `-`, gunzipped when they are gzip.
 * Chunks come as the source gives them: a slow pipe may give one byte at a
 * time, so the first bytes are gathered until the gzip magic can be told.
 * Read and gunzip errors (a missing file, a directory, damaged gzip data) are
 * thrown from the iteration, after everything that came out before them; so
 * is a {@link TrailingBytesError}. `from` replaces the file or stdin (for tests).
 */
export async function* readChunks(path: string, from?: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  const source: AsyncIterable<Uint8Array | string> = from ?? (path === '-' ? process.stdin : createReadStream(path));
  const input = new Bytes(source[Symbol.asyncIterator]());
  try {
    const magic = await input.take(2);
    if (magic.length === 0) return;
    input.unread(magic);
    if (magic.length === 2 && magic[0] === 0x1f && magic[1] === 0x8b) yield* gunzip(input);
    else for (let b = await input.next(); b !== undefined; b = await input.next()) yield b;
  } finally {
    // The consumer may stop early (a fatal error, a closed stdout): close the file.
    await input.close();
  }
}

/** A byte source that can take an exact count of bytes and put bytes back. */
class Bytes {
  // Bytes put back, the next to read last.
  private readonly back: Buffer[] = [];
  private finished = false;
  constructor(private readonly it: AsyncIterator<Uint8Array | string>) {}

  async next(): Promise<Buffer | undefined> {
    const b = this.back.pop();
    if (b !== undefined) return b;
    if (this.finished) return undefined;
    const n = await this.it.next();
    if (n.done === true) {
      this.finished = true;
      return undefined;
    }
    return toBytes(n.value);
  }

  unread(b: Buffer): void {
    if (b.length > 0) this.back.push(b);
  }

  /** The next `n` bytes, or fewer when the input ends first. */
  async take(n: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    let length = 0;
    while (length < n) {
      const b = await this.next();
      if (b === undefined) break;
      const part = b.length > n - length ? b.subarray(0, n - length) : b;
      this.unread(b.subarray(part.length));
      parts.push(part);
      length += part.length;
    }
    return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
  }

  /** Skips `n` bytes; false when the input ends first. */
  async skip(n: number): Promise<boolean> {
    while (n > 0) {
      const b = await this.next();
      if (b === undefined) return false;
      if (b.length > n) this.unread(b.subarray(n));
      n -= Math.min(n, b.length);
    }
    return true;
  }

  /** Skips up to and including the next zero byte; false when the input ends first. */
  async skipPastZero(): Promise<boolean> {
    for (;;) {
      const b = await this.next();
      if (b === undefined) return false;
      const zero = b.indexOf(0);
      if (zero >= 0) {
        this.unread(b.subarray(zero + 1));
        return true;
      }
    }
  }

  /** Counts the bytes left, reading them to the end. */
  async count(): Promise<number> {
    let n = 0;
    for (let b = await this.next(); b !== undefined; b = await this.next()) n += b.length;
    return n;
  }

  async close(): Promise<void> {
    if (!this.finished) {
      this.finished = true;
      await this.it.return?.();
    }
  }
}

const zlibError = (code: 'Z_BUF_ERROR' | 'Z_DATA_ERROR', message: string): Error => Object.assign(new Error(message), { code });
const endsEarly = (): Error => zlibError('Z_BUF_ERROR', 'unexpected end of file');

/**
 * Gunzips member after member, as gzip -d does, and stops at the first byte
 * that does not start a member. Node's gunzip would instead fail there and
 * drop the data it had just inflated, so each member is inflated raw here,
 * with its header and trailer (CRC-32 and size) read and checked by hand.
 */
async function* gunzip(input: Bytes): AsyncGenerator<Buffer> {
  for (;;) {
    await readHeader(input);
    let crc = 0;
    let size = 0;
    for await (const b of inflateMember(input)) {
      crc = crc32(b, crc);
      size = (size + b.length) % 0x1_0000_0000;
      yield b;
    }
    const trailer = await input.take(8);
    if (trailer.length < 8) throw endsEarly();
    if (trailer.readUInt32LE(0) !== crc) throw zlibError('Z_DATA_ERROR', 'incorrect data check');
    if (trailer.readUInt32LE(4) !== size) throw zlibError('Z_DATA_ERROR', 'incorrect length check');
    const next = await input.take(2);
    if (next.length === 0) return;
    input.unread(next);
    if (next.length < 2 || next[0] !== 0x1f || next[1] !== 0x8b) throw new TrailingBytesError(await input.count());
  }
}

/** Reads a gzip member header (RFC 1952), leaving the input at its deflate data. */
async function readHeader(input: Bytes): Promise<void> {
  const h = await input.take(10);
  if (h.length < 10) throw endsEarly();
  if (h[0] !== 0x1f || h[1] !== 0x8b) throw zlibError('Z_DATA_ERROR', 'incorrect header check');
  if (h[2] !== 8) throw zlibError('Z_DATA_ERROR', 'unknown compression method');
  const flags = h[3] as number;
  if ((flags & 0xe0) !== 0) throw zlibError('Z_DATA_ERROR', 'unknown header flags set');
  if ((flags & 0x04) !== 0) {
    const x = await input.take(2);
    if (x.length < 2 || !(await input.skip(x.readUInt16LE(0)))) throw endsEarly();
  }
  if ((flags & 0x08) !== 0 && !(await input.skipPastZero())) throw endsEarly();
  if ((flags & 0x10) !== 0 && !(await input.skipPastZero())) throw endsEarly();
  if ((flags & 0x02) !== 0 && !(await input.skip(2))) throw endsEarly();
}

/**
 * The inflated bytes of one deflate stream. Input chunks are written in as
 * they come; the bytes of a chunk that inflate does not take (they follow
 * the end of the stream) are put back for the trailer.
 */
async function* inflateMember(input: Bytes): AsyncGenerator<Buffer> {
  const inflate = zlib.createInflateRaw();
  const writer = (async () => {
    let written = 0;
    for (;;) {
      const chunk = await input.next();
      if (chunk === undefined || inflate.destroyed) {
        // Input that ends inside the stream makes inflate fail with Z_BUF_ERROR.
        inflate.end();
        return;
      }
      await new Promise<void>((resolve, reject) => {
        const closed = (): void => reject(inflate.errored ?? new Error('the inflate stream closed'));
        inflate.once('close', closed);
        inflate.write(chunk, (e) => {
          inflate.off('close', closed);
          if (e) reject(e);
          else resolve();
        });
      });
      written += chunk.length;
      const unused = written - inflate.bytesWritten;
      if (unused > 0) {
        input.unread(chunk.subarray(chunk.length - unused));
        inflate.end();
        return;
      }
    }
  })().catch((e: unknown) => {
    // A read error: it ends the inflated output with it.
    inflate.destroy(e instanceof Error ? e : new Error(String(e)));
  });
  try {
    yield* inflate as AsyncIterable<Buffer>;
    await writer;
  } finally {
    inflate.destroy();
  }
}

// zlib.crc32 came in Node 20.15; older Node 20 uses the table below.
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
const crc32 = nativeCrc32 ?? crc32ByTable;
let table: Uint32Array | undefined;

/** CRC-32 (as gzip uses it) of `data`, continuing from `crc`; exported for tests. */
export function crc32ByTable(data: Uint8Array, crc = 0): number {
  if (table === undefined) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = ~crc >>> 0;
  for (let i = 0; i < data.length; i++) c = (table[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}
