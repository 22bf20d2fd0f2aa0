// The restJson1 dialect for models whose members CloudTrail writes with the
// first letter lowered, wherever the API sends them (AWS Lambda). A request
// holds every input member side by side: the path labels, the query strings,
// the headers and the body; a response holds its output members, a payload
// member under its own name. The config's `memberNames` must be `lower-first`:
// the model spells members `FunctionName`, the records `functionName`.
//
// What the Lambda records show, binding by binding:
// - labels and body side by side: stratus-red-team.json[9] (AddPermission:
//   the label functionName beside the body members action, principal,
//   statementId); panther-analysis.json[4] (DeleteFunction, the label alone);
// - query strings side by side: no Lambda record writes one (Qualifier,
//   Marker…); App Mesh records do (cloud-custodian.json[1]: meshOwner);
// - nested members lowered too: stratus-red-team.json[33] (UpdateFunctionCode:
//   snapStart.applyOn, ephemeralStorage.size, loggingConfig.logGroup);
// - headers, status codes and payloads: only Invoke, InvokeAsync and
//   InvokeWithResponseStream bind them, which are data events no record of the
//   corpus holds. They stay optional members side by side, so a record that
//   writes them elsewhere still decodes (its other members typed).
// Bindings no Lambda operation uses (a map of all query strings or of prefixed
// headers) and `@jsonName` are refused until a record shows where they go.
import type { Dialect, ServiceConfig } from '../config.js';
import { ModelError, type HttpBinding, type IrMember, type IrModel, type IrShape } from '../model.js';

const SIDE_BY_SIDE: readonly HttpBinding[] = ['label', 'query', 'header', 'payload', 'responseCode'];

function flatten(owner: IrShape, m: IrMember): IrMember {
  if (m.jsonName !== undefined) throw new ModelError(`${owner.id}$${m.name}`, `@jsonName ${m.jsonName}: no record shows whether CloudTrail writes it or the member name`);
  if (m.httpBinding === undefined) return m;
  if (!SIDE_BY_SIDE.includes(m.httpBinding)) throw new ModelError(`${owner.id}$${m.name}`, `bound to ${m.httpBinding}, which no record shows CloudTrail writing`);
  const { httpBinding: _binding, ...rest } = m;
  return rest;
}

export const restJson1: Dialect = {
  name: 'restJson1',
  summary:
    'member names are written with their first letter lowered at every depth (`FunctionName` → `functionName`); a request holds every input member side by side (path labels, query strings, headers and body), a response its output members.',
  apply(ir: IrModel, config: ServiceConfig): IrModel {
    if (config.memberNames !== 'lower-first') {
      throw new ModelError(ir.service.id, `the restJson1 dialect writes member names lower-first; config ${config.name} says ${config.memberNames}`);
    }
    const shapes = new Map<string, IrShape>();
    for (const [id, s] of ir.shapes) shapes.set(id, s.members.length === 0 ? s : { ...s, members: s.members.map((m) => flatten(s, m)) });
    return { ...ir, shapes };
  },
};
