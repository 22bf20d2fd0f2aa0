import type * as t from 'io-ts';
import { leaf } from '../core/leaf.js';
import { loosen } from '../core/loosen.js';
import { nullable } from '../core/nullable.js';
import { Absent, NullValue } from '../core/nullAndAbsent.js';
import { literal, literalUnion } from '../core/scalars.js';
import { hasUnsafeText } from '../core/escapeText.js';
import { unrecognizedString } from '../core/unrecognizedString.js';
import {
  INVALID,
  WireType,
  appendContext,
  explainWith,
  failureAt,
  isObject,
  asWireType,
  parseWith,
  encodeChild,
} from '../core/WireType.js';
import { describeValue, issuesOf, type Issue } from '../core/Issue.js';
import type { DecodeError } from '../errors/DecodeError.js';
import { decodeWith, decodeWithOrThrow, type DecodeResult } from '../errors/DecodeResult.js';
import { ActivityRecord, cloudTrailRecordOf } from '../record/ActivityRecord.js';
import { callVariant, type PayloadField } from './callVariant.js';
import { callEventOf, isFailedCall, type HasError } from '../record/callEvents.js';
import { parseTarget, payloadCodecOf, rowOf, stateOf, type TableState } from './shapes.js';
import type { ServiceTable } from './table.js';
import { departures, type DepartedCall, type SucceededCall } from './types.js';

/**
 * The codec of every record of one service: {@link ServiceDescriptor.codec}
 * and {@link ServiceDescriptor.strict}.
 *
 * @example
 * import type { ServiceEventC } from 'cloudtrail-codecs/service-kit';
 * const sourceOf = <A, O>(codec: ServiceEventC<A, O>): string => codec.eventSource;
 */
export interface ServiceEventC<A, O> extends WireType<A, O> {
  /** The `eventSource` of the service's records, such as `sts.amazonaws.com`. */
  readonly eventSource: string;
}

/**
 * The codec of the records of one operation: its successful and failed
 * calls, under the operation's name or an alias. Records that depart from
 * the model fail.
 *
 * @example
 * import type { OperationEventC } from 'cloudtrail-codecs/service-kit';
 * const operationOf = <A, O>(codec: OperationEventC<A, O>): string => codec.operation;
 */
export interface OperationEventC<A, O> extends WireType<A, O> {
  /** The operation's name in the model. */
  readonly operation: string;
}

/**
 * What a generated service module is built around: the service's event
 * codecs, its operations and event names, and guards, all made from its
 * {@link ServiceTable} by {@link defineService}.
 *
 * @typeParam E - the service's event union (`STSEvent`)
 * @typeParam EJ - its wire form
 * @typeParam Ops - an interface keyed by operation name (only its keys are used here)
 *
 * @example
 * import { defineService, type ServiceDescriptor, type ServiceTable } from 'cloudtrail-codecs/service-kit';
 * declare const table: ServiceTable;
 * const service: ServiceDescriptor<unknown, unknown> = defineService(table);
 * const knows = (eventName: string): boolean => service.operationOf(eventName) !== undefined;
 */
export interface ServiceDescriptor<E, EJ = unknown, Ops = { readonly [operation: string]: unknown }> {
  /** The service's name in this library, such as `sts`. */
  readonly name: string;
  readonly eventSource: string;
  /** Every operation, alias and service event (see {@link DefineServiceOptions.events}), sorted. */
  readonly eventNames: readonly string[];
  /** Every operation of the model, sorted. */
  readonly operations: readonly (keyof Ops & string)[];
  /**
   * Any record of the service. A call whose payloads depart from the model
   * decodes to a {@link DepartedCall} (see {@link ServiceDescriptor.departuresOf});
   * only a record of another service or with a broken envelope fails.
   */
  readonly codec: ServiceEventC<E, EJ>;
  /** As {@link ServiceDescriptor.codec}, but a departure from the model is an error, with its path. */
  readonly strict: ServiceEventC<E, EJ>;
  /** Decodes with {@link ServiceDescriptor.codec}: the event, or a {@link DecodeError} with every issue. Never throws. */
  readonly decode: (value: unknown) => DecodeResult<E>;
  /** As {@link ServiceDescriptor.decode}, but throws the {@link DecodeError}. */
  readonly decodeOrThrow: (value: unknown) => E;
  /** The codec of one operation's records (strict); built when first used. */
  operation<A = unknown, O = unknown>(name: keyof Ops & string): OperationEventC<A, O>;
  /** The operation an event name stands for (itself, or the operation of an alias); `undefined` for others. */
  operationOf(eventName: string): (keyof Ops & string) | undefined;
  /** True for a successful call of a known operation that matches the model. */
  readonly isSucceeded: <X extends E>(e: X) => e is Extract<X, SucceededCall<string, string>>;
  /** True for a failed call (`errorCode` or `errorMessage` set) of a known operation that matches the model. */
  readonly isFailed: <X extends E>(e: X) => e is Extract<X, HasError>;
  /** True for a call of a known operation whose payloads depart from the model. */
  readonly isDeparted: <X extends E>(e: X) => e is Extract<X, DepartedCall<string, string>>;
  /** The departures of a {@link DepartedCall}; none for any other value. */
  readonly departuresOf: (e: unknown) => readonly Issue[];
  /** The table the service is made from. */
  readonly table: ServiceTable;
}

/**
 * Options of {@link defineService}.
 *
 * @example
 * import type { DefineServiceOptions } from 'cloudtrail-codecs/service-kit';
 * const options: DefineServiceOptions = { name: 'STSEvent' };
 */
export interface DefineServiceOptions {
  /** The name of the event codec, which errors about a whole record show (`STSEvent`). */
  readonly name?: string;
  /**
   * Events of the service that are no operation of its table, such as App
   * Mesh's `StreamAggregatedResources` service event, each with its own codec,
   * by event name. Records of these names decode with that codec (its
   * failures depart, as an operation's do) instead of as an unknown
   * operation; they are in `eventNames`, and neither succeeded nor failed
   * calls. An operation or alias of the same name wins over one of these.
   */
  readonly events?: { readonly [eventName: string]: t.Mixed };
}

const hasOwn = Object.prototype.hasOwnProperty;
/**
 * The eventType of aggregated events: counts of a service's calls over a
 * time window, with its eventSource but no eventName. They are no call, and
 * the generic codecs type them.
 */
const AGGREGATED = 'AwsAggregatedEvent';
/** The API version CloudTrail appends to event names of versioned services: `20150331`, `20150331v2`. */
const VERSION_SUFFIX = /\d{8}(?:v\d+)?$/;
const NO_ISSUES: readonly Issue[] = Object.freeze([]);

/** True for a decoded {@link DepartedCall}: it carries its departures as an own property. */
function isDepartedValue(u: Record<string, unknown>): boolean {
  return hasOwn.call(u, departures);
}

/** The departures a value carries, if it is a decoded departed call. */
function departuresIn(e: unknown): readonly Issue[] | undefined {
  try {
    return isObject(e) && isDepartedValue(e) ? (e as { readonly [departures]: readonly Issue[] })[departures] : undefined;
  } catch {
    return undefined;
  }
}

/** One operation of a service, and its codecs once they are built. */
interface Operation {
  readonly name: string;
  /** The operation's name first, then its aliases. */
  readonly names: string[];
  succeeded?: t.Mixed;
  failed?: t.Mixed;
  event?: t.Mixed;
  handle?: OperationEventType;
}

/** The run-time part of a service, shared by its codecs and guards. */
class Service {
  readonly source: string;
  private byName: Map<string, Operation> | undefined;
  private unknownCodec: WireType<unknown, unknown> | undefined;
  private readonly state: TableState;
  /** The service's events that are no operation, by event name (see {@link DefineServiceOptions.events}). */
  readonly events: ReadonlyMap<string, WireType<unknown, unknown>>;

  constructor(
    readonly table: ServiceTable,
    readonly codecName: string,
    events: { readonly [eventName: string]: t.Mixed } = {},
  ) {
    this.source = table.eventSource;
    this.state = stateOf(table);
    this.events = new Map(Object.keys(events).map((name) => [name, asWireType(events[name] as t.Mixed)]));
  }

  /** Event name to operation, aliases included; made on first use, with no codec built. */
  names(): Map<string, Operation> {
    if (this.byName !== undefined) return this.byName;
    const byName = new Map<string, Operation>();
    for (const name of Object.keys(this.table.operations)) byName.set(name, { name, names: [name] });
    for (const alias of Object.keys(this.table.aliases)) {
      const op = byName.get(this.table.aliases[alias] as string);
      // An alias of no operation, or one that is an operation's own name, is the table's error (see tableProblems).
      if (op === undefined || byName.has(alias)) continue;
      op.names.push(alias);
      byName.set(alias, op);
    }
    this.byName = byName;
    return byName;
  }

  lookup(eventName: unknown): Operation | undefined {
    if (typeof eventName !== 'string') return undefined;
    const op = this.names().get(eventName);
    if (op !== undefined || this.table.profile.versioned !== 1) return op;
    // An API version the table does not list as an alias: the base name decides.
    const m = VERSION_SUFFIX.exec(eventName);
    return m === null || m.index === 0 ? undefined : this.names().get(eventName.slice(0, m.index));
  }

  /** The variant a record of the operation is checked with: failed or succeeded. */
  variant(op: Operation, u: object): t.Mixed {
    if (op.event === undefined) this.build(op);
    return (isFailedCall(u) ? op.failed : op.succeeded) as t.Mixed;
  }

  event(op: Operation): t.Mixed {
    if (op.event === undefined) this.build(op);
    return op.event as t.Mixed;
  }

  private build(op: Operation): void {
    const table = this.table;
    const row = table.operations[op.name];
    const eventSource = literal(this.source);
    const eventName = table.profile.versioned === 1 ? versionedName(op.names, (name) => this.lookup(name) === op) : op.names.length === 1 ? literal(op.names[0] as string) : literalUnion(op.names);
    const input = row?.i === undefined ? undefined : payloadCodecOf(table, row.i);
    const output = row?.o === undefined ? undefined : payloadCodecOf(table, row.o);
    // The request is required when the input has a member required on the
    // wire; otherwise it may be absent or null (CloudTrail writes null for
    // an empty request). An operation without input has none.
    const request: PayloadField =
      input === undefined
        ? { key: 'requestParameters', codec: NullValue, required: false }
        : row?.i !== undefined && row.n !== 1 && hasRequiredMember(table, row.i)
          ? { key: 'requestParameters', codec: input, required: true }
          : { key: 'requestParameters', codec: nullable(input), required: false };
    // The response is required only where CloudTrail is known to record it always.
    const response: PayloadField =
      output === undefined
        ? { key: 'responseElements', codec: NullValue, required: false }
        : row?.r === 1
          ? { key: 'responseElements', codec: output, required: true }
          : { key: 'responseElements', codec: nullable(output), required: false };
    const absent = Absent as unknown as t.Mixed;
    const required: Record<string, t.Mixed> = { eventSource, eventName };
    const optional: Record<string, t.Mixed> = { errorCode: absent, errorMessage: absent };
    const extraShape = table.profile.additionalEventData;
    const extra: readonly PayloadField[] =
      extraShape === undefined ? [] : [{ key: 'additionalEventData', codec: nullable(payloadCodecOf(table, extraShape)), required: false }];
    for (const p of [request, response, ...extra]) (p.required ? required : optional)[p.key] = p.codec;
    const failedRequest: PayloadField = {
      key: 'requestParameters',
      codec: input === undefined ? NullValue : nullable(loosen(input)),
      required: false,
    };
    const failedResponse: PayloadField = { key: 'responseElements', codec: NullValue, required: false };
    // Records are parsed through one envelope shared by every variant (see
    // callVariant.ts); the full record codecs explain, tell `is` and encode.
    const acceptsName = table.profile.versioned === 1 ? (name: string) => this.lookup(name) === op : undefined;
    const variant = (errors: 'absent' | 'any', payloads: readonly PayloadField[], full: t.Mixed): t.Mixed =>
      callVariant({ eventSource: this.source, eventNames: op.names, ...(acceptsName === undefined ? {} : { acceptsName }), errors, payloads, full });
    op.succeeded = variant('absent', [request, response, ...extra], cloudTrailRecordOf(`${op.name}Succeeded`, { required, optional }));
    op.failed = variant(
      'any',
      [failedRequest, failedResponse],
      cloudTrailRecordOf(`${op.name}Failed`, {
        required: { eventSource, eventName },
        optional: { requestParameters: failedRequest.codec, responseElements: failedResponse.codec },
      }),
    );
    op.event = callEventOf(`${op.name}Event`, op.succeeded, op.failed);
    this.state.operationsBuilt++;
  }

  /**
   * The codec a record of the service is checked with: its operation's
   * variant, its service event's codec, or the unknown-operation codec.
   */
  codecFor(u: Record<string, unknown>): WireType<unknown, unknown> {
    const name = u['eventName'];
    const op = this.lookup(name);
    if (op !== undefined) return this.variant(op, u) as WireType<unknown, unknown>;
    return (typeof name === 'string' ? this.events.get(name) : undefined) ?? this.unknown();
  }

  /** True for the unknown-operation codec, whose records never depart. */
  isUnknown(codec: t.Mixed): boolean {
    return codec === this.unknownCodec;
  }

  unknown(): WireType<unknown, unknown> {
    return (this.unknownCodec ??= asWireType(<t.Mixed>cloudTrailRecordOf(`${this.codecName}UnknownOperation`, {
      required: {
        eventSource: literal(this.source),
        eventName: unrecognizedString(`an eventName of ${this.table.name}`),
      },
    })));
  }

  operation(name: string): OperationEventType {
    const op = hasOwn.call(this.table.operations, name) ? this.names().get(name) : undefined;
    if (op === undefined) return new OperationEventType(this, name, undefined);
    return (op.handle ??= new OperationEventType(this, name, op));
  }

  /** The errors of a record whose `eventSource` is not the service's, or of a non-object; undefined otherwise. */
  sourceErrors(u: unknown, c: t.Context, codec: t.Decoder<unknown, unknown>): t.Errors | undefined {
    if (!isObject(u)) return failureAt(u, c);
    const source = u['eventSource'];
    if (source === this.source) return undefined;
    const at = appendContext(c, 'eventSource', codec, source);
    if (source === undefined) return [{ value: undefined, context: at, message: `expected ${this.source}, but it is missing` }];
    // A short, one-line rendering, whatever the value (a huge or odd string, a BigInt).
    const shown = typeof source === 'string' && source.length <= 80 && !hasUnsafeText(source) ? source : describeValue(source);
    return failureAt(source, at, `is ${shown}, not ${this.source}`);
  }

  /**
   * A record of a known operation that its variant rejects, kept as the
   * envelope decodes it, with the variant's issues; INVALID when even the
   * envelope is broken.
   */
  depart(u: Record<string, unknown>, variant: t.Mixed): unknown {
    const record = ActivityRecord.parse(u);
    if (record === INVALID) return INVALID;
    const issues = issuesOf(explainWith(variant, u, [{ key: '', type: variant, actual: u }]));
    // The envelope always decodes eventTime to a Date, so this is a copy; be sure of it.
    const out: object = record === u ? { ...record } : record;
    Object.defineProperty(out, departures, { value: Object.freeze(issues) });
    return out;
  }

  isSucceeded(e: unknown): boolean {
    try {
      return isObject(e) && e['eventSource'] === this.source && !isDepartedValue(e) && this.lookup(e['eventName']) !== undefined && !isFailedCall(e);
    } catch {
      return false;
    }
  }

  isFailed(e: unknown): boolean {
    try {
      return isObject(e) && e['eventSource'] === this.source && !isDepartedValue(e) && this.lookup(e['eventName']) !== undefined && isFailedCall(e);
    } catch {
      return false;
    }
  }
}

/**
 * The event name of an operation of a versioned service: its own names, and
 * any name with an API version whose base is the operation (`accepts`).
 */
function versionedName(names: readonly string[], accepts: (name: string) => boolean): t.Mixed {
  return leaf<string>({
    name: names.map((n) => JSON.stringify(n)).join(' | ') + ' (or with another API version)',
    parse: (u) => (typeof u === 'string' && accepts(u) ? u : INVALID),
    is: (u): u is string => typeof u === 'string' && accepts(u),
  });
}

function hasRequiredMember(table: ServiceTable, shape: string): boolean {
  const row = rowOf(table, shape);
  if (row === undefined || !('s' in row)) return false;
  for (const key of Object.keys(row.s)) {
    const target = parseTarget(row.s[key] as string);
    if (target.required && !target.sensitive) return true;
  }
  return false;
}

class ServiceEventType extends WireType<unknown, unknown> implements ServiceEventC<unknown, unknown> {
  // eventTime decodes to a Date.
  readonly encodesAsIs = false;
  readonly eventSource: string;

  constructor(
    private readonly service: Service,
    private readonly lenient: boolean,
  ) {
    super(lenient ? service.codecName : `${service.codecName}Strict`, (u): u is unknown => this.isValue(u));
    this.eventSource = service.source;
  }

  private isValue(u: unknown): boolean {
    const service = this.service;
    if (!isObject(u) || u['eventSource'] !== service.source) return false;
    if (isDepartedValue(u)) return this.lenient && ActivityRecord.is(u);
    return service.codecFor(u).is(u);
  }

  parse(u: unknown): unknown {
    return this.parseEvent(u, false);
  }

  override parseOwned(u: unknown): unknown {
    return this.parseEvent(u, true);
  }

  // `owned`: see WireType.parseOwned. A variant that fails has changed
  // nothing, so departing reads the record as it came.
  private parseEvent(u: unknown, owned: boolean): unknown {
    const service = this.service;
    if (!isObject(u) || u['eventSource'] !== service.source || u['eventType'] === AGGREGATED) return INVALID;
    const variant = service.codecFor(u);
    if (!this.lenient || service.isUnknown(variant)) return owned ? variant.parseOwned(u) : variant.parse(u);
    let r: unknown;
    try {
      r = owned ? variant.parseOwned(u) : variant.parse(u);
    } catch {
      // A payload that cannot be read (a getter or Proxy that throws) is a
      // departure too, as long as the envelope is sound.
      r = INVALID;
    }
    return r !== INVALID ? r : service.depart(u, variant);
  }

  explain(u: unknown, c: t.Context): t.Errors {
    const service = this.service;
    const wrongSource = service.sourceErrors(u, c, this);
    if (wrongSource !== undefined) return wrongSource;
    if ((u as Record<string, unknown>)['eventType'] === AGGREGATED) {
      const at = appendContext(c, 'eventType', this, AGGREGATED);
      return failureAt(AGGREGATED, at, `is an aggregated event (counts of ${service.table.name} calls), not a call: decode it with CloudTrailRecord or TypedRecord`);
    }
    const variant = service.codecFor(u as Record<string, unknown>);
    if (service.isUnknown(variant)) return explainWith(variant, u, c);
    // Leniently, only a broken envelope fails; its errors are the ones to show.
    if (this.lenient && parseWith(ActivityRecord, u) === INVALID) return explainWith(ActivityRecord, u, c);
    return explainWith(variant, u, c);
  }

  encodeValue(a: unknown): unknown {
    const service = this.service;
    const record = a as Record<string, unknown>;
    // A departed call is the envelope's value: its payloads are as they came.
    if (isDepartedValue(record)) return ActivityRecord.encodeValue(record as unknown as ActivityRecord);
    return encodeChild(service.codecFor(record), a);
  }
}

/** A variant's fast path: every codec the kit builds is a WireType. */
function parseWithin(codec: t.Mixed, u: unknown): unknown {
  return (codec as WireType<unknown, unknown>).parse(u);
}

class OperationEventType extends WireType<unknown, unknown> implements OperationEventC<unknown, unknown> {
  readonly encodesAsIs = false;

  constructor(
    private readonly service: Service,
    readonly operation: string,
    private readonly op: Operation | undefined,
  ) {
    super(`${operation}Event`, (u): u is unknown => this.op !== undefined && this.service.event(this.op).is(u));
  }

  parse(u: unknown): unknown {
    return this.op === undefined ? INVALID : parseWithin(this.service.event(this.op), u);
  }

  explain(u: unknown, c: t.Context): t.Errors {
    if (this.op === undefined) return failureAt(u, c, `${this.service.table.name} has no operation ${describeValue(this.operation)}`);
    return explainWith(this.service.event(this.op), u, c);
  }

  encodeValue(a: unknown): unknown {
    if (this.op === undefined) return a;
    return (this.service.event(this.op) as WireType<unknown, unknown>).encodeValue(a);
  }
}

const services = new WeakMap<ServiceTable, ServiceDescriptor<unknown, unknown>>();

/**
 * The descriptor of a service, made from its table: what a generated
 * service module exports as `<prefix>Service`, and what generic code works
 * with. Defining a service builds no codec: an operation's codecs are built
 * when a record of it is first decoded (or its codec first used), so the
 * cost of an import does not grow with the number of operations.
 *
 * Decoding a record with `codec`:
 * - another `eventSource` fails with one line, `eventSource: is X, not Y`;
 * - an `eventName` given in `options.events` decodes with that event's
 *   codec (App Mesh's `StreamAggregatedResources` service event);
 * - an `eventName` that is no operation, alias or such event decodes to an
 *   `UnknownOperationCall` (the envelope is checked, payloads kept as JSON);
 * - a known operation decodes to its succeeded or failed variant (failed
 *   when `errorCode` or `errorMessage` is set);
 * - when the variant (or the event's codec) rejects the record but the
 *   envelope is sound, to a {@link DepartedCall} carrying its issues, with
 *   their paths.
 *
 * `strict` fails instead of departing. Encoding gives back the exact input,
 * departed calls included.
 *
 * The same table always gives the same descriptor.
 *
 * @example
 * import { defineService, departures, type ServiceTable } from 'cloudtrail-codecs/service-kit';
 * const table: ServiceTable = {
 *   name: 'things', eventSource: 'things.amazonaws.com', profile: { timestamps: 'iso' },
 *   shapes: { GetThingRequest: { s: { thingName: '!$s' } } },
 *   operations: { GetThing: { i: 'GetThingRequest' } },
 *   aliases: { GetThing2024: 'GetThing' },
 * };
 * const things = defineService(table, { name: 'ThingsEvent' });
 * things.eventNames; // ['GetThing', 'GetThing2024']
 * const record = {
 *   eventVersion: '1.08', userIdentity: { type: 'AWSService', invokedBy: 'things.amazonaws.com' },
 *   eventTime: '2026-01-01T00:00:00Z', eventSource: 'things.amazonaws.com', eventName: 'GetThing2024',
 *   awsRegion: 'us-east-1', requestParameters: { thingName: 42 },
 * };
 * const r = things.codec.decode(record);
 * if (r._tag === 'Right') things.departuresOf(r.right).map((i) => i.path); // ['requestParameters.thingName']
 * things.strict.decode(record)._tag; // 'Left'
 */
export function defineService<E, EJ = unknown, Ops = { readonly [operation: string]: unknown }>(
  table: ServiceTable,
  options: DefineServiceOptions = {},
): ServiceDescriptor<E, EJ, Ops> {
  const known = services.get(table);
  if (known !== undefined) return known as unknown as ServiceDescriptor<E, EJ, Ops>;
  const service = new Service(table, options.name ?? `${table.name}Event`, options.events);
  let eventNames: readonly string[] | undefined;
  let operations: readonly string[] | undefined;
  const descriptor: ServiceDescriptor<unknown, unknown> = {
    name: table.name,
    eventSource: table.eventSource,
    get eventNames() {
      return (eventNames ??= Object.freeze([...new Set([...service.names().keys(), ...service.events.keys()])].sort()));
    },
    get operations() {
      return (operations ??= Object.freeze(Object.keys(table.operations).sort()));
    },
    codec: new ServiceEventType(service, true),
    strict: new ServiceEventType(service, false),
    decode: (value: unknown) => decodeWith(descriptor.codec, value),
    decodeOrThrow: (value: unknown) => decodeWithOrThrow(descriptor.codec, value),
    operation: <A, O>(name: string) => service.operation(name) as unknown as OperationEventC<A, O>,
    operationOf: (eventName: string) => service.lookup(eventName)?.name,
    isSucceeded: ((e: unknown) => service.isSucceeded(e)) as ServiceDescriptor<unknown, unknown>['isSucceeded'],
    isFailed: ((e: unknown) => service.isFailed(e)) as ServiceDescriptor<unknown, unknown>['isFailed'],
    isDeparted: ((e: unknown) => departuresIn(e) !== undefined) as ServiceDescriptor<unknown, unknown>['isDeparted'],
    departuresOf: (e: unknown) => departuresIn(e) ?? NO_ISSUES,
    table,
  };
  services.set(table, descriptor);
  return descriptor as unknown as ServiceDescriptor<E, EJ, Ops>;
}
