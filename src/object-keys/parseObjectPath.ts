import type { ObjectKey } from './ObjectKey.js';
import { notCloudTrail, notTextReason, readKey } from './readKey.js';

/** The longest path read: Windows' limit (Linux's is 4096 bytes). */
const MAX_PATH_LENGTH = 32_767;

/**
 * {@link parseObjectKey} for a local copy of a trail, as `aws s3 sync` lays
 * it out: every `\` becomes `/` (Windows paths), and everything before the
 * `AWSLogs` folder (the local folders, and the bucket prefix if it was
 * synced too) is the `prefix`, such as `'/home/me/trail/'` or `'C:/trail/'`.
 * The reported `key` is the path with `/` separators.
 *
 * Use it for paths only: in S3 a `\` is an ordinary character of a key.
 *
 * @example
 * import { parseObjectPath } from 'cloudtrail-codecs/object-keys';
 * const k = parseObjectPath('C:\\trail\\AWSLogs\\111122223333\\CloudTrail\\us-east-1\\2026\\03\\02\\111122223333_CloudTrail_us-east-1_20260302T1005Z_Mu0KsOhtH1ar15ZZ.json.gz');
 * if (k.kind === 'log') k.prefix; // 'C:/trail/'
 * parseObjectPath('/home/me/trail/AWSLogs/111122223333/CloudTrail/us-east-1/2026/03/02/111122223333_CloudTrail_us-east-1_20260302T1005Z_Mu0KsOhtH1ar15ZZ.json').kind; // 'log'
 */
export function parseObjectPath(path: string): ObjectKey {
  if (typeof path !== 'string') return notCloudTrail('', notTextReason('path', path));
  if (path.length > MAX_PATH_LENGTH) return notCloudTrail(path, `the path is longer than ${MAX_PATH_LENGTH} characters`);
  return readKey(path.includes('\\') ? path.split('\\').join('/') : path);
}
