/**
 * `JSON.stringify` for JSON data of any depth: the engine's own recursion
 * overflows the stack on values nested some thousands deep, which JSON.parse
 * reads without trouble; this writes them with a stack of its own. A BigInt,
 * which JSON cannot hold, is written as its digits.
 */
export function stringifyJson(value: unknown): string {
  try {
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? 'null';
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
  }
  const out: string[] = [];
  // Work items: a value to write, or a piece of text.
  const work: Array<{ v: unknown } | string> = [{ v: value }];
  while (work.length > 0) {
    const item = work.pop() as { v: unknown } | string;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    const v = item.v;
    if (typeof v === 'bigint') out.push(v.toString());
    else if (Array.isArray(v)) {
      out.push('[');
      const parts: Array<{ v: unknown } | string> = [];
      v.forEach((x, i) => {
        if (i > 0) parts.push(',');
        parts.push({ v: x === undefined || typeof x === 'function' || typeof x === 'symbol' ? null : x });
      });
      parts.push(']');
      for (let i = parts.length - 1; i >= 0; i--) work.push(parts[i] as { v: unknown } | string);
    } else if (typeof v === 'object' && v !== null) {
      out.push('{');
      const parts: Array<{ v: unknown } | string> = [];
      for (const key of Object.keys(v)) {
        const x = (v as Record<string, unknown>)[key];
        if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
        parts.push(`${parts.length > 0 ? ',' : ''}${JSON.stringify(key)}:`, { v: x });
      }
      parts.push('}');
      for (let i = parts.length - 1; i >= 0; i--) work.push(parts[i] as { v: unknown } | string);
    } else out.push(JSON.stringify(v) ?? 'null');
  }
  return out.join('');
}
