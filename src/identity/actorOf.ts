import { matchIdentity } from './guards.js';
import type { CloudTrailRecord } from '../record/CloudTrailRecord.js';
import type { UserIdentity } from './UserIdentity.js';

/**
 * What kind of principal an {@link Actor} is.
 *
 * @example
 * import { actorOfIdentity, type ActorKind } from 'cloudtrail-codecs';
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
 * import { actorOf, type Actor, type CloudTrailRecord } from 'cloudtrail-codecs';
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
   * and for other accounts.
   */
  readonly name: string;
  /** The role or federation session name, when there is one. */
  readonly sessionName?: string;
  readonly accountId?: string;
  readonly arn?: string;
  /** The AWS service that made the call for the principal, if any. */
  readonly invokedBy?: string;
  /** One line for reports: `assumed-role Admin/alice`, `iam-user bob via ec2.amazonaws.com`. */
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
}

// Names come from identity providers and sign-in pages: a control character
// in one must not break the one-line label.
const oneLine = (text: string): string =>
  text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

function actor(p: ActorParts): Actor {
  let label = `${p.kind} ${oneLine(p.name)}`;
  if (p.sessionName !== undefined) label += `/${oneLine(p.sessionName)}`;
  if (p.invokedBy !== undefined && p.kind !== 'aws-service') label += ` via ${oneLine(p.invokedBy)}`;
  // Leave out absent parts rather than writing `undefined` values.
  const out: { -readonly [K in keyof Actor]?: Actor[K] } = { kind: p.kind, name: p.name };
  if (p.sessionName !== undefined) out.sessionName = p.sessionName;
  if (p.accountId !== undefined && p.accountId !== '') out.accountId = p.accountId;
  if (p.arn !== undefined && p.arn !== '') out.arn = p.arn;
  if (p.invokedBy !== undefined) out.invokedBy = p.invokedBy;
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

/**
 * Who a `userIdentity` is, as an {@link Actor}.
 *
 * @example
 * import { actorOfIdentity } from 'cloudtrail-codecs';
 * actorOfIdentity({
 *   type: 'AssumedRole',
 *   principalId: 'AROAEXAMPLE:alice',
 *   arn: 'arn:aws:sts::111122223333:assumed-role/Admin/alice',
 *   accountId: '111122223333',
 * }).label; // 'assumed-role Admin/alice'
 */
export function actorOfIdentity(identity: UserIdentity): Actor {
  // Read generically: not every variant declares these fields.
  const fields = identity as { readonly accountId?: unknown; readonly arn?: unknown; readonly invokedBy?: unknown };
  const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
  const invokedBy = text(fields.invokedBy);
  // Each case: the kind, then the candidates for the name, best first.
  const [kind, names, sessionName] = matchIdentity<[ActorKind, Array<string | undefined>, string?]>(identity, {
    Root: (i) => ['root', [i.accountId, i.principalId]],
    IAMUser: (i) => ['iam-user', [i.userName, splitResource(i.arn, 'user/')?.pop(), i.principalId]],
    AssumedRole: (i) => {
      const [role, session] = splitResource(i.arn, 'assumed-role/') ?? [];
      const name = [role, i.sessionContext?.sessionIssuer?.userName, beforeColon(i.principalId)];
      const sessionName = nonEmpty(session, afterColon(i.principalId));
      return sessionName === undefined ? ['assumed-role', name] : ['assumed-role', name, sessionName];
    },
    Role: (i) => ['role', [i.userName, splitResource(i.arn, 'role/')?.pop(), i.principalId]],
    FederatedUser: (i) => ['federated-user', [splitResource(i.arn, 'federated-user/')?.[0], afterColon(i.principalId)]],
    Directory: (i) => ['directory-user', [i.userName, splitResource(i.arn, 'user/')?.pop(), i.principalId]],
    AWSAccount: (i) => ['aws-account', [i.accountId, i.principalId]],
    AWSService: (i) => ['aws-service', [i.invokedBy, i.principalId]],
    IdentityCenterUser: (i) => ['identity-center-user', [i.onBehalfOf.userId, i.userName]],
    SAMLUser: (i) => ['saml-user', [i.userName, i.principalId]],
    WebIdentityUser: (i) => ['web-identity-user', [i.userName, i.principalId]],
    Unknown: (i) => ['unknown', [i.userName, i.onBehalfOf?.userId, i.arn, i.principalId]],
    Untyped: (i) => (invokedBy !== undefined ? ['aws-service', [invokedBy]] : ['unknown', [i.accountId]]),
    Unrecognized: (i) => ['unknown', [i.userName, i.arn, i.principalId, String(i.type)]],
  });
  return actor({
    kind,
    name: nonEmpty(...names) ?? 'unknown',
    sessionName,
    accountId: text(fields.accountId),
    arn: text(fields.arn),
    invokedBy,
  });
}

/**
 * Who did this: the {@link Actor} behind a record, or `undefined` for records
 * that have no caller (Insights and aggregated events).
 *
 * @example
 * import { actorOf } from 'cloudtrail-codecs';
 * actorOf({
 *   userIdentity: { type: 'IAMUser', accountId: '111122223333', userName: 'alice', arn: 'arn:aws:iam::111122223333:user/alice' },
 * })?.label; // 'iam-user alice'
 */
export function actorOf(record: CloudTrailRecord | { readonly userIdentity?: UserIdentity }): Actor | undefined {
  // Insights and aggregated records have no caller, whatever keys they carry.
  const eventType = (record as { readonly eventType?: unknown }).eventType;
  if (eventType === 'AwsCloudTrailInsight' || eventType === 'AwsAggregatedEvent') return undefined;
  const identity = 'userIdentity' in record ? record.userIdentity : undefined;
  return typeof identity === 'object' && identity !== null ? actorOfIdentity(identity) : undefined;
}
