import type * as t from 'io-ts';
import { INVALID, WireType, failureAt, type Invalid } from '../../core/WireType.js';

/**
 * The ARN namespace of App Mesh.
 *
 * @example
 * import { appMeshArnNamespace } from 'cloudtrail-codecs/appmesh';
 * appMeshArnNamespace; // 'appmesh'
 */
export const appMeshArnNamespace = 'appmesh';

/**
 * The resource part of each App Mesh ARN, after
 * `arn:<partition>:appmesh:<region>:<account>:`, as the model's `aws.api#arn`
 * traits give them (test/appmesh/arn.test.ts compares them with the model).
 *
 * @example
 * import { appMeshArnTemplates } from 'cloudtrail-codecs/appmesh';
 * appMeshArnTemplates.length; // 7
 */
export const appMeshArnTemplates = [
  'mesh/{meshName}',
  'mesh/{meshName}/virtualGateway/{virtualGatewayName}',
  'mesh/{meshName}/virtualGateway/{virtualGatewayName}/gatewayRoute/{gatewayRouteName}',
  'mesh/{meshName}/virtualNode/{virtualNodeName}',
  'mesh/{meshName}/virtualRouter/{virtualRouterName}',
  'mesh/{meshName}/virtualRouter/{virtualRouterName}/route/{routeName}',
  'mesh/{meshName}/virtualService/{virtualServiceName}',
] as const;

/**
 * What every App Mesh ARN holds, whatever its kind.
 *
 * @example
 * import { parseAppMeshArn, type AppMeshArnBase } from 'cloudtrail-codecs/appmesh';
 * const meshKey = (arn: AppMeshArnBase): string => `${arn.accountId}/${arn.region}/${arn.meshName}`;
 * const arn = parseAppMeshArn('arn:aws:appmesh:eu-west-1:111122223333:mesh/shop/virtualNode/cart');
 * if (arn !== undefined) meshKey(arn); // '111122223333/eu-west-1/shop'
 */
export interface AppMeshArnBase {
  readonly partition: string;
  readonly region: string;
  readonly accountId: string;
  readonly meshName: string;
}

/**
 * The ARN of an App Mesh resource, taken apart; `kind` tells which names it has.
 *
 * @example
 * import { formatAppMeshArn, type AppMeshArn } from 'cloudtrail-codecs/appmesh';
 * const route: AppMeshArn = {
 *   kind: 'route',
 *   partition: 'aws',
 *   region: 'eu-west-1',
 *   accountId: '111122223333',
 *   meshName: 'shop',
 *   virtualRouterName: 'web',
 *   routeName: 'api',
 * };
 * formatAppMeshArn(route); // 'arn:aws:appmesh:eu-west-1:111122223333:mesh/shop/virtualRouter/web/route/api'
 */
export type AppMeshArn =
  | (AppMeshArnBase & { readonly kind: 'mesh' })
  | (AppMeshArnBase & { readonly kind: 'virtualNode'; readonly virtualNodeName: string })
  | (AppMeshArnBase & { readonly kind: 'virtualService'; readonly virtualServiceName: string })
  | (AppMeshArnBase & { readonly kind: 'virtualRouter'; readonly virtualRouterName: string })
  | (AppMeshArnBase & { readonly kind: 'route'; readonly virtualRouterName: string; readonly routeName: string })
  | (AppMeshArnBase & { readonly kind: 'virtualGateway'; readonly virtualGatewayName: string })
  | (AppMeshArnBase & { readonly kind: 'gatewayRoute'; readonly virtualGatewayName: string; readonly gatewayRouteName: string });

/**
 * The kind of resource an {@link AppMeshArn} names.
 *
 * @example
 * import { parseAppMeshArn, type AppMeshArnKind } from 'cloudtrail-codecs/appmesh';
 * const kindOf = (arn: string): AppMeshArnKind | undefined => parseAppMeshArn(arn)?.kind;
 * kindOf('arn:aws:appmesh:eu-west-1:111122223333:mesh/shop/virtualService/cart.shop.local'); // 'virtualService'
 */
export type AppMeshArnKind = AppMeshArn['kind'];

interface Template {
  readonly kind: string;
  /** Literal segments as strings, labels as `{name}` → name in `labels`. */
  readonly segments: readonly string[];
  readonly labels: ReadonlyMap<number, string>;
}

// The resource layouts come from the model's ARN templates, such as
// `mesh/{meshName}/virtualRouter/{virtualRouterName}/route/{routeName}`;
// a resource's kind is its last literal segment.
const templates: readonly Template[] = appMeshArnTemplates.map((template) => {
  const segments = template.split('/');
  const labels = new Map<number, string>();
  segments.forEach((s, i) => {
    if (s.startsWith('{') && s.endsWith('}')) labels.set(i, s.slice(1, -1));
  });
  const literals = segments.filter((_, i) => !labels.has(i));
  return { kind: literals[literals.length - 1] as string, segments, labels };
});

/**
 * Takes an App Mesh ARN apart: partition, region, account, mesh, and the
 * names below it. Names are split on `/` only (they may hold dots and
 * underscores). Returns `undefined` for anything that is not an App Mesh
 * resource ARN.
 *
 * @example
 * import { parseAppMeshArn } from 'cloudtrail-codecs/appmesh';
 * const arn = parseAppMeshArn('arn:aws:appmesh:eu-west-1:111122223333:mesh/shop/virtualRouter/web/route/api');
 * if (arn?.kind === 'route') arn.routeName; // 'api'
 */
export function parseAppMeshArn(arn: string): AppMeshArn | undefined {
  const parts = arn.split(':');
  if (parts.length !== 6 || parts[0] !== 'arn' || parts[2] !== appMeshArnNamespace) return undefined;
  const [, partition, , region, accountId, resource] = parts as [string, string, string, string, string, string];
  if (partition === '' || region === '' || accountId === '') return undefined;
  const segments = resource.split('/');
  for (const tpl of templates) {
    if (tpl.segments.length !== segments.length) continue;
    const out: Record<string, string> = { kind: tpl.kind, partition, region, accountId };
    let ok = true;
    for (let i = 0; i < segments.length && ok; i++) {
      const label = tpl.labels.get(i);
      const seg = segments[i] as string;
      if (label !== undefined) {
        if (seg === '') ok = false;
        else out[label] = seg;
      } else if (seg !== tpl.segments[i]) ok = false;
    }
    if (ok) return out as unknown as AppMeshArn;
  }
  return undefined;
}

/**
 * Writes an {@link AppMeshArn} back as text.
 *
 * @example
 * import { formatAppMeshArn } from 'cloudtrail-codecs/appmesh';
 * formatAppMeshArn({ kind: 'mesh', partition: 'aws', region: 'eu-west-1', accountId: '111122223333', meshName: 'shop' });
 * // 'arn:aws:appmesh:eu-west-1:111122223333:mesh/shop'
 */
export function formatAppMeshArn(arn: AppMeshArn): string {
  const tpl = templates.find((x) => x.kind === arn.kind);
  if (tpl === undefined) throw new TypeError(`Unknown App Mesh ARN kind ${String(arn.kind)}`);
  const values = arn as unknown as Record<string, string>;
  const resource = tpl.segments.map((s, i) => {
    const label = tpl.labels.get(i);
    return label === undefined ? s : (values[label] ?? '');
  });
  return `arn:${arn.partition}:${appMeshArnNamespace}:${arn.region}:${arn.accountId}:${resource.join('/')}`;
}

/**
 * The node an Envoy proxy serves, from the `nodeArn` of a
 * StreamAggregatedResources event: a virtual node or a virtual gateway.
 *
 * @example
 * import { parseNodeArn } from 'cloudtrail-codecs/appmesh';
 * parseNodeArn('arn:aws:appmesh:us-west-2:111122223333:mesh/shop/virtualGateway/ingress')?.kind; // 'virtualGateway'
 */
export function parseNodeArn(
  nodeArn: string,
): Extract<AppMeshArn, { kind: 'virtualNode' | 'virtualGateway' }> | undefined {
  const arn = parseAppMeshArn(nodeArn);
  return arn?.kind === 'virtualNode' || arn?.kind === 'virtualGateway' ? arn : undefined;
}

/**
 * True for a value that is an {@link AppMeshArn}: a known kind with every part a non-empty string.
 *
 * @example
 * import { isAppMeshArn } from 'cloudtrail-codecs/appmesh';
 * isAppMeshArn({ kind: 'mesh', partition: 'aws', region: 'eu-west-1', accountId: '111122223333', meshName: 'shop' }); // true
 * isAppMeshArn({ kind: 'mesh', partition: 'aws', region: 'eu-west-1', accountId: '111122223333', meshName: '' }); // false
 */
export function isAppMeshArn(u: unknown): u is AppMeshArn {
  if (typeof u !== 'object' || u === null) return false;
  const v = u as Record<string, unknown>;
  const tpl = templates.find((x) => x.kind === v['kind']);
  if (tpl === undefined) return false;
  const parts = ['partition', 'region', 'accountId', ...tpl.labels.values()];
  // A ':' in a part, or a '/' in a name, would not survive formatting.
  return parts.every((p) => {
    const x = v[p];
    return typeof x === 'string' && x !== '' && !x.includes(':') && !(tpl.labels.size > 0 && p.endsWith('Name') && x.includes('/'));
  });
}

/**
 * The codec of {@link AppMeshArnFromString}: {@link AppMeshArn} in memory, the ARN text on the wire.
 *
 * @example
 * import { decodeWith, struct } from 'cloudtrail-codecs';
 * import { AppMeshArnFromString, type AppMeshArnFromStringC } from 'cloudtrail-codecs/appmesh';
 * const NodeArn: AppMeshArnFromStringC = AppMeshArnFromString;
 * const Details = struct('Details', { nodeArn: NodeArn });
 * const r = decodeWith(Details, { nodeArn: 'arn:aws:appmesh:us-west-2:111122223333:mesh/shop/virtualNode/cart' });
 * if (r.success) r.data.nodeArn.kind; // 'virtualNode'
 */
export interface AppMeshArnFromStringC extends WireType<AppMeshArn, string> {}

class AppMeshArnFromStringType extends WireType<AppMeshArn, string> implements AppMeshArnFromStringC {
  readonly encodesAsIs = false;
  constructor() {
    super('App Mesh ARN (like arn:aws:appmesh:<region>:<account>:mesh/<mesh>/virtualNode/<name>)', isAppMeshArn);
  }
  parse(u: unknown): AppMeshArn | Invalid {
    return typeof u === 'string' ? (parseAppMeshArn(u) ?? INVALID) : INVALID;
  }
  explain(u: unknown, c: t.Context): t.Errors {
    return failureAt(u, c);
  }
  encodeValue(a: AppMeshArn): string {
    return formatAppMeshArn(a);
  }
}

/**
 * An App Mesh ARN, decoded to its parts and encoded back to the same text.
 *
 * @example
 * import { decodeWith } from 'cloudtrail-codecs';
 * import { AppMeshArnFromString } from 'cloudtrail-codecs/appmesh';
 * const r = decodeWith(AppMeshArnFromString, 'arn:aws:appmesh:eu-west-1:111122223333:mesh/shop');
 * if (r.success) r.data.meshName; // 'shop'
 */
export const AppMeshArnFromString: AppMeshArnFromStringC = new AppMeshArnFromStringType();
