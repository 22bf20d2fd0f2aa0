// How values and paths are written in messages. Here, in core, because the
// codecs' own messages need them and core depends on nothing above it.
import { clipText, quoteText } from './escapeText.js';
import { isArray } from './WireType.js';

/** The longest key a path shows in full; longer ones are cut. */
const MAX_KEY = 200;

const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;

/**
 * Renders path segments as `a.b[3]["odd key"]`, the form {@link Issue.path} uses.
 *
 * @example
 * import { formatPath } from 'cloudtrail-codecs';
 * formatPath(['Records', 3, 'userIdentity', 'type']); // 'Records[3].userIdentity.type'
 * formatPath(['requestParameters', 'tags', 'cost center']); // 'requestParameters.tags["cost center"]'
 */
export function formatPath(segments: ReadonlyArray<string | number>): string {
  if (!isArray(segments)) return '';
  let out = '';
  for (let i = 0; i < segments.length; i++) {
    const s: unknown = segments[i];
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'string' && s.length <= MAX_KEY && IDENTIFIER.test(s)) out += out === '' ? s : `.${s}`;
    else out += `[${quoteText(clipText(s as string, MAX_KEY))}]`;
  }
  return out;
}

const MAX_SHOWN = 80;

/**
 * A short rendering of a value for error messages: long strings are cut, objects and arrays summed up.
 *
 * @example
 * import { describeValue } from 'cloudtrail-codecs';
 * describeValue(['a', 'b', 'c']); // 'an array of 3 items'
 * describeValue(new Date('2026-01-01T00:00:00Z')); // 'a Date (2026-01-01T00:00:00.000Z)'
 */
export function describeValue(u: unknown): string {
  switch (typeof u) {
    case 'string': {
      const shown = quoteText(clipText(u, MAX_SHOWN));
      return u.length > MAX_SHOWN ? `${shown} (${u.length} characters)` : shown;
    }
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(u);
    case 'undefined':
      return 'undefined';
    case 'object':
      if (u === null) return 'null';
      // A Proxy may throw from any of these; it is then just an object.
      try {
        if (Array.isArray(u)) {
          const n: unknown = u.length;
          return typeof n === 'number' ? `an array of ${n} item${n === 1 ? '' : 's'}` : 'an array';
        }
        if (u instanceof Date) {
          const time = u.getTime();
          return `a Date (${Number.isNaN(time) ? 'invalid' : u.toISOString()})`;
        }
      } catch {
        return 'an object that could not be read';
      }
      return 'an object';
    default:
      return `a ${typeof u}`;
  }
}
