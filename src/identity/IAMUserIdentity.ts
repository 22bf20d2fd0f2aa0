import type * as t from 'io-ts';
import { literal, StringValue } from '../core/scalars.js';
import { struct, type StructCodec } from '../core/struct.js';
import { identityFieldsExcept } from './fields.js';

const optional = identityFieldsExcept(['accountId']);
const codec = struct(
  'IAMUserIdentity',
  { type: literal('IAMUser'), accountId: StringValue },
  optional,
);
/**
 * `userIdentity` of type `IAMUser`. An IAM user with long-term credentials (access key `AKIA…`) or a console session (`ASIA…`). Failed console sign-ins can lack `arn` and `principalId` and carry `userName` `HIDDEN_DUE_TO_SECURITY_REASONS`.
 */
export interface IAMUserIdentity extends t.TypeOf<typeof codec> {}
/**
 * The wire form of {@link IAMUserIdentity}.
 *
 * @example
 * import { IAMUserIdentity, type IAMUserIdentityJson } from 'cloudtrail-codecs';
 * const wire: IAMUserIdentityJson = { type: 'IAMUser', accountId: '111122223333', userName: 'alice' };
 * IAMUserIdentity.decode(wire)._tag; // 'Right'
 */
export interface IAMUserIdentityJson extends t.OutputOf<typeof codec> {}
/**
 * The codec of {@link IAMUserIdentity}.
 *
 * @example
 * import { IAMUserIdentity, type IAMUserIdentityC } from 'cloudtrail-codecs';
 * const codec: IAMUserIdentityC = IAMUserIdentity;
 * codec.is({ type: 'IAMUser', userName: 'alice' }); // false: accountId is required
 */
export interface IAMUserIdentityC extends StructCodec<IAMUserIdentity, IAMUserIdentityJson> {}
/**
 * Codec of {@link IAMUserIdentity}.
 *
 * @example
 * import { IAMUserIdentity } from 'cloudtrail-codecs';
 * IAMUserIdentity.is({ type: 'IAMUser', accountId: '111122223333' }); // true
 */
export const IAMUserIdentity: IAMUserIdentityC = codec;
