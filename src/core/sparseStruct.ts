import type * as t from 'io-ts';
import { StructType, compileParse, parseMember, valueOf, type FieldPlan, type Props, type StructC, type StructTypeOf } from './struct.js';
import { INVALID, isObject, type Invalid } from './WireType.js';

/**
 * How many values a sparse struct parses before it compiles a parser of its
 * own. Below it, the shared loop is faster (the compiled code would still be
 * running unoptimised); far above it, the compiled code is (constant keys,
 * inline checks). App Mesh's hot, dense shapes decoded in 70 ms with it
 * against 110 to 180 ms without, while models' rarely used shapes never
 * reach it.
 */
const HOT = 2000;

class SparseStructType<R extends Props, O extends Props> extends StructType<R, O> {
  // The position of each declared key among the fields, the bit of each
  // field (0 for optional ones), and all the required bits together.
  private readonly byKey: ReadonlyMap<string, number>;
  private readonly bits: readonly number[];
  private readonly allRequired: number;
  private uses = 0;

  constructor(name: string, required: R, optional: O) {
    super(name, required, optional);
    const plans = this.fields as readonly FieldPlan[];
    this.byKey = new Map(plans.map((f, i) => [f.key, i]));
    // Required fields come first (see StructType), so field i's bit is 2^i.
    this.bits = plans.map((f, i) => (f.required ? 2 ** i : 0));
    this.allRequired = 2 ** plans.filter((f) => f.required).length - 1;
    this.parse = this.parsePresent;
  }

  /**
   * A loop over the keys for…in lists, each looked up among the declared
   * ones, then a check that every required member was met. For a plain
   * object of enumerable data properties (anything JSON makes) this reads
   * what the member-by-member loop reads; an optional member that for…in
   * does not list (not enumerable, hidden by a Proxy) is not read. Objects
   * of other prototypes go to the member-by-member loop.
   */
  private parsePresent(u: unknown): StructTypeOf<R, O> | Invalid {
    // Once hot, a struct is worth a parser of its own (see HOT). A frozen
    // struct cannot count (nor can a hardened one, whose parts are frozen
    // too), and stays sparse.
    if (Object.isExtensible(this) && ++this.uses === HOT) {
      const compiled = compileParse(this.name, this.fields as readonly FieldPlan[]) as ((u: unknown) => StructTypeOf<R, O> | Invalid) | undefined;
      if (compiled !== undefined) this.parse = compiled;
    }
    if (!isObject(u)) return INVALID;
    const proto: unknown = Object.getPrototypeOf(u);
    if (proto !== Object.prototype && proto !== null) return this.parseDeclared(u);
    const byKey = this.byKey;
    const fields = this.fields as readonly FieldPlan[];
    const bits = this.bits;
    let out: Record<string, unknown> | undefined;
    let met = 0;
    for (const k in u) {
      const i = byKey.get(k);
      if (i === undefined) continue;
      const v = u[k];
      if (v === undefined) continue;
      met |= bits[i] as number;
      const next = parseMember(u, out, fields[i] as FieldPlan, v);
      if (next === INVALID) return INVALID;
      out = next;
    }
    if (met === this.allRequired) return (out ?? u) as StructTypeOf<R, O>;
    // A required member the loop did not meet: absent (the usual case, and
    // INVALID), or one for…in does not list (not enumerable), which is read
    // and parsed now. Only the unmet members are read again, so a value
    // made to land here at every level costs no more than once through.
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i] as FieldPlan;
      if (!f.required || (met & (bits[i] as number)) !== 0) continue;
      const v = valueOf(u, f);
      if (v === undefined) return INVALID;
      const next = parseMember(u, out, f, v);
      if (next === INVALID) return INVALID;
      out = next;
    }
    return (out ?? u) as StructTypeOf<R, O>;
  }

  protected override partialOf(optional: Record<string, t.Mixed>): t.Mixed {
    return new SparseStructType(`Partial<${this.name}>`, {}, optional);
  }
}

/**
 * A `struct` that reads the members a value has, not every member it
 * declares: for codecs made by the hundred from a model (EC2 has nearly two
 * thousand structures), whose values carry a few of many optional members
 * and which each run too rarely for a parser of their own to be optimised.
 * One loop over a value's keys serves every sparse struct, so it stays hot,
 * and its cost follows the value rather than the model; a sparse struct
 * that has parsed 2,000 values is hot itself, and compiles its parser as
 * `struct` does. For JSON values it decodes exactly what `struct` does; of a
 * plain object's members that `for…in` does not list (not enumerable,
 * hidden by a Proxy) it reads only the required ones, and values of other
 * prototypes are read member by member. A struct that declares `__proto__`
 * (which `u["__proto__"]` cannot read as data) or more than 30 required
 * members is a plain `struct`.
 *
 * @example
 * import { StringValue } from 'cloudtrail-codecs';
 * import { sparseStruct } from 'cloudtrail-codecs/service-kit';
 * const Tag = sparseStruct('Tag', { key: StringValue }, { value: StringValue, owner: StringValue });
 * Tag.is({ key: 'team' }); // true
 */
export function sparseStruct<R extends Props, O extends Props = {}>(name: string, required: R, optional: O = {} as O): StructC<R, O> {
  const keys = [...Object.keys(required), ...Object.keys(optional)];
  if (keys.includes('__proto__') || Object.keys(required).length > 30) return new StructType(name, required, optional);
  return new SparseStructType(name, required, optional);
}
