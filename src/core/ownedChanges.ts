// The writes of an owned parse (WireType.parseOwnedInto), kept in one flat
// list of four entries each: the object, the key or index, the new value,
// and the wire value to note beside it (undefined when encode gives the
// value back by itself). Every codec of an owned value appends here instead
// of writing, so nothing is written until the whole value has parsed: a
// value that fails is reported as it came. One flat list costs one array
// per value, where a copy-on-write struct copies every object it changes.
import { noteWireField } from './wireStamp.js';

/**
 * Makes the writes that `changes` lists. The objects came from `JSON.parse`
 * and every check ran before the first write, so none of this can throw.
 */
export function applyOwnedChanges(changes: readonly unknown[]): void {
  for (let j = 0; j < changes.length; j += 4) {
    const target = changes[j] as Record<string | number, unknown>;
    const key = changes[j + 1] as string | number;
    target[key] = changes[j + 2];
    const wire = changes[j + 3];
    if (wire !== undefined) noteWireField(target, key as string, wire);
  }
}
