// App Mesh ARNs: taken apart and put back together following the `aws.api#arn`
// templates of the vendored model, checked against those templates, the
// documented partitions, odd but real names, and the corpus records.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLeft, isRight } from 'fp-ts/Either';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import {
  AppMeshArnFromString,
  appMeshArnTemplates,
  formatAppMeshArn,
  parseAppMeshArn,
  parseNodeArn,
  type AppMeshArn,
} from '../../src/services/appmesh/index.js';
import { kitServices } from '../../scripts/codegen/services.js';
import { corpusRecords, repoRoot } from '../support/corpus.js';

interface ModelShape {
  readonly type: string;
  readonly traits?: Readonly<Record<string, unknown>>;
}
const config = kitServices.find((s) => s.name === 'appmesh');
if (config === undefined) throw new Error('no appmesh entry in scripts/codegen/services.ts');
const model = JSON.parse(readFileSync(join(repoRoot, config.model), 'utf8')) as { shapes: Record<string, ModelShape> };

const serviceId = Object.keys(model.shapes).find((id) => model.shapes[id]?.type === 'service') as string;
const namespace = (model.shapes[serviceId]?.traits?.['aws.api#service'] as { arnNamespace: string }).arnNamespace;

interface ModelTemplate {
  readonly template: string;
  /** The last literal segment, which names the kind. */
  readonly kind: string;
  /** Label names in template order. */
  readonly labels: readonly string[];
}

const modelTemplates: ModelTemplate[] = Object.values(model.shapes)
  .filter((s) => s.type === 'resource' && s.traits?.['aws.api#arn'] !== undefined)
  .map((s) => {
    const template = (s.traits?.['aws.api#arn'] as { template: string }).template;
    const segments = template.split('/');
    const literals = segments.filter((x) => !x.startsWith('{'));
    return {
      template,
      kind: literals[literals.length - 1] as string,
      labels: segments.filter((x) => x.startsWith('{')).map((x) => x.slice(1, -1)),
    };
  })
  .sort((a, b) => a.template.localeCompare(b.template));

const fill = (template: string, names: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (_, label: string) => names[label] ?? `<${label}>`);

// Names from real App Mesh setups: Kubernetes DNS names and controller-made names.
const NAMES = ['color.howto-k8s-http2.svc.cluster.local', 'my-service-a_my-apps', 'm1'];
const PARTITIONS = [
  { partition: 'aws', region: 'us-west-2' },
  { partition: 'aws-cn', region: 'cn-north-1' },
  { partition: 'aws-us-gov', region: 'us-gov-west-1' },
];
const ACCOUNT = '123456789012';

const cases = modelTemplates.flatMap((tpl) =>
  PARTITIONS.flatMap(({ partition, region }) =>
    NAMES.map((_, i) => {
      // Each label gets a different name, so a swapped label shows.
      const names = Object.fromEntries(tpl.labels.map((l, j) => [l, NAMES[(i + j) % NAMES.length] as string]));
      return {
        kind: tpl.kind,
        names,
        arn: `arn:${partition}:${namespace}:${region}:${ACCOUNT}:${fill(tpl.template, names)}`,
        partition,
        region,
      };
    }),
  ),
);

describe('the ARN templates', () => {
  it('are the model aws.api#arn templates', () => {
    expect([...appMeshArnTemplates].sort()).toEqual(modelTemplates.map((t) => t.template));
  });

  it('name the seven App Mesh resource kinds', () => {
    expect(modelTemplates.map((t) => t.kind).sort()).toEqual(
      ['gatewayRoute', 'mesh', 'route', 'virtualGateway', 'virtualNode', 'virtualRouter', 'virtualService'].sort(),
    );
  });
});

describe('parseAppMeshArn and formatAppMeshArn', () => {
  it.each(cases)('$arn', ({ arn, kind, names, partition, region }) => {
    const parsed = parseAppMeshArn(arn);
    expect(parsed).toEqual({ kind, partition, region, accountId: ACCOUNT, ...names });
    expect(formatAppMeshArn(parsed as AppMeshArn)).toBe(arn);
  });

  it('takes apart the documented gatewayRoute example', () => {
    expect(
      parseAppMeshArn(
        'arn:aws:appmesh:us-west-2:210987654321:mesh/meshName/virtualGateway/virtualGatewayName/gatewayRoute/gatewayRouteName',
      ),
    ).toEqual({
      kind: 'gatewayRoute',
      partition: 'aws',
      region: 'us-west-2',
      accountId: '210987654321',
      meshName: 'meshName',
      virtualGatewayName: 'virtualGatewayName',
      gatewayRouteName: 'gatewayRouteName',
    });
  });

  const base = `arn:aws:${namespace}:us-east-1:${ACCOUNT}`;
  it.each([
    ['wrong service and an extra colon (docs sample)', 'arn:aws:iam::123456789012::mesh/my-mesh'],
    ['wrong service', `arn:aws:iam:us-east-1:${ACCOUNT}:mesh/my-mesh`],
    ['preview namespace', `arn:aws:${namespace}-preview:us-west-2:${ACCOUNT}:mesh/my-mesh`],
    ['not an ARN', `urn:aws:${namespace}:us-east-1:${ACCOUNT}:mesh/my-mesh`],
    ['empty string', ''],
    ['no mesh name', `${base}:mesh/`],
    ['no resource', `${base}:mesh`],
    ['empty resource', `${base}:`],
    ['empty mesh name below', `${base}:mesh//virtualNode/vn`],
    ['no node name', `${base}:mesh/m/virtualNode/`],
    ['no node name segment', `${base}:mesh/m/virtualNode`],
    ['no route name', `${base}:mesh/m/virtualRouter/r/route/`],
    ['no gateway route name', `${base}:mesh/m/virtualGateway/g/gatewayRoute`],
    ['extra segment', `${base}:mesh/m/virtualNode/vn/extra`],
    ['extra segments below a route', `${base}:mesh/m/virtualRouter/r/route/rt/x/y`],
    ['trailing slash', `${base}:mesh/m/`],
    ['plural segment', `${base}:mesh/m/virtualNodes/vn`],
    ['plural mesh segment', `${base}:meshes/m`],
    ['plural route segment', `${base}:mesh/m/virtualRouter/r/routes/rt`],
    ['unknown kind', `${base}:mesh/m/virtualThing/x`],
    ['route under a gateway', `${base}:mesh/m/virtualGateway/g/route/rt`],
    ['too few colons', `arn:aws:${namespace}:us-east-1${ACCOUNT}:mesh/m`],
    ['too many colons', `arn:aws:${namespace}:us-east-1::${ACCOUNT}:mesh/m`],
    ['a colon in the resource', `${base}:mesh/m:x`],
    ['empty region', `arn:aws:${namespace}::${ACCOUNT}:mesh/m`],
    ['empty account', `arn:aws:${namespace}:us-east-1::mesh/m`],
    ['empty partition', `arn::${namespace}:us-east-1:${ACCOUNT}:mesh/m`],
  ])('rejects %s: %s', (_why, arn) => {
    expect(parseAppMeshArn(arn)).toBeUndefined();
    expect(isLeft(AppMeshArnFromString.decode(arn))).toBe(true);
  });
});

describe('AppMeshArnFromString', () => {
  it.each(cases)('$arn round-trips', ({ arn }) => {
    const r = AppMeshArnFromString.decode(arn);
    expect(isRight(r)).toBe(true);
    if (isRight(r)) {
      expect(r.right).toEqual(parseAppMeshArn(arn));
      expect(AppMeshArnFromString.encode(r.right)).toBe(arn);
      expect(AppMeshArnFromString.is(r.right)).toBe(true);
    }
  });

  // io-ts chooses a union member's encoder by `is`, so `is` must accept only
  // complete App Mesh ARNs, or encode writes `arn:undefined:…` or throws.
  it('is accepts only App Mesh ARNs', () => {
    expect(AppMeshArnFromString.is({ kind: 'mesh', meshName: 'm' })).toBe(false);
    expect(AppMeshArnFromString.is({ kind: 'bucket', meshName: 'm' })).toBe(false);
    expect(AppMeshArnFromString.is({ kind: 'mesh', partition: 'aws', region: 'eu-west-1', accountId: '111122223333', meshName: 'm' })).toBe(true);
    expect(AppMeshArnFromString.is({ kind: 'route', partition: 'aws', region: 'eu-west-1', accountId: '111122223333', meshName: 'm', virtualRouterName: 'r' })).toBe(false);
  });

  it('a union holding it encodes values of its other members', () => {
    const Note = t.type({ kind: t.string, meshName: t.string, note: t.string });
    const Either = t.union([AppMeshArnFromString, Note]);
    const value = { kind: 'draft', meshName: 'm', note: 'not an ARN' };
    expect(Either.encode(value)).toEqual(value);
  });

  it('rejects values that are not strings', () => {
    for (const u of [null, undefined, 42, {}, ['arn:aws:appmesh:us-east-1:123456789012:mesh/m']]) {
      expect(isLeft(AppMeshArnFromString.decode(u))).toBe(true);
    }
  });
});

describe('parseNodeArn', () => {
  it.each(cases)('$kind $arn', ({ arn, kind }) => {
    const parsed = parseNodeArn(arn);
    if (kind === 'virtualNode' || kind === 'virtualGateway') expect(parsed).toEqual(parseAppMeshArn(arn));
    else expect(parsed).toBeUndefined();
  });

  it('rejects what parseAppMeshArn rejects', () => {
    expect(parseNodeArn(`arn:aws:${namespace}:us-east-1:${ACCOUNT}:mesh/m/virtualNodes/vn`)).toBeUndefined();
  });
});

describe('ARNs of the corpus', () => {
  const source = (model.shapes[serviceId]?.traits?.['aws.api#service'] as { cloudTrailEventSource: string })
    .cloudTrailEventSource;

  // Every `nodeArn` and every `metadata.arn`, at any depth.
  const found: Array<{ where: string; arn: string; node: boolean }> = [];
  const walk = (u: unknown, where: string): void => {
    if (Array.isArray(u)) u.forEach((x, i) => walk(x, `${where}[${i}]`));
    else if (typeof u === 'object' && u !== null) {
      for (const [k, v] of Object.entries(u)) {
        if (k === 'nodeArn' && typeof v === 'string') found.push({ where: `${where}.${k}`, arn: v, node: true });
        const arn = (v as { arn?: unknown } | null)?.arn;
        if (k === 'metadata' && typeof arn === 'string') found.push({ where: `${where}.metadata.arn`, arn, node: false });
        walk(v, `${where}.${k}`);
      }
    }
  };
  for (const { file, index, record } of corpusRecords()) {
    if (record['eventSource'] === source) walk(record, `${file}#${index}`);
  }

  it('holds App Mesh ARNs to check (both kinds of place)', () => {
    expect(found.some((f) => f.node)).toBe(true);
    expect(found.some((f) => !f.node)).toBe(true);
  });

  it.each(found)('$where: $arn', ({ arn, node }) => {
    const parsed = parseAppMeshArn(arn);
    expect(parsed).toBeDefined();
    expect(formatAppMeshArn(parsed as AppMeshArn)).toBe(arn);
    if (node) expect(parseNodeArn(arn)).toEqual(parsed);
  });
});
