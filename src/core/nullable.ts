import type * as t from 'io-ts';
import {
  WireType,
  encodesAsIs,
  explainWith,
  looseOf,
  asWireType,
  encodeChild,
  type Invalid,
} from './WireType.js';

/**
 * The codec of `A | null`; `inner` is the codec of the values besides `null`.
 *
 * @example
 * import { JsonObject, nullable, type JsonObjectC, type NullableC } from 'cloudtrail-codecs';
 * const ResponseElements: NullableC<JsonObjectC> = nullable(JsonObject);
 * ResponseElements.inner === JsonObject; // true
 */
export interface NullableC<C extends t.Mixed> extends WireType<t.TypeOf<C> | null, t.OutputOf<C> | null> {
  readonly inner: C;
}

class NullableType<C extends t.Mixed>
  extends WireType<t.TypeOf<C> | null, t.OutputOf<C> | null>
  implements NullableC<C>
{
  readonly encodesAsIs: boolean;
  // The inner codec as one of ours, so that parse calls it without asking what it is.
  private readonly wire: WireType<t.TypeOf<C>, t.OutputOf<C>>;
  constructor(readonly inner: C) {
    super(`${inner.name} | null`, (u): u is t.TypeOf<C> | null => u === null || inner.is(u));
    this.encodesAsIs = encodesAsIs(inner);
    this.wire = asWireType(inner);
  }
  parse(u: unknown): t.TypeOf<C> | null | Invalid {
    return u === null ? null : this.wire.parse(u);
  }
  override inlineInvalid(): string | undefined {
    const inner = this.inner instanceof WireType ? this.inner.inlineInvalid() : undefined;
    return inner === undefined ? undefined : `(v !== null && ${inner})`;
  }
  explain(u: unknown, c: t.Context): t.Errors {
    return explainWith(this.inner, u, c);
  }
  override loose(): t.Mixed {
    return new NullableType(looseOf(this.inner));
  }
  encodeValue(a: t.TypeOf<C> | null): t.OutputOf<C> | null {
    return a === null || this.encodesAsIs ? a : encodeChild(this.inner, a);
  }
}

/**
 * Allow JSON `null` besides the inner codec's values. CloudTrail writes
 * `"responseElements": null` for calls with nothing to return.
 *
 * @example
 * import { nullable, StringValue } from 'cloudtrail-codecs';
 * nullable(StringValue).is(null); // true
 */
export function nullable<C extends t.Mixed>(inner: C): NullableC<C> {
  return new NullableType(inner);
}
