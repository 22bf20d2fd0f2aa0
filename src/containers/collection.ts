// The one lenient collection loop: log files (`Records`), LookupEvents
// responses (`Events`) and the stream decode their items here, so isolation,
// labels and failure reports are the same on every path.
import type * as t from 'io-ts';
import { INVALID, parseWith, unreadableMessage } from '../core/WireType.js';
import type { Issue } from '../errors/Issue.js';
import { labelOfRecord, recordFailure, type RecordFailure } from './RecordFailure.js';

const NO_ITEMS: readonly unknown[] = [];

/** The outcome of decoding one item of a collection. */
export type ItemResult<A> = { readonly ok: true; readonly value: A } | { readonly ok: false; readonly failure: RecordFailure };

/** Where the items of a collection sit, for contexts and paths: `Records` of a log file, `Events` of a LookupEvents response. */
export interface CollectionPlace {
  readonly key: string;
  /** The codec of the container and of its array, named in contexts. */
  readonly container: t.Decoder<unknown, unknown>;
  readonly array: t.Decoder<unknown, unknown>;
}

/**
 * Decodes item `index` and explains it when it fails. The core never throws
 * on any value (see `parseWith` and `explainWith`), so the worst an item can
 * do is fail alone: one broken record never costs the others.
 */
export function decodeItem<A>(
  codec: t.Decoder<unknown, A>,
  item: unknown,
  index: number,
  place: CollectionPlace,
  parent?: unknown,
  items: readonly unknown[] = NO_ITEMS,
): ItemResult<A> {
  const r = parseWith(codec, item);
  if (r !== INVALID) return { ok: true, value: r };
  // The array entry must hold an array (the stream no longer has it), so
  // that the index reads as a number in issue paths.
  const context: t.Context = [
    { key: '', type: place.container, actual: parent },
    { key: place.key, type: place.array, actual: items },
    { key: String(index), type: codec, actual: item },
  ];
  return { ok: false, failure: recordFailure(codec, item, index, context, labelOfRecord(item), `${place.key}[${index}]`) };
}

/** The failure of an item that could not even be read from its array (an array behind a Proxy). */
function unreadableItem(place: CollectionPlace, index: number, e: unknown): RecordFailure {
  const path = `${place.key}[${index}]`;
  const issue: Issue = {
    path,
    segments: [place.key, index],
    expected: 'a readable record',
    actual: undefined,
    missing: false,
    message: `${path}: ${unreadableMessage(e)}`,
  };
  return { index, value: undefined, issues: [issue], message: `${path} did not decode\n  ${issue.message}` };
}

/**
 * `value[place.key]` when it is an array, read once and behind a guard (a
 * getter or a Proxy may throw), with its length; `undefined` otherwise.
 */
export function readItems(value: unknown, key: string): { readonly items: unknown[]; readonly length: number } | undefined {
  try {
    if (typeof value !== 'object' || value === null) return undefined;
    const items: unknown = (value as Record<string, unknown>)[key];
    return Array.isArray(items) ? { items, length: items.length } : undefined;
  } catch {
    return undefined;
  }
}

/** Every item of `items` decoded with `codec`: the values that decode and a failure for each one that does not. */
export function decodeItems<A>(
  codec: t.Decoder<unknown, A>,
  parent: unknown,
  place: CollectionPlace,
  { items, length }: { readonly items: unknown[]; readonly length: number },
): { values: A[]; failures: RecordFailure[] } {
  const values: A[] = [];
  const failures: RecordFailure[] = [];
  for (let i = 0; i < length; i++) {
    let item: unknown;
    try {
      item = items[i];
    } catch (e) {
      failures.push(unreadableItem(place, i, e));
      continue;
    }
    const r = decodeItem(codec, item, i, place, parent, items);
    if (r.ok) values.push(r.value);
    else failures.push(r.failure);
  }
  return { values, failures };
}
