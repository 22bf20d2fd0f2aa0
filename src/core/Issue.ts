import type * as t from 'io-ts';
import { describeValue, formatPath } from './describeValue.js';
import { oneLine } from './text.js';

export { describeValue, formatPath };
import { moreIssue } from './moreIssue.js';
import { MAX_ISSUES, isArray, omittedCount } from './WireType.js';

/**
 * One problem found while decoding: where it is, what was expected there, and what was found.
 *
 * @example
 * import type { Issue } from 'cloudtrail-codecs';
 * import { decodeRecord } from 'cloudtrail-codecs/containers';
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

// io-ts's own unions and intersections add a context entry per member,
// keyed by the member's index; that index is not a place in the data.
const MEMBER_ENTRIES = new Set(['UnionType', 'IntersectionType']);

function segmentsOf(context: t.Context): Array<string | number> {
  const segments: Array<string | number> = [];
  for (let i = 1; i < context.length; i++) {
    const entry = context[i] as t.ContextEntry;
    if (entry.key === '') continue;
    const parentEntry = context[i - 1] as t.ContextEntry;
    if (MEMBER_ENTRIES.has((parentEntry.type as { _tag?: string } | undefined)?._tag ?? '')) continue;
    const parent = parentEntry.actual;
    const key = typeof entry.key === 'string' ? entry.key : String(entry.key);
    segments.push(isArray(parent) && /^\d+$/.test(key) ? Number(key) : key);
  }
  return segments;
}

/** The issue for what is not an io-ts validation error: {@link issueOf} answers for any value. */
function notAnError(): Issue {
  return { path: '', segments: [], expected: 'an io-ts validation error', actual: undefined, missing: false, message: '(root): not an io-ts validation error' };
}

/**
 * Turns one io-ts validation error into an {@link Issue}; {@link issuesOf} does it for all of them.
 * Record text in the message (odd keys, values) is escaped and cut, so the
 * message stays one short line whatever the record holds.
 *
 * @example
 * import { BooleanFromString, issueOf } from 'cloudtrail-codecs';
 * const r = BooleanFromString.decode('yes');
 * if (r._tag === 'Left' && r.left[0] !== undefined) issueOf(r.left[0]).message; // '(root): expected "true" | "false", got "yes"'
 */
export function issueOf(error: t.ValidationError): Issue {
  try {
    if (typeof error !== 'object' || error === null || !isArray(error.context)) return notAnError();
    const segments = segmentsOf(error.context);
    const path = formatPath(segments);
    const last = error.context[error.context.length - 1];
    const name: unknown = last?.type?.name;
    const expected = typeof name === 'string' ? name : 'a value';
    const own: unknown = error.message;
    // A message of the codec's own says what happened; `missing` is only for an absent value.
    const missing = error.value === undefined && typeof own !== 'string';
    const where = path === '' ? '(root)' : path;
    const what =
      typeof own === 'string'
        ? oneLine(own)
        : missing
          ? `expected ${oneLine(expected)}, but it is missing`
          : `expected ${oneLine(expected)}, got ${describeValue(error.value)}`;
    return { path, segments, expected, actual: error.value, missing, message: `${where}: ${what}` };
  } catch {
    return notAnError();
  }
}

/**
 * Turns io-ts validation errors into {@link Issue}s, one per problem, with
 * repeated reports of the same problem dropped. At most 100 problems are
 * listed; when there are more, a last issue counts them
 * (`… and at least 24900 more issues, not shown`), so that one hostile
 * record cannot make a report of gigabytes.
 *
 * @example
 * import { CloudTrailRecord, issuesOf } from 'cloudtrail-codecs';
 * const r = CloudTrailRecord.decode({ eventVersion: '1.08' });
 * if (r._tag === 'Left') issuesOf(r.left).map((i) => i.message);
 */
export function issuesOf(errors: t.Errors): Issue[] {
  if (!isArray(errors)) return [notAnError()];
  const seen = new Set<string>();
  const out: Issue[] = [];
  let more = 0;
  let moreAt: t.ValidationError | undefined;
  for (let i = 0; i < errors.length; i++) {
    const e = errors[i] as t.ValidationError;
    const n = typeof e === 'object' && e !== null ? omittedCount(e) : undefined;
    if (n !== undefined) {
      more += n;
      moreAt ??= e;
      continue;
    }
    if (out.length >= MAX_ISSUES) {
      // Past the bound, count without the work of writing messages.
      more++;
      continue;
    }
    const issue = issueOf(e);
    if (seen.has(issue.message)) continue;
    seen.add(issue.message);
    out.push(issue);
  }
  if (more > 0) {
    // The count sits at the path of the report's own value (that of the
    // first error when no summary entry says where).
    const at = moreAt !== undefined ? issueOf(moreAt) : out.length > 0 ? undefined : notAnError();
    out.push(moreIssue(at?.segments ?? rootSegments(out), more));
  }
  return out;
}

/** The longest path all the issues share, for a count that has no place of its own. */
function rootSegments(issues: readonly Issue[]): ReadonlyArray<string | number> {
  let common: ReadonlyArray<string | number> | undefined;
  for (const i of issues) {
    if (common === undefined) common = i.segments;
    else {
      let k = 0;
      while (k < common.length && k < i.segments.length && common[k] === i.segments[k]) k++;
      common = common.slice(0, k);
    }
  }
  return common ?? [];
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
