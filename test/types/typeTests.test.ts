// A few of the type-level checks of identity.types.ts and record.types.ts,
// written with expectTypeOf so they show up in the vitest run. tsc does the
// real checking (vitest's typecheck mode is off); the runtime assertions make
// sure the narrowed branches are the ones taken.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type {
  BooleanTextJson,
  BooleanTextValue,
  ActivityRecord,
  ActivityRecordJson,
  AssumedRoleIdentity,
  AssumedRoleIdentityJson,
  CloudTrailRecord,
  InsightDetails,
  InsightRecord,
  UnrecognizedIdentity,
  UntypedIdentity,
  UserIdentity,
} from '../../src/index.js';

const assumedRole = {
  type: 'AssumedRole',
  principalId: 'AROAEXAMPLEID:alice',
  arn: 'arn:aws:sts::111122223333:assumed-role/Admin/alice',
  accountId: '111122223333',
  sessionContext: {
    sessionIssuer: {
      type: 'Role',
      principalId: 'AROAEXAMPLEID',
      arn: 'arn:aws:iam::111122223333:role/Admin',
      accountId: '111122223333',
      userName: 'Admin',
    },
  },
} as const satisfies AssumedRoleIdentity;

describe('identity types', () => {
  it('type === "AssumedRole" narrows to AssumedRoleIdentity', () => {
    const issuerArnOf = (identity: UserIdentity): string | undefined => {
      if (identity.type !== 'AssumedRole') return undefined;
      expectTypeOf(identity).toEqualTypeOf<AssumedRoleIdentity>();
      expectTypeOf(identity.arn).toEqualTypeOf<string>();
      expectTypeOf(identity.sessionContext?.sessionIssuer?.arn).toEqualTypeOf<string | undefined>();
      return identity.sessionContext?.sessionIssuer?.arn;
    };
    expect(issuerArnOf(assumedRole)).toBe('arn:aws:iam::111122223333:role/Admin');
    expect(issuerArnOf({ accountId: '111122223333', invokedBy: 'ec2.amazonaws.com' })).toBeUndefined();
  });

  it('before narrowing, arn is optional', () => {
    expectTypeOf<UserIdentity['arn']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<UserIdentity['principalId']>().not.toEqualTypeOf<string>();
  });

  it('the switch default is the Unrecognized variant; undefined is Untyped', () => {
    const kindOf = (identity: UserIdentity): string => {
      switch (identity.type) {
        case 'AssumedRole':
          expectTypeOf(identity).toEqualTypeOf<AssumedRoleIdentity>();
          return 'assumed';
        case undefined:
          expectTypeOf(identity).toEqualTypeOf<UntypedIdentity>();
          return 'untyped';
        case 'Root':
        case 'IAMUser':
        case 'Role':
        case 'FederatedUser':
        case 'Directory':
        case 'AWSAccount':
        case 'AWSService':
        case 'IdentityCenterUser':
        case 'SAMLUser':
        case 'WebIdentityUser':
        case 'Unknown':
          return 'other';
        default:
          expectTypeOf(identity).toEqualTypeOf<UnrecognizedIdentity>();
          return `new:${String(identity.type)}`;
      }
    };
    expect(kindOf(assumedRole)).toBe('assumed');
    expect(kindOf({ invokedBy: 'kms.amazonaws.com' })).toBe('untyped');
    expect(kindOf({ type: 'AWSQuantumPrincipal' } as unknown as UnrecognizedIdentity)).toBe('new:AWSQuantumPrincipal');
  });

  it('mfaAuthenticated is text on the wire and a boolean, or the unknown text, once decoded', () => {
    type WireAttributes = NonNullable<NonNullable<AssumedRoleIdentityJson['sessionContext']>['attributes']>;
    expectTypeOf<WireAttributes['mfaAuthenticated']>().toEqualTypeOf<BooleanTextJson | undefined>();
    type Attributes = NonNullable<NonNullable<AssumedRoleIdentity['sessionContext']>['attributes']>;
    expectTypeOf<Attributes['mfaAuthenticated']>().toEqualTypeOf<BooleanTextValue | undefined>();
  });
});

describe('record types', () => {
  it('eventType === "AwsCloudTrailInsight" narrows to InsightRecord', () => {
    const detailsOf = (record: CloudTrailRecord): InsightDetails | undefined => {
      if (record.eventType !== 'AwsCloudTrailInsight') return undefined;
      expectTypeOf(record).toEqualTypeOf<InsightRecord>();
      expectTypeOf(record).not.toHaveProperty('userIdentity');
      return record.insightDetails;
    };
    const activity: ActivityRecord = {
      eventVersion: '1.08',
      userIdentity: assumedRole,
      eventTime: new Date(Date.UTC(2024, 4, 1, 12)),
      eventSource: 's3.amazonaws.com',
      eventName: 'ListBuckets',
      awsRegion: 'us-east-1',
      eventType: 'AwsApiCall',
    };
    expect(detailsOf(activity)).toBeUndefined();
  });

  it('eventTime is a Date when decoded and a string on the wire', () => {
    expectTypeOf<ActivityRecord['eventTime']>().toEqualTypeOf<Date>();
    expectTypeOf<ActivityRecordJson['eventTime']>().toEqualTypeOf<string>();
  });
});
