import type * as t from 'io-ts';
import { issuesOf, type Issue } from './Issue.js';
import { isArray } from '../core/WireType.js';
import { oneLine } from './text.js';

/**
 * The error of a failed decode: a readable message with one line per problem,
 * and the problems themselves in {@link DecodeError.issues}.
 *
 * @example
 * import { DecodeError, decodeRecordOrThrow } from 'cloudtrail-codecs';
 * try {
 *   decodeRecordOrThrow({ eventVersion: '1.08' });
 * } catch (e) {
 *   if (e instanceof DecodeError) e.issues.length; // > 0
 * }
 */
export class DecodeError extends Error {
  override readonly name = 'DecodeError';
  /** Every problem found, each with its path. */
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[], summary = 'Decoding failed') {
    const list: readonly Issue[] = isArray(issues) ? issues : [];
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

/** The indented issue lines of a message; a list built by hand past the bound is cut too. */
function linesOf(issues: readonly Issue[]): string {
  const lines: string[] = [];
  const shown = Math.min(issues.length, 101);
  for (let i = 0; i < shown; i++) {
    const m: unknown = (issues[i] as Issue | undefined)?.message;
    lines.push(`  ${typeof m === 'string' ? m : '(an issue without a message)'}`);
  }
  if (issues.length > shown) lines.push(`  … and ${issues.length - shown} more issues, not shown`);
  return lines.join('\n');
}
