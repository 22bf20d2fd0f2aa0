// Access to the shared corpus of real CloudTrail records, which sits beside
// the repository (../shared) on developer machines and in CI.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The repository root. */
export const repoRoot = resolve(here, '..', '..');
/** `../shared` beside the repository. */
export const sharedDir = resolve(repoRoot, '..', 'shared');
/** The development corpus: `{"Records": [...]}` files of real records. */
export const corpusDir = join(sharedDir, 'corpus');
/** Broken or non-CloudTrail records, for error paths. */
export const oddDir = join(corpusDir, 'odd');

export interface CorpusFile {
  /** File name, such as `plaso.json`. */
  readonly name: string;
  /** The parsed file. */
  readonly json: { Records: unknown[] };
  /** The raw text. */
  readonly text: string;
}

function load(dir: string, name: string): CorpusFile {
  const text = readFileSync(join(dir, name), 'utf8');
  return { name, text, json: JSON.parse(text) as { Records: unknown[] } };
}

/** Every `*.json` file of the development corpus, sorted by name. */
export function corpusFiles(): CorpusFile[] {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => load(corpusDir, f));
}

/** Every record of the development corpus, with where it came from. */
export function corpusRecords(): Array<{ file: string; index: number; record: Record<string, unknown> }> {
  return corpusFiles().flatMap((f) =>
    f.json.Records.map((record, index) => ({ file: f.name, index, record: record as Record<string, unknown> })),
  );
}

/** The `{"Records": [...]}` files of `odd/` (not raw-snippets.json). */
export function oddFiles(): CorpusFile[] {
  return readdirSync(oddDir)
    .filter((f) => f.endsWith('.json') && f !== 'raw-snippets.json')
    .sort()
    .map((f) => load(oddDir, f));
}

export interface RawSnippet {
  readonly source: string;
  readonly path: string;
  readonly what_is_odd: string;
  readonly text: string;
}

/** The code blocks of `odd/raw-snippets.json`: texts that are not valid JSON records. */
export function rawSnippets(): RawSnippet[] {
  return (JSON.parse(readFileSync(join(oddDir, 'raw-snippets.json'), 'utf8')) as { items: RawSnippet[] }).items;
}

/** A deep copy through JSON, so a test can change it freely. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
