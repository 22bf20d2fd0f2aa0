import type * as t from 'io-ts';
import { literal, StringValue } from '../core/scalars.js';
import { struct, type StructCodec } from '../core/struct.js';
import { identityFieldsExcept } from './fields.js';

const optional = identityFieldsExcept(['accountId', 'principalId', 'arn']);
const codec = struct(
  'RootIdentity',
  { type: literal('Root'), accountId: StringValue, principalId: StringValue, arn: StringValue },
  optional,
);
/**
 * `userIdentity` of type `Root`. The account's root user. `principalId` is the account id and `arn` ends in `:root`; `userName` is the account alias when one is set.
 */
export interface RootIdentity extends t.TypeOf<typeof codec> {}
/**
 * The wire form of {@link RootIdentity}.
 *
 * @example
 * import { RootIdentity, type RootIdentityJson } from 'cloudtrail-codecs';
 * const wire: RootIdentityJson = {
 *   type: 'Root',
 *   principalId: '111122223333',
 *   arn: 'arn:aws:iam::111122223333:root',
 *   accountId: '111122223333',
 *   accessKeyId: '',
 * };
 * RootIdentity.decode(wire)._tag; // 'Right'
 */
export interface RootIdentityJson extends t.OutputOf<typeof codec> {}
/**
 * The codec of {@link RootIdentity}.
 *
 * @example
 * import { RootIdentity, type RootIdentityC } from 'cloudtrail-codecs';
 * const codec: RootIdentityC = RootIdentity;
 * codec.fields.filter((f) => f.required).map((f) => f.key); // ['type', 'accountId', 'principalId', 'arn']
 */
export interface RootIdentityC extends StructCodec<RootIdentity, RootIdentityJson> {}
/**
 * Codec of {@link RootIdentity}.
 *
 * @example
 * import { RootIdentity } from 'cloudtrail-codecs';
 * RootIdentity.is({ type: 'Root', accountId: '111122223333', principalId: '111122223333', arn: 'arn:aws:iam::111122223333:root' }); // true
 */
export const RootIdentity: RootIdentityC = codec;
