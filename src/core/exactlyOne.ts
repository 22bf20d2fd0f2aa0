import type * as t from 'io-ts';
import { struct, type Props } from './struct.js';
import {
  INVALID,
  WireType,
  appendContext,
  encodesAsIs,
  explainWith,
  failureAt,
  isObject,
  looseOf,
  asWireType,
  encodeChild,
  isWireType,
  type Invalid,
} from './WireType.js';
import { ownValue } from './ownValue.js';
import { encodeFailure } from './encodeFailure.js';

/**
 * The decoded type of a union of the members `P`: exactly one is set, and the
 * others are typed `?: never` so that `value.member?.field` reads work without
 * narrowing first. The last variant, with no known member, is a member added
 * to the model after this release: its key and value are kept as data.
 *
 * @example
 * import { struct, StringValue } from 'cloudtrail-codecs';
 * import type { ExactlyOneOf } from 'cloudtrail-codecs/service-kit';
 * const members = {
 *   file: struct('FileTrust', { certificateChain: StringValue }),
 *   sds: struct('SdsTrust', { secretName: StringValue }),
 * };
 * // Any member reads without narrowing first.
 * const certificateOf = (trust: ExactlyOneOf<typeof members>): string | undefined => trust.file?.certificateChain;
 * certificateOf({ sds: { secretName: 'mesh-ca' } }); // undefined
 */
export type ExactlyOneOf<P extends Props> =
  | {
      [K in keyof P]: { [M in K]: t.TypeOf<P[K]> } & { [M in Exclude<keyof P, K>]?: never };
    }[keyof P]
  | { [M in keyof P]?: never };
/**
 * The wire type of {@link ExactlyOneOf}.
 *
 * @example
 * import { DateFromIsoTimestamp, NumberValue } from 'cloudtrail-codecs';
 * import type { ExactlyOneOfJson } from 'cloudtrail-codecs/service-kit';
 * const members = { at: DateFromIsoTimestamp, afterSeconds: NumberValue };
 * // On the wire the timestamp member is text, not a Date.
 * const wire: ExactlyOneOfJson<typeof members> = { at: '2026-01-01T00:00:00Z' };
 */
export type ExactlyOneOfJson<P extends Props> =
  | {
      [K in keyof P]: { [M in K]: t.OutputOf<P[K]> } & { [M in Exclude<keyof P, K>]?: never };
    }[keyof P]
  | { [M in keyof P]?: never };

/**
 * The codec returned by {@link exactlyOne}; `members` holds the codec of each member.
 *
 * @example
 * import { struct, StringValue } from 'cloudtrail-codecs';
 * import { exactlyOne, type ExactlyOneC } from 'cloudtrail-codecs/service-kit';
 * const members = {
 *   file: struct('FileTrust', { certificateChain: StringValue }),
 *   sds: struct('SdsTrust', { secretName: StringValue }),
 * };
 * const Trust: ExactlyOneC<typeof members> = exactlyOne('Trust', members);
 * Object.keys(Trust.members); // ['file', 'sds']
 */
export interface ExactlyOneC<P extends Props> extends WireType<ExactlyOneOf<P>, ExactlyOneOfJson<P>> {
  readonly members: P;
}

const hasOwn = Object.prototype.hasOwnProperty;

class ExactlyOneType<P extends Props>
  extends WireType<ExactlyOneOf<P>, ExactlyOneOfJson<P>>
  implements ExactlyOneC<P>
{
  readonly encodesAsIs: boolean;
  private readonly keys: readonly string[];

  constructor(
    name: string,
    readonly members: P,
  ) {
    const keys = Object.keys(members);
    super(name, (u): u is ExactlyOneOf<P> => {
      if (!isObject(u)) return false;
      const set = keys.filter((k) => hasOwn.call(u, k) && u[k] !== undefined && u[k] !== null);
      if (set.length === 0) return this.unknownMemberOnly(u);
      return set.length === 1 && (members[set[0] as string] as t.Mixed).is(u[set[0] as string]);
    });
    this.keys = keys;
    this.encodesAsIs = keys.every((k) => encodesAsIs(members[k] as t.Mixed));
    this.wires = new Map(keys.map((k) => [k, asWireType(members[k] as t.Mixed)]));
    this.walksKeys = !keys.includes('__proto__');
  }
  // The members as codecs of ours, so that parse calls them without asking what they are.
  private readonly wires: ReadonlyMap<string, WireType<unknown, unknown>>;
  // Whether a plain object's keys may be walked: `u["__proto__"]` would read the prototype.
  private readonly walksKeys: boolean;

  /** True when no known member is set but one other key holds a value: a member added later. */
  private unknownMemberOnly(u: Record<string, unknown>): boolean {
    let others = 0;
    for (const k of Object.keys(u)) {
      const v = u[k];
      if (v === undefined || v === null) continue;
      if (hasOwn.call(this.members, k)) return false;
      others++;
    }
    return others === 1;
  }

  /** The one member that is set, or undefined when none or several are. */
  private memberOf(u: Record<string, unknown>): string | undefined {
    let found: string | undefined;
    // A plain object's keys are fewer than a union's members (DynamoDB's
    // AttributeValue has ten), so walk those (a member for…in does not list
    // is not seen); any other object is asked member by member.
    const proto: unknown = Object.getPrototypeOf(u);
    if ((proto === Object.prototype || proto === null) && this.walksKeys) {
      for (const k in u) {
        if (!this.wires.has(k)) continue;
        const v = ownValue(u, k);
        if (v === undefined || v === null) continue;
        if (found !== undefined) return undefined;
        found = k;
      }
      return found;
    }
    for (const k of this.keys) {
      const v = ownValue(u, k);
      if (v === undefined || v === null) continue;
      if (found !== undefined) return undefined;
      found = k;
    }
    return found;
  }

  parse(u: unknown): ExactlyOneOf<P> | Invalid {
    if (!isObject(u)) return INVALID;
    const k = this.memberOf(u);
    if (k === undefined) return this.unknownMemberOnly(u) ? (u as ExactlyOneOf<P>) : INVALID;
    const v = u[k];
    const r = (this.wires.get(k) as WireType<unknown, unknown>).parse(v);
    if (r === INVALID) return INVALID;
    return (r === v ? u : { ...u, [k]: r }) as ExactlyOneOf<P>;
  }

  explain(u: unknown, c: t.Context): t.Errors {
    if (!isObject(u)) return failureAt(u, c);
    const k = this.memberOf(u);
    if (k === undefined) {
      const set = this.keys.filter((key) => hasOwn.call(u, key) && u[key] !== undefined && u[key] !== null);
      const which = this.keys.join(' | ');
      return failureAt(
        u,
        c,
        set.length === 0
          ? `expected exactly one of ${which}, got none`
          : `expected exactly one of ${which}, got ${set.length}: ${set.join(', ')}`,
      );
    }
    const codec = this.members[k] as t.Mixed;
    return explainWith(codec, u[k], appendContext(c, k, codec, u[k]));
  }

  // A failed call may carry several members or none; keep each one typed.
  override loose(): t.Mixed {
    const optional: Record<string, t.Mixed> = {};
    for (const k of this.keys) optional[k] = looseOf(this.members[k] as t.Mixed);
    return struct(`Partial<${this.name}>`, {}, optional);
  }

  encodeValue(a: ExactlyOneOf<P>): ExactlyOneOfJson<P> {
    if (this.encodesAsIs) return a as unknown as ExactlyOneOfJson<P>;
    const src = a as Record<string, unknown>;
    const k = this.memberOf(src);
    if (k === undefined) return a as unknown as ExactlyOneOfJson<P>;
    const codec = this.members[k] as t.Mixed;
    const v = src[k];
    let e: unknown;
    try {
      e = encodeChild(codec, v);
    } catch (x) {
      // The error path only: put this member in front of the path below.
      throw encodeFailure(x, codec, v, k, isWireType(codec));
    }
    return (e === v ? a : { ...src, [k]: e }) as ExactlyOneOfJson<P>;
  }
}

/**
 * A tagged union in the Smithy sense: an object with exactly one of the
 * given members set (a `null` member counts as unset). Other keys are kept as
 * data, like in {@link struct}. An object whose one set key is not a known
 * member decodes too, typed with no known member: AWS adds union members, and
 * one added later must not make the whole record fail.
 *
 * @example
 * import { struct, StringValue } from 'cloudtrail-codecs';
 * import { exactlyOne } from 'cloudtrail-codecs/service-kit';
 * const Trust = exactlyOne('Trust', {
 *   file: struct('FileTrust', { certificateChain: StringValue }),
 *   sds: struct('SdsTrust', { secretName: StringValue }),
 * });
 * Trust.is({ file: { certificateChain: '/certs/ca.pem' } }); // true
 * Trust.is({}); // false: none set
 * Trust.is({ vault: { path: 'x' } }); // true: a member added later
 */
export function exactlyOne<P extends Props>(name: string, members: P): ExactlyOneC<P> {
  return new ExactlyOneType(name, members);
}
