import type * as t from 'io-ts';
import { dataOrThrow, decodeWithOrThrow, fail, type DecodeResult } from '../errors/DecodeResult.js';
import { CloudTrailRecord } from '../record/CloudTrailRecord.js';
import { decodeSafely } from './jsonText.js';
import { invalidJsonError, notTextError, parseJsonText } from './jsonSyntax.js';

/**
 * Decodes one parsed record. Pass a service codec (such as App Mesh's) as the
 * second argument to get its precise type.
 *
 * @example
 * import { decodeRecord } from 'cloudtrail-codecs/containers';
 * const r = decodeRecord({ eventVersion: '1.08', eventType: 'AwsApiCall' });
 * if (!r.success) console.log(r.error.message);
 */
export function decodeRecord(value: unknown): DecodeResult<CloudTrailRecord>;
export function decodeRecord<A>(value: unknown, codec: t.Decoder<unknown, A>): DecodeResult<A>;
export function decodeRecord(
  value: unknown,
  codec: t.Decoder<unknown, unknown> = CloudTrailRecord,
): DecodeResult<unknown> {
  return decodeSafely(codec, value);
}

/**
 * {@link decodeRecord} that throws a `DecodeError` on failure.
 *
 * @example
 * import { DecodeError } from 'cloudtrail-codecs';
 * import { decodeRecordOrThrow } from 'cloudtrail-codecs/containers';
 * try {
 *   decodeRecordOrThrow({});
 * } catch (e) {
 *   e instanceof DecodeError; // true
 * }
 */
export function decodeRecordOrThrow(value: unknown): CloudTrailRecord;
export function decodeRecordOrThrow<A>(value: unknown, codec: t.Decoder<unknown, A>): A;
export function decodeRecordOrThrow(
  value: unknown,
  codec: t.Decoder<unknown, unknown> = CloudTrailRecord,
): unknown {
  return decodeWithOrThrow(codec, value);
}

/**
 * Decodes one record given as JSON text, as a queue message or a file with a
 * single event holds it. A leading byte order mark is ignored.
 *
 * @example
 * import { decodeRecordText } from 'cloudtrail-codecs/containers';
 * decodeRecordText('{"eventVersion": "1.08",').success; // false: not valid JSON
 */
export function decodeRecordText(text: string): DecodeResult<CloudTrailRecord>;
export function decodeRecordText<A>(text: string, codec: t.Decoder<unknown, A>): DecodeResult<A>;
export function decodeRecordText(
  text: string,
  codec: t.Decoder<unknown, unknown> = CloudTrailRecord,
): DecodeResult<unknown> {
  if (typeof text !== 'string') return fail(notTextError(text, 'the JSON text of a record'));
  const parsed = parseJsonText(text);
  return parsed.ok ? decodeSafely(codec, parsed.value) : fail(invalidJsonError(parsed.reason));
}

/**
 * {@link decodeRecordText} that throws a `DecodeError` when the text is not
 * JSON or the record does not decode.
 *
 * @example
 * import { decodeRecordTextOrThrow } from 'cloudtrail-codecs/containers';
 * try {
 *   decodeRecordTextOrThrow('{"eventVersion": "1.08",');
 * } catch (e) {
 *   (e as Error).name; // 'DecodeError'
 * }
 */
export function decodeRecordTextOrThrow(text: string): CloudTrailRecord;
export function decodeRecordTextOrThrow<A>(text: string, codec: t.Decoder<unknown, A>): A;
export function decodeRecordTextOrThrow(
  text: string,
  codec: t.Decoder<unknown, unknown> = CloudTrailRecord,
): unknown {
  return dataOrThrow(decodeRecordText(text, codec));
}
