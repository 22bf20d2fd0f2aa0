/**
 * What a service module is built from: Smithy-style unions, deep-partial
 * codecs for failed calls, per-operation event codecs, and constraint checks
 * over a model's facts. The App Mesh module is built with these; a module for
 * another AWS service would be too (see the architecture guide).
 *
 * @packageDocumentation
 */
export * from '../core/exactlyOne.js';
export * from '../core/loosen.js';
export * from '../core/checkConstraints.js';
export * from '../record/callEvents.js';
export * from '../core/nullAndAbsent.js';
export { appendContext, explainWith, failureAt, isObject, parseWith } from '../core/WireType.js';
