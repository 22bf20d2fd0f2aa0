import type * as t from 'io-ts';
import { INVALID, WireType, failureAt, type Invalid } from './WireType.js';

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

class OpenEnumType<Known extends string>
  extends WireType<OpenEnum<Known>, OpenEnum<Known>>
  implements OpenEnumC<Known>
{
  readonly encodesAsIs = true;
  private readonly set: ReadonlySet<string>;
  constructor(
    name: string,
    readonly known: readonly Known[],
  ) {
    super(name, (u): u is OpenEnum<Known> => typeof u === 'string');
    this.set = new Set(known);
  }
  isKnown(value: string): value is Known {
    return this.set.has(value);
  }
  parse(u: unknown): OpenEnum<Known> | Invalid {
    return typeof u === 'string' ? u : INVALID;
  }
  override inlineInvalid(): string {
    return "typeof v !== 'string'";
  }
  explain(u: unknown, c: t.Context): t.Errors {
    return failureAt(u, c);
  }
  encodeValue(a: OpenEnum<Known>): OpenEnum<Known> {
    return a;
  }
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
  return new OpenEnumType(name, known);
}
