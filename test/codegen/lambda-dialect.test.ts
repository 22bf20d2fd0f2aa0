// The restJson1 dialect on the Lambda model: every member is lowered, HTTP
// bindings are flattened side by side, and what no record shows is refused
// by name. The refusals run on the model changed in memory.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restJson1 } from '../../scripts/codegen/dialects/restJson1.js';
import { readModel } from '../../scripts/codegen/model.js';
import { planService } from '../../scripts/codegen/plan.js';
import { lambda } from '../../scripts/codegen/wire/lambda.js';
import { repoRoot } from '../support/corpus.js';

type Model = { shapes: Record<string, { members?: Record<string, { traits?: Record<string, unknown> }> }> };
const text = readFileSync(join(repoRoot, lambda.model), 'utf8');
const model = (): Model => JSON.parse(text) as Model;
const member = (m: Model, shape: string, name: string): { traits?: Record<string, unknown> } => {
  const found = m.shapes[`com.amazonaws.lambda#${shape}`]?.members?.[name];
  if (found === undefined) throw new Error(`no ${shape}$${name}`);
  return found;
};
const apply = (m: Model): unknown => restJson1.apply(readModel(m, { memberNames: lambda.memberNames }), lambda);

describe('the restJson1 dialect on the Lambda model', () => {
  const plan = planService(model(), lambda);

  it('puts labels, query strings, headers and the payload of Invoke side by side, lowered', () => {
    expect(plan.table.shapes['InvocationRequest']).toEqual({
      s: { clientContext: '$s', functionName: '!NamespacedFunctionName', invocationType: 'InvocationType', logType: 'LogType', payload: '#$B', qualifier: 'Qualifier' },
    });
    expect(plan.table.shapes['InvocationResponse']).toEqual({ s: { executedVersion: 'Version', functionError: '$s', logResult: '$s', payload: '#$B', statusCode: '$n' } });
  });

  it('lowers members at every depth, acronyms by their first letter only', () => {
    const members = Object.values(plan.table.shapes).flatMap((row) => ('s' in row ? Object.keys(row.s) : 'u' in row ? Object.keys(row.u) : []));
    expect(members.length).toBeGreaterThan(300);
    expect(members.filter((m) => /^[A-Z]/.test(m))).toEqual([]);
    expect(members).toEqual(expect.arrayContaining(['functionName', 'statementId', 'codeSha256', 'kMSKeyArn', 'uUID']));
  });

  it('leaves its input model as it was', () => {
    const read = readModel(model(), { memberNames: 'lower-first' });
    const before = JSON.stringify([...read.shapes.values()]);
    restJson1.apply(read, lambda);
    expect(JSON.stringify([...read.shapes.values()])).toBe(before);
  });

  it('refuses a config that keeps the model spelling', () => {
    expect(() => restJson1.apply(readModel(model(), { memberNames: 'as-is' }), { ...lambda, memberNames: 'as-is' })).toThrow(
      /writes member names lower-first; config lambda says as-is/,
    );
  });

  it.each([
    ['smithy.api#httpQueryParams', 'queryParams'],
    ['smithy.api#httpPrefixHeaders', 'prefixHeaders'],
  ])('refuses a member bound by %s, naming it', (trait, binding) => {
    const m = model();
    const marker = member(m, 'ListFunctionsRequest', 'Marker');
    marker.traits = { [trait]: trait.endsWith('Headers') ? 'X-Amz-Meta-' : {} };
    expect(() => apply(m)).toThrow(`com.amazonaws.lambda#ListFunctionsRequest$Marker: bound to ${binding}, which no record shows CloudTrail writing`);
  });

  it('refuses @jsonName, naming the member', () => {
    const m = model();
    member(m, 'FunctionConfiguration', 'Role').traits = { 'smithy.api#jsonName': 'role_arn' };
    expect(() => apply(m)).toThrow(/FunctionConfiguration\$Role: @jsonName role_arn/);
  });
});
