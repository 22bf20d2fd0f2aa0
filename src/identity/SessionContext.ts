import type * as t from 'io-ts';
import { BooleanText } from '../core/BooleanFromString.js';
import { DateFromIsoTimestamp } from '../core/DateFromIsoTimestamp.js';
import { emptyOr, type EmptyObject } from '../core/emptyOr.js';
import { JsonObject } from '../core/JsonValue.js';
import { openEnum, type OpenEnumC } from '../core/openEnum.js';
import { StringValue } from '../core/scalars.js';
import type { UnrecognizedText } from '../core/Unrecognized.js';
import { INVALID, WireType, failureAt, type Invalid } from '../core/WireType.js';
import { struct, type StructCodec } from '../core/struct.js';

/**
 * The kinds of principal that issue a session: `Role` for assumed roles,
 * `IAMUser` or `Root` for federation tokens and console sessions.
 *
 * @example
 * import { SessionIssuerType } from 'cloudtrail-codecs';
 * SessionIssuerType.known; // ['Role', 'IAMUser', 'Root']
 */
export const SessionIssuerType: OpenEnumC<'Role' | 'IAMUser' | 'Root'> = openEnum('SessionIssuerType', [
  'Role',
  'IAMUser',
  'Root',
]);

const sessionIssuer = struct(
  'SessionIssuer',
  { type: SessionIssuerType, principalId: StringValue, arn: StringValue, accountId: StringValue },
  { userName: StringValue },
);
/**
 * Who issued the temporary credentials: for a role session, the role
 * (`userName` is then the role name).
 */
export interface SessionIssuer extends t.TypeOf<typeof sessionIssuer> {}
/**
 * The wire form of {@link SessionIssuer}.
 *
 * @example
 * import type { SessionIssuerJson } from 'cloudtrail-codecs';
 * const issuer: SessionIssuerJson = {
 *   type: 'Role',
 *   principalId: 'AROAEXAMPLEID',
 *   arn: 'arn:aws:iam::111122223333:role/Deployer',
 *   accountId: '111122223333',
 *   userName: 'Deployer',
 * };
 */
export interface SessionIssuerJson extends t.OutputOf<typeof sessionIssuer> {}
/**
 * The codec of {@link SessionIssuer}.
 *
 * @example
 * import { SessionIssuer, type SessionIssuerC } from 'cloudtrail-codecs';
 * const codec: SessionIssuerC = SessionIssuer;
 * codec.is({ type: 'Role', arn: 'arn:aws:iam::111122223333:role/Deployer' }); // false: principalId and accountId are required
 */
export interface SessionIssuerC extends StructCodec<SessionIssuer, SessionIssuerJson> {}
/**
 * Codec of {@link SessionIssuer}.
 *
 * @example
 * import { SessionIssuer } from 'cloudtrail-codecs';
 * SessionIssuer.is({ type: 'Role', principalId: 'AROAEXAMPLE', arn: 'arn:aws:iam::111122223333:role/Admin', accountId: '111122223333', userName: 'Admin' }); // true
 */
export const SessionIssuer: SessionIssuerC = sessionIssuer;

const webIdFederationData = struct('WebIdFederationData', {}, {
  federatedProvider: StringValue,
  attributes: JsonObject,
});
/**
 * The identity provider behind a web-identity or SAML session, with the claims
 * it passed. Often written as `{}`.
 */
export interface WebIdFederationData extends t.TypeOf<typeof webIdFederationData> {}
/**
 * The wire form of {@link WebIdFederationData}.
 *
 * @example
 * import type { WebIdFederationDataJson } from 'cloudtrail-codecs';
 * const federation: WebIdFederationDataJson = {
 *   federatedProvider: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
 *   attributes: { 'token.actions.githubusercontent.com:sub': 'repo:example/app:ref:refs/heads/main' },
 * };
 */
export interface WebIdFederationDataJson extends t.OutputOf<typeof webIdFederationData> {}
/**
 * The codec of {@link WebIdFederationData}.
 *
 * @example
 * import { WebIdFederationData, type WebIdFederationDataC } from 'cloudtrail-codecs';
 * const codec: WebIdFederationDataC = WebIdFederationData;
 * codec.is({}); // true: CloudTrail often writes it empty
 */
export interface WebIdFederationDataC extends StructCodec<WebIdFederationData, WebIdFederationDataJson> {}
/**
 * Codec of {@link WebIdFederationData}.
 *
 * @example
 * import { WebIdFederationData } from 'cloudtrail-codecs';
 * WebIdFederationData.is({ federatedProvider: 'accounts.google.com' }); // true
 */
export const WebIdFederationData: WebIdFederationDataC = webIdFederationData;

const sessionAttributes = struct('SessionAttributes', {}, {
  creationDate: DateFromIsoTimestamp,
  mfaAuthenticated: BooleanText,
});
/**
 * When the session began and whether it was authenticated with MFA. On the
 * wire `mfaAuthenticated` is the string `"true"` or `"false"`; here a boolean,
 * or the text itself when it is neither (see {@link BooleanTextValue}).
 */
export interface SessionAttributes extends t.TypeOf<typeof sessionAttributes> {}
/**
 * The wire form of {@link SessionAttributes}.
 *
 * @example
 * import type { SessionAttributesJson } from 'cloudtrail-codecs';
 * const attributes: SessionAttributesJson = { creationDate: '2023-07-19T21:11:57Z', mfaAuthenticated: 'true' };
 * // { mfaAuthenticated: true } would not compile: on the wire it is a string.
 */
export interface SessionAttributesJson extends t.OutputOf<typeof sessionAttributes> {}
/**
 * The codec of {@link SessionAttributes}.
 *
 * @example
 * import { SessionAttributes, type SessionAttributesC } from 'cloudtrail-codecs';
 * const codec: SessionAttributesC = SessionAttributes;
 * codec.encode({ creationDate: new Date('2023-07-19T21:11:57Z'), mfaAuthenticated: false });
 * // { creationDate: '2023-07-19T21:11:57Z', mfaAuthenticated: 'false' }
 */
export interface SessionAttributesC extends StructCodec<SessionAttributes, SessionAttributesJson> {}
/**
 * Codec of {@link SessionAttributes}.
 *
 * @example
 * import { SessionAttributes } from 'cloudtrail-codecs';
 * const r = SessionAttributes.decode({ creationDate: '2023-07-19T21:11:57Z', mfaAuthenticated: 'false' });
 * if (r._tag === 'Right') r.right.mfaAuthenticated; // false
 */
export const SessionAttributes: SessionAttributesC = sessionAttributes;

/**
 * `sessionContext.assumedRoot` as it was written: `"true"` on AssumeRoot
 * sessions, and, since AWS does not document its JSON type, `"false"`, a JSON
 * boolean, or other text (AWS's 2025 OpenSearch Serverless sample writes `""`).
 * It is kept as written, so encode gives back the same JSON type. The one
 * rule for reading it, the one `actorOf` follows and the one BooleanText
 * applies to text: `true`, or `"true"` in any capitalisation.
 *
 * @example
 * import type { AssumedRootValue } from 'cloudtrail-codecs';
 * const isAssumeRoot = (v: AssumedRootValue | undefined): boolean => v === true || (typeof v === 'string' && v.toLowerCase() === 'true');
 * isAssumeRoot('true'); // true
 * isAssumeRoot(true); // true
 */
export type AssumedRootValue = 'true' | 'false' | boolean | UnrecognizedText<'BooleanText'>;

class AssumedRootType extends WireType<AssumedRootValue, string | boolean> {
  readonly encodesAsIs = true;
  constructor() {
    super('"true" | "false" | boolean | string', (u): u is AssumedRootValue => typeof u === 'string' || typeof u === 'boolean');
  }
  parse(u: unknown): AssumedRootValue | Invalid {
    return typeof u === 'string' || typeof u === 'boolean' ? (u as AssumedRootValue) : INVALID;
  }
  override inlineInvalid(): string {
    return "typeof v !== 'string' && typeof v !== 'boolean'";
  }
  explain(u: unknown, c: t.Context): t.Errors {
    return failureAt(u, c);
  }
  encodeValue(a: AssumedRootValue): string | boolean {
    return a as string | boolean;
  }
}

// Kept as written: any string or boolean.
const AssumedRootFlag = new AssumedRootType();

const sessionContext = struct('SessionContext', {}, {
  sessionIssuer: emptyOr(SessionIssuer),
  webIdFederationData: WebIdFederationData,
  attributes: SessionAttributes,
  sourceIdentity: StringValue,
  ec2RoleDelivery: StringValue,
  assumedRoot: AssumedRootFlag,
  signInSessionArn: StringValue,
});
/**
 * Facts about the temporary-credential session behind a call: who issued it,
 * any web-identity provider, its attributes, the source identity, the EC2
 * metadata-service version (`ec2RoleDelivery`, `"1.0"` or `"2.0"`), whether it
 * is an AssumeRoot session, and the console sign-in session ARN.
 */
export interface SessionContext extends t.TypeOf<typeof sessionContext> {}
/**
 * The wire form of {@link SessionContext}.
 *
 * @example
 * import type { SessionContextJson } from 'cloudtrail-codecs';
 * // A root console session: no issuer, so CloudTrail writes {}.
 * const context: SessionContextJson = {
 *   sessionIssuer: {},
 *   webIdFederationData: {},
 *   attributes: { creationDate: '2026-01-01T08:00:00Z', mfaAuthenticated: 'true' },
 * };
 */
export interface SessionContextJson extends t.OutputOf<typeof sessionContext> {}
/**
 * The codec of {@link SessionContext}.
 *
 * @example
 * import { SessionContext, type SessionContextC } from 'cloudtrail-codecs';
 * const codec: SessionContextC = SessionContext;
 * const r = codec.decode({ sessionIssuer: {}, ec2RoleDelivery: '2.0' });
 * if (r._tag === 'Right') r.right.sessionIssuer?.userName; // undefined: the issuer is {}
 */
export interface SessionContextC extends StructCodec<SessionContext, SessionContextJson> {}
/**
 * Codec of {@link SessionContext}. `sessionIssuer` may be `{}`.
 *
 * @example
 * import { SessionContext } from 'cloudtrail-codecs';
 * SessionContext.is({ sessionIssuer: {}, webIdFederationData: {} }); // true
 */
export const SessionContext: SessionContextC = sessionContext;

export type { EmptyObject };
