// `check --services`: every record of a generated service is decoded again
// with its service codec, and payloads that depart from the model are counted
// by service, operation and path, so users see when AWS changes a shape. The
// tallies are bounded like the summary tables: a hostile log cannot make them
// grow without end.
import { CloudTrailRecord, clipText, escapeText, type Issue } from '../index.js';
import type { ServiceDescriptor } from '../service-kit/serviceEvent.js';
import { serviceOfRecord } from '../services/index.js';

// Any service, seen through what every one of them has.
type Service = ServiceDescriptor<{ readonly eventName: unknown }>;

/** What one operation of one service showed. */
export interface OperationTally {
  records: number;
  departed: number;
  /** Departures by path (array indexes written `[]`) and message kind. */
  readonly departures: Map<string, number>;
}

// Bounds on what is kept: past them, new keys are counted under one row.
// Operations are bounded per service.
const MAX_OPERATIONS = 2_000;
const MAX_PATHS = 200;
const OTHER = '(others)';
const MAX_KEY = 300;

function bump(m: Map<string, number>, key: string, max: number): void {
  const n = m.get(key);
  if (n !== undefined) m.set(key, n + 1);
  else if (m.size < max) m.set(key, 1);
  else m.set(OTHER, (m.get(OTHER) ?? 0) + 1);
}

/** One departure, as a row key: its path without indexes, and whether the member is missing or wrong. */
function departureKey(i: Issue): string {
  const path = i.path.replace(/\[\d+\]/g, '[]');
  return `${clipText(path, MAX_KEY)}: ${i.missing ? 'missing' : `not ${clipText(i.expected, 80)}`}`;
}

/** One service's tallies: totals kept apart from the bounded map of operations. */
interface ServiceTally {
  records: number;
  departed: number;
  /** Records whose event name is no operation of the service's model. */
  unknown: number;
  readonly operations: Map<string, OperationTally>;
}

/** Per service and operation (unknown operations under `(unknown) <eventName>`). */
export class ServiceTallies {
  readonly services = new Map<string, ServiceTally>();
  /** Activity records of services without a module, and Insight or aggregated events. */
  untyped = 0;

  add(record: CloudTrailRecord): void {
    // The service TypedRecord would decode it with: none for Insight and aggregated events.
    const service = serviceOfRecord(record) as Service | undefined;
    if (service === undefined) {
      this.untyped++;
      return;
    }
    const decoded = service.codec.decode(CloudTrailRecord.encode(record));
    // The record decoded as CloudTrail, so its envelope is sound: the service codec answers every such record.
    if (decoded._tag === 'Left') {
      this.untyped++;
      return;
    }
    const e = decoded.right;
    const eventName = String(e.eventName);
    // An operation, or an event of the service that has a codec of its own
    // (a service event, a call of an API the model lacks): both are typed.
    const operation = service.operationOf(eventName) ?? (service.eventNames.includes(eventName) ? eventName : undefined);
    const departed = service.isDeparted(e);
    let tallies = this.services.get(service.name);
    if (tallies === undefined) this.services.set(service.name, (tallies = { records: 0, departed: 0, unknown: 0, operations: new Map() }));
    // A departed record counts once, as departed.
    if (operation === undefined && !departed) tallies.unknown++;
    // Past the bound, further operations of this service share one row: a
    // log of junk event names must not push real departures out.
    let name = operation ?? `(unknown) ${clipText(eventName, MAX_KEY)}`;
    if (!tallies.operations.has(name) && tallies.operations.size >= MAX_OPERATIONS) name = OTHER;
    let tally = tallies.operations.get(name);
    if (tally === undefined) tallies.operations.set(name, (tally = { records: 0, departed: 0, departures: new Map() }));
    tallies.records++;
    tally.records++;
    if (departed) {
      tallies.departed++;
      tally.departed++;
      for (const issue of service.departuresOf(e)) bump(tally.departures, departureKey(issue), MAX_PATHS);
    }
  }

  /** The text report: one line per service, then the operations with departures or unknown names, and their paths. */
  text(): string {
    let text = '\nDepartures from the service models\n';
    let shown = 0;
    for (const [service, tallies] of this.services) {
      text += `  ${service}: ${tallies.records} records, ${tallies.departed} departed\n`;
      for (const [op, t] of [...tallies.operations].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
        if (t.departed === 0 && !op.startsWith('(unknown)') && op !== OTHER) continue;
        shown++;
        text += `    ${escapeText(op)}: ${t.records} records, ${t.departed} departed\n`;
        for (const [path, n] of [...t.departures].sort((a, b) => b[1] - a[1])) text += `      ${escapeText(path)}  (${n})\n`;
      }
    }
    if (this.services.size === 0) text += '  no records of a generated service\n';
    else if (shown === 0) text += '  none\n';
    return text;
  }

  /** The summary's table of typed coverage: per service, records typed by its module, departed, and of unknown operations. */
  coverageText(): string {
    let text = '\nTyped coverage (records: typed / departed from the model / unknown operation)\n';
    for (const [service, t] of [...this.services].sort((a, b) => b[1].records - a[1].records || (a[0] < b[0] ? -1 : 1))) {
      text += `  ${service}: ${t.records} records: ${t.records - t.departed - t.unknown} typed / ${t.departed} departed / ${t.unknown} unknown\n`;
    }
    text += `  services without a module, Insight and aggregated events: ${this.untyped} records\n`;
    return text;
  }

  /** The --json form of {@link ServiceTallies.coverageText}. */
  coverageJson(): { services: Record<string, { records: number; typed: number; departed: number; unknown: number }>; untyped: number } {
    const services: Record<string, { records: number; typed: number; departed: number; unknown: number }> = {};
    for (const [service, t] of this.services) services[service] = { records: t.records, typed: t.records - t.departed - t.unknown, departed: t.departed, unknown: t.unknown };
    return { services, untyped: this.untyped };
  }

  /** The --json form: service → operation → counts and departures by path. */
  json(): Record<string, Record<string, { records: number; departed: number; departures: Record<string, number> }>> {
    const out: Record<string, Record<string, { records: number; departed: number; departures: Record<string, number> }>> = {};
    for (const [service, tallies] of this.services) {
      const o: (typeof out)[string] = {};
      for (const [op, t] of tallies.operations) o[op] = { records: t.records, departed: t.departed, departures: Object.fromEntries(t.departures) };
      out[service] = o;
    }
    return out;
  }
}
