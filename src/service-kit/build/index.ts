// Table-driven builders: what a service module's records are made with.
export { buildPayload, type PayloadOptions } from './payload.js';
export {
  buildServiceEvent,
  type BuildableService,
  type ServiceBuildOptions,
  type ServiceEventJsonOf,
  type ServiceEventNameOf,
} from './event.js';
