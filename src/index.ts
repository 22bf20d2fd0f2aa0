/**
 * io-ts codecs for AWS CloudTrail records: typed, wire-faithful decoding and
 * encoding of log files, EventBridge events and LookupEvents results.
 *
 * @packageDocumentation
 */

// Records
export * from './record/CloudTrailRecord.js';
export * from './record/ActivityRecord.js';
export * from './record/InsightRecord.js';
export * from './record/InsightDetails.js';
export * from './record/AggregatedRecord.js';
export * from './record/nested.js';
export * from './record/hasCaller.js';

// Identities
export * from './identity/UserIdentity.js';
export * from './identity/SessionContext.js';
export * from './identity/principals.js';
export * from './identity/guards.js';
export * from './identity/actorOf.js';

// Containers
export * from './containers/LogFile.js';
export * from './containers/EventBridgeEvent.js';
export * from './containers/LookupEvent.js';
export * from './containers/decodeRecord.js';
export type { RecordFailure } from './containers/RecordFailure.js';

// Errors and plain results
export * from './core/Issue.js';
export type { StandardSchemaProps, StandardResult, StandardIssue } from './core/standardSchema.js';
export * from './errors/DecodeError.js';
export * from './errors/DecodeResult.js';

// Building blocks, for service modules and custom codecs
export { WireType, INVALID, type Invalid } from './core/WireType.js';
export * from './core/scalars.js';
export * from './core/nullable.js';
export * from './core/array.js';
export * from './core/struct.js';
export * from './core/taggedUnion.js';
export * from './core/openEnum.js';
export * from './core/openTag.js';
export * from './core/emptyOr.js';
export * from './core/unrecognizedString.js';
export type { Unrecognized } from './core/Unrecognized.js';
export * from './core/JsonValue.js';
export * from './core/BooleanFromString.js';
export { dateFromText, type DateFromTextC } from './core/DateFromText.js';
export * from './core/DateFromIsoTimestamp.js';
export * from './core/DateFromJavaDateText.js';
export * from './core/DateFromEpochSeconds.js';
export { wireValueOf } from './core/wireStamp.js';
export * from './core/escapeText.js';
export * from './core/encodeResult.js';
export * from './core/DateFromApiTimestamp.js';
export type { UnrecognizedText } from './core/Unrecognized.js';
