// The one lenient collection loop: log files (`Records`), LookupEvents
// responses (`Events`) and the stream decode their items here, so isolation,
// labels and failure reports are the same on every path.
import type * as t from 'io-ts';
import { INVALID, explainWith, isArray, parseOwnedWith, parseWith, readProperty, unreadableMessage, MAX_UNREADABLE_RUN, isArrayLength } from '../core/WireType.js';
import { issuesOf, type Issue } from '../core/Issue.js';
import { oneLine } from '../core/text.js';
import { labelOfRecord, labelText, type RecordFailure, type RecordLabel } from './RecordFailure.js';

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
 * do is fail alone: one broken record never costs the others. `owned`: the
 * item was parsed from text by the caller, and may become the decoded value
 * (see `WireType.parseOwned`).
 */
export function decodeItem<A>(
  codec: t.Decoder<unknown, A>,
  item: unknown,
  index: number,
  place: CollectionPlace,
  parent?: unknown,
  items: readonly unknown[] = NO_ITEMS,
  owned = false,
): ItemResult<A> {
  const r = owned ? parseOwnedWith(codec, item) : parseWith(codec, item);
  if (r !== INVALID) return { ok: true, value: r };
  // The array entry must hold an array (the stream no longer has it), so
  // that the index reads as a number in issue paths.
  const context: t.Context = [
    { key: '', type: place.container, actual: parent },
    { key: place.key, type: place.array, actual: items },
    { key: String(index), type: codec, actual: item },
  ];
  return { ok: false, failure: itemFailure(index, item, issuesOf(explainWith(codec, item, context)), `${place.key}[${index}]`, labelOfRecord(item)) };
}

/**
 * The one constructor of a {@link RecordFailure}, for every way an item can
 * fail: it did not decode, it could not be read from its array, or (in the
 * stream) its text is not JSON. `issues` have paths from the top of the
 * collection, so they read like `Records[3].userIdentity.type`. The header's
 * ids and path are record text: they are escaped and cut, so a tampered
 * record cannot forge lines in the report.
 */
export function itemFailure(index: number, value: unknown, issues: readonly Issue[], itemPath: string, label: RecordLabel = {}): RecordFailure {
  const ids = labelText(label);
  const head = `${oneLine(itemPath)} did not decode${ids === '' ? '' : ` ${ids}`}`;
  return { index, ...label, value, issues, message: [head, ...issues.map((i) => `  ${i.message}`)].join('\n') };
}

/**
 * The failure of item `index` of `key` with one problem at the item itself;
 * `problem` is its message after the path. `value` is what the failure keeps
 * of the item.
 */
export function itemProblem(key: string, index: number, value: unknown, expected: string, problem: string): RecordFailure {
  const path = `${key}[${index}]`;
  const issue: Issue = { path, segments: [key, index], expected, actual: value, missing: false, message: `${path}: ${problem}` };
  return itemFailure(index, value, [issue], path);
}

/**
 * `value[key]` when it is an array, with its length; `undefined` otherwise.
 * Each is read once, through `readProperty`: a getter or a Proxy may throw.
 * The key is read as struct fields are, inherited ones included.
 */
export function readItems(value: unknown, key: string): { readonly items: unknown[]; readonly length: number } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const items = readProperty(value, key);
  if (!isArray(items)) return undefined;
  const length = readProperty(items, 'length');
  // Only a Proxy can claim a length no array has; such a claim is not read.
  return isArrayLength(length) ? { items, length } : undefined;
}

/**
 * Every item of `items` decoded with `codec`: the values that decode and a
 * failure for each one that does not. `owned` as for {@link decodeItem}.
 */
export function decodeItems<A>(
  codec: t.Decoder<unknown, A>,
  parent: unknown,
  place: CollectionPlace,
  { items, length }: { readonly items: unknown[]; readonly length: number },
  owned = false,
): { values: A[]; failures: RecordFailure[] } {
  const values: A[] = [];
  const failures: RecordFailure[] = [];
  let unreadable = 0;
  for (let i = 0; i < length; i++) {
    let item: unknown;
    try {
      item = items[i];
    } catch (e) {
      // An array behind a Proxy: the item could not even be read.
      unreadable++;
      const rest = length - i - 1;
      const stop = unreadable >= MAX_UNREADABLE_RUN && rest > 0;
      const problem = stop ? `${unreadableMessage(e)}; after ${unreadable} unreadable items in a row, the ${rest} after it were not read` : unreadableMessage(e);
      failures.push(itemProblem(place.key, i, undefined, 'a readable record', problem));
      if (stop) break;
      continue;
    }
    unreadable = 0;
    const r = decodeItem(codec, item, i, place, parent, items, owned);
    if (r.ok) values.push(r.value);
    else failures.push(r.failure);
  }
  return { values, failures };
}
