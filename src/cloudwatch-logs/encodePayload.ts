import type * as t from 'io-ts';
import { EncodeError, encodeWith, type EncodeResult } from '../core/encodeResult.js';
import { stringifyJson } from '../core/stringifyJson.js';
import { codecOrMessage } from '../containers/jsonText.js';
import { CloudTrailRecord } from '../record/CloudTrailRecord.js';
import { payloadCodecsOf, type CloudWatchLogsPayload, type CloudWatchLogsPayloadC, type CloudWatchLogsPayloadJson } from './CloudWatchLogsPayload.js';

/**
 * Options of {@link encodeCloudWatchLogsPayload}.
 *
 * @example
 * import { ActivityRecord } from 'cloudtrail-codecs';
 * import type { EncodeCloudWatchLogsOptions } from 'cloudtrail-codecs/cloudwatch-logs';
 * const options: EncodeCloudWatchLogsOptions<ActivityRecord> = { record: ActivityRecord };
 */
export interface EncodeCloudWatchLogsOptions<A> {
  /**
   * The record codec the messages were decoded with; `CloudTrailRecord` by
   * default. It writes only the messages whose record changed since: the
   * others are given back as the exact text they were.
   */
  readonly record?: t.Type<A, unknown, unknown>;
}

function payloadCodecOf<A>(options: unknown): CloudWatchLogsPayloadC<A> | EncodeError {
  let record: unknown;
  try {
    record = (options as { record?: unknown } | undefined)?.record;
  } catch {
    return new EncodeError('options could not be read', options, null);
  }
  if (record === undefined || record === CloudTrailRecord) return payloadCodecsOf(CloudTrailRecord as unknown as t.Decoder<unknown, A>).payload;
  const codec = codecOrMessage<A>(record, 'options.record');
  if (typeof codec === 'string') return new EncodeError(codec, record, null);
  try {
    return payloadCodecsOf(codec).payload;
  } catch {
    return new EncodeError('options.record could not be read', record, null);
  }
}

/**
 * Encodes a payload back to its wire JSON (what `JSON.parse` of the inflated
 * text gives): timestamps as the epoch milliseconds they were, and every
 * message as the exact text it was (spacing, key order, escapes), unless
 * its record was changed since, when it is written anew. So
 * `encodeCloudWatchLogsPayload(decoded)` deep-equals the payload decoded, as
 * long as every log event decoded: the `payload` of a decoder's result
 * holds only those that did. The texts are kept with the decoded
 * `logEvents` array: events put into a new array (`filter`, `map`) get
 * their messages written anew, as the same JSON. It never throws: a value
 * that cannot be written (an invalid `Date`) gives an `EncodeError` with
 * its path.
 *
 * Writing the Lambda event again (`{"awslogs":{"data"}}`) would need gzip
 * compression, which this library does not do: compress the text of
 * {@link encodeCloudWatchLogsPayloadText} with your platform's gzip.
 *
 * @example
 * import { decodeCloudWatchLogsPayloadText, encodeCloudWatchLogsPayloadText } from 'cloudtrail-codecs/cloudwatch-logs';
 * const text = '{"messageType":"CONTROL_MESSAGE","logEvents":[{"id":"","timestamp":1600110003794,"message":"CWL CONTROL MESSAGE"}]}';
 * const r = decodeCloudWatchLogsPayloadText(text);
 * if (r.success) {
 *   const back = encodeCloudWatchLogsPayloadText(r.data.payload);
 *   back.success && back.data === text; // true
 * }
 */
export function encodeCloudWatchLogsPayload<A = CloudTrailRecord>(
  payload: CloudWatchLogsPayload<A>,
  options: EncodeCloudWatchLogsOptions<A> = {},
): EncodeResult<CloudWatchLogsPayloadJson> {
  const codec = payloadCodecOf<A>(options);
  return codec instanceof EncodeError ? { success: false, error: codec } : encodeWith(codec, payload);
}

/**
 * {@link encodeCloudWatchLogsPayload}, written as JSON text without spaces,
 * as CloudWatch Logs writes payloads; key order is kept.
 *
 * @example
 * import { decodeCloudWatchLogsPayloadText, encodeCloudWatchLogsPayloadText } from 'cloudtrail-codecs/cloudwatch-logs';
 * const r = decodeCloudWatchLogsPayloadText('{"messageType":"CONTROL_MESSAGE"}');
 * if (r.success) encodeCloudWatchLogsPayloadText(r.data.payload); // { success: true, data: '{"messageType":"CONTROL_MESSAGE"}' }
 */
export function encodeCloudWatchLogsPayloadText<A = CloudTrailRecord>(
  payload: CloudWatchLogsPayload<A>,
  options: EncodeCloudWatchLogsOptions<A> = {},
): EncodeResult<string> {
  const r = encodeCloudWatchLogsPayload(payload, options);
  if (!r.success) return r;
  try {
    return { success: true, data: stringifyJson(r.data) };
  } catch (e) {
    // A cycle or a getter that throws, added to the payload after decoding.
    return { success: false, error: new EncodeError(`the payload cannot be written as JSON: ${e instanceof Error ? e.name : 'an exception'}`, payload, null) };
  }
}
