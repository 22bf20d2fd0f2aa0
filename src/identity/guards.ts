import {
  identityTypes,
  type IdentityByKind,
  type IdentityByType,
  type IdentityKind,
  type IdentityType,
  type UserIdentity,
} from './UserIdentity.js';

import { isObject } from '../core/WireType.js';

const known: ReadonlySet<string> = new Set(identityTypes);
const hasOwn = Object.prototype.hasOwnProperty;

/**
 * The own `type` of an identity, read without trusting the value (any
 * JavaScript value may come in; an inherited `type` does not count). The
 * guards run in filter loops, so the common case is one property read; the
 * own-property and array checks run only when there is a `type`, and the
 * try costs nothing until a getter or a revoked Proxy throws.
 */
function typeOf(identity: unknown): unknown {
  if (typeof identity !== 'object' || identity === null) return undefined;
  try {
    const type = (identity as { type?: unknown }).type;
    return type !== undefined && hasOwn.call(identity, 'type') && !Array.isArray(identity) ? type : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The {@link matchIdentity} case of an identity: its `type` when known,
 * otherwise `Untyped` or `Unrecognized`.
 *
 * @example
 * import { identityKind } from 'cloudtrail-codecs';
 * identityKind({ accountId: '111122223333', invokedBy: 'kms.amazonaws.com' }); // 'Untyped'
 */
export function identityKind(identity: UserIdentity): IdentityKind {
  const type = typeOf(identity);
  if (type === undefined) return 'Untyped';
  return typeof type === 'string' && known.has(type) ? (type as IdentityType) : 'Unrecognized';
}

/**
 * A type guard for one identity type.
 *
 * @example
 * import { isIdentityOfType } from 'cloudtrail-codecs';
 * const isRole = isIdentityOfType('AssumedRole');
 */
export function isIdentityOfType<K extends IdentityType>(type: K): (identity: UserIdentity) => identity is IdentityByType[K] {
  return (identity): identity is IdentityByType[K] => typeOf(identity) === type;
}

/**
 * Matches every case of an identity, by {@link IdentityKind}. TypeScript
 * rejects the call when a case is missing, so adding a variant in a later
 * release shows every place that must handle it.
 *
 * @example
 * import { matchIdentity, type UserIdentity } from 'cloudtrail-codecs';
 * const describe = (i: UserIdentity): string =>
 *   matchIdentity(i, {
 *     Root: (r) => `root of ${r.accountId}`,
 *     IAMUser: (u) => `user ${u.userName ?? '?'}`,
 *     AssumedRole: (r) => `role session ${r.arn}`,
 *     Role: () => 'role',
 *     FederatedUser: (f) => `federated ${f.arn}`,
 *     Directory: () => 'directory user',
 *     AWSAccount: (a) => `account ${a.accountId}`,
 *     AWSService: (s) => `service ${s.invokedBy}`,
 *     IdentityCenterUser: (u) => `Identity Center user ${u.onBehalfOf.userId}`,
 *     SAMLUser: (u) => `SAML user ${u.userName}`,
 *     WebIdentityUser: (u) => `web identity ${u.userName}`,
 *     Unknown: () => 'unknown caller',
 *     Untyped: (u) => `service ${u.invokedBy ?? '?'}`,
 *     Unrecognized: (u) => `new identity type ${String(u.type)}`,
 *   });
 */
export function matchIdentity<R>(
  identity: UserIdentity,
  cases: { readonly [K in IdentityKind]: (identity: IdentityByKind[K]) => R },
): R {
  const kind = identityKind(identity);
  const handle: unknown = cases[kind];
  if (typeof handle !== 'function') throw new TypeError(`matchIdentity: no case for ${kind}`);
  return (handle as (i: UserIdentity) => R)(identity);
}

/**
 * Guard for {@link IdentityByType.Root}.
 *
 * @example
 * import { isRootIdentity, type UserIdentity } from 'cloudtrail-codecs';
 * declare const identities: UserIdentity[];
 * // Root use is worth an alert: which accounts saw it?
 * const accounts = identities.filter(isRootIdentity).map((i) => i.accountId);
 */
export const isRootIdentity = isIdentityOfType('Root');
/**
 * Guard for {@link IdentityByType.IAMUser}.
 *
 * @example
 * import { isIAMUserIdentity, type UserIdentity } from 'cloudtrail-codecs';
 * declare const identity: UserIdentity;
 * if (isIAMUserIdentity(identity)) identity.accessKeyId?.startsWith('AKIA'); // a long-term key
 */
export const isIAMUserIdentity = isIdentityOfType('IAMUser');
/**
 * Guard for {@link IdentityByType.AssumedRole}.
 *
 * @example
 * import { isAssumedRoleIdentity, type UserIdentity } from 'cloudtrail-codecs';
 * declare const identity: UserIdentity;
 * if (isAssumedRoleIdentity(identity)) identity.sessionContext?.sessionIssuer?.arn; // the role's ARN, unless the issuer is {}
 */
export const isAssumedRoleIdentity = isIdentityOfType('AssumedRole');
/**
 * Guard for {@link IdentityByType.Role}.
 *
 * @example
 * import { isRoleIdentity, type UserIdentity } from 'cloudtrail-codecs';
 * declare const identity: UserIdentity;
 * if (isRoleIdentity(identity)) identity.userName; // the role name, when given
 */
export const isRoleIdentity = isIdentityOfType('Role');
/**
 * Guard for {@link IdentityByType.FederatedUser}.
 *
 * @example
 * import { isFederatedUserIdentity, type UserIdentity } from 'cloudtrail-codecs';
 * declare const identity: UserIdentity;
 * if (isFederatedUserIdentity(identity)) identity.sessionContext?.sessionIssuer?.userName; // the IAM user that issued the token
 */
export const isFederatedUserIdentity = isIdentityOfType('FederatedUser');
/**
 * Guard for {@link IdentityByType.Directory}.
 *
 * @example
 * import { isDirectoryIdentity, type UserIdentity } from 'cloudtrail-codecs';
 * declare const identity: UserIdentity;
 * if (isDirectoryIdentity(identity)) identity.userName; // the directory user's name, when given
 */
export const isDirectoryIdentity = isIdentityOfType('Directory');
/**
 * Guard for {@link IdentityByType.AWSAccount}.
 *
 * @example
 * import { isAWSAccountIdentity, type UserIdentity } from 'cloudtrail-codecs';
 * declare const identities: UserIdentity[];
 * // Calls made with another account's credentials, by account.
 * const crossAccount = new Set(identities.filter(isAWSAccountIdentity).map((i) => i.accountId));
 */
export const isAWSAccountIdentity = isIdentityOfType('AWSAccount');
/**
 * Guard for {@link IdentityByType.AWSService}.
 *
 * @example
 * import { isAWSServiceIdentity, type UserIdentity } from 'cloudtrail-codecs';
 * declare const identity: UserIdentity;
 * if (isAWSServiceIdentity(identity)) identity.invokedBy; // string, such as 'cloudtrail.amazonaws.com'
 */
export const isAWSServiceIdentity = isIdentityOfType('AWSService');
/**
 * Guard for {@link IdentityByType.IdentityCenterUser}.
 *
 * @example
 * import { isIdentityCenterUserIdentity, type UserIdentity } from 'cloudtrail-codecs';
 * declare const identity: UserIdentity;
 * if (isIdentityCenterUserIdentity(identity)) identity.onBehalfOf.userId; // the user's id in the identity store
 */
export const isIdentityCenterUserIdentity = isIdentityOfType('IdentityCenterUser');
/**
 * Guard for {@link IdentityByType.SAMLUser}.
 *
 * @example
 * import { isSAMLUserIdentity, type UserIdentity } from 'cloudtrail-codecs';
 * declare const identity: UserIdentity;
 * if (isSAMLUserIdentity(identity)) identity.identityProvider; // string: required on SAMLUser
 */
export const isSAMLUserIdentity = isIdentityOfType('SAMLUser');
/**
 * Guard for {@link IdentityByType.WebIdentityUser}.
 *
 * @example
 * import { isWebIdentityUserIdentity, type UserIdentity } from 'cloudtrail-codecs';
 * declare const identity: UserIdentity;
 * if (isWebIdentityUserIdentity(identity)) identity.identityProvider; // such as 'accounts.google.com'
 */
export const isWebIdentityUserIdentity = isIdentityOfType('WebIdentityUser');
/**
 * Guard for {@link IdentityByType.Unknown}, AWS's own `Unknown` type.
 *
 * @example
 * import { isUnknownIdentity, type UserIdentity } from 'cloudtrail-codecs';
 * declare const identities: UserIdentity[];
 * // Sign-in steps before the user is known carry only a user name, if that.
 * const names = identities.filter(isUnknownIdentity).map((i) => i.userName ?? '?');
 */
export const isUnknownIdentity = isIdentityOfType('Unknown');

/**
 * Guard for an identity without `type`.
 *
 * @example
 * import { isUntypedIdentity } from 'cloudtrail-codecs';
 * isUntypedIdentity({ invokedBy: 'ec2.amazonaws.com' }); // true
 */
export function isUntypedIdentity(identity: UserIdentity): identity is IdentityByKind['Untyped'] {
  return isObject(identity) && typeOf(identity) === undefined;
}

/**
 * Guard for an identity whose `type` this release does not know.
 *
 * @example
 * import { isUnrecognizedIdentity } from 'cloudtrail-codecs';
 * isUnrecognizedIdentity({ type: 'AWSRobot' } as never); // true
 */
export function isUnrecognizedIdentity(identity: UserIdentity): identity is IdentityByKind['Unrecognized'] {
  return identityKind(identity) === 'Unrecognized';
}
