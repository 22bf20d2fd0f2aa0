import type { IdentityType } from '../../src/index.js';

/**
 * Each identity builder of `Fixtures` (and kind of `identityArbitrary`) with
 * the `type` it must write. Kept here, apart from src, so the tests check
 * the builders against an independent list.
 */
export const identityBuilders = {
  root: 'Root',
  iamUser: 'IAMUser',
  assumedRole: 'AssumedRole',
  role: 'Role',
  federatedUser: 'FederatedUser',
  awsService: 'AWSService',
  awsAccount: 'AWSAccount',
  identityCenterUser: 'IdentityCenterUser',
  samlUser: 'SAMLUser',
  webIdentityUser: 'WebIdentityUser',
  directory: 'Directory',
  unknown: 'Unknown',
} as const satisfies Record<string, IdentityType>;

export type IdentityBuilder = keyof typeof identityBuilders;
