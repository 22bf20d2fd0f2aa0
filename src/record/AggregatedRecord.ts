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
/** The wire form of {@link AggregatedRecord}. */
export interface AggregatedRecordJson extends t.OutputOf<typeof codec> {}
/** The codec of {@link AggregatedRecord}. */
export interface AggregatedRecordC extends StructCodec<AggregatedRecord, AggregatedRecordJson> {}
/**
 * Codec of {@link AggregatedRecord}.
 *
 * @example
 * import { AggregatedRecord } from 'cloudtrail-codecs';
 * AggregatedRecord.decode({ eventType: 'AwsAggregatedEvent' })._tag; // 'Left': most fields are missing
 */
export const AggregatedRecord: AggregatedRecordC = codec;
