import { UNREADABLE, readProperty } from './readProperty.js';

/**
 * `o[key]` when `key` is an own property of the object `o`, else `undefined`.
 * Keys often come from untrusted JSON, and a plain `o[key]` would answer
 * `constructor` or `__proto__` from `Object.prototype`. It never throws: a
 * value that is not an object, a getter that throws and a revoked Proxy all
 * give `undefined`. Use `readProperty` instead when an unreadable value must
 * be told apart from an absent one.
 *
 * @example
 * import { ownValue } from './ownValue.js';
 * ownValue({ a: 1 }, 'a'); // 1
 * ownValue({}, 'constructor'); // undefined
 * ownValue(null, 'a'); // undefined
 */
export function ownValue<T>(o: Readonly<Record<string, T>>, key: string): T | undefined;
export function ownValue(o: unknown, key: string): unknown;
export function ownValue(o: unknown, key: string): unknown {
  if (typeof o !== 'object' || o === null) return undefined;
  const v = readProperty(o, key, true);
  return v === UNREADABLE ? undefined : v;
}

/**
 * The string at the end of a path of own properties, read as {@link ownValue}
 * reads each step; `undefined` when a step is missing, not an object, not
 * readable, or the end is not a string. It never throws.
 *
 * @example
 * import { ownString } from './ownValue.js';
 * const identity = { arn: 'arn:aws:iam::111122223333:user/alice', sessionContext: { sessionIssuer: { userName: 'Admin' } } };
 * ownString(identity, 'arn'); // 'arn:aws:iam::111122223333:user/alice'
 * ownString(identity, 'sessionContext', 'sessionIssuer', 'userName'); // 'Admin'
 * ownString(identity, 'accountId'); // undefined
 */
export function ownString(o: unknown, ...keys: readonly string[]): string | undefined {
  let v: unknown = o;
  for (let i = 0; i < keys.length; i++) v = ownValue(v, keys[i] as string);
  return typeof v === 'string' ? v : undefined;
}
