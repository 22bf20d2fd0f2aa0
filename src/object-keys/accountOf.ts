import type { CloudTrailRecord, CloudTrailRecordJson } from '../record/CloudTrailRecord.js';
import { FOLDER_OF_KIND, isAccountId } from './keyParts.js';
import type { ObjectKey } from './ObjectKey.js';
import { ownValue } from '../core/ownValue.js';
import { parseObjectKey } from './parseObjectKey.js';

/**
 * Where {@link accountOf} found the account, from the most to the least
 * trustworthy:
 * - `'recipientAccountId'`: the record names the account that received the event;
 * - `'accountId'`: the record's own top-level `accountId`, which aggregated
 *   events carry instead;
 * - `'objectKey'`: the account folder of the log file the record came from;
 * - `'userIdentity'`: the caller's account, a guess. For a cross-account
 *   call it is the caller's, not the one whose trail logged the event.
 *
 * @example
 * import type { AccountSource } from 'cloudtrail-codecs/object-keys';
 * const trusted = (s: AccountSource): boolean => s !== 'userIdentity';
 * trusted('objectKey'); // true
 */
export type AccountSource = 'recipientAccountId' | 'accountId' | 'objectKey' | 'userIdentity';

/**
 * The account a record belongs to, and where that came from.
 *
 * @example
 * import { accountOf, type RecordAccount } from 'cloudtrail-codecs/object-keys';
 * const a: RecordAccount | undefined = accountOf({ eventVersion: '1.08', eventTime: '2026-03-02T10:00:00Z', eventSource: 'sts.amazonaws.com', eventName: 'AssumeRole', awsRegion: 'us-east-1', userIdentity: { type: 'AWSService', invokedBy: 'ec2.amazonaws.com' } });
 * a; // undefined
 */
export interface RecordAccount {
  /** As the source wrote it (a record's own fields are not checked for 12 digits). */
  readonly accountId: string;
  readonly source: AccountSource;
}

/**
 * The account a record belongs to: the account whose trail logged it.
 * `recipientAccountId` says so, but millions of real records lack it
 * (`Invoke`, `AssumeRole`, `GenerateDataKey`…). Then, in order:
 * 1. the record's top-level `accountId` (aggregated events);
 * 2. the account folder of `key`, the log file's S3 key (as text, or as
 *    {@link parseObjectKey} gave it), when it is a CloudTrail key;
 * 3. `userIdentity.accountId`, the caller's account, except for `AWSService`
 *    callers (an AWS service has no account of the user's) and `AWSAccount`
 *    callers (by definition another account than the one logging).
 *
 * `undefined` when none applies. Empty strings count as absent. It accepts
 * decoded records and their wire JSON alike, reads only own properties, and
 * never throws, whatever it is given.
 *
 * @example
 * import { accountOf } from 'cloudtrail-codecs/object-keys';
 * const record = {
 *   eventVersion: '1.08',
 *   userIdentity: { type: 'AssumedRole', principalId: 'AROAEXAMPLE:alice', arn: 'arn:aws:sts::444455556666:assumed-role/Reader/alice', accountId: '444455556666' },
 *   eventTime: '2026-03-02T10:00:00Z',
 *   eventSource: 'kms.amazonaws.com',
 *   eventName: 'GenerateDataKey',
 *   awsRegion: 'us-east-1',
 * };
 * accountOf(record); // { accountId: '444455556666', source: 'userIdentity' }
 * accountOf(record, 'AWSLogs/111122223333/CloudTrail/us-east-1/2026/03/02/111122223333_CloudTrail_us-east-1_20260302T1005Z_Mu0KsOhtH1ar15ZZ.json.gz'); // { accountId: '111122223333', source: 'objectKey' }
 * accountOf({ ...record, recipientAccountId: '111122223333' }); // { accountId: '111122223333', source: 'recipientAccountId' }
 */
export function accountOf(record: CloudTrailRecord | CloudTrailRecordJson, key?: string | ObjectKey): RecordAccount | undefined {
  const recipient = ownText(record, 'recipientAccountId');
  if (recipient !== undefined) return { accountId: recipient, source: 'recipientAccountId' };
  const own = ownText(record, 'accountId');
  if (own !== undefined) return { accountId: own, source: 'accountId' };
  const fromKey = key === undefined ? undefined : accountOfKey(key);
  if (fromKey !== undefined) return { accountId: fromKey, source: 'objectKey' };
  const identity = ownValue(record, 'userIdentity');
  const type = ownValue(identity, 'type');
  if (type === 'AWSService' || type === 'AWSAccount') return undefined;
  const caller = ownText(identity, 'accountId');
  return caller === undefined ? undefined : { accountId: caller, source: 'userIdentity' };
}

function accountOfKey(key: unknown): string | undefined {
  if (typeof key === 'string') {
    const parsed = parseObjectKey(key);
    return parsed.kind === 'not-cloudtrail' ? undefined : parsed.accountId;
  }
  // A parsed key, or something posing as one: trust its account only when it
  // is a CloudTrail kind and the account has the shape the parser checks.
  const kind = ownValue(key, 'kind');
  const accountId = ownValue(key, 'accountId');
  const isTrailKind = typeof kind === 'string' && Object.prototype.hasOwnProperty.call(FOLDER_OF_KIND, kind);
  return isTrailKind && typeof accountId === 'string' && isAccountId(accountId) ? accountId : undefined;
}

/** {@link ownValue} when it is a string that is not empty. */
function ownText(o: unknown, key: string): string | undefined {
  const v = ownValue(o, key);
  return typeof v === 'string' && v !== '' ? v : undefined;
}
