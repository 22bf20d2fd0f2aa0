import type * as t from 'io-ts';
import type { Unrecognized } from '../core/Unrecognized.js';
import { unrecognizedString } from '../core/unrecognizedString.js';
import { struct, type StructCodec } from '../core/struct.js';
import { identityFields } from './fields.js';

const codec = struct(
  'UnrecognizedIdentity',
  { type: unrecognizedString<'UserIdentityType'>('userIdentity type') },
  identityFields,
);
/**
 * `userIdentity` whose `type` this release does not know: a type AWS added
 * later. It decodes, keeps every field, and encodes back unchanged. Its `type`
 * is typed {@link Unrecognized} so that comparing `type` with a known literal
 * still narrows to that literal's variant.
 */
export interface UnrecognizedIdentity extends t.TypeOf<typeof codec> {}
/**
 * The wire form of {@link UnrecognizedIdentity}.
 *
 * @example
 * import { UserIdentity, type UnrecognizedIdentityJson } from 'cloudtrail-codecs';
 * // A type this release does not know; on the wire it is a plain string.
 * const wire: UnrecognizedIdentityJson = { type: 'AWSRobot', accountId: '111122223333', principalId: 'ARBAEXAMPLEID' };
 * UserIdentity.decode(wire)._tag; // 'Right'
 */
export interface UnrecognizedIdentityJson extends t.OutputOf<typeof codec> {}
/**
 * The codec of {@link UnrecognizedIdentity}.
 *
 * @example
 * import { UnrecognizedIdentity, type UnrecognizedIdentityC } from 'cloudtrail-codecs';
 * const codec: UnrecognizedIdentityC = UnrecognizedIdentity;
 * const r = codec.decode({ type: 'AWSRobot', accountId: '111122223333' });
 * if (r._tag === 'Right') String(r.right.type); // 'AWSRobot'
 */
export interface UnrecognizedIdentityC extends StructCodec<UnrecognizedIdentity, UnrecognizedIdentityJson> {}
/**
 * Codec of {@link UnrecognizedIdentity}.
 *
 * @example
 * import { UnrecognizedIdentity } from 'cloudtrail-codecs';
 * UnrecognizedIdentity.is({ type: 'QuantumUser', accountId: '111122223333' }); // true
 */
export const UnrecognizedIdentity: UnrecognizedIdentityC = codec;

export type { Unrecognized };
