// Arrays that only a Proxy can make: a length no array has, or items that
// cannot be read. The collection loop bounds its work on them.
import { describe, expect, it } from 'vitest';
import { decodeLogFile } from '../../src/containers/index.js';
import { decodeCloudWatchLogsPayload } from '../../src/cloudwatch-logs/index.js';
import { MAX_UNREADABLE_RUN } from '../../src/core/WireType.js';

const claiming = (length: number): unknown[] =>
  new Proxy([], {
    get(target, key) {
      if (key === 'length') return length;
      if (typeof key === 'string' && /^\d+$/.test(key)) throw new Error('trap');
      return Reflect.get(target, key) as unknown;
    },
  });

describe('arrays behind a Proxy', () => {
  it('stops after a run of unreadable items and says how many were not read', () => {
    const r = decodeLogFile({ Records: claiming(1e9) });
    expect(r.success).toBe(true);
    if (r.success) {
      expect(r.data.failures).toHaveLength(MAX_UNREADABLE_RUN);
      expect(r.data.failures.at(-1)?.message).toContain(`the ${1e9 - MAX_UNREADABLE_RUN} after it were not read`);
    }
  });

  it('reports every unreadable item of a short array', () => {
    const r = decodeLogFile({ Records: claiming(5) });
    expect(r.success && r.data.failures.map((f) => f.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('takes a length no array has as no array at all', () => {
    for (const length of [2 ** 32, -1, 1.5, Number.NaN]) {
      expect(decodeLogFile({ Records: claiming(length) }).success).toBe(false);
      const payload = { messageType: 'DATA_MESSAGE', owner: '1', logGroup: 'g', logStream: 's', subscriptionFilters: ['f'], logEvents: claiming(length) };
      expect(decodeCloudWatchLogsPayload(payload).success).toBe(false);
    }
  });
});
