/**
 * The data a generated service module is made of: its model's shapes and
 * operations as compact rows, and the wire profile that says how CloudTrail
 * writes them. The kit turns rows into codecs when they are first used, so
 * importing a service costs a parse of this table, not the building of every
 * codec (EC2 has about 4,500 shapes).
 *
 * A member or row target is either the name of a shape in the same table or
 * one of the {@link Scalar} tokens.
 */

/**
 * Targets that need no row of their own:
 * `$s` string, `$n` number (integers, floats, longs), `$b` boolean,
 * `$t` timestamp in the service's default wire form, `$d` any JSON
 * (Smithy documents, and event streams, which CloudTrail never types),
 * `$B` blob (base64 text), `$u` no value (Smithy `Unit`).
 *
 * @example
 * import type { Members, Scalar } from 'cloudtrail-codecs/service-kit';
 * const text: Scalar = '$s';
 * const member: Members = { keyId: `!${text}` };
 * member.keyId; // '!$s'
 */
export type Scalar = '$s' | '$n' | '$b' | '$t' | '$d' | '$B' | '$u';

/**
 * How a timestamp is written: the profile's default, or a member's own.
 *
 * @example
 * import type { TimestampForm } from 'cloudtrail-codecs/service-kit';
 * const forms: TimestampForm[] = ['java-text', 'iso', 'epoch-seconds', 'epoch-millis', 'iso-offset', 'iso-zoneless'];
 * forms.length; // 6
 */
export type TimestampForm =
  /** `Jul 19, 2023 9:25:09 PM` (Java's default date text; IAM, STS, KMS, SSM, App Mesh). */
  | 'java-text'
  /** `2024-08-01T13:52:02Z` and its variants. */
  | 'iso'
  /** A JSON number of seconds. */
  | 'epoch-seconds'
  /** A JSON number of milliseconds (EC2). */
  | 'epoch-millis'
  /** ISO-8601 text with an offset: `2024-08-01T13:52:02.000+0000` (Lambda); any zone, or none, is read. */
  | 'iso-offset'
  /** ISO-8601 text without a zone, read as UTC: `2022-11-09T09:23:12.0` (EC2); any zone is read too. */
  | 'iso-zoneless';

/**
 * Lower and upper bounds; `null` where the model sets none.
 *
 * @example
 * import type { Bounds } from 'cloudtrail-codecs/service-kit';
 * const upTo64: Bounds = [null, 64];
 * upTo64[1]; // 64
 */
export type Bounds = readonly [min: number | null, max: number | null];

/**
 * Constraints kept for builders and validation; decoding does not enforce them.
 *
 * @example
 * import type { Constraints } from 'cloudtrail-codecs/service-kit';
 * const roleSessionName: Constraints = { len: [2, 64], pattern: '^[\\w+=,.@-]*$' };
 * roleSessionName.len; // [2, 64]
 */
export interface Constraints {
  /** Length of a string, list or map. */
  readonly len?: Bounds;
  /** Numeric range. */
  readonly range?: Bounds;
  readonly pattern?: string;
  readonly unique?: 1;
}

/**
 * Members by wire name. The value is the target, prefixed by flags:
 * `!` the member is required on the wire (the model's `@required`, as the
 * service's config corrects it), `#` the member is sensitive (its target or
 * itself carries `@sensitive`: CloudTrail may drop it or write the profile's
 * `hidden` text in its place, so it is never required).
 * Example: `{ roleArn: '!arnType', externalId: 'externalIdType', secretAccessKey: '#accessKeySecretType' }`.
 *
 * @example
 * import type { Members } from 'cloudtrail-codecs/service-kit';
 * const credentials: Members = { accessKeyId: '!$s', secretAccessKey: '#$s', expiration: '!$t' };
 * Object.keys(credentials).filter((k) => credentials[k]?.startsWith('!')); // ['accessKeyId', 'expiration']
 */
export interface Members {
  readonly [wireName: string]: string;
}

/**
 * One shape. Exactly one of the kind keys (`s`, `u`, `l`, `m`, `e`, `p`) is set.
 *
 * @example
 * import type { ShapeRow } from 'cloudtrail-codecs/service-kit';
 * const keyState: ShapeRow = { e: ['Enabled', 'Disabled', 'PendingDeletion'] };
 * const tags: ShapeRow = { l: 'Tag', c: { len: [null, 50] } };
 * 'e' in keyState && 'l' in tags; // true
 */
export type ShapeRow =
  /** Structure. */
  | { readonly s: Members }
  /** Union: exactly one member is set. */
  | { readonly u: Members }
  /** List of the target; with `one`, the wire may write a list of one item as the item alone (XML read as JSON). */
  | { readonly l: string; readonly c?: Constraints; readonly one?: 1 }
  /** Map: `[key target, value target]`; a key target that is an enum row keys the map by its values. */
  | { readonly m: readonly [key: string, value: string]; readonly c?: Constraints }
  /** Enumeration, open to values added later. */
  | { readonly e: readonly string[] }
  /** A scalar with constraints, a sensitive scalar, or a timestamp with its own form. */
  | { readonly p: Scalar; readonly c?: Constraints; readonly t?: TimestampForm };

/**
 * One operation.
 *
 * @example
 * import type { OperationRow } from 'cloudtrail-codecs/service-kit';
 * const assumeRole: OperationRow = { i: 'AssumeRoleRequest', o: 'AssumeRoleResponse', r: 1 };
 * const getCallerIdentity: OperationRow = { i: 'GetCallerIdentityRequest', o: 'GetCallerIdentityResponse' };
 * getCallerIdentity.r === undefined; // true: its response may be null
 */
export interface OperationRow {
  /** Input shape; absent for Smithy `Unit`. */
  readonly i?: string;
  /** Output shape; absent for Smithy `Unit`. */
  readonly o?: string;
  /**
   * 1 when CloudTrail is known always to record the response of a successful
   * call, so `responseElements` is typed without `null`. Otherwise a
   * successful call's `responseElements` may be `null` (CloudTrail leaves out
   * responses of reads and of calls whose output is sensitive).
   */
  readonly r?: 1;
  /**
   * 1 when CloudTrail may write `requestParameters: null` although the input
   * has members required on the wire (Lambda's Invoke made by Step
   * Functions), so `requestParameters` is typed with `null`.
   */
  readonly n?: 1;
}

/**
 * How CloudTrail writes one service's payloads.
 *
 * @example
 * import type { WireProfile } from 'cloudtrail-codecs/service-kit';
 * const sts: WireProfile = { timestamps: 'java-text' };
 * sts.hidden; // undefined
 */
export interface WireProfile {
  /** The form of the model's timestamps, unless a row gives its own. */
  readonly timestamps: TimestampForm;
  /** The text CloudTrail writes in place of a sensitive value, such as `HIDDEN_DUE_TO_SECURITY_REASONS`. */
  readonly hidden?: string;
  /**
   * 1 when CloudTrail may append the API version to an operation's name
   * (Lambda's `UpdateFunctionConfiguration20150331v2`): eight digits, then
   * optionally `v` and a number. A name so suffixed whose base is an
   * operation decodes as that operation, whether or not the table lists it
   * as an alias.
   */
  readonly versioned?: 1;
  /**
   * A structure row that types the `additionalEventData` of the service's
   * successful calls (S3's `SignatureVersion`, `bytesTransferredIn`, …).
   */
  readonly additionalEventData?: string;
}

/**
 * A service's model, as the kit reads it.
 *
 * @example
 * import type { ServiceTable } from 'cloudtrail-codecs/service-kit';
 * const tiny: ServiceTable = {
 *   name: 'things',
 *   eventSource: 'things.amazonaws.com',
 *   profile: { timestamps: 'iso' },
 *   shapes: { DeleteThingRequest: { s: { thingName: '!$s' } } },
 *   operations: { DeleteThing: { i: 'DeleteThingRequest' } },
 *   aliases: {},
 * };
 * Object.keys(tiny.operations); // ['DeleteThing']
 */
export interface ServiceTable {
  /** The service's name in this library, such as `sts`. */
  readonly name: string;
  /** The `eventSource` of its records, such as `sts.amazonaws.com`. */
  readonly eventSource: string;
  readonly profile: WireProfile;
  readonly shapes: { readonly [shape: string]: ShapeRow };
  readonly operations: { readonly [operation: string]: OperationRow };
  /** Event names that are not operation names, with the operation each stands for. */
  readonly aliases: { readonly [eventName: string]: string };
}
