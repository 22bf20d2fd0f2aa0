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

/** The codecs of the named identity properties. */
export function identityProps<K extends IdentityField>(keys: readonly K[]): Pick<typeof identityFields, K> {
  const out = {} as Pick<typeof identityFields, K>;
  for (const k of keys) out[k] = identityFields[k];
  return out;
}
