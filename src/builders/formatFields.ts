// The field names of CloudTrail's record format, read from the library's own
// codecs: anonymize keeps them as property names even when a user is named
// like one of them, since renaming a field would change what the record says.
import { CloudTrailRecord } from '../record/CloudTrailRecord.js';

let fields: ReadonlySet<string> | undefined;

/**
 * Every property name a codec of a CloudTrail record or log file reads
 * (`Records`, `userIdentity`, `userName`, `type`, `onBehalfOf`…), found by
 * walking the codecs' structs once; free-form payloads such as
 * `requestParameters` add none of their own keys.
 */
export function formatFieldNames(): ReadonlySet<string> {
  if (fields !== undefined) return fields;
  // A log file's one field, then every field of a record.
  const out = new Set<string>(['Records']);
  const seen = new Set<object>();
  const stack: unknown[] = [CloudTrailRecord];
  while (stack.length > 0) {
    const v = stack.pop();
    if ((typeof v !== 'object' && typeof v !== 'function') || v === null || seen.has(v)) continue;
    seen.add(v);
    // A struct lists its fields, each with its key and its codec.
    const plan = (v as { fields?: unknown }).fields;
    if (Array.isArray(plan)) for (const f of plan as Array<{ key?: unknown }>) if (typeof f?.key === 'string') out.add(f.key);
    if (typeof v === 'function') continue;
    for (const x of Object.values(v)) stack.push(x);
    if (v instanceof Map) for (const x of v.values()) stack.push(x);
  }
  fields = out;
  return out;
}
