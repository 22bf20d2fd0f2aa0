import type * as t from 'io-ts';
import { literal } from '../core/scalars.js';
import { struct, type StructCodec } from '../core/struct.js';
import { identityFieldsExcept } from './fields.js';

const optional = identityFieldsExcept([]);
const codec = struct(
  'UnknownIdentity',
  { type: literal('Unknown') },
  optional,
);
/**
 * `userIdentity` of type `Unknown`. CloudTrail's own `Unknown`: the caller could not be determined, as for unauthenticated Identity Center sign-in steps. Any subset of fields may be present, often as empty strings.
 */
export interface UnknownIdentity extends t.TypeOf<typeof codec> {}
/**
 * The wire form of {@link UnknownIdentity}.
 *
 * @example
 * import { UnknownIdentity, type UnknownIdentityJson } from 'cloudtrail-codecs';
 * // As on a console sign-in step before the user is known.
 * const wire: UnknownIdentityJson = { type: 'Unknown', principalId: '', arn: '', accountId: '111122223333', accessKeyId: '', userName: 'alice@example.com' };
 * UnknownIdentity.decode(wire)._tag; // 'Right'
 */
export interface UnknownIdentityJson extends t.OutputOf<typeof codec> {}
/**
 * The codec of {@link UnknownIdentity}.
 *
 * @example
 * import { UnknownIdentity, type UnknownIdentityC } from 'cloudtrail-codecs';
 * const codec: UnknownIdentityC = UnknownIdentity;
 * codec.is({ type: 'Unknown' }); // true: only type is required
 */
export interface UnknownIdentityC extends StructCodec<UnknownIdentity, UnknownIdentityJson> {}
/**
 * Codec of {@link UnknownIdentity}.
 *
 * @example
 * import { UnknownIdentity } from 'cloudtrail-codecs';
 * UnknownIdentity.is({ type: 'Unknown' }); // true
 */
export const UnknownIdentity: UnknownIdentityC = codec;
