// The service figures of `npm run bench`. Each generated service's event
// codec decodes builder-made records of that service (every operation in
// turn, one in five failed), and `TypedRecord` (cloudtrail-codecs/services)
// a mixed stream of all of them; each is timed against JSON.parse of the
// same records' text. Every figure is measured in a fresh process of its own
// (bench/service-one.ts), so that the heap the other benchmark rows leave
// behind (tens of MB of parsed records) does not tax one service's run more
// than another's; JSON.parse and the decoder share that process. The cost of
// importing an entry is measured in fresh processes too.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { generatedServices } from '../src/services/registry.js';

export interface ServiceFigure {
  readonly name: string;
  readonly operations: number;
  readonly records: number;
  readonly megabytes: number;
  readonly parseMs: number;
  readonly decodeMs: number;
  /** Visiting every value of the same parsed records, nothing else (bench/visit.ts). */
  readonly visitMs: number;
}

/** The figures of one service (or `'services'`, the mixed stream), from a fresh process. */
function measureOne(root: string, name: string, count: number, runs: number): ServiceFigure {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(root, 'bench', 'service-one.ts'), name, String(count), String(runs)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split('\n').pop() as string) as ServiceFigure;
}

/**
 * How many fresh processes measure each service. On the shared 2-core
 * machine, one process's JSON.parse of the same text took 18 to 30 ms from
 * run to run; the figure of the process whose ratio is the median of three
 * moves far less than any one process's.
 */
export const SERVICE_PROCESSES = 3;
/** Fresh processes for the CloudWatch Logs and integrity figures: a target within a few percent of the measure wants more than three. */
export const INGESTION_PROCESSES = 5;

/** The figures of the one of `SERVICE_PROCESSES` fresh processes whose `ratio` is the median. */
function medianProcess<F>(measureInProcess: () => F, ratio: (f: F) => number, processes = SERVICE_PROCESSES): F {
  const all = Array.from({ length: processes }, measureInProcess);
  all.sort((a, b) => ratio(a) - ratio(b));
  return all[Math.floor(all.length / 2)] as F;
}

/** Every generated service's figures, then the mixed stream's (named `services`). */
export function serviceFigures(root: string, count: number, runs: number): ServiceFigure[] {
  return [...generatedServices.map((s) => s.name), 'services'].map((name) =>
    medianProcess(() => measureOne(root, name, count, runs), (f) => f.decodeMs / f.parseMs),
  );
}

/** Median ms, over `runs` fresh processes, of importing the built entry `dist/<name>.js`. */
export function importCost(root: string, name: string, runs = 9): number {
  const url = new URL(`file://${join(root, 'dist', `${name}.js`)}`).href;
  const script = `const t = performance.now(); await import(${JSON.stringify(url)}); process.stdout.write(String(performance.now() - t));`;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    times.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

/** The CloudWatch Logs and integrity figures (bench/ingestion-one.ts), from a fresh process. */
export interface IngestionFigure {
  readonly records: number;
  readonly payloads: number;
  readonly payloadMegabytes: number;
  readonly cwlOuterParseMs: number;
  readonly cwlParseMs: number;
  readonly cwlDecodeMs: number;
  /** The median of the ratios of parse and decode runs taken in turns. */
  readonly cwlRatio: number;
  readonly logMegabytes: number;
  readonly gzipMegabytes: number;
  readonly sha256Ms: number;
  readonly verifyMs: number;
  readonly verifyGzipMs: number;
}

/** The ingestion figures of the process whose CloudWatch Logs ratio is the median of `SERVICE_PROCESSES` (see there). */
export function ingestionFigures(root: string, count: number, runs: number): IngestionFigure {
  return medianProcess(() => ingestionOne(root, count, runs), (f) => f.cwlRatio, INGESTION_PROCESSES);
}

function ingestionOne(root: string, count: number, runs: number): IngestionFigure {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(root, 'bench', 'ingestion-one.ts'), String(count), String(runs)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split('\n').pop() as string) as IngestionFigure;
}
