import type * as t from 'io-ts';
import type { Unrecognized } from './Unrecognized.js';
import { INVALID, WireType, failureAt, type Invalid } from './WireType.js';

/**
 * The codec returned by {@link unrecognizedString}.
 *
 * @example
 * import { unrecognizedString, type UnrecognizedStringC } from 'cloudtrail-codecs';
 * const OtherKind: UnrecognizedStringC<'ShapeKind'> = unrecognizedString('shape kind');
 * OtherKind.decode('hexagon')._tag; // 'Right'
 */
export interface UnrecognizedStringC<Domain extends string> extends WireType<Unrecognized<Domain>, string> {}

class UnrecognizedStringType<Domain extends string>
  extends WireType<Unrecognized<Domain>, string>
  implements UnrecognizedStringC<Domain>
{
  readonly encodesAsIs = true;
  constructor(name: string) {
    super(name, (u): u is Unrecognized<Domain> => typeof u === 'string');
  }
  parse(u: unknown): Unrecognized<Domain> | Invalid {
    return typeof u === 'string' ? (u as unknown as Unrecognized<Domain>) : INVALID;
  }
  override inlineInvalid(): string {
    return "typeof v !== 'string'";
  }
  explain(u: unknown, c: t.Context): t.Errors {
    return failureAt(u, c);
  }
  encodeValue(a: Unrecognized<Domain>): string {
    return a as unknown as string;
  }
}

/**
 * Any string, typed as {@link Unrecognized}: the tag of the fallback branch of
 * a tagged union, which must not stop narrowing on the known tags.
 *
 * @example
 * import { literal, struct, taggedUnion, unrecognizedString, type Unrecognized } from 'cloudtrail-codecs';
 * type Shape = { kind: 'circle' } | { kind: Unrecognized<'ShapeKind'> };
 * const Shape = taggedUnion<Shape, unknown>('Shape', 'kind', { circle: struct('Circle', { kind: literal('circle') }) }, {
 *   unrecognized: struct('OtherShape', { kind: unrecognizedString<'ShapeKind'>('shape kind') }),
 * });
 * const r = Shape.decode({ kind: 'hexagon' });
 * if (r._tag === 'Right' && r.right.kind !== 'circle') String(r.right.kind); // 'hexagon'
 */
export function unrecognizedString<Domain extends string>(name: string): UnrecognizedStringC<Domain> {
  return new UnrecognizedStringType<Domain>(name);
}
