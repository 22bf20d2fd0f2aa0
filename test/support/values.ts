/** Helpers over plain values and texts, shared by the test suites. */

/** Freezes a value and everything reachable from it, without recursion (inputs may be very deep). */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || Object.isFrozen(v)) continue;
    Object.freeze(v);
    for (const k of Reflect.ownKeys(v)) stack.push((v as Record<PropertyKey, unknown>)[k]);
  }
  return value;
}

/** Cuts a text or bytes at the given positions, which must be sorted. */
export function cut<T extends string | Uint8Array>(whole: T, positions: readonly number[]): T[] {
  const out: T[] = [];
  let from = 0;
  for (const p of positions) {
    out.push(whole.slice(from, p) as T);
    from = p;
  }
  out.push(whole.slice(from) as T);
  return out;
}
