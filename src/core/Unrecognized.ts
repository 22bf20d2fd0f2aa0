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
