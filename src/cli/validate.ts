// `validate <folder>`: offline proof that a local copy of a trail is whole
// and unaltered. The folder is walked for names only; each chain of digests
// (one trail, account and region) is read and checked by verifyDigestChain,
// which asks for each log file as a digest names it, so one log file at a
// time is in memory. Each chain's report is written when it is done.
import { readFile, stat } from 'node:fs/promises';
import { clipText, escapeText } from '../index.js';
import { readDigestObject, readPublicKeys, verifyDigestChain, type DigestObjectInput, type PublicKeySet } from '../integrity/index.js';
import type { ValidateOptions } from './args.js';
import { Progress, type CliIo, type Output } from './output.js';
import { walkTrailFolder, type DigestChainFiles, type TrailFolder } from './trailFolder.js';
import { readPublicKeyFiles, readSignatures, type Signatures } from './validateInputs.js';
import { ChainTotals, ValidateJson, ValidateText, type ChainResult, type ValidateReportWriter } from './validateReport.js';

/** Runs `validate`; the exit code. */
export async function runValidate(options: ValidateOptions, out: Output, io: CliIo): Promise<number> {
  const refuse = (reason: string): number => {
    io.stderr.write(`cloudtrail-codecs: ${reason}\n`);
    return 2;
  };
  const folderProblem = await checkFolder(options.folder);
  if (folderProblem !== undefined) return refuse(folderProblem);
  const entries = await readPublicKeyFiles(options.publicKeys);
  if ('error' in entries) return refuse(entries.error);
  const keys = readPublicKeys(entries);
  const signatures = await readSignatures(options.signatures);
  if ('error' in signatures) return refuse(signatures.error);

  const warnings: string[] = keyWarnings(keys);
  if (options.bucket === undefined) {
    warnings.push('no --bucket given: each digest is checked against the bucket it names itself, so the bucket it was read from is not verified (its key still is)');
  }
  const progress = new Progress(io.stderr);
  const folder = await walkTrailFolder(options.folder, options.prefix, (n) => progress.show(() => `validate: ${n} files found`));
  progress.done();
  for (const p of folder.problems) warnings.push(`a folder could not be read, and what it holds was not checked: ${escapeText(p)}`);

  const writer: ValidateReportWriter = options.json ? new ValidateJson(out, options) : new ValidateText(out);
  writer.begin(warnings);
  const totals = new ChainTotals();
  const covered = new Set<string>();
  const hints = new Set<string>();
  for (let c = 0; c < folder.chains.length; c++) {
    const chain = folder.chains[c] as DigestChainFiles;
    const result = await checkChain(chain, folder, signatures, keys, options, hints, (line) => progress.show(() => `validate: chain ${c + 1} of ${folder.chains.length}: ${line}`));
    progress.done();
    for (const l of result.report.logFiles) covered.add(l.key);
    totals.add(result);
    writer.chain(result);
    await out.pause();
  }
  const notCovered = [...folder.files].filter(([key, f]) => f.kind === 'log' && !covered.has(key)).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  totals.notCovered = notCovered.length;
  const ok = totals.ok() && folder.chains.length > 0 && folder.problems.length === 0;
  const problems: string[] = [];
  if (folder.chains.length === 0) {
    problems.push(
      `no digest files under ${escapeText(clipText(options.folder, 200))}: digests are in AWSLogs/<account>/CloudTrail-Digest/<region>/…; without them nothing can be proven (is log file validation on for the trail, and was the folder synced whole?)`,
    );
  }
  writer.end({ notCovered, folder, warnings: [...hints], problems, totals, ok });
  return ok ? 0 : 1;
}

async function checkFolder(folder: string): Promise<string | undefined> {
  try {
    const s = await stat(folder);
    return s.isDirectory() ? undefined : `validate takes a folder: ${quote(folder)} is a file (give the folder the trail was synced to)`;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return `the folder ${quote(folder)} cannot be read: ${code === 'ENOENT' ? 'no such folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : escapeText(String((e as Error).message))}`;
  }
}

const quote = (s: string): string => `'${escapeText(clipText(s, 200))}'`;

/** Keys that cannot be used, and problems with the list, as warnings: digests signed with them will fail with the reason. */
function keyWarnings(keys: PublicKeySet): string[] {
  const warnings = keys.problems.map((p) => `public keys: ${p}`);
  for (const k of keys.keys) if (k.problem !== undefined) warnings.push(`public key [${k.index}] (${quote(k.fingerprint)}) cannot be used: ${k.problem}`);
  return warnings;
}

/** Reads one chain's digests and checks it, reading each log file as a digest names it. */
async function checkChain(
  chain: DigestChainFiles,
  folder: TrailFolder,
  signatures: Signatures,
  keys: PublicKeySet,
  options: ValidateOptions,
  hints: Set<string>,
  progress: (line: string) => void,
): Promise<ChainResult> {
  const digests: DigestObjectInput[] = [];
  const unreadable: Array<{ key: string; problem: string }> = [];
  const unsigned = new Set<string>();
  for (let i = 0; i < chain.digests.length; i++) {
    const file = chain.digests[i]!;
    progress(`reading digest ${i + 1} of ${chain.digests.length}`);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file.path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      unreadable.push({ key: file.key, problem: code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOENT' ? 'it vanished during the run' : escapeText(String(e)) });
      continue;
    }
    const read = readDigestObject(bytes);
    const named = read.ok ? read.digest : undefined;
    if (named !== undefined && named.digestS3Object !== file.key) prefixHint(named.digestS3Object, file.key, options.prefix, hints);
    const metadata = signatures.get(file.key);
    if (metadata === undefined) unsigned.add(file.key);
    digests.push({
      digest: bytes,
      // Without --bucket, the bucket the digest names: its key is still checked.
      bucket: options.bucket ?? named?.digestS3Bucket ?? '',
      key: file.key,
      ...(metadata === undefined ? {} : { metadata: metadata as Readonly<Record<string, string>> }),
    });
  }
  let logsRead = 0;
  const report = await verifyDigestChain({
    digests,
    publicKeys: keys,
    allowRestarts: options.allowRestarts,
    ...(options.expectedEnd === undefined ? {} : { expectedEnd: options.expectedEnd }),
    logFiles: async (bucket, key) => {
      // A copy of one bucket holds no other bucket's files.
      if (options.bucket !== undefined && bucket !== options.bucket) return undefined;
      if (!folder.files.has(key)) return undefined;
      progress(`${digests.length} digests, log file ${++logsRead}`);
      return readFile(folder.pathOf(key));
    },
  });
  return { chain, report, unreadable, unsigned };
}

/**
 * When a digest names its key under a prefix the folder does not show, the
 * folder was likely synced from below the bucket's root: say which
 * `--prefix` to give (once per prefix).
 */
function prefixHint(named: string, key: string, prefix: string, hints: Set<string>): void {
  const below = key.slice(prefix.length);
  if (!named.endsWith(below) || named.length === below.length + prefix.length) return;
  const theirs = named.slice(0, named.length - below.length);
  const shown = theirs.replace(/\/$/, '');
  if (shown === '') hints.add('digests name their keys without the prefix given with --prefix: run again without it');
  else if (/^[\w.\-/=+@,:]{0,300}$/.test(shown)) {
    hints.add(`digests name their keys under the prefix '${shown}', which the folder's paths do not have: if it was synced from s3://<bucket>/${shown}, run again with --prefix ${shown}`);
  } else {
    hints.add(`digests name their keys under another prefix than the folder's paths: ${quote(theirs)}; give it with --prefix`);
  }
}
