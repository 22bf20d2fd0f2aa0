// How an exception thrown while encoding becomes an EncodeError with an
// exact path: the entry point (`encode`) and the parts of a value (struct
// properties, array items, union members) each catch, on the error path
// only, and the parts put their key in front. Nothing searches the value.
import { EncodeError } from './encodeResult.js';
import { clipText, escapeText } from './escapeText.js';
import { errorName } from './WireType.js';

/**
 * The EncodeError for exception `e`, thrown while `codec` encoded `value`.
 * With `key`, `value` is the part `key` of a struct, array or union, and the
 * key goes in front of the path `e` has; `exact` false (the part's codec is
 * a foreign io-ts one, whose paths are relative to some value inside it)
 * drops that path, so it ends at the part. Without `key`, this is the guard
 * of `encode`: an EncodeError of this copy that knows its path passes as it
 * is. An EncodeError of any copy keeps its reason (`instanceof` checks a
 * brand); any other exception is named by its error name and the codec.
 */
export function encodeFailure(e: unknown, codec: unknown, value: unknown, key?: string | number, exact = true): EncodeError {
  const at: Array<string | number> = key === undefined ? [] : [key];
  let reason = 'could not write the value';
  let cause = e;
  try {
    if (e instanceof EncodeError) {
      if (key === undefined && Object.getPrototypeOf(e) === EncodeError.prototype && e.located) return e;
      reason = String(e.reason);
      value = e.value;
      cause = e.cause;
      // Copied, keys and indexes only: the error may come from another copy.
      if (exact) for (const s of e.segments) if (typeof s === 'string' || typeof s === 'number') at.push(s);
    } else {
      reason = `could not write the value as ${escapeText(clipText(String((codec as { name: unknown }).name), 200))}: ${errorName(e)}`;
    }
  } catch {
    // A forged error or a hostile codec name: the generic reason above.
  }
  return new EncodeError(reason, value, at, { cause });
}
