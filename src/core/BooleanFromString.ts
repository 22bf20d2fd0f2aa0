import { describeValue } from './describeValue.js';
import { EncodeError } from './encodeResult.js';
import { leaf } from './leaf.js';
import { openString } from './openString.js';
import type { UnrecognizedText } from './Unrecognized.js';
import { INVALID, type Invalid, type WireType } from './WireType.js';

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

// "true" and "false" in any capitalisation. Real records carry other
// spellings ("False"); a struct keeps the original text for encoding.
function booleanOf(u: unknown): boolean | Invalid {
  if (u === 'true') return true;
  if (u === 'false') return false;
  if (typeof u === 'string' && u.length <= 5) {
    const lower = u.toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
  }
  return INVALID;
}

const NAME = '"true" | "false"';
const isBoolean = (u: unknown): u is boolean => typeof u === 'boolean';
const textOf = (b: boolean): 'true' | 'false' => (b ? 'true' : 'false');

/**
 * A boolean written as the string `"true"` or `"false"`, strictly: decodes to
 * `boolean`, encodes back to the string. Other capitalisations (`"False"`)
 * decode too, and a struct holding one encodes it back as it was written; any
 * other text and JSON booleans are errors. The record codecs use
 * {@link BooleanText} instead, which also keeps text no one documented.
 *
 * @example
 * import { BooleanFromString } from 'cloudtrail-codecs';
 * BooleanFromString.decode('false'); // right(false)
 * BooleanFromString.encode(true); // 'true'
 */
export const BooleanFromString: BooleanFromStringC = leaf({
  name: NAME,
  parse: booleanOf,
  is: isBoolean,
  encode: (a) => {
    if (!isBoolean(a)) throw new EncodeError(`expected a boolean to write as ${NAME}, got ${describeValue(a)}`, a);
    return textOf(a);
  },
});

/**
 * A boolean written as text, as {@link BooleanText} decodes it: `true` or
 * `false` for the documented spellings, and the text itself, typed
 * {@link UnrecognizedText}, for anything else (AWS's own samples write `""`).
 * Compare with `=== true` and `=== false`; the third case is text no one
 * documented. (`""` is falsy, and the type says so: `if (!v)` does not prove
 * `v === false`.)
 *
 * @example
 * import type { BooleanTextValue } from 'cloudtrail-codecs';
 * const mfa = (v: BooleanTextValue | undefined): string =>
 *   v === true ? 'with MFA' : v === false ? 'without MFA' : v === undefined ? 'not said' : `unclear (${JSON.stringify(String(v))})`;
 * mfa(false); // 'without MFA'
 */
export type BooleanTextValue = boolean | UnrecognizedText<'BooleanText'>;

/**
 * The wire form of a {@link BooleanText} field: text, where `"true"` and
 * `"false"` are the documented values (the type keeps them visible to
 * editors) and any other string is allowed.
 *
 * @example
 * import type { BooleanTextJson } from 'cloudtrail-codecs';
 * const wire: BooleanTextJson[] = ['true', 'false', ''];
 */
export type BooleanTextJson = 'true' | 'false' | (string & {});

/**
 * The codec of {@link BooleanText}.
 *
 * @example
 * import { BooleanText, struct, type BooleanTextC } from 'cloudtrail-codecs';
 * const Flag: BooleanTextC = BooleanText;
 * struct('Flags', {}, { mfaAuthenticated: Flag }).encode({ mfaAuthenticated: true }); // { mfaAuthenticated: 'true' }
 */
export interface BooleanTextC extends WireType<BooleanTextValue, BooleanTextJson> {}

/**
 * A boolean that CloudTrail writes as text, for the fields where real records
 * carry more than the documented `"true"` and `"false"`:
 * `sessionContext.attributes.mfaAuthenticated`, `sessionCredentialFromConsole`,
 * LookupEvents `ReadOnly`. `"true"` and `"false"` (in any capitalisation)
 * decode to booleans; any other text, such as the `""` of AWS's 2025
 * OpenSearch Serverless sample, decodes to itself, typed
 * {@link UnrecognizedText}, so one odd flag does not cost the whole record.
 * Encoding gives back the exact text that was read. A JSON boolean is
 * rejected: CloudTrail never writes one here, but `JSON.stringify` of a
 * decoded record does, and the message says so.
 *
 * @example
 * import { BooleanText } from 'cloudtrail-codecs';
 * BooleanText.decode('true'); // right(true)
 * BooleanText.decode(''); // right('')
 * BooleanText.encode(false); // 'false'
 */
export const BooleanText: BooleanTextC = openString<'true' | 'false', BooleanTextValue, BooleanTextJson, boolean>(NAME, ['true', 'false'], {
  what: 'a boolean',
  is: isBoolean,
  read: booleanOf,
  write: textOf,
});
