import type * as t from 'io-ts';
import { DecodeError } from './DecodeError.js';
import { unreadableMessage } from '../core/WireType.js';
import { ownString } from '../core/ownValue.js';
import { labelOfRecord, labelText } from './recordLabel.js';

/**
 * The outcome of a decode, for callers who do not use fp-ts: the data on
 * success, a {@link DecodeError} on failure.
 *
 * @example
 * import { type CloudTrailRecord, type DecodeResult } from 'cloudtrail-codecs';
 * import { decodeRecordText } from 'cloudtrail-codecs/containers';
 * const r: DecodeResult<CloudTrailRecord> = decodeRecordText('{}');
 * if (r.success) r.data.eventVersion;
 * else r.error.issues.map((i) => i.path); // ['eventVersion', 'userIdentity', 'eventTime', 'eventSource', 'eventName', 'awsRegion']
 */
export type DecodeResult<A> =
  | { readonly success: true; readonly data: A }
  | { readonly success: false; readonly error: DecodeError };

/**
 * A successful {@link DecodeResult}, for decoders of your own that answer in the same shape.
 *
 * @example
 * import { DecodeError, fail, succeed, type DecodeResult } from 'cloudtrail-codecs';
 * const parsePort = (text: string): DecodeResult<number> =>
 *   /^\d{1,5}$/.test(text) ? succeed(Number(text)) : fail(DecodeError.single(`not a port: ${text}`));
 * parsePort('443'); // { success: true, data: 443 }
 */
export function succeed<A>(data: A): DecodeResult<A> {
  return { success: true, data };
}

/**
 * A failed {@link DecodeResult}, for decoders of your own that answer in the same shape.
 *
 * @example
 * import { DecodeError, fail, succeed, type DecodeResult } from 'cloudtrail-codecs';
 * const parseAccountId = (text: string): DecodeResult<string> =>
 *   /^\d{12}$/.test(text) ? succeed(text) : fail(DecodeError.single(`expected 12 digits, got ${JSON.stringify(text)}`, text, 'Not an account id'));
 * const r = parseAccountId('1111-2222-3333');
 * if (!r.success) r.error.message; // 'Not an account id:\n  (root): expected 12 digits, got "1111-2222-3333"'
 */
export function fail<A>(error: DecodeError): DecodeResult<A> {
  return { success: false, error };
}

/**
 * `(eventName X, eventID Y)` for a value that carries readable ids (a record,
 * or a LookupEvents event with `EventName`/`EventId`), else `''`. The ids are
 * record text, so they are escaped and cut: a tampered record cannot add
 * lines to a summary.
 *
 * @example
 * import { recordIds } from 'cloudtrail-codecs';
 * recordIds({ eventName: 'PutObject', eventID: '5a1c2d3e-0000-4000-8000-000000000001' }); // '(eventName PutObject, eventID 5a1c2d3e-0000-4000-8000-000000000001)'
 * recordIds(['not', 'a', 'record']); // ''
 */
export function recordIds(value: unknown): string {
  return labelText(labelOfRecord(value));
}

/**
 * Decodes with any io-ts codec and returns a plain {@link DecodeResult}.
 *
 * @example
 * import { CloudTrailRecord, decodeWith } from 'cloudtrail-codecs';
 * const r = decodeWith(CloudTrailRecord, { eventVersion: '1.08' });
 * if (!r.success) r.error.issues.map((i) => i.path); // […, 'eventTime', …]
 */
export function decodeWith<A>(codec: t.Decoder<unknown, A>, value: unknown): DecodeResult<A> {
  let r: ReturnType<typeof codec.decode>;
  try {
    r = codec.decode(value);
  } catch (e) {
    // Only a foreign codec, or something that is no codec, can throw here; ours report instead.
    return fail(DecodeError.single(unreadableMessage(e), value, `Not a valid ${nameOf(codec)}`));
  }
  if (r._tag === 'Right') return succeed(r.right);
  // The name is read on failure only: a valid value pays nothing for it.
  return fail(DecodeError.fromErrors(r.left, [`Not a valid ${nameOf(codec)}`, recordIds(value)].filter((x) => x !== '').join(' ')));
}

function nameOf(codec: unknown): string {
  return ownString(codec, 'name') ?? 'value';
}

/**
 * Decodes with any io-ts codec; throws a {@link DecodeError} on failure.
 *
 * @example
 * import { BooleanFromString, decodeWithOrThrow } from 'cloudtrail-codecs';
 * decodeWithOrThrow(BooleanFromString, 'true'); // true
 */
export function decodeWithOrThrow<A>(codec: t.Decoder<unknown, A>, value: unknown): A {
  return dataOrThrow(decodeWith(codec, value));
}

/**
 * The data of a result, or its {@link DecodeError} thrown: what every
 * `…OrThrow` function of the library is made of.
 *
 * @example
 * import { dataOrThrow } from 'cloudtrail-codecs';
 * import { decodeRecordText } from 'cloudtrail-codecs/containers';
 * try {
 *   dataOrThrow(decodeRecordText('{'));
 * } catch (e) {
 *   (e as Error).name; // 'DecodeError'
 * }
 */
export function dataOrThrow<A>(result: DecodeResult<A>): A {
  if (result.success) return result.data;
  throw result.error;
}
