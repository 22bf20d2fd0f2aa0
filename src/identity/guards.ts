import {
  identityTypes,
  type IdentityByKind,
  type IdentityByType,
  type IdentityKind,
  type IdentityType,
  type UserIdentity,
} from './UserIdentity.js';

const known: ReadonlySet<string> = new Set(identityTypes);

/**
 * The {@link matchIdentity} case of an identity: its `type` when known,
 * otherwise `Untyped` or `Unrecognized`.
 *
 * @example
 * import { identityKind } from 'cloudtrail-codecs';
 * identityKind({ accountId: '111122223333', invokedBy: 'kms.amazonaws.com' }); // 'Untyped'
 */
export function identityKind(identity: UserIdentity): IdentityKind {
  const type: unknown = identity.type;
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
  return (identity): identity is IdentityByType[K] => identity.type === type;
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
  return (cases[kind] as (i: UserIdentity) => R)(identity);
}

/** Guard for {@link IdentityByType.Root}. @example isRootIdentity(identity) */
export const isRootIdentity = isIdentityOfType('Root');
/** Guard for {@link IdentityByType.IAMUser}. @example isIAMUserIdentity(identity) */
export const isIAMUserIdentity = isIdentityOfType('IAMUser');
/** Guard for {@link IdentityByType.AssumedRole}. @example isAssumedRoleIdentity(identity) */
export const isAssumedRoleIdentity = isIdentityOfType('AssumedRole');
/** Guard for {@link IdentityByType.Role}. @example isRoleIdentity(identity) */
export const isRoleIdentity = isIdentityOfType('Role');
/** Guard for {@link IdentityByType.FederatedUser}. @example isFederatedUserIdentity(identity) */
export const isFederatedUserIdentity = isIdentityOfType('FederatedUser');
/** Guard for {@link IdentityByType.Directory}. @example isDirectoryIdentity(identity) */
export const isDirectoryIdentity = isIdentityOfType('Directory');
/** Guard for {@link IdentityByType.AWSAccount}. @example isAWSAccountIdentity(identity) */
export const isAWSAccountIdentity = isIdentityOfType('AWSAccount');
/** Guard for {@link IdentityByType.AWSService}. @example isAWSServiceIdentity(identity) */
export const isAWSServiceIdentity = isIdentityOfType('AWSService');
/** Guard for {@link IdentityByType.IdentityCenterUser}. @example isIdentityCenterUserIdentity(identity) */
export const isIdentityCenterUserIdentity = isIdentityOfType('IdentityCenterUser');
/** Guard for {@link IdentityByType.SAMLUser}. @example isSAMLUserIdentity(identity) */
export const isSAMLUserIdentity = isIdentityOfType('SAMLUser');
/** Guard for {@link IdentityByType.WebIdentityUser}. @example isWebIdentityUserIdentity(identity) */
export const isWebIdentityUserIdentity = isIdentityOfType('WebIdentityUser');
/** Guard for {@link IdentityByType.Unknown}, AWS's own `Unknown` type. @example isUnknownIdentity(identity) */
export const isUnknownIdentity = isIdentityOfType('Unknown');

/**
 * Guard for an identity without `type`.
 *
 * @example
 * import { isUntypedIdentity } from 'cloudtrail-codecs';
 * isUntypedIdentity({ invokedBy: 'ec2.amazonaws.com' }); // true
 */
export function isUntypedIdentity(identity: UserIdentity): identity is IdentityByKind['Untyped'] {
  return identity.type === undefined;
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
