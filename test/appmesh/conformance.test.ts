// Conformance of the App Mesh codecs to the vendored Smithy model. Every
// expectation here is read from the model JSON itself (and the codegen config
// for the documented exceptions), never from the generated code, so a
// generator bug or a stale generated file shows up as a mismatch. The kit
// builds a shape's codec on first use; the checks look at what it builds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as t from 'io-ts';
import { isLeft, isRight } from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import * as appmesh from '../../src/services/appmesh/index.js';
import {
  AppMeshEvent,
  AppMeshEventStrict,
  appMeshService,
  appMeshEventNames,
  appMeshEvents,
  appMeshOperationEvents,
  appMeshOperations,
  appMeshShapes,
  isFailedAppMeshCall,
  isSucceededCall,
} from '../../src/services/appmesh/index.js';
import { BooleanValue, NumberValue, StringValue, formatErrors, issuesOf, type StructField } from '../../src/index.js';
import { DateFromJavaDateText } from '../../src/service-kit/index.js';
import { kitServices } from '../../scripts/codegen/services.js';
import { clone, corpusRecords, repoRoot } from '../support/corpus.js';

// ---------------------------------------------------------------------------
// The model, read as plain JSON

interface Member {
  readonly target: string;
  readonly traits?: Readonly<Record<string, unknown>>;
}
interface ModelShape {
  readonly type: string;
  readonly traits?: Readonly<Record<string, unknown>>;
  readonly members?: Readonly<Record<string, Member>>;
  readonly member?: Member;
  readonly key?: Member;
  readonly value?: Member;
  readonly input?: { readonly target: string };
  readonly output?: { readonly target: string };
  readonly errors?: ReadonlyArray<{ readonly target: string }>;
  readonly operations?: ReadonlyArray<{ readonly target: string }>;
  readonly collectionOperations?: ReadonlyArray<{ readonly target: string }>;
  readonly resources?: ReadonlyArray<{ readonly target: string }>;
  readonly [other: string]: unknown;
}

const config = kitServices.find((s) => s.name === 'appmesh');
if (config === undefined) throw new Error('no appmesh entry in scripts/codegen/services.ts');
const model = JSON.parse(readFileSync(join(repoRoot, config.model), 'utf8')) as {
  shapes: Record<string, ModelShape>;
};
const SERVICE = Object.keys(model.shapes).find((id) => model.shapes[id]?.type === 'service') as string;

const local = (id: string): string => id.slice(id.indexOf('#') + 1);
const isPrelude = (id: string): boolean => id.startsWith('smithy.api#');

function shapeOf(id: string): ModelShape {
  const s = model.shapes[id];
  if (s === undefined) throw new Error(`model has no shape ${id}`);
  return s;
}

const UNIT: ModelShape = { type: 'structure', members: {} };
const structureOf = (id: string | undefined): ModelShape =>
  id === undefined || id === 'smithy.api#Unit' ? UNIT : shapeOf(id);

const hasTrait = (x: { readonly traits?: Readonly<Record<string, unknown>> }, name: string): boolean =>
  x.traits !== undefined && name in x.traits;

/** Enum values in model order, or undefined when the shape is not an enum. */
function enumValuesOf(s: ModelShape): string[] | undefined {
  if (s.type === 'enum') {
    return Object.entries(s.members ?? {}).map(([name, m]) => (m.traits?.['smithy.api#enumValue'] as string | undefined) ?? name);
  }
  const legacy = s.traits?.['smithy.api#enum'] as Array<{ value: string }> | undefined;
  return legacy?.map((e) => e.value);
}

/** The simple type of a target, following prelude ids. */
function kindOf(id: string): string {
  if (isPrelude(id)) return local(id).replace(/^Primitive/, '').toLowerCase();
  const s = shapeOf(id);
  return enumValuesOf(s) !== undefined ? 'enum' : s.type;
}

// Operations: the service's own plus every resource lifecycle operation, recursively.
const LIFECYCLE = ['create', 'put', 'read', 'update', 'delete', 'list'] as const;
function operationIdsOf(serviceId: string): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (id: string): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const s = shapeOf(id);
    for (const r of [...(s.operations ?? []), ...(s.collectionOperations ?? [])]) found.add(r.target);
    for (const k of LIFECYCLE) {
      const ref = s[k] as { target: string } | undefined;
      if (ref !== undefined) found.add(ref.target);
    }
    for (const r of s.resources ?? []) visit(r.target);
  };
  visit(serviceId);
  return [...found];
}

const operationIds = operationIdsOf(SERVICE);
const operationNames = operationIds.map(local).sort();
type OpName = keyof typeof appMeshOperations;

const idOf = (name: string): string => `${SERVICE.split('#')[0]}#${name}`;
const opShape = (op: string): ModelShape => shapeOf(idOf(op));
const inputIdOf = (op: string): string | undefined => opShape(op).input?.target;
const outputIdOf = (op: string): string | undefined => opShape(op).output?.target;

// Every non-prelude shape the operations' inputs and outputs reach.
function reachableShapes(): string[] {
  const seen = new Set<string>();
  const visit = (id: string | undefined): void => {
    if (id === undefined || isPrelude(id) || seen.has(id)) return;
    seen.add(id);
    const s = shapeOf(id);
    for (const m of Object.values(s.members ?? {})) visit(m.target);
    for (const m of [s.member, s.key, s.value]) visit(m?.target);
  };
  for (const op of operationNames) {
    visit(inputIdOf(op));
    visit(outputIdOf(op));
  }
  return [...seen].sort();
}
const reachable = reachableShapes();
const reachableOf = (type: string): string[] => reachable.filter((id) => kindOf(id) === type);
// Empty outputs get no codec (the operation table says `output: null`).
const emptyOutputs = new Set(
  operationNames.map(outputIdOf).filter((id): id is string => id !== undefined && Object.keys(structureOf(id).members ?? {}).length === 0),
);

/** Whether the codec should require a member: the model's trait minus the configured exceptions. */
const requiredInCodec = (owner: string, member: string, m: Member): boolean =>
  hasTrait(m, 'smithy.api#required') && config.wire?.optional?.[`${local(owner)}.${member}`] === undefined;

// ---------------------------------------------------------------------------
// Minimal valid wire values, built from the model

const TIMESTAMP_TEXT = 'Nov 5, 2023, 4:29:11 AM';

function minimal(id: string, depth = 0): unknown {
  if (depth > 40) throw new Error(`the required members of ${id} recurse`);
  switch (kindOf(id)) {
    case 'string':
    case 'blob':
      return 'x';
    case 'byte':
    case 'short':
    case 'integer':
    case 'long':
    case 'float':
    case 'double':
    case 'biginteger':
    case 'bigdecimal':
      return 1;
    case 'boolean':
      return true;
    case 'timestamp':
      return TIMESTAMP_TEXT;
    case 'enum':
      return (enumValuesOf(shapeOf(id)) as string[])[0];
    case 'list':
    case 'set':
      return [];
    case 'map':
      return {};
    case 'union': {
      const [name, m] = Object.entries(shapeOf(id).members ?? {})[0] as [string, Member];
      return { [name]: minimal(m.target, depth + 1) };
    }
    case 'structure':
      return minimalStructure(structureOf(id), depth);
    default:
      throw new Error(`no minimal value for ${id} (${kindOf(id)})`);
  }
}

function minimalStructure(s: ModelShape, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, m] of Object.entries(s.members ?? {})) {
    if (hasTrait(m, 'smithy.api#required')) out[name] = minimal(m.target, depth + 1);
  }
  return out;
}

const minimalInput = (op: string): Record<string, unknown> => minimalStructure(structureOf(inputIdOf(op)));
const outputHasMembers = (op: string): boolean => Object.keys(structureOf(outputIdOf(op)).members ?? {}).length > 0;
const minimalOutput = (op: string): Record<string, unknown> | null =>
  outputHasMembers(op) ? minimalStructure(structureOf(outputIdOf(op))) : null;

const SOURCE = (shapeOf(SERVICE).traits?.['aws.api#service'] as { cloudTrailEventSource: string }).cloudTrailEventSource;

function record(op: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    eventVersion: '1.08',
    userIdentity: {
      type: 'IAMUser',
      principalId: 'AIDAEXAMPLEID',
      arn: 'arn:aws:iam::111122223333:user/alice',
      accountId: '111122223333',
      userName: 'alice',
    },
    eventTime: '2023-11-05T04:29:11Z',
    eventSource: SOURCE,
    eventName: op,
    awsRegion: 'eu-west-1',
    sourceIPAddress: '192.0.2.10',
    userAgent: 'aws-cli/2.15.0',
    requestParameters: minimalInput(op),
    responseElements: minimalOutput(op),
    requestID: '665077e1-c131-4194-8ec1-de6201d7f79f',
    eventID: '3fa01fd9-3537-4cc0-88b0-a2dc297b5839',
    readOnly: hasTrait(opShape(op), 'smithy.api#readonly'),
    eventType: 'AwsApiCall',
    apiVersion: shapeOf(SERVICE).version,
    managementEvent: true,
    recipientAccountId: '111122223333',
    eventCategory: 'Management',
    ...overrides,
  };
}

// ---------------------------------------------------------------------------
// Looking codecs up

const namespace = appmesh as unknown as Record<string, unknown>;

interface StructLike {
  readonly fields: readonly StructField[];
}
/** What a kit handle builds on first use (the handle's target); any other codec as it is. */
function built(codec: unknown): Record<string, unknown> {
  const c = codec as { target?: () => unknown } | undefined;
  return (typeof c?.target === 'function' ? c.target() : codec) as Record<string, unknown>;
}
function structCodec(name: string): t.Mixed & StructLike {
  if (namespace[name] === undefined) throw new Error(`appmesh exports no ${name}`);
  const c = built(namespace[name]) as unknown as t.Mixed & Partial<StructLike>;
  if (!Array.isArray(c.fields)) throw new Error(`${name} is not a struct codec`);
  return c as t.Mixed & StructLike;
}
function unionCodec(name: string): t.Mixed & { members: Record<string, t.Mixed> } {
  const c = built(namespace[name]) as unknown as (t.Mixed & { members?: Record<string, t.Mixed> }) | undefined;
  if (c?.members === undefined) throw new Error(`appmesh exports no union codec ${name}`);
  return c as t.Mixed & { members: Record<string, t.Mixed> };
}
function enumCodec(name: string): t.Mixed & { known: readonly string[]; isKnown(v: string): boolean } {
  const c = namespace[name] as (t.Mixed & { known?: readonly string[]; isKnown(v: string): boolean }) | undefined;
  if (c?.known === undefined) throw new Error(`appmesh exports no enum codec ${name}`);
  return c as t.Mixed & { known: readonly string[]; isKnown(v: string): boolean };
}

/** Problems with a member codec compared with its model target; empty when it fits. */
function codecProblems(codec: unknown, target: string, where: string): string[] {
  const kind = kindOf(target);
  const want = (expected: unknown, label: string): string[] =>
    codec === expected ? [] : [`${where}: expected the ${label} codec`];
  switch (kind) {
    case 'string':
    case 'blob':
      return want(StringValue, 'StringValue');
    case 'boolean':
      return want(BooleanValue, 'BooleanValue');
    case 'integer':
    case 'long':
    case 'short':
    case 'byte':
    case 'float':
    case 'double':
      return want(NumberValue, 'NumberValue');
    case 'timestamp':
      // services.ts says App Mesh payload timestamps are Java date text.
      return config?.timestamps === 'java-text' ? want(DateFromJavaDateText, 'DateFromJavaDateText') : [];
    case 'enum': {
      // The open enumeration of the model's values, named after the shape.
      const c = codec as { name?: string; known?: readonly string[] };
      const values = enumValuesOf(shapeOf(target)) as string[];
      return c.name === local(target) && JSON.stringify(c.known) === JSON.stringify(values) ? [] : [`${where}: expected the ${local(target)} enumeration`];
    }
    case 'structure':
    case 'union': {
      // The exported handle, or (the kit resolves a shape that is not recursive) what it builds.
      const exported = namespace[local(target)];
      return codec === exported || codec === built(exported) ? [] : [`${where}: expected the exported ${local(target)} codec`];
    }
    case 'list':
    case 'set': {
      const item = built(codec)['item'];
      if (item === undefined) return [`${where}: expected an array codec`];
      return codecProblems(item, (shapeOf(target).member as Member).target, `${where}[]`);
    }
    default:
      return [`${where}: unexpected model type ${kind}`];
  }
}

/** Problems with a struct codec compared with a model structure; empty when it fits. */
function structProblems(codec: StructLike, ownerId: string, s: ModelShape): string[] {
  const problems: string[] = [];
  const owner = local(ownerId);
  const fields = new Map(codec.fields.map((f) => [f.key, f]));
  const members = Object.entries(s.members ?? {});
  for (const [name, m] of members) {
    const f = fields.get(name);
    if (f === undefined) {
      problems.push(`${owner}.${name}: missing`);
      continue;
    }
    const required = requiredInCodec(ownerId, name, m);
    if (f.required !== required) problems.push(`${owner}.${name}: required is ${f.required}, model says ${required}`);
    problems.push(...codecProblems(f.codec, m.target, `${owner}.${name}`));
  }
  for (const key of fields.keys()) if (!(key in (s.members ?? {}))) problems.push(`${owner}.${key}: not in the model`);
  if (codec.fields.length !== fields.size) problems.push(`${owner}: duplicate fields`);
  return problems;
}

/**
 * The paths where a record departs from the model: it fails strictly, and
 * leniently decodes to a departed call carrying issues at those paths.
 */
function departs(json: unknown): string[] {
  const strict = AppMeshEventStrict.decode(clone(json));
  if (isRight(strict)) throw new Error('the record does not depart from the model');
  const kept = decodeOk(AppMeshEvent, clone(json)) as appmesh.AppMeshEvent;
  expect(appMeshService.isDeparted(kept)).toBe(true);
  const paths = appMeshService.departuresOf(kept).map((i) => i.path);
  expect(issuesOf(strict.left).map((i) => i.path)).toEqual(paths);
  return paths;
}

const decodeOk = (codec: t.Mixed, u: unknown): unknown => {
  const r = codec.decode(u);
  if (isLeft(r)) throw new Error(formatErrors(r.left).join('\n'));
  return r.right;
};

// ---------------------------------------------------------------------------

describe('the model walk itself', () => {
  it('finds every operation shape of the model, through the service and its resources', () => {
    const all = Object.entries(model.shapes).filter(([, s]) => s.type === 'operation').map(([id]) => local(id));
    expect(operationNames).toEqual(all.sort());
    // 38 is the count the App Mesh API reference documents.
    expect(operationNames).toHaveLength(38);
  });
});

describe('1. operations and event tables', () => {
  it('appMeshOperations has exactly the model operations', () => {
    expect(Object.keys(appMeshOperations).sort()).toEqual(operationNames);
  });

  it('appMeshOperationEvents and appMeshEvents have a codec for every operation', () => {
    expect(Object.keys(appMeshOperationEvents).sort()).toEqual(operationNames);
    for (const op of operationNames) {
      expect(appMeshOperationEvents[op as OpName], op).toBeDefined();
      expect(appMeshEvents[op as OpName], op).toBe(appMeshOperationEvents[op as OpName]);
    }
  });

  it('appMeshEventNames is the model operations plus StreamAggregatedResources, sorted', () => {
    const expected = [...operationNames, 'StreamAggregatedResources'].sort();
    expect(appMeshEventNames).toEqual(expected);
    expect(appMeshEventNames).toHaveLength(operationNames.length + 1);
    expect(Object.keys(appMeshEvents).sort()).toEqual(expected);
  });

  it.each(operationNames)('%s: readOnly matches the model', (op) => {
    expect(appMeshOperations[op as OpName].readOnly).toBe(hasTrait(opShape(op), 'smithy.api#readonly'));
  });
});

describe('2. structures and unions', () => {
  it.each(operationNames)('%s: the input codec has the model input members, no more', (op) => {
    const id = inputIdOf(op) ?? `${op}Input`;
    const codec = built(appMeshOperations[op as OpName].input) as unknown as StructLike;
    expect(Array.isArray(codec.fields)).toBe(true);
    expect(structProblems(codec, id, structureOf(inputIdOf(op)))).toEqual([]);
  });

  it.each(operationNames)('%s: the output codec has the model output members, or is null when there are none', (op) => {
    const output = appMeshOperations[op as OpName].output as unknown as StructLike | null;
    if (!outputHasMembers(op)) {
      expect(output).toBeNull();
      return;
    }
    expect(output).not.toBeNull();
    expect(structProblems(built(output) as unknown as StructLike, outputIdOf(op) as string, structureOf(outputIdOf(op)))).toEqual([]);
  });

  it('the walk reaches every structure but the errors, and every union', () => {
    const all = (type: string): string[] =>
      Object.entries(model.shapes)
        .filter(([, s]) => s.type === type && !hasTrait(s, 'smithy.api#error'))
        .map(([id]) => id)
        .sort();
    expect(reachableOf('structure')).toEqual(all('structure'));
    expect(reachableOf('union')).toEqual(all('union'));
  });

  it.each(reachableOf('structure').filter((id) => !emptyOutputs.has(id)))('structure %s: the exported codec matches the model', (id) => {
    expect(structProblems(structCodec(local(id)), id, shapeOf(id))).toEqual([]);
  });

  it.each(reachableOf('union'))('union %s: the exported codec has the model members', (id) => {
    const codec = unionCodec(local(id));
    const members = Object.entries(shapeOf(id).members ?? {});
    expect(Object.keys(codec.members)).toEqual(members.map(([m]) => m));
    const problems = members.flatMap(([m, ms]) => codecProblems(codec.members[m], ms.target, `${local(id)}.${m}`));
    expect(problems).toEqual([]);
  });

  it('the configured CloudTrail exceptions name real required members', () => {
    for (const key of Object.keys(config.wire?.optional ?? {})) {
      const [shape, member] = key.split('.') as [string, string];
      const m = shapeOf(idOf(shape)).members?.[member];
      expect(m, key).toBeDefined();
      expect(hasTrait(m as Member, 'smithy.api#required'), key).toBe(true);
      const field = structCodec(shape).fields.find((f) => f.key === member);
      expect(field?.required, key).toBe(false);
    }
  });
});

describe('3. enums', () => {
  const enums = reachableOf('enum');

  it('every enum of the model is reached', () => {
    const all = Object.entries(model.shapes).filter(([, s]) => enumValuesOf(s) !== undefined).map(([id]) => id);
    expect(enums).toEqual(all.sort());
  });

  it.each(enums)('%s: known lists the model values in order; the codec stays open', (id) => {
    const values = enumValuesOf(shapeOf(id)) as string[];
    const codec = enumCodec(local(id));
    expect([...codec.known]).toEqual(values);
    for (const v of values) {
      const r = codec.decode(v);
      expect(isRight(r) && r.right, v).toBe(v);
      expect(codec.isKnown(v)).toBe(true);
      expect(codec.encode(v)).toBe(v);
    }
    const unknown = codec.decode('SOMETHING_NEW');
    expect(isRight(unknown) && unknown.right).toBe('SOMETHING_NEW');
    expect(codec.isKnown('SOMETHING_NEW')).toBe(false);
    expect(isLeft(codec.decode(1))).toBe(true);
    expect(isLeft(codec.decode(null))).toBe(true);
  });
});

describe('4. unions: every member round-trips; none or two fail', () => {
  const cases = reachableOf('union').flatMap((id) =>
    Object.entries(shapeOf(id).members ?? {}).map(([m, ms]) => ({ union: local(id), member: m, target: ms.target })),
  );

  it.each(cases)('$union.$member', ({ union, member, target }) => {
    const input = { [member]: minimal(target) };
    const codec = unionCodec(union);
    const r = codec.decode(clone(input));
    expect(isRight(r), isLeft(r) ? formatErrors(r.left).join('\n') : '').toBe(true);
    if (isRight(r)) expect(codec.encode(r.right)).toEqual(input);
  });

  it.each(reachableOf('union'))('%s: {} fails, naming the members', (id) => {
    const names = Object.keys(shapeOf(id).members ?? {});
    const r = unionCodec(local(id)).decode({});
    expect(isLeft(r)).toBe(true);
    if (isLeft(r)) expect(formatErrors(r.left)).toEqual([`(root): expected exactly one of ${names.join(' | ')}, got none`]);
  });

  it.each(reachableOf('union').filter((id) => Object.keys(shapeOf(id).members ?? {}).length > 1))(
    '%s: two members set fails',
    (id) => {
      const entries = Object.entries(shapeOf(id).members ?? {});
      const [[a, ma], [b, mb]] = entries as [[string, Member], [string, Member]];
      const r = unionCodec(local(id)).decode({ [a]: minimal(ma.target), [b]: minimal(mb.target) });
      expect(isLeft(r)).toBe(true);
      if (isLeft(r)) {
        expect(formatErrors(r.left)).toEqual([
          `(root): expected exactly one of ${entries.map(([m]) => m).join(' | ')}, got 2: ${a}, ${b}`,
        ]);
      }
    },
  );
});

describe('5. operation inputs and whole records', () => {
  it.each(operationNames)('%s: the minimal input decodes and round-trips', (op) => {
    const input = minimalInput(op);
    const codec = appMeshOperations[op as OpName].input as unknown as t.Mixed;
    const decoded = decodeOk(codec, clone(input));
    expect(codec.encode(decoded)).toEqual(input);
  });

  it.each(operationNames.filter(outputHasMembers))('%s: the minimal output decodes and round-trips', (op) => {
    const output = minimalOutput(op);
    const codec = appMeshOperations[op as OpName].output as unknown as t.Mixed;
    const decoded = decodeOk(codec, clone(output));
    expect(codec.encode(decoded)).toEqual(output);
  });

  it.each(operationNames)('%s: a successful call decodes as the succeeded variant and round-trips', (op) => {
    const json = record(op);
    const decoded = decodeOk(AppMeshEvent, clone(json)) as appmesh.AppMeshEvent;
    expect(decoded.eventName).toBe(op);
    expect(isSucceededCall(decoded)).toBe(true);
    expect(isFailedAppMeshCall(decoded)).toBe(false);
    expect(AppMeshEvent.encode(decoded)).toEqual(json);
    // The per-operation codec agrees with the dispatching one.
    expect(isRight((appMeshOperationEvents[op as OpName] as t.Mixed).decode(clone(json)))).toBe(true);
  });

  it.each(operationNames)('%s: a failed call, its request short of a required member, decodes as the failed variant', (op) => {
    const request = minimalInput(op);
    const requiredMember = Object.entries(structureOf(inputIdOf(op)).members ?? {}).find(([, m]) =>
      hasTrait(m, 'smithy.api#required'),
    )?.[0];
    if (requiredMember !== undefined) delete request[requiredMember];
    const json = record(op, {
      errorCode: 'BadRequestException',
      errorMessage: 'Invalid request',
      requestParameters: request,
      responseElements: null,
    });
    const decoded = decodeOk(AppMeshEvent, clone(json)) as appmesh.AppMeshEvent;
    expect(isFailedAppMeshCall(decoded)).toBe(true);
    expect(isSucceededCall(decoded)).toBe(false);
    expect(AppMeshEvent.encode(decoded)).toEqual(json);
  });

  it('the record builder leaves out required input members in the failed case (the test can fail)', () => {
    // Without errorCode the same request departs from the model, or the case above proves nothing.
    const op = 'CreateRoute';
    const request = minimalInput(op);
    delete request['routeName'];
    expect(departs(record(op, { requestParameters: request }))).toEqual(['requestParameters.routeName']);
  });

  it('timestamps in responses decode to UTC Dates, under any TZ', () => {
    const decoded = decodeOk(AppMeshEvent, record('DescribeMesh')) as appmesh.AppMeshEvent;
    if (decoded.eventName !== 'DescribeMesh' || !isSucceededCall(decoded)) throw new Error('not a DescribeMesh success');
    expect(decoded.responseElements?.mesh.metadata.createdAt.toISOString()).toBe('2023-11-05T04:29:11.000Z');
  });

  it('ResourceMetadata without meshOwner and resourceOwner (pre-2020 records) still decodes', () => {
    const json = record('DescribeMesh');
    const meta = (json['responseElements'] as { mesh: { metadata: Record<string, unknown> } }).mesh.metadata;
    delete meta['meshOwner'];
    delete meta['resourceOwner'];
    const decoded = decodeOk(AppMeshEvent, clone(json)) as appmesh.AppMeshEvent;
    expect(isSucceededCall(decoded)).toBe(true);
    expect(AppMeshEvent.encode(decoded)).toEqual(json);
    // Other required members stay required.
    delete meta['arn'];
    expect(departs(json)).toEqual(['responseElements.mesh.metadata.arn']);
  });
});

describe('5b. which payloads a successful record must carry, from the model', () => {
  const hasRequiredInput = (op: string): boolean =>
    Object.values(structureOf(inputIdOf(op)).members ?? {}).some((m) => hasTrait(m, 'smithy.api#required'));

  it.each(operationNames)('%s: requestParameters may be absent or null only when no input member is required', (op) => {
    const absent = record(op);
    delete absent['requestParameters'];
    expect(isRight(AppMeshEventStrict.decode(absent))).toBe(!hasRequiredInput(op));
    expect(isRight(AppMeshEventStrict.decode(record(op, { requestParameters: null })))).toBe(!hasRequiredInput(op));
    if (hasRequiredInput(op)) expect(departs(absent)).toEqual(['requestParameters']);
  });

  it.each(operationNames.filter((op) => hasTrait(opShape(op), 'smithy.api#readonly')))(
    '%s (read-only): a null responseElements is still a success',
    (op) => {
      const decoded = decodeOk(AppMeshEvent, record(op, { responseElements: null })) as appmesh.AppMeshEvent;
      expect(isSucceededCall(decoded)).toBe(true);
    },
  );

  it.each(operationNames.filter((op) => !outputHasMembers(op)))(
    '%s (empty output): responseElements may be null or absent, not an object with data',
    (op) => {
      const absent = record(op);
      delete absent['responseElements'];
      expect(isSucceededCall(decodeOk(AppMeshEvent, absent) as appmesh.AppMeshEvent)).toBe(true);
      expect(isSucceededCall(decodeOk(AppMeshEvent, record(op, { responseElements: null })) as appmesh.AppMeshEvent)).toBe(true);
      expect(departs(record(op, { responseElements: { tags: [] } }))).toEqual(['responseElements']);
    },
  );
});

describe('real App Mesh records of the corpus', () => {
  const real = corpusRecords().filter(({ record: r }) => r['eventSource'] === SOURCE);

  it('are there', () => {
    expect(real.length).toBeGreaterThan(0);
  });

  it.each(real.map((r) => ({ ...r, name: `${r.file}#${r.index} ${String(r.record['eventName'])}` })))(
    '$name decodes into its variant and round-trips',
    ({ record: json }) => {
      const decoded = decodeOk(AppMeshEvent, clone(json)) as appmesh.AppMeshEvent;
      const name = json['eventName'] as string;
      expect(isSucceededCall(decoded)).toBe(operationNames.includes(name) && json['errorCode'] === undefined);
      expect(AppMeshEvent.encode(decoded)).toEqual(json);
    },
  );
});

describe('the structure checks can fail', () => {
  const tagRef = structCodec('TagRef');

  it('a flipped required flag is reported', () => {
    const flipped = { fields: tagRef.fields.map((f) => (f.key === 'value' ? { ...f, required: false } : f)) };
    expect(structProblems(flipped, idOf('TagRef'), shapeOf(idOf('TagRef')))).toEqual([
      'TagRef.value: required is false, model says true',
    ]);
  });

  it('a missing and an extra field are reported', () => {
    const renamed = { fields: tagRef.fields.map((f) => (f.key === 'key' ? { ...f, key: 'name' } : f)) };
    expect(structProblems(renamed, idOf('TagRef'), shapeOf(idOf('TagRef')))).toEqual([
      'TagRef.key: missing',
      'TagRef.name: not in the model',
    ]);
  });

  it('a wrong member codec is reported, also inside lists', () => {
    const meta = structCodec('ResourceMetadata');
    const createdAt = meta.fields.find((f) => f.key === 'createdAt') as StructField;
    expect(codecProblems(StringValue, (shapeOf(idOf('ResourceMetadata')).members?.['createdAt'] as Member).target, 'x')).toEqual([
      'x: expected the DateFromJavaDateText codec',
    ]);
    expect(codecProblems(createdAt.codec, idOf('TagList'), 'tags')).toEqual(['tags: expected an array codec']);
    const tagKeys = structCodec('UntagResourceInput').fields.find((f) => f.key === 'tagKeys') as StructField;
    expect(codecProblems(tagKeys.codec, idOf('TagList'), 'tags')).toEqual(['tags[]: expected the exported TagRef codec']);
  });
});

describe('6. constraints are data, not checks', () => {
  const constraintShapes = reachable.filter((id) => {
    const s = shapeOf(id);
    return ['smithy.api#length', 'smithy.api#range', 'smithy.api#pattern'].some((tr) => hasTrait(s, tr));
  });

  it('appMeshShapes.ResourceName.length is the model length trait', () => {
    const length = shapeOf(idOf('ResourceName')).traits?.['smithy.api#length'];
    expect(length).toBeDefined();
    expect(appMeshShapes['ResourceName']?.length).toEqual(length);
  });

  it.each(constraintShapes)('%s: length, range and pattern are kept as in the model', (id) => {
    const s = shapeOf(id);
    const facts = appMeshShapes[local(id)];
    expect(facts?.length).toEqual(s.traits?.['smithy.api#length']);
    expect(facts?.range).toEqual(s.traits?.['smithy.api#range']);
    expect(facts?.pattern).toEqual(s.traits?.['smithy.api#pattern']);
  });

  it('a 300-character meshName (over the model maximum) still decodes in a CreateMesh record', () => {
    const max = (shapeOf(idOf('ResourceName')).traits?.['smithy.api#length'] as { max: number }).max;
    const name = 'm'.repeat(300);
    expect(name.length).toBeGreaterThan(max);
    const json = record('CreateMesh', { requestParameters: { ...minimalInput('CreateMesh'), meshName: name } });
    const decoded = decodeOk(AppMeshEvent, clone(json)) as appmesh.AppMeshEvent;
    expect(isSucceededCall(decoded)).toBe(true);
    expect((decoded.requestParameters as { meshName: string }).meshName).toBe(name);
    expect(AppMeshEvent.encode(decoded)).toEqual(json);
  });

  it('a ListMeshes limit above the model range still decodes', () => {
    const limit = structureOf(inputIdOf('ListMeshes')).members?.['limit'] as Member;
    const range = shapeOf(limit.target).traits?.['smithy.api#range'] as { max: number };
    const json = record('ListMeshes', { requestParameters: { limit: range.max + 1 } });
    const decoded = decodeOk(AppMeshEvent, clone(json)) as appmesh.AppMeshEvent;
    expect(isSucceededCall(decoded)).toBe(true);
  });
});

describe('7. dispatch on eventName and eventSource', () => {
  it('an eventName the model does not have decodes as the unknown-operation variant, payloads kept', () => {
    expect(operationNames).not.toContain('CreateMeshPolicy');
    const json = record('CreateMesh', {
      eventName: 'CreateMeshPolicy',
      requestParameters: { meshName: 'shop', policy: { Statement: [{ Effect: 'Allow' }] } },
      responseElements: { policyVersion: 3 },
    });
    const decoded = decodeOk(AppMeshEvent, clone(json)) as appmesh.AppMeshEvent;
    expect(decoded.eventName).toBe('CreateMeshPolicy');
    expect(isSucceededCall(decoded)).toBe(false);
    expect(isFailedAppMeshCall(decoded)).toBe(false);
    expect(appMeshService.isDeparted(decoded)).toBe(false);
    expect(appMeshService.operationOf('CreateMeshPolicy')).toBeUndefined();
    expect(decoded.requestParameters).toEqual(json['requestParameters']);
    expect(decoded.responseElements).toEqual(json['responseElements']);
    expect(AppMeshEvent.encode(decoded)).toEqual(json);
  });

  it('a record of another service fails on eventSource alone', () => {
    const r = AppMeshEvent.decode(record('CreateMesh', { eventSource: 's3.amazonaws.com' }));
    expect(isLeft(r)).toBe(true);
    if (isLeft(r)) expect(formatErrors(r.left)).toEqual([`eventSource: is s3.amazonaws.com, not ${SOURCE}`]);
  });

  it('errors of a broken CreateRoute name only CreateRoute problems', () => {
    const json = record('CreateRoute') as {
      requestParameters: Record<string, unknown>;
      responseElements: { route: { metadata: Record<string, unknown> } };
    };
    json.requestParameters['routeName'] = 123;
    json.responseElements.route.metadata['version'] = 'one';
    expect(departs(json).sort()).toEqual(['requestParameters.routeName', 'responseElements.route.metadata.version']);
    const r = AppMeshEventStrict.decode(json);
    expect(isLeft(r)).toBe(true);
    if (!isLeft(r)) return;
    const issues = issuesOf(r.left);
    expect(issues.map((i) => i.path).sort()).toEqual(['requestParameters.routeName', 'responseElements.route.metadata.version']);
    const others = operationNames.filter((o) => o !== 'CreateRoute');
    for (const e of r.left) {
      for (const entry of e.context) {
        for (const o of others) expect(entry.type.name, `${o} in an error context`).not.toMatch(new RegExp(`\\b${o}`));
      }
    }
    expect(r.left.some((e) => e.context.some((entry) => entry.type.name.startsWith('CreateRoute')))).toBe(true);
  });
});
