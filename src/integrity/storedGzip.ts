// A gzip writer for fixtures: the data in stored (uncompressed, BTYPE=00)
// deflate blocks. Every gzip reader accepts it, it needs no compressor, and
// the same input always gives the same bytes (the header's time is zero).
import { crc32 } from '../core/gzip.js';

/** The most bytes a stored block holds. */
const BLOCK = 65535;

/** `data` as a gzip member of stored deflate blocks. */
export function storedGzip(data: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(data.length / BLOCK));
  const out = new Uint8Array(10 + blocks * 5 + data.length + 8);
  // ID1 ID2, CM deflate, no flags, MTIME 0, no extra flags, OS unknown.
  out.set([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff], 0);
  let at = 10;
  for (let b = 0; b < blocks; b++) {
    const start = b * BLOCK;
    const len = Math.min(BLOCK, data.length - start);
    // BFINAL on the last block, BTYPE 00; the rest of the byte pads to the boundary.
    out[at++] = b === blocks - 1 ? 1 : 0;
    out[at++] = len & 0xff;
    out[at++] = len >>> 8;
    out[at++] = ~len & 0xff;
    out[at++] = (~len >>> 8) & 0xff;
    out.set(data.subarray(start, start + len), at);
    at += len;
  }
  writeUint32(out, at, crc32(data) >>> 0);
  writeUint32(out, at + 4, data.length >>> 0);
  return out;
}

function writeUint32(b: Uint8Array, at: number, v: number): void {
  b[at] = v & 0xff;
  b[at + 1] = (v >>> 8) & 0xff;
  b[at + 2] = (v >>> 16) & 0xff;
  b[at + 3] = (v >>> 24) & 0xff;
}
