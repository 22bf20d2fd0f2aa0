import type * as t from 'io-ts';
import { WireType, encodeChild, encodesAsIs, explainWith, isObject, looseOf, parseChild, type Invalid } from './WireType.js';

/**
 * The type of `{}`. Reading any property of it gives `undefined`, so on
 * `Issuer | EmptyObject` a read such as `issuer.arn` is `string | undefined`.
 *
 * @example
 * import type { EmptyObject, SessionIssuer } from 'cloudtrail-codecs';
 * const roleName = (issuer: SessionIssuer | EmptyObject): string | undefined => issuer.userName;
 * roleName({}); // undefined
 */
export interface EmptyObject {
  readonly [key: string]: undefined;
}

/**
 * The codec returned by {@link emptyOr}.
 *
 * @example
 * import { SessionIssuer, emptyOr, type EmptyOrC, type SessionIssuerC } from 'cloudtrail-codecs';
 * const IssuerOrEmpty: EmptyOrC<SessionIssuerC> = emptyOr(SessionIssuer);
 * IssuerOrEmpty.is({}); // true
 */
export interface EmptyOrC<C extends t.Mixed> extends WireType<t.TypeOf<C> | EmptyObject, t.OutputOf<C> | EmptyObject> {
  readonly inner: C;
}

function isEmptyObject(u: unknown): u is EmptyObject {
  if (!isObject(u)) return false;
  for (const _ in u) return false;
  return true;
}

class EmptyOrType<C extends t.Mixed>
  extends WireType<t.TypeOf<C> | EmptyObject, t.OutputOf<C> | EmptyObject>
  implements EmptyOrC<C>
{
  readonly encodesAsIs: boolean;
  constructor(readonly inner: C) {
    super(`{} | ${inner.name}`, (u): u is t.TypeOf<C> | EmptyObject => isEmptyObject(u) || inner.is(u));
    this.encodesAsIs = encodesAsIs(inner);
  }
  parse(u: unknown): t.TypeOf<C> | EmptyObject | Invalid {
    return isEmptyObject(u) ? u : parseChild(this.inner, u);
  }
  explain(u: unknown, c: t.Context): t.Errors {
    return explainWith(this.inner, u, c);
  }
  override loose(): t.Mixed {
    return new EmptyOrType(looseOf(this.inner));
  }
  encodeValue(a: t.TypeOf<C> | EmptyObject): t.OutputOf<C> | EmptyObject {
    return this.encodesAsIs || isEmptyObject(a) ? a : encodeChild(this.inner, a);
  }
}

/**
 * Either an empty object or a value of the inner codec. CloudTrail writes
 * `"sessionIssuer": {}` when there is no issuer rather than leaving it out.
 *
 * @example
 * import { emptyOr, struct, StringValue } from 'cloudtrail-codecs';
 * const Issuer = emptyOr(struct('Issuer', { arn: StringValue }));
 * Issuer.is({}); // true
 * Issuer.is({ arn: 'arn:aws:iam::111122223333:role/Admin' }); // true
 */
export function emptyOr<C extends t.Mixed>(inner: C): EmptyOrC<C> {
  return new EmptyOrType(inner);
}
