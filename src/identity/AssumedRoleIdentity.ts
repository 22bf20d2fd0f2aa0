import type * as t from 'io-ts';
import { literal, StringValue } from '../core/scalars.js';
import { struct, type StructCodec } from '../core/struct.js';
import { identityFieldsExcept } from './fields.js';

const optional = identityFieldsExcept(['principalId', 'arn', 'accountId']);
const codec = struct(
  'AssumedRoleIdentity',
  { type: literal('AssumedRole'), principalId: StringValue, arn: StringValue, accountId: StringValue },
  optional,
);
/**
 * `userIdentity` of type `AssumedRole`. Temporary credentials from `sts:AssumeRole` and its kin: EC2 instance roles, cross-account roles, Identity Center permission sets. `arn` is `arn:aws:sts::<account>:assumed-role/<role>/<session>` and `principalId` is `<role id>:<session>`; `sessionContext.sessionIssuer` names the role.
 */
export interface AssumedRoleIdentity extends t.TypeOf<typeof codec> {}
/**
 * The wire form of {@link AssumedRoleIdentity}.
 *
 * @example
 * import { AssumedRoleIdentity, type AssumedRoleIdentityJson } from 'cloudtrail-codecs';
 * const wire: AssumedRoleIdentityJson = {
 *   type: 'AssumedRole',
 *   principalId: 'AROAEXAMPLEID:alice',
 *   arn: 'arn:aws:sts::111122223333:assumed-role/Admin/alice',
 *   accountId: '111122223333',
 *   sessionContext: { attributes: { creationDate: '2026-01-01T08:00:00Z', mfaAuthenticated: 'true' } }, // string booleans on the wire
 * };
 * AssumedRoleIdentity.decode(wire)._tag; // 'Right'
 */
export interface AssumedRoleIdentityJson extends t.OutputOf<typeof codec> {}
/**
 * The codec of {@link AssumedRoleIdentity}.
 *
 * @example
 * import { AssumedRoleIdentity, type AssumedRoleIdentityC } from 'cloudtrail-codecs';
 * const codec: AssumedRoleIdentityC = AssumedRoleIdentity;
 * const r = codec.decode({
 *   type: 'AssumedRole',
 *   principalId: 'AROAEXAMPLEID:alice',
 *   arn: 'arn:aws:sts::111122223333:assumed-role/Admin/alice',
 *   accountId: '111122223333',
 *   sessionContext: { attributes: { mfaAuthenticated: 'true' } },
 * });
 * if (r._tag === 'Right') r.right.sessionContext?.attributes?.mfaAuthenticated; // true
 */
export interface AssumedRoleIdentityC extends StructCodec<AssumedRoleIdentity, AssumedRoleIdentityJson> {}
/**
 * Codec of {@link AssumedRoleIdentity}.
 *
 * @example
 * import { AssumedRoleIdentity } from 'cloudtrail-codecs';
 * AssumedRoleIdentity.is({ type: 'AssumedRole', principalId: 'AROAEXAMPLE:alice', arn: 'arn:aws:sts::111122223333:assumed-role/Admin/alice', accountId: '111122223333' }); // true
 */
export const AssumedRoleIdentity: AssumedRoleIdentityC = codec;
