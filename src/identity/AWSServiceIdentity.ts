import type * as t from 'io-ts';
import { literal, StringValue } from '../core/scalars.js';
import { struct, type StructCodec } from '../core/struct.js';
import { identityFieldsExcept } from './fields.js';

const optional = identityFieldsExcept(['invokedBy']);
const codec = struct(
  'AWSServiceIdentity',
  { type: literal('AWSService'), invokedBy: StringValue },
  optional,
);
/**
 * `userIdentity` of type `AWSService`. An AWS service acting with its own account, such as KMS on behalf of CloudTrail; `invokedBy` names the service principal.
 */
export interface AWSServiceIdentity extends t.TypeOf<typeof codec> {}
/**
 * The wire form of {@link AWSServiceIdentity}.
 *
 * @example
 * import { AWSServiceIdentity, type AWSServiceIdentityJson } from 'cloudtrail-codecs';
 * const wire: AWSServiceIdentityJson = { type: 'AWSService', invokedBy: 'config.amazonaws.com' };
 * AWSServiceIdentity.decode(wire)._tag; // 'Right'
 */
export interface AWSServiceIdentityJson extends t.OutputOf<typeof codec> {}
/**
 * The codec of {@link AWSServiceIdentity}.
 *
 * @example
 * import { AWSServiceIdentity, type AWSServiceIdentityC } from 'cloudtrail-codecs';
 * const codec: AWSServiceIdentityC = AWSServiceIdentity;
 * const r = codec.decode({ type: 'AWSService', invokedBy: 'lambda.amazonaws.com' });
 * if (r._tag === 'Right') r.right.invokedBy; // 'lambda.amazonaws.com'
 */
export interface AWSServiceIdentityC extends StructCodec<AWSServiceIdentity, AWSServiceIdentityJson> {}
/**
 * Codec of {@link AWSServiceIdentity}.
 *
 * @example
 * import { AWSServiceIdentity } from 'cloudtrail-codecs';
 * AWSServiceIdentity.is({ type: 'AWSService', invokedBy: 'kms.amazonaws.com' }); // true
 */
export const AWSServiceIdentity: AWSServiceIdentityC = codec;
