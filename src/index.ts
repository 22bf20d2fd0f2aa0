/**
 * io-ts codecs for AWS CloudTrail records: every record type and identity,
 * typed and wire-faithful both ways, and the kernel they are made of. The
 * containers records arrive in are `cloudtrail-codecs/containers`, streaming
 * is `cloudtrail-codecs/stream`, and each service's payloads have an entry
 * of their own.
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
export { struct, type Props, type StructTypeOf, type StructOutputOf, type StructField, type StructCodec, type StructC } from './core/struct.js';
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
export * from './core/DateFromEpochSeconds.js';
export { wireValueOf } from './core/wireStamp.js';
export * from './core/escapeText.js';
export * from './core/encodeResult.js';
export type { UnrecognizedText } from './core/Unrecognized.js';
