// Where a chain check reads log files from. Callers hand them over in many
// shapes (a Map of this realm or another, a plain object, a list of entries,
// a store with a `get`, a function): each is recognised here, and anything
// else is refused by name, so that no shape makes every file silently
// unchecked.
import { errorName, readProperty, UNREADABLE } from '../core/WireType.js';
import { bytesOf } from './objectBytes.js';

/**
 * The bytes of one log file as the caller holds them: gzip as stored, or
 * already inflated.
 *
 * @example
 * import type { LogFileBytes } from 'cloudtrail-codecs/integrity';
 * const empty: LogFileBytes = new Uint8Array(0);
 */
export type LogFileBytes = Uint8Array | ArrayBuffer;

/**
 * A function that gives the bytes of a log file (gzip or inflated), or
 * `undefined` when the caller does not have it. It may be async (a read
 * from disk or S3). A throw or rejection makes that log file invalid
 * (`log-unreadable`), nothing more.
 *
 * @example
 * import type { LogFileLookup } from 'cloudtrail-codecs/integrity';
 * const files = new Map<string, Uint8Array>();
 * const lookup: LogFileLookup = (_bucket, key) => files.get(key);
 */
export type LogFileLookup = (bucket: string, key: string) => LogFileBytes | undefined | Promise<LogFileBytes | undefined>;

/**
 * Any store with a `get` the way a `Map` has one (a cache, a key-value
 * client, a `Map` made in another realm), sync or async. When it also has
 * `keys()`, those are the log files the caller holds.
 *
 * @example
 * import type { LogFileGetter } from 'cloudtrail-codecs/integrity';
 * const cache = new Map<string, Uint8Array>();
 * const store: LogFileGetter = { get: async (key) => cache.get(key) };
 */
export interface LogFileGetter {
  get(key: string): LogFileBytes | undefined | Promise<LogFileBytes | undefined>;
  keys?(): Iterable<string>;
}

/**
 * Where {@link verifyDigestChain} gets log files, keyed by `bucket/key` or
 * by the bare S3 key (both are tried, in that order):
 *
 * - a `Map` (of any realm), or any object with a callable `get` (sync or async);
 * - a plain object of key → bytes (`Object.fromEntries(map)`, parsed JSON of a manifest);
 * - an iterable of `[key, bytes]` entries (`[...map]`, a generator);
 * - a lookup function `(bucket, key) => bytes`.
 *
 * Except for a function (and a getter without `keys()`), its keys are also
 * the log files the caller holds: those no digest names are reported as not
 * covered. Anything else (a string, a `Set`, a list of keys) is refused with
 * a `bad-argument` flag and makes the chain invalid.
 *
 * @example
 * import type { LogFileSource } from 'cloudtrail-codecs/integrity';
 * const files = new Map([['trail-bucket/AWSLogs/…_20260302T1005Z_Mu0KsOhtH1ar15ZZ.json.gz', new Uint8Array(0)]]);
 * const asMap: LogFileSource = files;
 * const asRecord: LogFileSource = Object.fromEntries(files);
 * const asEntries: LogFileSource = [...files];
 */
export type LogFileSource =
  | ReadonlyMap<string, LogFileBytes>
  | LogFileLookup
  | LogFileGetter
  | Readonly<Record<string, LogFileBytes>>
  | Iterable<readonly [string, LogFileBytes]>;

/**
 * The most log files one chain check takes from a list of entries or a
 * list of held keys. A year of one region's log files is some hundred
 * thousand; beyond this the input is refused (`bad-argument`), so the work
 * stays bounded.
 *
 * @example
 * import { MAX_HELD_LOG_FILES } from 'cloudtrail-codecs/integrity';
 * MAX_HELD_LOG_FILES; // 10000000
 */
export const MAX_HELD_LOG_FILES = 10_000_000;

/** @internal A log file source as recognised. */
export type Source =
  | { readonly kind: 'none' }
  | { readonly kind: 'bad'; readonly message: string }
  | {
      readonly kind: 'read';
      /** The bytes (anything: checked later), undefined when not held; may throw. */
      readonly read: (bucket: string, key: string) => Promise<unknown>;
      /** The keys the caller holds, when the source knows them; may throw. */
      readonly held: (() => Iterable<unknown>) | undefined;
    };

const mapGet = Map.prototype.get;
const mapHas = Map.prototype.has;
const mapKeys = Map.prototype.keys;
const hasOwn = Object.prototype.hasOwnProperty;

const absent = (v: unknown): boolean => v === undefined || v === null;

/** @internal Recognises a `logFiles` argument; never throws. */
export function readLogFileSource(u: unknown): Source {
  if (u === undefined) return { kind: 'none' };
  if (typeof u === 'function') {
    const lookup = u as LogFileLookup;
    return { kind: 'read', read: async (bucket, key) => lookup(bucket, key), held: undefined };
  }
  if (typeof u !== 'object' || u === null) return bad(`logFiles is ${u === null ? 'null' : `a ${typeof u}`}`);
  if (isRealMap(u)) return fromMap(u as Map<unknown, unknown>);
  if (bytesOf(u) !== undefined) return bad('logFiles is bytes, not a set of log files');
  const get = readProperty(u, 'get');
  if (get === UNREADABLE) return bad('logFiles could not be read');
  if (typeof get === 'function') {
    const keys = readProperty(u, 'keys');
    return {
      kind: 'read',
      read: async (bucket, key) => {
        const both = await get.call(u, `${bucket}/${key}`);
        return absent(both) ? get.call(u, key) : both;
      },
      held: typeof keys === 'function' ? () => keys.call(u) as Iterable<unknown> : undefined,
    };
  }
  const iterator = readProperty(u, Symbol.iterator as unknown as string);
  if (iterator === UNREADABLE) return bad('logFiles could not be read');
  if (typeof iterator === 'function') return fromEntries(u as Iterable<unknown>);
  if (isPlainObject(u)) {
    const record = u as Record<string, unknown>;
    const own = (k: string): unknown => (hasOwn.call(record, k) ? record[k] : undefined);
    return {
      kind: 'read',
      read: async (bucket, key) => {
        const both = own(`${bucket}/${key}`);
        return absent(both) ? own(key) : both;
      },
      held: () => Object.keys(record),
    };
  }
  return bad('logFiles is an object of a kind not recognised');
}

function bad(what: string): Source {
  return {
    kind: 'bad',
    message: `${what}: give a Map, an object with get(), a plain object or a list of [key, bytes] entries, or a lookup function; no log file was checked`,
  };
}

/** A Map of any realm (its internal slot answers), never a Proxy of one. */
function isRealMap(u: object): boolean {
  try {
    mapHas.call(u, '');
    return true;
  } catch {
    return false;
  }
}

function fromMap(map: Map<unknown, unknown>): Source {
  return {
    kind: 'read',
    read: async (bucket, key) => {
      const both = mapGet.call(map, `${bucket}/${key}`);
      return absent(both) ? mapGet.call(map, key) : both;
    },
    held: () => mapKeys.call(map) as Iterable<unknown>,
  };
}

/** A list of `[key, bytes]` entries, read once into a Map: at most {@link MAX_HELD_LOG_FILES}. */
function fromEntries(entries: Iterable<unknown>): Source {
  const map = new Map<unknown, unknown>();
  let i = 0;
  try {
    for (const entry of entries) {
      if (i >= MAX_HELD_LOG_FILES) return bad(`logFiles has more than ${MAX_HELD_LOG_FILES} entries`);
      const key = typeof entry === 'object' && entry !== null ? readProperty(entry, 0) : UNREADABLE;
      if (typeof key !== 'string') return bad(`logFiles entry [${i}] is not a [key, bytes] pair with a text key`);
      map.set(key, readProperty(entry as object, 1));
      i++;
    }
  } catch (e) {
    return bad(`the logFiles entries could not be read (${errorName(e)})`);
  }
  return fromMap(map);
}

/** An object literal or `Object.create(null)`, of any realm: one prototype at most. */
function isPlainObject(u: object): boolean {
  try {
    const proto: unknown = Object.getPrototypeOf(u);
    return proto === null || Object.getPrototypeOf(proto) === null;
  } catch {
    return false;
  }
}
