import { checkConstraints, type ShapeFacts, type ShapeTable } from '../../service-kit/checkConstraints.js';
import type { Issue } from '../../errors/Issue.js';
import type { Bounds, ServiceTable, ShapeRow } from '../../service-kit/table.js';
import type { AppMeshEvent } from './generated/events.js';
import { appMeshTable } from './generated/table.js';

const range = ([min, max]: Bounds): { min?: number; max?: number } => ({ ...(min === null ? {} : { min }), ...(max === null ? {} : { max }) });
// Scalar targets ($s, $n, …) have no facts: a value of any type is not checked further.
const bare = (target: string): string => target.replace(/^[!#]+/, '');
const SCALAR_KINDS: Readonly<Record<string, string>> = { $s: 'string', $n: 'number', $b: 'boolean', $t: 'timestamp', $d: 'document', $B: 'blob', $u: 'unit' };

/** One table row as the constraint checker reads it; `!` is required on the wire (never for sensitive members). */
function factsOf(row: ShapeRow): ShapeFacts {
  if ('s' in row || 'u' in row) {
    const members = 's' in row ? row.s : row.u;
    const facts: Record<string, { target: string; required: boolean }> = {};
    for (const m of Object.keys(members)) facts[m] = { target: bare(members[m] as string), required: (members[m] as string).startsWith('!') };
    return { kind: 's' in row ? 'structure' : 'union', members: facts };
  }
  if ('e' in row) return { kind: 'enum', values: row.e };
  const c = row.c;
  const limits = {
    ...(c?.len === undefined ? {} : { length: range(c.len) }),
    ...(c?.range === undefined ? {} : { range: range(c.range) }),
    ...(c?.pattern === undefined ? {} : { pattern: c.pattern }),
    ...(c?.unique === undefined ? {} : { uniqueItems: true }),
  };
  if ('l' in row) return { kind: 'list', member: bare(row.l), ...limits };
  return { kind: 'm' in row ? 'map' : (SCALAR_KINDS[row.p] ?? row.p), ...limits };
}

function factsTable(table: ServiceTable): ShapeTable {
  const out: Record<string, ShapeFacts> = {};
  for (const name of Object.keys(table.shapes)) out[name] = factsOf(table.shapes[name] as ShapeRow);
  return out;
}

/**
 * The constraints of every App Mesh shape of the table that has any
 * (structures, unions, lists, enums, and strings and numbers with limits),
 * by model shape name, as {@link checkAppMeshShape} reads them. Scalars
 * without limits are not listed.
 *
 * @example
 * import { appMeshShapes } from 'cloudtrail-codecs/appmesh';
 * appMeshShapes['ResourceName']?.length; // { min: 1, max: 255 }
 */
export const appMeshShapes: ShapeTable = factsTable(appMeshTable);

const inputOf = (eventName: unknown): string | undefined =>
  typeof eventName === 'string' && Object.prototype.hasOwnProperty.call(appMeshTable.operations, eventName) ? appMeshTable.operations[eventName]?.i : undefined;

/**
 * Checks the `requestParameters` of an App Mesh call against the model's
 * constraints (required members, lengths, ranges, patterns, enum values),
 * which decoding does not enforce. Useful on failed calls, to see what the
 * service objected to, and on fixtures, to keep them realistic. Paths start
 * at `requestParameters`. Events that are not calls of a known operation give
 * no issues.
 *
 * @example
 * import { AppMeshEvent, checkAppMeshRequest } from 'cloudtrail-codecs/appmesh';
 * declare const json: unknown;
 * const r = AppMeshEvent.decode(json);
 * if (r._tag === 'Right') checkAppMeshRequest(r.right).map((i) => i.message);
 * // e.g. ['requestParameters.spec: required by the model (VirtualNodeSpec), but it is missing']
 */
export function checkAppMeshRequest(event: AppMeshEvent): Issue[] {
  const shape = inputOf(event.eventName);
  const request = (event as { requestParameters?: unknown }).requestParameters;
  if (shape === undefined || request === undefined || request === null) return [];
  return checkConstraints(appMeshShapes, shape, request, ['requestParameters']);
}

/**
 * Checks any value against the constraints of a named App Mesh model shape.
 *
 * @example
 * import { checkAppMeshShape } from 'cloudtrail-codecs/appmesh';
 * checkAppMeshShape('PortMapping', { port: 70000, protocol: 'http' }).map((i) => i.message);
 * // ['port: expected a value of 1 to 65535, got 70000']
 */
export function checkAppMeshShape(shape: string, value: unknown): Issue[] {
  return checkConstraints(appMeshShapes, shape, value);
}
