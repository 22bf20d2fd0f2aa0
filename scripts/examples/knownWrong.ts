// The allowlist of value claims known to be wrong (known-wrong.json): claims in
// files being rewritten by other work, listed so they are skipped on purpose
// rather than hidden. An entry that no longer matches a failure is stale.
import { readFileSync } from 'node:fs';
import type { RunFailure } from './run.js';

/** One listed failure. `line` is informational: lines move as files are edited. */
export interface KnownWrong {
  readonly file: string;
  readonly line?: number;
  readonly code: string;
  readonly expected: string;
  readonly actual?: string;
}

export const knownWrongPath = new URL('./known-wrong.json', import.meta.url);

/** The entries of known-wrong.json. */
export function readKnownWrong(path: URL | string = knownWrongPath): KnownWrong[] {
  const json = JSON.parse(readFileSync(path, 'utf8')) as { entries?: unknown };
  if (!Array.isArray(json.entries)) throw new Error('known-wrong.json: `entries` must be an array');
  return json.entries.map((entry: unknown, i) => {
    const e = entry as Partial<KnownWrong> | null;
    if (typeof e?.file !== 'string' || typeof e.code !== 'string' || typeof e.expected !== 'string') {
      throw new Error(`known-wrong.json: entries[${i}] needs file, code and expected (strings)`);
    }
    return e as KnownWrong;
  });
}

const same = (failure: RunFailure, entry: KnownWrong): boolean =>
  failure.file === entry.file && failure.code === entry.code && failure.expected === entry.expected;

/** The failures the list does not name, and the entries that name no failure. */
export function applyKnownWrong(
  failures: readonly RunFailure[],
  entries: readonly KnownWrong[],
): { readonly unexpected: RunFailure[]; readonly known: RunFailure[]; readonly stale: KnownWrong[] } {
  return {
    unexpected: failures.filter((failure) => !entries.some((entry) => same(failure, entry))),
    known: failures.filter((failure) => entries.some((entry) => same(failure, entry))),
    stale: entries.filter((entry) => !failures.some((failure) => same(failure, entry))),
  };
}

/** A failure as an entry of the list, for pasting into known-wrong.json. */
export function toKnownWrong(failure: RunFailure): KnownWrong {
  return { file: failure.file, line: failure.line, code: failure.code, expected: failure.expected, actual: failure.actual };
}
