/**
 * CloudTrail records delivered through CloudWatch Logs subscriptions: the
 * Lambda subscription event (`{"awslogs":{"data"}}`), Firehose and Kinesis
 * records (base64 gzip, possibly several payloads), and the inflated
 * payload itself. Each message decodes as a record, one by one, with the
 * same isolation and failure reports as log files; control messages are
 * recognised and skipped; encoding gives back every message's exact text.
 * Inflating is pure: the built-in exact gunzip, or an inflater of yours.
 *
 * @packageDocumentation
 */
export {
  CloudWatchLogsPayload,
  cloudWatchLogsPayloadOf,
  type CloudWatchLogsControlMessage,
  type CloudWatchLogsControlMessageJson,
  type CloudWatchLogsDataMessage,
  type CloudWatchLogsDataMessageJson,
  type CloudWatchLogsLogEvent,
  type CloudWatchLogsLogEventJson,
  type CloudWatchLogsPayloadC,
  type CloudWatchLogsPayloadJson,
  type CloudWatchLogsPolicyLevel,
} from './CloudWatchLogsPayload.js';
export {
  decodeCloudWatchLogsPayload,
  decodeCloudWatchLogsPayloadOrThrow,
  decodeCloudWatchLogsPayloadText,
  decodeCloudWatchLogsPayloadTextOrThrow,
  type CloudWatchLogsContents,
  type CloudWatchLogsControlContents,
  type CloudWatchLogsDataContents,
  type CloudWatchLogsFailure,
  type DecodeCloudWatchLogsOptions,
} from './decodePayload.js';
export {
  decodeCloudWatchLogsData,
  decodeCloudWatchLogsDataAsync,
  decodeCloudWatchLogsDataOrThrow,
  type DecodeCloudWatchLogsAsyncOptions,
} from './decodeData.js';
export { decodeCloudWatchLogsEvent, decodeCloudWatchLogsEventAsync, decodeCloudWatchLogsEventOrThrow } from './decodeEvent.js';
export {
  decodeCloudWatchLogsFirehoseEvent,
  decodeCloudWatchLogsFirehoseEventAsync,
  decodeCloudWatchLogsFirehoseEventOrThrow,
  decodeCloudWatchLogsKinesisEvent,
  decodeCloudWatchLogsKinesisEventAsync,
  decodeCloudWatchLogsKinesisEventOrThrow,
  type CloudWatchLogsBatch,
  type CloudWatchLogsBatchItem,
} from './decodeBatch.js';
export { encodeCloudWatchLogsPayload, encodeCloudWatchLogsPayloadText, type EncodeCloudWatchLogsOptions } from './encodePayload.js';
// The inflaters the decoders take, so that a caller needs one import.
export { gunzip, isGzip, decompressionStreamInflate, type GunzipResult, type Inflate } from '../core/gzip.js';
