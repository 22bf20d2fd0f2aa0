import { matchIdentity } from './guards.js';
import type { CloudTrailRecord } from '../record/CloudTrailRecord.js';
import type { UserIdentity } from './UserIdentity.js';

/** What kind of principal an {@link Actor} is. */
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

/** "Who did this", answered the same way for every identity type. */
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

function actor(p: ActorParts): Actor {
  let label = `${p.kind} ${p.name}`;
  if (p.sessionName !== undefined) label += `/${p.sessionName}`;
  if (p.invokedBy !== undefined && p.kind !== 'aws-service') label += ` via ${p.invokedBy}`;
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
  const common = { accountId: text(fields.accountId), arn: text(fields.arn), invokedBy: text(fields.invokedBy) };
  return matchIdentity<Actor>(identity, {
    Root: (i) => actor({ ...common, kind: 'root', name: nonEmpty(i.accountId, i.principalId) ?? 'unknown' }),
    IAMUser: (i) =>
      actor({
        ...common,
        kind: 'iam-user',
        name: nonEmpty(i.userName, splitResource(i.arn, 'user/')?.pop(), i.principalId) ?? 'unknown',
      }),
    AssumedRole: (i) => {
      const [role, session] = splitResource(i.arn, 'assumed-role/') ?? [];
      const issuer = i.sessionContext?.sessionIssuer?.userName;
      return actor({
        ...common,
        kind: 'assumed-role',
        name: nonEmpty(role, issuer, beforeColon(i.principalId)) ?? 'unknown',
        sessionName: nonEmpty(session, afterColon(i.principalId)),
      });
    },
    Role: (i) =>
      actor({
        ...common,
        kind: 'role',
        name: nonEmpty(i.userName, splitResource(i.arn, 'role/')?.pop(), i.principalId) ?? 'unknown',
      }),
    FederatedUser: (i) =>
      actor({
        ...common,
        kind: 'federated-user',
        name: nonEmpty(splitResource(i.arn, 'federated-user/')?.[0], afterColon(i.principalId)) ?? 'unknown',
      }),
    Directory: (i) =>
      actor({ ...common, kind: 'directory-user', name: nonEmpty(i.userName, arnResource(i.arn), i.principalId) ?? 'unknown' }),
    AWSAccount: (i) => actor({ ...common, kind: 'aws-account', name: nonEmpty(i.accountId, i.principalId) ?? 'unknown' }),
    AWSService: (i) => actor({ ...common, kind: 'aws-service', name: nonEmpty(i.invokedBy, i.principalId) ?? 'unknown' }),
    IdentityCenterUser: (i) =>
      actor({ ...common, kind: 'identity-center-user', name: nonEmpty(i.onBehalfOf.userId, i.userName) ?? 'unknown' }),
    SAMLUser: (i) => actor({ ...common, kind: 'saml-user', name: nonEmpty(i.userName, i.principalId) ?? 'unknown' }),
    WebIdentityUser: (i) =>
      actor({ ...common, kind: 'web-identity-user', name: nonEmpty(i.userName, i.principalId) ?? 'unknown' }),
    Unknown: (i) =>
      actor({
        ...common,
        kind: 'unknown',
        name: nonEmpty(i.userName, i.onBehalfOf?.userId, i.arn, i.principalId) ?? 'unknown',
      }),
    Untyped: (i) =>
      common.invokedBy !== undefined
        ? actor({ ...common, kind: 'aws-service', name: common.invokedBy })
        : actor({ ...common, kind: 'unknown', name: nonEmpty(i.accountId) ?? 'unknown' }),
    Unrecognized: (i) =>
      actor({ ...common, kind: 'unknown', name: nonEmpty(i.userName, i.arn, i.principalId) ?? String(i.type) }),
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
  const identity = 'userIdentity' in record ? record.userIdentity : undefined;
  return identity === undefined ? undefined : actorOfIdentity(identity);
}
