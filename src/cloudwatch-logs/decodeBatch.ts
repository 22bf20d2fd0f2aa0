// Firehose transformation events and Kinesis events of AWS Lambda: batches
// of records, each holding CloudWatch Logs data. Each record is decoded on
// its own, so that one bad record fails alone, and keeps the id the
// function's response must name (Firehose's recordId, Kinesis's
// sequenceNumber for a partial batch response).
import { isObject, readProperty, unreadableMessage, UNREADABLE, type ReadFailure } from '../core/WireType.js';
import { ownString, ownValue } from '../core/ownValue.js';
import { readItems } from '../containers/collection.js';
import { DecodeError } from '../errors/DecodeError.js';
import { dataOrThrow, fail, succeed, type DecodeResult } from '../errors/DecodeResult.js';
import type { CloudTrailRecord } from '../record/CloudTrailRecord.js';
import type { CloudWatchLogsContents, DecodeCloudWatchLogsOptions } from './decodePayload.js';
import { decodeDataAsync, decodeDataSync, setupOf, type DataPlace, type DecodeCloudWatchLogsAsyncOptions, type Setup } from './decodeData.js';
import { notExpectedMessage, type ExpectedKind } from './inputKind.js';
import { problemAt, type Segments } from './readData.js';

/**
 * One record of a Firehose or Kinesis batch: its position, its id, and the
 * payloads its data holds, or why it holds none.
 *
 * @example
 * import type { CloudWatchLogsBatchItem } from 'cloudtrail-codecs/cloudwatch-logs';
 * // The answer of a Firehose transformation function for one record.
 * const answer = (item: CloudWatchLogsBatchItem) => ({
 *   recordId: item.id ?? '',
 *   result: !item.result.success ? 'ProcessingFailed' : item.result.data.every((p) => p.control) ? 'Dropped' : 'Ok',
 * });
 */
export interface CloudWatchLogsBatchItem<A = CloudTrailRecord> {
  /** Its position in the batch. */
  readonly index: number;
  /** Firehose's `recordId`, or Kinesis's `sequenceNumber`, when it is a string. */
  readonly id?: string;
  /** Every payload of its data, in order, or the error that says why the data holds none. */
  readonly result: DecodeResult<Array<CloudWatchLogsContents<A>>>;
}

/**
 * What a Firehose or Kinesis batch holds: one item per record of the batch,
 * in order, and every record of every payload, for those who need no more.
 *
 * @example
 * import type { CloudWatchLogsBatch } from 'cloudtrail-codecs/cloudwatch-logs';
 * // A partial batch response: Lambda retries only the records named.
 * const batchItemFailures = (batch: CloudWatchLogsBatch) =>
 *   batch.items.filter((item) => !item.result.success).map((item) => ({ itemIdentifier: item.id ?? '' }));
 */
export interface CloudWatchLogsBatch<A = CloudTrailRecord> {
  readonly items: Array<CloudWatchLogsBatchItem<A>>;
  /** The records of every payload of every item whose data decoded, in batch order. */
  readonly records: A[];
}

/** Where a kind of batch keeps its records, their ids and their data. */
interface BatchShape {
  readonly key: string;
  readonly expected: ExpectedKind;
  readonly summary: string;
  readonly what: string;
  readonly idOf: (item: unknown) => string | undefined;
  /** The data of item `i`, with its path; `UNREADABLE` data comes with the read failure's message. */
  readonly dataOf: (item: unknown, i: number) => { readonly data: unknown; readonly at: Segments; readonly problem?: string };
}

function readData(holder: unknown, at: Segments): { data: unknown; at: Segments; problem?: string } {
  if (!isObject(holder)) return { data: undefined, at };
  const failure: ReadFailure = {};
  const data = readProperty(holder, 'data', false, failure);
  return data === UNREADABLE ? { data: undefined, at, problem: unreadableMessage(failure.error) } : { data, at };
}

const FIREHOSE: BatchShape = {
  key: 'records',
  expected: 'firehose-event',
  summary: 'Not a Firehose transformation event',
  what: 'an array of Firehose records ({recordId, data})',
  idOf: (item) => ownString(item, 'recordId'),
  dataOf: (item, i) => readData(item, ['records', i, 'data']),
};

const KINESIS: BatchShape = {
  key: 'Records',
  expected: 'kinesis-event',
  summary: 'Not a Kinesis event',
  what: 'an array of Kinesis event records ({kinesis: {data}})',
  idOf: (item) => ownString(item, 'kinesis', 'sequenceNumber'),
  dataOf: (item, i) => readData(ownValue(item, 'kinesis'), ['Records', i, 'kinesis', 'data']),
};

type ItemStep = { readonly index: number; readonly id: string | undefined; readonly data: unknown; readonly place: DataPlace } | CloudWatchLogsBatchItem<never>;

/** The items of a batch, read through guards, each ready to decode or already failed; or why the event is no batch. */
function itemsOf(event: unknown, shape: BatchShape): ItemStep[] | DecodeError {
  const read = readItems(event, shape.key);
  // A log file or an S3 notification also has Records: told by its first record.
  const instead = read === undefined || read.length > 0 ? notExpectedMessage(event, shape.expected) : undefined;
  if (instead !== undefined) return DecodeError.single(instead, undefined, shape.summary);
  if (read === undefined) {
    return problemAt([shape.key], shape.what, isObject(event) ? `expected ${shape.what}` : `expected an event with ${shape.key}: ${shape.what}`, shape.summary, true);
  }
  const steps: ItemStep[] = [];
  for (let i = 0; i < read.length; i++) {
    let item: unknown;
    try {
      item = read.items[i];
    } catch (e) {
      steps.push({ index: i, result: fail(problemAt([shape.key, i], 'a readable record', unreadableMessage(e), shape.summary)) });
      continue;
    }
    const id = shape.idOf(item);
    const { data, at, problem } = shape.dataOf(item, i);
    if (problem !== undefined) {
      steps.push({ index: i, ...(id === undefined ? {} : { id }), result: fail(problemAt(at, 'base64 text', problem, shape.summary)) });
      continue;
    }
    steps.push({ index: i, id, data, place: { at, several: true, summary: shape.summary } });
  }
  return steps;
}

function batchOf<A>(items: Array<CloudWatchLogsBatchItem<A>>): CloudWatchLogsBatch<A> {
  const records: A[] = [];
  for (const item of items) {
    if (!item.result.success) continue;
    for (const payload of item.result.data) for (const record of payload.records) records.push(record);
  }
  return { items, records };
}

function itemOf<A>(index: number, id: string | undefined, result: DecodeResult<Array<CloudWatchLogsContents<A>>>): CloudWatchLogsBatchItem<A> {
  return id === undefined ? { index, result } : { index, id, result };
}

function decodeBatch<A>(event: unknown, options: unknown, shape: BatchShape): DecodeResult<CloudWatchLogsBatch<A>> {
  const setup = setupOf<A>(options);
  if (setup instanceof DecodeError) return fail(setup);
  const steps = itemsOf(event, shape);
  if (steps instanceof DecodeError) return fail(steps);
  const items = steps.map((s): CloudWatchLogsBatchItem<A> => ('result' in s ? s : itemOf(s.index, s.id, decodeDataSync(setup, s.data, s.place))));
  return succeed(batchOf(items));
}

async function decodeBatchAsync<A>(event: unknown, options: unknown, shape: BatchShape): Promise<DecodeResult<CloudWatchLogsBatch<A>>> {
  const setup: Setup<A> | DecodeError = setupOf<A>(options);
  if (setup instanceof DecodeError) return fail(setup);
  const steps = itemsOf(event, shape);
  if (steps instanceof DecodeError) return fail(steps);
  const items: Array<CloudWatchLogsBatchItem<A>> = [];
  // One at a time: memory holds one record's inflated data, not the batch's.
  for (const s of steps) items.push('result' in s ? s : itemOf(s.index, s.id, await decodeDataAsync(setup, s.data, s.place)));
  return succeed(batchOf(items));
}

/**
 * Decodes the event a Firehose transformation function receives when a
 * CloudWatch Logs subscription feeds the Firehose stream:
 * `{ records: [{ recordId, approximateArrivalTimestamp, data }] }`. Each
 * record's data (base64 of gzip, one or more payloads) is decoded as
 * {@link decodeCloudWatchLogsData} does, on its own: a record whose data is
 * broken gets a failed `result`, and the others decode. The result fails
 * only when the event has no `records` array.
 *
 * @example
 * import { decodeCloudWatchLogsFirehoseEvent } from 'cloudtrail-codecs/cloudwatch-logs';
 * const r = decodeCloudWatchLogsFirehoseEvent({ records: [{ recordId: 'r-1', approximateArrivalTimestamp: 1700000123000, data: 'e30=' }] });
 * if (r.success) {
 *   r.data.items[0]?.id; // 'r-1'
 *   r.data.items[0]?.result.success; // false: e30= is "{}", not gzip
 * }
 */
export function decodeCloudWatchLogsFirehoseEvent<A = CloudTrailRecord>(
  event: unknown,
  options: DecodeCloudWatchLogsOptions<A> = {},
): DecodeResult<CloudWatchLogsBatch<A>> {
  return decodeBatch(event, options, FIREHOSE);
}

/**
 * {@link decodeCloudWatchLogsFirehoseEvent} with an inflater that may
 * return a promise (`options.inflate`). Records are inflated one after the
 * other.
 *
 * @example
 * import { decodeCloudWatchLogsFirehoseEventAsync, decompressionStreamInflate } from 'cloudtrail-codecs/cloudwatch-logs';
 * declare const event: unknown;
 * const batch = decodeCloudWatchLogsFirehoseEventAsync(event, { inflate: decompressionStreamInflate });
 */
export async function decodeCloudWatchLogsFirehoseEventAsync<A = CloudTrailRecord>(
  event: unknown,
  options: DecodeCloudWatchLogsAsyncOptions<A> = {},
): Promise<DecodeResult<CloudWatchLogsBatch<A>>> {
  return decodeBatchAsync(event, options, FIREHOSE);
}

/**
 * {@link decodeCloudWatchLogsFirehoseEvent} that throws a
 * {@link DecodeError} when the value is not a Firehose transformation
 * event. Broken records still come back as failed items.
 *
 * @example
 * import { decodeCloudWatchLogsFirehoseEventOrThrow } from 'cloudtrail-codecs/cloudwatch-logs';
 * decodeCloudWatchLogsFirehoseEventOrThrow({ invocationId: 'i-1', records: [] }).items; // []
 */
export function decodeCloudWatchLogsFirehoseEventOrThrow<A = CloudTrailRecord>(
  event: unknown,
  options: DecodeCloudWatchLogsOptions<A> = {},
): CloudWatchLogsBatch<A> {
  return dataOrThrow(decodeCloudWatchLogsFirehoseEvent(event, options));
}

/**
 * Decodes the event a Lambda function receives from a Kinesis data stream
 * that a CloudWatch Logs subscription feeds:
 * `{ Records: [{ kinesis: { data, sequenceNumber, … }, eventSource: 'aws:kinesis' }] }`.
 * Each record is decoded on its own, as in
 * {@link decodeCloudWatchLogsFirehoseEvent}; an item's `id` is the
 * `sequenceNumber`, which a partial batch response names.
 *
 * @example
 * import { decodeCloudWatchLogsKinesisEvent } from 'cloudtrail-codecs/cloudwatch-logs';
 * export const handler = async (event: unknown) => {
 *   const r = decodeCloudWatchLogsKinesisEvent(event);
 *   if (!r.success) throw r.error;
 *   for (const record of r.data.records) console.log(record.eventType);
 *   return { batchItemFailures: r.data.items.filter((i) => !i.result.success).map((i) => ({ itemIdentifier: i.id ?? '' })) };
 * };
 */
export function decodeCloudWatchLogsKinesisEvent<A = CloudTrailRecord>(
  event: unknown,
  options: DecodeCloudWatchLogsOptions<A> = {},
): DecodeResult<CloudWatchLogsBatch<A>> {
  return decodeBatch(event, options, KINESIS);
}

/**
 * {@link decodeCloudWatchLogsKinesisEvent} with an inflater that may return
 * a promise (`options.inflate`).
 *
 * @example
 * import { decodeCloudWatchLogsKinesisEventAsync, decompressionStreamInflate } from 'cloudtrail-codecs/cloudwatch-logs';
 * declare const event: unknown;
 * const batch = decodeCloudWatchLogsKinesisEventAsync(event, { inflate: decompressionStreamInflate });
 */
export async function decodeCloudWatchLogsKinesisEventAsync<A = CloudTrailRecord>(
  event: unknown,
  options: DecodeCloudWatchLogsAsyncOptions<A> = {},
): Promise<DecodeResult<CloudWatchLogsBatch<A>>> {
  return decodeBatchAsync(event, options, KINESIS);
}

/**
 * {@link decodeCloudWatchLogsKinesisEvent} that throws a {@link DecodeError}
 * when the value is not a Kinesis event. Broken records still come back as
 * failed items.
 *
 * @example
 * import { decodeCloudWatchLogsKinesisEventOrThrow } from 'cloudtrail-codecs/cloudwatch-logs';
 * decodeCloudWatchLogsKinesisEventOrThrow({ Records: [] }).records; // []
 */
export function decodeCloudWatchLogsKinesisEventOrThrow<A = CloudTrailRecord>(
  event: unknown,
  options: DecodeCloudWatchLogsOptions<A> = {},
): CloudWatchLogsBatch<A> {
  return dataOrThrow(decodeCloudWatchLogsKinesisEvent(event, options));
}
