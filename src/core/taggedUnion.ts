import type * as t from 'io-ts';
import { INVALID, WireType, appendContext, encodeChild, explainWith, failureAt, isObject, parseChild, type Invalid } from './WireType.js';

/**
 * How a {@link taggedUnion} chooses its branch beyond the table: fallbacks, and a computed tag.
 *
 * @example
 * import { JsonObject, literal, struct, taggedUnion, type TaggedUnionOptions } from 'cloudtrail-codecs';
 * const options: TaggedUnionOptions = { unrecognized: JsonObject };
 * const Message = taggedUnion<{ kind: 'ping' } | JsonObject, unknown>('Message', 'kind', { ping: struct('Ping', { kind: literal('ping') }) }, options);
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
      const b = isObject(u) ? this.branchFor(this.tagOf(u)) : undefined;
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

  parse(u: unknown): A | Invalid {
    if (!isObject(u)) return INVALID;
    const branch = this.branchFor(this.tagOf(u));
    return branch === undefined ? INVALID : parseChild(branch, u);
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
 * A union whose branch is chosen by one property, through a table lookup: the
 * cost does not grow with the number of branches, and errors come from the
 * chosen branch only. Tags that are not in the table go to `unrecognized` and
 * values without the tag to `untagged`, when given; otherwise they fail with
 * an error that lists the known tags.
 *
 * This one mechanism serves every tagged choice in the library:
 * `userIdentity` by `type`, records by `eventType`, EventBridge events by
 * `detail-type`, App Mesh records by `eventName`.
 *
 * @typeParam A - the decoded union; the caller states it, as the table alone
 *   cannot express branch types that depend on the tag
 * @typeParam O - the wire union
 *
 * @example
 * import { taggedUnion, struct, literal, NumberValue } from 'cloudtrail-codecs';
 * const Shape = taggedUnion<{ kind: 'circle'; r: number } | { kind: 'square'; side: number }, unknown>(
 *   'Shape',
 *   'kind',
 *   {
 *     circle: struct('Circle', { kind: literal('circle'), r: NumberValue }),
 *     square: struct('Square', { kind: literal('square'), side: NumberValue }),
 *   },
 * );
 * Shape.is({ kind: 'square', side: 2 }); // true
 */
export function taggedUnion<A, O>(
  name: string,
  tag: string,
  branches: { readonly [tag: string]: t.Mixed },
  options: TaggedUnionOptions = {},
): TaggedUnionC<A, O> {
  return new TaggedUnionType<A, O>(name, tag, branches, options);
}
