import type * as t from 'io-ts';
import { literal, StringValue } from '../core/scalars.js';
import { struct, type StructCodec } from '../core/struct.js';
import { identityFieldsExcept } from './fields.js';

const optional = identityFieldsExcept(['principalId', 'userName', 'identityProvider']);
const codec = struct(
  'WebIdentityUserIdentity',
  { type: literal('WebIdentityUser'), principalId: StringValue, userName: StringValue, identityProvider: StringValue },
  optional,
);
/**
 * `userIdentity` of type `WebIdentityUser`. The caller of `sts:AssumeRoleWithWebIdentity`: `identityProvider` is the OIDC issuer (`accounts.google.com`, `cognito-identity.amazonaws.com`, an OIDC provider ARN) and `userName` the subject.
 */
export interface WebIdentityUserIdentity extends t.TypeOf<typeof codec> {}
/**
 * The wire form of {@link WebIdentityUserIdentity}.
 *
 * @example
 * import { WebIdentityUserIdentity, type WebIdentityUserIdentityJson } from 'cloudtrail-codecs';
 * const wire: WebIdentityUserIdentityJson = {
 *   type: 'WebIdentityUser',
 *   principalId: 'accounts.google.com:123456789012-example.apps.googleusercontent.com:104567890123456789012',
 *   userName: '104567890123456789012',
 *   identityProvider: 'accounts.google.com',
 * };
 * WebIdentityUserIdentity.decode(wire)._tag; // 'Right'
 */
export interface WebIdentityUserIdentityJson extends t.OutputOf<typeof codec> {}
/**
 * The codec of {@link WebIdentityUserIdentity}.
 *
 * @example
 * import { WebIdentityUserIdentity, type WebIdentityUserIdentityC } from 'cloudtrail-codecs';
 * const codec: WebIdentityUserIdentityC = WebIdentityUserIdentity;
 * const r = codec.decode({ type: 'WebIdentityUser', principalId: 'cognito-identity.amazonaws.com:x', userName: 'x', identityProvider: 'cognito-identity.amazonaws.com' });
 * if (r._tag === 'Right') r.right.identityProvider; // 'cognito-identity.amazonaws.com'
 */
export interface WebIdentityUserIdentityC extends StructCodec<WebIdentityUserIdentity, WebIdentityUserIdentityJson> {}
/**
 * Codec of {@link WebIdentityUserIdentity}.
 *
 * @example
 * import { WebIdentityUserIdentity } from 'cloudtrail-codecs';
 * WebIdentityUserIdentity.is({ type: 'WebIdentityUser', principalId: 'accounts.google.com:app:1234', userName: 'alice', identityProvider: 'accounts.google.com' }); // true
 */
export const WebIdentityUserIdentity: WebIdentityUserIdentityC = codec;
