// The generator is general enough for every model in ../shared/models: each
// reads, plans and emits (protocols whose wire names no config rule describes
// only when asked to), its table is sound for the kit, and its renames are
// the ones the models call for. EC2 (627 operations) is in the list on
// purpose: it is the scale the output form is chosen for.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ServiceConfig } from '../../scripts/codegen/config.js';
import { generateKitService } from '../../scripts/codegen/kit.js';
import { sizeOf } from '../../scripts/codegen/text.js';
import { tableProblems } from '../../src/service-kit/shapes.js';
import { sharedDir } from '../support/corpus.js';

const modelsDir = join(sharedDir, 'models');
const files = readdirSync(modelsDir)
  .filter((f) => f.endsWith('.facts.json'))
  .sort();

const configFor = (file: string): ServiceConfig => {
  const name = file.split('-')[0] as string;
  return {
    name,
    model: `models/${file}`,
    eventCodec: `${name.toUpperCase()}Event`,
    prefix: name,
    callName: name.toUpperCase(),
    memberNames: 'lower-first',
    timestamps: 'java-text',
    budget: 1,
  };
};

const parsed = new Map<string, unknown>();
/** A fresh parse of a shared model (the generator does not change its input, but tests must not share state through it). */
const modelOf = (file: string): unknown => {
  let text = parsed.get(file) as string | undefined;
  if (text === undefined) {
    text = readFileSync(join(modelsDir, file), 'utf8');
    parsed.set(file, text);
  }
  return JSON.parse(text) as unknown;
};
const outputs = new Map<string, ReturnType<typeof generateKitService>>();
const generated = (file: string): ReturnType<typeof generateKitService> => {
  let out = outputs.get(file);
  if (out === undefined) {
    out = generateKitService(modelOf(file), configFor(file), { anyProtocol: true });
    outputs.set(file, out);
  }
  return out;
};

// Shapes renamed for more than their first letter, by model.
const expectedRenames: Readonly<Record<string, readonly string[]>> = {
  'ec2-2016-11-15.facts.json': ['InstanceType->InstanceTypeShape'],
  's3-2006-03-01.facts.json': ['Error->ErrorShape', 'Object->ObjectShape'],
};

describe('every shared model', () => {
  it('is there', () => {
    expect(files).toHaveLength(12);
  });

  for (const file of files) {
    it(`${file} generates, with a sound table`, () => {
      const out = generated(file);
      const { table } = out.plan;
      expect(tableProblems(table)).toEqual([]);
      expect(Object.keys(table.operations)).toHaveLength(out.plan.ir.operations.length);
      const renames = out.plan.names.renames.filter((r) => r.reason !== 'case').map((r) => `${r.shape}->${r.name}`);
      expect(renames).toEqual(expectedRenames[file] ?? []);
      // One table row per line: as many row lines as shapes and operations.
      const rows = (out.code[0]?.content ?? '').split('\n').filter((l) => /^"[^"]+": \{.*\},?$/.test(l) && !l.startsWith('"profile": '));
      expect(rows).toHaveLength(Object.keys(table.shapes).length + Object.keys(table.operations).length);
      expect(sizeOf(out.code).lines).toBeLessThan(40 * Object.keys(table.operations).length + 10 * Object.keys(table.shapes).length);
    });
  }

  it('refuses restXml unless asked: its wire names come from xmlName (ec2Query: see emit.test.ts)', () => {
    const file = 's3-2006-03-01.facts.json';
    expect(() => generateKitService(modelOf(file), configFor(file))).toThrow(/protocol restXml: CloudTrail's member names come from xmlName\/ec2QueryName/);
  });

  it('keeps recursive shapes of SSM, Organizations and DynamoDB as references by name', () => {
    const plan = (file: string) => generated(file).plan.table.shapes;
    expect(plan('dynamodb-2012-08-10.facts.json')['ListAttributeValue']).toEqual({ l: 'AttributeValue' });
    expect(plan('dynamodb-2012-08-10.facts.json')['MapAttributeValue']).toEqual({ m: ['AttributeName', 'AttributeValue'] });
    expect(plan('organizations-2016-11-28.facts.json')['HandshakeResources']).toEqual({ l: 'HandshakeResource' });
  });
});
