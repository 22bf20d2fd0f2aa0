/**
 * Who made a call: `actorOf(record)` reduces any `userIdentity` to a kind,
 * a name, the session and the account, with a label that is safe to print.
 *
 * @packageDocumentation
 */
export * from './actorOf.js';
