// CloudTrail records that came through a CloudWatch Logs subscription, in
// the forms people save to a file: the inflated payload, the Lambda event
// ({"awslogs": {"data": …}}), a Firehose transformation event, a Kinesis
// event of Lambda, and the payloads back to back that Firehose writes to S3.
// Told by shape; decoded by the cloudwatch-logs module, message by message,
// so each bad log event is a failure of its own, named by index and id.
import { clipText, escapeText, type DecodeError } from '../index.js';
import type { RecordFailure } from '../containers/index.js';
import {
  decodeCloudWatchLogsEvent,
  decodeCloudWatchLogsFirehoseEvent,
  decodeCloudWatchLogsKinesisEvent,
  decodeCloudWatchLogsPayload,
  decodeCloudWatchLogsPayloadText,
  type CloudWatchLogsBatch,
  type CloudWatchLogsContents,
  type CloudWatchLogsFailure,
} from '../cloudwatch-logs/index.js';
import { splitJsonValues } from '../cloudwatch-logs/splitJsonValues.js';
import { ownValue } from '../core/ownValue.js';
import { isObject } from '../core/WireType.js';
import type { Sink } from './decodeInput.js';

/** The CloudWatch Logs forms the CLI reads. */
export type CloudWatchKind =
  | 'CloudWatch Logs payload'
  | 'CloudWatch Logs payloads'
  | 'CloudWatch Logs Lambda event'
  | 'CloudWatch Logs Firehose event'
  | 'CloudWatch Logs Kinesis event';

/** How a CloudWatch Logs input ended: an error that stopped it, or the control messages it skipped. */
export interface CloudWatchOutcome {
  readonly kind: CloudWatchKind;
  readonly error?: DecodeError;
  /** Where in the input the error is, when not at its top (one of several payloads). */
  readonly errorAt?: string;
  readonly skipped?: string;
}

// Ids in `at` are cut to this many characters.
const MAX_ID = 200;
const id = (text: string): string => escapeText(clipText(text, MAX_ID));

const list = (u: unknown): readonly unknown[] | undefined => (Array.isArray(u) ? u : undefined);

/**
 * The CloudWatch Logs form of a parsed document, by its shape, or
 * `undefined`. A Kinesis event counts only when its first record's data is
 * base64 gzip (`H4sI`): other Kinesis data is no CloudWatch Logs delivery,
 * and is told as a Lambda event elsewhere.
 */
export function cloudWatchKindOf(v: unknown): CloudWatchKind | undefined {
  if (!isObject(v)) return undefined;
  if (isObject(ownValue(v, 'awslogs'))) return 'CloudWatch Logs Lambda event';
  if (typeof ownValue(v, 'messageType') === 'string' || list(ownValue(v, 'logEvents')) !== undefined) return 'CloudWatch Logs payload';
  const records = list(ownValue(v, 'records'));
  if (records !== undefined && (typeof ownValue(records[0], 'recordId') === 'string' || (records.length === 0 && typeof ownValue(v, 'invocationId') === 'string'))) {
    return 'CloudWatch Logs Firehose event';
  }
  const data = ownValue(ownValue(list(ownValue(v, 'Records'))?.[0], 'kinesis'), 'data');
  if (typeof data === 'string' && data.startsWith('H4sI')) return 'CloudWatch Logs Kinesis event';
  return undefined;
}

/** True for text that starts like a CloudWatch Logs payload: how one that is not a single JSON value is told. */
export function looksLikePayloads(text: string): boolean {
  return /^\uFEFF?\s*\{\s*"(messageType|owner|logGroup|logStream|subscriptionFilters|logEvents)"/.test(text.slice(0, 200));
}

/** Decodes a parsed document of `kind`, reporting its records and failures to `sink`. */
export function decodeCloudWatch(kind: CloudWatchKind, v: unknown, sink: Sink): CloudWatchOutcome {
  const tally = new Tally(sink);
  switch (kind) {
    case 'CloudWatch Logs payload':
    case 'CloudWatch Logs payloads': {
      const r = decodeCloudWatchLogsPayload(v);
      if (!r.success) return { kind, error: r.error };
      tally.payload(r.data, '');
      break;
    }
    case 'CloudWatch Logs Lambda event': {
      const r = decodeCloudWatchLogsEvent(v);
      if (!r.success) return { kind, error: r.error };
      tally.payload(r.data, '');
      break;
    }
    case 'CloudWatch Logs Firehose event':
    case 'CloudWatch Logs Kinesis event': {
      const firehose = kind === 'CloudWatch Logs Firehose event';
      const r = firehose ? decodeCloudWatchLogsFirehoseEvent(v) : decodeCloudWatchLogsKinesisEvent(v);
      if (!r.success) return { kind, error: r.error };
      tally.batch(r.data, firehose ? 'records' : 'Records', firehose ? 'recordId' : 'sequenceNumber');
      break;
    }
  }
  return tally.outcome(kind);
}

/**
 * Decodes payloads written back to back (`{…}{…}`), as Firehose writes
 * CloudWatch Logs data to S3 once gunzipped. A piece that is not JSON, or
 * not a payload, stops the input there: the ones before it are reported.
 */
export function decodePayloadTexts(text: string, sink: Sink): CloudWatchOutcome {
  const kind: CloudWatchKind = 'CloudWatch Logs payloads';
  const tally = new Tally(sink);
  const spans = splitJsonValues(text);
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k] as { start: number; end: number };
    const r = decodeCloudWatchLogsPayloadText(text.slice(span.start, span.end));
    if (!r.success) return { ...tally.outcome(kind), error: r.error, errorAt: `payload ${k + 1} of ${spans.length} (characters ${span.start}–${span.end})` };
    tally.payload(r.data, spans.length > 1 ? `payload ${k + 1} ` : '');
  }
  return tally.outcome(kind);
}

/** Counts control messages as payloads are reported. */
class Tally {
  private controls = 0;
  private payloads = 0;
  constructor(private readonly sink: Sink) {}

  payload(c: CloudWatchLogsContents, where: string): void {
    this.payloads++;
    if (c.control) {
      this.controls++;
      return;
    }
    for (const r of c.records) this.sink.record(r);
    for (const f of c.failures) this.sink.failure(f, `${where}${logEventAt(f)}`);
  }

  batch(b: CloudWatchLogsBatch, key: string, idName: string): void {
    for (const item of b.items) {
      const at = `${key}[${item.index}]${item.id === undefined ? '' : ` (${idName} ${id(item.id)})`}`;
      if (!item.result.success) {
        const e = item.result.error;
        const failure: RecordFailure = { index: item.index, value: undefined, issues: e.issues, message: e.message };
        this.sink.failure(failure, at);
        continue;
      }
      const several = item.result.data.length > 1;
      item.result.data.forEach((c, k) => this.payload(c, `${at} ${several ? `payload ${k + 1} ` : ''}`));
    }
  }

  outcome(kind: CloudWatchKind): CloudWatchOutcome {
    if (this.controls === 0) return { kind };
    if (this.controls === 1 && this.payloads === 1) {
      return { kind, skipped: 'a control message (CONTROL_MESSAGE), which CloudWatch Logs sends to check that the subscription works: it holds no records' };
    }
    return { kind, skipped: `${this.controls} control message${this.controls === 1 ? '' : 's'} (CONTROL_MESSAGE), which hold no records` };
  }
}

/** `logEvents[2] (id 3719…)`: where a failed log event is, named by index and id. */
function logEventAt(f: CloudWatchLogsFailure): string {
  return `logEvents[${f.index}]${f.logEventId === undefined ? '' : ` (id ${id(f.logEventId)})`}`;
}
