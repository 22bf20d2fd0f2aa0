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
import { INVALID, WireType, asWireType, encodeChild, type Invalid } from '../core/WireType.js';
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
  readonly key: 'requestParameters' | 'responseElements' | 'additionalEventData';
  readonly codec: t.Mixed;
  readonly required: boolean;
}

/** What a variant adds to the envelope. */
export interface VariantSpec {
  readonly eventSource: string;
  /** The event names of the operation (its name and aliases). */
  readonly eventNames: readonly string[];
  /** When set, decides the event name instead of `eventNames` (versioned names: any suffix whose base is the operation). */
  readonly acceptsName?: (name: string) => boolean;
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
  private readonly source: string;
  private readonly noErrors: boolean;
  // The two payloads as fields rather than a list: each is read with a
  // constant key and parsed through a call site of its own.
  private readonly request: WireType<unknown, unknown>;
  private readonly response: WireType<unknown, unknown>;
  private readonly requestRequired: boolean;
  private readonly responseRequired: boolean;
  // additionalEventData, for services whose table types it; always optional.
  private readonly extra: WireType<unknown, unknown> | undefined;
  private readonly accepts: ((name: string) => boolean) | undefined;

  constructor(private readonly spec: VariantSpec) {
    super(spec.full.name, (u): u is unknown => spec.full.is(u));
    this.names = new Set(spec.eventNames);
    this.one = spec.eventNames.length === 1 ? spec.eventNames[0] : undefined;
    this.source = spec.eventSource;
    this.noErrors = spec.errors === 'absent';
    const req = spec.payloads.find((p) => p.key === 'requestParameters');
    const res = spec.payloads.find((p) => p.key === 'responseElements');
    this.request = req === undefined ? Raw : asWireType(req.codec);
    this.response = res === undefined ? Raw : asWireType(res.codec);
    this.requestRequired = req?.required ?? false;
    this.responseRequired = res?.required ?? false;
    const extra = spec.payloads.find((p) => p.key === 'additionalEventData');
    this.extra = extra === undefined ? undefined : asWireType(extra.codec);
    this.accepts = spec.acceptsName;
  }

  parse(u: unknown): unknown | Invalid {
    return this.parseCall(u, false);
  }

  override parseOwned(u: unknown): unknown | Invalid {
    return this.parseCall(u, true);
  }

  // The payloads are parsed before the envelope: with `owned`, the envelope
  // writes its changes into the record, and nothing may fail after that.
  private parseCall(u: unknown, owned: boolean): unknown | Invalid {
    // Arrays and Proxies are left to the envelope's parser, which rejects them.
    if (typeof u !== 'object' || u === null) return INVALID;
    const r0 = u as Record<string, unknown>;
    if (r0.eventSource !== this.source) return INVALID;
    const name = r0.eventName;
    if (this.one !== undefined ? name !== this.one : typeof name !== 'string' || !this.names.has(name)) {
      if (this.accepts === undefined || typeof name !== 'string' || !this.accepts(name)) return INVALID;
    }
    if (this.noErrors && (r0.errorCode !== undefined || r0.errorMessage !== undefined)) return INVALID;
    const rq = r0.requestParameters;
    let request = rq;
    if (rq === undefined) {
      if (this.requestRequired) return INVALID;
    } else if ((request = this.request.parse(rq)) === INVALID) return INVALID;
    const rs = r0.responseElements;
    let response = rs;
    if (rs === undefined) {
      if (this.responseRequired) return INVALID;
    } else if ((response = this.response.parse(rs)) === INVALID) return INVALID;
    const ad = r0.additionalEventData;
    let extra = ad;
    if (this.extra !== undefined && ad !== undefined && ad !== null && (extra = this.extra.parse(ad)) === INVALID) return INVALID;
    const base = owned ? sharedEnvelope().parseOwned(u) : sharedEnvelope().parse(u);
    if (base === INVALID) return INVALID;
    // Owned, the envelope's result is the record itself, and the payloads go there too.
    const out = base === u && !owned && (request !== rq || response !== rs || extra !== ad) ? { ...r0 } : base;
    if (request !== rq) out.requestParameters = request;
    if (response !== rs) out.responseElements = response;
    if (extra !== ad) out.additionalEventData = extra;
    return out;
  }

  explain(u: unknown, c: t.Context): t.Errors {
    return (this.spec.full as unknown as WireType<unknown, unknown>).explain(u, c);
  }

  encodeValue(a: unknown): unknown {
    return encodeChild(this.spec.full, a);
  }
}

/** An operation's variant: the shared envelope, then the variant's own checks. */
export function callVariant(spec: VariantSpec): t.Mixed {
  return new CallVariant(spec);
}

