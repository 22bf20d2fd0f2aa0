import type * as t from 'io-ts';
import { looseOf } from './WireType.js';

/**
 * `T` with every property optional at every depth. Dates and other leaves
 * stay as they are; arrays keep their shape with partial items.
 *
 * @example
 * import type { DeepPartial } from 'cloudtrail-codecs/service-kit';
 * type Request = { meshName: string; spec: { listeners: Array<{ port: number; protocol: string }> } };
 * // What a refused request may look like: any member may be missing.
 * const refused: DeepPartial<Request> = { spec: { listeners: [{ port: 8080 }] } };
 */
export type DeepPartial<T> = T extends Date | string | number | boolean | null | undefined
  ? T
  : T extends ReadonlyArray<infer U>
    ? Array<DeepPartial<U>>
    : { [K in keyof T]?: DeepPartial<T[K]> };

/**
 * The codec returned by {@link loosen}: decodes to {@link DeepPartial} of the original type.
 *
 * @example
 * import { struct, StringValue } from 'cloudtrail-codecs';
 * import { loosen, type LooseC } from 'cloudtrail-codecs/service-kit';
 * type Input = { meshName: string; virtualNodeName: string };
 * const LooseInput: LooseC<Input, Input> = loosen(struct('Input', { meshName: StringValue, virtualNodeName: StringValue }));
 * const r = LooseInput.decode({ meshName: 'shop' });
 * if (r._tag === 'Right') r.right.virtualNodeName; // undefined
 */
export interface LooseC<A, O> extends t.Type<DeepPartial<A>, DeepPartial<O>, unknown> {}

/**
 * The loose form of a codec: every required member of every struct becomes
 * optional, and a union may have any of its members set. Values that are
 * present are still checked. This types the request of a failed call, which
 * the service rejected precisely because it broke the model (a required
 * member missing, say), as much as is sound.
 *
 * @example
 * import { struct, StringValue } from 'cloudtrail-codecs';
 * import { loosen } from 'cloudtrail-codecs/service-kit';
 * const Input = struct('Input', { meshName: StringValue, virtualNodeName: StringValue });
 * Input.is({ meshName: 'shop' }); // false
 * loosen(Input).is({ meshName: 'shop' }); // true
 */
export function loosen<A, O>(codec: t.Type<A, O, unknown>): LooseC<A, O> {
  return looseOf(codec) as LooseC<A, O>;
}
