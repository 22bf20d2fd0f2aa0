// Documents that sit next to CloudTrail logs, or lead to them, but are not
// CloudTrail records: digest files, S3 event notifications (alone or wrapped
// by SNS or SQS, as a Lambda receives them), CloudTrail's own SNS delivery
// notices, and EventBridge events about S3 objects. People feed these to the
// CLI by mistake; each gets one line that says what it is and what to check
// instead. Every piece of their text in a message is escaped.
import { escapeText, isDigestFile, quoteText } from '../index.js';

/** What a recognised document is, and the one-line message about it. */
export interface Recognised {
  readonly kind: 'digest file' | 'S3 event notification' | 'CloudTrail notification' | 'SNS message' | 'SQS message';
  readonly message: string;
}

type Obj = Record<string, unknown>;

const isObj = (u: unknown): u is Obj => typeof u === 'object' && u !== null && !Array.isArray(u);

function own(u: unknown, key: string): unknown {
  return isObj(u) && Object.prototype.hasOwnProperty.call(u, key) ? u[key] : undefined;
}

const str = (u: unknown): string | undefined => (typeof u === 'string' ? u : undefined);

/** Record text for a message: escaped, and cut so that one field cannot flood the line. */
export function shown(text: string, max = 200): string {
  return escapeText(text.length > max ? `${text.slice(0, max)}…` : text);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** S3 keys in event notifications are URL-encoded, with `+` for spaces. */
function s3Key(key: string): string {
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    return key;
  }
}

const DIGEST =
  'this is a CloudTrail digest file, not a log file: it lists the hashes of log files for integrity validation and holds no Records; check the log files it lists instead (and validate them with aws cloudtrail validate-logs)';

// Object names that can go into a suggested shell command as they are; any
// other name is shown quoted, with no command, so record text never becomes
// something to paste into a shell.
const SHELL_SAFE = /^s3:\/\/[\w.\-/=+@,:]{1,1024}$/;

function fetchAdvice(objects: readonly string[]): string {
  if (objects.length === 0) return 'check the log file it names instead';
  const first = objects[0] as string;
  const more = objects.length > 1 ? ` (it names ${objects.length} objects; this is the first)` : '';
  if (!SHELL_SAFE.test(first)) return `check the object it names instead${more}: ${quoteText(first.length > 1024 ? `${first.slice(0, 1024)}…` : first)}`;
  return `check the object it names instead${more}: aws s3 cp ${first} - | cloudtrail-codecs check -`;
}

/** The objects named by the items of an S3 event notification's `Records`, or undefined if it is not one. */
function s3Objects(records: unknown): string[] | undefined {
  if (!Array.isArray(records) || records.length === 0) return undefined;
  const objects: string[] = [];
  for (const r of records.slice(0, 1000)) {
    if (own(r, 'eventSource') !== 'aws:s3' || !isObj(own(r, 's3'))) return undefined;
    const s3 = own(r, 's3');
    const bucket = str(own(own(s3, 'bucket'), 'name'));
    const key = str(own(own(s3, 'object'), 'key'));
    if (bucket !== undefined && key !== undefined) objects.push(`s3://${bucket}/${s3Key(key)}`);
  }
  return objects;
}

/** How a document came wrapped, outermost last: ' delivered through SNS and SQS'. */
const through = (wrappers: readonly string[]): string => (wrappers.length === 0 ? '' : ` delivered through ${wrappers.join(' and ')}`);

/**
 * What a parsed document is, when it is one of the known non-CloudTrail
 * kinds; `wrappers` are the messages it came in. Looks at most 3 wrappers deep.
 */
export function recogniseDocument(doc: unknown, wrappers: readonly string[] = []): Recognised | undefined {
  if (!isObj(doc) || wrappers.length > 3) return undefined;
  const via = through(wrappers);
  if (isDigestFile(doc)) return { kind: 'digest file', message: DIGEST };
  const records = own(doc, 'Records');
  if (Array.isArray(records) && records.length > 0) return recogniseRecordsItem(records[0], records, wrappers);
  // CloudTrail's own SNS notice of a delivered log file: {"s3Bucket": …, "s3ObjectKey": [...]}.
  const bucket = str(own(doc, 's3Bucket'));
  const keys = own(doc, 's3ObjectKey');
  if (bucket !== undefined && Array.isArray(keys)) {
    const objects = keys.filter((k): k is string => typeof k === 'string').map((k) => `s3://${bucket}/${k}`);
    return {
      kind: 'CloudTrail notification',
      message: `this is CloudTrail's notice that log files were delivered${via}, not a log file; ${fetchAdvice(objects)}`,
    };
  }
  // An SNS message as HTTP/email subscribers and SQS queues receive it.
  if (own(doc, 'Type') === 'Notification' && typeof own(doc, 'Message') === 'string') {
    return recogniseDocument(parseJson(own(doc, 'Message') as string), ['SNS', ...wrappers]);
  }
  // S3's test event, sent when a notification is set up.
  if (own(doc, 'Event') === 's3:TestEvent') {
    return { kind: 'S3 event notification', message: `this is the test event S3 sends when a notification is set up${via}; it names no log file` };
  }
  // EventBridge's events about S3 objects.
  if (own(doc, 'source') === 'aws.s3' && isObj(own(doc, 'detail')) && !('eventVersion' in (own(doc, 'detail') as Obj))) {
    const detail = own(doc, 'detail');
    const b = str(own(own(detail, 'bucket'), 'name'));
    const k = str(own(own(detail, 'object'), 'key'));
    const what = str(own(doc, 'detail-type')) ?? 'S3';
    return {
      kind: 'S3 event notification',
      message: `this is an EventBridge event about an S3 object (${shown(what, 60)})${via}, not a CloudTrail record; ${fetchAdvice(b !== undefined && k !== undefined ? [`s3://${b}/${k}`] : [])}`,
    };
  }
  return undefined;
}

/**
 * What a log file is, judged by its first item of `Records`, when that item
 * shows the file is an S3 event notification or an SNS or SQS message that
 * wraps one: their items have `eventSource` `aws:s3`, `aws:sqs` or
 * `EventSource` `aws:sns`, which no CloudTrail record has.
 */
export function recogniseRecordsItem(first: unknown, records?: readonly unknown[], wrappers: readonly string[] = []): Recognised | undefined {
  if (wrappers.length > 3) return undefined;
  const via = through(wrappers);
  if (own(first, 'eventSource') === 'aws:s3' && isObj(own(first, 's3'))) {
    const objects = s3Objects(records ?? [first]) ?? [];
    const name = str(own(first, 'eventName'));
    return {
      kind: 'S3 event notification',
      message: `this is an S3 event notification${name === undefined ? '' : ` (${shown(name, 60)})`}${via}, not a CloudTrail log file; ${fetchAdvice(objects)}`,
    };
  }
  if (own(first, 'EventSource') === 'aws:sns' && isObj(own(first, 'Sns'))) {
    const message = str(own(own(first, 'Sns'), 'Message'));
    const inner = message === undefined ? undefined : recogniseDocument(parseJson(message), ['SNS', ...wrappers]);
    return inner ?? { kind: 'SNS message', message: `this is an SNS notification${via} as a Lambda function receives it, not a CloudTrail log file; check the log file its message names` };
  }
  if (own(first, 'eventSource') === 'aws:sqs' && typeof own(first, 'body') === 'string') {
    const inner = recogniseDocument(parseJson(own(first, 'body') as string), ['SQS', ...wrappers]);
    return inner ?? { kind: 'SQS message', message: `this is an SQS message batch${via} as a Lambda function receives it, not a CloudTrail log file; check the log file its body names` };
  }
  return undefined;
}
