import { taggedUnion, type TaggedUnionC } from '../core/taggedUnion.js';
import { AssumedRoleIdentity, type AssumedRoleIdentityJson } from './AssumedRoleIdentity.js';
import { AWSAccountIdentity, type AWSAccountIdentityJson } from './AWSAccountIdentity.js';
import { AWSServiceIdentity, type AWSServiceIdentityJson } from './AWSServiceIdentity.js';
import { DirectoryIdentity, type DirectoryIdentityJson } from './DirectoryIdentity.js';
import { FederatedUserIdentity, type FederatedUserIdentityJson } from './FederatedUserIdentity.js';
import { IAMUserIdentity, type IAMUserIdentityJson } from './IAMUserIdentity.js';
import { IdentityCenterUserIdentity, type IdentityCenterUserIdentityJson } from './IdentityCenterUserIdentity.js';
import { RoleIdentity, type RoleIdentityJson } from './RoleIdentity.js';
import { RootIdentity, type RootIdentityJson } from './RootIdentity.js';
import { SAMLUserIdentity, type SAMLUserIdentityJson } from './SAMLUserIdentity.js';
import { UnknownIdentity, type UnknownIdentityJson } from './UnknownIdentity.js';
import { UnrecognizedIdentity, type UnrecognizedIdentityJson } from './UnrecognizedIdentity.js';
import { UntypedIdentity, type UntypedIdentityJson } from './UntypedIdentity.js';
import { WebIdentityUserIdentity, type WebIdentityUserIdentityJson } from './WebIdentityUserIdentity.js';

/**
 * Every identity variant, by the value of `type` that selects it.
 *
 * @example
 * import type { IdentityByType } from 'cloudtrail-codecs';
 * const roleOf = (identity: IdentityByType['AssumedRole']): string | undefined => identity.sessionContext?.sessionIssuer?.userName;
 */
export interface IdentityByType {
  Root: RootIdentity;
  IAMUser: IAMUserIdentity;
  AssumedRole: AssumedRoleIdentity;
  Role: RoleIdentity;
  FederatedUser: FederatedUserIdentity;
  Directory: DirectoryIdentity;
  AWSAccount: AWSAccountIdentity;
  AWSService: AWSServiceIdentity;
  IdentityCenterUser: IdentityCenterUserIdentity;
  SAMLUser: SAMLUserIdentity;
  WebIdentityUser: WebIdentityUserIdentity;
  Unknown: UnknownIdentity;
}

/**
 * The `userIdentity.type` values this release knows.
 *
 * @example
 * import { identityTypes, type IdentityType } from 'cloudtrail-codecs';
 * const humans: readonly IdentityType[] = ['Root', 'IAMUser', 'IdentityCenterUser', 'SAMLUser'];
 * identityTypes.filter((t) => !humans.includes(t)).length; // 8
 */
export type IdentityType = keyof IdentityByType;

/**
 * Every variant by the name {@link matchIdentity} gives its case: the known
 * types, plus `Untyped` (no `type` property) and `Unrecognized` (a type this
 * release does not know).
 *
 * @example
 * import type { IdentityByKind } from 'cloudtrail-codecs';
 * // Both kinds a service can call as: with type AWSService, or with no type at all.
 * const serviceOf = (identity: IdentityByKind['AWSService'] | IdentityByKind['Untyped']): string | undefined => identity.invokedBy;
 */
export interface IdentityByKind extends IdentityByType {
  Untyped: UntypedIdentity;
  Unrecognized: UnrecognizedIdentity;
}

/**
 * The name of a case of {@link matchIdentity}: a known `type`, `Untyped` or `Unrecognized`.
 *
 * @example
 * import { identityKind, type IdentityKind, type UserIdentity } from 'cloudtrail-codecs';
 * const counts = new Map<IdentityKind, number>();
 * const count = (identity: UserIdentity): void => {
 *   const kind = identityKind(identity);
 *   counts.set(kind, (counts.get(kind) ?? 0) + 1);
 * };
 */
export type IdentityKind = keyof IdentityByKind;

/**
 * Who made the call: the `userIdentity` of a record, discriminated on `type`.
 * Compare `type` with a literal, or use a guard or {@link matchIdentity}, to
 * reach the fields of one variant.
 */
export type UserIdentity = IdentityByKind[IdentityKind];

/**
 * The wire form of {@link UserIdentity}.
 *
 * @example
 * import { UserIdentity, type UserIdentityJson } from 'cloudtrail-codecs';
 * const identities: UserIdentityJson[] = [
 *   { type: 'AWSService', invokedBy: 'ec2.amazonaws.com' },
 *   { accountId: '111122223333', invokedBy: 'kms.amazonaws.com' }, // no type
 * ];
 * identities.map((i) => UserIdentity.decode(i)._tag); // ['Right', 'Right']
 */
export type UserIdentityJson =
  | RootIdentityJson
  | IAMUserIdentityJson
  | AssumedRoleIdentityJson
  | RoleIdentityJson
  | FederatedUserIdentityJson
  | DirectoryIdentityJson
  | AWSAccountIdentityJson
  | AWSServiceIdentityJson
  | IdentityCenterUserIdentityJson
  | SAMLUserIdentityJson
  | WebIdentityUserIdentityJson
  | UnknownIdentityJson
  | UntypedIdentityJson
  | UnrecognizedIdentityJson;

/**
 * The codec of {@link UserIdentity}: a tagged union on `type`.
 *
 * @example
 * import { UserIdentity, type UserIdentityC } from 'cloudtrail-codecs';
 * const codec: UserIdentityC = UserIdentity;
 * codec.branchFor(undefined)?.name; // 'UntypedIdentity'
 * codec.branchFor('AWSRobot')?.name; // 'UnrecognizedIdentity'
 */
export interface UserIdentityC extends TaggedUnionC<UserIdentity, UserIdentityJson> {}

/**
 * The codec of each known identity type, by `type`.
 *
 * @example
 * import { identityCodecs } from 'cloudtrail-codecs';
 * identityCodecs.AssumedRole.fields.filter((f) => f.required).map((f) => f.key); // ['type', 'principalId', 'arn', 'accountId']
 */
export const identityCodecs = {
  Root: RootIdentity,
  IAMUser: IAMUserIdentity,
  AssumedRole: AssumedRoleIdentity,
  Role: RoleIdentity,
  FederatedUser: FederatedUserIdentity,
  Directory: DirectoryIdentity,
  AWSAccount: AWSAccountIdentity,
  AWSService: AWSServiceIdentity,
  IdentityCenterUser: IdentityCenterUserIdentity,
  SAMLUser: SAMLUserIdentity,
  WebIdentityUser: WebIdentityUserIdentity,
  Unknown: UnknownIdentity,
} as const;

/**
 * The known `userIdentity.type` values, in documentation order.
 *
 * @example
 * import { identityTypes } from 'cloudtrail-codecs';
 * identityTypes.includes('IdentityCenterUser'); // true
 * identityTypes.length; // 12
 */
export const identityTypes: readonly IdentityType[] = Object.keys(identityCodecs) as IdentityType[];

/**
 * Codec of {@link UserIdentity}. The variant is chosen by a table lookup on
 * `type`; errors name only that variant's problems. An identity without `type`
 * decodes as {@link UntypedIdentity}, and one with a type this release does not
 * know as {@link UnrecognizedIdentity}, so new identity types never break
 * decoding.
 *
 * @example
 * import { UserIdentity } from 'cloudtrail-codecs';
 * const r = UserIdentity.decode({ type: 'AWSService', invokedBy: 'cloudtrail.amazonaws.com' });
 * if (r._tag === 'Right' && r.right.type === 'AWSService') r.right.invokedBy; // 'cloudtrail.amazonaws.com'
 */
export const UserIdentity: UserIdentityC = taggedUnion<UserIdentity, UserIdentityJson>(
  'UserIdentity',
  'type',
  identityCodecs,
  { untagged: UntypedIdentity, unrecognized: UnrecognizedIdentity },
);
