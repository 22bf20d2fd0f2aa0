// The builders are pure functions of their seed and reference time: a fixed
// script of calls gives byte-identical JSON in this process, in a fresh Node
// process and in any time zone, and nothing in src/ reads the clock or
// Math.random.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const REFERENCE_TIME = '2026-01-01T00:00:00Z';

// sha256 of the script's JSON for seed 1 at REFERENCE_TIME. Any change to what
// a builder writes (a field, an order, a random draw) changes this hash on
// purpose: look at the diff of the output, then pin the new value.
const PINNED_HASH = 'fb35eb1920a4b54032d4e11ff7568b28733294edf10aee51ebb4c6e6bc22fb9b';

// One script, written to a temporary module, run both here and in a child
// process, so the two cannot drift apart.
const scriptSource = `
import { createHash } from 'node:crypto';
import { Fixtures, appMeshBuilders } from ${JSON.stringify(pathToFileURL(join(ROOT, 'src/builders/index.ts')).href)};
import { appMeshEventNames } from ${JSON.stringify(pathToFileURL(join(ROOT, 'src/services/appmesh/index.ts')).href)};

export function fixtureJson(seed, referenceTime) {
  const fx = new Fixtures({ seed, referenceTime });
  const identities = [
    fx.root(), fx.iamUser(), fx.assumedRole(), fx.role(), fx.federatedUser(), fx.awsService(),
    fx.awsAccount(), fx.identityCenterUser(), fx.samlUser(), fx.webIdentityUser(), fx.directory(), fx.unknown(),
  ];
  const record = fx.record({ eventSource: 'sqs.amazonaws.com', eventName: 'SendMessage', userIdentity: fx.assumedRole() });
  const am = appMeshBuilders(fx);
  const events = appMeshEventNames.map((name) => am[name.charAt(0).toLowerCase() + name.slice(1)]());
  const failed = am.deleteMesh(undefined, { fail: true });
  const streams = ['ConnectionEstablished', 'ConnectionGracefullyTerminated', 'ConnectionTerminated'].map((status) =>
    am.streamAggregatedResources(undefined, { status, node: 'virtualGateway' }),
  );
  const logFile = fx.logFile([record, ...events, failed, ...streams]);
  return JSON.stringify({ identities, record, logFile, eventBridge: fx.eventBridgeEvent(record), lookup: fx.lookupEvent(record) });
}

export function fixtureHash(seed, referenceTime) {
  return createHash('sha256').update(fixtureJson(seed, referenceTime)).digest('hex');
}
`;

// One child process for every time zone: Node applies a change of
// process.env.TZ at once, and starting a process per zone cost seconds.
const mainSource = `
import { fixtureHash } from './script.mjs';
const out = [];
for (const tz of process.argv.slice(4)) {
  process.env.TZ = tz;
  out.push(new Date(0).getTimezoneOffset() + ' ' + fixtureHash(JSON.parse(process.argv[2]), process.argv[3]));
}
process.stdout.write(out.join('\\n'));
`;

interface ScriptModule {
  fixtureJson(seed: number | string, referenceTime: string): string;
  fixtureHash(seed: number | string, referenceTime: string): string;
}

let dir = '';
let script: ScriptModule;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cloudtrail-codecs-determinism-'));
  writeFileSync(join(dir, 'script.mjs'), scriptSource);
  writeFileSync(join(dir, 'main.mjs'), mainSource);
  script = (await import(pathToFileURL(join(dir, 'script.mjs')).href)) as ScriptModule;
});

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

/** Per time zone: its offset at the epoch (to show the zone took effect) and the hash. */
function childHashes(seed: number | string, referenceTime: string, zones: readonly string[]): Array<{ offset: number; hash: string }> {
  const out = execFileSync(join(ROOT, 'node_modules/.bin/tsx'), [join(dir, 'main.mjs'), JSON.stringify(seed), referenceTime, ...zones], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  }).trim();
  return out.split('\n').map((line) => {
    const [offset, hash] = line.split(' ') as [string, string];
    return { offset: Number(offset), hash };
  });
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('a fixed seed gives fixed output', () => {
  it('the same script gives byte-identical JSON twice in one process', () => {
    const a = script.fixtureJson(1, REFERENCE_TIME);
    const b = script.fixtureJson(1, REFERENCE_TIME);
    expect(a).toBe(b);
    // The script does cover every builder: 12 identities, 39 + 4 App Mesh records.
    const parsed = JSON.parse(a) as { identities: unknown[]; logFile: { Records: unknown[] } };
    expect(parsed.identities).toHaveLength(12);
    expect(parsed.logFile.Records).toHaveLength(1 + 39 + 1 + 3);
  });

  it('the JSON hashes to the pinned value', () => {
    expect(sha256(script.fixtureJson(1, REFERENCE_TIME))).toBe(PINNED_HASH);
    expect(script.fixtureHash(1, REFERENCE_TIME)).toBe(PINNED_HASH);
  });

  it('a new Node process, in other time zones, prints the same hash', { timeout: 60_000 }, () => {
    const results = childHashes(1, REFERENCE_TIME, ['UTC', 'Pacific/Kiritimati', 'America/St_Johns']);
    expect(results.map((r) => r.hash)).toEqual([PINNED_HASH, PINNED_HASH, PINNED_HASH]);
    // The zones really took effect: three different offsets.
    expect(new Set(results.map((r) => r.offset)).size).toBe(3);
  });

  it('different seeds or reference times give different hashes', () => {
    const hashes = [
      script.fixtureHash(1, REFERENCE_TIME),
      script.fixtureHash(2, REFERENCE_TIME),
      script.fixtureHash('1', REFERENCE_TIME),
      script.fixtureHash('alpha', REFERENCE_TIME),
      script.fixtureHash(1, '2026-01-01T00:00:01Z'),
    ];
    expect(new Set(hashes).size).toBe(hashes.length);
  });
});

/** Where a source file reads the clock or an unseeded random source. */
function impureCalls(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (node: ts.Node, what: string): void => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${fileName}:${line + 1}: ${what}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const name = `${node.expression.text}.${node.name.text}`;
      if (name === 'Math.random' || name === 'Date.now' || name === 'performance.now' || name === 'crypto.randomUUID') at(node, name);
    }
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Date' && (node.arguments?.length ?? 0) === 0) {
      at(node, 'new Date()');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(dirPath: string): string[] {
  return readdirSync(dirPath, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dirPath, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('no clock, no Math.random in src/', () => {
  it('the detector finds calls and ignores comments and strings', () => {
    expect(impureCalls('x.ts', 'const a = Math.random();\nconst b = Date.now();\nconst c = new Date();')).toEqual([
      'x.ts:1: Math.random',
      'x.ts:2: Date.now',
      'x.ts:3: new Date()',
    ]);
    expect(impureCalls('y.ts', '// Math.random()\n/* Date.now() */\nconst s = "Math.random()";\nconst d = new Date(0);')).toEqual([]);
  });

  // The command-line tool and the demo are the two places allowed I/O and a clock.
  it('no file of src/ outside src/demo/ and src/cli/ calls Math.random, Date.now or new Date()', () => {
    const files = sourceFiles(join(ROOT, 'src')).filter((f) => !/^(demo|cli)\b/.test(relative(join(ROOT, 'src'), f)));
    expect(files.length).toBeGreaterThan(20);
    expect(files.some((f) => f.endsWith(join('builders', 'Fixtures.ts')))).toBe(true);
    const found = files.flatMap((f) => impureCalls(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
    // And as plain text, for the call forms the brief names.
    const texts = files.map((f) => readFileSync(f, 'utf8'));
    expect(texts.filter((t) => t.includes('Date.now(') || t.includes('Math.random('))).toEqual([]);
  });

  // Doc examples included: an example is code that users copy, and the core's
  // examples show decoding values the caller has already read.
  it('no file of src/ outside src/demo/ and src/cli/ imports a node: module, not even in an example', () => {
    const files = sourceFiles(join(ROOT, 'src')).filter((f) => !/^(demo|cli)\b/.test(relative(join(ROOT, 'src'), f)));
    const found = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (/from ['"]node:|require\(['"]node:/.test(line) ? [`${relative(ROOT, f)}:${i + 1}`] : [])),
    );
    expect(found).toEqual([]);
  });
});
