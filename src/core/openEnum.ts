import { openString } from './openString.js';
import type { WireType } from './WireType.js';

/**
 * The known values of an enumeration plus any other string. `(string & {})`
 * keeps the literals visible to editors while accepting values AWS adds later.
 *
 * @example
 * import type { OpenEnum } from 'cloudtrail-codecs';
 * type TlsVersion = OpenEnum<'TLSv1.2' | 'TLSv1.3'>;
 * const seen: TlsVersion[] = ['TLSv1.3', 'TLSv1.4']; // editors suggest the known two; later ones are allowed
 */
export type OpenEnum<Known extends string> = Known | (string & {});

/**
 * The codec of an {@link OpenEnum}; it keeps the known values and tells them apart from others.
 *
 * @example
 * import { InsightType, type OpenEnumC } from 'cloudtrail-codecs';
 * const knownOnly = <K extends string>(codec: OpenEnumC<K>, values: readonly string[]): K[] =>
 *   values.filter((v): v is K => codec.isKnown(v));
 * knownOnly(InsightType, ['ApiCallRateInsight', 'ApiLatencyInsight']); // ['ApiCallRateInsight']
 */
export interface OpenEnumC<Known extends string> extends WireType<OpenEnum<Known>, OpenEnum<Known>> {
  /** The values listed at build time, in their documented order. */
  readonly known: readonly Known[];
  /** True when the value is one of {@link known}. */
  isKnown(value: string): value is Known;
}

/**
 * An enumeration that stays open: any string decodes, and the known values are
 * kept as data for builders, validation and documentation. AWS adds values to
 * its enumerations without notice, and a decoder that rejects them would drop
 * whole records.
 *
 * @example
 * import { openEnum } from 'cloudtrail-codecs';
 * const TlsVersion = openEnum('TlsVersion', ['TLSv1.2', 'TLSv1.3']);
 * TlsVersion.is('TLSv1.4'); // true: unknown values decode
 * TlsVersion.isKnown('TLSv1.4'); // false
 */
export function openEnum<const Known extends string>(name: string, known: readonly Known[]): OpenEnumC<Known> {
  return openString(name, known);
}
