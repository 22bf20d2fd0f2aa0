import { leaf } from './leaf.js';
import { INVALID, type WireType } from './WireType.js';

/**
 * The codec of JSON `null`.
 *
 * @example
 * import { struct } from 'cloudtrail-codecs';
 * import { NullValue, type NullC } from 'cloudtrail-codecs/service-kit';
 * const NoResponse: NullC = NullValue;
 * struct('FailedCall', {}, { responseElements: NoResponse }).is({ responseElements: {} }); // false
 */
export interface NullC extends WireType<null, null> {}

/**
 * Exactly `null`, as `responseElements` of a failed call.
 *
 * @example
 * import { NullValue } from 'cloudtrail-codecs/service-kit';
 * NullValue.is(null); // true
 */
export const NullValue: NullC = leaf({ name: 'null', parse: (u) => (u === null ? null : INVALID), inline: 'v !== null' });

/**
 * The codec of a property that must be absent; see {@link Absent}.
 *
 * @example
 * import { Absent, type AbsentC } from 'cloudtrail-codecs/service-kit';
 * const mustBeAbsent: AbsentC = Absent;
 * mustBeAbsent.is(null); // false: not even null is accepted
 */
export interface AbsentC extends WireType<never, never> {}

/**
 * Used as an optional struct property, types it `?: never`: the property must
 * be absent. A successful call types `errorCode` this way. TypeScript does not
 * take `AbsentC` where `struct` asks for an io-ts codec (its `encode` accepts
 * `never`), so outside the library it comes in through {@link succeededCallOf}.
 *
 * @example
 * import { record } from 'cloudtrail-codecs/builders';
 * import { Absent, succeededCallOf } from 'cloudtrail-codecs/service-kit';
 * Absent.decode('AccessDenied')._tag; // 'Left': any value is one too many
 * // A successful call has errorCode: Absent.
 * const Ok = succeededCallOf('GetCallerIdentityOk', 'sts.amazonaws.com', 'GetCallerIdentity', {});
 * Ok.decode(record({ eventSource: 'sts.amazonaws.com', eventName: 'GetCallerIdentity' }))._tag; // 'Right'
 * Ok.decode(record({ eventSource: 'sts.amazonaws.com', eventName: 'GetCallerIdentity', errorCode: 'AccessDenied' }))._tag; // 'Left'
 */
export const Absent: AbsentC = leaf<never>({ name: 'nothing (the property must be absent)', parse: () => INVALID });
