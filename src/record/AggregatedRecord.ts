import type * as t from 'io-ts';
import { arrayOf } from '../core/array.js';
import { DateFromIsoTimestamp } from '../core/DateFromIsoTimestamp.js';
import { NumberValue, StringValue, literal } from '../core/scalars.js';
import { struct, type StructCodec } from '../core/struct.js';
import { EventCategory } from './nested.js';

const timeWindow = struct('AggregationTimeWindow', {
  windowStart: DateFromIsoTimestamp,
  windowEnd: DateFromIsoTimestamp,
  windowSize: StringValue,
});

const statistic = struct('AggregationStatistic', { name: StringValue, value: NumberValue });

const dimension = struct('AggregationDimension', {
  dimension: StringValue,
  statistics: arrayOf(statistic),
  aggregationType: StringValue,
});

const summary = struct('AggregationSummary', { primaryDimension: dimension }, { details: arrayOf(dimension) });

const codec = struct(
  'AggregatedRecord',
  {
    eventVersion: StringValue,
    eventId: StringValue,
    eventType: literal('AwsAggregatedEvent'),
    awsRegion: StringValue,
    eventSource: StringValue,
    timeWindow,
    summary,
  },
  { accountId: StringValue, eventCategory: EventCategory, recipientAccountId: StringValue },
);
/**
 * An aggregated data-event summary (`eventType` `AwsAggregatedEvent`): counts
 * of data events over a time window (`windowSize` such as `PT5M`), broken down
 * by a primary dimension and further ones. Its envelope differs from every
 * other record: the id is `eventId` with a lower-case d, and `eventVersion`
 * starts again at `1.0`.
 */
export interface AggregatedRecord extends t.TypeOf<typeof codec> {}
/**
 * The wire form of {@link AggregatedRecord}.
 *
 * @example
 * import { AggregatedRecord, type AggregatedRecordJson } from 'cloudtrail-codecs';
 * const wire: AggregatedRecordJson = {
 *   eventVersion: '1.0',
 *   eventId: '8f2d3c4b-0000-4000-8000-000000000003',
 *   eventType: 'AwsAggregatedEvent',
 *   awsRegion: 'us-east-1',
 *   eventSource: 's3.amazonaws.com',
 *   timeWindow: { windowStart: '2026-01-01T00:00:00Z', windowEnd: '2026-01-01T00:05:00Z', windowSize: 'PT5M' },
 *   summary: { primaryDimension: { dimension: 'eventName', statistics: [{ name: 'GetObject', value: 120 }], aggregationType: 'Count' } },
 * };
 * AggregatedRecord.decode(wire)._tag; // 'Right'
 */
export interface AggregatedRecordJson extends t.OutputOf<typeof codec> {}
/**
 * The codec of {@link AggregatedRecord}.
 *
 * @example
 * import { AggregatedRecord, type AggregatedRecordC } from 'cloudtrail-codecs';
 * const codec: AggregatedRecordC = AggregatedRecord;
 * codec.fields.some((f) => f.key === 'eventId'); // true: lower-case d, unlike other records
 */
export interface AggregatedRecordC extends StructCodec<AggregatedRecord, AggregatedRecordJson> {}
/**
 * Codec of {@link AggregatedRecord}.
 *
 * @example
 * import { AggregatedRecord } from 'cloudtrail-codecs';
 * AggregatedRecord.decode({ eventType: 'AwsAggregatedEvent' })._tag; // 'Left': most fields are missing
 */
export const AggregatedRecord: AggregatedRecordC = codec;
