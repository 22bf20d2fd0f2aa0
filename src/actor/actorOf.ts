import { identityKind } from '../identity/guards.js';
import { isObject } from '../core/WireType.js';
import { ownString, ownValue } from '../core/ownValue.js';
import { recordText } from '../core/text.js';
import type { CloudTrailRecord } from '../record/CloudTrailRecord.js';
import type { UserIdentity } from '../identity/UserIdentity.js';

/**
 * What kind of principal an {@link Actor} is.
 *
 * @example
 * import { actorOfIdentity, type ActorKind } from 'cloudtrail-codecs/actor';
 * const people: ReadonlySet<ActorKind> = new Set(['root', 'iam-user', 'identity-center-user', 'saml-user']);
 * people.has(actorOfIdentity({ type: 'AWSService', invokedBy: 'ec2.amazonaws.com' }).kind); // false
 */
export type ActorKind =
  | 'root'
  | 'iam-user'
  | 'assumed-role'
  | 'role'
  | 'federated-user'
  | 'directory-user'
  | 'aws-account'
  | 'aws-service'
  | 'identity-center-user'
  | 'saml-user'
  | 'web-identity-user'
  | 'unknown';

/**
 * "Who did this", answered the same way for every identity type.
 *
 * @example
 * import type { CloudTrailRecord } from 'cloudtrail-codecs';
 * import { actorOf, type Actor } from 'cloudtrail-codecs/actor';
 * declare const records: CloudTrailRecord[];
 * const actors: Actor[] = records.flatMap((r) => actorOf(r) ?? []);
 * // Callers from outside the account, one line each.
 * const outsiders = actors.filter((a) => a.accountId !== undefined && a.accountId !== '111122223333').map((a) => a.label);
 */
export interface Actor {
  readonly kind: ActorKind;
  /**
   * The principal's own name: the IAM user name, the role name, the
   * Identity Center user id, the service principal, the account id for root
   * and for other accounts. Raw record text: escape it before printing.
   */
  readonly name: string;
  /** The role or federation session name, when there is one. Raw record text. */
  readonly sessionName?: string;
  readonly accountId?: string;
  readonly arn?: string;
  /** The AWS service that made the call for the principal, if any. Raw record text. */
  readonly invokedBy?: string;
  /**
   * `true` on a `root` actor whose credentials come from an AssumeRoot
   * session (`sessionContext.assumedRoot` is `"true"`): short-term root
   * credentials that a principal of the management account obtained for one
   * privileged task in a member account. Absent for root use proper (a
   * sign-in with the root user's password, or its access keys). Both are
   * kind `root`, so a check of the kind alone still sees every use of root
   * privileges.
   */
  readonly assumedRoot?: true;
  /**
   * One line for reports: `assumed-role Admin/alice`, `iam-user bob via
   * ec2.amazonaws.com`, `root 111122223333 (AssumeRoot session)`. Safe to
   * print: the record text in it is escaped (control characters, line
   * breaks, bidi overrides) and each part is cut to 200 characters.
   */
  readonly label: string;
}

/** The resource part of an ARN (after the fifth colon), or undefined. */
function arnResource(arn: string | undefined): string | undefined {
  if (arn === undefined || !arn.startsWith('arn:')) return undefined;
  let at = -1;
  for (let i = 0; i < 5; i++) {
    at = arn.indexOf(':', at + 1);
    if (at < 0) return undefined;
  }
  return arn.slice(at + 1);
}

/** `assumed-role/Role/session` → ['Role', 'session']; other shapes → undefined. */
function splitResource(arn: string | undefined, prefix: string): string[] | undefined {
  const resource = arnResource(arn);
  return resource?.startsWith(prefix) ? resource.slice(prefix.length).split('/') : undefined;
}

function nonEmpty(...values: Array<string | undefined>): string | undefined {
  return values.find((v) => v !== undefined && v !== '');
}

interface ActorParts {
  kind: ActorKind;
  name: string;
  sessionName?: string | undefined;
  accountId?: string | undefined;
  arn?: string | undefined;
  invokedBy?: string | undefined;
  assumedRoot?: boolean;
}

// Names come from identity providers and sign-in pages, and a tampered log
// can put anything in them: the label escapes and cuts each part.
const part = (text: string): string => recordText(text, 200);

function actor(p: ActorParts): Actor {
  let label = `${p.kind} ${part(p.name)}`;
  if (p.sessionName !== undefined) label += `/${part(p.sessionName)}`;
  if (p.assumedRoot === true) label += ' (AssumeRoot session)';
  if (p.invokedBy !== undefined && p.kind !== 'aws-service') label += ` via ${part(p.invokedBy)}`;
  // Leave out absent parts rather than writing `undefined` values.
  const out: { -readonly [K in keyof Actor]?: Actor[K] } = { kind: p.kind, name: p.name };
  if (p.sessionName !== undefined) out.sessionName = p.sessionName;
  if (p.accountId !== undefined && p.accountId !== '') out.accountId = p.accountId;
  if (p.arn !== undefined && p.arn !== '') out.arn = p.arn;
  if (p.invokedBy !== undefined) out.invokedBy = p.invokedBy;
  if (p.assumedRoot === true) out.assumedRoot = true;
  out.label = label;
  return out as Actor;
}

function afterColon(principalId: string | undefined): string | undefined {
  const i = principalId?.indexOf(':') ?? -1;
  return i >= 0 ? principalId?.slice(i + 1) : undefined;
}

function beforeColon(principalId: string | undefined): string | undefined {
  const i = principalId?.indexOf(':') ?? -1;
  return i >= 0 ? principalId?.slice(0, i) : principalId;
}

// Fields are read without trusting the value: a JavaScript caller may pass
// what did not decode, with numbers, nulls, getters that throw or Proxies
// where strings belong. A field that is not an own string counts as absent.

/** True when the session is an AssumeRoot one: `true`, or `"true"` in any capitalisation (see AssumedRootValue). */
function isAssumedRoot(identity: object): boolean {
  const flag = ownValue(ownValue(identity, 'sessionContext'), 'assumedRoot');
  return flag === true || (typeof flag === 'string' && flag.toLowerCase() === 'true');
}

/**
 * Who a `userIdentity` is, as an {@link Actor}. It answers for any value: a
 * value that is not an identity at all gives the actor `unknown unknown`.
 *
 * @example
 * import { actorOfIdentity } from 'cloudtrail-codecs/actor';
 * actorOfIdentity({
 *   type: 'AssumedRole',
 *   principalId: 'AROAEXAMPLE:alice',
 *   arn: 'arn:aws:sts::111122223333:assumed-role/Admin/alice',
 *   accountId: '111122223333',
 * }).label; // 'assumed-role Admin/alice'
 */
export function actorOfIdentity(identity: UserIdentity): Actor {
  try {
    return actorFrom(identity);
  } catch {
    // Only a hostile value gets here (a Proxy whose traps throw on reads that
    // ownValue does not make); it still gets an answer.
    return actor({ kind: 'unknown', name: 'unknown' });
  }
}

function actorFrom(identity: unknown): Actor {
  if (!isObject(identity)) return actor({ kind: 'unknown', name: 'unknown' });
  const at = (...keys: string[]): string | undefined => ownString(identity, ...keys);
  const nonEmptyAt = (key: string): string | undefined => nonEmpty(at(key));
  const invokedBy = nonEmptyAt('invokedBy');
  const principalId = at('principalId');
  const arn = at('arn');
  const userName = at('userName');
  const accountId = at('accountId');
  const type = ownValue(identity, 'type');
  const kind = identityKind({ type } as UserIdentity);
  // Each case: the kind, then the candidates for the name, best first.
  let found: [ActorKind, Array<string | undefined>, string?];
  switch (kind) {
    case 'Root':
      found = ['root', [accountId, principalId]];
      break;
    case 'IAMUser':
      found = ['iam-user', [userName, splitResource(arn, 'user/')?.pop(), principalId]];
      break;
    case 'AssumedRole': {
      const [role, session] = splitResource(arn, 'assumed-role/') ?? [];
      const name = [role, at('sessionContext', 'sessionIssuer', 'userName'), beforeColon(principalId)];
      const sessionName = nonEmpty(session, afterColon(principalId));
      found = sessionName === undefined ? ['assumed-role', name] : ['assumed-role', name, sessionName];
      break;
    }
    case 'Role':
      found = ['role', [userName, splitResource(arn, 'role/')?.pop(), principalId]];
      break;
    case 'FederatedUser':
      found = ['federated-user', [splitResource(arn, 'federated-user/')?.[0], afterColon(principalId)]];
      break;
    case 'Directory':
      found = ['directory-user', [userName, splitResource(arn, 'user/')?.pop(), principalId]];
      break;
    case 'AWSAccount':
      found = ['aws-account', [accountId, principalId]];
      break;
    case 'AWSService':
      found = ['aws-service', [at('invokedBy'), principalId]];
      break;
    case 'IdentityCenterUser':
      found = ['identity-center-user', [at('onBehalfOf', 'userId'), userName]];
      break;
    case 'SAMLUser':
      found = ['saml-user', [userName, principalId]];
      break;
    case 'WebIdentityUser':
      found = ['web-identity-user', [userName, principalId]];
      break;
    case 'Unknown':
      found = ['unknown', [userName, at('onBehalfOf', 'userId'), arn, principalId]];
      break;
    case 'Untyped':
      found = invokedBy !== undefined ? ['aws-service', [invokedBy]] : ['unknown', [accountId]];
      break;
    case 'Unrecognized':
      found = ['unknown', [userName, arn, principalId, typeof type === 'string' ? type : undefined]];
      break;
  }
  const [actorKind, names, sessionName] = found;
  return actor({
    kind: actorKind,
    name: nonEmpty(...names) ?? 'unknown',
    sessionName,
    accountId: nonEmpty(accountId),
    arn: nonEmpty(arn),
    invokedBy,
    assumedRoot: actorKind === 'root' && isAssumedRoot(identity),
  });
}

/**
 * Who did this: the {@link Actor} behind a record, or `undefined` for records
 * that have no caller (Insights and aggregated events). It answers for any
 * value, decoded or not, and never throws: a value without a readable
 * `userIdentity` object gives `undefined`.
 *
 * @example
 * import type { CloudTrailRecord } from 'cloudtrail-codecs';
 * import { actorOf } from 'cloudtrail-codecs/actor';
 * actorOf({
 *   userIdentity: { type: 'IAMUser', accountId: '111122223333', userName: 'alice', arn: 'arn:aws:iam::111122223333:user/alice' },
 * })?.label; // 'iam-user alice'
 * // Root credentials from an AssumeRoot session are root, flagged.
 * declare const record: CloudTrailRecord;
 * const actor = actorOf(record);
 * if (actor?.kind === 'root' && actor.assumedRoot !== true) console.warn(`root sign-in: ${actor.label}`);
 */
export function actorOf(record: CloudTrailRecord | { readonly userIdentity?: UserIdentity }): Actor | undefined {
  if (!isObject(record)) return undefined;
  // Insights and aggregated records have no caller, whatever keys they carry.
  const eventType = ownValue(record, 'eventType');
  if (eventType === 'AwsCloudTrailInsight' || eventType === 'AwsAggregatedEvent') return undefined;
  const identity = ownValue(record, 'userIdentity');
  return isObject(identity) ? actorOfIdentity(identity as UserIdentity) : undefined;
}
