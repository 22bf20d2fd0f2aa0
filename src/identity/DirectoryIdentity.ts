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
/**
 * The wire form of {@link DirectoryIdentity}.
 *
 * @example
 * import { DirectoryIdentity, type DirectoryIdentityJson } from 'cloudtrail-codecs';
 * const wire: DirectoryIdentityJson = {
 *   type: 'Directory',
 *   arn: 'arn:aws:ds:us-east-1:111122223333:user/d-1234567890/8f2d3c4b-0000-4000-8000-000000000005',
 *   accountId: '111122223333',
 *   userName: 'alice',
 * };
 * DirectoryIdentity.decode(wire)._tag; // 'Right'
 */
export interface DirectoryIdentityJson extends t.OutputOf<typeof codec> {}
/**
 * The codec of {@link DirectoryIdentity}.
 *
 * @example
 * import { DirectoryIdentity, type DirectoryIdentityC } from 'cloudtrail-codecs';
 * const codec: DirectoryIdentityC = DirectoryIdentity;
 * codec.is({ type: 'Directory', userName: 'alice' }); // true
 */
export interface DirectoryIdentityC extends StructCodec<DirectoryIdentity, DirectoryIdentityJson> {}
/**
 * Codec of {@link DirectoryIdentity}.
 *
 * @example
 * import { DirectoryIdentity } from 'cloudtrail-codecs';
 * DirectoryIdentity.is({ type: 'Directory' }); // true
 */
export const DirectoryIdentity: DirectoryIdentityC = codec;
