import type * as t from 'io-ts';
import { issuesOf, type Issue } from './Issue.js';

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
    super(`${summary}:\n${issues.map((i) => `  ${i.message}`).join('\n')}`);
    this.issues = issues;
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
      message: `(root): ${message}`,
    };
    return new DecodeError([issue], summary);
  }
}
