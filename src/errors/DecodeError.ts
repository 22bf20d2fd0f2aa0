import type * as t from 'io-ts';
import { issuesOf, type Issue } from '../core/Issue.js';
import { MAX_ISSUES, isArray, moreIssuesText } from '../core/WireType.js';
import { oneLine } from '../core/text.js';

/**
 * The error of a failed decode: a readable message with one line per problem,
 * and the problems themselves in {@link DecodeError.issues}.
 *
 * @example
 * import { DecodeError } from 'cloudtrail-codecs';
 * import { decodeRecordOrThrow } from 'cloudtrail-codecs/containers';
 * try {
 *   decodeRecordOrThrow({ eventVersion: '1.08' });
 * } catch (e) {
 *   if (e instanceof DecodeError) e.issues.map((i) => i.path); // ['userIdentity', 'eventTime', 'eventSource', 'eventName', 'awsRegion']
 * }
 */
export class DecodeError extends Error {
  override readonly name = 'DecodeError';
  /** Every problem found, each with its path. */
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[], summary = 'Decoding failed') {
    const list: readonly Issue[] = isArray(issues) && lengthOf(issues) !== undefined ? issues : [];
    super(`${oneLine(typeof summary === 'string' ? summary : 'Decoding failed')}:\n${linesOf(list)}`);
    this.issues = list;
  }

  /** A DecodeError for the errors of an io-ts decode. */
  static fromErrors(errors: t.Errors, summary?: string): DecodeError {
    return new DecodeError(issuesOf(errors), summary);
  }

  /** A DecodeError with one issue at the root, for problems that have no path. */
  static single(message: string, actual?: unknown, summary?: string): DecodeError {
    const issue: Issue = {
      path: '',
      segments: [],
      expected: '',
      actual,
      missing: false,
      message: `(root): ${oneLine(typeof message === 'string' ? message : 'an unreadable message')}`,
    };
    return new DecodeError([issue], summary);
  }
}

/** The length of a list handed in by a caller, or `undefined` when it cannot be read (a hostile Proxy). */
function lengthOf(list: readonly unknown[]): number | undefined {
  try {
    const n: unknown = list.length;
    return typeof n === 'number' ? n : undefined;
  } catch {
    return undefined;
  }
}

/** The message of one issue, on one line; a placeholder when it has none that can be read. */
function messageOf(list: readonly Issue[], i: number): string {
  try {
    const m: unknown = (list[i] as Issue | undefined)?.message;
    if (typeof m === 'string') return oneLine(m);
  } catch {
    // A getter or Proxy of a hand-built list: the placeholder below.
  }
  return '(an issue without a message)';
}

/**
 * The indented issue lines of a message. A list from `issuesOf` has at most
 * {@link MAX_ISSUES} issues and a count; a list built by hand past that is
 * cut the same way. Each line is made one line (a hand-built message may
 * hold a line break), so no issue can forge lines of the report.
 */
function linesOf(issues: readonly Issue[]): string {
  const n = lengthOf(issues) ?? 0;
  const shown = Math.min(n, MAX_ISSUES + 1);
  const lines: string[] = [];
  for (let i = 0; i < shown; i++) lines.push(`  ${messageOf(issues, i)}`);
  if (n > shown) lines.push(`  ${moreIssuesText(n - shown)}`);
  return lines.join('\n');
}
