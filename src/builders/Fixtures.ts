import { addSeconds, subMinutes } from 'date-fns';
import { EventBridgeCloudTrailEvent, type EventBridgeEventJson } from '../containers/EventBridgeEvent.js';
import type { LogFile } from '../containers/LogFile.js';
import { LookupEvent, type LookupEventJson } from '../containers/LookupEvent.js';
import { DateFromIsoTimestamp } from '../core/DateFromIsoTimestamp.js';
import { INVALID } from '../core/WireType.js';
import { stringifyJson } from '../core/stringifyJson.js';
import { formatIsoUtc } from '../core/utcTime.js';
import {
  AWSAccountIdentity,
  type AWSAccountIdentityJson,
  AWSServiceIdentity,
  type AWSServiceIdentityJson,
  AssumedRoleIdentity,
  type AssumedRoleIdentityJson,
  DirectoryIdentity,
  type DirectoryIdentityJson,
  FederatedUserIdentity,
  type FederatedUserIdentityJson,
  IAMUserIdentity,
  type IAMUserIdentityJson,
  IdentityCenterUserIdentity,
  type IdentityCenterUserIdentityJson,
  RoleIdentity,
  type RoleIdentityJson,
  RootIdentity,
  type RootIdentityJson,
  SAMLUserIdentity,
  type SAMLUserIdentityJson,
  UnknownIdentity,
  type UnknownIdentityJson,
  WebIdentityUserIdentity,
  type WebIdentityUserIdentityJson,
  type UserIdentityJson,
} from '../identity/UserIdentity.js';
import type { ActivityRecordJson } from '../record/ActivityRecord.js';
import { CloudTrailRecord, type CloudTrailRecordJson } from '../record/CloudTrailRecord.js';
import { BuilderError, checkBuilt, readBuilderInput, readOptions } from './BuilderError.js';
import { mergeOverrides, type Overrides } from './overrides.js';
import { Random, type Seed } from './random.js';
import { ownValue } from '../core/ownValue.js';

/**
 * Overrides of {@link Fixtures.assumedRole}: an AssumedRole identity has no
 * `userName` (the role's name is `sessionContext.sessionIssuer.userName`), so
 * giving one does not compile.
 *
 * @example
 * import { Fixtures, type AssumedRoleOverrides } from 'cloudtrail-codecs/builders';
 * const deployer: AssumedRoleOverrides = { sessionContext: { sessionIssuer: { userName: 'Deployer' } } };
 * new Fixtures({ seed: 1 }).assumedRole(deployer).arn.includes(':assumed-role/Deployer/'); // true
 */
export type AssumedRoleOverrides = Omit<Overrides<AssumedRoleIdentityJson>, 'userName'> & { readonly userName?: undefined };

/**
 * How a {@link Fixtures} factory makes its values.
 *
 * @example
 * import { Fixtures, type FixtureOptions } from 'cloudtrail-codecs/builders';
 * const options: FixtureOptions = { seed: 'billing-tests', referenceTime: '2026-03-02T09:00:00Z', accountId: '111122223333', region: 'eu-west-1' };
 * const r = new Fixtures(options).record();
 * r.awsRegion; // 'eu-west-1'
 * r.eventTime > '2026-03-02T09:00:00Z'; // true: records follow the reference time
 */
export interface FixtureOptions {
  /** The seed of every random choice; the same seed gives the same output. Default 1. */
  readonly seed?: Seed;
  /** The time the first record happens; later ones follow it. Default 2026-01-01T00:00:00Z. */
  readonly referenceTime?: Date | string;
  /** The account of the callers and recipient; default drawn from the seed. */
  readonly accountId?: string;
  /** The region of the records. Default `us-east-1`. */
  readonly region?: string;
}

const DEFAULT_TIME = '2026-01-01T00:00:00Z';
const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
// Access key ids are base32: upper-case letters and the digits 2 to 7.
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const USERS = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi'];
const ROLES = ['Deployer', 'ReadOnly', 'Admin', 'LambdaExecution', 'EcsTaskRole', 'DataPipeline'];
const SERVICES = ['cloudtrail.amazonaws.com', 'config.amazonaws.com', 'ec2.amazonaws.com', 'lambda.amazonaws.com'];
const USER_AGENTS = [
  'aws-cli/2.17.20 md/awscrt#0.20.11 ua/2.0 os/linux#6.8.0 md/arch#x86_64 lang/python#3.11.9 cfg/retry-mode#standard',
  'aws-sdk-js/3.600.0 ua/2.1 os/linux#6.1.0 lang/js md/nodejs#20.15.1 api/s3#3.600.0',
  'Boto3/1.34.144 md/Botocore#1.34.144 ua/2.0 os/linux#5.10.220 md/arch#x86_64 lang/python#3.12.4',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  'aws-internal/3 aws-sdk-java/1.12.720 Linux/5.10.219 OpenJDK_64-Bit_Server_VM/25.412-b08 java/1.8.0_412',
];
// Names that read and only read: the prefix decides readOnly.
const READ_ONLY = /^(Get|Describe|List|Head|Lookup|Search|Query|Scan|BatchGet|Check|Validate|View|Preview|Estimate|Select)/;

// Override values are checked only after the record is made; until then a
// mistyped one stands in as empty text (String() may throw on it).
const textOf = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * True when an operation name only reads, by the usual AWS naming; builders set `readOnly` with it.
 *
 * @example
 * import { isReadOnlyOperation } from 'cloudtrail-codecs/builders';
 * isReadOnlyOperation('DescribeInstances'); // true
 * isReadOnlyOperation('PutObject'); // false
 */
export function isReadOnlyOperation(eventName: string): boolean {
  return READ_ONLY.test(eventName);
}

function toDate(t: Date | string): Date {
  return typeof t === 'string' ? new Date(t) : new Date(t.getTime());
}

const DETAIL_TYPES: Readonly<Record<string, string>> = {
  AwsApiCall: 'AWS API Call via CloudTrail',
  AwsServiceEvent: 'AWS Service Event via CloudTrail',
  AwsConsoleSignIn: 'AWS Console Sign In via CloudTrail',
  AwsConsoleAction: 'AWS Console Action via CloudTrail',
  AwsCloudTrailInsight: 'AWS Insight via CloudTrail',
  AwsVpceEvent: 'AWS Network Activity Event via CloudTrail',
};

/**
 * The names of the identity builders of {@link Fixtures}, one per
 * `userIdentity` type it makes.
 *
 * @example
 * import { Fixtures, identityMethods } from 'cloudtrail-codecs/builders';
 * const fx = new Fixtures({ seed: 1 });
 * identityMethods.map((m) => fx[m]().type); // ['Root', 'IAMUser', 'AssumedRole', …]
 */
export const identityMethods = [
  'root',
  'iamUser',
  'assumedRole',
  'role',
  'federatedUser',
  'awsService',
  'awsAccount',
  'identityCenterUser',
  'samlUser',
  'webIdentityUser',
  'directory',
  'unknown',
] as const;

/**
 * The identity builders of {@link Fixtures}, by method name.
 *
 * @example
 * import { Fixtures, type IdentityMethod } from 'cloudtrail-codecs/builders';
 * const fx = new Fixtures({ seed: 1 });
 * const sessions: IdentityMethod[] = ['assumedRole', 'federatedUser'];
 * const identities = sessions.map((method) => fx[method]());
 */
export type IdentityMethod = (typeof identityMethods)[number];

/**
 * A factory of wire-accurate CloudTrail fixtures. Everything it makes is JSON
 * exactly as CloudTrail writes it (string booleans, no `undefined` anywhere)
 * and decodes with the library's codecs. Values depend only on the seed, the
 * reference time and the calls made so far: the same calls give the same
 * JSON, and {@link Fixtures.reset} starts the sequence over.
 *
 * @example
 * import { Fixtures } from 'cloudtrail-codecs/builders';
 * const fx = new Fixtures({ seed: 7, referenceTime: '2026-03-02T09:00:00Z' });
 * const caller = fx.assumedRole();
 * const record = fx.record({ eventSource: 'sqs.amazonaws.com', eventName: 'SendMessage', userIdentity: caller });
 * record.recipientAccountId === caller.accountId; // true: one account throughout
 */
export class Fixtures {
  /** The account of the callers, unless an override says otherwise. */
  readonly accountId: string;
  readonly region: string;
  readonly referenceTime: Date;
  private readonly seed: Seed;
  private readonly accountGiven: boolean;
  private readonly resetHooks: Array<() => void> = [];
  private readonly stateKeepers: Array<() => () => void> = [];
  private rng: Random;
  private counters = new Map<string, number>();
  private clock = 0;

  constructor(options: FixtureOptions = {}) {
    const { seed, referenceTime, accountId, region } = readOptions(options, 'Fixtures');
    this.seed = seed ?? 1;
    this.rng = new Random(this.seed);
    this.referenceTime = toDate(referenceTime ?? DEFAULT_TIME);
    this.accountGiven = accountId !== undefined;
    this.accountId = accountId ?? this.digits(12);
    this.region = region ?? 'us-east-1';
  }

  /** Starts every sequence (names such as `mesh-1`, times, random draws) over. */
  reset(): void {
    this.rng = new Random(this.seed);
    this.counters = new Map();
    this.clock = 0;
    // Draw the account again, as the constructor did, so the random sequence
    // lines up with a new factory's.
    if (!this.accountGiven) this.digits(12);
    for (const hook of this.resetHooks) hook();
  }

  /** Runs `hook` on every {@link reset}, for builders that keep state of their own. */
  onReset(hook: () => void): void {
    this.resetHooks.push(hook);
  }

  /**
   * Registers state of a builder layered on top of this factory, so that a
   * refused call puts it back too: `save` is called before each builder call
   * and returns what restores the state as it was then.
   */
  keepState(save: () => () => void): void {
    this.stateKeepers.push(save);
  }

  /**
   * `build()`, all or nothing: when it throws, every sequence (random draws,
   * the clock, name counters, and the state registered with
   * {@link Fixtures.keepState}) is put back as it was, so a refused call
   * leaves the factory as if it had not been made.
   */
  transaction<T>(build: () => T): T {
    const rng = this.rng.clone();
    const clock = this.clock;
    const counters = new Map(this.counters);
    const restores = this.stateKeepers.map((save) => save());
    try {
      return build();
    } catch (e) {
      this.rng = rng;
      this.clock = clock;
      this.counters = counters;
      for (const restore of restores) restore();
      throw e;
    }
  }

  /** The random source, for builders layered on top of this factory. */
  get random(): Random {
    return this.rng;
  }

  /** The next number of a named sequence: 1, 2, 3… */
  sequence(name: string): number {
    const n = (this.counters.get(name) ?? 0) + 1;
    this.counters.set(name, n);
    return n;
  }

  /** `prefix-1`, `prefix-2`… */
  nextName(prefix: string): string {
    return `${prefix}-${this.sequence(prefix)}`;
  }

  /** The time of the next record: a few seconds after the previous one. */
  nextTime(): Date {
    this.clock += this.rng.int(1, 9);
    return addSeconds(this.referenceTime, this.clock);
  }

  /** A run of decimal digits that does not start with 0. */
  digits(length: number): string {
    return `${this.rng.int(1, 9)}${this.rng.chars('0123456789', length - 1)}`;
  }

  /** A unique id as IAM writes them: a 4-letter prefix and 17 characters. */
  uniqueId(prefix: 'AIDA' | 'AROA' | 'AGPA' | 'ANPA'): string {
    return `${prefix}${this.rng.chars(UPPER_DIGITS, 17)}`;
  }

  /** An access key id: `AKIA` for long-term keys, `ASIA` for temporary ones. */
  accessKeyId(kind: 'long-term' | 'temporary'): string {
    return `${kind === 'long-term' ? 'AKIA' : 'ASIA'}${this.rng.chars(BASE32, 16)}`;
  }

  /** An address from the documentation ranges (RFC 5737). */
  ipAddress(): string {
    return `${this.rng.pick(['192.0.2', '198.51.100', '203.0.113'])}.${this.rng.int(1, 254)}`;
  }

  uuid(): string {
    return this.rng.uuid();
  }

  private sessionAttributes(mfa = false): { creationDate: string; mfaAuthenticated: 'true' | 'false' } {
    const started = subMinutes(addSeconds(this.referenceTime, this.clock), this.rng.int(2, 55));
    return { creationDate: formatIsoUtc(started), mfaAuthenticated: mfa ? 'true' : 'false' };
  }

  // Identities. Each default is consistent in itself (the ARN, principal id
  // and access key agree with the account and with each other); overrides
  // are laid over it, and an overridden accountId or name is used to build
  // the rest.

  /**
   * The root user of the account.
   *
   * @example
   * import { Fixtures } from 'cloudtrail-codecs/builders';
   * new Fixtures({ seed: 1 }).root().arn.endsWith(':root'); // true
   */
  root(overrides?: Overrides<RootIdentityJson>): RootIdentityJson {
    const o = this.overridesOf('root', overrides);
    const account = o?.accountId ?? this.accountId;
    const base: RootIdentityJson = {
      type: 'Root',
      principalId: account,
      arn: `arn:aws:iam::${account}:root`,
      accountId: account,
      accessKeyId: '',
    };
    return this.checked('root', RootIdentity, mergeOverrides(base, o), o);
  }

  /**
   * An IAM user with a long-term access key.
   *
   * @example
   * import { Fixtures } from 'cloudtrail-codecs/builders';
   * new Fixtures({ seed: 1 }).iamUser({ userName: 'alice' }).arn; // 'arn:aws:iam::…:user/alice'
   */
  iamUser(overrides?: Overrides<IAMUserIdentityJson>): IAMUserIdentityJson {
    const o = this.overridesOf('iamUser', overrides);
    const account = o?.accountId ?? this.accountId;
    const name = o?.userName ?? this.rng.pick(USERS);
    const base: IAMUserIdentityJson = {
      type: 'IAMUser',
      principalId: this.uniqueId('AIDA'),
      arn: `arn:aws:iam::${account}:user/${name}`,
      accountId: account,
      accessKeyId: this.accessKeyId('long-term'),
      userName: name,
    };
    return this.checked('iamUser', IAMUserIdentity, mergeOverrides(base, o), o);
  }

  /**
   * A session of an assumed role, with a matching session issuer and a
   * temporary (`ASIA`) key.
   *
   * @example
   * import { Fixtures } from 'cloudtrail-codecs/builders';
   * const id = new Fixtures({ seed: 1 }).assumedRole();
   * id.arn.startsWith('arn:aws:sts::'); // true
   */
  assumedRole(overrides?: AssumedRoleOverrides): AssumedRoleIdentityJson {
    const o = this.overridesOf('assumedRole', overrides);
    // The role's name lives in the session issuer; an AssumedRole identity has no userName of its own.
    if ((o as { userName?: unknown } | undefined)?.userName !== undefined) {
      throw new BuilderError('assumedRole', 'userName: an AssumedRole identity has no userName; give the role name as sessionContext.sessionIssuer.userName', ['userName']);
    }
    const account = o?.accountId ?? this.accountId;
    const role = o?.sessionContext?.sessionIssuer?.userName ?? this.rng.pick(ROLES);
    const session = `${this.rng.pick(USERS)}-${this.rng.chars('0123456789abcdef', 8)}`;
    const roleId = this.uniqueId('AROA');
    const base: AssumedRoleIdentityJson = {
      type: 'AssumedRole',
      principalId: `${roleId}:${session}`,
      arn: `arn:aws:sts::${account}:assumed-role/${role}/${session}`,
      accountId: account,
      accessKeyId: this.accessKeyId('temporary'),
      sessionContext: {
        sessionIssuer: {
          type: 'Role',
          principalId: roleId,
          arn: `arn:aws:iam::${account}:role/${role}`,
          accountId: account,
          userName: role,
        },
        webIdFederationData: {},
        attributes: this.sessionAttributes(),
      },
    };
    return this.checked('assumedRole', AssumedRoleIdentity, mergeOverrides(base, o as never), o);
  }

  /**
   * A role acting as itself (rare).
   *
   * @example
   * import { Fixtures } from 'cloudtrail-codecs/builders';
   * new Fixtures({ seed: 1 }).role().type; // 'Role'
   */
  role(overrides?: Overrides<RoleIdentityJson>): RoleIdentityJson {
    const o = this.overridesOf('role', overrides);
    const account = o?.accountId ?? this.accountId;
    const role = o?.userName ?? this.rng.pick(ROLES);
    const base: RoleIdentityJson = {
      type: 'Role',
      principalId: this.uniqueId('AROA'),
      arn: `arn:aws:iam::${account}:role/${role}`,
      accountId: account,
      userName: role,
    };
    return this.checked('role', RoleIdentity, mergeOverrides(base, o), o);
  }

  /**
   * A federated user (from `sts:GetFederationToken`), issued by an IAM user.
   *
   * @example
   * import { Fixtures } from 'cloudtrail-codecs/builders';
   * new Fixtures({ seed: 1 }).federatedUser().arn.includes(':federated-user/'); // true
   */
  federatedUser(overrides?: Overrides<FederatedUserIdentityJson>): FederatedUserIdentityJson {
    const o = this.overridesOf('federatedUser', overrides);
    const account = o?.accountId ?? this.accountId;
    const name = this.rng.pick(USERS);
    const issuer = this.rng.pick(USERS);
    const base: FederatedUserIdentityJson = {
      type: 'FederatedUser',
      principalId: `${account}:${name}`,
      arn: `arn:aws:sts::${account}:federated-user/${name}`,
      accountId: account,
      accessKeyId: this.accessKeyId('temporary'),
      sessionContext: {
        sessionIssuer: {
          type: 'IAMUser',
          principalId: this.uniqueId('AIDA'),
          arn: `arn:aws:iam::${account}:user/${issuer}`,
          accountId: account,
          userName: issuer,
        },
        webIdFederationData: {},
        attributes: this.sessionAttributes(),
      },
    };
    return this.checked('federatedUser', FederatedUserIdentity, mergeOverrides(base, o), o);
  }

  /**
   * An AWS service acting with its own account.
   *
   * @example
   * import { Fixtures } from 'cloudtrail-codecs/builders';
   * new Fixtures({ seed: 1 }).awsService({ invokedBy: 'kms.amazonaws.com' }).invokedBy; // 'kms.amazonaws.com'
   */
  awsService(overrides?: Overrides<AWSServiceIdentityJson>): AWSServiceIdentityJson {
    const o = this.overridesOf('awsService', overrides);
    const base: AWSServiceIdentityJson = { type: 'AWSService', invokedBy: this.rng.pick(SERVICES) };
    return this.checked('awsService', AWSServiceIdentity, mergeOverrides(base, o), o);
  }

  /**
   * Another AWS account (cross-account access).
   *
   * @example
   * import { Fixtures } from 'cloudtrail-codecs/builders';
   * new Fixtures({ seed: 1 }).awsAccount().type; // 'AWSAccount'
   */
  awsAccount(overrides?: Overrides<AWSAccountIdentityJson>): AWSAccountIdentityJson {
    const o = this.overridesOf('awsAccount', overrides);
    const base: AWSAccountIdentityJson = {
      type: 'AWSAccount',
      principalId: this.uniqueId('AIDA'),
      accountId: o?.accountId ?? this.digits(12),
    };
    return this.checked('awsAccount', AWSAccountIdentity, mergeOverrides(base, o), o);
  }

  /**
   * A user of IAM Identity Center, as CloudTrail writes it since 2025: empty
   * `arn` and `accessKeyId`, the user in `onBehalfOf`.
   *
   * @example
   * import { Fixtures } from 'cloudtrail-codecs/builders';
   * new Fixtures({ seed: 1 }).identityCenterUser().onBehalfOf.identityStoreArn?.startsWith('arn:aws:identitystore::'); // true
   */
  identityCenterUser(overrides?: Overrides<IdentityCenterUserIdentityJson>): IdentityCenterUserIdentityJson {
    const o = this.overridesOf('identityCenterUser', overrides);
    const account = o?.accountId ?? this.accountId;
    const base: IdentityCenterUserIdentityJson = {
      type: 'IdentityCenterUser',
      arn: '',
      accountId: account,
      accessKeyId: '',
      onBehalfOf: {
        userId: this.uuid(),
        identityStoreArn: `arn:aws:identitystore::${account}:identitystore/d-${this.rng.chars('0123456789', 10)}`,
      },
      credentialId: this.uuid(),
    };
    return this.checked('identityCenterUser', IdentityCenterUserIdentity, mergeOverrides(base, o), o);
  }

  /**
   * The caller of `sts:AssumeRoleWithSAML`.
   *
   * @example
   * import { Fixtures } from 'cloudtrail-codecs/builders';
   * new Fixtures({ seed: 1 }).samlUser().type; // 'SAMLUser'
   */
  samlUser(overrides?: Overrides<SAMLUserIdentityJson>): SAMLUserIdentityJson {
    const o = this.overridesOf('samlUser', overrides);
    const qualifier = `${this.rng.chars(UPPER_DIGITS + 'abcdefghijklmnopqrstuvwxyz', 27)}=`;
    const user = o?.userName ?? `${this.rng.pick(USERS)}@example.com`;
    const base: SAMLUserIdentityJson = {
      type: 'SAMLUser',
      principalId: `${qualifier}:${user}`,
      userName: user,
      identityProvider: qualifier,
    };
    return this.checked('samlUser', SAMLUserIdentity, mergeOverrides(base, o), o);
  }

  /**
   * The caller of `sts:AssumeRoleWithWebIdentity`.
   *
   * @example
   * import { Fixtures } from 'cloudtrail-codecs/builders';
   * new Fixtures({ seed: 1 }).webIdentityUser().identityProvider; // 'accounts.google.com'
   */
  webIdentityUser(overrides?: Overrides<WebIdentityUserIdentityJson>): WebIdentityUserIdentityJson {
    const o = this.overridesOf('webIdentityUser', overrides);
    const provider = o?.identityProvider ?? 'accounts.google.com';
    const app = `${this.rng.chars('0123456789', 12)}-${this.rng.chars('abcdefghijklmnopqrstuvwxyz0123456789', 12)}.apps.googleusercontent.com`;
    const subject = this.rng.chars('0123456789', 21);
    const base: WebIdentityUserIdentityJson = {
      type: 'WebIdentityUser',
      principalId: `${provider}:${app}:${subject}`,
      userName: subject,
      identityProvider: provider,
    };
    return this.checked('webIdentityUser', WebIdentityUserIdentity, mergeOverrides(base, o), o);
  }

  /**
   * A directory-service user.
   *
   * @example
   * import { Fixtures } from 'cloudtrail-codecs/builders';
   * new Fixtures({ seed: 1 }).directory().arn?.startsWith('arn:aws:ds:'); // true
   */
  directory(overrides?: Overrides<DirectoryIdentityJson>): DirectoryIdentityJson {
    const o = this.overridesOf('directory', overrides);
    const account = o?.accountId ?? this.accountId;
    const name = o?.userName ?? this.rng.pick(USERS);
    const base: DirectoryIdentityJson = {
      type: 'Directory',
      arn: `arn:aws:ds:${this.region}:${account}:user/d-${this.rng.chars('0123456789', 10)}/${this.uuid()}`,
      accountId: account,
      userName: name,
    };
    return this.checked('directory', DirectoryIdentity, mergeOverrides(base, o), o);
  }

  /**
   * CloudTrail's `Unknown` identity, as for unauthenticated sign-in steps.
   *
   * @example
   * import { Fixtures } from 'cloudtrail-codecs/builders';
   * new Fixtures({ seed: 1 }).unknown().type; // 'Unknown'
   */
  unknown(overrides?: Overrides<UnknownIdentityJson>): UnknownIdentityJson {
    const o = this.overridesOf('unknown', overrides);
    const base: UnknownIdentityJson = {
      type: 'Unknown',
      principalId: '',
      arn: '',
      accountId: o?.accountId ?? this.accountId,
      accessKeyId: '',
      userName: `${this.rng.pick(USERS)}@example.com`,
    };
    return this.checked('unknown', UnknownIdentity, mergeOverrides(base, o), o);
  }

  /**
   * A record of a call to any service. `eventID` and `requestID` are UUIDs,
   * `eventTime` follows the reference time, `recipientAccountId` is the
   * caller's account, `readOnly` follows the operation name, and TLS details
   * are present unless a service made the call. `userIdentity`, when given,
   * replaces the default (an IAM user) whole; other overrides merge.
   *
   * @example
   * import { Fixtures } from 'cloudtrail-codecs/builders';
   * const fx = new Fixtures({ seed: 1 });
   * fx.record({ eventSource: 's3.amazonaws.com', eventName: 'GetObject' }).readOnly; // true
   */
  record(overrides: Overrides<ActivityRecordJson> = {}): ActivityRecordJson {
    const o = this.overridesOf('record', overrides) ?? {};
    const identity = (o.userIdentity as UserIdentityJson | undefined) ?? this.iamUser();
    const eventSource = o.eventSource ?? 'sts.amazonaws.com';
    const eventName = o.eventName ?? 'GetCallerIdentity';
    const region = o.awsRegion ?? this.region;
    const invokedBy = (identity as { invokedBy?: string }).invokedBy;
    const account = (identity as { accountId?: string }).accountId ?? this.accountId;
    const time = this.nextTime();
    const host = `${textOf(eventSource).replace('.amazonaws.com', '')}.${textOf(region)}.amazonaws.com`;
    const base: ActivityRecordJson = {
      eventVersion: '1.11',
      userIdentity: identity,
      eventTime: formatIsoUtc(time),
      eventSource,
      eventName,
      awsRegion: region,
      sourceIPAddress: invokedBy ?? this.ipAddress(),
      userAgent: invokedBy ?? this.rng.pick(USER_AGENTS),
      requestParameters: null,
      responseElements: null,
      requestID: this.uuid(),
      eventID: this.uuid(),
      readOnly: isReadOnlyOperation(textOf(eventName)),
      eventType: 'AwsApiCall',
      managementEvent: true,
      recipientAccountId: account,
      eventCategory: 'Management',
    };
    if (invokedBy === undefined) {
      base.tlsDetails = { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256', clientProvidedHostHeader: host };
    }
    const { userIdentity: _given, ...rest } = o;
    return this.checked('record', CloudTrailRecord, mergeOverrides(base, rest as Overrides<ActivityRecordJson>), o);
  }

  /**
   * A log file, as delivered to S3 (before gzip). Each record must decode
   * with `CloudTrailRecord`, or a {@link BuilderError} names it.
   *
   * @example
   * import { Fixtures } from 'cloudtrail-codecs/builders';
   * const fx = new Fixtures({ seed: 1 });
   * fx.logFile([fx.record(), fx.record()]).Records.length; // 2
   */
  logFile<R extends CloudTrailRecordJson>(records: readonly R[]): LogFile<R> {
    const given = readBuilderInput('logFile', records);
    if (!Array.isArray(given)) throw new BuilderError('logFile', 'the argument is not an array of records', ['']);
    given.forEach((r, i) => checkBuilt(`logFile: record [${i}]`, CloudTrailRecord, r, r));
    // readBuilderInput has already copied them.
    return { Records: given as R[] };
  }

  /**
   * The EventBridge event that carries a record: detail-type from its
   * eventType, source from its eventSource, time and account from the record.
   *
   * @example
   * import { Fixtures } from 'cloudtrail-codecs/builders';
   * const fx = new Fixtures({ seed: 1 });
   * fx.eventBridgeEvent(fx.record())['detail-type']; // 'AWS API Call via CloudTrail'
   */
  eventBridgeEvent<R extends CloudTrailRecordJson>(
    record: R,
    overrides?: Overrides<EventBridgeEventJson<R>>,
  ): EventBridgeEventJson<R> {
    const given = this.recordOf('eventBridgeEvent', record);
    const o = this.overridesOf('eventBridgeEvent', overrides);
    const r = given as Partial<ActivityRecordJson> & { eventTime?: string; eventType?: string };
    const source = r.eventSource ?? 'cloudtrail.amazonaws.com';
    const base = {
      version: '0',
      id: this.uuid(),
      'detail-type':
        (typeof r.eventType === 'string' ? ownValue(DETAIL_TYPES, r.eventType) : undefined) ?? 'AWS API Call via CloudTrail',
      source: `aws.${textOf(source).replace('.amazonaws.com', '')}`,
      account: r.recipientAccountId ?? this.accountId,
      time: r.eventTime ?? formatIsoUtc(this.nextTime()),
      region: r.awsRegion ?? this.region,
      resources: [],
      detail: given,
    } as EventBridgeEventJson<R>;
    return this.checked('eventBridgeEvent', EventBridgeCloudTrailEvent, mergeOverrides(base, o), o);
  }

  /**
   * An `Event` of CloudTrail's LookupEvents API for a record: the indexed
   * fields, and the record as JSON text in `CloudTrailEvent`.
   *
   * @example
   * import { Fixtures } from 'cloudtrail-codecs/builders';
   * const fx = new Fixtures({ seed: 1 });
   * typeof fx.lookupEvent(fx.record()).CloudTrailEvent; // 'string'
   */
  lookupEvent(record: ActivityRecordJson, overrides?: Overrides<LookupEventJson>): LookupEventJson {
    const given = this.recordOf('lookupEvent', record) as ActivityRecordJson;
    const o = this.overridesOf('lookupEvent', overrides);
    const identity = given.userIdentity as { userName?: unknown; accessKeyId?: unknown; arn?: unknown };
    // Any of the ISO forms CloudTrail writes; the API gives epoch seconds.
    const time = DateFromIsoTimestamp.parse(given.eventTime);
    const base: LookupEventJson = {
      EventId: given.eventID ?? this.uuid(),
      EventName: given.eventName,
      ReadOnly: given.readOnly === true ? 'true' : 'false',
      EventTime: time === INVALID ? Number.NaN : time.getTime() / 1000,
      EventSource: given.eventSource,
      Resources: (given.resources ?? []).map((res) => ({ ResourceType: res.type ?? null, ResourceName: res.ARN ?? res.ARNPrefix ?? '' })),
      CloudTrailEvent: stringifyJson(given),
    };
    if (typeof identity.accessKeyId === 'string' && identity.accessKeyId !== '') base.AccessKeyId = identity.accessKeyId;
    const username = typeof identity.userName === 'string' ? identity.userName : typeof identity.arn === 'string' ? identity.arn.split('/').pop() : undefined;
    if (username !== undefined && username !== '') base.Username = username;
    return this.checked('lookupEvent', LookupEvent, mergeOverrides(base, o), o);
  }

  /** A plain JSON copy of the overrides, or a {@link BuilderError} when they are not an object of JSON data. */
  private overridesOf<T>(builder: string, overrides: T | undefined): T | undefined {
    if (overrides === undefined) return undefined;
    const o = readBuilderInput(builder, overrides);
    if (typeof o !== 'object' || o === null || Array.isArray(o)) {
      throw new BuilderError(builder, `the overrides are ${o === null ? 'null' : Array.isArray(o) ? 'an array' : `a ${typeof o}`}, not an object`, ['']);
    }
    return o as T;
  }

  /** A plain copy of a record given whole, which must decode. */
  private recordOf(builder: string, record: unknown): Record<string, unknown> {
    const r = readBuilderInput(builder, record);
    checkBuilt(builder, CloudTrailRecord, r, r);
    return r as Record<string, unknown>;
  }

  /** `built`, once it decodes with `codec`; otherwise a {@link BuilderError} naming the overrides to blame. */
  private checked<T>(builder: string, codec: Parameters<typeof checkBuilt>[1], built: T, overrides: unknown): T {
    checkBuilt(builder, codec, built, overrides);
    return built;
  }
}

// Every builder of the factory is all or nothing: a call that throws (a
// refused override, a record that would not decode) leaves the random
// draws, the clock and the name counters as they were before it, so the
// calls after it give what they would have given without it.
for (const method of [...identityMethods, 'record', 'logFile', 'eventBridgeEvent', 'lookupEvent'] as const) {
  const build = Fixtures.prototype[method] as (this: Fixtures, ...args: unknown[]) => unknown;
  Object.defineProperty(Fixtures.prototype, method, {
    value: function (this: Fixtures, ...args: unknown[]): unknown {
      return this.transaction(() => build.apply(this, args));
    },
    writable: true,
    configurable: true,
    enumerable: false,
  });
}
