import type { Unrecognized } from './Unrecognized.js';
import { openString } from './openString.js';
import type { WireType } from './WireType.js';

/**
 * The codec returned by {@link unrecognizedString}.
 *
 * @example
 * import { unrecognizedString, type UnrecognizedStringC } from 'cloudtrail-codecs';
 * const OtherKind: UnrecognizedStringC<'ShapeKind'> = unrecognizedString('shape kind');
 * OtherKind.decode('hexagon')._tag; // 'Right'
 */
export interface UnrecognizedStringC<Domain extends string> extends WireType<Unrecognized<Domain>, string> {}

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
  return openString(name, []);
}
