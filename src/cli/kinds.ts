// Documents that sit next to CloudTrail logs, or lead to them, but are not
// CloudTrail records. The library tells digest files and event notifications
// (S3, SNS, SQS and other Lambda events) and says what they are; the CLI
// prints its words, adds what only a command line can offer (the object a
// notification names, as an `aws s3 cp` command), and tells a few more kinds
// people feed it by mistake: CloudTrail's own SNS delivery notices, SNS
// messages as HTTP subscribers get them, S3's test event and EventBridge
// events about S3 objects. Every piece of their text in a message is escaped.
import { clipText, escapeText, quoteText, type DecodeError } from '../index.js';
import {
  DIGEST_MESSAGE,
  isDigestFile,
  notificationKindOf,
  notificationMessage,
  type NotificationKind,
} from '../containers/index.js';
import { ownValue } from '../core/ownValue.js';
import { isObject } from '../core/WireType.js';

/** What a recognised document is, and the one-line message about it. */
export interface Recognised {
  readonly kind: 'digest file' | 'S3 event notification' | 'SNS message' | 'SQS message' | 'Lambda event' | 'CloudTrail notification';
  readonly message: string;
}

const KIND_NAMES: Readonly<Record<NotificationKind, Recognised['kind']>> = {
  s3: 'S3 event notification',
  sns: 'SNS message',
  sqs: 'SQS message',
  'lambda-event': 'Lambda event',
};
const KINDS = Object.keys(KIND_NAMES) as NotificationKind[];

/** Why a digest file is skipped, and what checks it instead. */
export const DIGEST_SKIPPED = `${DIGEST_MESSAGE}; check the trail it belongs to with cloudtrail-codecs validate <folder>`;

const DIGEST: Recognised = { kind: 'digest file', message: DIGEST_SKIPPED };



const str = (u: unknown): string | undefined => (typeof u === 'string' ? u : undefined);

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
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

/**
 * What the decoder's fatal error says the input is, when it is one of the
 * library's own messages for a digest file or an event notification. Used
 * when the text cannot be looked at whole (cut short, or too long).
 */
export function recogniseError(e: DecodeError): Recognised | undefined {
  const text = typeof e.message === 'string' ? e.message : '';
  if (text.includes(DIGEST_MESSAGE)) return DIGEST;
  const kind = KINDS.find((k) => text.includes(notificationMessage(k)));
  return kind === undefined ? undefined : { kind: KIND_NAMES[kind], message: notificationMessage(kind) };
}

/**
 * What a parsed document is, when it is one of the known non-CloudTrail
 * kinds: the library's message, and the S3 object it leads to when it names one.
 */
export function recogniseDocument(doc: unknown): Recognised | undefined {
  if (!isObject(doc)) return undefined;
  if (isDigestFile(doc)) return DIGEST;
  const kind = notificationKindOf(doc);
  if (kind !== undefined) return { kind: KIND_NAMES[kind], message: `${notificationMessage(kind)}${leadsTo(namedObjects(doc, 0))}` };
  if (ownValue(doc, 's3ObjectKey') !== undefined && str(ownValue(doc, 's3Bucket')) !== undefined) {
    return { kind: 'CloudTrail notification', message: `this is CloudTrail's notice that log files were delivered, not a log file${leadsTo(namedObjects(doc, 0))}` };
  }
  if (isSnsMessage(doc)) {
    return {
      kind: 'SNS message',
      message: `this is an SNS message (Type Notification), not a CloudTrail log file: its Message is the text of the message it carries${leadsTo(namedObjects(doc, 0))}`,
    };
  }
  // S3's test event, sent when a notification is set up.
  if (ownValue(doc, 'Event') === 's3:TestEvent') {
    return { kind: 'S3 event notification', message: 'this is the test event S3 sends when a notification is set up; it names no log file' };
  }
  // EventBridge's events about S3 objects (a CloudTrail event has eventVersion in its detail).
  const detail = ownValue(doc, 'detail');
  if (ownValue(doc, 'source') === 'aws.s3' && isObject(detail) && !('eventVersion' in detail)) {
    const bucket = str(ownValue(ownValue(detail, 'bucket'), 'name'));
    const key = str(ownValue(ownValue(detail, 'object'), 'key'));
    const what = str(ownValue(doc, 'detail-type')) ?? 'S3';
    const named = bucket !== undefined && key !== undefined ? { inner: false, what: '', via: [], objects: [`s3://${bucket}/${key}`] } : undefined;
    return {
      kind: 'S3 event notification',
      message: `this is an EventBridge event about an S3 object (${escapeText(clipText(what, 60))}), not a CloudTrail record${leadsTo(named)}`,
    };
  }
  return undefined;
}

/** An SNS message as HTTP and email subscribers and SQS queues receive it. */
const isSnsMessage = (doc: unknown): boolean => ownValue(doc, 'Type') === 'Notification' && typeof ownValue(doc, 'Message') === 'string';

/** The S3 objects a document leads to, what names them, and the wrappers it came through. */
interface Named {
  /** True when a message inside the document names them, not the document itself. */
  readonly inner: boolean;
  readonly what: string;
  readonly via: readonly string[];
  readonly objects: readonly string[];
}

/**
 * The S3 objects named by a document, looking through SNS and SQS wrappers
 * (at most 3 deep); `depth` 0 is the input itself, whose wrapper the
 * library's message already names.
 */
function namedObjects(doc: unknown, depth: number): Named | undefined {
  if (!isObject(doc) || depth > 3) return undefined;
  const through = (name: string, inner: Named | undefined): Named | undefined =>
    inner === undefined || depth === 0 ? inner : { ...inner, via: [name, ...inner.via] };
  const kind = notificationKindOf(doc);
  const records = ownValue(doc, 'Records');
  const first: unknown = Array.isArray(records) ? records[0] : undefined;
  if (kind === 's3') return { inner: depth > 0, what: 'an S3 event notification', via: [], objects: s3Objects(records) };
  if (kind === 'sns') return through('SNS', namedObjects(parseJson(str(ownValue(ownValue(first, 'Sns'), 'Message'))), depth + 1));
  if (kind === 'sqs') return through('SQS', namedObjects(parseJson(str(ownValue(first, 'body'))), depth + 1));
  if (isSnsMessage(doc)) return through('SNS', namedObjects(parseJson(str(ownValue(doc, 'Message'))), depth + 1));
  const bucket = str(ownValue(doc, 's3Bucket'));
  const keys = ownValue(doc, 's3ObjectKey');
  if (bucket !== undefined && Array.isArray(keys)) {
    const objects = keys.slice(0, 1000).filter((k): k is string => typeof k === 'string').map((k) => `s3://${bucket}/${k}`);
    return { inner: depth > 0, what: "CloudTrail's notice of delivered log files", via: [], objects };
  }
  return undefined;
}

/** The objects named by the items of an S3 event notification's `Records`. */
function s3Objects(records: unknown): string[] {
  const objects: string[] = [];
  if (!Array.isArray(records)) return objects;
  for (const r of records.slice(0, 1000)) {
    const s3 = ownValue(r, 's3');
    const bucket = str(ownValue(ownValue(s3, 'bucket'), 'name'));
    const key = str(ownValue(ownValue(s3, 'object'), 'key'));
    if (bucket !== undefined && key !== undefined) objects.push(`s3://${bucket}/${s3Key(key)}`);
  }
  return objects;
}

// Object names that can go into a suggested shell command as they are; any
// other name is shown quoted, with no command, so record text never becomes
// something to paste into a shell.
const SHELL_SAFE = /^s3:\/\/[\w.\-/=+@,:]{1,1024}$/;

/**
 * The end of a message about a document that names S3 objects: the first one,
 * and the command that checks it when its name is safe in a shell.
 */
function leadsTo(named: Named | undefined): string {
  if (named === undefined || named.objects.length === 0) return '';
  const first = named.objects[0] as string;
  const count = named.objects.length > 1 ? `${named.objects.length} objects, the first ` : '';
  const object = SHELL_SAFE.test(first) ? `${first}: aws s3 cp ${first} - | cloudtrail-codecs check -` : quoteText(clipText(first, 1024));
  if (!named.inner) return `; it names ${count}${object}`;
  const via = named.via.length > 0 ? `, through ${named.via.join(' and ')},` : '';
  return `; it carries ${named.what}${via} that names ${count}${object}`;
}
