// The ec2Query dialect: how CloudTrail writes EC2 payloads. A first cut that
// only takes member names from the XML wire; see the EC2 issue for the rest.
import type { Dialect } from '../config.js';
import type { IrMember, IrModel, IrShape } from '../model.js';

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

function rename(m: IrMember): IrMember {
  return { ...m, wireName: lowerFirst(m.xmlName ?? m.ec2QueryName ?? m.name) };
}

export const ec2Query: Dialect = {
  name: 'ec2Query',
  summary: 'member names come from the XML wire (`xmlName`, else `ec2QueryName`), first letter lowered.',
  apply(ir: IrModel): IrModel {
    const shapes = new Map<string, IrShape>();
    for (const [id, s] of ir.shapes) shapes.set(id, s.members.length === 0 ? s : { ...s, members: s.members.map(rename) });
    return { ...ir, shapes };
  },
};
