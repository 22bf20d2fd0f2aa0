declare const unrecognizedIn: unique symbol;

/**
 * The type of a string that is not one of the values this library knows for a
 * tag, such as a `userIdentity.type` that AWS adds after this release.
 *
 * At run time it is the plain string from the record. In the type system it is
 * kept apart from the known literals, because a union member typed `string`
 * would stop TypeScript from narrowing on them: with this brand,
 * `identity.type === 'AssumedRole'` narrows to the AssumedRole variant alone.
 * String methods work on it; use `String(value)` where a `string` is needed.
 *
 * @typeParam Domain - names the tag, so brands of different tags do not mix
 *
 * @example
 * import type { Unrecognized } from 'cloudtrail-codecs';
 * type Light = 'red' | 'green' | Unrecognized<'Light'>;
 * const meaning = (light: Light): string =>
 *   light === 'red' ? 'stop' : light === 'green' ? 'go' : `unknown light ${String(light)}`;
 */
export interface Unrecognized<Domain extends string> extends String {
  readonly [unrecognizedIn]: Domain;
}

declare const unrecognizedTextIn: unique symbol;

/**
 * The type of text that is none of the documented values of a field that is
 * not a tag, such as the `""` some records carry where `"true"` or `"false"`
 * is documented. At run time it is the plain string from the record.
 *
 * Unlike {@link Unrecognized}, it is a `string` to TypeScript, so truthiness
 * checks stay sound: `""` is falsy, and `if (!value)` keeps this case in the
 * `else` branch. Compare with the known values (`=== true`) to tell them
 * apart.
 *
 * @typeParam Domain - names the field kind, so brands of different kinds do not mix
 *
 * @example
 * import type { UnrecognizedText } from 'cloudtrail-codecs';
 * type Flag = boolean | UnrecognizedText<'Flag'>;
 * const describe = (flag: Flag): string => (flag === true ? 'on' : flag === false ? 'off' : `unknown (${JSON.stringify(flag)})`);
 * describe(true); // 'on'
 */
export type UnrecognizedText<Domain extends string> = string & { readonly [unrecognizedTextIn]: Domain };
