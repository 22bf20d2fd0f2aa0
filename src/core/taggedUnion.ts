import type * as t from 'io-ts';
import { INVALID, WireType, appendContext, encodeChild, explainWith, failureAt, isObject, parseChild, parseOwnedChild, type Invalid } from './WireType.js';

/**
 * How a {@link taggedUnion} chooses its branch beyond the table: fallbacks, and a computed tag.
 *
 * @example
 * import { JsonObject, literal, struct, taggedUnion, type TaggedUnionOptions } from 'cloudtrail-codecs';
 * const options = { unrecognized: JsonObject } satisfies TaggedUnionOptions;
 * const Message = taggedUnion('Message', 'kind', { ping: struct('Ping', { kind: literal('ping') }) }, options);
 * Message.is({ kind: 'pong' }); // true: other kinds fall back to JsonObject
 */
export interface TaggedUnionOptions {
  /** The branch for tags that are strings but not in the table. */
  readonly unrecognized?: t.Mixed;
  /** The branch for values that lack the tag property. */
  readonly untagged?: t.Mixed;
  /**
   * Computes the tag from the value instead of reading the `tag` property,
   * for choices that depend on more than one property (such as a call that
   * failed: one with `errorCode` or `errorMessage`). `tag` then only names
   * the choice in error messages.
   */
  readonly tagOf?: (u: Record<string, unknown>) => unknown;
}

/**
 * The decoded type of a {@link taggedUnion} of these branches and options
 * (with `Side` `'_O'`, its wire type): each branch's type, with its tag
 * narrowed to the tag value that selects it, and the fallbacks' types.
 *
 * The union reads the tag before it picks a branch, so a branch typed with a
 * wider tag (a `string`) yields values whose tag is the one that chose it;
 * branches already typed so keep their own (named) types. A table typed by
 * `string` keys says nothing more than its branches, and a computed tag
 * (`tagOf`) is not the tag property, so neither narrows.
 *
 * @typeParam B - the table; an interface of codecs qualifies, as an object of them does
 *
 * @example
 * import { struct, StringValue, type TaggedUnionTypeOf } from 'cloudtrail-codecs';
 * const branches = { ping: struct('Ping', { kind: StringValue, id: StringValue }) };
 * type Message = TaggedUnionTypeOf<'kind', typeof branches, {}>;
 * const m: Message = { kind: 'ping', id: '1' }; // kind is 'ping', not string
 */
export type TaggedUnionTypeOf<
  Tag extends string,
  B extends { readonly [K in keyof B]: t.Mixed },
  F,
  Side extends '_A' | '_O' = '_A',
> =
  | (('tagOf' extends keyof F ? ([Exclude<F['tagOf' & keyof F], undefined>] extends [never] ? false : true) : false) extends true
      ? B[keyof B][Side]
      : {
          [K in keyof B & string]: string extends K
            ? B[K][Side]
            : [B[K][Side]] extends [{ readonly [P in Tag]: K }]
              ? B[K][Side]
              : B[K][Side] & { [P in Tag]: K };
        }[keyof B & string])
  | {
      [Key in 'unrecognized' | 'untagged']: Key extends keyof F
        ? NonNullable<F[Key]> extends infer C
          ? C extends t.Mixed
            ? C[Side]
            : never
          : never
        : never;
    }['unrecognized' | 'untagged'];

/**
 * The wire type of a {@link taggedUnion} of these branches and options, as
 * {@link TaggedUnionTypeOf} is its decoded type.
 *
 * @example
 * import { literal, struct, DateFromIsoTimestamp, type TaggedUnionOutputOf } from 'cloudtrail-codecs';
 * const branches = { tick: struct('Tick', { kind: literal('tick'), at: DateFromIsoTimestamp }) };
 * const wire: TaggedUnionOutputOf<'kind', typeof branches, {}> = { kind: 'tick', at: '2026-01-01T00:00:00Z' };
 */
export type TaggedUnionOutputOf<Tag extends string, B extends { readonly [K in keyof B]: t.Mixed }, F> = TaggedUnionTypeOf<Tag, B, F, '_O'>;

/**
 * The codec returned by {@link taggedUnion}: the tag, the known tags, and the branch for a tag value.
 *
 * @example
 * import { UserIdentity, type TaggedUnionC } from 'cloudtrail-codecs';
 * const branchName = <A, O>(union: TaggedUnionC<A, O>, tag: string): string | undefined => union.branchFor(tag)?.name;
 * branchName(UserIdentity, 'AssumedRole'); // 'AssumedRoleIdentity'
 * branchName(UserIdentity, 'QuantumUser'); // 'UnrecognizedIdentity'
 */
export interface TaggedUnionC<A, O> extends WireType<A, O> {
  /** The property that selects the branch. */
  readonly tag: string;
  /** The known tags, in table order. */
  readonly tags: readonly string[];
  /** The codec the given tag value selects, if any. */
  branchFor(tagValue: unknown): t.Mixed | undefined;
}

// The "expected" side of a bad tag: its name lists the tags the table knows.
class TagNames extends WireType<string, string> {
  readonly encodesAsIs = true;
  parse(): Invalid {
    return INVALID;
  }
  explain(u: unknown, c: t.Context): t.Errors {
    return failureAt(u, c);
  }
  encodeValue(a: string): string {
    return a;
  }
}

const hasOwn = Object.prototype.hasOwnProperty;

class TaggedUnionType<A, O> extends WireType<A, O> implements TaggedUnionC<A, O> {
  readonly encodesAsIs: boolean;
  readonly tags: readonly string[];
  private readonly table: ReadonlyMap<string, t.Mixed>;
  private readonly tagNames: TagNames;

  constructor(
    name: string,
    readonly tag: string,
    branches: { readonly [tag: string]: t.Mixed },
    private readonly options: TaggedUnionOptions,
  ) {
    const table = new Map(Object.entries(branches));
    super(name, (u): u is A => {
      const b = this.branchOf(u);
      return b !== undefined && b.is(u);
    });
    this.table = table;
    this.tags = [...table.keys()];
    const all = [...table.values(), options.unrecognized, options.untagged];
    this.encodesAsIs = all.every((b) => b === undefined || (b instanceof WireType && b.encodesAsIs));
    this.tagNames = new TagNames(this.tags.map((k) => JSON.stringify(k)).join(' | '), (_u): _u is string => false);
  }

  branchFor(tagValue: unknown): t.Mixed | undefined {
    if (tagValue === undefined) return this.options.untagged;
    if (typeof tagValue !== 'string') return undefined;
    return this.table.get(tagValue) ?? this.options.unrecognized;
  }

  private tagOf(u: Record<string, unknown>): unknown {
    if (this.options.tagOf !== undefined) return this.options.tagOf(u);
    return hasOwn.call(u, this.tag) ? u[this.tag] : undefined;
  }

  /** The branch `u` selects, if it is an object that selects one. */
  private branchOf(u: unknown): t.Mixed | undefined {
    return isObject(u) ? this.branchFor(this.tagOf(u)) : undefined;
  }

  parse(u: unknown): A | Invalid {
    const branch = this.branchOf(u);
    return branch === undefined ? INVALID : parseChild(branch, u);
  }

  override parseOwned(u: unknown): A | Invalid {
    const branch = this.branchOf(u);
    return branch === undefined ? INVALID : parseOwnedChild(branch, u);
  }

  explain(u: unknown, c: t.Context): t.Errors {
    if (!isObject(u)) return failureAt(u, c);
    const tagValue = this.tagOf(u);
    const branch = this.branchFor(tagValue);
    // Report the chosen branch only; listing every branch's complaints, as
    // t.union does, buries the one that matters.
    if (branch !== undefined) return explainWith(branch, u, c);
    return failureAt(tagValue, appendContext(c, this.tag, this.tagNames, tagValue));
  }

  encodeValue(a: A): O {
    if (this.encodesAsIs) return a as unknown as O;
    const branch = this.branchFor(this.tagOf(a as Record<string, unknown>));
    return (branch === undefined ? a : encodeChild(branch, a)) as O;
  }
}

/**
 * One codec for several tags, as a table for {@link taggedUnion}. Unlike a
 * table built with `Object.fromEntries`, its type keeps every tag, so the
 * union's type has them too (spreading a `Record<string, C>` into an object
 * literal drops it from the type).
 *
 * @example
 * import { branchesFor, literalUnion, struct, taggedUnion, StringValue } from 'cloudtrail-codecs';
 * const Ping = struct('Ping', { kind: literalUnion(['ping', 'echo']), id: StringValue });
 * const Message = taggedUnion('Message', 'kind', branchesFor(['ping', 'echo'], Ping));
 * Message.tags; // ['ping', 'echo']
 */
export function branchesFor<const K extends string, C extends t.Mixed>(tags: readonly K[], codec: C): { readonly [P in K]: C } {
  // fromEntries defines properties, so a "__proto__" tag stays a tag.
  return Object.fromEntries(tags.map((k) => [k, codec])) as { readonly [P in K]: C };
}

/**
 * A union whose branch is chosen by one property, through a table lookup: the
 * cost does not grow with the number of branches, and errors come from the
 * chosen branch only. Tags that are not in the table go to `unrecognized` and
 * values without the tag to `untagged`, when given; otherwise they fail with
 * an error that lists the known tags.
 *
 * This one mechanism serves every tagged choice in the library:
 * `userIdentity` by `type`, records by `eventType`, EventBridge events by
 * `detail-type`, and a service call by whether it failed (`callEventOf`).
 *
 * The types come from the branches ({@link TaggedUnionTypeOf}). To state the
 * union's type, annotate the constant: the annotation compiles only when the
 * branches produce exactly that type.
 *
 * @example
 * import { taggedUnion, struct, literal, NumberValue, type TaggedUnionC } from 'cloudtrail-codecs';
 * interface Circle { kind: 'circle'; r: number }
 * interface Square { kind: 'square'; side: number }
 * const Shape: TaggedUnionC<Circle | Square, Circle | Square> = taggedUnion('Shape', 'kind', {
 *   circle: struct('Circle', { kind: literal('circle'), r: NumberValue }),
 *   square: struct('Square', { kind: literal('square'), side: NumberValue }),
 * });
 * Shape.is({ kind: 'square', side: 2 }); // true
 */
export function taggedUnion<
  const Tag extends string,
  const B extends { readonly [K in keyof B]: t.Mixed },
  U extends t.Mixed = never,
  N extends t.Mixed = never,
  T extends TaggedUnionOptions['tagOf'] = undefined,
>(
  name: string,
  tag: Tag,
  branches: B,
  options?: { readonly unrecognized?: U; readonly untagged?: N; readonly tagOf?: T },
  // NoInfer: a type parameter that no argument sets (an absent fallback)
  // stays `never`, instead of being inferred from the annotation the result
  // is checked against.
): TaggedUnionC<
  NoInfer<TaggedUnionTypeOf<Tag, B, { unrecognized: U; untagged: N; tagOf: T }>>,
  NoInfer<TaggedUnionOutputOf<Tag, B, { unrecognized: U; untagged: N; tagOf: T }>>
>;
/**
 * The union with its types stated as type arguments. Each branch must be a
 * variant of `A` (its values are among `A`'s and its wire values among
 * `O`'s), or a codec whose values include `A`'s (a branch the tag narrows,
 * such as one whose tag is any string under a union of literal tags).
 *
 * @deprecated Leave the type arguments out and annotate the constant
 * instead: only then must the branches produce exactly the stated type.
 */
export function taggedUnion<A, O>(
  name: string,
  tag: string,
  branches: {
    readonly [tag: string]: t.Mixed & ({ readonly _A: A; readonly _O: O } | { readonly encode: (a: A) => unknown });
  },
  options?: TaggedUnionOptions & {
    readonly [fallback in 'unrecognized' | 'untagged']?: t.Mixed & { readonly _A: A; readonly _O: O };
  },
): TaggedUnionC<A, O>;
export function taggedUnion(
  name: string,
  tag: string,
  branches: { readonly [tag: string]: t.Mixed },
  options: TaggedUnionOptions = {},
): TaggedUnionC<unknown, unknown> {
  return new TaggedUnionType(name, tag, branches, options);
}
