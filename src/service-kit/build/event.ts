import type * as t from 'io-ts';
import { BuilderError, checkBuilt, failOption, optionReader, readBuilderInput, readOptions } from '../../builders/BuilderError.js';
import { Fixtures, identityMethods, type FixtureOptions, type IdentityMethod } from '../../builders/Fixtures.js';
import { mergeOverrides, type Overrides } from '../../builders/overrides.js';
import { quoteText } from '../../core/escapeText.js';
import type { JsonValue } from '../../core/JsonValue.js';
import type { UserIdentityJson } from '../../identity/UserIdentity.js';
import type { ActivityRecordJson } from '../../record/ActivityRecord.js';
import { parseTarget, rowOf } from '../shapes.js';
import type { ServiceTable } from '../table.js';
import { buildPayload } from './payload.js';

/**
 * What {@link buildServiceEvent} needs of a service: its table, and the codec
 * its records decode with. A service module's descriptor (`stsService`) has
 * both, and `strict`, which the builder then checks with, so that what it
 * builds is a succeeded or failed call, never a record that departs from the
 * model.
 *
 * @example
 * import { CloudTrailRecord } from 'cloudtrail-codecs';
 * import { buildServiceEvent, type BuildableService } from 'cloudtrail-codecs/builders';
 * const service: BuildableService = {
 *   table: { name: 'demo', eventSource: 'demo.amazonaws.com', profile: { timestamps: 'iso' }, shapes: {}, operations: { Ping: {} }, aliases: {} },
 *   codec: CloudTrailRecord,
 * };
 * buildServiceEvent(service, 'Ping').eventSource; // 'demo.amazonaws.com'
 */
export interface BuildableService {
  readonly table: ServiceTable;
  readonly codec: t.Decoder<unknown, unknown>;
  readonly strict?: t.Decoder<unknown, unknown>;
}

/** The wire union of a service's records, when its codec's type says it; `unknown` otherwise. */
type WireUnionOf<S> = S extends { readonly codec: { readonly _O: infer EJ } } ? EJ : unknown;

/** The literal event names of a wire union: those of its operations' variants (the unknown-operation variant's `string` is left out). */
type NamesOf<EJ> = EJ extends { readonly eventName: infer M } ? (string extends M ? never : M) : never;

/** The literal event names of a service whose codec is typed by operation; `never` for any other. */
type TypedNamesOf<S> = unknown extends WireUnionOf<S> ? never : NamesOf<WireUnionOf<S>>;

/**
 * The event names {@link buildServiceEvent} takes for a service: every
 * operation and alias when the service's codec is typed by operation (a
 * generated module's descriptor), any string otherwise.
 *
 * @example
 * import type { BuildableService, ServiceEventNameOf } from 'cloudtrail-codecs/builders';
 * type AnyName = ServiceEventNameOf<BuildableService>; // string
 * const name: AnyName = 'Ping';
 */
export type ServiceEventNameOf<S> = [TypedNamesOf<S>] extends [never] ? string : TypedNamesOf<S>;

// The variants whose eventName is exactly N; for an alias, which shares its
// operation's variants, those whose eventName covers N (the unknown-operation
// variant, whose eventName is any string, never does).
type ExactlyNamed<EJ, N> = EJ extends { readonly eventName: infer M } ? ([M] extends [N] ? ([N] extends [M] ? EJ : never) : never) : never;
type Covering<EJ, N> = EJ extends { readonly eventName: infer M } ? (string extends M ? never : N extends M ? EJ : never) : never;
type Named<EJ, N> = [ExactlyNamed<EJ, N>] extends [never] ? Covering<EJ, N> : ExactlyNamed<EJ, N>;

/**
 * The wire record {@link buildServiceEvent} returns for an event name: the
 * operation's succeeded and failed variants when the service's codec is
 * typed by operation, `ActivityRecordJson` otherwise.
 *
 * @example
 * import type { ServiceEventJsonOf, BuildableService } from 'cloudtrail-codecs/builders';
 * type Untyped = ServiceEventJsonOf<BuildableService, 'Ping'>; // ActivityRecordJson
 * const read = (e: Untyped): string => e.eventName;
 */
export type ServiceEventJsonOf<S, N extends string> = [TypedNamesOf<S>] extends [never] ? ActivityRecordJson : Named<WireUnionOf<S>, N>;

/**
 * Options of {@link buildServiceEvent}: the factory's ({@link FixtureOptions}),
 * and the call's.
 *
 * @example
 * import type { ServiceBuildOptions } from 'cloudtrail-codecs/builders';
 * const denied: ServiceBuildOptions = { seed: 4, fail: true, identity: 'assumedRole' };
 */
export interface ServiceBuildOptions extends FixtureOptions {
  /**
   * Make a failed call: `true` for `AccessDenied` (the error CloudTrail
   * records most), or an error code. `errorMessage` is set to match, and
   * `responseElements` to `null`.
   */
  readonly fail?: boolean | string;
  /** The kind of caller, by identity builder name. Default `iamUser`. */
  readonly identity?: IdentityMethod;
  /** Nesting within which optional payload members are drawn (see `PayloadOptions.depth`). Default 6. */
  readonly depth?: number;
}

type Json = Record<string, unknown>;

function isPlainObject(u: unknown): u is Json {
  return typeof u === 'object' && u !== null && !Array.isArray(u);
}

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

const targetOf = (spec: string): string => parseTarget(spec).name;

/** The options of this builder beyond the factory's, checked: a {@link BuilderError} naming a wrong one. */
function readCallOptions(builder: string, options: unknown): { fail?: boolean | string; identity?: IdentityMethod; depth?: number } {
  if (options === undefined) return {};
  const read = optionReader(builder, options);
  const fail = failOption(builder, read('fail'));
  const identity = read('identity');
  const depth = read('depth');
  if (identity !== undefined && (typeof identity !== 'string' || !(identityMethods as readonly string[]).includes(identity))) {
    throw new BuilderError(builder, `options.identity must be one of ${identityMethods.join(', ')}`, ['options.identity']);
  }
  if (depth !== undefined && !(typeof depth === 'number' && Number.isInteger(depth) && depth >= 0 && depth <= 64)) {
    throw new BuilderError(builder, 'options.depth must be a whole number from 0 to 64', ['options.depth']);
  }
  return {
    ...(fail === undefined ? {} : { fail }),
    ...(identity === undefined ? {} : { identity: identity as IdentityMethod }),
    ...(depth === undefined ? {} : { depth }),
  };
}

/**
 * Where overrides set a member of a union, the drawn member goes: merging
 * would otherwise leave two members set, which no union decodes. And where
 * an override sets a list that the wire may write as its one item alone,
 * the drawn item goes, so the override replaces it whole, as it replaces a
 * drawn list: the result does not depend on how many items the seed drew.
 * Walks the built payload (ours, a tree) where the overrides reach into it.
 */
function yieldUnionsTo(table: ServiceTable, shape: string, holder: Json, key: string, override: unknown): void {
  const work: Array<[string, Json, string, unknown]> = [[shape, holder, key, override]];
  while (work.length > 0) {
    const [target, h, k, o] = work.pop() as [string, Json, string, unknown];
    const b = h[k];
    const row = rowOf(table, target);
    if (!isPlainObject(o) || !isPlainObject(b) || row === undefined) continue;
    let members: { readonly [m: string]: string } | undefined;
    if ('u' in row) {
      members = row.u;
      if (Object.keys(o).some((m) => o[m] !== undefined && hasOwn(row.u, m))) {
        for (const m of Object.keys(b)) if (o[m] === undefined) delete b[m];
      }
    } else if ('s' in row) members = row.s;
    if (members !== undefined) {
      for (const m of Object.keys(o)) if (hasOwn(members, m) && hasOwn(b, m)) work.push([targetOf(members[m] as string), b, m, o[m]]);
    } else if ('m' in row) {
      for (const m of Object.keys(o)) if (hasOwn(b, m)) work.push([targetOf(row.m[1]), b, m, o[m]]);
    } else if ('l' in row && row.one === 1) {
      for (const m of Object.keys(b)) delete b[m];
    }
  }
}

function errorMessage(code: string, service: string, operation: string, caller: string, resource: string): string {
  switch (code) {
    case 'AccessDenied':
    case 'AccessDeniedException':
      return `User: ${caller} is not authorized to perform: ${service}:${operation} on resource: ${resource} because no identity-based policy allows the ${service}:${operation} action`;
    case 'ThrottlingException':
    case 'Throttling':
      return 'Rate exceeded';
    default:
      return `The request was rejected with ${code}.`;
  }
}

/** The first ARN among a request's top-level strings: the resource a denial names. */
function resourceOf(request: JsonValue): string {
  if (isPlainObject(request)) {
    for (const [k, v] of Object.entries(request)) if (/arn$/i.test(k) && typeof v === 'string') return v;
  }
  return '*';
}

/**
 * One record of any operation of a service, drawn from its table: the
 * envelope from a fresh {@link Fixtures} factory (caller, time, ids, TLS
 * details), `requestParameters` from the operation's input shape and
 * `responseElements` from its output shape (`null` for operations without
 * one), both as CloudTrail writes them (see `buildPayload`). `eventName`
 * may be an alias of an operation. The same arguments always give the same
 * JSON; nothing reads the clock.
 *
 * Overrides are laid over the record (objects merge, anything else replaces;
 * setting a union member replaces the drawn one); a given `userIdentity`
 * replaces the caller whole, and a given `errorCode` makes a failed call, as
 * `fail` does. What it returns decodes with the service's codec to a
 * succeeded or failed call: an override that would break that gives a
 * {@link BuilderError} naming it.
 *
 * @example
 * import { CloudTrailRecord } from 'cloudtrail-codecs';
 * import { buildServiceEvent } from 'cloudtrail-codecs/builders';
 * const demo = {
 *   table: {
 *     name: 'demo',
 *     eventSource: 'demo.amazonaws.com',
 *     profile: { timestamps: 'iso' as const },
 *     shapes: { PingInput: { s: { target: '!$s' } } },
 *     operations: { Ping: { i: 'PingInput' } },
 *     aliases: {},
 *   },
 *   codec: CloudTrailRecord,
 * };
 * const e = buildServiceEvent(demo, 'Ping', { requestParameters: { target: 'db-1' } }, { seed: 3 });
 * e.requestParameters; // { target: 'db-1' }
 * buildServiceEvent(demo, 'Ping', undefined, { fail: true }).errorCode; // 'AccessDenied'
 */
export function buildServiceEvent<S extends BuildableService, N extends ServiceEventNameOf<S>>(
  service: S,
  eventName: N,
  overrides?: Overrides<ServiceEventJsonOf<S, N>>,
  options: ServiceBuildOptions = {},
): ServiceEventJsonOf<S, N> {
  const builder = typeof eventName === 'string' ? eventName : 'buildServiceEvent';
  const table = service.table;
  const operation = typeof eventName !== 'string' ? undefined : hasOwn(table.operations, eventName) ? eventName : hasOwn(table.aliases, eventName) ? table.aliases[eventName] : undefined;
  const row = operation === undefined || !hasOwn(table.operations, operation) ? undefined : table.operations[operation];
  if (operation === undefined || row === undefined) {
    throw new BuilderError(
      'buildServiceEvent',
      `${typeof eventName === 'string' ? quoteText(eventName) : `a ${typeof eventName}`} is not an operation of ${quoteText(table.name)} or an alias of one`,
      ['eventName'],
    );
  }
  const fx = new Fixtures(readOptions(options, builder));
  const opts = readCallOptions(builder, options);
  const given = readBuilderInput(builder, overrides === undefined ? {} : overrides);
  if (!isPlainObject(given)) throw new BuilderError(builder, 'the overrides are not an object', ['']);
  const { userIdentity, ...rest } = given;
  let fail = opts.fail;
  // A given errorCode makes a failed call: a succeeded one with an error code would not decode as one.
  if ((fail === undefined || fail === false) && typeof rest['errorCode'] === 'string') fail = rest['errorCode'];
  const failure = fail === undefined || fail === false ? undefined : fail === true ? 'AccessDenied' : fail;

  const identity = (userIdentity as UserIdentityJson | undefined) ?? (fx[opts.identity ?? 'iamUser'] as () => UserIdentityJson).call(fx);
  const base = fx.record({ eventSource: table.eventSource, eventName, userIdentity: identity });
  const payloadOptions = {
    time: new Date(base.eventTime),
    accountId: fx.accountId,
    region: base.awsRegion,
    ...(opts.depth === undefined ? {} : { depth: opts.depth }),
  };
  let request = row.i === undefined ? null : buildPayload(table, row.i, fx.random, payloadOptions);
  // CloudTrail writes an empty request as null.
  if (isPlainObject(request) && Object.keys(request).length === 0) request = null;
  const response = row.o === undefined || failure !== undefined ? null : buildPayload(table, row.o, fx.random, payloadOptions);
  // The caller a denial names: its ARN, or for a service its name.
  const who = identity as { arn?: unknown; invokedBy?: unknown; principalId?: unknown };
  const caller = [who.arn, who.invokedBy, who.principalId].find((v): v is string => typeof v === 'string' && v !== '') ?? 'anonymous';
  const service_ = table.eventSource.split('.')[0] ?? table.name;
  const record: Json = {
    eventVersion: base.eventVersion,
    userIdentity: base.userIdentity,
    eventTime: base.eventTime,
    eventSource: base.eventSource,
    eventName,
    awsRegion: base.awsRegion,
    ...(base.sourceIPAddress === undefined ? {} : { sourceIPAddress: base.sourceIPAddress }),
    ...(base.userAgent === undefined ? {} : { userAgent: base.userAgent }),
    ...(failure === undefined
      ? {}
      : // The message names the resource of the request as the overrides leave it: set below.
        { errorCode: failure, errorMessage: '' }),
    requestParameters: request,
    responseElements: response,
    ...(table.profile.additionalEventData === undefined ? {} : { additionalEventData: buildPayload(table, table.profile.additionalEventData, fx.random, payloadOptions) }),
    ...(base.requestID === undefined ? {} : { requestID: base.requestID }),
    ...(base.eventID === undefined ? {} : { eventID: base.eventID }),
    readOnly: base.readOnly,
    eventType: base.eventType,
    managementEvent: base.managementEvent,
    ...(base.recipientAccountId === undefined ? {} : { recipientAccountId: base.recipientAccountId }),
    eventCategory: base.eventCategory,
    ...(base.tlsDetails === undefined ? {} : { tlsDetails: base.tlsDetails }),
  };
  if (row.i !== undefined) yieldUnionsTo(table, row.i, record, 'requestParameters', rest['requestParameters']);
  if (row.o !== undefined) yieldUnionsTo(table, row.o, record, 'responseElements', rest['responseElements']);
  const built = mergeOverrides(record, rest as Overrides<Json>);
  if (failure !== undefined && built['errorMessage'] === '' && rest['errorMessage'] === undefined) {
    built['errorMessage'] = errorMessage(failure, service_, operation, caller, resourceOf(built['requestParameters'] as JsonValue));
  }
  checkBuilt(builder, service.strict ?? service.codec, built, given);
  return built as ServiceEventJsonOf<S, N>;
}
