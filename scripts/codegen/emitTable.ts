// Plan → src/services/<name>/generated/table.ts: the service table as data.
// The rows are JSON text that the module parses when it loads: engines
// compile a large object literal far more slowly than JSON.parse reads the
// same data (EC2's table, 0.6 MB, imported about 37 ms faster). One row per
// line keeps diffs readable; the config's departures from the model, which
// JSON cannot carry as comments, are listed above the table by row.
import type { ServicePlan } from './plan.js';
import { header, oneLine, type GeneratedFile } from './text.js';

/** The folder of a service's generated files. */
export const generatedDir = (name: string): string => `src/services/${name}/generated`;

/** `s` as the body of a template literal. */
const templateText = (s: string): string => s.replace(/[\\`]/g, '\\$&').replace(/\$\{/g, '\\${');

/** The members of an object as JSON, one per line. */
function jsonRows(o: Readonly<Record<string, unknown>>): string[] {
  const entries = Object.entries(o);
  return entries.map(([k, v], i) => `${JSON.stringify(k)}: ${JSON.stringify(v)}${i < entries.length - 1 ? ',' : ''}`);
}

export function emitTable(plan: ServicePlan): GeneratedFile {
  const { table, generated } = plan;
  const notes = Object.keys(table.shapes).flatMap((row) => (plan.rowNotes.get(row) ?? []).map((n) => `//   ${row}: ${oneLine(n)}`));
  const json = [
    '{',
    `"name": ${JSON.stringify(table.name)},`,
    `"eventSource": ${JSON.stringify(table.eventSource)},`,
    `"profile": ${JSON.stringify(table.profile)},`,
    '"aliases": {',
    ...jsonRows(table.aliases),
    '},',
    '"operations": {',
    ...jsonRows(table.operations),
    '},',
    '"shapes": {',
    ...jsonRows(table.shapes),
    '}',
    '}',
  ].join('\n');
  const lines: string[] = [
    header(plan, `The ${plan.ir.service.sdkId ?? plan.config.name} model as data: the kit turns rows into codecs when they are first used.`),
    `import type { ServiceTable } from '../../../service-kit/table.js';`,
    '',
    '// JSON text, parsed when the module loads (faster to load than an object literal).',
    ...(notes.length === 0 ? [] : ['// Where the rows follow CloudTrail rather than the model:', ...notes]),
    `/** The shapes, operations, aliases and wire profile of ${table.eventSource}. */`,
    `export const ${generated.table}: ServiceTable = JSON.parse(\`${templateText(json)}\`);`,
    '',
  ];
  return { path: `${generatedDir(plan.config.name)}/table.ts`, content: lines.join('\n') };
}
