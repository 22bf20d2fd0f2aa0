import { formatPath, type Issue } from './Issue.js';
import { moreIssuesText } from './WireType.js';

/**
 * The last issue of a report cut at 100 problems: `n` more not shown, at
 * `segments` (the path of the value the report is about). Every report that
 * stops at the bound ends with this one issue.
 */
export function moreIssue(segments: ReadonlyArray<string | number>, n: number): Issue {
  const path = formatPath(segments);
  return { path, segments, expected: '', actual: n, missing: false, message: `${path === '' ? '(root)' : path}: ${moreIssuesText(n)}` };
}
