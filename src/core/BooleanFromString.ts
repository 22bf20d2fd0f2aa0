import type * as t from 'io-ts';
import { INVALID, WireType, failureAt, type Invalid } from './WireType.js';

/**
 * The codec of {@link BooleanFromString}: `boolean` in memory, `"true"` or `"false"` on the wire.
 *
 * @example
 * import { BooleanFromString, struct, type BooleanFromStringC } from 'cloudtrail-codecs';
 * const Mfa: BooleanFromStringC = BooleanFromString;
 * const Attributes = struct('Attributes', {}, { mfaAuthenticated: Mfa });
 * Attributes.encode({ mfaAuthenticated: true }); // { mfaAuthenticated: 'true' }
 */
export interface BooleanFromStringC extends WireType<boolean, 'true' | 'false'> {}

class BooleanFromStringType extends WireType<boolean, 'true' | 'false'> implements BooleanFromStringC {
  readonly encodesAsIs = false;
  constructor() {
    super('"true" | "false"', (u): u is boolean => typeof u === 'boolean');
  }
  parse(u: unknown): boolean | Invalid {
    if (u === 'true') return true;
    if (u === 'false') return false;
    // Real records carry other spellings ("False"); a struct keeps the
    // original text for encoding.
    if (typeof u === 'string' && u.length <= 5) {
      const lower = u.toLowerCase();
      if (lower === 'true') return true;
      if (lower === 'false') return false;
    }
    return INVALID;
  }
  explain(u: unknown, c: t.Context): t.Errors {
    return failureAt(u, c);
  }
  encodeValue(a: boolean): 'true' | 'false' {
    return a ? 'true' : 'false';
  }
}

/**
 * A boolean that CloudTrail writes as the string `"true"` or `"false"`, as in
 * `sessionContext.attributes.mfaAuthenticated` and
 * `sessionCredentialFromConsole`. Decodes to `boolean`, encodes back to the
 * string. Other capitalisations (`"False"`) decode too, and a struct holding
 * one encodes it back as it was written. A JSON boolean in these places is not
 * what CloudTrail writes, and is reported as an error.
 *
 * @example
 * import { BooleanFromString } from 'cloudtrail-codecs';
 * BooleanFromString.decode('false'); // right(false)
 * BooleanFromString.encode(true); // 'true'
 */
export const BooleanFromString: BooleanFromStringC = new BooleanFromStringType();
