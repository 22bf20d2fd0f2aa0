// Reading inputs for the CLI: files or stdin, gzipped or not (told by the
// magic bytes, not the name), as a stream of byte chunks.
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/** The bytes of a file, or of stdin for `-`, gunzipped when they are gzip. */
export async function* readChunks(path: string): AsyncGenerator<Uint8Array> {
  const source: AsyncIterable<Buffer | string> = path === '-' ? process.stdin : createReadStream(path);
  const it = source[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done === true) return;
  const head = typeof first.value === 'string' ? Buffer.from(first.value) : first.value;
  async function* all(): AsyncGenerator<Buffer> {
    yield head;
    for (;;) {
      const next = await it.next();
      if (next.done === true) return;
      yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    }
  }
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) {
    yield* Readable.from(all()).pipe(createGunzip()) as AsyncIterable<Buffer>;
  } else {
    yield* all();
  }
}
