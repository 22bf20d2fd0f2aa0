// Type-level tests for inference in taggedUnion, callEventOf and the identity
// table. Nothing here runs: `tsc --noEmit -p .` checks it, and every
// `@ts-expect-error` must sit on a real error, so each one proves that a
// union stated with a type its branches do not produce fails to compile.
import type * as t from 'io-ts';
import {
  ActivityEventType,
  ActivityRecord,
  AggregatedRecord,
  DateFromIsoTimestamp,
  InsightRecord,
  NumberValue,
  StringValue,
  UnrecognizedIdentity,
  UntypedIdentity,
  arrayOf,
  branchesFor,
  identityCodecs,
  literal,
  struct,
  taggedUnion,
  unrecognizedString,
  type CloudTrailRecord,
  type CloudTrailRecordJson,
  type IdentityByType,
  type IdentityCodecByType,
  type IdentityType,
  type RootIdentity,
  type RootIdentityC,
  type RootIdentityJson,
  type TaggedUnionC,
  type TaggedUnionOptions,
  type Unrecognized,
  type UserIdentity,
  type UserIdentityC,
  type UserIdentityJson,
} from '../../src/index.js';
import { cloudTrailDetailTypes, type EventBridgeEventC } from '../../src/containers/index.js';
import { callEventOf, failedCallOf, succeededCallOf, type HasError } from '../../src/record/callEvents.js';
import { expectType, type Equals } from './identity.types.js';

// Struct types are mapped types, not the interfaces written here: compare them
// by assignability both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

// ---------------------------------------------------------------------------
// A small union, stated by annotation

const Circle = struct('Circle', { kind: literal('circle'), r: NumberValue });
const Square = struct('Square', { kind: literal('square'), side: NumberValue });
interface CircleT {
  kind: 'circle';
  r: number;
}
interface SquareT {
  kind: 'square';
  side: number;
}
type Shape = CircleT | SquareT;

export const Shape: TaggedUnionC<Shape, Shape> = taggedUnion('Shape', 'kind', { circle: Circle, square: Square });

// A member the branches do not produce.
// @ts-expect-error the branches never produce a triangle
export const TooWide: TaggedUnionC<Shape | { kind: 'triangle' }, unknown> = taggedUnion('Shape', 'kind', { circle: Circle, square: Square });
// A branch the stated type leaves out.
// @ts-expect-error the square branch produces squares
export const TooNarrow: TaggedUnionC<CircleT, CircleT> = taggedUnion('Shape', 'kind', { circle: Circle, square: Square });
// A member typed differently from its branch.
// @ts-expect-error r decodes to a number
export const WrongField: TaggedUnionC<{ kind: 'circle'; r: string } | SquareT, unknown> = taggedUnion('Shape', 'kind', { circle: Circle, square: Square });
// The wire side is checked too: Date on the decoded side, string on the wire.
const Tick = struct('Tick', { kind: literal('tick'), at: DateFromIsoTimestamp });
export const TickOk: TaggedUnionC<{ kind: 'tick'; at: Date }, { kind: 'tick'; at: string }> = taggedUnion('Tick', 'kind', { tick: Tick });
// @ts-expect-error the wire form of `at` is a string, not a Date
export const TickWire: TaggedUnionC<{ kind: 'tick'; at: Date }, { kind: 'tick'; at: Date }> = taggedUnion('Tick', 'kind', { tick: Tick });

// ---------------------------------------------------------------------------
// Fallbacks are part of the type; a computed tag narrows nothing

const Other = struct('Other', { kind: unrecognizedString<'Kind'>('kind') });
const Tagless = struct('Tagless', { note: StringValue });
const Open = taggedUnion('Open', 'kind', { circle: Circle }, { unrecognized: Other, untagged: Tagless });
expectType<Same<t.TypeOf<typeof Open>, CircleT | { kind: Unrecognized<'Kind'> } | { note: string }>>(true);
expectType<Equals<Same<t.TypeOf<typeof Open>, CircleT | { note: string }>, false>>(true);
// @ts-expect-error leaving out `untagged` leaves its type out
export const NoUntagged: TaggedUnionC<t.TypeOf<typeof Open>, unknown> = taggedUnion('Open', 'kind', { circle: Circle }, { unrecognized: Other });

// The tag is read before the branch is chosen, so a branch whose tag is a
// plain string yields values whose tag is the key that chose it.
const Ping = struct('Ping', { kind: StringValue, id: StringValue });
const Messages = taggedUnion('Messages', 'kind', branchesFor(['ping', 'echo'], Ping));
type Message = t.TypeOf<typeof Messages>;
expectType<Equals<Message['kind'], 'ping' | 'echo'>>(true);
export function narrowMessage(m: Message): string {
  if (m.kind === 'echo') return m.id;
  expectType<Equals<typeof m.kind, 'ping'>>(true);
  return m.id;
}
// With a computed tag the `kind` property says nothing about the branch.
const Computed = taggedUnion('Computed', 'kind', { ping: Ping }, { tagOf: () => 'ping' });
expectType<Equals<t.TypeOf<typeof Computed>['kind'], string>>(true);

// ---------------------------------------------------------------------------
// The library's own unions: inferred, then held to their stated types

export const Identities: UserIdentityC = taggedUnion('UserIdentity', 'type', identityCodecs, {
  untagged: UntypedIdentity,
  unrecognized: UnrecognizedIdentity,
});
// @ts-expect-error without `unrecognized`, UnrecognizedIdentity is not produced
export const IdentitiesClosed: UserIdentityC = taggedUnion('UserIdentity', 'type', identityCodecs, { untagged: UntypedIdentity });
// @ts-expect-error an identity union cannot claim to yield CloudTrail records
export const IdentitiesWrong: TaggedUnionC<UserIdentity | CloudTrailRecord, UserIdentityJson> = taggedUnion('UserIdentity', 'type', identityCodecs, {
  untagged: UntypedIdentity,
  unrecognized: UnrecognizedIdentity,
});

export const Records: TaggedUnionC<CloudTrailRecord, CloudTrailRecordJson> = taggedUnion(
  'CloudTrailRecord',
  'eventType',
  { AwsCloudTrailInsight: InsightRecord, AwsAggregatedEvent: AggregatedRecord, ...branchesFor(ActivityEventType.known, ActivityRecord) },
  { unrecognized: ActivityRecord, untagged: ActivityRecord },
);
// @ts-expect-error without the Insight branch, no InsightRecord is produced
export const RecordsNoInsight: TaggedUnionC<CloudTrailRecord, CloudTrailRecordJson> = taggedUnion(
  'CloudTrailRecord',
  'eventType',
  { AwsAggregatedEvent: AggregatedRecord },
  { unrecognized: ActivityRecord, untagged: ActivityRecord },
);

// EventBridge events: a struct whose `detail-type` is any string, under each
// CloudTrail detail type, is exactly EventBridgeEvent<D>, for any D.
export function eventBridgeOf<D, O>(detail: t.Type<D, O, unknown>): EventBridgeEventC<D, O> {
  const envelope = struct(
    'EventBridgeEvent',
    {
      version: StringValue,
      id: StringValue,
      'detail-type': StringValue,
      source: StringValue,
      account: StringValue,
      time: DateFromIsoTimestamp,
      region: StringValue,
      resources: arrayOf(StringValue),
      detail,
    },
    { 'replay-name': StringValue },
  );
  return taggedUnion(envelope.name, 'detail-type', branchesFor(cloudTrailDetailTypes, envelope));
}
export function eventBridgeWithoutRegion<D, O>(detail: t.Type<D, O, unknown>): EventBridgeEventC<D, O> {
  const envelope = struct('EventBridgeEvent', {
    version: StringValue,
    id: StringValue,
    'detail-type': StringValue,
    source: StringValue,
    account: StringValue,
    time: DateFromIsoTimestamp,
    resources: arrayOf(StringValue),
    detail,
  });
  // @ts-expect-error EventBridgeEvent<D> has a region the branch does not decode
  return taggedUnion(envelope.name, 'detail-type', branchesFor(cloudTrailDetailTypes, envelope));
}

// ---------------------------------------------------------------------------
// Explicit type arguments (deprecated) are still checked branch by branch

// @ts-expect-error a square is neither a circle nor a supertype of one
taggedUnion<CircleT, CircleT>('Shape', 'kind', { circle: Circle, square: Square });
// @ts-expect-error r is a number, not a string
taggedUnion<{ kind: 'circle'; r: string }, unknown>('Shape', 'kind', { circle: Circle });
taggedUnion<Shape, Shape>('Shape', 'kind', { circle: Circle, square: Square });

// ---------------------------------------------------------------------------
// callEventOf: both branches, with the failed one known to carry an error

const Input = struct('DeleteThingInput', { thingName: StringValue });
const ok = succeededCallOf('DeleteThingSucceeded', 'things.amazonaws.com', 'DeleteThing', { required: { requestParameters: Input } });
const bad = failedCallOf('DeleteThingFailed', 'things.amazonaws.com', 'DeleteThing', Input);
type Ok = t.TypeOf<typeof ok>;
type Bad = t.TypeOf<typeof bad> & HasError;
export const DeleteThing: TaggedUnionC<Ok | Bad, t.OutputOf<typeof ok> | (t.OutputOf<typeof bad> & HasError)> = callEventOf('DeleteThing', ok, bad);
// @ts-expect-error the failed branch is produced too
export const DeleteThingOk: TaggedUnionC<Ok, t.OutputOf<typeof ok>> = callEventOf('DeleteThing', ok, bad);

// ---------------------------------------------------------------------------
// The identity table: named variants, and the name map agrees with it

expectType<Equals<IdentityByType['Root'], RootIdentity>>(true);
expectType<Equals<IdentityCodecByType['Root'], RootIdentityC>>(true);
expectType<Equals<keyof IdentityCodecByType, IdentityType>>(true);
// @ts-expect-error Root requires arn: the table says so
export const rootWithoutArn: RootIdentity = { type: 'Root', accountId: '111122223333', principalId: '111122223333' };

// The deprecated form checks fallbacks as variants of the stated type.
// @ts-expect-error a tagless note is not a shape
taggedUnion<Shape, Shape>('Shape', 'kind', { circle: Circle, square: Square }, { untagged: Tagless });

// Options held in a variable of the wide options type still count their
// fallbacks (as `any`: the type says no more), and the tag narrows nothing.
declare const someOptions: TaggedUnionOptions;
const Loose = taggedUnion('Loose', 'kind', { circle: Circle }, someOptions);
expectType<Equals<t.TypeOf<typeof Loose>, any>>(true);

// The unions are made of the named variants, not of anonymous struct types.
expectType<Equals<Extract<UserIdentity, { type: 'Root' }>, RootIdentity>>(true);
expectType<Equals<Extract<UserIdentityJson, { type: 'Root' }>, RootIdentityJson>>(true);
