// The files `validate` takes besides the folder: the public keys saved from
// `aws cloudtrail list-public-keys`, and the S3 metadata (signatures) of the
// digest objects, which `aws s3 sync` does not copy. Each is read whole (they
// are small; a bound refuses anything else) and checked; a file that cannot
// be used is a bad argument, with a one-line reason.
import { readFile, stat } from 'node:fs/promises';
import { clipText, escapeText } from '../index.js';
import { parseJsonText } from '../containers/jsonSyntax.js';
import { ownValue } from '../core/ownValue.js';
import { isObject } from '../core/WireType.js';
import type { PublicKeyEntry } from '../integrity/index.js';

// Larger files are refused: a year of hourly digests in ten regions is
// about 90,000 entries of 700 bytes.
const MAX_FILE = 256 * 1024 * 1024;

/** A file name in a message, quoted and escaped. */
const named = (path: string): string => `'${escapeText(clipText(path, 200))}'`;

/** The text of a file, or why it cannot be had. */
async function textOf(path: string, what: string): Promise<string | { error: string }> {
  try {
    const s = await stat(path);
    if (s.isDirectory()) return { error: `${what} ${named(path)} is a folder, not a file` };
    if (s.size > MAX_FILE) return { error: `${what} ${named(path)} is larger than ${MAX_FILE / 1024 / 1024} MiB` };
    const text = new TextDecoder('utf-8', { fatal: false }).decode(await readFile(path));
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: `${what} ${named(path)} cannot be read: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : escapeText(String((e as Error).message))}` };
  }
}

/**
 * The public key entries of every file given (each the JSON output of
 * `aws cloudtrail list-public-keys`, or a list of its entries), in order;
 * or why a file cannot be used.
 */
export async function readPublicKeyFiles(paths: readonly string[]): Promise<PublicKeyEntry[] | { error: string }> {
  const entries: PublicKeyEntry[] = [];
  for (const path of paths) {
    const text = await textOf(path, 'the public keys file');
    if (typeof text !== 'string') return text;
    const parsed = parseJsonText(text);
    if (!parsed.ok) return { error: `the public keys file ${named(path)} is not JSON: ${escapeText(parsed.reason)}` };
    const list = Array.isArray(parsed.value) ? parsed.value : ownValue(parsed.value, 'PublicKeyList');
    if (!Array.isArray(list)) {
      return { error: `the public keys file ${named(path)} has no PublicKeyList: save it with aws cloudtrail list-public-keys --output json` };
    }
    for (const entry of list as PublicKeyEntry[]) entries.push(entry);
  }
  if (entries.length === 0) return { error: 'the public keys files hold no keys: give --start-time and --end-time around the time the trail covers' };
  return entries;
}

/** Digest key → its S3 user metadata (`signature`, `signature-algorithm`, …). */
export type Signatures = ReadonlyMap<string, Readonly<Record<string, unknown>>>;

/**
 * The S3 key an entry names: a key, or `s3://bucket/key` (the bucket is
 * dropped: the folder is one bucket's copy).
 */
function keyOf(text: string): string {
  const m = /^s3:\/\/[^/]+\/(.*)$/s.exec(text);
  return m === null ? text : (m[1] as string);
}

/** The metadata of an entry's value: the Metadata object itself, or head-object output holding one. */
function metadataOf(v: unknown): Record<string, unknown> | undefined {
  if (!isObject(v)) return undefined;
  const inner = ownValue(v, 'Metadata');
  if (isObject(inner)) return inner;
  return v;
}

/**
 * Reads the signatures file, in either of its forms:
 * - one JSON object from digest key to the `Metadata` of
 *   `aws s3api head-object` (or to the whole head-object output);
 * - JSON lines (or a JSON array) of `{"Key": …, "Metadata": {…}}`.
 */
export async function readSignatures(path: string): Promise<Signatures | { error: string }> {
  const text = await textOf(path, 'the signatures file');
  if (typeof text !== 'string') return text;
  const map = new Map<string, Record<string, unknown>>();
  const add = (item: unknown, where: string): string | undefined => {
    const key = ownValue(item, 'Key') ?? ownValue(item, 'key');
    const metadata = ownValue(item, 'Metadata') ?? ownValue(item, 'metadata');
    if (typeof key !== 'string' || !isObject(metadata)) return `${where} is not {"Key": "<digest key>", "Metadata": {…}}`;
    map.set(keyOf(key), metadata);
    return undefined;
  };
  const bad = (problem: string): { error: string } => ({ error: `the signatures file ${named(path)}: ${problem}` });
  const parsed = parseJsonText(text);
  if (parsed.ok) {
    const v = parsed.value;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const problem = add(v[i], `item [${i}]`);
        if (problem !== undefined) return bad(problem);
      }
    } else if (isObject(v) && (ownValue(v, 'Key') !== undefined || ownValue(v, 'key') !== undefined)) {
      const problem = add(v, 'its only line');
      if (problem !== undefined) return bad(problem);
    } else if (isObject(v)) {
      for (const [k, m] of Object.entries(v)) {
        const metadata = metadataOf(m);
        if (metadata === undefined) return bad(`the value of ${escapeText(clipText(JSON.stringify(k), 200))} is not the object of a digest's Metadata`);
        map.set(keyOf(k), metadata);
      }
    } else {
      return bad('it is neither a JSON object from digest key to Metadata nor JSON lines of {"Key", "Metadata"}');
    }
    return map;
  }
  // JSON lines: one object a line, blank lines ignored.
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === '') continue;
    const item = parseJsonText(line);
    if (!item.ok) return bad(`line ${i + 1} is not JSON: ${escapeText(item.reason)}`);
    const problem = add(item.value, `line ${i + 1}`);
    if (problem !== undefined) return bad(problem);
  }
  if (map.size === 0) return bad('it is empty');
  return map;
}
