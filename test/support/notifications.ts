// S3 event notifications and the SNS and SQS wrappers a Lambda function gets
// them in, as AWS documents them (S3 event structure 2.1): what a careless
// reader takes for a log file, because each has a Records array.

export const trailObjectKey =
  'AWSLogs/111122223333/CloudTrail/us-east-1/2026/01/02/111122223333_CloudTrail_us-east-1_20260102T0300Z_abcdefghijklmnop.json.gz';

/** One record of an S3 event notification, for an object written to `trail-bucket`. */
export function s3NotificationRecord(key: string = trailObjectKey): Record<string, unknown> {
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: 'us-east-1',
    eventTime: '2026-01-02T03:04:05.678Z',
    eventName: 'ObjectCreated:Put',
    userIdentity: { principalId: 'AWS:AIDAEXAMPLE' },
    requestParameters: { sourceIPAddress: '203.0.113.7' },
    responseElements: { 'x-amz-request-id': 'C3D13FE58DE4C810', 'x-amz-id-2': 'FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD' },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: 'trail-objects',
      bucket: { name: 'trail-bucket', ownerIdentity: { principalId: 'A3NL1KOZZKExample' }, arn: 'arn:aws:s3:::trail-bucket' },
      object: { key, size: 1024, eTag: 'd41d8cd98f00b204e9800998ecf8427e', sequencer: '0055AED6DCD90281E5' },
    },
  };
}

/** The S3 event notification of one object. */
export const s3Notification = (key?: string): { Records: Array<Record<string, unknown>> } => ({ Records: [s3NotificationRecord(key)] });

/** An SNS message carrying `doc`, as an HTTP subscriber gets it and as Lambda's `Sns` member holds it. */
export function snsMessage(doc: unknown): Record<string, unknown> {
  return {
    Type: 'Notification',
    MessageId: '95df01b4-ee98-5cb9-9903-4c221d41eb5e',
    TopicArn: 'arn:aws:sns:us-east-1:111122223333:trail-topic',
    Subject: 'Amazon S3 Notification',
    Message: JSON.stringify(doc),
    Timestamp: '2026-01-02T03:04:06.000Z',
  };
}

/** The event Lambda gets from an SNS topic that carries `doc`. */
export function snsLambdaEvent(doc: unknown): { Records: Array<Record<string, unknown>> } {
  return {
    Records: [
      {
        EventSource: 'aws:sns',
        EventVersion: '1.0',
        EventSubscriptionArn: 'arn:aws:sns:us-east-1:111122223333:trail-topic:2bcfbf39-05c3-41de-beaa-fcfcc21c8f55',
        Sns: snsMessage(doc),
      },
    ],
  };
}

/** The event Lambda gets from an SQS queue whose message body is `body` (text, or a value written as JSON). */
export function sqsLambdaEvent(body: unknown): { Records: Array<Record<string, unknown>> } {
  return {
    Records: [
      {
        messageId: '059f36b4-87a3-44ab-83d2-661975830a7d',
        receiptHandle: 'AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a',
        body: typeof body === 'string' ? body : JSON.stringify(body),
        attributes: { ApproximateReceiveCount: '1', SentTimestamp: '1767323046000' },
        messageAttributes: {},
        md5OfBody: 'e4e68fb7bd0e697a0ae8f1bb342846b3',
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:us-east-1:111122223333:trail-queue',
        awsRegion: 'us-east-1',
      },
    ],
  };
}
