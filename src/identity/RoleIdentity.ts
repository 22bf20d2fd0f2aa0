import type * as t from 'io-ts';
import { literal } from '../core/scalars.js';
import { struct, type StructCodec } from '../core/struct.js';
import { identityFieldsExcept } from './fields.js';

const optional = identityFieldsExcept([]);
const codec = struct(
  'RoleIdentity',
  { type: literal('Role') },
  optional,
);
/**
 * `userIdentity` of type `Role`. A role acting as itself rather than through an assumed-role session. Rare.
 */
export interface RoleIdentity extends t.TypeOf<typeof codec> {}
/**
 * The wire form of {@link RoleIdentity}.
 *
 * @example
 * import { RoleIdentity, type RoleIdentityJson } from 'cloudtrail-codecs';
 * const wire: RoleIdentityJson = {
 *   type: 'Role',
 *   principalId: 'AROAEXAMPLEID',
 *   arn: 'arn:aws:iam::111122223333:role/Deployer',
 *   accountId: '111122223333',
 *   userName: 'Deployer',
 * };
 * RoleIdentity.decode(wire)._tag; // 'Right'
 */
export interface RoleIdentityJson extends t.OutputOf<typeof codec> {}
/**
 * The codec of {@link RoleIdentity}.
 *
 * @example
 * import { RoleIdentity, type RoleIdentityC } from 'cloudtrail-codecs';
 * const codec: RoleIdentityC = RoleIdentity;
 * codec.is({ type: 'Role' }); // true: only type is required
 */
export interface RoleIdentityC extends StructCodec<RoleIdentity, RoleIdentityJson> {}
/**
 * Codec of {@link RoleIdentity}.
 *
 * @example
 * import { RoleIdentity } from 'cloudtrail-codecs';
 * RoleIdentity.is({ type: 'Role' }); // true
 */
export const RoleIdentity: RoleIdentityC = codec;
