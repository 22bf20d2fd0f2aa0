import { describeValue } from '../core/describeValue.js';
import { isObject, readProperty, UNREADABLE, unreadableMessage, type ReadFailure } from '../core/WireType.js';
import { DecodeError } from '../errors/DecodeError.js';
import { dataOrThrow, fail, succeed, type DecodeResult } from '../errors/DecodeResult.js';
import type { CloudTrailRecord } from '../record/CloudTrailRecord.js';
import type { CloudWatchLogsContents, DecodeCloudWatchLogsOptions } from './decodePayload.js';
import { decodeDataAsync, decodeDataSync, setupOf, type DataPlace, type DecodeCloudWatchLogsAsyncOptions, type Setup } from './decodeData.js';
import { notExpectedMessage } from './inputKind.js';
import { problemAt } from './readData.js';

const NOT_EVENT = 'Not a CloudWatch Logs subscription event';
const PLACE: DataPlace = { at: ['awslogs', 'data'], several: false, summary: NOT_EVENT };

/** `event.awslogs.data`, read through guards, or why the event has none. */
function dataOf(event: unknown): unknown {
  const instead = notExpectedMessage(event, 'lambda-event');
  if (instead !== undefined) return DecodeError.single(instead, undefined, NOT_EVENT);
  if (!isObject(event)) return problemAt([], 'the Lambda event of a CloudWatch Logs subscription', `expected {"awslogs":{"data":"<base64 gzip>"}}, got ${describeValue(event)}`, NOT_EVENT);
  const failure: ReadFailure = {};
  const awslogs = readProperty(event, 'awslogs', false, failure);
  if (awslogs === UNREADABLE) return problemAt(['awslogs'], 'an object', unreadableMessage(failure.error), NOT_EVENT);
  if (!isObject(awslogs)) {
    const problem = `expected {"data": "<base64 gzip>"}, ${awslogs === undefined ? 'but it is missing' : `got ${describeValue(awslogs)}`}`;
    return problemAt(['awslogs'], '{"data": "<base64 gzip>"}', problem, NOT_EVENT, awslogs === undefined);
  }
  const data = readProperty(awslogs, 'data', false, failure);
  if (data === UNREADABLE) return problemAt(['awslogs', 'data'], 'base64 text', unreadableMessage(failure.error), NOT_EVENT);
  return data;
}

function single<A>(r: DecodeResult<Array<CloudWatchLogsContents<A>>>): DecodeResult<CloudWatchLogsContents<A>> {
  // Without multiMember, gunzip reads exactly one member: one payload.
  return r.success ? succeed(r.data[0] as CloudWatchLogsContents<A>) : r;
}

function run<A>(event: unknown, options: unknown): { setup: Setup<A>; data: unknown } | DecodeError {
  const setup = setupOf<A>(options);
  if (setup instanceof DecodeError) return setup;
  const data = dataOf(event);
  return data instanceof DecodeError ? data : { setup, data };
}

/**
 * Decodes the event a Lambda function subscribed to CloudWatch Logs
 * receives, `{"awslogs":{"data":"<base64 gzip>"}}`: the payload is
 * base64-decoded, inflated and decoded as {@link decodeCloudWatchLogsPayload}
 * does, log event by log event. A control message gives `control: true`.
 *
 * It is synchronous: inflating uses the built-in exact `gunzip`, bounded by
 * `options.maxBytes`, or a synchronous `options.inflate` such as Node's
 * `zlib.gunzipSync`; {@link decodeCloudWatchLogsEventAsync} takes one that
 * returns a promise. The result fails when the event has no `awslogs.data`
 * (and says what the value is instead, such as a payload already
 * inflated), or the data is not base64, not gzip, does not inflate, is not
 * JSON or not a payload.
 *
 * @example
 * import { decodeCloudWatchLogsEvent } from 'cloudtrail-codecs/cloudwatch-logs';
 * export const handler = async (event: unknown): Promise<void> => {
 *   const r = decodeCloudWatchLogsEvent(event);
 *   if (!r.success) throw r.error;
 *   if (r.data.control) return;
 *   for (const record of r.data.records) console.log(record.eventType);
 *   for (const failure of r.data.failures) console.error(failure.message);
 * };
 * const r = decodeCloudWatchLogsEvent({ awslogs: { data: 'bm90IGd6aXA=' } });
 * if (!r.success) r.error.issues[0]?.message; // 'awslogs.data: expected gzip data, but it starts with the bytes 6e 6f 74 20, not the gzip magic number 1f 8b'
 */
export function decodeCloudWatchLogsEvent<A = CloudTrailRecord>(
  event: unknown,
  options: DecodeCloudWatchLogsOptions<A> = {},
): DecodeResult<CloudWatchLogsContents<A>> {
  const input = run<A>(event, options);
  return input instanceof DecodeError ? fail(input) : single(decodeDataSync(input.setup, input.data, PLACE));
}

/**
 * {@link decodeCloudWatchLogsEvent} with an inflater that may return a
 * promise (`options.inflate`), such as `decompressionStreamInflate`, which
 * runs the platform's native gzip in browsers and edge runtimes.
 *
 * @example
 * import { decodeCloudWatchLogsEventAsync, decompressionStreamInflate } from 'cloudtrail-codecs/cloudwatch-logs';
 * export const handler = async (event: unknown): Promise<number> => {
 *   const r = await decodeCloudWatchLogsEventAsync(event, { inflate: decompressionStreamInflate });
 *   if (!r.success) throw r.error;
 *   return r.data.records.length;
 * };
 */
export async function decodeCloudWatchLogsEventAsync<A = CloudTrailRecord>(
  event: unknown,
  options: DecodeCloudWatchLogsAsyncOptions<A> = {},
): Promise<DecodeResult<CloudWatchLogsContents<A>>> {
  const input = run<A>(event, options);
  return input instanceof DecodeError ? fail(input) : single(await decodeDataAsync(input.setup, input.data, PLACE));
}

/**
 * {@link decodeCloudWatchLogsEvent} that throws a {@link DecodeError} when
 * the event is not a CloudWatch Logs subscription event. Bad messages are
 * still returned as failures, not thrown.
 *
 * @example
 * import { decodeCloudWatchLogsEventOrThrow } from 'cloudtrail-codecs/cloudwatch-logs';
 * export const handler = async (event: unknown): Promise<void> => {
 *   const { records, failures } = decodeCloudWatchLogsEventOrThrow(event);
 *   await Promise.all(records.map(async (record) => console.log(record.eventType)));
 *   if (failures.length > 0) console.error(failures.map((f) => f.message).join('\n'));
 * };
 */
export function decodeCloudWatchLogsEventOrThrow<A = CloudTrailRecord>(
  event: unknown,
  options: DecodeCloudWatchLogsOptions<A> = {},
): CloudWatchLogsContents<A> {
  return dataOrThrow(decodeCloudWatchLogsEvent(event, options));
}
