/**
 * Typed decoders for AWS App Mesh CloudTrail records (eventSource
 * `appmesh.amazonaws.com`): one per API operation, generated from the App
 * Mesh API model, plus the StreamAggregatedResources service event.
 *
 * @packageDocumentation
 */

export * from './AppMeshEvent.js';
export * from './StreamAggregatedResources.js';
export * from './UnknownOperationEvent.js';
export * from './arn.js';
export * from './validate.js';
export * from './generated/events.js';
export * from './generated/operations.js';
export * from './generated/shapes.js';
export * from './generated/model.js';
