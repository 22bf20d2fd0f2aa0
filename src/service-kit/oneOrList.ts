import type * as t from 'io-ts';
import { arrayOf, type ArrayC } from '../core/array.js';
import { WireType, asWireType, encodeChild, explainWith, failureAt, isArray, isObject, looseOf, type Invalid } from '../core/WireType.js';

/**
 * The codec returned by {@link oneOrList}; `item` decodes each item.
 *
 * @example
 * import { StringValue, struct } from 'cloudtrail-codecs';
 * import { oneOrList, type OneOrListC } from 'cloudtrail-codecs/service-kit';
 * const Rule = struct('Rule', { ID: StringValue });
 * const Rules: OneOrListC<typeof Rule> = oneOrList(Rule);
 * Rules.item.name; // 'Rule'
 */
export interface OneOrListC<C extends t.Mixed> extends WireType<t.TypeOf<C> | Array<t.TypeOf<C>>, t.OutputOf<C> | Array<t.OutputOf<C>>> {
  readonly item: C;
}

class OneOrListType<C extends t.Mixed>
  extends WireType<t.TypeOf<C> | Array<t.TypeOf<C>>, t.OutputOf<C> | Array<t.OutputOf<C>>>
  implements OneOrListC<C>
{
  readonly encodesAsIs: boolean;
  private readonly list: ArrayC<C>;
  private readonly wire: WireType<t.TypeOf<C>, t.OutputOf<C>>;

  constructor(readonly item: C) {
    const list = arrayOf(item);
    super(`${item.name} | ${list.name}`, (u): u is t.TypeOf<C> | Array<t.TypeOf<C>> => (Array.isArray(u) ? list.is(u) : item.is(u)));
    this.list = list;
    this.wire = asWireType(item);
    // What the list of these items says, which holds for one item alone too.
    this.encodesAsIs = list.encodesAsIs;
  }

  parse(u: unknown): t.TypeOf<C> | Array<t.TypeOf<C>> | Invalid {
    return Array.isArray(u) ? this.list.parse(u) : this.wire.parse(u);
  }

  explain(u: unknown, c: t.Context): t.Errors {
    if (isArray(u)) return this.list.explain(u, c);
    // Neither an item nor a list: say both were possible.
    return isObject(u) ? explainWith(this.item, u, c) : failureAt(u, c);
  }

  override loose(): t.Mixed {
    return new OneOrListType(looseOf(this.item));
  }

  encodeValue(a: t.TypeOf<C> | Array<t.TypeOf<C>>): t.OutputOf<C> | Array<t.OutputOf<C>> {
    if (this.encodesAsIs) return a;
    return Array.isArray(a) ? this.list.encodeValue(a) : encodeChild(this.item, a);
  }
}

/**
 * A list that the wire may write as its one item alone. CloudTrail reads the
 * XML bodies of Amazon S3 calls into JSON, and an element that occurs once
 * becomes an object, not a list of one: `"Grant": {...}` where the model has
 * a list of grants. Decoding keeps the form the record has, so a round trip
 * gives back the same JSON; code that reads the value handles both.
 *
 * @example
 * import { StringValue, struct } from 'cloudtrail-codecs';
 * import { oneOrList } from 'cloudtrail-codecs/service-kit';
 * const Rules = oneOrList(struct('Rule', { ID: StringValue }));
 * Rules.is({ ID: 'archive' }) && Rules.is([{ ID: 'archive' }, { ID: 'expire' }]); // true
 */
export function oneOrList<C extends t.Mixed>(item: C): OneOrListC<C> {
  return new OneOrListType(item);
}

/**
 * The items of a value that {@link oneOrList} decoded: the list itself, the
 * item alone as a list of one, or no items when the member is absent.
 *
 * @example
 * import { itemsOf } from 'cloudtrail-codecs/s3';
 * itemsOf({ ID: 'archive' }).length; // 1
 * itemsOf([{ ID: 'archive' }, { ID: 'expire' }]).length; // 2
 * itemsOf(undefined).length; // 0
 */
export function itemsOf<T>(value: T | readonly T[] | null | undefined): readonly T[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}
