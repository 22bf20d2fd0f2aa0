// Turns real CloudTrail records into shareable fixtures: identifying values
// (account ids, key ids, unique ids, IP addresses, user and session names)
// are swapped for seeded look-alikes of the same format, consistently, and
// everything else is copied as it is. Pure: no Math.random, no clock.
import { Random, type Seed } from './random.js';
import { ownValue } from '../core/ownValue.js';

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
const ID_VALUE = /^[A-Z0-9]{16,128}$/;
const SECRET_VALUE = /^[A-Za-z0-9+/=]{16,}$/;

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly kind: AnonymizedKind;
  readonly text: string;
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
    case 'sessionToken':
    case 'secretAccessKey':
      return SECRET_VALUE.test(text) ? whole('secret') : [];
    case 'principalId':
    case 'assumedRoleId': {
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

/** Every identifying part of one string, without overlaps; earlier finders win. */
function findHits(text: string, key: string | undefined, parent: Readonly<Record<string, unknown>> | undefined): Hit[] {
  if (PLACEHOLDERS.has(text)) return [];
  // Kept sorted by start and free of overlaps, so one binary search tells
  // whether a new hit collides; a string with many identifiers stays O(n log n).
  let hits: Hit[] = [];
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
  const add = (found: readonly Hit[]): void => {
    const taken: Hit[] = [];
    for (const h of [...found].sort((a, b) => a.start - b.start)) {
      const last = taken[taken.length - 1];
      if (last !== undefined && last.end > h.start) continue;
      if (!collides(h)) taken.push(h);
    }
    hits = merge(hits, taken);
  };
  add(contextHits(text, key, parent));
  add(arnNameHits(text));
  add(idHits(text));
  add(ipv6Hits(text));
  add(ipv4Hits(text));
  add(accountHits(text));
  return hits;
}

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

/** One candidate replacement; `attempt` counts earlier candidates that collided. */
function draw(kind: AnonymizedKind, original: string, rng: Random, attempt: number): string {
  switch (kind) {
    case 'accountId':
      return rng.chars(DIGITS, 12);
    case 'accessKeyId':
    case 'uniqueId':
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

interface Pending {
  readonly target: Record<string, unknown> | unknown[];
  readonly key: string | number;
  readonly text: string;
  readonly hits: readonly Hit[];
}

interface Frame {
  readonly src: Record<string, unknown> | readonly unknown[];
  readonly dst: Record<string, unknown> | unknown[];
  readonly keys: readonly string[] | undefined;
  i: number;
}

function isPlainObject(v: object): boolean {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Sets an own data property, so that `__proto__` stays a plain key. */
function put(target: Record<string, unknown> | unknown[], key: string | number, value: unknown): void {
  if (Array.isArray(target)) target[key as number] = value;
  else Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * An anonymizer whose replacements stay the same across its calls: use one
 * for a set of files that must agree with each other. Each replacement is
 * drawn from a generator seeded with the seed, the kind and the original, so
 * another anonymizer with the same seed makes the same choice, unless it had
 * to draw again because the first choice was taken by another value.
 * `mapping()` shows what was replaced, per kind.
 *
 * Replaced: 12-digit account ids (anywhere in a string, the account part of
 * ARNs included), access key ids and principal unique ids (`AKIA…`, `ASIA…`,
 * `AIDA…`, `AROA…`, …, keeping prefix and length), IPv4 and IPv6 addresses
 * (to 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 or, for private
 * addresses, 10.0.0.0/8; IPv6 to 2001:db8::/32), user names (`userName`,
 * `sourceIdentity`, `user/…` and `federated-user/…` ARNs, the name after
 * `<account>:` in a principalId), role session names (`assumed-role/<role>/…`
 * ARNs, after `AROA…:`, `roleSessionName`) and the values of `sessionToken`
 * and `secretAccessKey`. Kept: keys, numbers, booleans, role names (a role
 * issuer's `userName` too), host names, `AWS Internal`, empty strings,
 * `HIDDEN_DUE_TO_SECURITY_REASONS`, `ANONYMOUS_PRINCIPAL`, 0.0.0.0,
 * loopback, 169.254.169.254 and `::1`. Values that are not JSON (a `Date`,
 * a class instance) are kept as they are.
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
  const { seed } = options;
  const maps = new Map<AnonymizedKind, Map<string, string>>(KINDS.map((k) => [k, new Map<string, string>()]));
  // Every original and every replacement so far: a new replacement must be
  // none of them, so no original can reappear in an output.
  const taken = new Set<string>();

  const replacementOf = (kind: AnonymizedKind, original: string): string => {
    const map = maps.get(kind) as Map<string, string>;
    const known = map.get(original);
    if (known !== undefined) return known;
    const rng = new Random(`${seed}:${kind}:${original}`);
    for (let attempt = 0; attempt < 1_000_000; attempt++) {
      const candidate = draw(kind, original, rng, attempt);
      if (!taken.has(candidate)) {
        taken.add(candidate);
        map.set(original, candidate);
        return candidate;
      }
    }
    throw new RangeError(`anonymize: no free ${kind} replacement left for ${original}`);
  };

  const anonymizeValue = <T>(value: T): T => {
    const pending: Pending[] = [];
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
        const hits = findHits(v, key, parent);
        if (hits.length > 0) {
          for (const h of hits) taken.add(h.text);
          pending.push({ target, key: at, text: v, hits });
        }
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
      if (Array.isArray(v)) {
        const out: unknown[] = [];
        copies.set(v, out);
        put(target, at, out);
        frames.push({ src: v, dst: out, keys: undefined, i: 0 });
      } else if (isPlainObject(v)) {
        const out: Record<string, unknown> = {};
        copies.set(v, out);
        put(target, at, out);
        frames.push({ src: v as Record<string, unknown>, dst: out, keys: Object.keys(v), i: 0 });
      } else {
        put(target, at, v);
      }
    };

    // Pass 1: copy the tree, depth first in document order, noting every hit.
    const holder: unknown[] = [];
    place(holder, 0, value, undefined, undefined);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as Frame;
      const { src, dst, keys } = frame;
      if (keys === undefined) {
        const list = src as readonly unknown[];
        if (frame.i >= list.length) {
          frames.pop();
          continue;
        }
        const i = frame.i++;
        place(dst, i, list[i], undefined, undefined);
      } else {
        if (frame.i >= keys.length) {
          frames.pop();
          continue;
        }
        const k = keys[frame.i++] as string;
        const obj = src as Record<string, unknown>;
        place(dst, k, obj[k], k, obj);
      }
    }

    // Pass 2: now that every original of this value is known (and so cannot
    // be handed out), build the replaced strings.
    for (const p of pending) {
      let out = '';
      let from = 0;
      for (const h of p.hits) {
        out += p.text.slice(from, h.start) + replacementOf(h.kind, h.text);
        from = h.end;
      }
      put(p.target, p.key, out + p.text.slice(from));
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
 * shared.userIdentity.userName; // 'user-' and four hex digits
 */
export function anonymize<T>(record: T, options: AnonymizeOptions): T {
  return createAnonymizer(options).anonymize(record);
}

/**
 * A copy of a whole `{"Records": [...]}` log file, anonymized as by
 * {@link anonymize} with one anonymizer, so a value gets the same replacement
 * in every record of the file. Other top-level properties are kept (and
 * anonymized too).
 *
 * @example
 * import { anonymizeLogFile } from 'cloudtrail-codecs/builders';
 * const file = { Records: [{ recipientAccountId: '111122223333' }, { recipientAccountId: '111122223333' }] };
 * const shared = anonymizeLogFile(file, { seed: 'demo' });
 * shared.Records.length; // 2, both with the same new account id
 */
export function anonymizeLogFile<F extends { readonly Records: readonly unknown[] }>(file: F, options: AnonymizeOptions): F {
  if (typeof file !== 'object' || file === null || !Array.isArray(file.Records)) {
    throw new TypeError('anonymizeLogFile: expected an object with a Records array');
  }
  return createAnonymizer(options).anonymize(file);
}
