import type * as t from 'io-ts';
import {
  ErrorCollector,
  INVALID,
  UNREADABLE,
  WireType,
  appendContext,
  encodeChild,
  encodesAsIs,
  explainWith,
  failureAt,
  isObject,
  isWireType,
  looseOf,
  parseChild,
  parseWith,
  readProperty,
  unreadableMessage,
  type Invalid,
  type ReadFailure,
} from '../core/WireType.js';
import { encodeFailure } from '../core/encodeFailure.js';
import { noteWireField, wireFieldOf } from '../core/wireStamp.js';

/**
 * The codec returned by {@link recordOf}: `key` names the keys (kept as
 * data for builders and docs), `value` decodes every value.
 *
 * @example
 * import { StringValue, openEnum } from 'cloudtrail-codecs';
 * import { recordOf, type RecordOfC } from 'cloudtrail-codecs/service-kit';
 * const Tags: RecordOfC<typeof StringValue> = recordOf(StringValue, StringValue);
 * const Limits: RecordOfC<typeof StringValue> = recordOf(openEnum('Limit', ['cpu', 'memory']), StringValue);
 * Limits.key.name; // 'Limit'
 */
export interface RecordOfC<C extends t.Mixed>
  extends WireType<{ [key: string]: t.TypeOf<C> }, { [key: string]: t.OutputOf<C> }> {
  readonly key: t.Mixed;
  readonly value: C;
}

class RecordOfType<C extends t.Mixed>
  extends WireType<{ [key: string]: t.TypeOf<C> }, { [key: string]: t.OutputOf<C> }>
  implements RecordOfC<C>
{
  private readonly wire: WireType<unknown, unknown> | undefined;
  private asIs: boolean | undefined;

  constructor(
    readonly key: t.Mixed,
    readonly value: C,
  ) {
    super(`{ [${key.name}]: ${value.name} }`, (u): u is { [key: string]: t.TypeOf<C> } => {
      if (!isObject(u)) return false;
      for (const k of Object.keys(u)) if (!value.is(u[k])) return false;
      return true;
    });
    this.wire = value instanceof WireType ? (value as WireType<unknown, unknown>) : undefined;
  }

  // Read when first needed, not when built: the value may be a lazy handle of
  // a shape that is still being built (a recursive model).
  get encodesAsIs(): boolean {
    return (this.asIs ??= encodesAsIs(this.value));
  }

  parse(u: unknown): { [key: string]: t.TypeOf<C> } | Invalid {
    if (!isObject(u)) return INVALID;
    const keys = Object.keys(u);
    const wire = this.wire;
    // Copy on write, as struct does: keys and their order survive. The copy
    // is a spread, which defines every key as its own property, so writing
    // `out[k]` later sets that property, even for the key "__proto__".
    let out: Record<string, unknown> | undefined;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as string;
      const v = u[k];
      const r = wire !== undefined ? wire.parse(v) : parseChild(this.value, v);
      if (r === INVALID) return INVALID;
      if (r !== v) {
        if (out === undefined) out = { ...u };
        out[k] = r;
        if (typeof r !== 'object' && encodeChild(this.value, r) !== v) noteWireField(out, k, v);
      }
    }
    return (out ?? u) as { [key: string]: t.TypeOf<C> };
  }

  explain(u: unknown, c: t.Context): t.Errors {
    if (!isObject(u)) return failureAt(u, c);
    // Bounded: past 100 errors, failing values are counted, not explained.
    const errors = new ErrorCollector();
    const failure: ReadFailure = {};
    for (const k of Object.keys(u)) {
      const v = readProperty(u, k, true, failure);
      if (v === UNREADABLE) {
        if (errors.full) errors.skip();
        else errors.add(failureAt(undefined, appendContext(c, k, this.value, undefined), unreadableMessage(failure.error)));
      } else if (parseWith(this.value, v) === INVALID) {
        if (errors.full) errors.skip();
        else errors.add(explainWith(this.value, v, appendContext(c, k, this.value, v)));
      }
    }
    return errors.result(c);
  }

  override loose(): t.Mixed {
    return new RecordOfType(this.key, looseOf(this.value));
  }

  encodeValue(a: { [key: string]: t.TypeOf<C> }): { [key: string]: t.OutputOf<C> } {
    if (this.encodesAsIs) return a;
    const src = a as Record<string, unknown>;
    let out: Record<string, unknown> | undefined;
    for (const k of Object.keys(src)) {
      const v = src[k];
      let e: unknown;
      try {
        e = encodeChild(this.value, v);
      } catch (x) {
        // The error path only: put this key in front of the path below.
        throw encodeFailure(x, this.value, v, k, isWireType(this.value));
      }
      if (typeof v !== 'object') {
        const wire = wireFieldOf(src, k);
        if (wire !== undefined && parseWith(this.value, wire) === v) e = wire;
      }
      if (e !== v) {
        if (out === undefined) out = { ...src };
        out[k] = e;
      }
    }
    return (out ?? src) as { [key: string]: t.OutputOf<C> };
  }
}

/**
 * A JSON object used as a map (a Smithy `map` shape): every key is kept, in
 * its order, and every value is decoded with `value`. Keys are not checked,
 * even when `key` is an enumeration: AWS adds values, and a map keyed by one
 * added later must not lose the record. An undefined value is an error, as
 * JSON has none.
 *
 * @example
 * import { StringValue, DateFromIsoTimestamp } from 'cloudtrail-codecs';
 * import { recordOf } from 'cloudtrail-codecs/service-kit';
 * const LastUsed = recordOf(StringValue, DateFromIsoTimestamp);
 * const r = LastUsed.decode({ 'us-east-1': '2026-01-02T03:04:05Z' });
 * if (r._tag === 'Right') r.right['us-east-1']?.getUTCHours(); // 3
 * LastUsed.is({ 'us-east-1': 'soon' }); // false
 */
export function recordOf<C extends t.Mixed>(key: t.Mixed, value: C): RecordOfC<C> {
  return new RecordOfType(key, value);
}
