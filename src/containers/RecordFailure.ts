import type * as t from 'io-ts';
import { issuesOf, type Issue } from '../errors/Issue.js';
import { explainWith, isObject, readProperty } from '../core/WireType.js';
import { oneLine, recordText } from '../errors/text.js';

/**
 * A record (or event) of a collection that did not decode.
 *
 * @example
 * import { decodeLogFile, type RecordFailure } from 'cloudtrail-codecs';
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

/** Ids read from a value that did not decode. */
export interface RecordLabel {
  readonly eventID?: string;
  readonly eventName?: string;
  readonly eventSource?: string;
}

function str(u: object, key: string): string | undefined {
  const v = readProperty(u, key, true);
  return typeof v === 'string' ? v : undefined;
}

/** The ids of a record, read without trusting its shape (getters and Proxies included). */
export function labelOfRecord(u: unknown): RecordLabel {
  if (!isObject(u)) return {};
  const v = u;
  const label: { -readonly [K in keyof RecordLabel]?: string } = {};
  // A record spells them in camel case; a LookupEvents event in Pascal case.
  const eventID = str(v, 'eventID') ?? str(v, 'eventId') ?? str(v, 'EventId');
  const eventName = str(v, 'eventName') ?? str(v, 'EventName');
  const eventSource = str(v, 'eventSource') ?? str(v, 'EventSource');
  if (eventID !== undefined) label.eventID = eventID;
  if (eventName !== undefined) label.eventName = eventName;
  if (eventSource !== undefined) label.eventSource = eventSource;
  return label;
}

/**
 * The failure of item `index` of a collection. `context` leads to the item,
 * so issue paths read like `Records[3].userIdentity.type`. The header's ids
 * and path are record text: they are escaped and cut, so a tampered record
 * cannot forge lines in the report. The issues are bounded (see `issuesOf`).
 */
export function recordFailure(
  codec: t.Decoder<unknown, unknown>,
  value: unknown,
  index: number,
  context: t.Context,
  label: RecordLabel,
  itemPath: string,
): RecordFailure {
  const issues = issuesOf(explainWith(codec, value, context));
  const ids = [
    label.eventName !== undefined ? `eventName ${recordText(label.eventName)}` : undefined,
    label.eventID !== undefined ? `eventID ${recordText(label.eventID)}` : undefined,
  ].filter((s): s is string => s !== undefined);
  const head = `${oneLine(itemPath)} did not decode${ids.length > 0 ? ` (${ids.join(', ')})` : ''}`;
  return {
    index,
    ...label,
    value,
    issues,
    message: [head, ...issues.map((i) => `  ${i.message}`)].join('\n'),
  };
}
