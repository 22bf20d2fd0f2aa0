// The floor under any decoder that reads a whole parsed value: visiting
// every value once (objects through for…in, arrays by index) and doing
// nothing else. No check, no copy, no Date. The bench reports it beside
// the decoders, as a ratio to JSON.parse of the same text, so that a
// target can be read against what merely walking the value costs.

/** How many leaves `v` holds, found by visiting every value of it once. */
export function visitAll(v: unknown): number {
  if (typeof v !== 'object' || v === null) return 1;
  let n = 0;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) n += visitAll(v[i]);
  } else {
    for (const k in v) n += visitAll((v as Record<string, unknown>)[k]);
  }
  return n;
}
