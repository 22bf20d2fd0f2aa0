import type * as t from 'io-ts';
import { literal, StringValue } from '../core/scalars.js';
import { struct, type StructCodec } from '../core/struct.js';
import { identityFieldsExcept } from './fields.js';

const optional = identityFieldsExcept(['principalId', 'arn', 'accountId']);
const codec = struct(
  'FederatedUserIdentity',
  { type: literal('FederatedUser'), principalId: StringValue, arn: StringValue, accountId: StringValue },
  optional,
);
/**
 * `userIdentity` of type `FederatedUser`. Temporary credentials from `sts:GetFederationToken`: `arn` is `…:federated-user/<name>` and the session issuer is the IAM user or root that asked for them.
 */
export interface FederatedUserIdentity extends t.TypeOf<typeof codec> {}
/**
 * The wire form of {@link FederatedUserIdentity}.
 *
 * @example
 * import { FederatedUserIdentity, type FederatedUserIdentityJson } from 'cloudtrail-codecs';
 * const wire: FederatedUserIdentityJson = {
 *   type: 'FederatedUser',
 *   principalId: '111122223333:bob',
 *   arn: 'arn:aws:sts::111122223333:federated-user/bob',
 *   accountId: '111122223333',
 *   sessionContext: { sessionIssuer: { type: 'IAMUser', principalId: 'AIDAEXAMPLEID', arn: 'arn:aws:iam::111122223333:user/carol', accountId: '111122223333', userName: 'carol' } },
 * };
 * FederatedUserIdentity.decode(wire)._tag; // 'Right'
 */
export interface FederatedUserIdentityJson extends t.OutputOf<typeof codec> {}
/**
 * The codec of {@link FederatedUserIdentity}.
 *
 * @example
 * import { FederatedUserIdentity, type FederatedUserIdentityC } from 'cloudtrail-codecs';
 * const codec: FederatedUserIdentityC = FederatedUserIdentity;
 * codec.fields.filter((f) => f.required).map((f) => f.key); // ['type', 'principalId', 'arn', 'accountId']
 */
export interface FederatedUserIdentityC extends StructCodec<FederatedUserIdentity, FederatedUserIdentityJson> {}
/**
 * Codec of {@link FederatedUserIdentity}.
 *
 * @example
 * import { FederatedUserIdentity } from 'cloudtrail-codecs';
 * FederatedUserIdentity.is({ type: 'FederatedUser', principalId: '111122223333:bob', arn: 'arn:aws:sts::111122223333:federated-user/bob', accountId: '111122223333' }); // true
 */
export const FederatedUserIdentity: FederatedUserIdentityC = codec;
