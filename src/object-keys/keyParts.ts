// The field checks that reading and building keys share. Each is a loop over
// character codes or a regular expression run on text already cut to a few
// dozen characters, so no key costs more than a pass over its length.
import { clipText, quoteText } from '../core/escapeText.js';
import { utcMillis } from '../core/utcTime.js';
import type { DayText, DeliveryTime, ObjectKey } from './ObjectKey.js';

/** S3's limit on a key: 1024 bytes of UTF-8. */
export const MAX_KEY_BYTES = 1024;

/** The service folders CloudTrail writes, and the kind of file each holds. */
export const SERVICE_FOLDERS = {
  CloudTrail: 'log',
  'CloudTrail-Insight': 'insight',
  'CloudTrail-NetworkActivity': 'network-activity',
  'CloudTrail-Aggregated': 'aggregated',
  'CloudTrail-Digest': 'digest',
} as const satisfies Readonly<Record<string, Exclude<ObjectKey['kind'], 'not-cloudtrail' | 'backfill-digest'>>>;

export type ServiceFolder = keyof typeof SERVICE_FOLDERS;

/** The service folder of each kind, for building keys. */
export const FOLDER_OF_KIND: Readonly<Record<Exclude<ObjectKey['kind'], 'not-cloudtrail'>, ServiceFolder>> = {
  log: 'CloudTrail',
  insight: 'CloudTrail-Insight',
  'network-activity': 'CloudTrail-NetworkActivity',
  aggregated: 'CloudTrail-Aggregated',
  digest: 'CloudTrail-Digest',
  'backfill-digest': 'CloudTrail-Digest',
};

export function serviceFolderOf(segment: string): ServiceFolder | undefined {
  return Object.prototype.hasOwnProperty.call(SERVICE_FOLDERS, segment) ? (segment as ServiceFolder) : undefined;
}

/** Key text for a message: cut, escaped and quoted. */
export function quoted(text: string): string {
  return quoteText(clipText(text, 80));
}

/** Bytes of `text` in UTF-8, stopping once past `limit`. */
export function utf8LengthUpTo(text: string, limit: number): number {
  // Every UTF-16 unit is at least one byte, so longer text is over at once.
  if (text.length > limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isAlnum = (c: number): boolean => isDigit(c) || isLower(c) || (c >= 0x41 && c <= 0x5a);

function every(text: string, test: (c: number) => boolean): boolean {
  for (let i = 0; i < text.length; i++) if (!test(text.charCodeAt(i))) return false;
  return true;
}

/** Exactly `length` ASCII digits. */
export function isDigits(text: string, length: number): boolean {
  return text.length === length && every(text, isDigit);
}

/** 12 digits. */
export function isAccountId(text: string): boolean {
  return isDigits(text, 12);
}

/** `o-` and 10 to 32 lowercase letters or digits, as AWS Organizations writes ids. */
export function isOrganizationId(text: string): boolean {
  return text.length >= 12 && text.length <= 34 && text.startsWith('o-') && every(text.slice(2), (c) => isDigit(c) || isLower(c));
}

// Region names by shape, not by list, so that new regions read: a 2 to 4
// letter area (`us`, `eusc`), one to three words (`gov-west`, `de-east`,
// `southeast`) and a number. Words hold no `-` and the number no letter, so
// the expression cannot backtrack; it only runs on text of at most 32 chars.
const REGION = /^[a-z]{2,4}(?:-[a-z]{2,12}){1,3}-[0-9]{1,2}$/;

/** A region name by its shape: `us-east-1`, `us-gov-west-1`, `eusc-de-east-1`. */
export function isRegion(text: string): boolean {
  return text.length <= 32 && REGION.test(text);
}

/** The 16 letters and digits of a log file name. */
export function isUniqueString(text: string): boolean {
  return text.length === 16 && every(text, isAlnum);
}

/**
 * A trail name as CloudTrail allows them: letters, digits, `.`, `_` and `-`,
 * at most 128. AWS's finer rules (3 characters at least, no `_-` side by side)
 * are not checked: the name is read, not judged.
 */
export function isTrailName(text: string): boolean {
  return text.length >= 1 && text.length <= 128 && every(text, (c) => isAlnum(c) || c === 0x2e || c === 0x5f || c === 0x2d);
}

/**
 * The time of a file name, `YYYYMMDDTHHmmZ` (`seconds` false) or
 * `YYYYMMDDTHHmmssZ`, with the fields in range; else `undefined`.
 */
export function readFileTime(text: string, seconds: boolean): DeliveryTime | undefined {
  const length = seconds ? 16 : 14;
  if (text.length !== length || text.charAt(8) !== 'T' || text.charAt(length - 1) !== 'Z') return undefined;
  const digits = text.slice(0, 8) + text.slice(9, length - 1);
  if (!isDigits(digits, seconds ? 14 : 12)) return undefined;
  const n = (from: number, to: number): number => Number(digits.slice(from, to));
  const ms = utcMillis(n(0, 4), n(4, 6), n(6, 8), n(8, 10), n(10, 12), seconds ? n(12, 14) : 0, 0);
  return Number.isNaN(ms) ? undefined : { text, time: new Date(ms) };
}

/** `YYYY-MM-DD` of a file-name time already checked by {@link readFileTime}. */
export function dayOfFileTime(text: string): DayText {
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}` as DayText;
}

/** Why a year folder is not 4 digits, or `undefined`. */
export function yearProblem(year: string): string | undefined {
  return isDigits(year, 4) ? undefined : `year folder ${quoted(year)} is not 4 digits`;
}

/** Why a month folder is not 01 to 12, or `undefined`. */
export function monthProblem(month: string): string | undefined {
  return isDigits(month, 2) && Number(month) >= 1 && Number(month) <= 12 ? undefined : `month folder ${quoted(month)} is not 01 to 12`;
}

/** Why three folder names are not a real day, or `undefined` when they are. */
export function dayProblem(year: string, month: string, day: string): string | undefined {
  const before = yearProblem(year) ?? monthProblem(month);
  if (before !== undefined) return before;
  return isDigits(day, 2) && !Number.isNaN(utcMillis(Number(year), Number(month), Number(day), 0, 0, 0, 0))
    ? undefined
    : `day folder ${quoted(day)} is not a day of ${year}-${month}`;
}

/** The text of a file-name time for an instant, or why there is none. */
export function fileTimeOf(d: Date, seconds: boolean): string | { readonly problem: string } {
  const ms = d.getTime();
  if (Number.isNaN(ms)) return { problem: 'deliveryTime is an invalid Date' };
  const year = d.getUTCFullYear();
  if (year < 0 || year > 9999) return { problem: `deliveryTime's year ${year} does not have 4 digits` };
  if (d.getUTCMilliseconds() !== 0 || (!seconds && d.getUTCSeconds() !== 0)) {
    return { problem: `deliveryTime ${d.toISOString()} is finer than the file name's ${seconds ? 'seconds' : 'minutes'}` };
  }
  const p = (n: number, width = 2): string => String(n).padStart(width, '0');
  const hhmm = p(d.getUTCHours()) + p(d.getUTCMinutes()) + (seconds ? p(d.getUTCSeconds()) : '');
  return `${p(year, 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}T${hhmm}Z`;
}
