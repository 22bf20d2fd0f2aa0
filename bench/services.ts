// The service figures of `npm run bench`: each generated service's event codec
// on builder-made records of that service (every operation, some failed),
// as a ratio to JSON.parse of those records' own text; and the cost of
// importing a service entry, in fresh processes.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { buildServiceEvent } from '../src/builders/index.js';
import { generatedServices } from '../src/services/registry.js';

type Service = (typeof generatedServices)[number];

export interface ServiceFigure {
  readonly name: string;
  readonly operations: number;
  readonly records: number;
  readonly megabytes: number;
  readonly parseMs: number;
  readonly decodeMs: number;
}

/** `count` records of the service: its operations in turn, one in five failed. */
function recordsOf(service: Service, count: number): unknown[] {
  const names = service.operations;
  const out: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const name = names[i % names.length] as string;
    out.push(buildServiceEvent(service as never, name as never, undefined, { seed: 2026 + i, fail: i % 5 === 4 }));
  }
  return out;
}

/** Decode time of each service's codec and JSON.parse time of the same records, measured with `measure`. */
export function serviceFigures(measure: (f: () => void) => number, count: number): ServiceFigure[] {
  return generatedServices.map((service) => {
    const records = recordsOf(service, count);
    const text = JSON.stringify({ Records: records });
    const parsed = (JSON.parse(text) as { Records: unknown[] }).Records;
    for (const r of parsed) {
      const d = service.codec.decode(r);
      if (d._tag === 'Left' || (service.isDeparted as (e: unknown) => boolean)(d.right)) throw new Error(`bench: ${service.name} does not take its own records`);
    }
    let sink: unknown;
    const parseMs = measure(() => {
      sink = JSON.parse(text);
    });
    const decodeMs = measure(() => {
      for (const r of parsed) sink = service.codec.decode(r);
    });
    void sink;
    return { name: service.name, operations: service.operations.length, records: count, megabytes: text.length / 1e6, parseMs, decodeMs };
  });
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
