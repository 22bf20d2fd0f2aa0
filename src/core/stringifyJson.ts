/**
 * `JSON.stringify` for JSON data of any depth: the engine's own recursion
 * overflows the stack on values nested some thousands deep, which JSON.parse
 * reads without trouble; this writes them with a stack of its own. A BigInt,
 * which JSON cannot hold, is written as its digits. A cyclic value throws a
 * `TypeError`, as with `JSON.stringify`, however deep the cycle.
 */
export function stringifyJson(value: unknown): string {
  try {
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? 'null';
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
  }
  const out: string[] = [];
  // Work items: a value to write, a piece of text, or the end of a container
  // (which leaves the path: a container met again on its own path is a cycle).
  type Item = { v: unknown } | string | { leave: object };
  const work: Item[] = [{ v: value }];
  const onPath = new Set<object>();
  while (work.length > 0) {
    const item = work.pop() as Item;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    if ('leave' in item) {
      onPath.delete(item.leave);
      continue;
    }
    const v = item.v;
    if (typeof v === 'object' && v !== null) {
      if (onPath.has(v)) throw new TypeError('Converting circular structure to JSON');
      onPath.add(v);
      work.push({ leave: v });
    }
    if (typeof v === 'bigint') out.push(v.toString());
    else if (Array.isArray(v)) {
      out.push('[');
      const parts: Item[] = [];
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        if (i > 0) parts.push(',');
        parts.push({ v: x === undefined || typeof x === 'function' || typeof x === 'symbol' ? null : x });
      }
      parts.push(']');
      for (let i = parts.length - 1; i >= 0; i--) work.push(parts[i] as Item);
    } else if (typeof v === 'object' && v !== null) {
      out.push('{');
      const parts: Item[] = [];
      for (const key of Object.keys(v)) {
        const x = (v as Record<string, unknown>)[key];
        if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
        parts.push(`${parts.length > 0 ? ',' : ''}${JSON.stringify(key)}:`, { v: x });
      }
      parts.push('}');
      for (let i = parts.length - 1; i >= 0; i--) work.push(parts[i] as Item);
    } else out.push(JSON.stringify(v) ?? 'null');
  }
  return out.join('');
}
