// Everything the record entries export, as one namespace: the root, the
// containers and the actor helper. The hardening suites sweep it.
export * from '../../src/index.js';
export * from '../../src/containers/index.js';
export * from '../../src/actor/index.js';
