import type * as t from 'io-ts';
import { literal } from '../core/scalars.js';
import { struct, type StructCodec } from '../core/struct.js';
import { identityFieldsExcept } from './fields.js';

const optional = identityFieldsExcept([]);
const codec = struct(
  'DirectoryIdentity',
  { type: literal('Directory') },
  optional,
);
/**
 * `userIdentity` of type `Directory`. A directory-service user (WorkDocs, QuickSight): `arn` is an `arn:aws:ds:` user ARN.
 */
export interface DirectoryIdentity extends t.TypeOf<typeof codec> {}
/** The wire form of {@link DirectoryIdentity}. */
export interface DirectoryIdentityJson extends t.OutputOf<typeof codec> {}
/** The codec of {@link DirectoryIdentity}. */
export interface DirectoryIdentityC extends StructCodec<DirectoryIdentity, DirectoryIdentityJson> {}
/**
 * Codec of {@link DirectoryIdentity}.
 *
 * @example
 * import { DirectoryIdentity } from 'cloudtrail-codecs';
 * DirectoryIdentity.is({ type: 'Directory' }); // true
 */
export const DirectoryIdentity: DirectoryIdentityC = codec;
