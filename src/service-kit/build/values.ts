// Plausible values by member name: an ARN for `roleArn`, the account for
// `accountId`, a policy document for `policyDocument`. Each is only a
// candidate: the payload builder keeps it when it meets the shape's
// constraints and draws from the pattern otherwise.
import type { Random } from '../../builders/random.js';

/** What a plausible value may draw on: the account, region and service of the record. */
export interface ValueContext {
  readonly random: Random;
  readonly accountId: string;
  readonly region: string;
  /** The service's prefix in ARNs and IAM actions: `sts`, `kms`. */
  readonly service: string;
}

const WORDS = ['payments', 'build', 'audit', 'deploy', 'analytics', 'backup', 'web', 'data', 'reports', 'billing'];
const USERS = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank'];
const TAG_KEYS = ['team', 'env', 'owner', 'project', 'cost-center'];
const TAG_VALUES = ['payments', 'prod', 'staging', 'platform', 'research'];
// Resources IAM names in region-less ARNs, whichever service the record is of.
const IAM_RESOURCES = new Set(['role', 'user', 'group', 'policy', 'instance-profile', 'saml-provider', 'oidc-provider', 'mfa', 'server-certificate']);

/** `instanceProfile` → `instance-profile`. */
function kebab(s: string): string {
  return s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/** A name as people give them: `payments-7`. */
export function plausibleName(random: Random): string {
  return `${random.pick(WORDS)}-${random.int(1, 99)}`;
}

/** A small JSON object, for Smithy documents. */
export function plausibleDocument(random: Random): { [key: string]: string | number } {
  return random.int(0, 1) === 0 ? { [random.pick(TAG_KEYS)]: random.pick(TAG_VALUES) } : { [random.pick(WORDS)]: random.int(1, 100) };
}

function arn(ctx: ValueContext, kindHint: string): string {
  const r = ctx.random;
  const kind = kebab(kindHint.replace(/^(source|target|destination|new|old)(?=[A-Z])/, '')) || 'resource';
  const resource = kind.replace(/^.*?(role|user|group|policy|instance-profile|saml-provider|oidc-provider|mfa|key|alias)$/, '$1');
  if (IAM_RESOURCES.has(resource) || ctx.service === 'iam' || ctx.service === 'sts') {
    const iamKind = IAM_RESOURCES.has(resource) ? resource : 'role';
    const name = iamKind === 'user' || iamKind === 'mfa' ? r.pick(USERS) : `${r.pick(WORDS).replace(/^./, (c) => c.toUpperCase())}Role`;
    return `arn:aws:iam::${ctx.accountId}:${iamKind}/${iamKind === 'policy' ? `${r.pick(WORDS)}-access` : name}`;
  }
  if (resource === 'key' || resource === 'alias' || ctx.service === 'kms') {
    return resource === 'alias'
      ? `arn:aws:kms:${ctx.region}:${ctx.accountId}:alias/${plausibleName(r)}`
      : `arn:aws:kms:${ctx.region}:${ctx.accountId}:key/${r.uuid()}`;
  }
  return `arn:aws:${ctx.service}:${ctx.region}:${ctx.accountId}:${resource}/${plausibleName(r)}`;
}

function policyDocument(ctx: ValueContext): string {
  const action = `${ctx.service}:${ctx.random.pick(['Get*', 'List*', 'Describe*'])}`;
  return JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });
}

/**
 * A candidate text for a member, from its wire name and its shape's name, or
 * undefined when the name suggests nothing in particular.
 */
export function plausibleText(ctx: ValueContext, member: string, shape: string | undefined): string | undefined {
  const r = ctx.random;
  const name = member === '' ? (shape ?? '') : member;
  if (/arns?$/i.test(name) || (shape !== undefined && /arn(type)?$/i.test(shape))) return arn(ctx, name.replace(/arns?$/i, ''));
  if (/accountids?$|^account$/i.test(name)) return ctx.accountId;
  if (/region(name)?$/i.test(name)) return ctx.region;
  // STS hands out temporary keys (ASIA), other services long-term ones (AKIA).
  if (/accesskeyid$/i.test(name)) return `${ctx.service === 'sts' ? 'ASIA' : 'AKIA'}${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
  if (/sessiontoken$/i.test(name)) return `IQoJb3JpZ2luX2Vj${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 120)}`;
  if (/(keyid|requestid|clienttoken|uuid|grantid)$/i.test(name)) return r.uuid();
  if (/policy(document)?$/i.test(name)) return policyDocument(ctx);
  if (/email/i.test(name)) return `${r.pick(USERS)}@example.com`;
  if (/(url|uri|endpoint)$/i.test(name)) return `https://${r.pick(WORDS)}.example.com/`;
  if (/path(prefix)?$/i.test(name)) return r.int(0, 1) === 0 ? '/' : `/${r.pick(WORDS)}/`;
  if (/(description|message|reason|comment)$/i.test(name)) return `Managed by the ${r.pick(WORDS)} team`;
  if (/^(tag)?keys?$/i.test(name)) return r.pick(TAG_KEYS);
  if (/^(tag)?values?$/i.test(name)) return r.pick(TAG_VALUES);
  if (/(user(name)?|sessionname)$/i.test(name)) return `${r.pick(USERS)}${/session/i.test(name) ? '-session' : ''}`;
  if (/names?$/i.test(name)) return plausibleName(r);
  return undefined;
}

/** A candidate number for a member, from its wire name, or undefined. */
export function plausibleNumber(ctx: ValueContext, member: string): number | undefined {
  if (/durationseconds$/i.test(member)) return ctx.random.pick([900, 3600, 43200]);
  if (/(days|pendingwindowindays)$/i.test(member)) return ctx.random.pick([7, 30]);
  if (/^(max|limit|maxitems|maxresults)/i.test(member)) return ctx.random.pick([10, 50, 100]);
  return undefined;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** `bytes` random bytes as base64 text, the way CloudTrail writes blobs. */
export function base64Bytes(random: Random, bytes: number): string {
  let out = '';
  for (let i = 0; i < bytes; i += 3) {
    const n = bytes - i;
    const b0 = random.int(0, 255);
    const b1 = n > 1 ? random.int(0, 255) : 0;
    const b2 = n > 2 ? random.int(0, 255) : 0;
    out += BASE64.charAt(b0 >> 2) + BASE64.charAt(((b0 & 3) << 4) | (b1 >> 4));
    out += n > 1 ? BASE64.charAt(((b1 & 15) << 2) | (b2 >> 6)) : '=';
    out += n > 2 ? BASE64.charAt(b2 & 63) : '=';
  }
  return out;
}
