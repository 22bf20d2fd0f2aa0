import type * as t from 'io-ts';
import { ownString, ownValue } from '../core/ownValue.js';
import { isObject, unreadableMessage } from '../core/WireType.js';
import { DecodeError } from '../errors/DecodeError.js';
import { decodeWith, fail, type DecodeResult } from '../errors/DecodeResult.js';
import { CloudTrailRecord } from '../record/CloudTrailRecord.js';
import type { NotificationKind } from './LogFile.js';
import { kindOfNonText } from './jsonSyntax.js';

/**
 * `candidate` when it is an io-ts decoder (an object or function with
 * `validate`, `decode` and a string `name`), else a message that says why it
 * is unusable, starting with `label`: `options.record`, `codec`. Read once,
 * through guards, so the codec's own name is safe to read afterwards.
 */
export function codecOrMessage<A>(candidate: unknown, label: string): t.Decoder<unknown, A> | string {
  try {
    const c = candidate as Partial<t.Decoder<unknown, A>>;
    if ((typeof candidate === 'object' || typeof candidate === 'function') && candidate !== null && typeof c.validate === 'function' && typeof c.decode === 'function' && typeof c.name === 'string') {
      return candidate as t.Decoder<unknown, A>;
    }
  } catch (e) {
    return `${label} ${unreadableMessage(e)}`;
  }
  return `${label}: expected an io-ts codec, got ${kindOfNonText(candidate)}`;
}

/**
 * The record codec of `options`, `CloudTrailRecord` by default, or a message
 * saying why `options` is unusable.
 */
export function recordCodecOf<A>(options: unknown): t.Decoder<unknown, A> | string {
  const byDefault = CloudTrailRecord as unknown as t.Decoder<unknown, A>;
  if (options === undefined || options === null) return byDefault;
  if (typeof options !== 'object') return `options: expected an object such as { record: codec }, got ${kindOfNonText(options)}`;
  let record: unknown;
  try {
    record = (options as { record?: unknown }).record;
  } catch (e) {
    return `options ${unreadableMessage(e)}`;
  }
  return record === undefined ? byDefault : codecOrMessage<A>(record, 'options.record');
}

/**
 * `decodeWith` for entry points that take the codec from their caller: a
 * codec that is not one gives a failed result that says so. The library's
 * own record codec needs no check.
 */
export function decodeSafely<A>(codec: unknown, value: unknown): DecodeResult<A> {
  if (codec === CloudTrailRecord) return decodeWith(CloudTrailRecord as unknown as t.Decoder<unknown, A>, value);
  const checked = codecOrMessage<A>(codec, 'codec');
  return typeof checked === 'string' ? fail(DecodeError.single(checked, undefined, 'Bad arguments')) : decodeWith(checked, value);
}

/** Own fields that every CloudTrail record has at least one of, and that no Lambda event record but S3's has. */
const CLOUDTRAIL_FIELDS = ['userIdentity', 'eventTime', 'eventType'] as const;

const hasAny = (o: unknown, keys: readonly string[]): boolean => keys.some((k) => ownValue(o, k) !== undefined);

/**
 * The kind of event notification `record` belongs to, told by its shape;
 * `undefined` for anything else, a CloudTrail record above all. A CloudTrail
 * record's `eventSource` is `<service>.amazonaws.com`, while the records of
 * Lambda events say `aws:s3`, `aws:sqs` (and SNS's `EventSource: aws:sns`);
 * but a source alone is one field of one record, and a record is called a
 * notification only with the fields that make one, so that a single odd
 * record cannot get a whole log file refused:
 *
 * - S3: `eventSource` `aws:s3`, an `s3` object and an `eventVersion` of 2.x
 *   (CloudTrail writes 1.x), and no `eventType`;
 * - SNS: `EventSource` `aws:sns` and an `Sns` object;
 * - SQS: `eventSource` `aws:sqs`, a `body` string and a `messageId`;
 * - other Lambda events: an `eventSource` starting with `aws:`;
 *
 * the last three with none of `userIdentity`, `eventTime` and `eventType`,
 * one of which every CloudTrail record has. Only own fields count, and
 * nothing here throws.
 */
export function notificationKindOfRecord(record: unknown): NotificationKind | undefined {
  const source = ownString(record, 'eventSource');
  if (source === 'aws:s3' && isObject(ownValue(record, 's3')) && ownString(record, 'eventVersion')?.startsWith('2.') === true && ownValue(record, 'eventType') === undefined) {
    return 's3';
  }
  if (hasAny(record, CLOUDTRAIL_FIELDS)) return undefined;
  if (ownString(record, 'EventSource') === 'aws:sns' && isObject(ownValue(record, 'Sns'))) return 'sns';
  if (source === 'aws:sqs' && ownString(record, 'body') !== undefined && ownString(record, 'messageId') !== undefined) return 'sqs';
  return source?.startsWith('aws:') === true || ownString(record, 'EventSource')?.startsWith('aws:') === true ? 'lambda-event' : undefined;
}
