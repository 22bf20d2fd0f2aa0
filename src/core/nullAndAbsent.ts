import type * as t from 'io-ts';
import { INVALID, WireType, failureAt, type Invalid } from './WireType.js';

/** The codec of JSON `null`. */
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
 * import { NullValue } from 'cloudtrail-codecs';
 * NullValue.is(null); // true
 */
export const NullValue: NullC = new NullType();

/** The codec of a property that must be absent. */
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
 * be absent. A successful call types `errorCode` this way.
 *
 * @example
 * import { Absent, struct } from 'cloudtrail-codecs';
 * const Ok = struct('Ok', {}, { errorCode: Absent });
 * Ok.is({}); // true
 * Ok.is({ errorCode: 'AccessDenied' }); // false
 */
export const Absent: AbsentC = new AbsentType();
