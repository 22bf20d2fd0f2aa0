import type * as t from 'io-ts';
import { literal, StringValue, type LiteralC } from '../core/scalars.js';
import { struct, type StructC, type StructCodec } from '../core/struct.js';
import { taggedUnion, type TaggedUnionC } from '../core/taggedUnion.js';
import type { Unrecognized } from '../core/Unrecognized.js';
import { unrecognizedString } from '../core/unrecognizedString.js';
import { InScopeOf, InvokedByDelegate, OnBehalfOf } from './principals.js';
import { SessionContext } from './SessionContext.js';

// Every `userIdentity` property CloudTrail documents besides `type`. Any
// identity may carry any of them, so every variant checks and types them all;
// variants differ only in which they require.
const identityFields = {
  principalId: StringValue,
  arn: StringValue,
  accountId: StringValue,
  accessKeyId: StringValue,
  userName: StringValue,
  sessionContext: SessionContext,
  invokedBy: StringValue,
  invokedByDelegate: InvokedByDelegate,
  onBehalfOf: OnBehalfOf,
  inScopeOf: InScopeOf,
  credentialId: StringValue,
  identityProvider: StringValue,
} as const;
type IdentityFields = typeof identityFields;

// The table every known variant is made from: each `type` with the
// properties it always has (see "Presence follows real records" in
// docs/architecture.md). A new type is one line here, plus its named types
// below; the union's annotation fails to compile until both agree.
const requiredByType = {
  Root: ['accountId', 'principalId', 'arn'],
  IAMUser: ['accountId'],
  AssumedRole: ['principalId', 'arn', 'accountId'],
  Role: [],
  FederatedUser: ['principalId', 'arn', 'accountId'],
  Directory: [],
  AWSAccount: ['accountId'],
  AWSService: ['invokedBy'],
  IdentityCenterUser: ['accountId', 'onBehalfOf'],
  SAMLUser: ['principalId', 'userName', 'identityProvider'],
  WebIdentityUser: ['principalId', 'userName', 'identityProvider'],
  Unknown: [],
} as const satisfies { readonly [type: string]: readonly (keyof IdentityFields)[] };
type Table = typeof requiredByType;
type RequiredOf<K extends keyof Table> = Table[K][number];

// The codec the table makes for one type, and its two types: the named
// interfaces below extend these, so they cannot drift from the table.
type VariantC<K extends keyof Table> = StructC<
  { type: LiteralC<K> } & { -readonly [P in RequiredOf<K>]: IdentityFields[P] },
  Omit<IdentityFields, RequiredOf<K>>
>;
type VariantOf<K extends keyof Table> = t.TypeOf<VariantC<K>>;
type VariantJsonOf<K extends keyof Table> = t.OutputOf<VariantC<K>>;

// One row of the table: the type literal and the required properties first
// (the compiled parser reads them in this order), every other one optional.
function variant(type: keyof Table): t.Mixed {
  const required: Record<string, t.Mixed> = { type: literal(type) };
  const optional: Record<string, t.Mixed> = { ...identityFields };
  for (const key of requiredByType[type]) {
    required[key] = identityFields[key];
    delete optional[key];
  }
  return struct(`${type}Identity`, required, optional);
}

const variants = Object.fromEntries(
  (Object.keys(requiredByType) as (keyof Table)[]).map((type) => [type, variant(type)]),
) as { readonly [K in keyof Table]: VariantC<K> };

/**
 * `userIdentity` of type `Root`. The account's root user. `principalId` is the account id and `arn` ends in `:root`; `userName` is the account alias when one is set.
 */
export interface RootIdentity extends VariantOf<'Root'> {}
/**
 * The wire form of {@link RootIdentity}.
 *
 * @example
 * import { RootIdentity, type RootIdentityJson } from 'cloudtrail-codecs';
 * const wire: RootIdentityJson = {
 *   type: 'Root',
 *   principalId: '111122223333',
 *   arn: 'arn:aws:iam::111122223333:root',
 *   accountId: '111122223333',
 *   accessKeyId: '',
 * };
 * RootIdentity.decode(wire)._tag; // 'Right'
 */
export interface RootIdentityJson extends VariantJsonOf<'Root'> {}
/**
 * The codec of {@link RootIdentity}.
 *
 * @example
 * import { RootIdentity, type RootIdentityC } from 'cloudtrail-codecs';
 * const codec: RootIdentityC = RootIdentity;
 * codec.fields.filter((f) => f.required).map((f) => f.key); // ['type', 'accountId', 'principalId', 'arn']
 */
export interface RootIdentityC extends StructCodec<RootIdentity, RootIdentityJson> {}
/**
 * Codec of {@link RootIdentity}.
 *
 * @example
 * import { RootIdentity } from 'cloudtrail-codecs';
 * RootIdentity.is({ type: 'Root', accountId: '111122223333', principalId: '111122223333', arn: 'arn:aws:iam::111122223333:root' }); // true
 */
export const RootIdentity: RootIdentityC = variants.Root;

/**
 * `userIdentity` of type `IAMUser`. An IAM user with long-term credentials (access key `AKIA…`) or a console session (`ASIA…`). Failed console sign-ins can lack `arn` and `principalId` and carry `userName` `HIDDEN_DUE_TO_SECURITY_REASONS`.
 */
export interface IAMUserIdentity extends VariantOf<'IAMUser'> {}
/**
 * The wire form of {@link IAMUserIdentity}.
 *
 * @example
 * import { IAMUserIdentity, type IAMUserIdentityJson } from 'cloudtrail-codecs';
 * const wire: IAMUserIdentityJson = { type: 'IAMUser', accountId: '111122223333', userName: 'alice' };
 * IAMUserIdentity.decode(wire)._tag; // 'Right'
 */
export interface IAMUserIdentityJson extends VariantJsonOf<'IAMUser'> {}
/**
 * The codec of {@link IAMUserIdentity}.
 *
 * @example
 * import { IAMUserIdentity, type IAMUserIdentityC } from 'cloudtrail-codecs';
 * const codec: IAMUserIdentityC = IAMUserIdentity;
 * codec.is({ type: 'IAMUser', userName: 'alice' }); // false: accountId is required
 */
export interface IAMUserIdentityC extends StructCodec<IAMUserIdentity, IAMUserIdentityJson> {}
/**
 * Codec of {@link IAMUserIdentity}.
 *
 * @example
 * import { IAMUserIdentity } from 'cloudtrail-codecs';
 * IAMUserIdentity.is({ type: 'IAMUser', accountId: '111122223333' }); // true
 */
export const IAMUserIdentity: IAMUserIdentityC = variants.IAMUser;

/**
 * `userIdentity` of type `AssumedRole`. Temporary credentials from `sts:AssumeRole` and its kin: EC2 instance roles, cross-account roles, Identity Center permission sets. `arn` is `arn:aws:sts::<account>:assumed-role/<role>/<session>` and `principalId` is `<role id>:<session>`; `sessionContext.sessionIssuer` names the role.
 */
export interface AssumedRoleIdentity extends VariantOf<'AssumedRole'> {}
/**
 * The wire form of {@link AssumedRoleIdentity}.
 *
 * @example
 * import { AssumedRoleIdentity, type AssumedRoleIdentityJson } from 'cloudtrail-codecs';
 * const wire: AssumedRoleIdentityJson = {
 *   type: 'AssumedRole',
 *   principalId: 'AROAEXAMPLEID:alice',
 *   arn: 'arn:aws:sts::111122223333:assumed-role/Admin/alice',
 *   accountId: '111122223333',
 *   sessionContext: { attributes: { creationDate: '2026-01-01T08:00:00Z', mfaAuthenticated: 'true' } }, // string booleans on the wire
 * };
 * AssumedRoleIdentity.decode(wire)._tag; // 'Right'
 */
export interface AssumedRoleIdentityJson extends VariantJsonOf<'AssumedRole'> {}
/**
 * The codec of {@link AssumedRoleIdentity}.
 *
 * @example
 * import { AssumedRoleIdentity, type AssumedRoleIdentityC } from 'cloudtrail-codecs';
 * const codec: AssumedRoleIdentityC = AssumedRoleIdentity;
 * const r = codec.decode({
 *   type: 'AssumedRole',
 *   principalId: 'AROAEXAMPLEID:alice',
 *   arn: 'arn:aws:sts::111122223333:assumed-role/Admin/alice',
 *   accountId: '111122223333',
 *   sessionContext: { attributes: { mfaAuthenticated: 'true' } },
 * });
 * if (r._tag === 'Right') r.right.sessionContext?.attributes?.mfaAuthenticated; // true
 */
export interface AssumedRoleIdentityC extends StructCodec<AssumedRoleIdentity, AssumedRoleIdentityJson> {}
/**
 * Codec of {@link AssumedRoleIdentity}.
 *
 * @example
 * import { AssumedRoleIdentity } from 'cloudtrail-codecs';
 * AssumedRoleIdentity.is({ type: 'AssumedRole', principalId: 'AROAEXAMPLE:alice', arn: 'arn:aws:sts::111122223333:assumed-role/Admin/alice', accountId: '111122223333' }); // true
 */
export const AssumedRoleIdentity: AssumedRoleIdentityC = variants.AssumedRole;

/**
 * `userIdentity` of type `Role`. A role acting as itself rather than through an assumed-role session. Rare.
 */
export interface RoleIdentity extends VariantOf<'Role'> {}
/**
 * The wire form of {@link RoleIdentity}.
 *
 * @example
 * import { RoleIdentity, type RoleIdentityJson } from 'cloudtrail-codecs';
 * const wire: RoleIdentityJson = {
 *   type: 'Role',
 *   principalId: 'AROAEXAMPLEID',
 *   arn: 'arn:aws:iam::111122223333:role/Deployer',
 *   accountId: '111122223333',
 *   userName: 'Deployer',
 * };
 * RoleIdentity.decode(wire)._tag; // 'Right'
 */
export interface RoleIdentityJson extends VariantJsonOf<'Role'> {}
/**
 * The codec of {@link RoleIdentity}.
 *
 * @example
 * import { RoleIdentity, type RoleIdentityC } from 'cloudtrail-codecs';
 * const codec: RoleIdentityC = RoleIdentity;
 * codec.is({ type: 'Role' }); // true: only type is required
 */
export interface RoleIdentityC extends StructCodec<RoleIdentity, RoleIdentityJson> {}
/**
 * Codec of {@link RoleIdentity}.
 *
 * @example
 * import { RoleIdentity } from 'cloudtrail-codecs';
 * RoleIdentity.is({ type: 'Role' }); // true
 */
export const RoleIdentity: RoleIdentityC = variants.Role;

/**
 * `userIdentity` of type `FederatedUser`. Temporary credentials from `sts:GetFederationToken`: `arn` is `…:federated-user/<name>` and the session issuer is the IAM user or root that asked for them.
 */
export interface FederatedUserIdentity extends VariantOf<'FederatedUser'> {}
/**
 * The wire form of {@link FederatedUserIdentity}.
 *
 * @example
 * import { FederatedUserIdentity, type FederatedUserIdentityJson } from 'cloudtrail-codecs';
 * const wire: FederatedUserIdentityJson = {
 *   type: 'FederatedUser',
 *   principalId: '111122223333:bob',
 *   arn: 'arn:aws:sts::111122223333:federated-user/bob',
 *   accountId: '111122223333',
 *   sessionContext: { sessionIssuer: { type: 'IAMUser', principalId: 'AIDAEXAMPLEID', arn: 'arn:aws:iam::111122223333:user/carol', accountId: '111122223333', userName: 'carol' } },
 * };
 * FederatedUserIdentity.decode(wire)._tag; // 'Right'
 */
export interface FederatedUserIdentityJson extends VariantJsonOf<'FederatedUser'> {}
/**
 * The codec of {@link FederatedUserIdentity}.
 *
 * @example
 * import { FederatedUserIdentity, type FederatedUserIdentityC } from 'cloudtrail-codecs';
 * const codec: FederatedUserIdentityC = FederatedUserIdentity;
 * codec.fields.filter((f) => f.required).map((f) => f.key); // ['type', 'principalId', 'arn', 'accountId']
 */
export interface FederatedUserIdentityC extends StructCodec<FederatedUserIdentity, FederatedUserIdentityJson> {}
/**
 * Codec of {@link FederatedUserIdentity}.
 *
 * @example
 * import { FederatedUserIdentity } from 'cloudtrail-codecs';
 * FederatedUserIdentity.is({ type: 'FederatedUser', principalId: '111122223333:bob', arn: 'arn:aws:sts::111122223333:federated-user/bob', accountId: '111122223333' }); // true
 */
export const FederatedUserIdentity: FederatedUserIdentityC = variants.FederatedUser;

/**
 * `userIdentity` of type `Directory`. A directory-service user (WorkDocs, QuickSight): `arn` is an `arn:aws:ds:` user ARN.
 */
export interface DirectoryIdentity extends VariantOf<'Directory'> {}
/**
 * The wire form of {@link DirectoryIdentity}.
 *
 * @example
 * import { DirectoryIdentity, type DirectoryIdentityJson } from 'cloudtrail-codecs';
 * const wire: DirectoryIdentityJson = {
 *   type: 'Directory',
 *   arn: 'arn:aws:ds:us-east-1:111122223333:user/d-1234567890/8f2d3c4b-0000-4000-8000-000000000005',
 *   accountId: '111122223333',
 *   userName: 'alice',
 * };
 * DirectoryIdentity.decode(wire)._tag; // 'Right'
 */
export interface DirectoryIdentityJson extends VariantJsonOf<'Directory'> {}
/**
 * The codec of {@link DirectoryIdentity}.
 *
 * @example
 * import { DirectoryIdentity, type DirectoryIdentityC } from 'cloudtrail-codecs';
 * const codec: DirectoryIdentityC = DirectoryIdentity;
 * codec.is({ type: 'Directory', userName: 'alice' }); // true
 */
export interface DirectoryIdentityC extends StructCodec<DirectoryIdentity, DirectoryIdentityJson> {}
/**
 * Codec of {@link DirectoryIdentity}.
 *
 * @example
 * import { DirectoryIdentity } from 'cloudtrail-codecs';
 * DirectoryIdentity.is({ type: 'Directory' }); // true
 */
export const DirectoryIdentity: DirectoryIdentityC = variants.Directory;

/**
 * `userIdentity` of type `AWSAccount`. Another AWS account, as in cross-account access; anonymous S3 and EFS callers appear with `accountId` `ANONYMOUS_PRINCIPAL` and an empty `principalId`.
 */
export interface AWSAccountIdentity extends VariantOf<'AWSAccount'> {}
/**
 * The wire form of {@link AWSAccountIdentity}.
 *
 * @example
 * import { AWSAccountIdentity, type AWSAccountIdentityJson } from 'cloudtrail-codecs';
 * // A call from another account, made with its credentials.
 * const wire: AWSAccountIdentityJson = { type: 'AWSAccount', principalId: 'AIDAEXAMPLEID', accountId: '444455556666' };
 * AWSAccountIdentity.decode(wire)._tag; // 'Right'
 */
export interface AWSAccountIdentityJson extends VariantJsonOf<'AWSAccount'> {}
/**
 * The codec of {@link AWSAccountIdentity}.
 *
 * @example
 * import { AWSAccountIdentity, type AWSAccountIdentityC } from 'cloudtrail-codecs';
 * const codec: AWSAccountIdentityC = AWSAccountIdentity;
 * codec.is({ type: 'AWSAccount', principalId: 'AIDAEXAMPLEID' }); // false: accountId is required
 */
export interface AWSAccountIdentityC extends StructCodec<AWSAccountIdentity, AWSAccountIdentityJson> {}
/**
 * Codec of {@link AWSAccountIdentity}.
 *
 * @example
 * import { AWSAccountIdentity } from 'cloudtrail-codecs';
 * AWSAccountIdentity.is({ type: 'AWSAccount', accountId: '111122223333' }); // true
 */
export const AWSAccountIdentity: AWSAccountIdentityC = variants.AWSAccount;

/**
 * `userIdentity` of type `AWSService`. An AWS service acting with its own account, such as KMS on behalf of CloudTrail; `invokedBy` names the service principal.
 */
export interface AWSServiceIdentity extends VariantOf<'AWSService'> {}
/**
 * The wire form of {@link AWSServiceIdentity}.
 *
 * @example
 * import { AWSServiceIdentity, type AWSServiceIdentityJson } from 'cloudtrail-codecs';
 * const wire: AWSServiceIdentityJson = { type: 'AWSService', invokedBy: 'config.amazonaws.com' };
 * AWSServiceIdentity.decode(wire)._tag; // 'Right'
 */
export interface AWSServiceIdentityJson extends VariantJsonOf<'AWSService'> {}
/**
 * The codec of {@link AWSServiceIdentity}.
 *
 * @example
 * import { AWSServiceIdentity, type AWSServiceIdentityC } from 'cloudtrail-codecs';
 * const codec: AWSServiceIdentityC = AWSServiceIdentity;
 * const r = codec.decode({ type: 'AWSService', invokedBy: 'lambda.amazonaws.com' });
 * if (r._tag === 'Right') r.right.invokedBy; // 'lambda.amazonaws.com'
 */
export interface AWSServiceIdentityC extends StructCodec<AWSServiceIdentity, AWSServiceIdentityJson> {}
/**
 * Codec of {@link AWSServiceIdentity}.
 *
 * @example
 * import { AWSServiceIdentity } from 'cloudtrail-codecs';
 * AWSServiceIdentity.is({ type: 'AWSService', invokedBy: 'kms.amazonaws.com' }); // true
 */
export const AWSServiceIdentity: AWSServiceIdentityC = variants.AWSService;

/**
 * `userIdentity` of type `IdentityCenterUser`. A user of IAM Identity Center, named by `onBehalfOf.userId` in the identity store; `credentialId` is the portal session. `arn` and `accessKeyId` are often empty strings. Used since 2025 where `Unknown` was used before.
 */
export interface IdentityCenterUserIdentity extends VariantOf<'IdentityCenterUser'> {}
/**
 * The wire form of {@link IdentityCenterUserIdentity}.
 *
 * @example
 * import { IdentityCenterUserIdentity, type IdentityCenterUserIdentityJson } from 'cloudtrail-codecs';
 * const wire: IdentityCenterUserIdentityJson = {
 *   type: 'IdentityCenterUser',
 *   accountId: '111122223333',
 *   arn: '',
 *   accessKeyId: '',
 *   onBehalfOf: { userId: '94d00cd8-e9e6-4810-b177-b08e84725435', identityStoreArn: 'arn:aws:identitystore::111122223333:identitystore/d-1234567890' },
 *   credentialId: 'EXAMPLEHfTcW6ftL3rEeB9Ls5dYqW8VTBw6x8CM',
 * };
 * IdentityCenterUserIdentity.decode(wire)._tag; // 'Right'
 */
export interface IdentityCenterUserIdentityJson extends VariantJsonOf<'IdentityCenterUser'> {}
/**
 * The codec of {@link IdentityCenterUserIdentity}.
 *
 * @example
 * import { IdentityCenterUserIdentity, type IdentityCenterUserIdentityC } from 'cloudtrail-codecs';
 * const codec: IdentityCenterUserIdentityC = IdentityCenterUserIdentity;
 * codec.is({ type: 'IdentityCenterUser', accountId: '111122223333' }); // false: onBehalfOf is required
 */
export interface IdentityCenterUserIdentityC extends StructCodec<IdentityCenterUserIdentity, IdentityCenterUserIdentityJson> {}
/**
 * Codec of {@link IdentityCenterUserIdentity}.
 *
 * @example
 * import { IdentityCenterUserIdentity } from 'cloudtrail-codecs';
 * IdentityCenterUserIdentity.is({ type: 'IdentityCenterUser', accountId: '111122223333', onBehalfOf: { userId: '94d00cd8-e9e6-4810-b177-b08e84725435' } }); // true
 */
export const IdentityCenterUserIdentity: IdentityCenterUserIdentityC = variants.IdentityCenterUser;

/**
 * `userIdentity` of type `SAMLUser`. The caller of `sts:AssumeRoleWithSAML`: `identityProvider` is the SAML name qualifier and `userName` the subject.
 */
export interface SAMLUserIdentity extends VariantOf<'SAMLUser'> {}
/**
 * The wire form of {@link SAMLUserIdentity}.
 *
 * @example
 * import { SAMLUserIdentity, type SAMLUserIdentityJson } from 'cloudtrail-codecs';
 * const wire: SAMLUserIdentityJson = {
 *   type: 'SAMLUser',
 *   principalId: 'SJ6ll3D5x0bBnx8KhuPqJexample=:alice@example.com',
 *   userName: 'alice@example.com',
 *   identityProvider: 'SJ6ll3D5x0bBnx8KhuPqJexample=',
 * };
 * SAMLUserIdentity.decode(wire)._tag; // 'Right'
 */
export interface SAMLUserIdentityJson extends VariantJsonOf<'SAMLUser'> {}
/**
 * The codec of {@link SAMLUserIdentity}.
 *
 * @example
 * import { SAMLUserIdentity, type SAMLUserIdentityC } from 'cloudtrail-codecs';
 * const codec: SAMLUserIdentityC = SAMLUserIdentity;
 * codec.fields.filter((f) => f.required).map((f) => f.key); // ['type', 'principalId', 'userName', 'identityProvider']
 */
export interface SAMLUserIdentityC extends StructCodec<SAMLUserIdentity, SAMLUserIdentityJson> {}
/**
 * Codec of {@link SAMLUserIdentity}.
 *
 * @example
 * import { SAMLUserIdentity } from 'cloudtrail-codecs';
 * SAMLUserIdentity.is({ type: 'SAMLUser', principalId: 'SAMLQUALIFIER:alice', userName: 'alice', identityProvider: 'SAMLQUALIFIER' }); // true
 */
export const SAMLUserIdentity: SAMLUserIdentityC = variants.SAMLUser;

/**
 * `userIdentity` of type `WebIdentityUser`. The caller of `sts:AssumeRoleWithWebIdentity`: `identityProvider` is the OIDC issuer (`accounts.google.com`, `cognito-identity.amazonaws.com`, an OIDC provider ARN) and `userName` the subject.
 */
export interface WebIdentityUserIdentity extends VariantOf<'WebIdentityUser'> {}
/**
 * The wire form of {@link WebIdentityUserIdentity}.
 *
 * @example
 * import { WebIdentityUserIdentity, type WebIdentityUserIdentityJson } from 'cloudtrail-codecs';
 * const wire: WebIdentityUserIdentityJson = {
 *   type: 'WebIdentityUser',
 *   principalId: 'accounts.google.com:123456789012-example.apps.googleusercontent.com:104567890123456789012',
 *   userName: '104567890123456789012',
 *   identityProvider: 'accounts.google.com',
 * };
 * WebIdentityUserIdentity.decode(wire)._tag; // 'Right'
 */
export interface WebIdentityUserIdentityJson extends VariantJsonOf<'WebIdentityUser'> {}
/**
 * The codec of {@link WebIdentityUserIdentity}.
 *
 * @example
 * import { WebIdentityUserIdentity, type WebIdentityUserIdentityC } from 'cloudtrail-codecs';
 * const codec: WebIdentityUserIdentityC = WebIdentityUserIdentity;
 * const r = codec.decode({ type: 'WebIdentityUser', principalId: 'cognito-identity.amazonaws.com:x', userName: 'x', identityProvider: 'cognito-identity.amazonaws.com' });
 * if (r._tag === 'Right') r.right.identityProvider; // 'cognito-identity.amazonaws.com'
 */
export interface WebIdentityUserIdentityC extends StructCodec<WebIdentityUserIdentity, WebIdentityUserIdentityJson> {}
/**
 * Codec of {@link WebIdentityUserIdentity}.
 *
 * @example
 * import { WebIdentityUserIdentity } from 'cloudtrail-codecs';
 * WebIdentityUserIdentity.is({ type: 'WebIdentityUser', principalId: 'accounts.google.com:app:1234', userName: 'alice', identityProvider: 'accounts.google.com' }); // true
 */
export const WebIdentityUserIdentity: WebIdentityUserIdentityC = variants.WebIdentityUser;

/**
 * `userIdentity` of type `Unknown`. CloudTrail's own `Unknown`: the caller could not be determined, as for unauthenticated Identity Center sign-in steps. Any subset of fields may be present, often as empty strings.
 */
export interface UnknownIdentity extends VariantOf<'Unknown'> {}
/**
 * The wire form of {@link UnknownIdentity}.
 *
 * @example
 * import { UnknownIdentity, type UnknownIdentityJson } from 'cloudtrail-codecs';
 * // As on a console sign-in step before the user is known.
 * const wire: UnknownIdentityJson = { type: 'Unknown', principalId: '', arn: '', accountId: '111122223333', accessKeyId: '', userName: 'alice@example.com' };
 * UnknownIdentity.decode(wire)._tag; // 'Right'
 */
export interface UnknownIdentityJson extends VariantJsonOf<'Unknown'> {}
/**
 * The codec of {@link UnknownIdentity}.
 *
 * @example
 * import { UnknownIdentity, type UnknownIdentityC } from 'cloudtrail-codecs';
 * const codec: UnknownIdentityC = UnknownIdentity;
 * codec.is({ type: 'Unknown' }); // true: only type is required
 */
export interface UnknownIdentityC extends StructCodec<UnknownIdentity, UnknownIdentityJson> {}
/**
 * Codec of {@link UnknownIdentity}.
 *
 * @example
 * import { UnknownIdentity } from 'cloudtrail-codecs';
 * UnknownIdentity.is({ type: 'Unknown' }); // true
 */
export const UnknownIdentity: UnknownIdentityC = variants.Unknown;

const unrecognized = struct(
  'UnrecognizedIdentity',
  { type: unrecognizedString<'UserIdentityType'>('userIdentity type') },
  identityFields,
);
/**
 * `userIdentity` whose `type` this release does not know: a type AWS added
 * later. It decodes, keeps every field, and encodes back unchanged. Its `type`
 * is typed {@link Unrecognized} so that comparing `type` with a known literal
 * still narrows to that literal's variant.
 */
export interface UnrecognizedIdentity extends t.TypeOf<typeof unrecognized> {}
/**
 * The wire form of {@link UnrecognizedIdentity}.
 *
 * @example
 * import { UserIdentity, type UnrecognizedIdentityJson } from 'cloudtrail-codecs';
 * // A type this release does not know; on the wire it is a plain string.
 * const wire: UnrecognizedIdentityJson = { type: 'AWSRobot', accountId: '111122223333', principalId: 'ARBAEXAMPLEID' };
 * UserIdentity.decode(wire)._tag; // 'Right'
 */
export interface UnrecognizedIdentityJson extends t.OutputOf<typeof unrecognized> {}
/**
 * The codec of {@link UnrecognizedIdentity}.
 *
 * @example
 * import { UnrecognizedIdentity, type UnrecognizedIdentityC } from 'cloudtrail-codecs';
 * const codec: UnrecognizedIdentityC = UnrecognizedIdentity;
 * const r = codec.decode({ type: 'AWSRobot', accountId: '111122223333' });
 * if (r._tag === 'Right') String(r.right.type); // 'AWSRobot'
 */
export interface UnrecognizedIdentityC extends StructCodec<UnrecognizedIdentity, UnrecognizedIdentityJson> {}
/**
 * Codec of {@link UnrecognizedIdentity}.
 *
 * @example
 * import { UnrecognizedIdentity } from 'cloudtrail-codecs';
 * UnrecognizedIdentity.is({ type: 'QuantumUser', accountId: '111122223333' }); // true
 */
export const UnrecognizedIdentity: UnrecognizedIdentityC = unrecognized;

const untyped = struct('UntypedIdentity', {}, identityFields);
/**
 * `userIdentity` without a `type`, as AWS writes it on events a service
 * raises by itself (KMS key rotation, EC2 Spot fulfilment): usually just
 * `accountId` and `invokedBy`.
 */
export interface UntypedIdentity extends t.TypeOf<typeof untyped> {
  /** Never present: that is what makes this variant. */
  readonly type?: undefined;
}
/**
 * The wire form of {@link UntypedIdentity}.
 *
 * @example
 * import { UntypedIdentity, type UntypedIdentityJson } from 'cloudtrail-codecs';
 * // As on a KMS key rotation: no type, just the account and the service.
 * const wire: UntypedIdentityJson = { accountId: '111122223333', invokedBy: 'kms.amazonaws.com' };
 * UntypedIdentity.decode(wire)._tag; // 'Right'
 */
export interface UntypedIdentityJson extends t.OutputOf<typeof untyped> {
  /** Never present: that is what makes this variant. */
  readonly type?: undefined;
}
/**
 * The codec of {@link UntypedIdentity}.
 *
 * @example
 * import { UntypedIdentity, type UntypedIdentityC } from 'cloudtrail-codecs';
 * const codec: UntypedIdentityC = UntypedIdentity;
 * codec.fields.every((f) => !f.required); // true: every property may be missing
 */
export interface UntypedIdentityC extends StructCodec<UntypedIdentity, UntypedIdentityJson> {}
/**
 * Codec of {@link UntypedIdentity}.
 *
 * @example
 * import { UntypedIdentity } from 'cloudtrail-codecs';
 * UntypedIdentity.is({ accountId: '111122223333', invokedBy: 'kms.amazonaws.com' }); // true
 */
export const UntypedIdentity: UntypedIdentityC = untyped as UntypedIdentityC;

type TypesOf<C extends { readonly [K in keyof C]: t.Mixed }> = { -readonly [K in keyof C]: C[K]['_A'] };

/**
 * The codec of each known identity type, by `type`: the type of {@link identityCodecs}.
 *
 * @example
 * import { identityCodecs, type IdentityCodecByType } from 'cloudtrail-codecs';
 * const codecs: IdentityCodecByType = identityCodecs;
 * codecs.Root.name; // 'RootIdentity'
 */
export interface IdentityCodecByType {
  readonly Root: RootIdentityC;
  readonly IAMUser: IAMUserIdentityC;
  readonly AssumedRole: AssumedRoleIdentityC;
  readonly Role: RoleIdentityC;
  readonly FederatedUser: FederatedUserIdentityC;
  readonly Directory: DirectoryIdentityC;
  readonly AWSAccount: AWSAccountIdentityC;
  readonly AWSService: AWSServiceIdentityC;
  readonly IdentityCenterUser: IdentityCenterUserIdentityC;
  readonly SAMLUser: SAMLUserIdentityC;
  readonly WebIdentityUser: WebIdentityUserIdentityC;
  readonly Unknown: UnknownIdentityC;
}

/**
 * Every identity variant, by the value of `type` that selects it.
 *
 * @example
 * import type { IdentityByType } from 'cloudtrail-codecs';
 * const roleOf = (identity: IdentityByType['AssumedRole']): string | undefined => identity.sessionContext?.sessionIssuer?.userName;
 */
export interface IdentityByType extends TypesOf<IdentityCodecByType> {}

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
export type UserIdentityJson = IdentityCodecByType[IdentityType]['_O'] | UntypedIdentityJson | UnrecognizedIdentityJson;

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
export const identityCodecs: IdentityCodecByType = variants;

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
export const UserIdentity: UserIdentityC = taggedUnion(
  'UserIdentity',
  'type',
  // The table's own codecs, not identityCodecs: the annotation then holds
  // the table and the named types above to each other.
  variants,
  { untagged: UntypedIdentity, unrecognized: UnrecognizedIdentity },
);
