// Plan → src/services/<name>/generated/table.ts: the service table as data,
// one operation and one shape per line, with the config's departures from the
// model as comments above the rows they touch.
import type { ServicePlan } from './plan.js';
import { header, key, literal, oneLine, type GeneratedFile } from './text.js';

/** The folder of a service's generated files. */
export const generatedDir = (name: string): string => `src/services/${name}/generated`;

export function emitTable(plan: ServicePlan): GeneratedFile {
  const { table, generated } = plan;
  const lines: string[] = [
    header(plan, `The ${plan.ir.service.sdkId ?? plan.config.name} model as data: the kit turns rows into codecs when they are first used.`),
    `import type { ServiceTable } from '../../../service-kit/table.js';`,
    '',
    `/** The shapes, operations, aliases and wire profile of ${table.eventSource}. */`,
    `export const ${generated.table}: ServiceTable = {`,
    `  name: ${literal(table.name)},`,
    `  eventSource: ${literal(table.eventSource)},`,
    `  profile: ${literal(table.profile)},`,
  ];
  const aliases = Object.entries(table.aliases);
  if (aliases.length === 0) lines.push('  aliases: {},');
  else lines.push('  aliases: {', ...aliases.map(([k, v]) => `    ${key(k)}: ${literal(v)},`), '  },');
  lines.push('  operations: {');
  for (const [op, row] of Object.entries(table.operations)) lines.push(`    ${key(op)}: ${literal(row)},`);
  lines.push('  },', '  shapes: {');
  for (const [name, row] of Object.entries(table.shapes)) {
    for (const n of plan.rowNotes.get(name) ?? []) lines.push(`    // ${oneLine(n)}`);
    lines.push(`    ${key(name)}: ${literal(row)},`);
  }
  lines.push('  },', '};', '');
  return { path: `${generatedDir(plan.config.name)}/table.ts`, content: lines.join('\n') };
}
