// A restJson1 dialect for models that bind members to HTTP headers: a first
// cut that writes every member side by side under its model name, as the
// flattened restJson1 rule does for labels, query members and the body.
import type { Dialect } from '../config.js';
import type { IrMember, IrModel, IrShape } from '../model.js';

function flatten(m: IrMember): IrMember {
  if (m.httpBinding === undefined) return m;
  const { httpBinding: _binding, ...rest } = m;
  return rest;
}

export const restJson1: Dialect = {
  name: 'restJson1',
  summary: 'a request holds every input member side by side under its model name, wherever the API sends it; a response its output members.',
  apply(ir: IrModel): IrModel {
    const shapes = new Map<string, IrShape>();
    for (const [id, s] of ir.shapes) shapes.set(id, s.members.length === 0 ? s : { ...s, members: s.members.map(flatten) });
    return { ...ir, shapes };
  },
};
