// fast-check arbitraries of any service's records, drawn from its table by
// buildServiceEvent. fast-check (3 or 4) is an optional peer dependency, as
// for the other arbitraries.
import fc from 'fast-check';
import { identityMethods, type IdentityMethod } from '../builders/Fixtures.js';
import {
  buildServiceEvent,
  type BuildableService,
  type ServiceEventJsonOf,
  type ServiceEventNameOf,
} from '../service-kit/build/event.js';
import { checkList } from './choices.js';

/**
 * Options of {@link serviceEventArbitrary}: each narrows what it draws.
 *
 * @example
 * import type { ServiceEventArbitraryOptions } from 'cloudtrail-codecs/arbitraries';
 * const deniedRoleCalls: ServiceEventArbitraryOptions<string> = { operations: ['AssumeRole'], fail: true, identity: ['iamUser', 'assumedRole'] };
 */
export interface ServiceEventArbitraryOptions<N extends string> {
  /** The event names to draw: operations or their aliases. Default, every operation and alias of the service. */
  readonly operations?: readonly N[];
  /** `true`: only failed calls; `false`: only succeeded ones; default both. */
  readonly fail?: boolean;
  /** The kinds of caller, by identity builder name. Default, every kind. */
  readonly identity?: readonly IdentityMethod[];
}

// The error codes failed calls carry: `true` is AccessDenied, the one CloudTrail records most.
const FAILURES: ReadonlyArray<true | string> = [true, 'ThrottlingException', 'ValidationException', 'InternalFailure'];

/**
 * Records of any operation of a service (a generated module's descriptor,
 * such as `stsService`, or any {@link BuildableService}): succeeded and
 * failed calls, by every kind of caller, with payloads drawn from the
 * service's model as CloudTrail writes them. Each value decodes with the
 * service's codec to a succeeded or failed call.
 *
 * @example
 * import fc from 'fast-check';
 * import { CloudTrailRecord } from 'cloudtrail-codecs';
 * import { serviceEventArbitrary } from 'cloudtrail-codecs/arbitraries';
 * const demo = {
 *   table: { name: 'demo', eventSource: 'demo.amazonaws.com', profile: { timestamps: 'iso' as const }, shapes: {}, operations: { Ping: {}, Pong: {} }, aliases: {} },
 *   codec: CloudTrailRecord,
 * };
 * fc.assert(fc.property(serviceEventArbitrary(demo, { fail: true }), (e) => e.errorCode !== undefined));
 */
export function serviceEventArbitrary<S extends BuildableService, N extends ServiceEventNameOf<S> = ServiceEventNameOf<S>>(
  service: S,
  options: ServiceEventArbitraryOptions<N> = {},
): fc.Arbitrary<ServiceEventJsonOf<S, N>> {
  const table = service.table;
  const known = [...Object.keys(table.operations), ...Object.keys(table.aliases)].sort();
  const names = options.operations ?? (known as N[]);
  checkList('serviceEventArbitrary', 'operations', names, known);
  const kinds = options.identity ?? identityMethods;
  checkList('serviceEventArbitrary', 'identity', kinds, identityMethods);
  const fail =
    options.fail === undefined
      ? fc.oneof({ weight: 3, arbitrary: fc.constant<false | true | string>(false) }, { weight: 1, arbitrary: fc.constantFrom(...FAILURES) })
      : options.fail
        ? fc.constantFrom(...FAILURES)
        : fc.constant(false);
  return fc
    .record({
      seed: fc.integer({ min: 1, max: 0x7fffffff }),
      eventName: fc.constantFrom(...names),
      fail,
      identity: fc.constantFrom(...kinds),
    })
    .map(({ seed, eventName, fail: f, identity }) => buildServiceEvent(service, eventName, undefined, { seed, fail: f, identity }));
}
