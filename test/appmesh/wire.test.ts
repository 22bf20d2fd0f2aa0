// The facts scripts/codegen/wire/appmesh.ts relies on, checked on the corpus,
// and the StreamAggregatedResources service event, which the generated event
// codec dispatches to its hand-written codec (the kit's `events` option).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { appmesh as config } from '../../scripts/codegen/wire/appmesh.js';
import { formatErrors } from '../../src/index.js';
import { defineService, type ServiceTable } from '../../src/service-kit/index.js';
import {
  AppMeshEvent,
  AppMeshEventStrict,
  appMeshService,
  isFailedAppMeshCall,
  isSucceededCall,
  StreamAggregatedResourcesEvent,
} from '../../src/services/appmesh/index.js';
import { clone, corpusRecords, rawSnippets, repoRoot } from '../support/corpus.js';
import * as F from './fixtures.js';

type Json = Record<string, unknown>;
const real = corpusRecords()
  .filter((r) => r.record['eventSource'] === 'appmesh.amazonaws.com')
  .map((r) => r.record);
const byName = (name: string): Json => {
  const found = real.find((r) => r['eventName'] === name);
  if (found === undefined) throw new Error(`no ${name} record in the corpus`);
  return found;
};
const model = JSON.parse(readFileSync(join(repoRoot, config.model), 'utf8')) as {
  shapes: Record<string, { members?: Record<string, { traits?: Record<string, unknown> }> }>;
};
const membersOf = (shape: string): Record<string, { traits?: Record<string, unknown> }> => model.shapes[`com.amazonaws.appmesh#${shape}`]?.members ?? {};

describe('the wire profile, on the records', () => {
  it("memberNames 'as-is': a request holds its labels, query and body members side by side, as the model spells them", () => {
    const request = byName('CreateVirtualNode')['requestParameters'] as Json;
    const members = membersOf('CreateVirtualNodeInput');
    const binding = (m: string): string => {
      const traits = members[m]?.traits ?? {};
      return 'smithy.api#httpLabel' in traits ? 'label' : 'smithy.api#httpQuery' in traits ? 'query' : 'body';
    };
    expect(Object.keys(request).map((k) => [k, binding(k)])).toEqual([
      ['virtualNodeName', 'body'],
      ['meshName', 'label'],
      ['spec', 'body'],
      ['clientToken', 'body'],
      ['meshOwner', 'query'],
    ]);
    // Every key is a model member name, unchanged.
    for (const k of Object.keys(request)) expect(Object.keys(members)).toContain(k);
  });

  it("a response holds the payload member under its own name (the model's @httpPayload)", () => {
    expect(Object.keys(byName('CreateMesh')['responseElements'] as Json)).toEqual(['mesh']);
    expect('smithy.api#httpPayload' in (membersOf('CreateMeshOutput')['mesh']?.traits ?? {})).toBe(true);
  });

  it("timestamps 'java-text': metadata times are Java date text, not the model's epoch seconds", () => {
    const times = ['CreateMesh', 'CreateVirtualNode'].map((n) => {
      const data = Object.values(byName(n)['responseElements'] as Json)[0] as { metadata: Json };
      return [data.metadata['createdAt'], data.metadata['lastUpdatedAt']];
    });
    expect(times).toEqual([
      ['Nov 5, 2023, 4:29:11 AM', 'Nov 5, 2023, 4:29:11 AM'],
      ['Mar 23, 2024, 12:28:16 AM', 'Mar 23, 2024, 12:28:16 AM'],
    ]);
  });

  it('ResourceMetadata.meshOwner and resourceOwner: the 2019 user-guide CreateMesh has neither', () => {
    const snippet = rawSnippets().find((s) => s.source === 'awsdocs/aws-app-mesh-user-guide');
    if (snippet === undefined) throw new Error('the App Mesh snippet is missing from raw-snippets.json');
    const metadata = /"metadata"\s*:\s*\{[^}]*\}/.exec(snippet.text)?.[0] ?? '';
    expect(metadata).toContain('"arn"');
    expect(metadata).not.toContain('meshOwner');
    expect(metadata).not.toContain('resourceOwner');
    expect(Object.keys(config.wire?.optional ?? {}).sort()).toEqual(['ResourceMetadata.meshOwner', 'ResourceMetadata.resourceOwner']);
  });

  it('recorded responses: every write of the corpus has its response, and the config names every write', () => {
    for (const r of real.filter((x) => /^(Create|Update|Delete)/.test(String(x['eventName'])))) {
      expect(r['responseElements'], String(r['eventName'])).not.toBeNull();
      expect(Object.keys(config.wire?.recordedResponses ?? {})).toContain(r['eventName']);
    }
    expect(Object.keys(config.wire?.recordedResponses ?? {})).toHaveLength(21);
  });
});

describe('StreamAggregatedResources, a service event', () => {
  const stream = byName('StreamAggregatedResources');

  it('is an event name of the service, but no operation', () => {
    expect(appMeshService.eventNames).toContain('StreamAggregatedResources');
    expect(appMeshService.operations).not.toContain('StreamAggregatedResources');
    expect(appMeshService.operationOf('StreamAggregatedResources')).toBeUndefined();
  });

  it('the real record decodes with its own codec, not as an unknown operation, and encodes back exactly', () => {
    for (const codec of [AppMeshEvent, AppMeshEventStrict]) {
      const r = codec.decode(clone(stream));
      if (r._tag === 'Left') throw new Error(formatErrors(r.left).join('\n'));
      const e = r.right;
      expect(StreamAggregatedResourcesEvent.is(e)).toBe(true);
      expect(appMeshService.isDeparted(e)).toBe(false);
      expect(isSucceededCall(e) || isFailedAppMeshCall(e)).toBe(false);
      if (e.eventName !== 'StreamAggregatedResources' || appMeshService.isDeparted(e)) throw new Error('not narrowed');
      expect(e.serviceEventDetails.eventStatus).toBe('ConnectionEstablished');
      expect(JSON.stringify(codec.encode(e))).toBe(JSON.stringify(stream));
    }
  });

  it('departs leniently, and fails strictly, when its details break its codec', () => {
    const broken = clone(F.streamTerminated()) as Json;
    delete (broken['serviceEventDetails'] as Json)['nodeArn'];
    const strict = AppMeshEventStrict.decode(broken);
    expect(strict._tag === 'Left' ? formatErrors(strict.left) : []).toEqual(['serviceEventDetails.nodeArn: expected string, but it is missing']);
    const lenient = AppMeshEvent.decode(broken);
    if (lenient._tag === 'Left') throw new Error('not kept');
    expect(appMeshService.departuresOf(lenient.right).map((i) => i.path)).toEqual(['serviceEventDetails.nodeArn']);
    expect(JSON.stringify(AppMeshEvent.encode(lenient.right))).toBe(JSON.stringify(broken));
  });
});

describe("the kit's events option", () => {
  const table: ServiceTable = {
    name: 'things',
    eventSource: 'things.amazonaws.com',
    profile: { timestamps: 'iso' },
    shapes: { PingInput: { s: { target: '!$s' } } },
    operations: { Ping: { i: 'PingInput' } },
    aliases: {},
  };
  // A foreign io-ts codec serves as well as one of ours.
  const Beat = t.type({ eventSource: t.literal('things.amazonaws.com'), eventName: t.literal('Heartbeat'), beat: t.number });
  const Ping = t.type({ eventName: t.literal('Ping'), never: t.string });
  const things = defineService(table, { name: 'ThingsEvent', events: { Heartbeat: Beat, Ping } });
  const envelope = (eventName: string): Json => ({
    eventVersion: '1.08',
    userIdentity: { type: 'AWSService', invokedBy: 'things.amazonaws.com' },
    eventTime: '2026-01-01T00:00:00Z',
    eventSource: 'things.amazonaws.com',
    eventName,
    awsRegion: 'us-east-1',
  });

  it('dispatches its names to their codecs, lists them, and encodes through them', () => {
    expect(things.eventNames).toEqual(['Heartbeat', 'Ping']);
    const beat = { ...envelope('Heartbeat'), beat: 3 };
    const r = things.strict.decode(beat);
    expect(r._tag).toBe('Right');
    if (r._tag === 'Right') expect(things.codec.encode(r.right)).toEqual(beat);
    expect(things.strict.decode({ ...beat, beat: 'x' })._tag).toBe('Left');
    expect(things.codec.is(beat)).toBe(true);
  });

  it('lets an operation of the same name win', () => {
    const r = things.strict.decode({ ...envelope('Ping'), requestParameters: { target: 'db' } });
    expect(r._tag).toBe('Right');
  });
});
