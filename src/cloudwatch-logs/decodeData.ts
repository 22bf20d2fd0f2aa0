import { formatPath } from '../core/describeValue.js';
import type { Inflate } from '../core/gzip.js';
import { parseJsonText, withoutBom } from '../containers/jsonSyntax.js';
import { DecodeError } from '../errors/DecodeError.js';
import { dataOrThrow, fail, succeed, type DecodeResult } from '../errors/DecodeResult.js';
import type { CloudTrailRecord } from '../record/CloudTrailRecord.js';
import type { PayloadCodecs } from './CloudWatchLogsPayload.js';
import {
  NOT_PAYLOAD,
  decodePayloadWith,
  payloadCodecsFromOptions,
  type CloudWatchLogsContents,
  type DecodeCloudWatchLogsOptions,
} from './decodePayload.js';
import { gzipOf, inflateAsync, inflateSettingsOf, inflateSync, problemAt, textOf, type InflateSettings, type Inflated, type Segments } from './readData.js';
import { splitJsonValues } from './splitJsonValues.js';

/**
 * Options of the `…Async` CloudWatch Logs decoders: those of
 * {@link DecodeCloudWatchLogsOptions}, with an inflater that may return a
 * promise, such as `decompressionStreamInflate` (the web-standard
 * `DecompressionStream`, at native speed in browsers and edge runtimes).
 *
 * @example
 * import type { CloudTrailRecord } from 'cloudtrail-codecs';
 * import { decodeCloudWatchLogsEventAsync, decompressionStreamInflate, type DecodeCloudWatchLogsAsyncOptions } from 'cloudtrail-codecs/cloudwatch-logs';
 * const options: DecodeCloudWatchLogsAsyncOptions<CloudTrailRecord> = { inflate: decompressionStreamInflate, maxBytes: 64 * 1024 * 1024 };
 * declare const event: unknown;
 * const result = decodeCloudWatchLogsEventAsync(event, options);
 */
export interface DecodeCloudWatchLogsAsyncOptions<A> extends Omit<DecodeCloudWatchLogsOptions<A>, 'inflate'> {
  /**
   * The gzip inflater, which may return a promise; the built-in exact
   * `gunzip` by default. It must inflate every member of a multi-member
   * input.
   */
  readonly inflate?: Inflate;
}

/** Everything a decoder needs, read from its options once. */
export interface Setup<A> {
  readonly codecs: PayloadCodecs<A>;
  readonly settings: InflateSettings;
}

/** The codecs and inflate settings of `options`, or why they are unusable. */
export function setupOf<A>(options: unknown): Setup<A> | DecodeError {
  const codecs = payloadCodecsFromOptions<A>(options);
  if (codecs instanceof DecodeError) return codecs;
  const settings = inflateSettingsOf(options);
  return settings instanceof DecodeError ? settings : { codecs, settings };
}

/** How one data field is read: where it sits, and whether it may hold several payloads. */
export interface DataPlace {
  readonly at: Segments;
  /** True for Firehose and Kinesis data, whose gzip members may be several payloads. */
  readonly several: boolean;
  /** The summary of errors about this field. */
  readonly summary: string;
}

/** Decodes a data field synchronously. */
export function decodeDataSync<A>(setup: Setup<A>, data: unknown, place: DataPlace): DecodeResult<Array<CloudWatchLogsContents<A>>> {
  const gz = gzipOf(data, place.at, place.summary);
  if (gz instanceof DecodeError) return fail(gz);
  return afterInflate(setup, inflateSync(gz, setup.settings, place.several, place.at, place.summary), place);
}

/** Decodes a data field, waiting for the caller's inflater when it answers with a promise. */
export async function decodeDataAsync<A>(setup: Setup<A>, data: unknown, place: DataPlace): Promise<DecodeResult<Array<CloudWatchLogsContents<A>>>> {
  const gz = gzipOf(data, place.at, place.summary);
  if (gz instanceof DecodeError) return fail(gz);
  return afterInflate(setup, await inflateAsync(gz, setup.settings, place.several, place.at, place.summary), place);
}

function afterInflate<A>(setup: Setup<A>, inflated: Inflated | DecodeError, place: DataPlace): DecodeResult<Array<CloudWatchLogsContents<A>>> {
  if (inflated instanceof DecodeError) return fail(inflated);
  const text = textOf(inflated.bytes, place.at, place.summary);
  return text instanceof DecodeError ? fail(text) : payloadsOfText(setup.codecs, text, inflated.members, place);
}

/**
 * The payloads of an inflated text: one JSON value, or, for data that may
 * join several gzip members, their JSON values back to back. The common
 * single payload is parsed whole; the text is cut into values only when
 * gunzip counted several members, or when parsing it whole fails.
 */
function payloadsOfText<A>(codecs: PayloadCodecs<A>, text: string, members: number | undefined, place: DataPlace): DecodeResult<Array<CloudWatchLogsContents<A>>> {
  const where = place.at.length === 0 ? 'the data' : formatPath(place.at);
  if (!place.several || members === undefined || members <= 1) {
    let value: unknown;
    let parsed = false;
    try {
      value = JSON.parse(withoutBom(text));
      parsed = true;
    } catch {
      // Several values back to back, or not JSON: told apart below.
    }
    if (parsed) return one(decodePayloadWith(codecs, value, text), where);
    if (!place.several) return fail(notJson(text, place, 'the inflated data'));
  }
  const spans = splitJsonValues(text);
  if (spans.length === 0) return fail(problemAt(place.at, 'a CloudWatch Logs payload', 'the inflated data is empty', place.summary));
  const out: Array<CloudWatchLogsContents<A>> = [];
  for (let k = 0; k < spans.length; k++) {
    const { start, end } = spans[k] as { start: number; end: number };
    const piece = text.slice(start, end);
    const label = spans.length === 1 ? 'the inflated data' : `payload ${k + 1} of ${spans.length} (characters ${start}–${end} of the inflated data)`;
    const parsed = parseJsonText(piece);
    if (!parsed.ok) return fail(problemAt(place.at, 'a CloudWatch Logs payload', `${label} is not JSON: ${parsed.reason}`, place.summary));
    const r = decodePayloadWith(codecs, parsed.value, piece);
    if (!r.success) return fail(new DecodeError(r.error.issues, `${NOT_PAYLOAD}: ${label} of ${where}`));
    out.push(r.data);
  }
  return succeed(out);
}

function one<A>(r: DecodeResult<CloudWatchLogsContents<A>>, where: string): DecodeResult<Array<CloudWatchLogsContents<A>>> {
  return r.success ? succeed([r.data]) : fail(new DecodeError(r.error.issues, `${NOT_PAYLOAD}: the inflated data of ${where}`));
}

function notJson(text: string, place: DataPlace, what: string): DecodeError {
  const parsed = parseJsonText(text);
  const reason = parsed.ok ? 'it holds more than one JSON value' : parsed.reason;
  return problemAt(place.at, 'a CloudWatch Logs payload', `${what} is not JSON: ${reason}`, place.summary);
}

const DATA: DataPlace = { at: [], several: true, summary: 'Not CloudWatch Logs data' };

/**
 * Decodes the data of one Firehose or Kinesis record that a CloudWatch Logs
 * subscription sent: base64 text of gzip (or the gzip bytes themselves, as
 * in an S3 object that Firehose wrote), whose gzip members, when there are
 * several back to back, each hold one payload. Every payload is returned,
 * in order, decoded as {@link decodeCloudWatchLogsPayload} does (control
 * messages included, with `control: true`).
 *
 * Inflating uses the built-in exact `gunzip`, bounded by `options.maxBytes`,
 * or `options.inflate` (synchronous; see
 * {@link decodeCloudWatchLogsDataAsync} for one that returns a promise).
 * The result fails when the data is not base64, not gzip, does not inflate,
 * or holds something other than payloads.
 *
 * @example
 * import { decodeCloudWatchLogsData } from 'cloudtrail-codecs/cloudwatch-logs';
 * const r = decodeCloudWatchLogsData('eyJtZXNzYWdlVHlwZSI6IkNPTlRST0xfTUVTU0FHRSJ9');
 * if (!r.success) r.error.issues[0]?.message; // '(root): expected gzip data, but it is text that starts like JSON, already inflated: decode that text with decodeCloudWatchLogsPayloadText'
 */
export function decodeCloudWatchLogsData<A = CloudTrailRecord>(
  data: string | Uint8Array,
  options: DecodeCloudWatchLogsOptions<A> = {},
): DecodeResult<Array<CloudWatchLogsContents<A>>> {
  const setup = setupOf<A>(options);
  return setup instanceof DecodeError ? fail(setup) : decodeDataSync(setup, data, DATA);
}

/**
 * {@link decodeCloudWatchLogsData} with an inflater that may return a
 * promise (`options.inflate`, such as `decompressionStreamInflate`).
 *
 * @example
 * import { decodeCloudWatchLogsDataAsync, decompressionStreamInflate } from 'cloudtrail-codecs/cloudwatch-logs';
 * declare const data: string; // a Kinesis record's data
 * const payloads = decodeCloudWatchLogsDataAsync(data, { inflate: decompressionStreamInflate });
 */
export async function decodeCloudWatchLogsDataAsync<A = CloudTrailRecord>(
  data: string | Uint8Array,
  options: DecodeCloudWatchLogsAsyncOptions<A> = {},
): Promise<DecodeResult<Array<CloudWatchLogsContents<A>>>> {
  const setup = setupOf<A>(options);
  return setup instanceof DecodeError ? fail(setup) : decodeDataAsync(setup, data, DATA);
}

/**
 * {@link decodeCloudWatchLogsData} that throws a {@link DecodeError} when
 * the data holds no payloads. Bad messages are still returned as failures.
 *
 * @example
 * import { decodeCloudWatchLogsDataOrThrow } from 'cloudtrail-codecs/cloudwatch-logs';
 * try {
 *   decodeCloudWatchLogsDataOrThrow('not base64!');
 * } catch (e) {
 *   (e as Error).name; // 'DecodeError'
 * }
 */
export function decodeCloudWatchLogsDataOrThrow<A = CloudTrailRecord>(
  data: string | Uint8Array,
  options: DecodeCloudWatchLogsOptions<A> = {},
): Array<CloudWatchLogsContents<A>> {
  return dataOrThrow(decodeCloudWatchLogsData(data, options));
}
