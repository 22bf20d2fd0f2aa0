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

/** Sets an own data property; only "__proto__" needs defineProperty to stay plain data, and it is slow. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/**
 * A copier of JSON data that remembers what it copied: an object met again,
 * in this call or a later one, gives the same copy, so shared parts stay
 * shared and a cycle is copied as a cycle instead of running forever.
 */
function jsonCopier(): (value: unknown) => unknown {
  // An explicit stack: overrides and records may be nested deeper than the
  // call stack allows.
  const copies = new Map<unknown, unknown>();
  const work: Array<[unknown, unknown]> = [];
  const copyOf = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    const known = copies.get(v);
    if (known !== undefined) return known;
    const c = Array.isArray(v) ? [] : isPlainObject(v) ? {} : v;
    if (c !== v) {
      copies.set(v, c);
      work.push([v, c]);
    }
    return c;
  };
  return (value) => {
    const root = copyOf(value);
    while (work.length > 0) {
      const [from, to] = work.pop() as [unknown, unknown];
      if (Array.isArray(from)) {
        for (const v of from) (to as unknown[]).push(copyOf(v));
        continue;
      }
      for (const key of Object.keys(from as Record<string, unknown>)) {
        const v = (from as Record<string, unknown>)[key];
        if (v === undefined) continue;
        setOwn(to as Record<string, unknown>, key, copyOf(v));
      }
    }
    return root;
  };
}

/**
 * A deep copy of JSON data; `undefined` members are left out. An object met
 * twice is copied once, so shared parts stay shared and a cycle is copied as
 * a cycle instead of running forever.
 *
 * @example
 * import { copyJson } from 'cloudtrail-codecs/builders';
 * const original = { userIdentity: { type: 'Root' }, errorCode: undefined };
 * const copy = copyJson(original);
 * copy.userIdentity !== original.userIdentity; // true: nested objects are copied too
 * 'errorCode' in copy; // false
 */
export function copyJson<T>(value: T): T {
  return jsonCopier()(value) as T;
}

/**
 * `base` with `overrides` laid over it: objects merge key by key, anything
 * else (arrays included) replaces. `undefined` in the overrides changes
 * nothing. Neither input is changed, and no prototype is ever touched, even
 * by keys such as `__proto__`. Any depth works. Each place of the result is
 * made from what `base` and `overrides` hold at that place, so an object
 * shared by two places (in either input) is merged or copied at each of them
 * on its own terms; a cycle is copied as a cycle.
 *
 * @example
 * import { mergeOverrides } from 'cloudtrail-codecs/builders';
 * mergeOverrides({ a: { b: 1, c: 2 } }, { a: { c: 3 } }); // { a: { b: 1, c: 3 } }
 */
export function mergeOverrides<T>(base: T, overrides: Uninferred<Overrides<T>> | undefined): T {
  if (overrides === undefined) return copyJson(base);
  if (!isPlainObject(base) || !isPlainObject(overrides)) return copyJson(overrides as T);
  const copy = jsonCopier();
  // One result per (base object, override object) pair: a pair met again (a
  // shared part, or a cycle in both) gives the same result, which keeps the
  // work linear and a cycle finite.
  const merged = new Map<object, Map<object, Record<string, unknown>>>();
  const work: Array<[Record<string, unknown>, Record<string, unknown>, Record<string, unknown>]> = [];
  const mergedOf = (b: Record<string, unknown>, o: Record<string, unknown>): Record<string, unknown> => {
    let byOverride = merged.get(b);
    if (byOverride === undefined) merged.set(b, (byOverride = new Map()));
    const known = byOverride.get(o);
    if (known !== undefined) return known;
    const out: Record<string, unknown> = {};
    byOverride.set(o, out);
    work.push([out, b, o]);
    return out;
  };
  const root = mergedOf(base, overrides as Record<string, unknown>);
  while (work.length > 0) {
    const [out, b, o] = work.pop() as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>];
    // The base's keys first, in its order, then the overrides' new ones.
    for (const key of Object.keys(b)) {
      const bv = b[key];
      const ov = ownValue(o, key);
      if (ov === undefined) {
        if (bv !== undefined) setOwn(out, key, copy(bv));
      } else {
        setOwn(out, key, isPlainObject(bv) && isPlainObject(ov) ? mergedOf(bv, ov) : copy(ov));
      }
    }
    for (const key of Object.keys(o)) {
      const ov = o[key];
      if (ov === undefined || ownValue(b, key) !== undefined) continue;
      setOwn(out, key, copy(ov));
    }
  }
  return root as T;
}
