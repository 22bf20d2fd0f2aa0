// One row of the service benchmark, in a process of its own (see
// bench/services.ts): `service-one.ts <service | services> <records> <runs>`
// prints one JSON line with the figures. For `services`, the records are a
// mixed stream: each service's records in turn, decoded by `TypedRecord`.
import { buildServiceEvent } from '../src/builders/index.js';
import { TypedRecord } from '../src/services/index.js';
import { generatedServices } from '../src/services/registry.js';
import { measure } from './timing.js';
import { visitAll } from './visit.js';

type Service = (typeof generatedServices)[number];
const [name = 'sts', countText = '5000', runsText = '7'] = process.argv.slice(2);
const count = Number(countText);
const runs = Number(runsText);

function recordOf(service: Service, i: number): unknown {
  const ops = service.operations;
  const op = ops[Math.floor(i / generatedServices.length) % ops.length] as string;
  return buildServiceEvent(service as never, op as never, undefined, { seed: 2026 + i, fail: i % 5 === 4 });
}

const mixed = name === 'services';
const only = generatedServices.find((s) => s.name === name);
if (!mixed && only === undefined) throw new Error(`no service ${name}`);
const records: unknown[] = [];
for (let i = 0; i < count; i++) {
  const service = mixed ? (generatedServices[i % generatedServices.length] as Service) : (only as Service);
  records.push(mixed ? recordOf(service, i) : buildServiceEvent(service as never, service.operations[i % service.operations.length] as never, undefined, { seed: 2026 + i, fail: i % 5 === 4 }));
}
const text = JSON.stringify({ Records: records });
const parsed = (JSON.parse(text) as { Records: unknown[] }).Records;
const codec = mixed ? TypedRecord : (only as Service).codec;
for (const r of parsed) {
  const d = codec.decode(r);
  if (d._tag === 'Left') throw new Error(`bench: ${name} does not take its own records`);
}

let sink: unknown;
const parseMs = measure(() => {
  sink = JSON.parse(text);
}, runs);
const decodeMs = measure(() => {
  for (const r of parsed) sink = codec.decode(r);
}, runs);
const visitMs = measure(() => {
  for (const r of parsed) sink = visitAll(r);
}, runs);
void sink;
const operations = mixed ? generatedServices.reduce((n, s) => n + s.operations.length, 0) : (only as Service).operations.length;
console.log(JSON.stringify({ name, operations, records: count, megabytes: text.length / 1e6, parseMs, decodeMs, visitMs }));
