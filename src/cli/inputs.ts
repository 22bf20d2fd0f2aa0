// Reading inputs for the CLI: files or stdin, gzipped or not (told by the
// magic bytes, not the name), as a stream of byte chunks.
import { createReadStream } from 'node:fs';
import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';

const toBytes = (v: Uint8Array | string): Buffer => (typeof v === 'string' ? Buffer.from(v) : Buffer.isBuffer(v) ? v : Buffer.from(v.buffer, v.byteOffset, v.byteLength));

/**
 * The bytes of a file, or of stdin for `-`, gunzipped when they are gzip.
 * Chunks come as the source gives them: a slow pipe may give one byte at a
 * time, so the first bytes are gathered until the gzip magic can be told.
 * Read and gunzip errors (a missing file, a directory, damaged gzip data) are
 * thrown from the iteration. `from` replaces the file or stdin (for tests).
 */
export async function* readChunks(path: string, from?: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  const source: AsyncIterable<Uint8Array | string> = from ?? (path === '-' ? process.stdin : createReadStream(path));
  const it = source[Symbol.asyncIterator]();
  let finished = false;
  try {
    const head: Buffer[] = [];
    let headLength = 0;
    while (headLength < 2) {
      const next = await it.next();
      if (next.done === true) {
        finished = true;
        break;
      }
      const b = toBytes(next.value);
      head.push(b);
      headLength += b.length;
    }
    if (headLength === 0) return;
    const first = head.length === 1 ? (head[0] as Buffer) : Buffer.concat(head);
    const rest = async function* (): AsyncGenerator<Buffer> {
      yield first;
      while (!finished) {
        const next = await it.next();
        if (next.done === true) {
          finished = true;
          return;
        }
        yield toBytes(next.value);
      }
    };
    if (first.length >= 2 && first[0] === 0x1f && first[1] === 0x8b) {
      // pipeline, not pipe: a read error must reach the gunzip side and end
      // the iteration with it, not leave it waiting.
      const gunzip = pipeline(Readable.from(rest()), createGunzip(), () => undefined);
      yield* gunzip as AsyncIterable<Buffer>;
    } else {
      yield* rest();
    }
  } finally {
    // The consumer may stop early (a fatal error, a closed stdout): close the file.
    if (!finished) await it.return?.();
  }
}
