import { checkConstraints, shapeFactsOf, type ShapeTable } from '../../service-kit/checkConstraints.js';
import type { Issue } from '../../core/Issue.js';
import type { AppMeshEvent } from './generated/events.js';
import { appMeshTable } from './generated/table.js';

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
export const appMeshShapes: ShapeTable = shapeFactsOf(appMeshTable);

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
 * import { checkAppMeshRequest, decodeAppMeshEvent } from 'cloudtrail-codecs/appmesh';
 * declare const json: unknown;
 * const r = decodeAppMeshEvent(json);
 * if (r.success) checkAppMeshRequest(r.data).map((i) => i.message);
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
