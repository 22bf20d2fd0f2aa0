// A local copy of a trail bucket, as `aws s3 sync` leaves it: walked once,
// without reading any file, into digests grouped by chain and the other
// CloudTrail files by S3 key. Only names are kept; bytes are read later,
// one file at a time, when a digest names it.
import { opendir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { parseObjectPath, type CloudTrailObjectKey, type DigestObjectKey } from '../object-keys/index.js';

/** A digest file of the folder: its S3 key, its local path and what its key says. */
export interface TrailFile<K extends CloudTrailObjectKey = CloudTrailObjectKey> {
  readonly key: string;
  readonly path: string;
  readonly parsed: K;
}

/**
 * Another CloudTrail file of the folder, kept small (a copy may hold
 * millions): what its key says that the report needs. Its path is
 * {@link TrailFolder.pathOf} its key.
 */
export interface HeldFile {
  readonly kind: Exclude<CloudTrailObjectKey['kind'], 'digest' | 'backfill-digest'>;
  readonly accountId: string;
  readonly region: string;
}

/** The digests of one trail in one account and region: one chain, oldest first. */
export interface DigestChainFiles {
  readonly prefix: string;
  readonly organizationId: string | undefined;
  readonly accountId: string;
  readonly region: string;
  readonly trailName: string;
  readonly homeRegion: string;
  readonly digests: Array<TrailFile<DigestObjectKey>>;
}

/** What the walk found. */
export interface TrailFolder {
  /** The folder keys are relative to: the one given, or the one that holds its `AWSLogs` folder. */
  readonly root: string;
  /** Chains, in a stable order (by prefix, account, region, trail). */
  readonly chains: DigestChainFiles[];
  /** Every CloudTrail file that is not a digest, by S3 key. */
  readonly files: Map<string, HeldFile>;
  /** The local path of a key the walk found. */
  pathOf(key: string): string;
  /** Files that are not CloudTrail's (by their key), counted, with the first few kept. */
  ignored: number;
  readonly ignoredExamples: string[];
  /** Folders that could not be read, with why. */
  readonly problems: string[];
}

const MAX_EXAMPLES = 100;

/**
 * The folder `keyRoot` for keys: a folder given inside a trail's layout
 * (`copy/AWSLogs/111122223333`) is read from the folder that holds its
 * `AWSLogs`, so that keys keep their full form.
 */
function keyRoot(folder: string): string {
  const abs = resolve(folder);
  const parts = abs.split(sep);
  const at = parts.indexOf('AWSLogs');
  return at > 0 ? parts.slice(0, at).join(sep) || sep : abs;
}

/**
 * Walks `folder` (a loop over a stack of folders, never recursion) and
 * classifies every file by its key: `prefix` and the path below the key
 * root, with `/` separators. Symbolic links to folders are not followed, so
 * a loop of links cannot trap the walk. `onFile` is told of each file, for
 * progress.
 */
export async function walkTrailFolder(folder: string, prefix: string, onFile?: (count: number) => void): Promise<TrailFolder> {
  const root = keyRoot(folder);
  const chains = new Map<string, DigestChainFiles>();
  const found: TrailFolder = {
    root,
    chains: [],
    files: new Map(),
    pathOf: (key) => join(root, ...key.slice(prefix.length).split('/')),
    ignored: 0,
    ignoredExamples: [],
    problems: [],
  };
  const stack = [resolve(folder)];
  let count = 0;
  while (stack.length > 0) {
    const dir = stack.pop() as string;
    let entries;
    try {
      entries = await opendir(dir);
    } catch (e) {
      found.problems.push(`${relative(root, dir) || '.'}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      continue;
    }
    const subfolders: string[] = [];
    for await (const entry of entries) {
      const path = join(dir, entry.name);
      let isFile = entry.isFile();
      if (entry.isDirectory()) {
        subfolders.push(path);
        continue;
      }
      if (entry.isSymbolicLink()) isFile = await stat(path).then((s) => s.isFile(), () => false);
      if (!isFile) continue;
      onFile?.(++count);
      const key = prefix + relative(root, path).split(sep).join('/');
      const parsed = parseObjectPath(key);
      if (parsed.kind === 'not-cloudtrail') {
        if (found.ignoredExamples.length < MAX_EXAMPLES) found.ignoredExamples.push(key);
        found.ignored++;
      } else if (parsed.kind === 'digest' || parsed.kind === 'backfill-digest') {
        const id = [parsed.prefix, parsed.organizationId ?? '', parsed.accountId, parsed.region, parsed.trailName, parsed.homeRegion].join('\u0000');
        let chain = chains.get(id);
        if (chain === undefined) {
          const { organizationId, accountId, region, trailName, homeRegion } = parsed;
          chains.set(id, (chain = { prefix: parsed.prefix, organizationId, accountId, region, trailName, homeRegion, digests: [] }));
        }
        chain.digests.push({ key, path, parsed });
      } else {
        found.files.set(key, { kind: parsed.kind, accountId: parsed.accountId, region: parsed.region });
      }
    }
    // Sorted, and pushed in reverse, so that folders are walked in name order.
    subfolders.sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
    for (const folder of subfolders) stack.push(folder);
  }
  for (const id of [...chains.keys()].sort()) {
    const chain = chains.get(id) as DigestChainFiles;
    // Time order: the time in the name, then the key (a backfill digest after the hourly one of the same time).
    chain.digests.sort((a, b) => a.parsed.deliveryTime.time.getTime() - b.parsed.deliveryTime.time.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    found.chains.push(chain);
  }
  return found;
}
