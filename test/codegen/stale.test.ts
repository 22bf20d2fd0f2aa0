// Every generated file in the repository is what the generator makes now from
// the vendored models and the configs: a stale file fails here, with the
// command that fixes it. Also: the vendored models are the shared ones, byte
// for byte, the generated folders hold nothing the generator does not make,
// and the generator of the form before the service kit is gone.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateKitService, generateRegistry } from '../../scripts/codegen/kit.js';
import { kitServices } from '../../scripts/codegen/services.js';
import { repoRoot, sharedDir } from '../support/corpus.js';

const read = (path: string): string => readFileSync(join(repoRoot, path), 'utf8');
const modelOf = (path: string): unknown => JSON.parse(read(path));

describe('services on the kit', () => {
  it('are the wire configs', () => {
    expect(kitServices.map((c) => c.name)).toEqual(['sts', 'iam', 'kms', 'appmesh', 'secretsmanager', 'cloudtrail', 'ssm', 'organizations', 'dynamodb', 'lambda', 's3', 'ec2']);
  });

  for (const config of kitServices) {
    const out = generateKitService(modelOf(config.model), config);
    for (const file of [...out.code, out.docs]) {
      it(`${file.path} is up to date (else run npm run codegen)`, () => {
        expect(read(file.path) === file.content).toBe(true);
      });
    }

    it(`src/services/${config.name}/generated holds only generated files`, () => {
      const made = out.code.map((f) => f.path.split('/').pop()).sort();
      expect(readdirSync(join(repoRoot, 'src/services', config.name, 'generated')).sort()).toEqual(made);
    });

    it(`${config.model} is the shared model, byte for byte`, () => {
      const name = config.model.split('/').pop() as string;
      expect(read(config.model) === readFileSync(join(sharedDir, 'models', name), 'utf8')).toBe(true);
    });
  }

  it('src/services/registry.ts lists every one of them (else run npm run codegen)', () => {
    const registry = generateRegistry(kitServices);
    expect(read(registry.path) === registry.content).toBe(true);
    for (const c of kitServices) expect(registry.content).toContain(`${c.prefix}Service`);
  });

  it('differ from what a changed model makes (the comparison can fail)', () => {
    const config = kitServices.find((c) => c.name === 'sts');
    if (config === undefined) throw new Error('no sts config');
    const model = modelOf(config.model) as { shapes: Record<string, { members?: Record<string, { traits?: Record<string, unknown> }> }> };
    const member = model.shapes['com.amazonaws.sts#AssumeRoleRequest']?.members?.['ExternalId'];
    if (member === undefined) throw new Error('no AssumeRoleRequest.ExternalId');
    member.traits = { 'smithy.api#required': {} };
    const changed = generateKitService(model, config);
    const stale = [...changed.code, changed.docs].filter((f) => read(f.path) !== f.content).map((f) => f.path);
    // The table gains the flag, the type loses the `?`, the docs page its byte count.
    expect(stale).toEqual(['src/services/sts/generated/table.ts', 'src/services/sts/generated/shapes.ts', 'docs/services/sts.md']);
  });

  it('name the model and the config to change in each file', () => {
    for (const config of kitServices) {
      for (const f of generateKitService(modelOf(config.model), config).code) {
        expect(f.content).toContain(`from ${config.model},`);
        expect(f.content).toContain(`change scripts/codegen/wire/${config.name}.ts or the generator`);
      }
    }
  });
});

it('the generator of the form before the kit, and its output, are gone', () => {
  for (const path of ['scripts/codegen/generate.ts', 'scripts/codegen/smithy.ts', 'src/appmesh']) expect(existsSync(join(repoRoot, path)), path).toBe(false);
});
