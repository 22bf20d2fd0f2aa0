import type * as t from 'io-ts';

// JSON.stringify leaves U+2028 and U+2029 raw, and many log viewers break
// lines on them; issue messages promise to stay on one line.
const quote = (s: string): string =>
  JSON.stringify(s).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);

/**
 * One problem found while decoding: where it is, what was expected there, and what was found.
 *
 * @example
 * import { decodeRecord, type Issue } from 'cloudtrail-codecs';
 * const missingPaths = (issues: readonly Issue[]): string[] => issues.filter((i) => i.missing).map((i) => i.path);
 * const r = decodeRecord({ eventVersion: '1.08', eventSource: 's3.amazonaws.com' });
 * if (!r.success) missingPaths(r.error.issues); // ['userIdentity', 'eventTime', 'eventName', 'awsRegion']
 */
export interface Issue {
  /** Where, as a JSON path such as `Records[3].userIdentity.type`; `""` for the value itself. */
  readonly path: string;
  /** The same path as keys and array indexes. */
  readonly segments: ReadonlyArray<string | number>;
  /** What was expected there, in words or as a union of literals. */
  readonly expected: string;
  /** What was found; `undefined` when the value is missing. */
  readonly actual: unknown;
  /** True when a required value is absent. */
  readonly missing: boolean;
  /** The whole problem on one line: path, expected and actual. */
  readonly message: string;
}

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
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (IDENTIFIER.test(s)) out += out === '' ? s : `.${s}`;
    else out += `[${quote(s)}]`;
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
      const shown = u.length > MAX_SHOWN ? `${u.slice(0, MAX_SHOWN)}…` : u;
      return `${quote(shown)}${u.length > MAX_SHOWN ? ` (${u.length} characters)` : ''}`;
    }
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(u);
    case 'undefined':
      return 'undefined';
    case 'object':
      if (u === null) return 'null';
      if (Array.isArray(u)) return `an array of ${u.length} item${u.length === 1 ? '' : 's'}`;
      if (u instanceof Date) return `a Date (${Number.isNaN(u.getTime()) ? 'invalid' : u.toISOString()})`;
      return 'an object';
    default:
      return `a ${typeof u}`;
  }
}

// io-ts's own unions and intersections add a context entry per member,
// keyed by the member's index; that index is not a place in the data.
const MEMBER_ENTRIES = new Set(['UnionType', 'IntersectionType']);

function segmentsOf(context: t.Context): Array<string | number> {
  const segments: Array<string | number> = [];
  for (let i = 1; i < context.length; i++) {
    const entry = context[i] as t.ContextEntry;
    if (entry.key === '') continue;
    const parentEntry = context[i - 1] as t.ContextEntry;
    if (MEMBER_ENTRIES.has((parentEntry.type as { _tag?: string })._tag ?? '')) continue;
    const parent = parentEntry.actual;
    segments.push(Array.isArray(parent) && /^\d+$/.test(entry.key) ? Number(entry.key) : entry.key);
  }
  return segments;
}

/**
 * Turns one io-ts validation error into an {@link Issue}; {@link issuesOf} does it for all of them.
 *
 * @example
 * import { BooleanFromString, issueOf } from 'cloudtrail-codecs';
 * const r = BooleanFromString.decode('yes');
 * if (r._tag === 'Left' && r.left[0] !== undefined) issueOf(r.left[0]).message; // '(root): expected "true" | "false", got "yes"'
 */
export function issueOf(error: t.ValidationError): Issue {
  const segments = segmentsOf(error.context);
  const path = formatPath(segments);
  const last = error.context[error.context.length - 1];
  const expected = last === undefined ? 'a value' : last.type.name;
  const missing = error.value === undefined;
  const where = path === '' ? '(root)' : path;
  const what =
    error.message !== undefined
      ? error.message
      : missing
        ? `expected ${expected}, but it is missing`
        : `expected ${expected}, got ${describeValue(error.value)}`;
  return { path, segments, expected, actual: error.value, missing, message: `${where}: ${what}` };
}

/**
 * Turns io-ts validation errors into {@link Issue}s, one per problem, with
 * repeated reports of the same problem dropped.
 *
 * @example
 * import { CloudTrailRecord, issuesOf } from 'cloudtrail-codecs';
 * const r = CloudTrailRecord.decode({ eventVersion: '1.08' });
 * if (r._tag === 'Left') issuesOf(r.left).map((i) => i.message);
 */
export function issuesOf(errors: t.Errors): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const e of errors) {
    const issue = issueOf(e);
    if (seen.has(issue.message)) continue;
    seen.add(issue.message);
    out.push(issue);
  }
  return out;
}

/**
 * One line per problem, each with a JSON path and expected versus actual:
 * `userIdentity.sessionContext.attributes.mfaAuthenticated: expected "true" | "false", got true`.
 *
 * @example
 * import { BooleanFromString, formatErrors } from 'cloudtrail-codecs';
 * const r = BooleanFromString.decode(true);
 * if (r._tag === 'Left') formatErrors(r.left); // ['(root): expected "true" | "false", got true']
 */
export function formatErrors(errors: t.Errors): string[] {
  return issuesOf(errors).map((i) => i.message);
}
