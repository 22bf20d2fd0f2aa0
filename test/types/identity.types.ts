// Type-level tests for identities. Nothing here runs: `tsc --noEmit -p .`
// checks it, and every `@ts-expect-error` must sit on a real error.
import {
  isAssumedRoleIdentity,
  isIdentityOfType,
  isRootIdentity,
  isUnrecognizedIdentity,
  isUntypedIdentity,
  matchIdentity,
  type AssumedRoleIdentity,
  type AssumedRoleIdentityJson,
  type AWSAccountIdentity,
  type AWSServiceIdentity,
  type DirectoryIdentity,
  type FederatedUserIdentity,
  type IAMUserIdentity,
  type IdentityCenterUserIdentity,
  type IdentityKind,
  type IdentityType,
  type RoleIdentity,
  type RootIdentity,
  type SAMLUserIdentity,
  type SessionAttributes,
  type SessionAttributesJson,
  type SessionContext,
  type BooleanTextJson,
  type BooleanTextValue,
  type UnrecognizedText,
  type SessionIssuer,
  type EmptyObject,
  type Unrecognized,
  type UnknownIdentity,
  type UnrecognizedIdentity,
  type UntypedIdentity,
  type UserIdentity,
  type UserIdentityJson,
  type WebIdentityUserIdentity,
} from '../../src/index.js';
import { type Actor, actorOf, actorOfIdentity } from '../../src/actor/index.js';

/** True when A and B are the same type (not merely mutually assignable). */
export type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Compiles only when its type argument is `true`. */
export function expectType<T extends true>(_ok: T): void {}

// ---------------------------------------------------------------------------
// The union and its tag

expectType<Equals<UserIdentity['type'], IdentityType | Unrecognized<'UserIdentityType'> | undefined>>(true);
expectType<
  Equals<
    IdentityType,
    | 'Root'
    | 'IAMUser'
    | 'AssumedRole'
    | 'Role'
    | 'FederatedUser'
    | 'Directory'
    | 'AWSAccount'
    | 'AWSService'
    | 'IdentityCenterUser'
    | 'SAMLUser'
    | 'WebIdentityUser'
    | 'Unknown'
  >
>(true);
expectType<Equals<IdentityKind, IdentityType | 'Untyped' | 'Unrecognized'>>(true);

// ---------------------------------------------------------------------------
// Narrowing with ===

export function narrowAssumedRole(identity: UserIdentity): string | undefined {
  // arn is optional on most variants, so it is not a plain string before narrowing.
  // @ts-expect-error string | undefined is not string
  const arnBefore: string = identity.arn;
  // Likewise principalId, required on AssumedRole but optional on IAMUser.
  // @ts-expect-error string | undefined is not string
  const principalBefore: string = identity.principalId;
  // onBehalfOf is required on IdentityCenterUser only.
  // @ts-expect-error onBehalfOf may be absent
  const userIdBefore: string = identity.onBehalfOf.userId;
  // A name no variant declares is an error on the union.
  // @ts-expect-error no such property
  void identity.sessionName;

  if (identity.type === 'AssumedRole') {
    expectType<Equals<typeof identity, AssumedRoleIdentity>>(true);
    const issuerArn = identity.sessionContext?.sessionIssuer?.arn;
    expectType<Equals<typeof issuerArn, string | undefined>>(true);
    expectType<Equals<typeof identity.arn, string>>(true);
    expectType<Equals<typeof identity.principalId, string>>(true);
    expectType<Equals<typeof identity.accountId, string>>(true);
    const arn: string = identity.arn;
    return arn + arnBefore + principalBefore + userIdBefore;
  }
  // Everything but AssumedRole is left.
  expectType<Equals<typeof identity, Exclude<UserIdentity, AssumedRoleIdentity>>>(true);
  return undefined;
}

export function narrowOthers(identity: UserIdentity): string {
  if (identity.type === 'IdentityCenterUser') {
    expectType<Equals<typeof identity.onBehalfOf.userId, string>>(true);
    return identity.onBehalfOf.userId;
  }
  if (identity.type === 'AWSService') return identity.invokedBy;
  if (identity.type === 'SAMLUser') return identity.identityProvider;
  if (identity.type === undefined) {
    expectType<Equals<typeof identity, UntypedIdentity>>(true);
    return identity.invokedBy ?? '';
  }
  return '';
}

// ---------------------------------------------------------------------------
// switch over the known literals

export function switchOnType(identity: UserIdentity): string {
  switch (identity.type) {
    case 'Root':
      expectType<Equals<typeof identity, RootIdentity>>(true);
      return identity.arn;
    case 'IAMUser':
      expectType<Equals<typeof identity, IAMUserIdentity>>(true);
      return identity.accountId;
    case 'AssumedRole':
      expectType<Equals<typeof identity, AssumedRoleIdentity>>(true);
      return identity.principalId;
    case 'Role':
      expectType<Equals<typeof identity, RoleIdentity>>(true);
      return identity.arn ?? '';
    case 'FederatedUser':
      expectType<Equals<typeof identity, FederatedUserIdentity>>(true);
      return identity.arn;
    case 'Directory':
      expectType<Equals<typeof identity, DirectoryIdentity>>(true);
      return identity.userName ?? '';
    case 'AWSAccount':
      expectType<Equals<typeof identity, AWSAccountIdentity>>(true);
      return identity.accountId;
    case 'AWSService':
      expectType<Equals<typeof identity, AWSServiceIdentity>>(true);
      return identity.invokedBy;
    case 'IdentityCenterUser':
      expectType<Equals<typeof identity, IdentityCenterUserIdentity>>(true);
      return identity.onBehalfOf.userId;
    case 'SAMLUser':
      expectType<Equals<typeof identity, SAMLUserIdentity>>(true);
      return identity.userName;
    case 'WebIdentityUser':
      expectType<Equals<typeof identity, WebIdentityUserIdentity>>(true);
      return identity.identityProvider;
    case 'Unknown':
      expectType<Equals<typeof identity, UnknownIdentity>>(true);
      return identity.principalId ?? '';
    case undefined:
      expectType<Equals<typeof identity, UntypedIdentity>>(true);
      return identity.accountId ?? '';
    default:
      // Only a type this release does not know is left.
      expectType<Equals<typeof identity, UnrecognizedIdentity>>(true);
      return String(identity.type);
  }
}

// The Unrecognized tag is not a plain string, or it would swallow the literals.
export function unrecognizedTag(identity: UnrecognizedIdentity): string {
  // @ts-expect-error Unrecognized<'UserIdentityType'> is not string
  const raw: string = identity.type;
  return raw + String(identity.type);
}

// ---------------------------------------------------------------------------
// sessionContext

export function sessionIssuerTypes(issuer: NonNullable<NonNullable<AssumedRoleIdentity['sessionContext']>['sessionIssuer']>): void {
  expectType<Equals<typeof issuer, SessionIssuer | EmptyObject>>(true);
  // @ts-expect-error type is required on a full issuer, so {} must be ruled out first
  const full: SessionIssuer = issuer;
  void full;
}

// Reading a property of `SessionIssuer | EmptyObject` gives `string | undefined`:
// `{}` has no arn.
expectType<Equals<(SessionIssuer | EmptyObject)['arn'], string | undefined>>(true);
export function emptyIssuerArnIsString(issuer: SessionIssuer | EmptyObject): string {
  // @ts-expect-error the issuer may be {}
  return issuer.arn;
}

// Every variant types (and checks) every documented identity field, so common
// fields read off the whole union; variants differ in what they require.
expectType<Equals<'onBehalfOf' extends keyof RootIdentity ? true : false, true>>(true);
expectType<Equals<'identityProvider' extends keyof AssumedRoleIdentity ? true : false, true>>(true);
expectType<Equals<'inScopeOf' extends keyof SAMLUserIdentity ? true : false, true>>(true);
export function foreignFieldOnUnion(identity: UserIdentity): unknown {
  return identity.inScopeOf;
}
// Required fields are typed as required.
expectType<Equals<RootIdentity['arn'], string>>(true);
expectType<Equals<AWSServiceIdentity['invokedBy'], string>>(true);

// Documented text decodes to a boolean, other text is kept, typed apart.
expectType<Equals<SessionAttributes['mfaAuthenticated'], boolean | UnrecognizedText<'BooleanText'> | undefined>>(true);
expectType<Equals<BooleanTextValue, boolean | UnrecognizedText<'BooleanText'>>>(true);
// assumedRoot stays as written: the documented text, JSON booleans, or other text.
expectType<Equals<SessionContext['assumedRoot'], 'true' | 'false' | boolean | UnrecognizedText<'BooleanText'> | undefined>>(true);
export function assumedRootNarrows(context: SessionContext): boolean {
  return context.assumedRoot === 'true' || context.assumedRoot === true;
}
// Truthiness stays sound: "" is falsy, so a falsy flag is not proved false.
export function falsyFlagIsNotFalse(attributes: SessionAttributes): false | undefined {
  const flag = attributes.mfaAuthenticated;
  if (flag) return undefined;
  // @ts-expect-error the flag may be undocumented text such as ""
  return flag;
}
export function plainStringIsNotAFlag(text: string): SessionAttributes {
  // @ts-expect-error decoded flags are booleans or branded text, not any string
  return { mfaAuthenticated: text };
}
expectType<Equals<SessionAttributes['creationDate'], Date | undefined>>(true);
expectType<Equals<SessionAttributesJson['mfaAuthenticated'], BooleanTextJson | undefined>>(true);
expectType<Equals<SessionAttributesJson['creationDate'], string | undefined>>(true);

// The wire side of a whole identity, reached through UserIdentityJson.
type AssumedRoleWire = Extract<UserIdentityJson, { type: 'AssumedRole' }>;
expectType<Equals<AssumedRoleWire, AssumedRoleIdentityJson>>(true);
// (Exclude, not NonNullable: `T & {}` would fold the open union into string.)
type WireMfa = Exclude<NonNullable<NonNullable<AssumedRoleWire['sessionContext']>['attributes']>['mfaAuthenticated'], undefined>;
expectType<Equals<WireMfa, 'true' | 'false' | (string & {})>>(true);
// @ts-expect-error the wire form is a string, not a boolean
expectType<Equals<WireMfa, boolean>>(true);

export function wireMfaRejectsBoolean(): AssumedRoleIdentityJson {
  return {
    type: 'AssumedRole',
    principalId: 'AROAEXAMPLEID:alice',
    arn: 'arn:aws:sts::111122223333:assumed-role/Admin/alice',
    accountId: '111122223333',
    sessionContext: {
      attributes: {
        // @ts-expect-error JSON boolean where CloudTrail writes a string
        mfaAuthenticated: true,
      },
    },
  };
}

// ---------------------------------------------------------------------------
// Guards

export function guards(identity: UserIdentity): void {
  if (isAssumedRoleIdentity(identity)) expectType<Equals<typeof identity, AssumedRoleIdentity>>(true);
  if (isRootIdentity(identity)) expectType<Equals<typeof identity, RootIdentity>>(true);
  if (isIdentityOfType('WebIdentityUser')(identity)) expectType<Equals<typeof identity, WebIdentityUserIdentity>>(true);
  if (isUntypedIdentity(identity)) expectType<Equals<typeof identity, UntypedIdentity>>(true);
  if (isUnrecognizedIdentity(identity)) expectType<Equals<typeof identity, UnrecognizedIdentity>>(true);
  if (!isUntypedIdentity(identity)) expectType<Equals<typeof identity, Exclude<UserIdentity, UntypedIdentity>>>(true);
  // @ts-expect-error not a known identity type
  isIdentityOfType('AssumedRoll');
}

// ---------------------------------------------------------------------------
// matchIdentity

export function matchAll(identity: UserIdentity): string {
  return matchIdentity(identity, {
    Root: (i) => {
      expectType<Equals<typeof i, RootIdentity>>(true);
      return i.arn;
    },
    IAMUser: (i) => i.accountId,
    AssumedRole: (i) => {
      expectType<Equals<typeof i, AssumedRoleIdentity>>(true);
      return i.arn;
    },
    Role: () => 'role',
    FederatedUser: (i) => i.arn,
    Directory: () => 'directory',
    AWSAccount: (i) => i.accountId,
    AWSService: (i) => i.invokedBy,
    IdentityCenterUser: (i) => i.onBehalfOf.userId,
    SAMLUser: (i) => i.userName,
    WebIdentityUser: (i) => i.userName,
    Unknown: () => 'unknown',
    Untyped: (i) => {
      expectType<Equals<typeof i, UntypedIdentity>>(true);
      return i.invokedBy ?? '';
    },
    Unrecognized: (i) => {
      expectType<Equals<typeof i, UnrecognizedIdentity>>(true);
      return String(i.type);
    },
  });
}

export function matchMissingCase(identity: UserIdentity): string {
  // @ts-expect-error the Unrecognized case is missing
  return matchIdentity(identity, {
    Root: () => 'r',
    IAMUser: () => 'u',
    AssumedRole: () => 'a',
    Role: () => 'r',
    FederatedUser: () => 'f',
    Directory: () => 'd',
    AWSAccount: () => 'a',
    AWSService: () => 's',
    IdentityCenterUser: () => 'i',
    SAMLUser: () => 's',
    WebIdentityUser: () => 'w',
    Unknown: () => 'u',
    Untyped: () => 'u',
  });
}

export function matchMissingKnownCase(identity: UserIdentity): string {
  // @ts-expect-error the AssumedRole case is missing
  return matchIdentity(identity, {
    Root: () => 'r',
    IAMUser: () => 'u',
    Role: () => 'r',
    FederatedUser: () => 'f',
    Directory: () => 'd',
    AWSAccount: () => 'a',
    AWSService: () => 's',
    IdentityCenterUser: () => 'i',
    SAMLUser: () => 's',
    WebIdentityUser: () => 'w',
    Unknown: () => 'u',
    Untyped: () => 'u',
    Unrecognized: () => 'x',
  });
}

export function matchWrongHandler(identity: UserIdentity): string {
  return matchIdentity(identity, {
    Root: () => 'r',
    IAMUser: () => 'u',
    // @ts-expect-error the AssumedRole case is given an AssumedRoleIdentity, not a RootIdentity
    AssumedRole: (i: RootIdentity) => i.arn,
    Role: () => 'r',
    FederatedUser: () => 'f',
    Directory: () => 'd',
    AWSAccount: () => 'a',
    AWSService: () => 's',
    IdentityCenterUser: () => 'i',
    SAMLUser: () => 's',
    WebIdentityUser: () => 'w',
    Unknown: () => 'u',
    Untyped: () => 'u',
    Unrecognized: () => 'x',
  });
}

// ---------------------------------------------------------------------------
// Actor

expectType<Equals<ReturnType<typeof actorOfIdentity>, Actor>>(true);
expectType<Equals<ReturnType<typeof actorOf>, Actor | undefined>>(true);
expectType<Equals<Actor['sessionName'], string | undefined>>(true);

export function actorIsReadOnly(actor: Actor): void {
  // @ts-expect-error Actor is read-only
  actor.name = 'x';
}
