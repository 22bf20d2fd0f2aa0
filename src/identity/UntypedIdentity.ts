import type * as t from 'io-ts';
import { struct, type StructCodec } from '../core/struct.js';
import { identityFields } from './fields.js';

const codec = struct('UntypedIdentity', {}, identityFields);
/**
 * `userIdentity` without a `type`, as AWS writes it on events a service
 * raises by itself (KMS key rotation, EC2 Spot fulfilment): usually just
 * `accountId` and `invokedBy`.
 */
export interface UntypedIdentity extends t.TypeOf<typeof codec> {
  /** Never present: that is what makes this variant. */
  readonly type?: undefined;
}
/**
 * The wire form of {@link UntypedIdentity}.
 *
 * @example
 * import { UntypedIdentity, type UntypedIdentityJson } from 'cloudtrail-codecs';
 * // As on a KMS key rotation: no type, just the account and the service.
 * const wire: UntypedIdentityJson = { accountId: '111122223333', invokedBy: 'kms.amazonaws.com' };
 * UntypedIdentity.decode(wire)._tag; // 'Right'
 */
export interface UntypedIdentityJson extends t.OutputOf<typeof codec> {
  /** Never present: that is what makes this variant. */
  readonly type?: undefined;
}
/**
 * The codec of {@link UntypedIdentity}.
 *
 * @example
 * import { UntypedIdentity, type UntypedIdentityC } from 'cloudtrail-codecs';
 * const codec: UntypedIdentityC = UntypedIdentity;
 * codec.fields.every((f) => !f.required); // true: every property may be missing
 */
export interface UntypedIdentityC extends StructCodec<UntypedIdentity, UntypedIdentityJson> {}
/**
 * Codec of {@link UntypedIdentity}.
 *
 * @example
 * import { UntypedIdentity } from 'cloudtrail-codecs';
 * UntypedIdentity.is({ accountId: '111122223333', invokedBy: 'kms.amazonaws.com' }); // true
 */
export const UntypedIdentity: UntypedIdentityC = codec as UntypedIdentityC;
