// The generated services meet the issue's type-level facts once narrowed (a
// succeeded AssumeRole, IAM CreateAccessKey and KMS ScheduleKeyDeletion), and
// each docs page's narrowing example compiles with the type its comment
// states. The types are asserted exactly (`Equal`), not just assignable.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kitServices } from '../../scripts/codegen/services.js';
import { repoRoot } from '../support/corpus.js';
import { srcDir, typecheck } from './typecheck.js';

const equal = 'type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;';
const serviceChecks = `
import { isSucceededSTSCall, type STSEvent } from '${srcDir}/services/sts/generated/events.js';
import { isSucceededIAMCall, type IAMEvent } from '${srcDir}/services/iam/generated/events.js';
import { isSucceededKMSCall, type KMSEvent } from '${srcDir}/services/kms/generated/events.js';
${equal}
declare const sts: STSEvent;
declare const iam: IAMEvent;
declare const kms: KMSEvent;
export const facts: boolean[] = [];
if (sts.eventName === 'AssumeRole' && isSucceededSTSCall(sts)) {
  const roleArn: Equal<typeof sts.requestParameters.roleArn, string> = true;
  const expiration: Equal<typeof sts.responseElements.credentials.expiration, Date> = true;
  const userArn: Equal<NonNullable<typeof sts.responseElements.assumedRoleUser>['arn'], string> = true;
  facts.push(roleArn, expiration, userArn);
}
if (iam.eventName === 'CreateAccessKey' && isSucceededIAMCall(iam)) {
  const keyId: Equal<typeof iam.responseElements.accessKey.accessKeyId, string> = true;
  const created: Equal<typeof iam.responseElements.accessKey.createDate, Date | undefined> = true;
  facts.push(keyId, created);
}
if (kms.eventName === 'ScheduleKeyDeletion' && isSucceededKMSCall(kms)) {
  const keyId: Equal<typeof kms.responseElements.keyId, string> = true;
  const deletion: Equal<typeof kms.responseElements.deletionDate, Date | undefined> = true;
  facts.push(keyId, deletion);
}
`;

/** A docs page's example, importing the generated events module, with its comment's type asserted. */
function docsExample(page: string, name: string): string {
  const block = /```ts\n([\s\S]*?)```/.exec(page)?.[1];
  if (block === undefined) throw new Error(`docs/services/${name}.md has no ts block`);
  const stated = /const value = (.*); \/\/ (.*)$/m.exec(block);
  if (stated === null) throw new Error(`docs/services/${name}.md states no type`);
  // A stated shape type (EC2's example reads a response structure) comes from the shapes module.
  const shapeType = /^[A-Z]\w*$/.test(stated[2] as string) && stated[2] !== 'Date' ? `import type { ${stated[2]} } from '${srcDir}/services/${name}/generated/shapes.js';\n` : '';
  return `${shapeType}${equal}\n${block
    .replace(`'cloudtrail-codecs/${name}'`, `'${srcDir}/services/${name}/generated/events.js'`)
    .replace(stated[0], `${stated[0]}\n  const stated: Equal<typeof value, ${stated[2]}> = true;\n  void stated;`)}\ndeclare const console: { log(...values: unknown[]): void };`;
}

describe('the generated services', () => {
  it('type what the issue names, and their docs examples compile with the stated types', () => {
    const files: Record<string, string> = { 'services.ts': serviceChecks };
    for (const { name } of kitServices) files[`docs-${name}.ts`] = docsExample(readFileSync(join(repoRoot, 'docs/services', `${name}.md`), 'utf8'), name);
    // A stated type that is wrong must fail (the check can fail).
    const wrong = readFileSync(join(repoRoot, 'docs/services/sts.md'), 'utf8').replace('; // string', '; // number');
    files['wrong.ts'] = docsExample(wrong, 'sts');
    const problems = typecheck(files);
    expect(problems.filter((p) => !p.startsWith('wrong.ts:'))).toEqual([]);
    expect(problems.join('\n')).toMatch(/^wrong\.ts:\d+: Type 'true' is not assignable to type 'false'/);
  });
});
