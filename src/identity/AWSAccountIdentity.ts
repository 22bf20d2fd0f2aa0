import type * as t from 'io-ts';
import { literal, StringValue } from '../core/scalars.js';
import { struct, type StructCodec } from '../core/struct.js';
import { identityFieldsExcept } from './fields.js';

const optional = identityFieldsExcept(['accountId']);
const codec = struct(
  'AWSAccountIdentity',
  { type: literal('AWSAccount'), accountId: StringValue },
  optional,
);
/**
 * `userIdentity` of type `AWSAccount`. Another AWS account, as in cross-account access; anonymous S3 and EFS callers appear with `accountId` `ANONYMOUS_PRINCIPAL` and an empty `principalId`.
 */
export interface AWSAccountIdentity extends t.TypeOf<typeof codec> {}
/**
 * The wire form of {@link AWSAccountIdentity}.
 *
 * @example
 * import { AWSAccountIdentity, type AWSAccountIdentityJson } from 'cloudtrail-codecs';
 * // A call from another account, made with its credentials.
 * const wire: AWSAccountIdentityJson = { type: 'AWSAccount', principalId: 'AIDAEXAMPLEID', accountId: '444455556666' };
 * AWSAccountIdentity.decode(wire)._tag; // 'Right'
 */
export interface AWSAccountIdentityJson extends t.OutputOf<typeof codec> {}
/**
 * The codec of {@link AWSAccountIdentity}.
 *
 * @example
 * import { AWSAccountIdentity, type AWSAccountIdentityC } from 'cloudtrail-codecs';
 * const codec: AWSAccountIdentityC = AWSAccountIdentity;
 * codec.is({ type: 'AWSAccount', principalId: 'AIDAEXAMPLEID' }); // false: accountId is required
 */
export interface AWSAccountIdentityC extends StructCodec<AWSAccountIdentity, AWSAccountIdentityJson> {}
/**
 * Codec of {@link AWSAccountIdentity}.
 *
 * @example
 * import { AWSAccountIdentity } from 'cloudtrail-codecs';
 * AWSAccountIdentity.is({ type: 'AWSAccount', accountId: '111122223333' }); // true
 */
export const AWSAccountIdentity: AWSAccountIdentityC = codec;
