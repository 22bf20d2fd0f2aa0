// taggedUnion with inferred types: the run-time side of what
// test/types/taggedUnion.types.ts proves at compile time, and branchesFor.
import { describe, expect, it } from 'vitest';
import {
  ActivityEventType,
  CloudTrailRecord,
  StringValue,
  UserIdentity,
  branchesFor,
  identityCodecs,
  identityTypes,
  literal,
  struct,
  taggedUnion,
} from '../../src/index.js';
import { EventBridgeCloudTrailEvent, cloudTrailDetailTypes } from '../../src/containers/index.js';
import { corpusRecords } from '../support/corpus.js';
import { decoded, errorsOf } from '../support/codecs.js';

describe('branchesFor', () => {
  const Ping = struct('Ping', { kind: StringValue, id: StringValue });

  it('maps every tag to the one codec, in order', () => {
    const table = branchesFor(['ping', 'echo'], Ping);
    expect(Object.keys(table)).toEqual(['ping', 'echo']);
    expect(table.ping).toBe(Ping);
    expect(table.echo).toBe(Ping);
  });

  it('keeps a "__proto__" tag as a tag, not as the prototype', () => {
    const table = branchesFor(['__proto__', 'constructor'], Ping);
    expect(Object.getPrototypeOf(table)).toBe(Object.prototype);
    expect(Object.keys(table)).toEqual(['__proto__', 'constructor']);
    const U = taggedUnion('U', 'kind', table);
    expect(decoded(U, JSON.parse('{"kind":"__proto__","id":"1"}'))).toEqual(JSON.parse('{"kind":"__proto__","id":"1"}'));
    expect(errorsOf(U, { kind: 'toString', id: '1' })).toEqual(['kind: expected "__proto__" | "constructor", got "toString"']);
  });

  it('gives a union that accepts only the listed tags', () => {
    const Messages = taggedUnion('Messages', 'kind', branchesFor(['ping', 'echo'], Ping));
    expect(Messages.tags).toEqual(['ping', 'echo']);
    const echo = { kind: 'echo', id: '7' };
    expect(decoded(Messages, echo)).toBe(echo);
    expect(errorsOf(Messages, { kind: 'pong', id: '7' })).toEqual(['kind: expected "ping" | "echo", got "pong"']);
  });
});

describe('the library unions, built with inferred types', () => {
  it('CloudTrailRecord still sends every known activity type to ActivityRecord', () => {
    for (const type of ActivityEventType.known) expect(CloudTrailRecord.branchFor(type)?.name).toBe('ActivityRecord');
    expect(CloudTrailRecord.branchFor('AwsCloudTrailInsight')?.name).toBe('InsightRecord');
    expect(CloudTrailRecord.branchFor('AwsAggregatedEvent')?.name).toBe('AggregatedRecord');
    expect(CloudTrailRecord.tags).toEqual(['AwsCloudTrailInsight', 'AwsAggregatedEvent', ...ActivityEventType.known]);
  });

  it('EventBridge events accept each CloudTrail detail type and no other', () => {
    expect(EventBridgeCloudTrailEvent.tags).toEqual([...cloudTrailDetailTypes]);
    expect(errorsOf(EventBridgeCloudTrailEvent, { 'detail-type': 'EC2 Instance State-change Notification' })[0]).toMatch(
      /^detail-type: expected "AWS API Call via CloudTrail" \| /,
    );
  });

  it('UserIdentity has one branch per row of the identity table, named after it', () => {
    expect(UserIdentity.tags).toEqual(identityTypes);
    for (const type of identityTypes) {
      expect(UserIdentity.branchFor(type)).toBe(identityCodecs[type]);
      expect(identityCodecs[type].name).toBe(`${type}Identity`);
    }
  });

  it('decodes and round-trips every identity of the corpus through its table row', () => {
    const seen = new Set<string>();
    for (const { record } of corpusRecords()) {
      const wire = (record as { userIdentity?: unknown }).userIdentity;
      if (wire === undefined) continue;
      const identity = decoded(UserIdentity, wire);
      const type = (wire as { type?: unknown }).type;
      seen.add(typeof type === 'string' ? type : '(none)');
      expect(UserIdentity.encode(identity)).toEqual(wire);
    }
    // The corpus exercises most rows, the untyped fallback among them.
    expect(seen.size).toBeGreaterThanOrEqual(8);
    expect(seen.has('(none)')).toBe(true);
  });

  it('fails a variant that lacks what its row requires, naming the property', () => {
    expect(errorsOf(UserIdentity, { type: 'AssumedRole', principalId: 'AROAEXAMPLE:alice', accountId: '111122223333' })).toEqual([
      'arn: expected string, but it is missing',
    ]);
    expect(errorsOf(UserIdentity, { type: 'IdentityCenterUser', accountId: '111122223333' })).toEqual([
      'onBehalfOf: expected OnBehalfOf, but it is missing',
    ]);
  });

  it('a literal-tagged branch is selected only by its own tag', () => {
    const U = taggedUnion('U', 'kind', { a: struct('A', { kind: literal('a') }) });
    expect(errorsOf(U, { kind: 'b' })).toEqual(['kind: expected "a", got "b"']);
  });
});
