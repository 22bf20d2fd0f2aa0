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
/** The wire form of {@link UnknownIdentity}. */
export interface UnknownIdentityJson extends t.OutputOf<typeof codec> {}
/** The codec of {@link UnknownIdentity}. */
export interface UnknownIdentityC extends StructCodec<UnknownIdentity, UnknownIdentityJson> {}
/**
 * Codec of {@link UnknownIdentity}.
 *
 * @example
 * import { UnknownIdentity } from 'cloudtrail-codecs';
 * UnknownIdentity.is({ type: 'Unknown' }); // true
 */
export const UnknownIdentity: UnknownIdentityC = codec;
