import { ownString } from '../core/ownValue.js';
import { recordText } from '../core/text.js';

/** Ids read from a value that did not decode. */
export interface RecordLabel {
  readonly eventID?: string;
  readonly eventName?: string;
  readonly eventSource?: string;
}

/**
 * The ids of a record, read without trusting its shape (getters and Proxies
 * included): only own string properties count. A record spells them in camel
 * case, a LookupEvents event in Pascal case; both are read.
 */
export function labelOfRecord(u: unknown): RecordLabel {
  const label: { -readonly [K in keyof RecordLabel]?: string } = {};
  const eventID = ownString(u, 'eventID') ?? ownString(u, 'eventId') ?? ownString(u, 'EventId');
  const eventName = ownString(u, 'eventName') ?? ownString(u, 'EventName');
  const eventSource = ownString(u, 'eventSource') ?? ownString(u, 'EventSource');
  if (eventID !== undefined) label.eventID = eventID;
  if (eventName !== undefined) label.eventName = eventName;
  if (eventSource !== undefined) label.eventSource = eventSource;
  return label;
}

/**
 * `(eventName X, eventID Y)` for a label with ids, else `''`: the one way
 * reports name a record. The ids are record text, so they are escaped and
 * cut: a tampered record cannot add lines to a report.
 */
export function labelText(label: RecordLabel): string {
  const parts: string[] = [];
  if (label.eventName !== undefined) parts.push(`eventName ${recordText(label.eventName)}`);
  if (label.eventID !== undefined) parts.push(`eventID ${recordText(label.eventID)}`);
  return parts.length === 0 ? '' : `(${parts.join(', ')})`;
}
