// Feeding the stream decoder in tests.
import { LogStreamDecoder, type LogStreamItem } from '../../src/stream/index.js';

/** Every item the stream decoder gives for `chunks`, end included. */
export function streamItems(chunks: ReadonlyArray<string | Uint8Array>): Array<LogStreamItem<unknown>> {
  const d = new LogStreamDecoder();
  const out: Array<LogStreamItem<unknown>> = [];
  for (const c of chunks) for (const item of d.push(c)) out.push(item);
  for (const item of d.end()) out.push(item);
  return out;
}

/** `text` cut into chunks of `size` characters. */
export function chunksOf(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}
