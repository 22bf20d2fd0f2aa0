import { ownValue } from '../core/ownValue.js';
/**
 * Overrides for a builder's output: every property optional at every depth,
 * checked against the wire type, so a misspelt key or a number where a
 * string belongs does not compile. Arrays are given whole.
 *
 * @example
 * import type { ActivityRecordJson } from 'cloudtrail-codecs';
 * import { Fixtures, type Overrides } from 'cloudtrail-codecs/builders';
 * const denied: Overrides<ActivityRecordJson> = { errorCode: 'AccessDenied', errorMessage: 'User is not authorized', responseElements: null };
 * new Fixtures({ seed: 1 }).record(denied).errorCode; // 'AccessDenied'
 */
export type Overrides<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: Overrides<T[K]> }
    : T;

/**
 * `T`, but not a place TypeScript infers type arguments from: what `NoInfer`
 * does from TypeScript 5.4 on, in a form earlier versions understand too.
 *
 * @example
 * import type { Uninferred } from 'cloudtrail-codecs/builders';
 * declare function pick<T>(a: T, b: Uninferred<T>): T;
 * pick('x', 'x'); // T is 'x', inferred from `a` alone
 * // pick('x', 'y') does not compile: 'y' is not 'x'. With `b: T` it would, T being 'x' | 'y'.
 */
export type Uninferred<T> = [T][T extends unknown ? 0 : never];

function isPlainObject(u: unknown): u is Record<string, unknown> {
  return typeof u === 'object' && u !== null && !Array.isArray(u);
}

/**
 * A deep copy of JSON data; `undefined` members are left out.
 *
 * @example
 * import { copyJson } from 'cloudtrail-codecs/builders';
 * const original = { userIdentity: { type: 'Root' }, errorCode: undefined };
 * const copy = copyJson(original);
 * copy.userIdentity !== original.userIdentity; // true: nested objects are copied too
 * 'errorCode' in copy; // false
 */
export function copyJson<T>(value: T): T {
  // An explicit stack: overrides and records may be nested deeper than the
  // call stack allows.
  const copyOf = (v: unknown): unknown => (Array.isArray(v) ? [] : isPlainObject(v) ? {} : v);
  const root = copyOf(value);
  const work: Array<[unknown, unknown]> = root === value ? [] : [[value, root]];
  while (work.length > 0) {
    const [from, to] = work.pop() as [unknown, unknown];
    if (Array.isArray(from)) {
      for (const v of from) {
        const c = copyOf(v);
        (to as unknown[]).push(c);
        if (c !== v) work.push([v, c]);
      }
      continue;
    }
    for (const key of Object.keys(from as Record<string, unknown>)) {
      const v = (from as Record<string, unknown>)[key];
      if (v === undefined) continue;
      const c = copyOf(v);
      // defineProperty keeps a "__proto__" key as plain data.
      Object.defineProperty(to, key, { value: c, enumerable: true, writable: true, configurable: true });
      if (c !== v) work.push([v, c]);
    }
  }
  return root as T;
}

/**
 * `base` with `overrides` laid over it: objects merge key by key, anything
 * else (arrays included) replaces. `undefined` in the overrides changes
 * nothing. Neither input is changed, and no prototype is ever touched, even
 * by keys such as `__proto__`.
 *
 * @example
 * import { mergeOverrides } from 'cloudtrail-codecs/builders';
 * mergeOverrides({ a: { b: 1, c: 2 } }, { a: { c: 3 } }); // { a: { b: 1, c: 3 } }
 */
export function mergeOverrides<T>(base: T, overrides: Uninferred<Overrides<T>> | undefined): T {
  if (overrides === undefined) return copyJson(base);
  if (!isPlainObject(base) || !isPlainObject(overrides)) return copyJson(overrides as T);
  const out = copyJson(base) as Record<string, unknown>;
  for (const key of Object.keys(overrides)) {
    const o = (overrides as Record<string, unknown>)[key];
    if (o === undefined) continue;
    const b = ownValue(out, key);
    const merged = isPlainObject(b) && isPlainObject(o) ? mergeOverrides(b, o as Overrides<typeof b>) : copyJson(o);
    Object.defineProperty(out, key, { value: merged, enumerable: true, writable: true, configurable: true });
  }
  return out as T;
}
