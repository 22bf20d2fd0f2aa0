import type * as t from 'io-ts';
import { arrayOf } from '../core/array.js';
import { openEnum, type OpenEnumC } from '../core/openEnum.js';
import { NumberValue, StringValue } from '../core/scalars.js';
import { struct, type StructCodec } from '../core/struct.js';

const average = struct('InsightAverage', { average: NumberValue });
const attributionValue = struct('InsightAttributionValue', { value: StringValue, average: NumberValue });

/**
 * The attribute an Insights attribution breaks the activity down by:
 * caller ARN, user agent, error code, and, for Insights on data events, the
 * ARN of the resource (`resourceArn`).
 *
 * @example
 * import { InsightAttribute } from 'cloudtrail-codecs';
 * InsightAttribute.known; // ['userIdentityArn', 'userAgent', 'errorCode', 'resourceArn']
 */
export const InsightAttribute: OpenEnumC<'userIdentityArn' | 'userAgent' | 'errorCode' | 'resourceArn'> = openEnum(
  'InsightAttribute',
  ['userIdentityArn', 'userAgent', 'errorCode', 'resourceArn'],
);

const attribution = struct('InsightAttribution', {
  attribute: InsightAttribute,
  insight: arrayOf(attributionValue),
  baseline: arrayOf(attributionValue),
});

const statistics = struct(
  'InsightStatistics',
  { baseline: average, insight: average },
  { insightDuration: NumberValue, baselineDuration: NumberValue },
);

const insightContext = struct('InsightContext', { statistics }, { attributions: arrayOf(attribution) });

/**
 * Whether an Insights record opens or closes a period of unusual activity.
 *
 * @example
 * import { InsightState } from 'cloudtrail-codecs';
 * InsightState.isKnown('Start'); // true
 */
export const InsightState: OpenEnumC<'Start' | 'End'> = openEnum('InsightState', ['Start', 'End']);
/**
 * What kind of unusual activity an Insights record reports.
 *
 * @example
 * import { InsightType } from 'cloudtrail-codecs';
 * InsightType.known; // ['ApiCallRateInsight', 'ApiErrorRateInsight']
 * InsightType.is('ApiLatencyInsight'); // true: types added later decode too
 */
export const InsightType: OpenEnumC<'ApiCallRateInsight' | 'ApiErrorRateInsight'> = openEnum('InsightType', [
  'ApiCallRateInsight',
  'ApiErrorRateInsight',
]);

/**
 * The kind of events an Insight watched: management events, or (since 2025)
 * data events. Other strings decode too.
 *
 * @example
 * import { InsightSourceEventCategory } from 'cloudtrail-codecs';
 * InsightSourceEventCategory.known; // ['Management', 'Data']
 */
export const InsightSourceEventCategory: OpenEnumC<'Management' | 'Data'> = openEnum('InsightSourceEventCategory', [
  'Management',
  'Data',
]);

const insightDetails = struct(
  'InsightDetails',
  {
    state: InsightState,
    eventSource: StringValue,
    eventName: StringValue,
    insightType: InsightType,
    insightContext,
  },
  { errorCode: StringValue, sourceEventCategory: InsightSourceEventCategory, insightSource: StringValue },
);
/**
 * What an Insights record found: which API (`eventSource`, `eventName`) ran
 * at an unusual call or error rate, the baseline and insight averages, and
 * the top contributors by user ARN, user agent, error code or resource ARN.
 * A `"null"` string stands for "no error" among error-code attributions.
 * Insights on data events say so in `sourceEventCategory` (`Data`), and
 * ListInsightsData output names the trail in `insightSource` (its ARN).
 */
export interface InsightDetails extends t.TypeOf<typeof insightDetails> {}
/**
 * The wire form of {@link InsightDetails}.
 *
 * @example
 * import { InsightDetails, type InsightDetailsJson } from 'cloudtrail-codecs';
 * const wire: InsightDetailsJson = {
 *   state: 'End',
 *   eventSource: 'iam.amazonaws.com',
 *   eventName: 'DeleteUser',
 *   insightType: 'ApiErrorRateInsight',
 *   errorCode: 'NoSuchEntityException',
 *   insightContext: { statistics: { baseline: { average: 0.02 }, insight: { average: 3.5 }, insightDuration: 4 } },
 * };
 * InsightDetails.decode(wire)._tag; // 'Right'
 */
export interface InsightDetailsJson extends t.OutputOf<typeof insightDetails> {}
/**
 * The codec of {@link InsightDetails}.
 *
 * @example
 * import { InsightDetails, type InsightDetailsC } from 'cloudtrail-codecs';
 * const codec: InsightDetailsC = InsightDetails;
 * codec.is({ state: 'Start', eventSource: 'ec2.amazonaws.com' }); // false: insightType and insightContext are missing
 */
export interface InsightDetailsC extends StructCodec<InsightDetails, InsightDetailsJson> {}
/**
 * Codec of {@link InsightDetails}.
 *
 * @example
 * import { InsightDetails } from 'cloudtrail-codecs';
 * InsightDetails.is({
 *   state: 'Start',
 *   eventSource: 'ec2.amazonaws.com',
 *   eventName: 'RunInstances',
 *   insightType: 'ApiCallRateInsight',
 *   insightContext: { statistics: { baseline: { average: 0.01 }, insight: { average: 5 } } },
 * }); // true
 */
export const InsightDetails: InsightDetailsC = insightDetails;
