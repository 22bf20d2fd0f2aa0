import type * as t from 'io-ts';
import { literal, StringValue } from '../core/scalars.js';
import { struct, type StructCodec } from '../core/struct.js';
import { identityFieldsExcept } from './fields.js';
import { OnBehalfOf } from './principals.js';

const optional = identityFieldsExcept(['accountId', 'onBehalfOf']);
const codec = struct(
  'IdentityCenterUserIdentity',
  { type: literal('IdentityCenterUser'), accountId: StringValue, onBehalfOf: OnBehalfOf },
  optional,
);
/**
 * `userIdentity` of type `IdentityCenterUser`. A user of IAM Identity Center, named by `onBehalfOf.userId` in the identity store; `credentialId` is the portal session. `arn` and `accessKeyId` are often empty strings. Used since 2025 where `Unknown` was used before.
 */
export interface IdentityCenterUserIdentity extends t.TypeOf<typeof codec> {}
/**
 * The wire form of {@link IdentityCenterUserIdentity}.
 *
 * @example
 * import { IdentityCenterUserIdentity, type IdentityCenterUserIdentityJson } from 'cloudtrail-codecs';
 * const wire: IdentityCenterUserIdentityJson = {
 *   type: 'IdentityCenterUser',
 *   accountId: '111122223333',
 *   arn: '',
 *   accessKeyId: '',
 *   onBehalfOf: { userId: '94d00cd8-e9e6-4810-b177-b08e84725435', identityStoreArn: 'arn:aws:identitystore::111122223333:identitystore/d-1234567890' },
 *   credentialId: 'EXAMPLEHfTcW6ftL3rEeB9Ls5dYqW8VTBw6x8CM',
 * };
 * IdentityCenterUserIdentity.decode(wire)._tag; // 'Right'
 */
export interface IdentityCenterUserIdentityJson extends t.OutputOf<typeof codec> {}
/**
 * The codec of {@link IdentityCenterUserIdentity}.
 *
 * @example
 * import { IdentityCenterUserIdentity, type IdentityCenterUserIdentityC } from 'cloudtrail-codecs';
 * const codec: IdentityCenterUserIdentityC = IdentityCenterUserIdentity;
 * codec.is({ type: 'IdentityCenterUser', accountId: '111122223333' }); // false: onBehalfOf is required
 */
export interface IdentityCenterUserIdentityC extends StructCodec<IdentityCenterUserIdentity, IdentityCenterUserIdentityJson> {}
/**
 * Codec of {@link IdentityCenterUserIdentity}.
 *
 * @example
 * import { IdentityCenterUserIdentity } from 'cloudtrail-codecs';
 * IdentityCenterUserIdentity.is({ type: 'IdentityCenterUser', accountId: '111122223333', onBehalfOf: { userId: '94d00cd8-e9e6-4810-b177-b08e84725435' } }); // true
 */
export const IdentityCenterUserIdentity: IdentityCenterUserIdentityC = codec;
