/**
 * The containers records arrive in, read whole: S3 log files
 * (`{"Records": [...]}`), EventBridge events, LookupEvents results and
 * single records' JSON text. Each record decodes on its own, so one broken
 * record never costs the others; failures name the record and the path.
 * Streaming a log file is `cloudtrail-codecs/stream`; CloudWatch Logs
 * subscriptions are `cloudtrail-codecs/cloudwatch-logs`.
 *
 * @packageDocumentation
 */
export * from './LogFile.js';
export * from './EventBridgeEvent.js';
export * from './LookupEvent.js';
export * from './decodeRecord.js';
export type { RecordFailure } from './RecordFailure.js';
export * from '../core/DateFromApiTimestamp.js';
