import type * as t from 'io-ts';
import { INVALID, WireType, failureAt, type Invalid } from './WireType.js';

/**
 * The codec of JSON `null`.
 *
 * @example
 * import { struct } from 'cloudtrail-codecs';
 * import { NullValue, type NullC } from 'cloudtrail-codecs/service-kit';
 * const NoResponse: NullC = NullValue;
 * struct('FailedCall', {}, { responseElements: NoResponse }).is({ responseElements: {} }); // false
 */
export interface NullC extends WireType<null, null> {}

class NullType extends WireType<null, null> implements NullC {
  readonly encodesAsIs = true;
  constructor() {
    super('null', (u): u is null => u === null);
  }
  parse(u: unknown): null | Invalid {
    return u === null ? null : INVALID;
  }
  override inlineInvalid(): string {
    return 'v !== null';
  }
  explain(u: unknown, c: t.Context): t.Errors {
    return failureAt(u, c);
  }
  encodeValue(a: null): null {
    return a;
  }
}

/**
 * Exactly `null`, as `responseElements` of a failed call.
 *
 * @example
 * import { NullValue } from 'cloudtrail-codecs/service-kit';
 * NullValue.is(null); // true
 */
export const NullValue: NullC = new NullType();

/**
 * The codec of a property that must be absent; see {@link Absent}.
 *
 * @example
 * import { Absent, type AbsentC } from 'cloudtrail-codecs/service-kit';
 * const mustBeAbsent: AbsentC = Absent;
 * mustBeAbsent.is(null); // false: not even null is accepted
 */
export interface AbsentC extends WireType<never, never> {}

class AbsentType extends WireType<never, never> implements AbsentC {
  readonly encodesAsIs = true;
  constructor() {
    super('nothing (the property must be absent)', (_u): _u is never => false);
  }
  parse(): Invalid {
    return INVALID;
  }
  explain(u: unknown, c: t.Context): t.Errors {
    return failureAt(u, c);
  }
  encodeValue(a: never): never {
    return a;
  }
}

/**
 * Used as an optional struct property, types it `?: never`: the property must
 * be absent. A successful call types `errorCode` this way. TypeScript does not
 * take `AbsentC` where `struct` asks for an io-ts codec (its `encode` accepts
 * `never`), so outside the library it comes in through {@link succeededCallOf}.
 *
 * @example
 * import { record } from 'cloudtrail-codecs/builders';
 * import { Absent, succeededCallOf } from 'cloudtrail-codecs/service-kit';
 * Absent.decode('AccessDenied')._tag; // 'Left': any value is one too many
 * // A successful call has errorCode: Absent.
 * const Ok = succeededCallOf('GetCallerIdentityOk', 'sts.amazonaws.com', 'GetCallerIdentity', {});
 * Ok.decode(record({ eventSource: 'sts.amazonaws.com', eventName: 'GetCallerIdentity' }))._tag; // 'Right'
 * Ok.decode(record({ eventSource: 'sts.amazonaws.com', eventName: 'GetCallerIdentity', errorCode: 'AccessDenied' }))._tag; // 'Left'
 */
export const Absent: AbsentC = new AbsentType();
