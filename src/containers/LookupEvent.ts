import type * as t from 'io-ts';
import { arrayOf } from '../core/array.js';
import { BooleanText } from '../core/BooleanFromString.js';
import { DateFromApiTimestamp } from '../core/DateFromApiTimestamp.js';
import { decodedValueMessage } from '../core/wireChecks.js';
import { nullable } from '../core/nullable.js';
import { StringValue } from '../core/scalars.js';
import { struct, type StructCodec } from '../core/struct.js';
import {
  INVALID,
  WireType,
  appendContext,
  encodeChild,
  explainWith,
  failureAt,
  isObject,
  parseOwnedChild,
  readProperty,
  type Invalid,
} from '../core/WireType.js';
import { DecodeError } from '../errors/DecodeError.js';
import { dataOrThrow, decodeWith, fail, succeed, type DecodeResult } from '../errors/DecodeResult.js';
import { CloudTrailRecord } from '../record/CloudTrailRecord.js';
import { stringifyJson } from '../core/stringifyJson.js';
import { exactText, parseJsonText } from './jsonSyntax.js';
import { noteStore } from '../core/processShared.js';
import type { RecordFailure } from './RecordFailure.js';
import { decodeItems, readItems, type CollectionPlace } from './collection.js';

/**
 * The codec returned by {@link recordFromJsonString}: a record in memory, its JSON text on the wire.
 *
 * @example
 * import { ActivityRecord } from 'cloudtrail-codecs';
 * import { recordFromJsonString, type RecordFromJsonStringC } from 'cloudtrail-codecs/containers';
 * const EmbeddedRecord: RecordFromJsonStringC<ActivityRecord> = recordFromJsonString(ActivityRecord);
 * EmbeddedRecord.record === ActivityRecord; // true
 */
export interface RecordFromJsonStringC<A> extends WireType<A, string> {
  readonly record: t.Type<A, unknown, unknown>;
}

// The text each record was decoded from, noted on the decoded record.
const recordTexts = noteStore<string>(Symbol.for('cloudtrail-codecs/record-texts@1'));

class RecordFromJsonStringType<A> extends WireType<A, string> implements RecordFromJsonStringC<A> {
  readonly encodesAsIs = false;
  constructor(readonly record: t.Type<A, unknown, unknown>) {
    super(`JSON text of ${record.name}`, record.is);
  }
  parse(u: unknown): A | Invalid {
    if (typeof u !== 'string') return INVALID;
    const parsed = parseJsonText(u);
    if (!parsed.ok) return INVALID;
    const a = parseOwnedChild(this.record, parsed.value);
    // The text, for encode to give back while the record still says the same.
    if (typeof a === 'object' && a !== null) recordTexts.set(a, u);
    return a;
  }
  explain(u: unknown, c: t.Context): t.Errors {
    // An object here is a decoded record written with JSON.stringify.
    if (typeof u !== 'string') return failureAt(u, c, isObject(u) ? decodedValueMessage(this.name, u) : undefined);
    const parsed = parseJsonText(u);
    if (!parsed.ok) return failureAt(u, c, `expected ${this.name}, but the text is not valid JSON: ${parsed.reason}`);
    return explainWith(this.record, parsed.value, appendContext(c, '', this.record, parsed.value));
  }
  encodeValue(a: A): string {
    return exactText(stringifyJson(encodeChild(this.record, a)), recordTexts.get(a));
  }
}

/**
 * A record carried as JSON text inside another JSON document, as in the
 * `CloudTrailEvent` of a LookupEvents result.
 *
 * @example
 * import { CloudTrailRecord } from 'cloudtrail-codecs';
 * import { recordFromJsonString } from 'cloudtrail-codecs/containers';
 * recordFromJsonString(CloudTrailRecord).decode('{"eventVersion":')._tag; // 'Left'
 */
export function recordFromJsonString<A>(record: t.Type<A, unknown, unknown>): RecordFromJsonStringC<A> {
  return new RecordFromJsonStringType(record);
}

const lookupResource = struct('LookupEventResource', {}, {
  ResourceType: nullable(StringValue),
  ResourceName: StringValue,
});

/** The fields of a LookupEvents `Event` besides `CloudTrailEvent`. */
const lookupFields = {
  EventId: StringValue,
  EventName: StringValue,
  ReadOnly: BooleanText,
  AccessKeyId: StringValue,
  EventTime: DateFromApiTimestamp,
  EventSource: StringValue,
  Username: StringValue,
  Resources: arrayOf(lookupResource),
};

/**
 * An `Event` of LookupEvents whose `CloudTrailEvent` decodes as `A`.
 *
 * @example
 * import { ActivityRecord } from 'cloudtrail-codecs';
 * import type { LookupEventOf } from 'cloudtrail-codecs/containers';
 * const summary = (e: LookupEventOf<ActivityRecord>): string =>
 *   `${e.EventName ?? '?'} by ${e.Username ?? '?'} from ${e.CloudTrailEvent.sourceIPAddress ?? '?'}`;
 */
export type LookupEventOf<A> = Omit<LookupEvent, 'CloudTrailEvent'> & { CloudTrailEvent: A };

const lookupEvent = struct('LookupEvent', { CloudTrailEvent: recordFromJsonString(CloudTrailRecord) }, lookupFields);
/**
 * One `Event` of CloudTrail's LookupEvents API (the event history), or of
 * ListInsightsData, which answers with the same shape: a few indexed fields,
 * with the whole record as JSON text in `CloudTrailEvent`, decoded here.
 * `ReadOnly` is the string `"true"` or `"false"` on the wire.
 *
 * `EventTime` comes in three forms, and all decode to the same instant:
 * epoch seconds from the raw JSON API (`1722375070`, or `1.72237507E9`), ISO
 * text with an offset as AWS CLI v2 prints it (`2024-07-30T21:31:10+00:00`,
 * or in the local zone, `2024-07-30T23:31:10+02:00`), and a `Date` from the
 * AWS SDK for JavaScript. Encoding gives each back as it came (see
 * {@link DateFromApiTimestamp}).
 */
export interface LookupEvent extends t.TypeOf<typeof lookupEvent> {}
/**
 * The wire form of {@link LookupEvent}.
 *
 * @example
 * import { LookupEvent, type LookupEventJson } from 'cloudtrail-codecs/containers';
 * const wire: LookupEventJson = {
 *   EventId: '0b9e000b-0000-4000-8000-000000000007',
 *   EventName: 'ConsoleLogin',
 *   ReadOnly: 'false', // a string on the wire
 *   EventTime: '2015-02-20T23:55:29+00:00', // as AWS CLI v2 prints it; epoch seconds and Dates decode too
 *   EventSource: 'signin.amazonaws.com',
 *   Resources: [],
 *   CloudTrailEvent: '{"eventVersion":"1.08"}', // the record as JSON text
 * };
 * LookupEvent.decode(wire)._tag; // 'Left': the embedded record lacks most fields
 */
export interface LookupEventJson extends t.OutputOf<typeof lookupEvent> {}
/**
 * The codec of {@link LookupEvent}.
 *
 * @example
 * import { LookupEvent, type LookupEventC } from 'cloudtrail-codecs/containers';
 * const codec: LookupEventC = LookupEvent;
 * codec.fields.filter((f) => f.required).map((f) => f.key); // ['CloudTrailEvent']
 */
export interface LookupEventC extends StructCodec<LookupEvent, LookupEventJson> {}
/**
 * Codec of {@link LookupEvent}.
 *
 * @example
 * import { LookupEvent } from 'cloudtrail-codecs/containers';
 * LookupEvent.decode({ EventId: 'x', CloudTrailEvent: 'not json' })._tag; // 'Left'
 */
export const LookupEvent: LookupEventC = lookupEvent;

/**
 * The codec of LookupEvents `Event`s whose `CloudTrailEvent` decodes with
 * `record`.
 *
 * @example
 * import { ActivityRecord } from 'cloudtrail-codecs';
 * import { lookupEventOf } from 'cloudtrail-codecs/containers';
 * const ActivityLookupEvent = lookupEventOf(ActivityRecord);
 */
export function lookupEventOf<A>(record: t.Type<A, unknown, unknown>): StructCodec<LookupEventOf<A>, LookupEventJson> {
  return struct(`LookupEvent<${record.name}>`, { CloudTrailEvent: recordFromJsonString(record) }, lookupFields) as never;
}

/**
 * Decodes one LookupEvents `Event`.
 *
 * @example
 * import { decodeLookupEvent } from 'cloudtrail-codecs/containers';
 * decodeLookupEvent({ EventId: 'x' }).success; // false: CloudTrailEvent is missing
 */
export function decodeLookupEvent(value: unknown): DecodeResult<LookupEvent> {
  return decodeWith(LookupEvent, value);
}

/**
 * {@link decodeLookupEvent} that throws a {@link DecodeError} when the event does not decode.
 *
 * @example
 * import { decodeLookupEventOrThrow } from 'cloudtrail-codecs/containers';
 * try {
 *   decodeLookupEventOrThrow({ EventId: 'x' });
 * } catch (e) {
 *   (e as Error).message.includes('CloudTrailEvent'); // true
 * }
 */
export function decodeLookupEventOrThrow(value: unknown): LookupEvent {
  return dataOrThrow(decodeLookupEvent(value));
}

/**
 * What {@link decodeLookupEventsResponse} found in a response page.
 *
 * @example
 * import { decodeLookupEventsResponse, type LookupEventsContents } from 'cloudtrail-codecs/containers';
 * // Every page of a LookupEvents query, decoded, until the last one.
 * async function* pages(fetchPage: (nextToken?: string) => Promise<unknown>): AsyncGenerator<LookupEventsContents> {
 *   let token: string | undefined;
 *   do {
 *     const r = decodeLookupEventsResponse(await fetchPage(token));
 *     if (!r.success) throw r.error;
 *     yield r.data;
 *     token = r.data.nextToken;
 *   } while (token !== undefined);
 * }
 */
export interface LookupEventsContents {
  readonly events: LookupEvent[];
  readonly failures: RecordFailure[];
  /** The token of the next page, when there is one. */
  readonly nextToken?: string;
}

const responseShape = struct('LookupEventsResponse', { Events: arrayOf(LookupEvent) }, { NextToken: StringValue });

/**
 * Decodes a LookupEvents response page (`{Events, NextToken}`) event by event:
 * good events are returned, bad ones reported with their index and ids, as
 * {@link decodeLogFile} does for log files. ListInsightsData responses have
 * the same shape and decode with it too: their records are Insights events,
 * with the trail in `insightDetails.insightSource`. The page may come from
 * the raw API, the output of `aws cloudtrail lookup-events` (AWS CLI v2) or
 * an AWS SDK.
 *
 * @example
 * import { decodeLookupEventsResponse } from 'cloudtrail-codecs/containers';
 * const r = decodeLookupEventsResponse({ Events: [], NextToken: 'abc' });
 * if (r.success) r.data.nextToken; // 'abc'
 */
export function decodeLookupEventsResponse(value: unknown): DecodeResult<LookupEventsContents> {
  const read = readItems(value, 'Events');
  const token = isObject(value) ? readProperty(value, 'NextToken', true) : undefined;
  if (read === undefined || (token !== undefined && typeof token !== 'string')) {
    const errors = explainWith(responseShape, value, [{ key: '', type: responseShape, actual: value }]);
    return fail(DecodeError.fromErrors(errors, 'Not a LookupEvents response'));
  }
  const { values, failures } = decodeItems(LookupEvent, value, EVENTS, read);
  return succeed({ events: values, failures, ...(typeof token === 'string' ? { nextToken: token } : {}) });
}

/**
 * {@link decodeLookupEventsResponse} that throws a {@link DecodeError} when
 * the value is not a response page. Bad events are still returned as failures.
 *
 * @example
 * import { decodeLookupEventsResponseOrThrow } from 'cloudtrail-codecs/containers';
 * decodeLookupEventsResponseOrThrow({ Events: [] }).events; // []
 */
export function decodeLookupEventsResponseOrThrow(value: unknown): LookupEventsContents {
  return dataOrThrow(decodeLookupEventsResponse(value));
}

const EVENTS: CollectionPlace = { key: 'Events', container: responseShape, array: responseShape };
