// Every vendored model keeps its Apache-2.0 attribution, in models/NOTICE and
// in the package's NOTICE, so adding a model without it fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const models = readdirSync(join(root, 'models')).filter((f) => f.endsWith('.facts.json'));

describe('NOTICE', () => {
  it('names every vendored model, with the Apache-2.0 attribution', () => {
    expect(models.length).toBeGreaterThanOrEqual(4);
    const modelsNotice = readFileSync(join(root, 'models/NOTICE'), 'utf8');
    const notice = readFileSync(join(root, 'NOTICE'), 'utf8').replace(/\s+/g, ' ');
    expect(modelsNotice).toContain('Licensed under the Apache License, Version 2.0');
    expect(notice).toContain('Apache License, Version 2.0');
    for (const model of models) {
      expect(modelsNotice, model).toContain(model);
      expect(notice, model).toContain(`models/${model}`);
    }
  });
});
