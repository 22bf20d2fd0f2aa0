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
  // An explicit stack: overrides and records may be nested deeper than the
  // call stack allows.
  const copies = new Map<unknown, unknown>();
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
  const work: Array<[unknown, unknown]> = [];
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
  return root as T;
}

/**
 * `base` with `overrides` laid over it: objects merge key by key, anything
 * else (arrays included) replaces. `undefined` in the overrides changes
 * nothing. Neither input is changed, and no prototype is ever touched, even
 * by keys such as `__proto__`. Any depth works, and an object of the
 * overrides met again below itself (a cycle) is copied, not merged again.
 *
 * @example
 * import { mergeOverrides } from 'cloudtrail-codecs/builders';
 * mergeOverrides({ a: { b: 1, c: 2 } }, { a: { c: 3 } }); // { a: { b: 1, c: 3 } }
 */
export function mergeOverrides<T>(base: T, overrides: Uninferred<Overrides<T>> | undefined): T {
  if (overrides === undefined) return copyJson(base);
  if (!isPlainObject(base) || !isPlainObject(overrides)) return copyJson(overrides as T);
  const out = copyJson(base) as Record<string, unknown>;
  const merging = new Set<unknown>();
  const work: Array<[Record<string, unknown>, Record<string, unknown>]> = [[out, overrides as Record<string, unknown>]];
  while (work.length > 0) {
    const [into, from] = work.pop() as [Record<string, unknown>, Record<string, unknown>];
    merging.add(from);
    for (const key of Object.keys(from)) {
      const o = from[key];
      if (o === undefined) continue;
      const b = ownValue(into, key);
      if (isPlainObject(b) && isPlainObject(o) && !merging.has(o)) {
        // `b` belongs to the fresh copy of base: merge into it in place.
        work.push([b, o]);
      } else {
        setOwn(into, key, copyJson(o));
      }
    }
  }
  return out as T;
}
