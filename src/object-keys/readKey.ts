// Reading a trail key, once its size is known to be bounded. The layout is
// fixed from the end: file, day, month, year, region, service, account, an
// optional organization, then `AWSLogs`. So the `AWSLogs` folder that counts
// is the one at that distance from the end, and any `AWSLogs` text before it
// (a prefix such as `a/AWSLogs/b/`) is part of the prefix. Only when neither
// position fits is the last `AWSLogs` folder taken, to explain what is wrong.
import {
  SERVICE_FOLDERS,
  dayOfFileTime,
  dayProblem,
  isAccountId,
  isOrganizationId,
  isRegion,
  isTrailName,
  isUniqueString,
  monthProblem,
  yearProblem,
  quoted,
  readFileTime,
  serviceFolderOf,
  type ServiceFolder,
} from './keyParts.js';
import type { DayText, DeliveryTime, NotCloudTrailKey, ObjectKey, ObjectKeyFields } from './ObjectKey.js';

export function notCloudTrail(key: string, reason: string): NotCloudTrailKey {
  return { kind: 'not-cloudtrail', key, reason };
}

/** What a value that should have been text is, for a message. */
export function notTextReason(what: string, u: unknown): string {
  const is = u === null || u === undefined ? String(u) : typeof u !== 'object' ? `a ${typeof u}` : isArray(u) ? 'an array' : 'an object';
  return `the ${what} is ${is}, not a string`;
}

// Array.isArray throws on a revoked Proxy.
function isArray(u: object): boolean {
  try {
    return Array.isArray(u);
  } catch {
    return false;
  }
}

const FOLDER_NAMES = ['account', 'service', 'region', 'year', 'month', 'day'] as const;

/** Classifies `text`, already bounded, as a trail key; `text` is also the `key` reported. */
export function readKey(text: string): ObjectKey {
  const nope = (reason: string): NotCloudTrailKey => notCloudTrail(text, reason);
  if (text === '') return nope('the key is empty');
  if (text.endsWith('/')) return nope('the key ends in "/": a folder, not a file');
  const segs = text.split('/');
  const n = segs.length;
  const at = segs[n - 8] === 'AWSLogs' ? n - 8 : segs[n - 9] === 'AWSLogs' ? n - 9 : segs.lastIndexOf('AWSLogs');
  if (at < 0) return nope('no AWSLogs/ folder');

  let i = at + 1;
  let organizationId: string | undefined;
  const first = segs[i];
  if (first !== undefined && first.startsWith('o-')) {
    if (!isOrganizationId(first)) return nope(`organization folder ${quoted(first)} is not "o-" and 10 to 32 lowercase letters or digits`);
    organizationId = first;
    i++;
  }
  const folders: string[] = [];
  for (let f = 0; f < FOLDER_NAMES.length; f++, i++) {
    const seg = segs[i];
    // Only AWSLogs or the organization folder can end the key here: any later
    // folder that ends it is caught below, as the last segment.
    if (seg === undefined) {
      return nope(`the key ends at ${organizationId === undefined ? 'AWSLogs' : `the organization folder ${quoted(organizationId)}`}: a folder, not a file`);
    }
    const problem = folderProblem(f, seg, folders);
    if (problem !== undefined) return nope(problem);
    // The last segment is the file, so a key that runs out of folders here names a folder.
    if (i === n - 1) return nope(`the key ends at the ${FOLDER_NAMES[f]} folder ${quoted(seg)}: a folder, not a file`);
    folders.push(seg);
  }
  if (i < n - 1) return nope(`unexpected folder ${quoted(segs[i] ?? '')} after the day folder`);
  const [accountId, service, region, year, month, day] = folders as [string, ServiceFolder, string, string, string, string];
  const fileName = segs[n - 1] ?? '';
  const extension = fileName.endsWith('.json.gz') ? 'json.gz' : fileName.endsWith('.json') ? 'json' : undefined;
  if (extension === undefined) return nope(`file name ${quoted(fileName)} does not end in .json.gz`);

  const base: ObjectKeyFields = {
    key: text,
    prefix: at === 0 ? '' : `${segs.slice(0, at).join('/')}/`,
    organizationId,
    accountId,
    region,
    date: `${year}-${month}-${day}` as DayText,
    fileName,
    extension,
  };
  const stem = fileName.slice(0, fileName.length - extension.length - 1);
  return service === 'CloudTrail-Digest' ? digestKey(base, stem, nope) : logKey(base, service, stem, nope);
}

function folderProblem(f: number, seg: string, before: readonly string[]): string | undefined {
  switch (f) {
    case 0:
      return isAccountId(seg) ? undefined : `account folder ${quoted(seg)} is not 12 digits`;
    case 1:
      return serviceFolderOf(seg) !== undefined ? undefined : `service folder ${quoted(seg)} is not one CloudTrail writes`;
    case 2:
      return isRegion(seg) ? undefined : `region folder ${quoted(seg)} is not a region name`;
    case 3:
      return yearProblem(seg);
    case 4:
      return monthProblem(seg);
    default:
      return dayProblem(before[3] ?? '', before[4] ?? '', seg);
  }
}

/** The parts a file name states, to compare with the folders. */
interface NameParts {
  readonly accountId: string;
  readonly service: string;
  readonly region: string;
  readonly time: DeliveryTime;
}

/** Why the name's parts disagree with the folders, or `undefined`. */
function mismatch(base: ObjectKeyFields, service: ServiceFolder, name: NameParts): string | undefined {
  const differ = (what: string, inName: string, inFolders: string): string =>
    `file name does not match the folders: ${what} ${quoted(inName)} in the name, ${quoted(inFolders)} in the folders`;
  if (name.accountId !== base.accountId) return differ('account', name.accountId, base.accountId);
  if (name.service !== service) return differ('service', name.service, service);
  if (name.region !== base.region) return differ('region', name.region, base.region);
  const day = dayOfFileTime(name.time.text);
  if (day !== base.date) return differ('day', day, base.date);
  return undefined;
}

type Refuse = (reason: string) => NotCloudTrailKey;

// <account>_<service>_<region>_<YYYYMMDDTHHmmZ>_<unique>, or with no `_`
// before the unique string, as one AWS page shows it.
function logKey(base: ObjectKeyFields, service: Exclude<ServiceFolder, 'CloudTrail-Digest'>, stem: string, nope: Refuse): ObjectKey {
  const kind = SERVICE_FOLDERS[service];
  const parts = stem.split('_');
  let timeText: string | undefined;
  let unique: string | undefined;
  let separator: '_' | '' = '_';
  if (parts.length === 5) [, , , timeText, unique] = parts;
  else if (parts.length === 4 && (parts[3] ?? '').length === 30) {
    timeText = parts[3]?.slice(0, 14);
    unique = parts[3]?.slice(14);
    separator = '';
  }
  const time = timeText === undefined ? undefined : readFileTime(timeText, false);
  const [accountId = '', nameService = '', region = ''] = parts;
  const named =
    time !== undefined && unique !== undefined && isUniqueString(unique) && isAccountId(accountId) && isRegion(region) && serviceFolderOf(nameService) !== undefined
      ? { time, unique }
      : undefined;
  // These two folders' names are undocumented: a name that does not follow
  // the log pattern, with the folder's own service, is classified by folder.
  const undocumented = kind === 'network-activity' || kind === 'aggregated';
  if (undocumented && !(named !== undefined && nameService === service)) {
    return { kind, ...base, deliveryTime: undefined, uniqueString: undefined, uniqueSeparator: undefined };
  }
  if (named === undefined) {
    return nope(`file name ${quoted(base.fileName)} does not follow <account>_${service}_<region>_<YYYYMMDDTHHmmZ>_<16 letters or digits>.json.gz`);
  }
  const problem = mismatch(base, service, { accountId, service: nameService, region, time: named.time });
  if (problem !== undefined) return nope(problem);
  return { kind, ...base, deliveryTime: named.time, uniqueString: named.unique, uniqueSeparator: separator };
}

// <account>_CloudTrail-Digest_<region>_<trailName>_<homeRegion>_<YYYYMMDDTHHmmssZ>[_backfill].
// The trail name may hold underscores; nothing else does, so the name is
// read three parts from the start and two or three from the end, and the
// trail name is what lies between.
function digestKey(base: ObjectKeyFields, stem: string, nope: Refuse): ObjectKey {
  const parts = stem.split('_');
  const backfill = parts[parts.length - 1] === 'backfill';
  const end = backfill ? parts.length - 1 : parts.length;
  const pattern = `<account>_CloudTrail-Digest_<region>_<trail name>_<home region>_<YYYYMMDDTHHmmssZ>[_backfill].json.gz`;
  if (end < 6) return nope(`file name ${quoted(base.fileName)} does not follow ${pattern}`);
  const [accountId = '', nameService = '', region = ''] = parts;
  const timeText = parts[end - 1] ?? '';
  const homeRegion = parts[end - 2] ?? '';
  const trailName = parts.slice(3, end - 2).join('_');
  const time = readFileTime(timeText, true);
  const name = quoted(base.fileName);
  if (!isAccountId(accountId) || serviceFolderOf(nameService) === undefined || !isRegion(region)) return nope(`file name ${name} does not follow ${pattern}`);
  if (time === undefined) return nope(`file name ${name}: time ${quoted(timeText)} is not a YYYYMMDDTHHmmssZ time`);
  if (!isRegion(homeRegion)) return nope(`file name ${name}: home region ${quoted(homeRegion)} is not a region name`);
  if (!isTrailName(trailName)) return nope(`file name ${name}: trail name ${quoted(trailName)} is not 1 to 128 letters, digits, ".", "_" or "-"`);
  const problem = mismatch(base, 'CloudTrail-Digest', { accountId, service: nameService, region, time });
  if (problem !== undefined) return nope(problem);
  return { kind: backfill ? 'backfill-digest' : 'digest', ...base, trailName, homeRegion, deliveryTime: time };
}
