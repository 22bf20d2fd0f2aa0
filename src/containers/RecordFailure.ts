import type { Issue } from '../core/Issue.js';

/**
 * A record (or event) of a collection that did not decode.
 *
 * @example
 * import { decodeLogFile, type RecordFailure } from 'cloudtrail-codecs/containers';
 * // What to keep of a bad record for a dead-letter queue.
 * const deadLetter = (f: RecordFailure) => ({ index: f.index, eventID: f.eventID ?? null, reason: f.message, record: f.value });
 * const r = decodeLogFile({ Records: [{ eventID: 'e-1', eventVersion: '1.08' }] });
 * if (r.success) r.data.failures.map(deadLetter)[0]?.eventID; // 'e-1'
 */
export interface RecordFailure {
  /** Its position in the collection. */
  readonly index: number;
  /** Its event id, when it has a readable one. */
  readonly eventID?: string;
  /** Its event name, when readable. */
  readonly eventName?: string;
  /** Its event source, when readable. */
  readonly eventSource?: string;
  /** The value as it was, for dead-letter handling. */
  readonly value: unknown;
  /** Every problem found, with paths from the top of the collection. */
  readonly issues: readonly Issue[];
  /** A readable report: which record, then one line per problem. */
  readonly message: string;
}

export { labelOfRecord, labelText, type RecordLabel } from '../errors/recordLabel.js';
