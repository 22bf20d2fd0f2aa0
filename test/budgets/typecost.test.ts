// Type-check cost: a consumer that narrows AppMeshEvent and reads nested spec
// fields. Instantiation counts are deterministic, so a regression of more
// than 50% over the committed baseline fails here; times are reported by the
// benchmark, not asserted in tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, typeCheckCost } from '../../scripts/budgets.js';

const baseline = JSON.parse(readFileSync(join(root, 'test/budgets/typecost-baseline.json'), 'utf8')) as {
  instantiations: number;
  iam: number;
  ec2s3: number;
};

describe('type-check cost', () => {
  it('stays within 50% of the baseline and under 300k instantiations', () => {
    const cost = typeCheckCost('src');
    expect(cost.instantiations).toBeGreaterThan(0);
    expect(cost.instantiations).toBeLessThan(300_000);
    expect(cost.instantiations).toBeLessThanOrEqual(baseline.instantiations * 1.5);
  }, 60_000);

  it('a consumer that narrows IAM events (164 operations) stays under 300k instantiations and within 50% of its baseline', () => {
    const cost = typeCheckCost('src', 'iam');
    expect(cost.instantiations).toBeGreaterThan(0);
    expect(cost.instantiations).toBeLessThan(300_000);
    expect(cost.instantiations).toBeLessThanOrEqual(baseline.iam * 1.5);
  }, 60_000);

  it('a consumer that narrows EC2 RunInstances (627 operations) and S3 PutObject stays under 300k instantiations and within 50% of its baseline', () => {
    const cost = typeCheckCost('src', 'ec2s3');
    expect(cost.instantiations).toBeGreaterThan(0);
    expect(cost.instantiations).toBeLessThan(300_000);
    expect(cost.instantiations).toBeLessThanOrEqual(baseline.ec2s3 * 1.5);
  }, 120_000);
});
