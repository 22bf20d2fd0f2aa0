/**
 * What a service module is built from: a table of the model's shapes and
 * operations, which `defineService` and `shapeCodec` turn into codecs when
 * they are first used; the succeeded, failed, departed and unknown-operation
 * call types; Smithy-style unions and maps, deep-partial codecs for failed
 * calls, and constraint checks over a model's facts (see the architecture
 * guide).
 *
 * @packageDocumentation
 */
export * from '../core/exactlyOne.js';
export * from '../core/loosen.js';
export * from './checkConstraints.js';
export * from '../record/callEvents.js';
export * from '../core/nullAndAbsent.js';
export { appendContext, explainWith, failureAt, isObject, parseWith } from '../core/WireType.js';
export type {
  Bounds,
  Constraints,
  Members,
  OperationRow,
  Scalar,
  ServiceTable,
  ShapeRow,
  TimestampForm,
  WireProfile,
} from './table.js';
export { builtCounts, enumCodec, shapeCodec, tableProblems, type ShapeC } from './shapes.js';
export { eventRecordOf, type EventRecordOptional, type EventRecordRequired } from './eventRecordOf.js';
export { itemsOf, oneOrList, type OneOrListC } from './oneOrList.js';
export { recordOf, type RecordOfC } from './recordOf.js';
export * from './types.js';
export {
  defineService,
  type DefineServiceOptions,
  type OperationEventC,
  type ServiceDescriptor,
  type ServiceEventC,
} from './serviceEvent.js';
export { leaf, type LeafSpec } from '../core/leaf.js';
export { sparseStruct } from '../core/sparseStruct.js';
export { openString, type KnownValues, type OpenStringC } from '../core/openString.js';
export { DateFromEpochMillis, type DateFromEpochMillisC } from '../core/DateFromEpochMillis.js';
export * from '../core/DateFromJavaDateText.js';
export { DateFromServiceIsoText, parseServiceIsoText, type DateFromServiceIsoTextC } from '../core/DateFromServiceIsoText.js';
