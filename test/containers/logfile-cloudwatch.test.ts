// A CloudWatch Logs payload or Lambda event given where a log file is
// expected: the error says what it is and which decoder reads it.
import { describe, expect, it } from 'vitest';
import { LogFile, decodeLogFile, decodeLogFileText } from '../../src/containers/index.js';
import { decodeCloudWatchLogsPayload } from '../../src/cloudwatch-logs/index.js';
import { corpusRecords } from '../support/corpus.js';

const record = corpusRecords()[0]?.record;
const payload = {
  messageType: 'DATA_MESSAGE', owner: '111122223333', logGroup: 'trail', logStream: '111122223333_CloudTrail_us-east-1',
  subscriptionFilters: ['all'], logEvents: [{ id: '1', timestamp: 1700000123000, message: JSON.stringify(record) }],
};

describe('a CloudWatch Logs document given as a log file', () => {
  it('names the payload and its decoder, and that decoder takes it', () => {
    const r = decodeLogFile(payload);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.message).toContain('decodeCloudWatchLogsPayload from cloudtrail-codecs/cloudwatch-logs');
    const right = decodeCloudWatchLogsPayload(payload);
    expect(right.success && right.data.records.length).toBe(1);
  });

  it('names the Lambda event, from text and through the all-or-nothing codec too', () => {
    const event = { awslogs: { data: 'H4sIAAAAAAAAA6tWSs7PS8vMSS0BAQ==' } };
    const r = decodeLogFileText(JSON.stringify(event));
    expect(!r.success && r.error.message).toContain('decodeCloudWatchLogsEvent');
    const e = LogFile.decode(event);
    expect(e._tag === 'Left' && JSON.stringify(e.left.map((x) => x.message))).toContain('decodeCloudWatchLogsEvent');
  });

  it('still says "no Records" for other objects', () => {
    const r = decodeLogFile({ messageType: 'DATA_MESSAGE' });
    expect(!r.success && r.error.message).not.toContain('CloudWatch');
  });
});
