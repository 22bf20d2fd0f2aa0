import type * as t from 'io-ts';
import { literal, StringValue } from '../core/scalars.js';
import { struct, type StructCodec } from '../core/struct.js';
import { identityFieldsExcept } from './fields.js';

const optional = identityFieldsExcept(['principalId', 'userName', 'identityProvider']);
const codec = struct(
  'SAMLUserIdentity',
  { type: literal('SAMLUser'), principalId: StringValue, userName: StringValue, identityProvider: StringValue },
  optional,
);
/**
 * `userIdentity` of type `SAMLUser`. The caller of `sts:AssumeRoleWithSAML`: `identityProvider` is the SAML name qualifier and `userName` the subject.
 */
export interface SAMLUserIdentity extends t.TypeOf<typeof codec> {}
/**
 * The wire form of {@link SAMLUserIdentity}.
 *
 * @example
 * import { SAMLUserIdentity, type SAMLUserIdentityJson } from 'cloudtrail-codecs';
 * const wire: SAMLUserIdentityJson = {
 *   type: 'SAMLUser',
 *   principalId: 'SJ6ll3D5x0bBnx8KhuPqJexample=:alice@example.com',
 *   userName: 'alice@example.com',
 *   identityProvider: 'SJ6ll3D5x0bBnx8KhuPqJexample=',
 * };
 * SAMLUserIdentity.decode(wire)._tag; // 'Right'
 */
export interface SAMLUserIdentityJson extends t.OutputOf<typeof codec> {}
/**
 * The codec of {@link SAMLUserIdentity}.
 *
 * @example
 * import { SAMLUserIdentity, type SAMLUserIdentityC } from 'cloudtrail-codecs';
 * const codec: SAMLUserIdentityC = SAMLUserIdentity;
 * codec.fields.filter((f) => f.required).map((f) => f.key); // ['type', 'principalId', 'userName', 'identityProvider']
 */
export interface SAMLUserIdentityC extends StructCodec<SAMLUserIdentity, SAMLUserIdentityJson> {}
/**
 * Codec of {@link SAMLUserIdentity}.
 *
 * @example
 * import { SAMLUserIdentity } from 'cloudtrail-codecs';
 * SAMLUserIdentity.is({ type: 'SAMLUser', principalId: 'SAMLQUALIFIER:alice', userName: 'alice', identityProvider: 'SAMLQUALIFIER' }); // true
 */
export const SAMLUserIdentity: SAMLUserIdentityC = codec;
