// An Insight on data events, as ListInsightsData returns them (eventVersion
// 1.11, with the data-event fields and the resourceArn attribution).
export const dataInsight: Record<string, unknown> = {
  eventVersion: '1.11',
  eventTime: '2025-11-20T10:00:00Z',
  awsRegion: 'us-east-1',
  eventID: 'c0000000-0000-4000-8000-000000000006',
  eventType: 'AwsCloudTrailInsight',
  recipientAccountId: '111122223333',
  sharedEventID: 'c0000000-0000-4000-8000-000000000007',
  insightDetails: {
    state: 'Start',
    eventSource: 's3.amazonaws.com',
    eventName: 'GetObject',
    insightType: 'ApiCallRateInsight',
    sourceEventCategory: 'Data',
    insightSource: 'arn:aws:cloudtrail:us-east-1:111122223333:trail/data-events',
    insightContext: {
      statistics: { baseline: { average: 0.0138 }, insight: { average: 7.5 }, insightDuration: 1, baselineDuration: 10079 },
      attributions: [
        {
          attribute: 'resourceArn',
          insight: [{ value: 'arn:aws:s3:::reports/2025/q3.csv', average: 7.5 }],
          baseline: [{ value: 'arn:aws:s3:::reports/2025/q3.csv', average: 0.0125 }],
        },
        {
          attribute: 'userIdentityArn',
          insight: [{ value: 'arn:aws:sts::111122223333:assumed-role/Reader/etl', average: 7.5 }],
          baseline: [{ value: 'arn:aws:sts::111122223333:assumed-role/Reader/etl', average: 0.0138 }],
        },
      ],
    },
  },
  eventCategory: 'Insight',
};
