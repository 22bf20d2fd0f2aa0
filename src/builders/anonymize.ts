// Turns real CloudTrail records into shareable fixtures: identifying values
// (account ids, key ids, unique ids, IP addresses, user and session names)
// are swapped for seeded look-alikes of the same format, consistently, and
// everything else is copied as it is. Pure: no Math.random, no clock.
import { Random, type Seed } from './random.js';
import { ownValue } from '../core/ownValue.js';
import { formatFieldNames } from './formatFields.js';

/**
 * The kinds of value the anonymizer replaces.
 *
 * @example
 * import { createAnonymizer, type AnonymizedKind } from 'cloudtrail-codecs/builders';
 * const anonymizer = createAnonymizer({ seed: 1 });
 * anonymizer.anonymize({ userIdentity: { type: 'IAMUser', accountId: '111122223333', arn: 'arn:aws:iam::111122223333:user/alice', userName: 'alice' } });
 * const replaced = (kind: AnonymizedKind): number => anonymizer.mapping()[kind].size;
 * replaced('accountId'); // 1
 * replaced('userName'); // 1
 */
export type AnonymizedKind =
  | 'accountId'
  | 'accessKeyId'
  | 'uniqueId'
  | 'ipv4'
  | 'ipv6'
  | 'userName'
  | 'sessionName'
  | 'secret';

/**
 * Options of {@link anonymize}, {@link anonymizeLogFile} and {@link createAnonymizer}.
 *
 * @example
 * import { anonymize, type AnonymizeOptions } from 'cloudtrail-codecs/builders';
 * const options: AnonymizeOptions = { seed: 'ticket-1234' };
 * const shared = anonymize({ sourceIPAddress: '34.201.12.9' }, options);
 * shared.sourceIPAddress === anonymize({ sourceIPAddress: '34.201.12.9' }, options).sourceIPAddress; // true: same seed, same replacement
 */
export interface AnonymizeOptions {
  /** Same seed, same replacements. */
  readonly seed: Seed;
}

/**
 * What an anonymizer has replaced so far: original → replacement, per kind.
 *
 * @example
 * import { createAnonymizer, type AnonymizerMapping } from 'cloudtrail-codecs/builders';
 * const anonymizer = createAnonymizer({ seed: 1 });
 * anonymizer.anonymize({ recipientAccountId: '111122223333', sourceIPAddress: '34.201.12.9' });
 * const mapping: AnonymizerMapping = anonymizer.mapping();
 * [...mapping.ipv4.keys()]; // ['34.201.12.9']
 */
export type AnonymizerMapping = { readonly [K in AnonymizedKind]: ReadonlyMap<string, string> };

/**
 * An anonymizer that keeps its mapping across calls; see {@link createAnonymizer}.
 *
 * @example
 * import { createAnonymizer, type Anonymizer } from 'cloudtrail-codecs/builders';
 * // One anonymizer for several files keeps the replacements consistent between them.
 * const anonymizeAll = <T>(files: readonly T[], anonymizer: Anonymizer = createAnonymizer({ seed: 'case-42' })): T[] =>
 *   files.map((file) => anonymizer.anonymize(file));
 */
export interface Anonymizer {
  /** A copy of `value` with identifying strings replaced. The input is not changed. */
  anonymize<T>(value: T): T;
  /** A snapshot of the replacements made so far, for debugging. */
  mapping(): AnonymizerMapping;
}

const KINDS: readonly AnonymizedKind[] = [
  'accountId',
  'accessKeyId',
  'uniqueId',
  'ipv4',
  'ipv6',
  'userName',
  'sessionName',
  'secret',
];

/** Values that look like data but are CloudTrail placeholders. */
const PLACEHOLDERS = new Set(['', 'HIDDEN_DUE_TO_SECURITY_REASONS', 'ANONYMOUS_PRINCIPAL', 'AWS Internal']);

const DIGITS = '0123456789';
const HEX = '0123456789abcdef';
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const DOC_NETS = ['192.0.2', '198.51.100', '203.0.113'] as const;

/** Prefixes of credential ids; the other unique-id prefixes name principals. */
const KEY_PREFIXES = new Set(['AKIA', 'ASIA', 'ABIA', 'ACCA']);
// A token starts after a non-word character or after a %XX escape (URL-encoded text).
const ID_TOKEN =
  /(?:(?<![A-Za-z0-9])|(?<=%[0-9A-Fa-f]{2}))(?:AKIA|ASIA|ABIA|ACCA|AIDA|AROA|AGPA|ANPA|ANVA|AIPA|APKA|ASCA|AAPA)[A-Z0-9]{12,28}(?![A-Za-z0-9])/g;
const SESSION_AFTER_ID = /^:([\w+=,.@-]+)/;
// Only ARNs that carry a user or session name; the account part is left to ACCOUNT.
const NAME_ARN = /arn:aws[a-z-]*:(?:iam|sts)::[^:\s"]*:(user|assumed-role|federated-user)\/([\w+=,.@/-]+)/g;
const ACCOUNT = /(?:(?<![0-9A-Za-z])|(?<=%[0-9A-Fa-f]{2}))\d{12}(?![0-9A-Za-z])/g;
// Not after a letter or digit, nor in a `Product/1.2.3.4` version.
const IPV4 = /(?:(?<![0-9A-Za-z.])|(?<=%[0-9A-Fa-f]{2}))(?<![0-9A-Za-z_]\/)(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![0-9A-Za-z]|\.\d)/g;
// A whole run of hex digits, colons and dots. Its neighbours and its shape are
// checked in code: a regex with lookarounds on both sides backtracks
// quadratically on a long run that is not an address.
const HEX_RUN = /[0-9A-Fa-f.:]+/g;
const WORDLIKE = /[G-Zg-z_-]/;
// The account field of anything shaped like an ARN, well formed or not: the
// account may be glued to a letter, or have a digit too many or too few.
const ARN_ACCOUNT = /arn:aws[a-z-]*:[^:\s"]*:[^:\s"]*:(\d{6,})/g;
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])/g;
// An IPv4 written with dashes, as in host names: ip-10-0-1-23.ec2.internal,
// ec2-54-12-3-4.compute-1.amazonaws.com, 172-31-5-6.internal, host172-31-5-6.
// Anything but a digit may come before it: a digit would make it part of a longer number.
const DASHED_IPV4 = /(?<![0-9])(\d{1,3})-(\d{1,3})-(\d{1,3})-(\d{1,3})(?![0-9]|-\d)/g;
// For the sweep of identifiers already seen: runs that may hold one.
const DIGIT_RUN = /\d{6,}/g;
const QUAD = /\d{1,3}([.-])\d{1,3}\1\d{1,3}\1\d{1,3}/g;
const ID_RUN = /(?:AKIA|ASIA|ABIA|ACCA|AIDA|AROA|AGPA|ANPA|ANVA|AIPA|APKA|ASCA|AAPA)[A-Z0-9]{12,28}/g;
const NAME_RUN = /[\w+=,.@-]{3,}/g;
const NAME_SEPARATOR = /[-._+=,@]/;
const KNOWN_ID_PREFIX = /^(?:AKIA|ASIA|ABIA|ACCA|AIDA|AROA|AGPA|ANPA|ANVA|AIPA|APKA|ASCA|AAPA)/;
const NAME_CHARS = /^[\w+=,.@-]+$/;
// Fields that hold CloudTrail's own words, never a person's: a user named `Root` must not rename an identity type.
const STRUCTURAL_KEYS = new Set(['type', 'eventType', 'eventSource', 'eventName', 'eventVersion', 'eventCategory', 'awsRegion', 'apiVersion']);
const SECRET_RUN = /[A-Za-z0-9+/=]{16,}/g;
const ID_VALUE = /^[A-Z0-9]{16,128}$/;
const SECRET_VALUE = /^[A-Za-z0-9+/=]{16,}$/;
const USER_ID_VALUE = /^[0-9A-Za-z][0-9A-Za-z-]{7,127}$/;
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly kind: AnonymizedKind;
  /** The original identifier: what the mapping is keyed by. */
  readonly text: string;
  /** How the replacement is written: as drawn, with dashes for dots (`ip-10-0-1-23`), or URL-encoded. */
  readonly render?: 'dash' | 'percent';
}

function octets(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return undefined;
    const n = Number(p);
    if (n > 255) return undefined;
    out.push(n);
  }
  return out;
}

/** Unspecified, broadcast, loopback and the instance metadata address say nothing about anyone. */
function isWellKnownIPv4(o: readonly number[]): boolean {
  const [a, b, c, d] = o as [number, number, number, number];
  return (
    (a === 0 && b === 0 && c === 0 && d === 0) ||
    (a === 255 && b === 255 && c === 255 && d === 255) ||
    a === 127 ||
    (a === 169 && b === 254 && c === 169 && d === 254)
  );
}

function isPrivateIPv4(o: readonly number[]): boolean {
  const [a, b] = o as [number, number];
  return (
    a === 10 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254)
  );
}

function hexGroups(part: string): number {
  if (part === '') return 0;
  const groups = part.split(':');
  for (const g of groups) if (!/^[0-9A-Fa-f]{1,4}$/.test(g)) return -1;
  return groups.length;
}

/** True for an IPv6 address in text form, with or without `::` and a trailing IPv4. */
function isIPv6(text: string): boolean {
  const lastColon = text.lastIndexOf(':');
  if (lastColon < 0) return false;
  let body = text;
  let extra = 0;
  const tail = text.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (octets(tail) === undefined) return false;
    body = text.slice(0, lastColon + 1);
    if (!body.endsWith('::')) body = body.slice(0, -1);
    extra = 2;
  }
  if (body.includes('.')) return false;
  const halves = body.split('::');
  if (halves.length > 2) return false;
  const left = hexGroups(halves[0] as string);
  if (left < 0) return false;
  if (halves.length === 1) return left + extra === 8;
  const right = hexGroups(halves[1] as string);
  return right >= 0 && left + right + extra <= 7;
}

function isRoleHolder(parent: Readonly<Record<string, unknown>> | undefined): boolean {
  if (parent === undefined) return false;
  const arn = ownValue(parent, 'arn');
  const type = ownValue(parent, 'type');
  return type === 'Role' || (typeof arn === 'string' && arn.includes(':role/'));
}

function idKind(id: string): AnonymizedKind {
  return KEY_PREFIXES.has(id.slice(0, 4)) ? 'accessKeyId' : 'uniqueId';
}

/** A name that is a placeholder, empty, or a policy wildcard or variable stays. */
function isReplaceableName(name: string): boolean {
  return !PLACEHOLDERS.has(name) && !/[*?$]/.test(name);
}

/** Hits that depend on the property a value sits in. */
function contextHits(text: string, key: string | undefined, parent: Readonly<Record<string, unknown>> | undefined): Hit[] {
  const whole = (kind: AnonymizedKind): Hit[] => [{ start: 0, end: text.length, kind, text }];
  switch (key) {
    case 'userName':
      // A role issuer's userName is the role name, which stays (as in its ARN).
      return isReplaceableName(text) && !isRoleHolder(parent) ? whole('userName') : [];
    case 'sourceIdentity':
      return isReplaceableName(text) ? whole('userName') : [];
    case 'roleSessionName':
      return isReplaceableName(text) ? whole('sessionName') : [];
    case 'accessKeyId':
      return ID_VALUE.test(text) ? whole(idKind(text)) : [];
    case 'accountId':
    case 'recipientAccountId':
    case 'vpcEndpointAccountId':
    case 'account':
    case 'owner':
    case 'ownerId':
      // An account field holds an account however many digits it has lost or gained.
      return /^\d{6,16}$/.test(text) ? whole('accountId') : [];
    case 'userId':
      // An Identity Center user's id (onBehalfOf.userId), or any user id of a service: a UUID, most often.
      return USER_ID_VALUE.test(text) && isReplaceableName(text) ? whole('uniqueId') : [];
    case 'sessionToken':
    case 'secretAccessKey':
      return SECRET_VALUE.test(text) ? whole('secret') : [];
    case 'principalId':
    case 'assumedRoleId': {
      const type = parent === undefined ? undefined : ownValue(parent, 'type');
      if (key === 'principalId' && (type === 'SAMLUser' || type === 'WebIdentityUser')) {
        // `<issuer>:<user>` for SAML, `<provider>:<app>:<subject>` for web
        // identities: the user (an email, often) or the subject id goes.
        const cut = type === 'SAMLUser' ? text.indexOf(':') : text.lastIndexOf(':');
        const user = text.slice(cut + 1);
        return cut >= 0 && isReplaceableName(user) ? [{ start: cut + 1, end: text.length, kind: 'userName', text: user }] : [];
      }
      const colon = text.indexOf(':');
      const head = colon < 0 ? text : text.slice(0, colon);
      const tail = colon < 0 ? '' : text.slice(colon + 1);
      const hits: Hit[] = [];
      let tailKind: AnonymizedKind | undefined;
      if (/^\d{12}$/.test(head)) {
        // `<account>:<name>` is a federated user; the account is found later.
        tailKind = 'userName';
      } else if (/^[A-Z0-9]{16,32}$/.test(head) && /[A-Z]/.test(head)) {
        hits.push({ start: 0, end: head.length, kind: idKind(head), text: head });
        tailKind = 'sessionName';
      }
      if (tailKind !== undefined && colon >= 0 && isReplaceableName(tail)) {
        hits.push({ start: colon + 1, end: text.length, kind: tailKind, text: tail });
      }
      return hits;
    }
    default:
      return [];
  }
}

function arnNameHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(NAME_ARN)) {
    const type = m[1] as string;
    const resource = m[2] as string;
    const resourceStart = (m.index ?? 0) + m[0].length - resource.length;
    let start: number;
    let name: string;
    if (type === 'user') {
      const slash = resource.lastIndexOf('/');
      start = resourceStart + slash + 1;
      name = resource.slice(slash + 1);
    } else if (type === 'federated-user') {
      start = resourceStart;
      name = resource.split('/')[0] as string;
    } else {
      const parts = resource.split('/');
      if (parts.length < 2) continue;
      start = resourceStart + (parts[0] as string).length + 1;
      name = parts[1] as string;
    }
    // In prose an ARN may end a clause: "user/bob, who ...".
    name = name.replace(/[.,]+$/, '');
    if (name === '' || !isReplaceableName(name)) continue;
    hits.push({ start, end: start + name.length, kind: type === 'assumed-role' ? 'sessionName' : 'userName', text: name });
  }
  return hits;
}

function idHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(ID_TOKEN)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    hits.push({ start, end, kind: idKind(m[0]), text: m[0] });
    if (m[0].startsWith('AROA')) {
      const session = SESSION_AFTER_ID.exec(text.slice(end));
      const name = session?.[1];
      if (name !== undefined && isReplaceableName(name)) {
        hits.push({ start: end + 1, end: end + 1 + name.length, kind: 'sessionName', text: name });
      }
    }
  }
  return hits;
}

function ipv6Hits(text: string): Hit[] {
  if (!text.includes(':')) return [];
  const hits: Hit[] = [];
  for (const m of text.matchAll(HEX_RUN)) {
    let candidate = m[0];
    const start = m.index ?? 0;
    if (!candidate.includes(':')) continue;
    const before = text[start - 1];
    const after = text[start + candidate.length];
    if ((before !== undefined && WORDLIKE.test(before)) || (after !== undefined && WORDLIKE.test(after))) continue;
    // A sentence may end right after the address.
    if (!isIPv6(candidate) && candidate.endsWith('.')) candidate = candidate.replace(/\.+$/, '');
    // Requiring a digit keeps words such as `cafe::babe` out.
    if (!isIPv6(candidate) || !/\d/.test(candidate) || candidate === '::1') continue;
    hits.push({ start, end: start + candidate.length, kind: 'ipv6', text: candidate });
  }
  return hits;
}

function ipv4Hits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(IPV4)) {
    const o = octets(m[0]);
    if (o === undefined || isWellKnownIPv4(o)) continue;
    const start = m.index ?? 0;
    hits.push({ start, end: start + m[0].length, kind: 'ipv4', text: m[0] });
  }
  return hits;
}

function accountHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(ACCOUNT)) {
    const start = m.index ?? 0;
    hits.push({ start, end: start + 12, kind: 'accountId', text: m[0] });
  }
  return hits;
}

function arnAccountHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(ARN_ACCOUNT)) {
    const account = m[1] as string;
    const start = (m.index ?? 0) + m[0].length - account.length;
    hits.push({ start, end: start + account.length, kind: 'accountId', text: account });
  }
  return hits;
}

function emailHits(text: string): Hit[] {
  if (!text.includes('@')) return [];
  const hits: Hit[] = [];
  for (const m of text.matchAll(EMAIL)) {
    const start = m.index ?? 0;
    hits.push({ start, end: start + m[0].length, kind: 'userName', text: m[0] });
  }
  return hits;
}

function dashedIpv4Hits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(DASHED_IPV4)) {
    const dotted = m[0].replace(/-/g, '.');
    const o = octets(dotted);
    if (o === undefined || isWellKnownIPv4(o)) continue;
    const start = m.index ?? 0;
    hits.push({ start, end: start + m[0].length, kind: 'ipv4', text: dotted, render: 'dash' });
  }
  return hits;
}

/**
 * Identifiers already seen (in any string of this value, or in an earlier
 * call of the same anonymizer) wherever they occur again, even where no
 * finder would know them: glued to other text, in a free-text message, in a
 * host name. This is what makes the output free of every original it has met.
 */
function knownHits(text: string, known: Known, names = true): Hit[] {
  if (known.kinds.size === 0) return [];
  const kinds = known.kinds;
  const hits: Hit[] = [];
  for (const m of text.matchAll(DIGIT_RUN)) {
    const run = m[0];
    const at = m.index ?? 0;
    // A malformed ARN's account may have any length: the whole run first.
    if (kinds.get(run) === 'accountId') {
      hits.push({ start: at, end: at + run.length, kind: 'accountId', text: run });
      continue;
    }
    for (let i = 0; i < run.length; i++) {
      // The longest known account starting here: 12 digits, or another length a malformed one had.
      for (const length of known.accountLengths) {
        if (i + length > run.length) continue;
        const window = run.slice(i, i + length);
        if (kinds.get(window) === 'accountId') {
          hits.push({ start: at + i, end: at + i + length, kind: 'accountId', text: window });
          i += length - 1;
          break;
        }
      }
    }
  }
  for (const m of text.matchAll(QUAD)) {
    const dotted = m[1] === '-' ? m[0].replace(/-/g, '.') : m[0];
    if (kinds.get(dotted) !== 'ipv4') continue;
    const start = m.index ?? 0;
    hits.push({ start, end: start + m[0].length, kind: 'ipv4', text: dotted, ...(m[1] === '-' ? { render: 'dash' as const } : {}) });
  }
  for (const m of text.matchAll(ID_RUN)) {
    const kind = kinds.get(m[0]);
    if (kind !== 'accessKeyId' && kind !== 'uniqueId') continue;
    const start = m.index ?? 0;
    hits.push({ start, end: start + m[0].length, kind, text: m[0] });
  }
  for (const id of known.exoticIds) {
    for (let i = text.indexOf(id); i >= 0; i = text.indexOf(id, i + id.length)) {
      hits.push({ start: i, end: i + id.length, kind: kinds.get(id) as AnonymizedKind, text: id });
    }
  }
  for (const m of text.matchAll(SECRET_RUN)) {
    if (kinds.get(m[0]) !== 'secret') continue;
    const start = m.index ?? 0;
    hits.push({ start, end: start + m[0].length, kind: 'secret', text: m[0] });
  }
  if (names && known.names.size > 0) {
    for (const m of text.matchAll(NAME_RUN)) nameHitsInRun(m[0], m.index ?? 0, known.names, hits);
    if (known.exoticNames.length > 0) {
      // Lower case keeps the length of most text; where it does not, the names are looked for as they were written.
      const lower = text.toLowerCase();
      const haystack = lower.length === text.length ? lower : text;
      for (const name of known.exoticNames) {
        for (let i = haystack.indexOf(name); i >= 0; i = haystack.indexOf(name, i + name.length)) {
          hits.push({ start: i, end: i + name.length, kind: known.names.get(name) as AnonymizedKind, text: text.slice(i, i + name.length) });
        }
      }
    }
  }
  return hits;
}

/**
 * Known user and session names inside one run of name characters, in any
 * case: the run may be a name glued to others by separators
 * (`ReadOnly-Alice-2024`), so every span from one separator to another (up
 * to 8 parts) is tried, the longest first. `names` is keyed in lower case.
 */
function nameHitsInRun(run: string, at: number, names: ReadonlyMap<string, AnonymizedKind>, hits: Hit[]): void {
  const bounds: number[] = [0];
  for (let i = 0; i < run.length; i++) if (NAME_SEPARATOR.test(run[i] as string)) bounds.push(i, i + 1);
  bounds.push(run.length);
  // The run is ASCII: lower case keeps its length.
  const lowerRun = run.toLowerCase();
  // bounds holds pairs: [start of part, end of part]…
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < bounds.length; i += 2) {
    starts.push(bounds[i] as number);
    ends.push(bounds[i + 1] as number);
  }
  let from = 0;
  for (let p = 0; p < starts.length; p++) {
    const start = starts[p] as number;
    if (start < from) continue;
    for (let q = Math.min(ends.length - 1, p + 7); q >= p; q--) {
      const end = ends[q] as number;
      if (end - start < 3) continue;
      const kind = names.get(lowerRun.slice(start, end));
      if (kind === 'userName' || kind === 'sessionName') {
        hits.push({ start: at + start, end: at + end, kind, text: run.slice(start, end) });
        from = end;
        break;
      }
    }
  }
}

/** What the sweep looks for: every original seen, and the names that need a plain text search. */
interface Known {
  readonly kinds: Map<string, AnonymizedKind>;
  /** User and session names seen, in lower case: the sweep finds them in any case. */
  readonly names: Map<string, AnonymizedKind>;
  /** Names of other characters, in lower case, searched as plain text. */
  readonly exoticNames: string[];
  /** Key and unique ids of prefixes the sweep's pattern does not know: searched as plain text. */
  readonly exoticIds: string[];
  /** The lengths of the account ids seen, longest first: 12, and those of malformed ones. */
  accountLengths: number[];
}

/**
 * `text` with its %XX escapes of ASCII characters decoded, and where each
 * character of the result starts in `text` (one more entry for the end).
 */
function percentDecoded(text: string): { readonly decoded: string; readonly at: readonly number[] } | undefined {
  if (!/%[0-7][0-9A-Fa-f]/.test(text)) return undefined;
  let decoded = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; ) {
    at.push(i);
    const m = text.charCodeAt(i) === 0x25 ? /^%([0-7][0-9A-Fa-f])/.exec(text.slice(i, i + 3)) : null;
    if (m !== null) {
      decoded += String.fromCharCode(parseInt(m[1] as string, 16));
      i += 3;
    } else {
      decoded += text[i];
      i++;
    }
  }
  at.push(text.length);
  return { decoded, at };
}

/**
 * `hits` with those of `found` that overlap none of them (nor each other).
 * `hits` is kept sorted by start and free of overlaps, so one binary search
 * tells whether a new hit collides: a string with many identifiers stays
 * O(n log n).
 */
function addHits(hits: Hit[], found: readonly Hit[]): Hit[] {
  if (found.length === 0) return hits;
  const collides = (h: Hit): boolean => {
    let lo = 0;
    let hi = hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (hits[mid]!.start < h.end) lo = mid + 1;
      else hi = mid;
    }
    // hits[lo - 1] is the last one starting before h ends; only it can reach h.
    return lo > 0 && hits[lo - 1]!.end > h.start;
  };
  const taken: Hit[] = [];
  for (const h of [...found].sort((a, b) => a.start - b.start)) {
    const last = taken[taken.length - 1];
    if (last !== undefined && last.end > h.start) continue;
    if (!collides(h)) taken.push(h);
  }
  return merge(hits, taken);
}

/**
 * Hits found in the URL-decoded form of a text, placed back in the text:
 * one that spans an escape is written URL-encoded.
 */
function mapDecodedHits(found: readonly Hit[], at: readonly number[]): Hit[] {
  return found.map((h): Hit => {
    const start = at[h.start] as number;
    const end = at[h.end] as number;
    const escaped = end - start !== h.end - h.start;
    return { start, end, kind: h.kind, text: h.text, ...(escaped ? { render: 'percent' as const } : h.render === undefined ? {} : { render: h.render }) };
  });
}

/**
 * Every identifying part of one string: what the finders see in the text as
 * it is and in its URL-decoded form, then the identifiers already known.
 */
function findAllHits(
  text: string,
  key: string | undefined,
  parent: Readonly<Record<string, unknown>> | undefined,
  known: Known | undefined,
  names = true,
): Hit[] {
  if (PLACEHOLDERS.has(text)) return [];
  let hits = findHits(text, key, parent);
  const decoding = percentDecoded(text);
  if (decoding !== undefined) {
    const { decoded, at } = decoding;
    const inDecoded = findHits(decoded, key, parent);
    if (known !== undefined) for (const h of knownHits(decoded, known, names)) inDecoded.push(h);
    hits = addHits(hits, mapDecodedHits(inDecoded, at));
  }
  if (known !== undefined) hits = addHits(hits, knownHits(text, known, names));
  return hits;
}

/** Every identifying part of one string, without overlaps; earlier finders win. */
function findHits(text: string, key: string | undefined, parent: Readonly<Record<string, unknown>> | undefined): Hit[] {
  if (PLACEHOLDERS.has(text)) return [];
  // Each finder's hits are kept where they overlap none found before.
  let hits = addHits([], contextHits(text, key, parent));
  for (const finder of FINDERS) hits = addHits(hits, finder(text));
  return hits;
}

/** The finders that need no context, in order of precedence. */
const FINDERS: ReadonlyArray<(text: string) => Hit[]> = [arnNameHits, idHits, ipv6Hits, ipv4Hits, accountHits, arnAccountHits, emailHits, dashedIpv4Hits];

function merge(a: readonly Hit[], b: readonly Hit[]): Hit[] {
  if (b.length === 0) return a as Hit[];
  const out: Hit[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

/**
 * Random characters in the shape of `original`, for ids of other formats
 * (a UUID stays a UUID): a digit for a digit, a hex letter for a hex
 * letter, a letter of the same case for another letter; the rest is kept.
 */
function sameShape(original: string, rng: Random): string {
  let out = '';
  for (const ch of original) {
    if (ch >= '0' && ch <= '9') out += rng.chars(DIGITS, 1);
    else if (ch >= 'a' && ch <= 'f') out += rng.chars('abcdef', 1);
    else if (ch >= 'A' && ch <= 'F') out += rng.chars('ABCDEF', 1);
    else if (ch >= 'a' && ch <= 'z') out += rng.chars(LOWER, 1);
    else if (ch >= 'A' && ch <= 'Z') out += rng.chars(UPPER, 1);
    else out += ch;
  }
  return out;
}

/** One candidate replacement; `attempt` counts earlier candidates that collided. */
function draw(kind: AnonymizedKind, original: string, rng: Random, attempt: number): string {
  switch (kind) {
    case 'accountId':
      return rng.chars(DIGITS, 12);
    case 'accessKeyId':
    case 'uniqueId':
      if (/[^A-Z0-9]/.test(original)) return sameShape(original, rng);
      return original.slice(0, 4) + rng.chars(BASE32, original.length - 4);
    case 'ipv4': {
      const o = octets(original);
      if ((o !== undefined && isPrivateIPv4(o)) || attempt >= 4096) {
        return `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
      }
      // The three documentation /24s hold 762 hosts; past that, the 198.18.0.0/15 test range.
      if (attempt < 64) return `${rng.pick(DOC_NETS)}.${rng.int(1, 254)}`;
      return `198.${rng.int(18, 19)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
    }
    case 'ipv6': {
      const groups: string[] = [];
      for (let i = 0; i < 6; i++) groups.push(rng.int(0, 0xffff).toString(16));
      return `2001:db8:${groups.join(':')}`;
    }
    case 'userName':
    case 'sessionName': {
      const width = 4 + Math.floor(attempt / 16);
      const name = `${kind === 'userName' ? 'user' : 'session'}-${rng.chars(HEX, width)}`;
      return original.includes('@') ? `${name}@example.com` : name;
    }
    case 'secret': {
      let out = '';
      for (const ch of original) out += /[A-Za-z0-9]/.test(ch) ? rng.chars(ALNUM, 1) : ch;
      return out;
    }
  }
}

interface Placed {
  readonly target: Record<string, unknown> | unknown[];
  readonly key: string | number;
  readonly text: string;
  /** Whether known names are looked for again here (not in CloudTrail's own fields). */
  readonly names: boolean;
  hits: Hit[];
}

interface Frame {
  readonly src: object;
  readonly dst: Record<string, unknown> | unknown[];
  readonly keys: readonly string[] | undefined;
  readonly length: number;
  i: number;
}

/** Sets an own data property, so that `__proto__` stays a plain key. */
function put(target: Record<string, unknown> | unknown[], key: string | number, value: unknown): void {
  if (Array.isArray(target)) target[key as number] = value;
  else if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}

/** What anonymize can read of an object, without letting a getter, a trap or a revoked Proxy throw out of it. */
type Readable =
  | { readonly kind: 'array'; readonly length: number }
  | { readonly kind: 'object'; readonly keys: readonly string[] }
  | { readonly kind: 'date' }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'unreadable' };

function readableOf(v: object): Readable {
  try {
    if (Array.isArray(v)) return { kind: 'array', length: v.length };
    if (v instanceof Date) return { kind: 'date' };
    // A boxed string is its text; other boxes, Maps, class instances… are
    // read as JSON.stringify reads them: their own enumerable properties.
    if (v instanceof String) return { kind: 'string', value: v.valueOf() };
    return { kind: 'object', keys: Object.keys(v) };
  } catch {
    return { kind: 'unreadable' };
  }
}

const ACCOUNT_NUMBER_MIN = 100_000_000_000;
const ACCOUNT_NUMBER_MAX = 999_999_999_999;

function seedOf(options: unknown): Seed {
  try {
    const seed = typeof options === 'object' && options !== null ? (options as { seed?: unknown }).seed : undefined;
    if (typeof seed === 'string' || (typeof seed === 'number' && Number.isFinite(seed))) return seed;
  } catch {
    // An options object that cannot be read gives the default seed.
  }
  return DEFAULT_SEED;
}

/** The seed used when the options give none that is usable. */
const DEFAULT_SEED = 'cloudtrail-codecs';

/**
 * An anonymizer whose replacements stay the same across its calls: use one
 * for a set of files that must agree with each other. Each replacement is
 * drawn from a generator seeded with the seed, the kind and the original, so
 * another anonymizer with the same seed makes the same choice, unless it had
 * to draw again because the first choice was taken by another value.
 * `mapping()` shows what was replaced, per kind.
 *
 * Replaced: 12-digit account ids (anywhere in a string, the account part of
 * ARNs included, well formed or not, and 12-digit integer numbers), access
 * key ids and principal unique ids (`AKIA…`, `ASIA…`, `AIDA…`, `AROA…`, …,
 * keeping prefix and length), IPv4 and IPv6 addresses (to 192.0.2.0/24,
 * 198.51.100.0/24, 203.0.113.0/24 or, for private addresses, 10.0.0.0/8;
 * IPv6 to 2001:db8::/32), IPv4 addresses written with dashes in host names
 * (`ip-10-0-1-23.ec2.internal`), user names (`userName`, `sourceIdentity`,
 * `user/…` and `federated-user/…` ARNs, the name after `<account>:` in a
 * principalId, the user in a SAML or web-identity principalId), email
 * addresses anywhere, role session names (`assumed-role/<role>/…` ARNs,
 * after `AROA…:`, `roleSessionName`) and the values of `sessionToken` and
 * `secretAccessKey`, and user ids (`onBehalfOf.userId` of Identity Center
 * users, any `userId`; a UUID stays a UUID). All of these are also found
 * URL-encoded (`user%40example.com`), and property names are anonymized
 * like values. Once an identifier has been seen anywhere, every other
 * occurrence of it is replaced too, wherever it stands, property names
 * included: no original the anonymizer has met is left in its output.
 * Names are matched in any case, and every case of a name gets the same
 * replacement. Two limits: a name of one or two characters, or one without
 * a letter or digit, is replaced only where it stands as a name, not looked
 * for in other text; and CloudTrail's own field names (`userName`, `type`…)
 * stay as property names even when a user is named like one. Kept: numbers other than account ids, booleans, role
 * names (a role issuer's `userName` too), host names, `AWS Internal`, empty
 * strings, `HIDDEN_DUE_TO_SECURITY_REASONS`, `ANONYMOUS_PRINCIPAL`, 0.0.0.0,
 * loopback, 169.254.169.254 and `::1`.
 *
 * It never throws. Values that are not JSON are read as `JSON.stringify`
 * reads them: a `Date` is kept, a boxed string is a string, a `Map`, a class
 * instance or any other object becomes a plain object of its own enumerable
 * properties, and functions and symbols are left out (`null` in an array).
 * What cannot be read at all (a getter that throws, a revoked Proxy) is left
 * out too: what it cannot read it cannot check, so it does not copy it. A
 * cycle is copied as a cycle. Options without a usable `seed` give the seed
 * `'cloudtrail-codecs'`.
 *
 * @example
 * import { createAnonymizer } from 'cloudtrail-codecs/builders';
 * const anonymizer = createAnonymizer({ seed: 'fixtures' });
 * const a = anonymizer.anonymize({ recipientAccountId: '111122223333' });
 * const b = anonymizer.anonymize({ userIdentity: { accountId: '111122223333' } });
 * a.recipientAccountId === b.userIdentity.accountId; // true
 * anonymizer.mapping().accountId.get('111122223333'); // the same 12 digits
 */
export function createAnonymizer(options: AnonymizeOptions): Anonymizer {
  const seed = seedOf(options);
  const formatFields = formatFieldNames();
  const maps = new Map<AnonymizedKind, Map<string, string>>(KINDS.map((k) => [k, new Map<string, string>()]));
  // Every original and every replacement so far: a new replacement must be
  // none of them, so no original can reappear in an output.
  const taken = new Set<string>();
  // Every original seen, with its kind: the sweep replaces them wherever they occur.
  const known: Known = { kinds: new Map<string, AnonymizedKind>(), names: new Map<string, AnonymizedKind>(), exoticNames: [], exoticIds: [], accountLengths: [] };
  // One replacement for every case of a name (`Alice`, `alice`, `ALICE`), keyed by kind and lower case.
  const nameReplacements = new Map<string, string>();

  const replacementOf = (kind: AnonymizedKind, original: string): string => {
    const map = maps.get(kind) as Map<string, string>;
    const found = map.get(original);
    if (found !== undefined) return found;
    const isName = kind === 'userName' || kind === 'sessionName';
    // Names are drawn from their lower case, so the choice does not depend on which case came first.
    const canonical = isName ? original.toLowerCase() : original;
    const sameName = isName ? nameReplacements.get(`${kind}:${canonical}`) : undefined;
    if (sameName !== undefined) {
      map.set(original, sameName);
      return sameName;
    }
    const rng = new Random(`${seed}:${kind}:${canonical}`);
    let candidate = '';
    for (let attempt = 0; attempt < 1_000_000; attempt++) {
      candidate = draw(kind, original, rng, attempt);
      if (!taken.has(candidate)) break;
    }
    // Out of look-alikes (it would take a million collisions): a unique
    // placeholder still leaks nothing.
    if (taken.has(candidate)) candidate = `anonymized-${kind}-${taken.size}`;
    taken.add(candidate);
    map.set(original, candidate);
    if (isName) nameReplacements.set(`${kind}:${canonical}`, candidate);
    return candidate;
  };

  const note = (hits: readonly Hit[]): void => {
    for (const h of hits) {
      taken.add(h.text);
      const isName = h.kind === 'userName' || h.kind === 'sessionName';
      if (isName) {
        // Replacements are lower case: none may equal a name in another case.
        const lower = h.text.toLowerCase();
        taken.add(lower);
        if (!known.names.has(lower)) {
          known.names.set(lower, h.kind);
          // Names of other characters (spaces, brackets, other scripts) are searched as plain text.
          if (lower.length >= 3 && /[A-Za-z0-9]/.test(lower) && !NAME_CHARS.test(lower)) known.exoticNames.push(lower);
        }
      }
      if (known.kinds.has(h.text)) continue;
      known.kinds.set(h.text, h.kind);
      if (h.kind === 'accountId' && !known.accountLengths.includes(h.text.length)) {
        known.accountLengths = [...known.accountLengths, h.text.length].sort((a, b) => b - a);
      }
      // Key ids with a prefix the sweep's pattern does not know are searched as plain text too.
      if ((h.kind === 'accessKeyId' || h.kind === 'uniqueId') && !KNOWN_ID_PREFIX.test(h.text)) known.exoticIds.push(h.text);
    }
  };

  const render = (text: string, hits: readonly Hit[]): string => {
    let out = '';
    let from = 0;
    for (const h of hits) {
      const replacement = replacementOf(h.kind, h.text);
      const written = h.render === 'dash' ? replacement.replace(/\./g, '-') : h.render === 'percent' ? encodeURIComponent(replacement) : replacement;
      out += text.slice(from, h.start) + written;
      from = h.end;
    }
    return out + text.slice(from);
  };

  const anonymizeValue = <T>(value: T): T => {
    const placed: Placed[] = [];
    const copies = new Map<object, Record<string, unknown> | unknown[]>();
    const frames: Frame[] = [];

    const place = (
      target: Record<string, unknown> | unknown[],
      at: string | number,
      v: unknown,
      key: string | undefined,
      parent: Readonly<Record<string, unknown>> | undefined,
    ): void => {
      if (typeof v === 'string') {
        put(target, at, v);
        const hits = findAllHits(v, key, parent, undefined);
        note(hits);
        placed.push({ target, key: at, text: v, hits, names: key === undefined || !STRUCTURAL_KEYS.has(key) });
        return;
      }
      if (typeof v === 'number' && Number.isInteger(v) && v >= ACCOUNT_NUMBER_MIN && v <= ACCOUNT_NUMBER_MAX) {
        // An account id written as a number, as some tools re-emit it.
        const text = String(v);
        note([{ start: 0, end: 12, kind: 'accountId', text }]);
        put(target, at, Number(replacementOf('accountId', text)));
        return;
      }
      if (typeof v === 'bigint') {
        const text = v.toString();
        if (/^\d{12}$/.test(text)) {
          note([{ start: 0, end: 12, kind: 'accountId', text }]);
          put(target, at, BigInt(replacementOf('accountId', text)));
        } else {
          put(target, at, v);
        }
        return;
      }
      if (typeof v === 'function' || typeof v === 'symbol' || v === undefined) {
        // Left out, as JSON leaves them out; null keeps an array's positions.
        if (Array.isArray(target)) put(target, at, null);
        return;
      }
      if (typeof v !== 'object' || v === null) {
        put(target, at, v);
        return;
      }
      const seen = copies.get(v);
      if (seen !== undefined) {
        put(target, at, seen);
        return;
      }
      const readable = readableOf(v);
      switch (readable.kind) {
        case 'unreadable':
          if (Array.isArray(target)) put(target, at, null);
          return;
        case 'date':
          put(target, at, v);
          return;
        case 'string':
          place(target, at, readable.value, key, parent);
          return;
        case 'array': {
          const out: unknown[] = [];
          copies.set(v, out);
          put(target, at, out);
          frames.push({ src: v, dst: out, keys: undefined, length: readable.length, i: 0 });
          return;
        }
        case 'object': {
          const out: Record<string, unknown> = {};
          copies.set(v, out);
          put(target, at, out);
          objects.push(out);
          frames.push({ src: v, dst: out, keys: readable.keys, length: readable.keys.length, i: 0 });
          return;
        }
      }
    };

    // Property names hold identifiers too (`"tags": {"alice": …}`). Pass 1
    // notes what the finders see in them; the objects are renamed at the
    // end, once every identifier of the value is known.
    const keysSeen = new Set<string>();
    const noteKey = (k: string): void => {
      if (keysSeen.has(k)) return;
      keysSeen.add(k);
      if (!formatFields.has(k)) note(findAllHits(k, undefined, undefined, undefined));
    };
    const objects: Array<Record<string, unknown>> = [];
    const renamed = new Map<string, string>();
    const anonymizedKey = (k: string): string => {
      const done = renamed.get(k);
      if (done !== undefined) return done;
      // CloudTrail's own field names stay, even when a user is named like one.
      const hits = formatFields.has(k) ? [] : findAllHits(k, undefined, undefined, known);
      const out = hits.length === 0 ? k : render(k, hits);
      renamed.set(k, out);
      return out;
    };

    // Pass 1: copy the tree, depth first in document order, noting every hit.
    const holder: unknown[] = [];
    place(holder, 0, value, undefined, undefined);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as Frame;
      if (frame.i >= frame.length) {
        frames.pop();
        continue;
      }
      const i = frame.i++;
      const k = frame.keys === undefined ? i : (frame.keys[i] as string);
      let v: unknown;
      try {
        v = (frame.src as Record<string | number, unknown>)[k];
      } catch {
        // Unreadable: left out (null in an array).
        if (frame.keys === undefined) put(frame.dst, i, null);
        continue;
      }
      if (frame.keys === undefined) {
        place(frame.dst, i, v, undefined, undefined);
      } else {
        noteKey(k as string);
        place(frame.dst, k as string, v, k as string, frame.src as Record<string, unknown>);
      }
    }

    // Pass 2: every identifier of this value is known now; find them again
    // wherever the finders missed them, then build the replaced strings.
    // Every original is in `taken`, so none can be handed out as a replacement.
    for (const p of placed) {
      if (!PLACEHOLDERS.has(p.text)) {
        p.hits = addHits(p.hits, knownHits(p.text, known, p.names));
        const decoding = percentDecoded(p.text);
        if (decoding !== undefined) p.hits = addHits(p.hits, mapDecodedHits(knownHits(decoding.decoded, known, p.names), decoding.at));
      }
      if (p.hits.length > 0) put(p.target, p.key, render(p.text, p.hits));
    }

    // Pass 3: the property names, in place (a cycle may lead back to any
    // object), keeping their order. Two names can meet in one replacement
    // (`Alice` and `alice`); the later gets a numbered suffix, so no value
    // is lost.
    for (const o of objects) {
      const keys = Object.keys(o);
      if (keys.every((k) => anonymizedKey(k) === k)) continue;
      const used = new Set<string>();
      const entries = keys.map((k): [string, unknown] => {
        let out = anonymizedKey(k);
        for (let n = 2; used.has(out); n++) out = `${anonymizedKey(k)}-${n}`;
        used.add(out);
        return [out, o[k]];
      });
      for (const k of keys) delete o[k];
      for (const [k, v] of entries) put(o, k, v);
    }
    return holder[0] as T;
  };

  return {
    anonymize: anonymizeValue,
    mapping(): AnonymizerMapping {
      const view = {} as Record<AnonymizedKind, ReadonlyMap<string, string>>;
      for (const k of KINDS) view[k] = new Map(maps.get(k));
      return Object.freeze(view);
    },
  };
}

/**
 * A copy of a record (or any JSON value, in its wire form) with account ids,
 * key ids, principal ids, IP addresses, user names and role session names
 * replaced by seeded look-alikes of the same format; see
 * {@link createAnonymizer} for exactly what is replaced and what is kept.
 * A record that decoded with `CloudTrailRecord` still decodes. The input is
 * not changed, and the same seed always gives the same output.
 *
 * @example
 * import { anonymize } from 'cloudtrail-codecs/builders';
 * const record = {
 *   eventVersion: '1.08',
 *   userIdentity: { type: 'IAMUser', accountId: '111122223333', arn: 'arn:aws:iam::111122223333:user/alice', userName: 'alice' },
 *   sourceIPAddress: '198.51.100.7',
 *   recipientAccountId: '111122223333',
 * };
 * const shared = anonymize(record, { seed: 42 });
 * shared.userIdentity.accountId === shared.recipientAccountId; // true
 * /^user-[0-9a-f]{4}$/.test(shared.userIdentity.userName); // true
 */
export function anonymize<T>(record: T, options: AnonymizeOptions): T {
  return createAnonymizer(options).anonymize(record);
}

/**
 * A copy of a whole `{"Records": [...]}` log file, anonymized as by
 * {@link anonymize} with one anonymizer, so a value gets the same replacement
 * in every record of the file. Other top-level properties are kept (and
 * anonymized too). It never throws: a value that is not a log file is
 * anonymized as {@link anonymize} would.
 *
 * @example
 * import { anonymizeLogFile } from 'cloudtrail-codecs/builders';
 * const file = { Records: [{ recipientAccountId: '111122223333' }, { recipientAccountId: '111122223333' }] };
 * const shared = anonymizeLogFile(file, { seed: 'demo' });
 * shared.Records.length; // 2
 * shared.Records[0]?.recipientAccountId === shared.Records[1]?.recipientAccountId; // true: one new account id
 */
export function anonymizeLogFile<F extends { readonly Records: readonly unknown[] }>(file: F, options: AnonymizeOptions): F {
  // Anything else is anonymized all the same: refusing it would only push
  // callers to share it as it is.
  return createAnonymizer(options).anonymize(file);
}
