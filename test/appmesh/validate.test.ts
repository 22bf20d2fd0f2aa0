import { describe, expect, it } from 'vitest';
import { checkConstraints } from '../../src/service-kit/index.js';
import { AppMeshEvent, appMeshShapes, checkAppMeshRequest, checkAppMeshShape } from '../../src/services/appmesh/index.js';
import { clone, corpusRecords } from '../support/corpus.js';

const real = corpusRecords()
  .filter((r) => r.record['eventSource'] === 'appmesh.amazonaws.com')
  .map((r) => r.record);

function decoded(record: unknown) {
  const r = AppMeshEvent.decode(record);
  if (r._tag === 'Left') throw new Error('fixture does not decode');
  return r.right;
}

describe('checkConstraints', () => {
  const shapes = {
    Input: { kind: 'structure', members: { name: { target: 'Name', required: true }, tags: { target: 'Tags', required: false } } },
    Name: { kind: 'string', length: { min: 1, max: 5 }, pattern: '^[a-z]+$' },
    Tags: { kind: 'list', length: { max: 2 }, member: 'Name', uniqueItems: true },
  };

  it('passes a value that meets every constraint', () => {
    expect(checkConstraints(shapes, 'Input', { name: 'abc', tags: ['x', 'y'] })).toEqual([]);
  });

  it('reports lengths, patterns, list sizes, repeats and missing members with paths', () => {
    expect(checkConstraints(shapes, 'Input', { name: 'far too long', tags: ['ok', 'B', 'ok'] }).map((i) => i.message)).toEqual([
      'name: expected a length of 1 to 5, got 12',
      'name: expected a match for /^[a-z]+$/, got "far too long"',
      'tags: expected at most 2 items, got 3',
      'tags: expected unique items, got repeats',
      'tags[1]: expected a match for /^[a-z]+$/, got "B"',
    ]);
    expect(checkConstraints(shapes, 'Input', {}).map((i) => [i.path, i.missing])).toEqual([['name', true]]);
  });

  it('counts string length in characters, not UTF-16 units', () => {
    expect(checkConstraints(shapes, 'Name', '😀😀😀😀😀')).toHaveLength(1); // the pattern only
  });

  it('walks deep values without recursion', () => {
    const deep = { kind: 'list', member: 'Deep' };
    let v: unknown = [];
    for (let i = 0; i < 100_000; i++) v = [v];
    expect(() => checkConstraints({ Deep: deep }, 'Deep', v)).not.toThrow();
  });
});

describe('App Mesh constraints', () => {
  it('finds nothing wrong in the real App Mesh records', () => {
    expect(real.length).toBeGreaterThanOrEqual(3);
    for (const record of real) expect(checkAppMeshRequest(decoded(record))).toEqual([]);
  });

  it('reports what the model forbids in a decoded request, which decoding lets through', () => {
    const record = clone(real.find((r) => r['eventName'] === 'CreateVirtualNode'));
    const rp = (record as { requestParameters: Record<string, unknown> }).requestParameters;
    rp['meshName'] = 'm'.repeat(300);
    const spec = rp['spec'] as { listeners: Array<{ portMapping: { port: number } }> };
    const listener = spec.listeners[0];
    if (listener === undefined) throw new Error('the record has no listener');
    listener.portMapping.port = 70000;
    const issues = checkAppMeshRequest(decoded(record)).map((i) => i.message);
    expect(issues).toEqual([
      'requestParameters.meshName: expected a length of 1 to 255, got 300',
      'requestParameters.spec.listeners[0].portMapping.port: expected a value of 1 to 65535, got 70000',
    ]);
  });

  it('reports a required member missing from a failed call', () => {
    const record = clone(real.find((r) => r['eventName'] === 'CreateVirtualNode')) as Record<string, unknown>;
    delete (record['requestParameters'] as Record<string, unknown>)['spec'];
    record['errorCode'] = 'BadRequestException';
    record['errorMessage'] = 'spec is required';
    record['responseElements'] = null;
    expect(checkAppMeshRequest(decoded(record)).map((i) => i.message)).toEqual([
      'requestParameters.spec: required by the model (VirtualNodeSpec), but it is missing',
    ]);
  });

  it('reads the limits from the model', () => {
    expect(appMeshShapes['PortNumber']?.range).toEqual({ min: 1, max: 65535 });
    expect(checkAppMeshShape('PortMapping', { port: 70000, protocol: 'http' }).map((i) => i.message)).toEqual([
      'port: expected a value of 1 to 65535, got 70000',
    ]);
    expect(checkAppMeshShape('EgressFilter', { type: 'ALLOW_SOME' }).map((i) => i.message)).toEqual([
      'type: expected one of "ALLOW_ALL" | "DROP_ALL" (the model\'s values), got "ALLOW_SOME"',
    ]);
    expect(checkAppMeshShape('ServiceDiscovery', { dns: { hostname: 'a' }, awsCloudMap: { namespaceName: 'n', serviceName: 's' } })[0]?.message).toBe(
      '(root): expected exactly one of awsCloudMap | dns, got awsCloudMap, dns',
    );
  });
});
