// Release check of the npm package, run after `npm run build`:
//   npx tsx scripts/pack-check.ts [--keep]
// Packs the package, installs the tarball into a throw-away project and
// checks what users get: the file list, the links of the shipped guides,
// require and import of every entry, TypeScript consumers (node16 and
// bundler, with TypeScript 5.9 and 7), publint, attw, and
// `npm publish --dry-run`. Exits 1 on any problem. `--keep` leaves the
// temporary directory in place for debugging.
//
// The markdown link check is exported too, so the test suite runs it on
// `npm pack --dry-run` without the slow steps.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, resolve } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { packageEntries } from './entries.js';

const root = resolve(import.meta.dirname, '..');
const NESTED = 'CLOUDTRAIL_CODECS_PACK_CHECK';

/** Entry subpaths and the file name their build has in dist/ (from scripts/entries.ts). */
const ENTRIES: Readonly<Record<string, string>> = Object.fromEntries(packageEntries.map((e) => [e.subpath, e.name]));

/**
 * Files users get besides dist/. The README links the changelog and the
 * benchmark results, so they ship with it.
 */
const REQUIRED_FILES = ['package.json', 'README.md', 'LICENSE', 'NOTICE', 'models/NOTICE', 'CHANGELOG.md', 'bench/results.md'];
const OPTIONAL_FILES: readonly string[] = [];
const DIST_FILE = /^dist\/(?:[^/]+\/)*[^/]+\.(?:js|cjs|d\.ts|d\.cts)(?:\.map)?$/;
/** The guides: docs/*.md and the generated service pages docs/services/*.md, not the generated docs/api/. */
const GUIDE_FILE = /^docs\/(?:services\/)?[^/]+\.md$/;

/**
 * The consumer's dependencies. `typescript7` is TypeScript 7, the native
 * compiler that `npm i -D typescript` installs today, beside the 5.9 the
 * repository builds with.
 */
const INSTALL = ['io-ts@2', 'fp-ts@2', 'fast-check@4', '@standard-schema/spec@1', 'typescript@5.9.3', 'typescript7@npm:typescript@7', '@types/node@20'];

/** The compilers the TypeScript consumers are checked with: package folder and expected major version. */
const COMPILERS = [
  { label: 'TypeScript 5.9', dir: 'typescript', major: 5 },
  { label: 'TypeScript 7', dir: 'typescript7', major: 7 },
] as const;

/**
 * npm warnings that come from the machine's own npm configuration or from
 * having no registry login, not from the package; printed, never hidden.
 */
const ENVIRONMENT_WARNINGS = [
  /^npm warn Unknown (?:user|global|builtin|env) config /i,
  /^npm warn publish This command requires you to be logged in .*\(dry-run\)/i,
];

interface PackFile {
  readonly path: string;
  readonly size: number;
  readonly mode: number;
}

interface PackResult {
  readonly name: string;
  readonly version: string;
  readonly filename: string;
  readonly size: number;
  readonly unpackedSize: number;
  readonly shasum: string;
  readonly files: readonly PackFile[];
}

interface Outcome {
  /** The one-line result. */
  readonly summary: string;
  /** Empty when the step passed. */
  readonly problems: readonly string[];
  /** Printed under the result line whatever the outcome. */
  readonly info?: readonly string[];
}

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly command: string;
}

function run(command: string, args: readonly string[], cwd: string, timeoutSeconds = 600): Run {
  const r = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: timeoutSeconds * 1000,
    env: { ...process.env, [NESTED]: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  const stderr = r.error === undefined ? r.stderr : `${r.stderr ?? ''}\n${r.error.message}`;
  return { status: r.status, stdout: r.stdout ?? '', stderr: stderr ?? '', command: [command, ...args].join(' ') };
}

/** The command, its exit status and the last lines of its output, for a report. */
function failure(r: Run, lines = 40): string {
  const out = `${r.stdout}\n${r.stderr}`.trim().split('\n');
  const tail = out.length > lines ? ['…', ...out.slice(-lines)] : out;
  return [`\`${r.command}\` exited ${r.status ?? 'by timeout or signal'}:`, ...tail.map((l) => `    ${l}`)].join('\n');
}

/** npm warnings and errors in some output, split into the package's and the environment's. */
function npmWarnings(text: string): { ours: string[]; environment: string[] } {
  const ours: string[] = [];
  const environment: string[] = [];
  for (const line of text.split('\n')) {
    if (!/^npm (?:warn|error|ERR!)/i.test(line)) continue;
    (ENVIRONMENT_WARNINGS.some((re) => re.test(line)) ? environment : ours).push(line.trim());
  }
  return { ours, environment };
}

function kB(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} kB`;
}

function specifier(subpath: string): string {
  return subpath === '.' ? 'cloudtrail-codecs' : `cloudtrail-codecs/${subpath.slice(2)}`;
}

/** Every file that package.json points users at, relative to the package. */
function referencedFiles(pkg: Record<string, unknown>): Map<string, string> {
  const found = new Map<string, string>();
  const add = (where: string, value: unknown): void => {
    if (typeof value === 'string') {
      if (!value.includes('*')) found.set(value.replace(/^\.\//, ''), where);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => add(`${where}[${i}]`, v));
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) add(`${where}[${JSON.stringify(k)}]`, v);
    }
  };
  for (const field of ['main', 'module', 'types', 'typings', 'exports', 'typesVersions']) add(field, pkg[field]);
  add('bin', pkg['bin']);
  return found;
}

function binEntries(pkg: Record<string, unknown>): Array<[string, string]> {
  const bin = pkg['bin'];
  const name = String(pkg['name']).replace(/^@[^/]+\//, '');
  if (typeof bin === 'string') return [[name, bin]];
  if (typeof bin === 'object' && bin !== null) return Object.entries(bin).map(([k, v]) => [k, String(v)]);
  return [];
}

// ---------------------------------------------------------------------------
// Links in the shipped markdown.

/** One link target found in a markdown file, with its 1-based line. */
export interface MarkdownLink {
  readonly target: string;
  readonly line: number;
}

/** Inline links and images: `[text](target "title")`, `![alt](<target>)`. */
const INLINE_LINK = /!?\[(?:[^[\]\n]|\[[^\]\n]*\])*\]\(\s*(<[^>\n]*>|[^\s)]+)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?\s*\)/g;
/** Reference definitions: `[id]: target`. */
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]+\]:\s*(<[^>\n]*>|\S+)/;
/** Links in raw HTML: `href="…"`, `src="…"`. */
const HTML_LINK = /\b(?:href|src)\s*=\s*(?:"([^"\n]*)"|'([^'\n]*)')/gi;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})\s*$/;

/** The lines of a markdown text outside its front matter and fenced code blocks, with 1-based numbers. */
function proseLines(text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  const lines = text.split(/\r?\n/);
  let i = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, j) => j > 0 && l.trim() === '---');
    if (end > 0) i = end + 1;
  }
  let fence: string | undefined;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (fence !== undefined) {
      // A fence closes on a bare run of its own character, at least as long.
      const close = FENCE_CLOSE.exec(line)?.[1];
      if (close !== undefined && close[0] === fence[0] && close.length >= fence.length) fence = undefined;
      continue;
    }
    const open = FENCE_OPEN.exec(line)?.[1];
    if (open !== undefined) fence = open;
    else out.push([i + 1, line]);
  }
  return out;
}

/** The link targets of a markdown text, outside code blocks and code spans. */
export function markdownLinks(text: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  for (const [line, raw] of proseLines(text)) {
    const prose = raw.replace(/(`+)[^`]*?\1/g, '');
    const def = REFERENCE_DEFINITION.exec(prose);
    if (def?.[1] !== undefined) links.push({ target: def[1], line });
    for (const m of prose.matchAll(INLINE_LINK)) if (m[1] !== undefined) links.push({ target: m[1], line });
    for (const m of prose.matchAll(HTML_LINK)) {
      const target = m[1] ?? m[2];
      if (target !== undefined) links.push({ target, line });
    }
  }
  return links.map((l) => ({ ...l, target: l.target.replace(/^<(.*)>$/, '$1') }));
}

/**
 * The anchors a markdown text defines: GitHub's heading slugs (lower case,
 * punctuation dropped, spaces to hyphens, repeats numbered) and explicit
 * `id`/`name` attributes.
 */
export function markdownAnchors(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, raw] of proseLines(text)) {
    for (const m of raw.matchAll(/\b(?:id|name)\s*=\s*["']([^"'\n]+)["']/g)) if (m[1] !== undefined) anchors.add(m[1]);
    const heading = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(raw);
    if (heading?.[1] === undefined) continue;
    const textOnly = heading[1]
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // a link's text only
      .replace(/<[^>]+>/g, '') // HTML tags
      .replace(/[`*]/g, ''); // code and emphasis marks
    const base = textOnly
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

/** Whether a link leaves the package: a URL with a scheme, or protocol-relative. */
function isAbsoluteLink(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');
}

/**
 * Problems with the relative links of every markdown file in `files` (paths
 * relative to the package root, `/`-separated): each must name a file that is
 * in `files` itself, and an anchor must name a heading of the markdown file
 * it points into. `read` gives a file's text.
 */
export function markdownLinkProblems(
  files: ReadonlySet<string>,
  read: (path: string) => string,
): { documents: number; links: number; problems: string[] } {
  const problems: string[] = [];
  const anchorCache = new Map<string, Set<string>>();
  const anchorsOf = (path: string): Set<string> => {
    let anchors = anchorCache.get(path);
    if (anchors === undefined) anchorCache.set(path, (anchors = markdownAnchors(read(path))));
    return anchors;
  };
  const documents = [...files].filter((f) => f.endsWith('.md')).sort();
  let links = 0;
  for (const doc of documents) {
    for (const { target, line } of markdownLinks(read(doc))) {
      if (isAbsoluteLink(target)) continue;
      links++;
      const where = `${doc}:${line}: [${target}]`;
      const hash = target.indexOf('#');
      const pathPart = hash < 0 ? target : target.slice(0, hash);
      const anchor = hash < 0 ? undefined : target.slice(hash + 1);
      let path: string;
      try {
        path = decodeURIComponent(pathPart.replace(/\?.*$/, ''));
      } catch {
        problems.push(`${where} is not a valid URL path`);
        continue;
      }
      if (path.startsWith('/')) {
        problems.push(`${where} is relative to a site root, which an installed package does not have; make it relative to ${doc} or absolute`);
        continue;
      }
      const resolved = path === '' ? doc : posix.normalize(posix.join(posix.dirname(doc), path)).replace(/\/$/, '');
      if (resolved === '..' || resolved.startsWith('../')) {
        problems.push(`${where} points outside the package`);
        continue;
      }
      const isFile = files.has(resolved);
      const isFolder = !isFile && [...files].some((f) => f.startsWith(`${resolved}/`));
      if (!isFile && !isFolder) {
        problems.push(`${where} points at ${resolved}, which is not in the package: ship it or use an absolute URL`);
        continue;
      }
      if (anchor !== undefined && anchor !== '' && isFile && resolved.endsWith('.md')) {
        let decoded = anchor;
        try {
          decoded = decodeURIComponent(anchor);
        } catch {
          // Compared as written.
        }
        if (!anchorsOf(resolved).has(decoded.toLowerCase()) && !anchorsOf(resolved).has(decoded)) {
          problems.push(`${where}: ${resolved} has no heading or anchor "${decoded}"`);
        }
      }
    }
  }
  return { documents: documents.length, links, problems };
}

// ---------------------------------------------------------------------------
// What the consumer project runs and compiles.

/** A small AssumedRole record, as CloudTrail writes it. */
const RECORD = {
  eventVersion: '1.11',
  userIdentity: {
    type: 'AssumedRole',
    principalId: 'AROAQXAMPLEDEPLOY001:ci-build-4711',
    arn: 'arn:aws:sts::111122223333:assumed-role/Deployer/ci-build-4711',
    accountId: '111122223333',
    accessKeyId: 'ASIAQXAMPLEDEPLOY001',
    sessionContext: {
      sessionIssuer: {
        type: 'Role',
        principalId: 'AROAQXAMPLEDEPLOY001',
        arn: 'arn:aws:iam::111122223333:role/Deployer',
        accountId: '111122223333',
        userName: 'Deployer',
      },
      webIdFederationData: {},
      attributes: { creationDate: '2026-03-02T09:14:05Z', mfaAuthenticated: 'false' },
    },
  },
  eventTime: '2026-03-02T09:16:40Z',
  eventSource: 'sqs.amazonaws.com',
  eventName: 'SendMessage',
  awsRegion: 'eu-west-1',
  sourceIPAddress: '198.51.100.24',
  userAgent: 'aws-cli/2.17.0',
  requestParameters: { queueUrl: 'https://sqs.eu-west-1.amazonaws.com/111122223333/jobs' },
  responseElements: null,
  requestID: '5c0d0002-1e6b-4f1e-9a1d-7f3b2c9e0002',
  eventID: '0b9e0002-8f0a-4c2e-b7d4-3e6a1f2d0002',
  readOnly: false,
  eventType: 'AwsApiCall',
  managementEvent: false,
  recipientAccountId: '111122223333',
  eventCategory: 'Data',
};

/**
 * The runtime check, shared by check.cjs and check.mjs: each passes how it
 * loads a module and how it resolves a specifier to a file.
 */
function runtimeCheckBody(extension: '.cjs' | '.js'): string {
  return `
const ENTRIES = ${JSON.stringify(ENTRIES)};
const RECORD = ${JSON.stringify(RECORD)};
const EXPECTED_VERSION = process.argv[2];

async function main(format, load, resolveFile, deepEqual) {
  let failed = 0;
  const report = (ok, label, why) => {
    if (ok) console.log('ok - ' + label);
    else { failed++; console.log('not ok - ' + label + (why ? ': ' + why : '')); }
  };
  // Runs one check; a throw is a failure, not the end of the run.
  const check = async (label, fn) => {
    try {
      const r = await fn();
      report(r === true, label, r === true ? '' : String(r));
    } catch (e) {
      report(false, label, 'threw ' + (e && e.stack ? e.stack.split('\\n').slice(0, 3).join(' | ') : String(e)));
    }
  };
  const spec = (s) => (s === '.' ? 'cloudtrail-codecs' : 'cloudtrail-codecs/' + s.slice(2));
  const m = {};
  for (const [subpath, base] of Object.entries(ENTRIES)) {
    await check(format + ' ' + spec(subpath), async () => {
      const file = resolveFile(spec(subpath)).replace(/\\\\/g, '/');
      const want = '/node_modules/cloudtrail-codecs/dist/' + base + '${extension}';
      if (!file.endsWith(want)) return 'resolves to ' + file + ', expected …' + want;
      m[subpath] = await load(spec(subpath));
      return true;
    });
  }
  const fn = (subpath, name) => async () =>
    typeof (m[subpath] || {})[name] === 'function' || spec(subpath) + ' has no function ' + name;

  await check('cloudtrail-codecs/package.json is exported', async () => {
    const pkg = JSON.parse(require_('fs').readFileSync(resolveFile('cloudtrail-codecs/package.json'), 'utf8'));
    return pkg.version === EXPECTED_VERSION || 'version ' + pkg.version + ', packed ' + EXPECTED_VERSION;
  });
  await check('CloudTrailRecord.decode is a function', async () => typeof m['.'].CloudTrailRecord.decode === 'function');
  await check('decodeLogStream', fn('./stream', 'decodeLogStream'));
  await check('LogStreamDecoder', fn('./stream', 'LogStreamDecoder'));
  await check('AppMeshEvent.decode is a function', async () => typeof m['./appmesh'].AppMeshEvent.decode === 'function');
  await check('exactlyOne', fn('./service-kit', 'exactlyOne'));
  await check('Fixtures', fn('./builders', 'Fixtures'));
  await check('appMeshBuilders', fn('./builders', 'appMeshBuilders'));
  await check('appMeshEventArbitrary', fn('./arbitraries', 'appMeshEventArbitrary'));

  await check('CloudTrailRecord decodes an AssumedRole record', async () => {
    const { CloudTrailRecord, decodeRecord } = m['.'];
    const r = CloudTrailRecord.decode(RECORD);
    if (r._tag !== 'Right') return 'Left: ' + decodeRecord(RECORD).error?.message;
    if (!(r.right.eventTime instanceof Date)) return 'eventTime is not a Date';
    if (r.right.userIdentity.type !== 'AssumedRole') return 'userIdentity.type is ' + r.right.userIdentity.type;
    deepEqual(CloudTrailRecord.encode(r.right), RECORD);
    return true;
  });
  await check('LogStreamDecoder decodes a log file', async () => {
    const d = new m['./stream'].LogStreamDecoder();
    const items = [...d.push(JSON.stringify({ Records: [RECORD, { eventVersion: 5 }] })), ...d.end()];
    const kinds = items.map((i) => i.kind).join(',');
    return kinds === 'record,failure' || 'items: ' + kinds;
  });
  await check('appMeshBuilders(new Fixtures()) output decodes with AppMeshEvent', async () => {
    const am = m['./builders'].appMeshBuilders(new m['./builders'].Fixtures({ seed: 7 }));
    const r = m['./appmesh'].AppMeshEvent.decode(am.createRoute());
    return (r._tag === 'Right' && r.right.eventName === 'CreateRoute') || 'did not decode as CreateRoute';
  });
  await check('exactlyOne builds a union codec', async () => {
    const { struct, StringValue } = m['.'];
    const Trust = m['./service-kit'].exactlyOne('Trust', { file: struct('FileTrust', { path: StringValue }) });
    return (Trust.is({ file: { path: '/ca.pem' } }) && !Trust.is({})) || 'wrong answers';
  });
  await check('appMeshEventArbitrary samples decode', async () => {
    const fc = await load('fast-check');
    const events = fc.sample(m['./arbitraries'].appMeshEventArbitrary(), { numRuns: 20, seed: 42 });
    const bad = events.filter((e) => m['./appmesh'].AppMeshEvent.decode(e)._tag !== 'Right');
    return bad.length === 0 || bad.length + ' of 20 did not decode';
  });
  if (failed > 0) process.exitCode = 1;
}
`;
}

const CHECK_CJS = `'use strict';
const require_ = require;
${runtimeCheckBody('.cjs')}
main('require', async (s) => require(s), (s) => require.resolve(s), require('node:assert/strict').deepStrictEqual);
`;

const CHECK_MJS = `import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { deepStrictEqual } from 'node:assert/strict';
const require_ = createRequire(import.meta.url);
${runtimeCheckBody('.js')}
await main('import', (s) => import(s), (s) => fileURLToPath(import.meta.resolve(s)), deepStrictEqual);
`;

/** A consumer that imports every entry and leans on its types. */
const CONSUMER = `
import { CloudTrailRecord, StringValue, struct } from 'cloudtrail-codecs';
import { decodeRecordText } from 'cloudtrail-codecs/containers';
import { actorOf, type Actor } from 'cloudtrail-codecs/actor';
import { LogStreamDecoder, decodeLogStream, type LogStreamItem } from 'cloudtrail-codecs/stream';
import {
  AppMeshEvent,
  isSucceededCall,
  type CreateRouteSucceeded,
  type WeightedTarget,
} from 'cloudtrail-codecs/appmesh';
import { exactlyOne } from 'cloudtrail-codecs/service-kit';
import { Fixtures, appMeshBuilders, assumedRole, record } from 'cloudtrail-codecs/builders';
import { appMeshEventArbitrary } from 'cloudtrail-codecs/arbitraries';
import { STSEvent, isSucceededSTSCall } from 'cloudtrail-codecs/sts';
import { iamService, type CreateAccessKeySucceeded } from 'cloudtrail-codecs/iam';
import { KMSEventStrict } from 'cloudtrail-codecs/kms';
import { EC2Event, isSucceededEC2Call } from 'cloudtrail-codecs/ec2';
import { S3CloudTrailEvent, isSucceededS3Call } from 'cloudtrail-codecs/s3';
import { LambdaEvent, isSucceededLambdaCall } from 'cloudtrail-codecs/lambda';
import { TypedRecord, serviceFor } from 'cloudtrail-codecs/services';
import { decodeCloudWatchLogsEvent, type CloudWatchLogsFailure } from 'cloudtrail-codecs/cloudwatch-logs';
import { accountOf, parseObjectKey } from 'cloudtrail-codecs/object-keys';
import { verifyDigestChain, type ChainReport, type DigestObjectInput } from 'cloudtrail-codecs/integrity';
import { buildSignedTrail } from 'cloudtrail-codecs/builders';
import type { StandardSchemaV1 } from '@standard-schema/spec';
import { decodeSecretsManagerEvent } from 'cloudtrail-codecs/secretsmanager';
import { decodeCloudTrailAPIEvent } from 'cloudtrail-codecs/cloudtrail';
import { decodeSSMEvent } from 'cloudtrail-codecs/ssm';
import { decodeOrganizationsEvent } from 'cloudtrail-codecs/organizations';
import { decodeDynamoDBEvent } from 'cloudtrail-codecs/dynamodb';

export const decodedBy: ReadonlyArray<(json: unknown) => { readonly success: boolean }> = [
  decodeSecretsManagerEvent,
  decodeCloudTrailAPIEvent,
  decodeSSMEvent,
  decodeOrganizationsEvent,
  decodeDynamoDBEvent,
];

export function logEventIds(event: unknown): string[] {
  const r = decodeCloudWatchLogsEvent(event);
  if (!r.success || r.data.control) return [];
  const failed: CloudWatchLogsFailure[] = r.data.failures;
  return [...r.data.payload.logEvents.map((e) => e.id), ...failed.map((f) => f.logEventId ?? '')];
}

export function accountOfKey(key: string, json: unknown): string | undefined {
  const place = parseObjectKey(key);
  const decoded = CloudTrailRecord.decode(json);
  if (place.kind === 'digest' || place.kind === 'not-cloudtrail' || decoded._tag === 'Left') return undefined;
  return accountOf(decoded.right, place)?.accountId;
}

export async function trailIsValid(): Promise<boolean> {
  const trail = await buildSignedTrail({ hours: 2 });
  const digests: readonly DigestObjectInput[] = trail.digests;
  const report: ChainReport = await verifyDigestChain({ digests, publicKeys: trail.publicKeys, logFiles: trail.logFileMap });
  return report.valid;
}

export const schema: StandardSchemaV1<unknown, CloudTrailRecord> = CloudTrailRecord;

export function expiration(json: unknown): Date | undefined {
  const r = STSEvent.decode(json);
  if (r._tag === 'Right' && r.right.eventName === 'AssumeRole' && isSucceededSTSCall(r.right)) {
    const roleArn: string = r.right.requestParameters.roleArn;
    void roleArn;
    return r.right.responseElements.credentials.expiration;
  }
  return undefined;
}

export function launched(json: unknown): Date | undefined {
  const r = EC2Event.decode(json);
  if (r._tag === 'Right' && r.right.eventName === 'RunInstances' && isSucceededEC2Call(r.right)) {
    const id: string | undefined = r.right.responseElements.instancesSet.items[0]?.instanceId;
    void id;
    return r.right.responseElements.instancesSet.items[0]?.launchTime;
  }
  return undefined;
}

export function uploaded(json: unknown): number | undefined {
  const r = S3CloudTrailEvent.decode(json);
  if (r._tag === 'Right' && r.right.eventName === 'PutObject' && isSucceededS3Call(r.right)) {
    const bucket: string = r.right.requestParameters.bucketName;
    void bucket;
    return r.right.additionalEventData?.bytesTransferredIn;
  }
  return undefined;
}

export function versioned(json: unknown): string | undefined {
  const r = LambdaEvent.decode(json);
  if (r._tag === 'Right' && r.right.eventName === 'UpdateFunctionConfiguration20150331v2' && isSucceededLambdaCall(r.right)) {
    return r.right.requestParameters.functionName;
  }
  return undefined;
}

export function typedSource(json: unknown): string | undefined {
  const r = TypedRecord.decode(json);
  return r._tag === 'Right' && 'eventSource' in r.right ? serviceFor(String(r.right.eventSource))?.name : undefined;
}

export const keyIdOf = (e: CreateAccessKeySucceeded): string | undefined => e.responseElements?.accessKey.accessKeyId;
export const iamOperations: number = iamService.operations.length;
export const kmsStrict: string = KMSEventStrict.name;

export function issuerOf(json: unknown): string | undefined {
  const decoded = CloudTrailRecord.decode(json);
  if (decoded._tag === 'Left') return undefined;
  const r = decoded.right;
  if ('userIdentity' in r && r.userIdentity.type === 'AssumedRole') {
    // @ts-expect-error narrowed to AssumedRole: the types are not any
    const root: 'Root' = r.userIdentity.type;
    void root;
    return r.userIdentity.sessionContext?.sessionIssuer?.arn;
  }
  return undefined;
}

export function targets(e: CreateRouteSucceeded): WeightedTarget[] | undefined {
  return e.requestParameters.spec.httpRoute?.action.weightedTargets;
}

export function createdAt(): Date | undefined {
  const am = appMeshBuilders(new Fixtures({ seed: 3 }));
  const r = AppMeshEvent.decode(am.createRoute());
  if (r._tag === 'Right' && r.right.eventName === 'CreateRoute' && isSucceededCall(r.right)) {
    const e: CreateRouteSucceeded = r.right;
    return e.responseElements.route.metadata.createdAt;
  }
  return undefined;
}

export const built = record({ eventName: 'SendMessage', userIdentity: assumedRole() }, { seed: 1 });
const builtRecord = decodeRecordText(JSON.stringify(built));
export const fromText: boolean = builtRecord.success;
export const builtBy: Actor | undefined = builtRecord.success ? actorOf(builtRecord.data) : undefined;

export const Trust = exactlyOne('Trust', { file: struct('FileTrust', { path: StringValue }) });
export function trustPath(u: unknown): string | undefined {
  return Trust.is(u) ? u.file?.path : undefined;
}

export async function eventNames(chunks: AsyncIterable<Uint8Array>): Promise<string[]> {
  const names: string[] = [];
  for await (const item of decodeLogStream(chunks)) {
    if (item.kind === 'record' && 'userIdentity' in item.record) names.push(item.record.eventName);
    else if (item.kind === 'failure') names.push(item.failure.message);
    else if (item.kind === 'error') throw item.error;
  }
  return names;
}

export const items: Array<LogStreamItem<CloudTrailRecord>> = [...new LogStreamDecoder().push('{"Records":[')];

export const createRoutes = appMeshEventArbitrary(['CreateRoute']).map((e) => {
  const name: 'CreateRoute' = e.eventName;
  return name;
});
`;

/** The same consumer as CommonJS, plus `import = require`. */
const CONSUMER_CTS = `${CONSUMER}
import codecs = require('cloudtrail-codecs');
export const decodedTag: 'Left' | 'Right' = codecs.CloudTrailRecord.decode({})._tag;
`;

function tsconfig(module: string, moduleResolution: string, files: readonly string[]): string {
  return JSON.stringify(
    {
      compilerOptions: {
        module,
        moduleResolution,
        target: 'es2022',
        lib: ['es2022'],
        types: ['node'],
        strict: true,
        skipLibCheck: false,
        noEmit: true,
      },
      files,
    },
    null,
    2,
  );
}

// ---------------------------------------------------------------------------
// The steps.

interface Context {
  readonly work: string;
  readonly project: string;
  pkg: Record<string, unknown>;
  pack?: PackResult;
  tarball?: string;
  installed?: boolean;
}

function checkBuild(): Outcome {
  const missing = Object.values(ENTRIES)
    .flatMap((base) => [`${base}.js`, `${base}.cjs`, `${base}.d.ts`, `${base}.d.cts`])
    .filter((f) => !existsSync(join(root, 'dist', f)));
  if (missing.length > 0) {
    return { summary: 'dist/ is incomplete: run `npm run build` first', problems: [`missing in dist/: ${missing.join(', ')}`] };
  }
  const info: string[] = [];
  const built = Math.min(...Object.values(ENTRIES).map((b) => statSync(join(root, 'dist', `${b}.js`)).mtimeMs));
  const newer = listFiles(join(root, 'src')).filter((f) => statSync(f).mtimeMs > built);
  if (newer.length > 0) info.push(`note: ${newer.length} file(s) in src/ are newer than dist/ (e.g. ${newer[0]?.slice(root.length + 1)}): the build may be stale`);
  return { summary: 'dist/ has every entry in ESM, CJS and both declaration forms', problems: [], info };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(join(dir, d.name)) : [join(dir, d.name)],
  );
}

function packContents(ctx: Context): Outcome {
  const dest = join(ctx.work, 'pack');
  mkdirSync(dest);
  const r = run('npm', ['pack', '--json', '--pack-destination', dest], root);
  if (r.status !== 0) return { summary: 'npm pack failed', problems: [failure(r)] };
  let pack: PackResult | undefined;
  try {
    pack = (JSON.parse(r.stdout) as PackResult[])[0];
  } catch {
    return { summary: 'npm pack printed no JSON', problems: [failure(r)] };
  }
  if (pack === undefined) return { summary: 'npm pack printed no result', problems: [failure(r)] };
  ctx.pack = pack;
  ctx.tarball = join(dest, pack.filename);

  const problems: string[] = [];
  const paths = new Set(pack.files.map((f) => f.path));
  const allowed = new Set([...REQUIRED_FILES, ...OPTIONAL_FILES]);
  const unwanted = pack.files.filter((f) => !allowed.has(f.path) && !DIST_FILE.test(f.path) && !GUIDE_FILE.test(f.path));
  if (unwanted.length > 0) {
    const shown = unwanted.slice(0, 25).map((f) => `    ${f.path} (${kB(f.size)})`);
    if (unwanted.length > 25) shown.push(`    … and ${unwanted.length - 25} more`);
    problems.push(`${unwanted.length} file(s) users do not need:\n${shown.join('\n')}`);
  }
  for (const f of REQUIRED_FILES) if (!paths.has(f)) problems.push(`${f} is not in the package`);
  for (const f of guidesOnDisk()) if (!paths.has(f)) problems.push(`the guide ${f} is not in the package`);
  for (const [file, where] of referencedFiles(ctx.pkg)) {
    if (!paths.has(file)) problems.push(`package.json ${where} points at ${file}, which is not in the package`);
  }
  for (const [name, target] of binEntries(ctx.pkg)) {
    const file = target.replace(/^\.\//, '');
    const abs = join(root, file);
    if (paths.has(file) && existsSync(abs) && !readFileSync(abs, 'utf8').startsWith('#!/usr/bin/env node')) {
      problems.push(`bin ${name} (${file}) does not start with #!/usr/bin/env node`);
    }
  }
  const warnings = npmWarnings(r.stderr);
  problems.push(...warnings.ours);
  // Twelve services' tables and declarations must not make the download heavy.
  if (pack.size > MAX_PACKED) problems.push(`the tarball is ${kB(pack.size)} packed, over the ${kB(MAX_PACKED)} limit`);

  const largest = [...pack.files].sort((a, b) => b.size - a.size).slice(0, 3);
  const info = [
    `tarball ${pack.filename}: ${kB(pack.size)} packed, ${kB(pack.unpackedSize)} unpacked, ${pack.files.length} files`,
    `largest: ${largest.map((f) => `${f.path} ${kB(f.size)}`).join(', ')}`,
    ...warnings.environment.map((w) => `ignored (machine's npm config, not the package): ${w}`),
  ];
  return {
    summary: `${pack.files.length} files, ${kB(pack.size)} packed / ${kB(pack.unpackedSize)} unpacked`,
    problems,
    info,
  };
}

/** The guides in the repository: docs/*.md and docs/services/*.md. */
function guidesOnDisk(): string[] {
  return ['docs', 'docs/services'].flatMap((folder) => {
    const dir = join(root, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith('.md'))
      .map((d) => `${folder}/${d.name}`);
  });
}

/** The most the packed tarball may weigh (issue 11: six services more must stay practical to install). */
const MAX_PACKED = 6e6;

/** Unpacks the tarball and checks the relative links of every markdown file in it. */
function guideLinks(ctx: Context): Outcome {
  if (ctx.tarball === undefined || ctx.pack === undefined) return { summary: 'skipped: no tarball', problems: ['npm pack did not produce a tarball'] };
  const dest = join(ctx.work, 'unpacked');
  mkdirSync(dest);
  const r = run('tar', ['-xzf', ctx.tarball, '-C', dest], ctx.work);
  if (r.status !== 0) return { summary: 'could not unpack the tarball', problems: [failure(r)] };
  // npm puts every file under package/.
  const files = new Set(listFiles(join(dest, 'package')).map((f) => f.slice(join(dest, 'package').length + 1).replace(/\\/g, '/')));
  const listed = new Set(ctx.pack.files.map((f) => f.path));
  const problems: string[] = [];
  if (files.size !== listed.size || [...listed].some((f) => !files.has(f))) {
    problems.push(`the tarball holds ${files.size} files, npm pack listed ${listed.size}`);
  }
  const result = markdownLinkProblems(files, (path) => readFileSync(join(dest, 'package', path), 'utf8'));
  problems.push(...result.problems);
  const guides = [...files].filter((f) => GUIDE_FILE.test(f)).length;
  return {
    summary: `${result.links} relative link(s) in ${result.documents} markdown files (${guides} guides) ${result.problems.length === 0 ? 'all resolve inside the package' : `: ${result.problems.length} broken`}`,
    problems,
  };
}

function install(ctx: Context): Outcome {
  if (ctx.tarball === undefined) return { summary: 'skipped: no tarball', problems: ['npm pack did not produce a tarball'] };
  mkdirSync(ctx.project);
  const init = run('npm', ['init', '-y'], ctx.project);
  if (init.status !== 0) return { summary: 'npm init failed', problems: [failure(init)] };
  // .ts files in the consumer are ESM, as in most projects that use node16.
  const pj = JSON.parse(readFileSync(join(ctx.project, 'package.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(ctx.project, 'package.json'), JSON.stringify({ ...pj, type: 'module', private: true }, null, 2));
  const r = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ctx.tarball, ...INSTALL], ctx.project, 900);
  if (r.status !== 0) return { summary: 'npm install of the tarball failed', problems: [failure(r)] };
  const problems = npmWarnings(r.stderr).ours;
  const versionOf = (name: string): string | undefined => {
    const file = join(ctx.project, 'node_modules', name, 'package.json');
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : undefined;
  };
  const ours = versionOf('cloudtrail-codecs');
  if (ours !== ctx.pack?.version) problems.push(`node_modules/cloudtrail-codecs is ${ours ?? 'missing'}, packed ${ctx.pack?.version}`);
  ctx.installed = problems.length === 0;
  const versions = ['io-ts', 'fp-ts', 'fast-check', 'typescript', 'typescript7', 'date-fns'].map((n) => `${n}@${versionOf(n) ?? 'missing'}`);
  return { summary: `installed with ${versions.join(', ')}`, problems };
}

function runtime(ctx: Context): Outcome {
  if (ctx.installed !== true) return { summary: 'skipped: not installed', problems: ['the tarball was not installed'] };
  writeFileSync(join(ctx.project, 'check.cjs'), CHECK_CJS);
  writeFileSync(join(ctx.project, 'check.mjs'), CHECK_MJS);
  const problems: string[] = [];
  const counts: string[] = [];
  for (const file of ['check.cjs', 'check.mjs']) {
    const r = run(process.execPath, [file, ctx.pack?.version ?? ''], ctx.project, 120);
    const lines = r.stdout.split('\n');
    const ok = lines.filter((l) => l.startsWith('ok - ')).length;
    const bad = lines.filter((l) => l.startsWith('not ok - '));
    counts.push(`${file} ${ok}/${ok + bad.length}`);
    if (r.status !== 0 || bad.length > 0 || ok === 0) {
      problems.push(bad.length > 0 ? `${file}:\n${bad.map((l) => `    ${l}`).join('\n')}` : failure(r));
    }
  }
  for (const [name] of binEntries(ctx.pkg)) {
    const bin = join(ctx.project, 'node_modules', '.bin', name);
    if (!existsSync(bin)) {
      problems.push(`bin ${name}: node_modules/.bin/${name} was not installed`);
      continue;
    }
    const r = run(bin, ['--version'], ctx.project, 60);
    const printed = r.stdout.trim();
    if (r.status !== 0) problems.push(`bin ${name}: ${failure(r)}`);
    else if (printed !== ctx.pack?.version) problems.push(`bin ${name} --version prints ${JSON.stringify(printed)}, the package is ${ctx.pack?.version}`);
    else counts.push(`bin ${name} --version ok`);
  }
  return { summary: counts.join(', '), problems };
}

function typescript(ctx: Context): Outcome {
  if (ctx.installed !== true) return { summary: 'skipped: not installed', problems: ['the tarball was not installed'] };
  writeFileSync(join(ctx.project, 'consumer.ts'), CONSUMER);
  writeFileSync(join(ctx.project, 'consumer.cts'), CONSUMER_CTS);
  writeFileSync(join(ctx.project, 'tsconfig.node16-esm.json'), tsconfig('node16', 'node16', ['consumer.ts']));
  writeFileSync(join(ctx.project, 'tsconfig.node16-cjs.json'), tsconfig('node16', 'node16', ['consumer.cts']));
  writeFileSync(join(ctx.project, 'tsconfig.bundler.json'), tsconfig('esnext', 'bundler', ['consumer.ts']));
  const problems: string[] = [];
  const passed: string[] = [];
  // Each consumer must load every entry's declarations in its own module
  // format and none of the other's: a mix is the dual-package type hazard.
  const setups = [
    { config: 'tsconfig.node16-esm.json', load: '.d.ts', avoid: '.d.cts' },
    { config: 'tsconfig.node16-cjs.json', load: '.d.cts', avoid: '.d.ts' },
    { config: 'tsconfig.bundler.json', load: '.d.ts', avoid: '.d.cts' },
  ] as const;
  const dist = '/node_modules/cloudtrail-codecs/dist/';
  for (const compiler of COMPILERS) {
    const tsc = join(ctx.project, 'node_modules', compiler.dir, 'bin', 'tsc');
    const version = run(process.execPath, [tsc, '--version'], ctx.project, 120);
    const printed = /Version (\d+)\.(\d+)\.\S+/.exec(version.stdout);
    if (version.status !== 0 || printed === null) {
      problems.push(`${compiler.label}: ${failure(version)}`);
      continue;
    }
    if (Number(printed[1]) !== compiler.major) {
      problems.push(`${compiler.label}: node_modules/${compiler.dir} is ${printed[0]}`);
      continue;
    }
    for (const { config, load, avoid } of setups) {
      const label = `${printed[0].slice('Version '.length)} ${config.replace(/^tsconfig\.|\.json$/g, '')}`;
      const started = Date.now();
      // --listFiles works the same in TypeScript 5 and 7: one path a line.
      const r = run(process.execPath, [tsc, '--noEmit', '--pretty', 'false', '--listFiles', '-p', config], ctx.project);
      const took = `${((Date.now() - started) / 1000).toFixed(1)}s`;
      const lines = r.stdout.split('\n').map((l) => l.trim().replace(/\\/g, '/'));
      const ours = lines.filter((l) => l.includes(dist)).map((l) => l.slice(l.indexOf(dist) + dist.length));
      const diagnostics = lines.filter((l) => /error TS\d+/.test(l));
      if (r.status !== 0) {
        problems.push(
          diagnostics.length > 0
            ? `${label}: ${diagnostics.length} error(s)\n${diagnostics.slice(0, 30).map((l) => `    ${l}`).join('\n')}`
            : `${label}: ${failure(r)}`,
        );
        continue;
      }
      const missing = Object.values(ENTRIES).map((base) => `${base}${load}`).filter((f) => !ours.includes(f));
      const wrong = ours.filter((f) => f.endsWith(avoid));
      if (ours.length === 0) problems.push(`${label}: --listFiles printed no file of the package`);
      else if (missing.length > 0) problems.push(`${label}: compiled without loading ${missing.join(', ')}`);
      else if (wrong.length > 0) problems.push(`${label}: loaded the other format's declarations: ${wrong.join(', ')}`);
      else passed.push(`${label} ${took}`);
    }
  }
  const total = COMPILERS.length * setups.length;
  return {
    summary: `${passed.length} of ${total} clean with strict, skipLibCheck false`,
    problems,
    info: passed,
  };
}

async function lint(): Promise<Outcome> {
  // As `npx publint --strict` in the repository: it packs with npm itself, so
  // it can tell a file missing from the package from one missing on disk.
  const { messages, pkg } = await publint({ pkgDir: root, pack: 'npm', strict: true, level: 'suggestion' });
  const problems = messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false }) ?? m.code}`);
  return { summary: problems.length === 0 ? 'publint --strict: all good' : `publint --strict: ${problems.length} message(s)`, problems };
}

interface AttwProblem {
  readonly kind: string;
  readonly entrypoint?: string;
  readonly resolutionKind?: string;
  readonly typesFileName?: string;
  readonly implementationFileName?: string;
  readonly fileName?: string;
}

function describeAttwProblem(p: AttwProblem): string {
  const where = [
    p.entrypoint === undefined ? '' : ` at ${specifier(p.entrypoint)}`,
    p.resolutionKind === undefined ? '' : ` (${p.resolutionKind})`,
    p.typesFileName === undefined ? '' : `: types ${p.typesFileName}`,
    p.implementationFileName === undefined ? '' : `, implementation ${p.implementationFileName}`,
    p.fileName === undefined ? '' : ` in ${p.fileName}`,
  ];
  return p.kind + where.join('');
}

function attw(ctx: Context): Outcome {
  if (ctx.tarball === undefined) return { summary: 'skipped: no tarball', problems: ['npm pack did not produce a tarball'] };
  const bin = join(root, 'node_modules', '.bin', 'attw');
  if (!existsSync(bin)) return { summary: 'attw is not installed', problems: ['run npm ci: @arethetypeswrong/cli is a devDependency'] };
  const json = run(bin, [ctx.tarball, '--format', 'json'], root);
  const table = run(bin, [ctx.tarball, '--format', 'table', '--no-color'], root);
  const info = table.stdout.trimEnd().split('\n').map((l) => `  ${l}`);
  let analysis: { problems: AttwProblem[]; entrypoints: Record<string, unknown> };
  try {
    analysis = (JSON.parse(json.stdout) as { analysis: typeof analysis }).analysis;
  } catch {
    return { summary: 'attw printed no JSON', problems: [failure(json)], info };
  }
  const problems = analysis.problems.map(describeAttwProblem);
  for (const subpath of Object.keys(ENTRIES)) {
    if (!(subpath in analysis.entrypoints)) problems.push(`attw did not analyse ${specifier(subpath)}`);
  }
  if (problems.length === 0 && (json.status !== 0 || table.status !== 0)) problems.push(failure(json.status !== 0 ? json : table));
  return {
    summary: problems.length === 0 ? `no problems in ${Object.keys(analysis.entrypoints).length} entrypoints` : `${problems.length} problem(s)`,
    problems,
    info,
  };
}

function publishDryRun(ctx: Context): Outcome {
  const r = run('npm', ['publish', '--dry-run'], root);
  if (r.status !== 0) return { summary: 'npm publish --dry-run failed', problems: [failure(r)] };
  const problems: string[] = [];
  const output = `${r.stdout}\n${r.stderr}`;
  if (!/\(dry-run\)/.test(output)) problems.push('npm did not say it was a dry run');
  const warnings = npmWarnings(r.stderr);
  problems.push(...warnings.ours);
  const shasum = /npm notice shasum:\s+([0-9a-f]{40})/.exec(r.stderr)?.[1];
  if (ctx.pack !== undefined && shasum !== ctx.pack.shasum) {
    problems.push(`publish would send a different tarball (shasum ${shasum ?? 'not printed'}) from the one checked (${ctx.pack.shasum})`);
  }
  const info = warnings.environment.map((w) => `ignored (machine, not the package): ${w}`);
  if (ctx.pkg['version'] === '0.0.0') info.push('note: version is 0.0.0; set the release version before publishing');
  const line = r.stdout.trim().split('\n').pop() ?? '';
  return { summary: problems.length === 0 ? `clean: ${line}` : `${problems.length} problem(s)`, problems, info };
}

// ---------------------------------------------------------------------------

async function main(): Promise<number> {
  if (process.env[NESTED] === '1') {
    // Started by our own `npm publish --dry-run` through a lifecycle script.
    console.log('pack-check: nested run, nothing to do');
    return 0;
  }
  const work = mkdtempSync(join(tmpdir(), 'cloudtrail-codecs-pack-'));
  const keep = process.argv.includes('--keep');
  const cleanup = (): void => {
    if (keep) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      cleanup();
      process.exit(1);
    });
  }
  const ctx: Context = {
    work,
    project: join(work, 'consumer'),
    pkg: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>,
  };
  const steps: Array<[string, () => Outcome | Promise<Outcome>]> = [
    ['build', checkBuild],
    ['pack contents', () => packContents(ctx)],
    ['guide links', () => guideLinks(ctx)],
    ['install tarball', () => install(ctx)],
    ['require + import', () => runtime(ctx)],
    ['typescript consumers', () => typescript(ctx)],
    ['publint', lint],
    ['attw', () => attw(ctx)],
    ['npm publish --dry-run', () => publishDryRun(ctx)],
  ];
  const results: Array<[string, boolean]> = [];
  try {
    for (const [name, fn] of steps) {
      const started = Date.now();
      let outcome: Outcome;
      try {
        outcome = await fn();
      } catch (e) {
        outcome = { summary: 'crashed', problems: [e instanceof Error ? (e.stack ?? e.message) : String(e)] };
      }
      const ok = outcome.problems.length === 0;
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}: ${outcome.summary} (${seconds}s)`);
      for (const line of outcome.info ?? []) console.log(`      ${line.replace(/\n/g, '\n      ')}`);
      for (const p of outcome.problems) console.log(`    ✗ ${p.replace(/\n/g, '\n      ')}`);
      results.push([name, ok]);
      // Nothing later means anything without a build.
      if (name === 'build' && !ok) break;
    }
  } finally {
    cleanup();
  }
  const failed = results.filter(([, ok]) => !ok).map(([name]) => name);
  console.log(
    failed.length === 0
      ? `\npack-check: all ${results.length} steps clean`
      : `\npack-check: FAILED ${failed.length} of ${steps.length} steps: ${failed.join(', ')}`,
  );
  return failed.length === 0 && results.length === steps.length ? 0 : 1;
}

// Run only as a script: the test suite imports the link check from here.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === import.meta.filename) {
  process.exitCode = await main();
}
