// The restXml dialect: how CloudTrail writes S3 payloads. A first cut that
// only takes member names from `xmlName`; see the S3 issue for the rest.
import type { Dialect } from '../config.js';
import type { IrMember, IrModel, IrShape } from '../model.js';

function rename(m: IrMember): IrMember {
  const { httpBinding: _binding, ...rest } = m;
  return { ...rest, wireName: m.xmlName ?? m.name };
}

export const restXml: Dialect = {
  name: 'restXml',
  summary: 'member names are the XML element names (`xmlName`, else the member name).',
  apply(ir: IrModel): IrModel {
    const shapes = new Map<string, IrShape>();
    for (const [id, s] of ir.shapes) shapes.set(id, s.members.length === 0 ? s : { ...s, members: s.members.map(rename) });
    return { ...ir, shapes };
  },
};
