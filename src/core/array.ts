import type * as t from 'io-ts';
import {
  ErrorCollector,
  INVALID,
  UNREADABLE,
  WireType,
  appendContext,
  encodesAsIs,
  explainWith,
  failureAt,
  looseOf,
  isArray,
  isWireType,
  parseChild,
  parseWith,
  readProperty,
  unreadableMessage,
  type Invalid,
  type ReadFailure,
  MAX_UNREADABLE_RUN,
  isArrayLength,
} from './WireType.js';
import { encodeFailure } from './encodeFailure.js';

/**
 * The codec of a JSON array whose items all decode with one codec, `item`.
 *
 * @example
 * import { Resource, arrayOf, type ArrayC, type ResourceC } from 'cloudtrail-codecs';
 * const Resources: ArrayC<ResourceC> = arrayOf(Resource);
 * Resources.item.name; // 'Resource'
 */
export interface ArrayC<C extends t.Mixed> extends WireType<Array<t.TypeOf<C>>, Array<t.OutputOf<C>>> {
  readonly item: C;
}

class ArrayType<C extends t.Mixed>
  extends WireType<Array<t.TypeOf<C>>, Array<t.OutputOf<C>>>
  implements ArrayC<C>
{
  readonly encodesAsIs: boolean;
  /** The item codec when it is one of ours, for direct calls to its unguarded methods. */
  private readonly wire: WireType<t.TypeOf<C>, t.OutputOf<C>> | undefined;
  constructor(readonly item: C) {
    super(`Array<${item.name}>`, (u): u is Array<t.TypeOf<C>> => {
      if (!Array.isArray(u)) return false;
      for (let i = 0; i < u.length; i++) if (!item.is(u[i])) return false;
      return true;
    });
    this.encodesAsIs = encodesAsIs(item);
    this.wire = item instanceof WireType ? (item as WireType<t.TypeOf<C>, t.OutputOf<C>>) : undefined;
  }
  parse(u: unknown): Array<t.TypeOf<C>> | Invalid {
    if (!Array.isArray(u)) return INVALID;
    // Copy on write: an array whose items decode to themselves is returned as is.
    let out: unknown[] | undefined;
    const wire = this.wire;
    for (let i = 0; i < u.length; i++) {
      const v: unknown = u[i];
      const r = wire !== undefined ? wire.parse(v) : parseChild(this.item, v);
      if (r === INVALID) return INVALID;
      if (r !== v && out === undefined) out = u.slice(0, i);
      if (out !== undefined) out.push(r);
    }
    return (out ?? u) as Array<t.TypeOf<C>>;
  }
  explain(u: unknown, c: t.Context): t.Errors {
    if (!isArray(u)) return failureAt(u, c);
    // Bounded: past 100 errors, failing items are counted, not explained.
    const errors = new ErrorCollector();
    const failure: ReadFailure = {};
    const n = readProperty(u, 'length', false, failure);
    if (n === UNREADABLE) return failureAt(u, c, unreadableMessage(failure.error));
    // An array's length is always a number; only a Proxy says otherwise.
    if (typeof n !== 'number') return failureAt(u, c, 'expected an array, got one whose length is no number');
    if (!isArrayLength(n)) return failureAt(u, c, 'expected an array, got one whose length no array has');
    let unreadable = 0;
    for (let i = 0; i < n; i++) {
      const v = readProperty(u, i, false, failure);
      if (v === UNREADABLE) {
        if (++unreadable >= MAX_UNREADABLE_RUN && i + 1 < n) {
          errors.add(failureAt(undefined, appendContext(c, String(i), this.item, undefined), `${unreadableMessage(failure.error)}; after ${unreadable} unreadable items in a row, the ${n - i - 1} after it were not read`));
          break;
        }
        if (errors.full) errors.skip();
        else errors.add(failureAt(undefined, appendContext(c, String(i), this.item, undefined), unreadableMessage(failure.error)));
        continue;
      }
      unreadable = 0;
      if (parseWith(this.item, v) === INVALID) {
        if (errors.full) errors.skip();
        else errors.add(explainWith(this.item, v, appendContext(c, String(i), this.item, v)));
      }
    }
    return errors.result(c);
  }
  override loose(): t.Mixed {
    return new ArrayType(looseOf(this.item));
  }

  encodeValue(a: Array<t.TypeOf<C>>): Array<t.OutputOf<C>> {
    if (this.encodesAsIs) return a;
    const n = a.length;
    const out: Array<t.OutputOf<C>> = new Array(n);
    const wire = this.wire;
    let i = 0;
    try {
      for (; i < n; i++) out[i] = wire !== undefined ? wire.encodeValue(a[i]) : this.item.encode(a[i]);
    } catch (e) {
      // The error path only: put this index in front of the path below.
      // (Reading the item again rethrows only if the read itself threw; the
      // parent then names this array.)
      throw encodeFailure(e, this.item, a[i], i, wire !== undefined || isWireType(this.item));
    }
    return out;
  }
}

/**
 * A JSON array of items of one codec.
 *
 * @example
 * import { arrayOf, StringValue } from 'cloudtrail-codecs';
 * arrayOf(StringValue).is(['a', 'b']); // true
 */
export function arrayOf<C extends t.Mixed>(item: C): ArrayC<C> {
  return new ArrayType(item);
}
