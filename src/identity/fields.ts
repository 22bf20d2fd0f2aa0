import { StringValue } from '../core/scalars.js';
import { InScopeOf, InvokedByDelegate, OnBehalfOf } from './principals.js';
import { SessionContext } from './SessionContext.js';

/**
 * Every `userIdentity` property CloudTrail documents besides `type`, with its
 * codec. Each identity variant picks the ones that apply to it.
 */
export const identityFields = {
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

/** The name of a `userIdentity` property. */
export type IdentityField = keyof typeof identityFields;

/**
 * The codecs of every identity property except the named ones (which a
 * variant requires). Any identity may carry any of these properties, so every
 * variant checks and types them all; variants differ in what they require.
 */
export function identityFieldsExcept<const K extends IdentityField>(required: readonly K[]): Omit<typeof identityFields, K> {
  const out: Partial<Record<IdentityField, unknown>> = { ...identityFields };
  for (const k of required) delete out[k];
  return out as Omit<typeof identityFields, K>;
}
