// The fast path of an operation's succeeded and failed variants. A service
// has one variant pair per operation (IAM: 164), and a record codec per
// variant would give each its own copy of the envelope's parser, most of them
// too rarely run to be optimised. Here every variant of every service shares
// one envelope parser, which stays hot, and adds only its own checks: the
// event source and name, the error fields, and its payload codecs. The full
// per-variant record codec (`full`) is still what explains failures, tells
// `is` and encodes, so messages and wire output do not change.
import type * as t from 'io-ts';
import { leaf } from '../core/leaf.js';
import { struct } from '../core/struct.js';
import { INVALID, WireType, encodeChild, isObject, type Invalid } from '../core/WireType.js';
import { activityOptional, activityRequired } from '../record/ActivityRecord.js';

// Any value, as it is: the payload members of the shared envelope, whose
// checking is the variant's.
const Raw = leaf<unknown>({ name: 'unknown', parse: (u) => u, is: () => true, inline: 'false' });

let envelope: WireType<Record<string, unknown>, unknown> | undefined;
function sharedEnvelope(): WireType<Record<string, unknown>, unknown> {
  return (envelope ??= struct('ServiceCallEnvelope', activityRequired, {
    ...activityOptional,
    requestParameters: Raw,
    responseElements: Raw,
  }) as unknown as WireType<Record<string, unknown>, unknown>);
}

/** One payload member of a variant: its codec, and whether it must be present. */
export interface PayloadField {
  readonly key: 'requestParameters' | 'responseElements';
  readonly codec: t.Mixed;
  readonly required: boolean;
}

/** What a variant adds to the envelope. */
export interface VariantSpec {
  readonly eventSource: string;
  /** The event names of the operation (its name and aliases). */
  readonly eventNames: readonly string[];
  /** `absent`: a succeeded call (no errorCode, no errorMessage); `any`: a failed call (the union chose it). */
  readonly errors: 'absent' | 'any';
  readonly payloads: readonly PayloadField[];
  /** The full record codec of the variant, for explain, is and encode. */
  readonly full: t.Mixed;
}

class CallVariant extends WireType<unknown, unknown> {
  readonly encodesAsIs = false;
  private readonly names: ReadonlySet<string>;
  private readonly one: string | undefined;
  private readonly payloads: ReadonlyArray<PayloadField & { readonly wire: WireType<unknown, unknown> | undefined }>;

  constructor(private readonly spec: VariantSpec) {
    super(spec.full.name, (u): u is unknown => spec.full.is(u));
    this.names = new Set(spec.eventNames);
    this.one = spec.eventNames.length === 1 ? spec.eventNames[0] : undefined;
    this.payloads = spec.payloads.map((p) => ({ ...p, wire: p.codec instanceof WireType ? (p.codec as WireType<unknown, unknown>) : undefined }));
  }

  parse(u: unknown): unknown | Invalid {
    if (!isObject(u) || u['eventSource'] !== this.spec.eventSource) return INVALID;
    const name = u['eventName'];
    if (this.one !== undefined ? name !== this.one : typeof name !== 'string' || !this.names.has(name)) return INVALID;
    if (this.spec.errors === 'absent' && (u['errorCode'] !== undefined || u['errorMessage'] !== undefined)) return INVALID;
    const base = sharedEnvelope().parse(u);
    if (base === INVALID) return INVALID;
    let out = base;
    for (const p of this.payloads) {
      const v = u[p.key];
      if (v === undefined) {
        if (p.required) return INVALID;
        continue;
      }
      const r = p.wire !== undefined ? p.wire.parse(v) : parseForeign(p.codec, v);
      if (r === INVALID) return INVALID;
      // Payloads decode to objects or null, which carry their own wire notes:
      // nothing to remember here, unlike a struct's primitive fields.
      if (r !== v) {
        if (out === u) out = { ...u };
        out[p.key] = r;
      }
    }
    return out;
  }

  explain(u: unknown, c: t.Context): t.Errors {
    return (this.spec.full as unknown as WireType<unknown, unknown>).explain(u, c);
  }

  encodeValue(a: unknown): unknown {
    return encodeChild(this.spec.full, a);
  }
}

function parseForeign(codec: t.Mixed, v: unknown): unknown {
  const r = codec.validate(v, [{ key: '', type: codec, actual: v }]);
  return r._tag === 'Right' ? r.right : INVALID;
}

/** An operation's variant: the shared envelope, then the variant's own checks. */
export function callVariant(spec: VariantSpec): t.Mixed {
  return new CallVariant(spec);
}
