/**
 * Every typed service at once: `TypedRecord` decodes any CloudTrail record
 * with the codec of its `eventSource` when the library has a module for that
 * service (App Mesh, STS, IAM, KMS, Secrets Manager, CloudTrail, SSM,
 * Organizations, DynamoDB, Lambda, S3, EC2), and as a generic
 * `CloudTrailRecord` otherwise. `services` lists the service descriptors.
 *
 * This entry carries every service's table, so it is much larger than one
 * service's entry: import `cloudtrail-codecs/<name>` when you need only one.
 *
 * @packageDocumentation
 */
import type * as t from 'io-ts';
import { INVALID, WireType, explainWith, isObject, readProperty } from '../core/WireType.js';
import { CloudTrailRecord, type CloudTrailRecordJson } from '../record/CloudTrailRecord.js';
import type { ServiceDescriptor } from '../service-kit/serviceEvent.js';
import { generatedServices, type GeneratedServiceEvent, type GeneratedServiceEventJson } from './registry.js';

/**
 * Any service descriptor, seen through what every one of them has: its name,
 * event source, event names, operations, codecs and guards.
 *
 * @example
 * import { services, type AnyService } from 'cloudtrail-codecs/services';
 * const names = (list: readonly AnyService[]): string[] => list.map((s) => s.name);
 * names(services).includes('ec2'); // true
 */
export type AnyService = ServiceDescriptor<object>;

/**
 * Every service the library types, in a fixed order (App Mesh, STS, IAM and
 * KMS first). Each descriptor has the service's `eventSource`,
 * `eventNames`, `operations`, `codec` (lenient) and `strict` codecs, and
 * guards.
 *
 * @example
 * import { services } from 'cloudtrail-codecs/services';
 * services.find((s) => s.eventSource === 's3.amazonaws.com')?.name; // 's3'
 */
export const services: readonly AnyService[] = generatedServices as unknown as readonly AnyService[];

const bySource: ReadonlyMap<string, AnyService> = new Map(services.map((s): [string, AnyService] => [s.eventSource, s]));

/**
 * The descriptor of the service whose records carry `eventSource`, or
 * `undefined` when the library has no module for it.
 *
 * @example
 * import { serviceFor } from 'cloudtrail-codecs/services';
 * serviceFor('kms.amazonaws.com')?.operations.length; // 53
 * serviceFor('signin.amazonaws.com'); // undefined
 */
export function serviceFor(eventSource: string): AnyService | undefined {
  return bySource.get(eventSource);
}

/**
 * A record decoded by {@link TypedRecord}: a typed service event, or a
 * generic record of a service without a module.
 *
 * @example
 * import type { TypedRecord } from 'cloudtrail-codecs/services';
 * const source = (r: TypedRecord): string => ('eventSource' in r ? String(r.eventSource) : 'insight');
 */
export type TypedRecord = GeneratedServiceEvent | CloudTrailRecord;
/**
 * The wire form of {@link TypedRecord}.
 *
 * @example
 * import type { TypedRecordJson } from 'cloudtrail-codecs/services';
 * const name = (r: TypedRecordJson): unknown => ('eventName' in r ? r.eventName : undefined);
 */
export type TypedRecordJson = GeneratedServiceEventJson | CloudTrailRecordJson;

/**
 * The codec of {@link TypedRecord}.
 *
 * @example
 * import { TypedRecord, type TypedRecordC } from 'cloudtrail-codecs/services';
 * const codec: TypedRecordC = TypedRecord;
 * codec.name; // 'TypedRecord'
 */
export interface TypedRecordC extends WireType<TypedRecord, TypedRecordJson> {}

// Records that name a service's eventSource but are no call of it: the
// generic codec types them.
const NOT_CALLS: ReadonlySet<unknown> = new Set(['AwsCloudTrailInsight', 'AwsAggregatedEvent']);

/**
 * The service whose codec decodes `record` (what {@link TypedRecord} uses):
 * that of its `eventSource`, when the library has a module for it and the
 * record is a call, not an Insight or aggregated event; `undefined`
 * otherwise, and for a record whose fields cannot be read.
 *
 * @example
 * import { serviceOfRecord } from 'cloudtrail-codecs/services';
 * serviceOfRecord({ eventSource: 's3.amazonaws.com', eventName: 'PutObject' })?.name; // 's3'
 * serviceOfRecord({ eventSource: 's3.amazonaws.com', eventType: 'AwsAggregatedEvent' }); // undefined
 */
export function serviceOfRecord(record: object): AnyService | undefined {
  const source = readProperty(record, 'eventSource');
  return typeof source === 'string' && !NOT_CALLS.has(readProperty(record, 'eventType')) ? bySource.get(source) : undefined;
}

/** The codec a record is decoded with: its service's for a call, else the generic one. */
function codecOf(u: Record<string, unknown>): WireType<unknown, unknown> {
  return (serviceOfRecord(u)?.codec ?? CloudTrailRecord) as unknown as WireType<unknown, unknown>;
}

// Typed through TypedRecordC only: spelling the union of every service's
// variants inside the class (`TypedRecord | Invalid`) is more than the
// checker will represent.
class TypedRecordType extends WireType<unknown, unknown> {
  // eventTime decodes to a Date.
  readonly encodesAsIs = false;
  constructor() {
    super('TypedRecord', (u): u is unknown => isObject(u) && codecOf(u).is(u));
  }
  parse(u: unknown): unknown {
    return isObject(u) ? codecOf(u).parse(u) : INVALID;
  }
  override parseOwned(u: unknown): unknown {
    return isObject(u) ? codecOf(u).parseOwned(u) : INVALID;
  }
  explain(u: unknown, c: t.Context): t.Errors {
    return explainWith(isObject(u) ? codecOf(u) : CloudTrailRecord, u, c);
  }
  encodeValue(a: unknown): unknown {
    return codecOf(a as Record<string, unknown>).encodeValue(a);
  }
}

/**
 * Any CloudTrail record, decoded with the codec of its service: a record of
 * a typed service (see {@link services}) decodes as that service's event
 * (with its succeeded, failed, departed and unknown-operation variants), any
 * other record as a `CloudTrailRecord`, and so do Insight and aggregated
 * events, which name a service but are no call of it. A record whose envelope is broken
 * fails with paths, as it would with `CloudTrailRecord`. Encoding gives back
 * the exact input.
 *
 * @example
 * import { decodeRecord } from 'cloudtrail-codecs/containers';
 * import { TypedRecord, serviceFor } from 'cloudtrail-codecs/services';
 * const record = {
 *   eventVersion: '1.08', userIdentity: { type: 'AWSService', invokedBy: 'ec2.amazonaws.com' },
 *   eventTime: '2026-01-01T00:00:00Z', eventSource: 'kms.amazonaws.com', eventName: 'Decrypt',
 *   awsRegion: 'us-east-1', requestParameters: { encryptionAlgorithm: 'SYMMETRIC_DEFAULT' }, responseElements: null,
 * };
 * const r = decodeRecord(record, TypedRecord);
 * if (r.success) serviceFor('kms.amazonaws.com')?.isSucceeded(r.data); // true
 */
export const TypedRecord: TypedRecordC = new TypedRecordType() as unknown as TypedRecordC;
