// Model reading: a Smithy 2.0 JSON AST (the vendored facts files) becomes a
// neutral description of one service — shapes with their kinds, members with
// their model and wire names, the traits that matter to CloudTrail payloads,
// and the operations. Everything the emitters need is decided here or in
// plan.ts; nothing here knows about TypeScript.
//
// The reader fails loudly: a shape type, a trait or a trait placement it does
// not know throws with the shape id and what it cannot express, so a new model
// never generates silently wrong code.

/** What a shape is, as the emitters see it. Smithy's number types are one kind. */
export type ShapeKind =
  | 'structure'
  | 'union'
  | 'list'
  | 'map'
  | 'enum'
  | 'intEnum'
  | 'string'
  | 'blob'
  | 'boolean'
  | 'number'
  | 'timestamp'
  | 'document'
  | 'unit';

/** Smithy's `@timestampFormat` values. */
export type ModelTimestampFormat = 'date-time' | 'epoch-seconds' | 'http-date';

/** Lower and upper bounds, `null` where the model sets none. */
export type IrBounds = readonly [min: number | null, max: number | null];

export interface IrConstraints {
  readonly len?: IrBounds;
  readonly range?: IrBounds;
  readonly pattern?: string;
  readonly unique?: true;
}

/** How member names are written on the wire. */
export type MemberNameRule = 'lower-first' | 'as-is';

export interface IrMember {
  /** The model's member name, such as `RoleArn`. */
  readonly name: string;
  /** The name on the wire under the reader's {@link MemberNameRule}, such as `roleArn`. */
  readonly wireName: string;
  /** Shape id of the target, such as `com.amazonaws.sts#arnType` or `smithy.api#String`. */
  readonly target: string;
  readonly required: boolean;
  /** The member or its target carries `@sensitive`. */
  readonly sensitive: boolean;
  /** `@timestampFormat` on the member, else on its target. */
  readonly timestampFormat?: ModelTimestampFormat;
  /** The target is a streaming blob or an event stream (a streaming union). */
  readonly streaming: boolean;
  readonly deprecated: boolean;
  /** Where a REST protocol carries a top-level input or output member over HTTP, when not in the JSON body. */
  readonly httpBinding?: HttpBinding;
  /** Protocol names kept for emitters of protocols whose wire names come from them (restXml, ec2Query). */
  readonly xmlName?: string;
  readonly ec2QueryName?: string;
  readonly jsonName?: string;
}

/** The HTTP binding traits of REST protocols, by the trait's name less `http`. */
export type HttpBinding = 'label' | 'query' | 'queryParams' | 'header' | 'prefixHeaders' | 'payload' | 'responseCode';
const HTTP_BINDINGS: ReadonlyArray<readonly [trait: string, binding: HttpBinding]> = [
  ['httpLabel', 'label'],
  ['httpQuery', 'query'],
  ['httpQueryParams', 'queryParams'],
  ['httpHeader', 'header'],
  ['httpPrefixHeaders', 'prefixHeaders'],
  ['httpPayload', 'payload'],
  ['httpResponseCode', 'responseCode'],
];

export interface IrShape {
  /** Shape id, such as `com.amazonaws.sts#Credentials`. */
  readonly id: string;
  /** The id without its namespace: `Credentials`. */
  readonly name: string;
  readonly kind: ShapeKind;
  /** The Smithy type: `integer`, `bigDecimal`, `set`, … */
  readonly type: string;
  /** A shape of the Smithy prelude (`smithy.api#String`). */
  readonly prelude: boolean;
  /** Structure and union members, in model order. */
  readonly members: readonly IrMember[];
  /** List item. */
  readonly item?: IrMember;
  /** A list the wire may write as its one item alone (set by a dialect, never by the model). */
  readonly itemAlone?: boolean;
  /** Who made the shape when the model did not: `the restXml dialect`, `the config (wire.responses)`. */
  readonly addedBy?: string;
  /** Map key and value. */
  readonly key?: IrMember;
  readonly value?: IrMember;
  /** Enum values (an `enum` shape's `@enumValue`s, or a string's legacy `@enum`). */
  readonly values?: readonly string[];
  /** intEnum values. */
  readonly intValues?: readonly number[];
  readonly sensitive: boolean;
  /** `@streaming`: an event stream (union) or a streaming blob. */
  readonly streaming: boolean;
  readonly timestampFormat?: ModelTimestampFormat;
  readonly constraints: IrConstraints;
  readonly deprecated: boolean;
}

export interface IrOperation {
  readonly id: string;
  readonly name: string;
  /** Input shape id; absent for `smithy.api#Unit`. */
  readonly input?: string;
  /** Output shape id; absent for `smithy.api#Unit`. */
  readonly output?: string;
  readonly errors: readonly string[];
  readonly readonly: boolean;
}

export type Protocol = 'awsQuery' | 'awsJson1_0' | 'awsJson1_1' | 'restJson1' | 'restXml' | 'ec2Query';

export interface IrService {
  readonly id: string;
  readonly name: string;
  readonly version: string;
  readonly title?: string;
  readonly protocol: Protocol;
  /** `aws.api#service` `cloudTrailEventSource`. */
  readonly eventSource?: string;
  readonly sdkId?: string;
  readonly arnNamespace?: string;
}

export interface IrModel {
  readonly service: IrService;
  /** Every shape the service reaches (operations, their inputs, outputs and errors, transitively), by id; prelude shapes included. */
  readonly shapes: ReadonlyMap<string, IrShape>;
  /** The service's operations, through its resources, in name order. */
  readonly operations: readonly IrOperation[];
}

/** Thrown for anything the generator cannot express; the message names the shape. */
export class ModelError extends Error {
  constructor(
    readonly shape: string,
    problem: string,
  ) {
    super(`${shape}: ${problem}`);
    this.name = 'ModelError';
  }
}

// ---------------------------------------------------------------------------
// The JSON AST, as far as it is read.

type Traits = Readonly<Record<string, unknown>>;
interface AstMember {
  readonly target: string;
  readonly traits?: Traits;
}
interface AstShape {
  readonly type: string;
  readonly traits?: Traits;
  readonly members?: Readonly<Record<string, AstMember>>;
  readonly member?: AstMember;
  readonly key?: AstMember;
  readonly value?: AstMember;
  readonly [other: string]: unknown;
}
interface Ast {
  readonly smithy?: string;
  readonly shapes?: Readonly<Record<string, AstShape>>;
}

const API = 'smithy.api#';

/** `com.amazonaws.sts#Credentials` → `Credentials`. */
export function localName(id: string): string {
  const i = id.indexOf('#');
  return i < 0 ? id : id.slice(i + 1);
}

const PRELUDE: Readonly<Record<string, { readonly type: string; readonly kind: ShapeKind }>> = {
  String: { type: 'string', kind: 'string' },
  Blob: { type: 'blob', kind: 'blob' },
  Boolean: { type: 'boolean', kind: 'boolean' },
  PrimitiveBoolean: { type: 'boolean', kind: 'boolean' },
  Byte: { type: 'byte', kind: 'number' },
  PrimitiveByte: { type: 'byte', kind: 'number' },
  Short: { type: 'short', kind: 'number' },
  PrimitiveShort: { type: 'short', kind: 'number' },
  Integer: { type: 'integer', kind: 'number' },
  PrimitiveInteger: { type: 'integer', kind: 'number' },
  Long: { type: 'long', kind: 'number' },
  PrimitiveLong: { type: 'long', kind: 'number' },
  Float: { type: 'float', kind: 'number' },
  PrimitiveFloat: { type: 'float', kind: 'number' },
  Double: { type: 'double', kind: 'number' },
  PrimitiveDouble: { type: 'double', kind: 'number' },
  BigInteger: { type: 'bigInteger', kind: 'number' },
  BigDecimal: { type: 'bigDecimal', kind: 'number' },
  Timestamp: { type: 'timestamp', kind: 'timestamp' },
  Document: { type: 'document', kind: 'document' },
  Unit: { type: 'structure', kind: 'unit' },
};

/**
 * Kinds by Smithy type. bigInteger and bigDecimal are numbers: CloudTrail
 * writes JSON numbers, and JSON.parse has made them doubles before any codec
 * sees them, so a string type would promise a precision that is already gone.
 */
const KINDS: Readonly<Record<string, ShapeKind>> = {
  structure: 'structure',
  union: 'union',
  list: 'list',
  set: 'list',
  map: 'map',
  enum: 'enum',
  intEnum: 'intEnum',
  string: 'string',
  blob: 'blob',
  boolean: 'boolean',
  byte: 'number',
  short: 'number',
  integer: 'number',
  long: 'number',
  float: 'number',
  double: 'number',
  bigInteger: 'number',
  bigDecimal: 'number',
  timestamp: 'timestamp',
  document: 'document',
};

/** The keys each shape type may have besides `type` and `traits`; any other key (`mixins`, `rename`, …) is not understood. */
const SHAPE_KEYS: Readonly<Record<string, readonly string[]>> = {
  structure: ['members'],
  union: ['members'],
  enum: ['members'],
  intEnum: ['members'],
  list: ['member'],
  set: ['member'],
  map: ['key', 'value'],
  operation: ['input', 'output', 'errors'],
  resource: ['identifiers', 'properties', 'create', 'put', 'read', 'update', 'delete', 'list', 'operations', 'collectionOperations', 'resources'],
  service: ['version', 'operations', 'resources', 'errors'],
};

/**
 * Traits the reader knows. `read` ones change what is generated; `ignore`
 * ones do not reach CloudTrail payloads (HTTP bindings, XML serialization
 * details under JSON protocols, SDK behaviour, documentation). The namespaces
 * in {@link IGNORED_NAMESPACES} are ignored as a whole. Any other trait throws.
 */
const KNOWN_TRAITS: ReadonlySet<string> = new Set(
  [
    // read
    'required',
    'sensitive',
    'timestampFormat',
    'enum',
    'enumValue',
    'streaming',
    'length',
    'range',
    'pattern',
    'uniqueItems',
    'readonly',
    'deprecated',
    'jsonName',
    'xmlName',
    'error',
    'input',
    'output',
    'title',
    // ignore
    'documentation',
    'examples',
    'externalDocumentation',
    'default',
    'clientOptional',
    'addedDefault',
    'box',
    'idempotent',
    'idempotencyToken',
    'http',
    'httpError',
    'httpHeader',
    'httpLabel',
    'httpPayload',
    'httpPrefixHeaders',
    'httpQuery',
    'httpQueryParams',
    'httpResponseCode',
    'httpChecksumRequired',
    'hostLabel',
    'eventPayload',
    'eventHeader',
    'xmlAttribute',
    'xmlFlattened',
    'xmlNamespace',
    'paginated',
    'retryable',
    'references',
    'resourceIdentifier',
    'suppress',
    'tags',
    'auth',
    'optionalAuth',
    'endpoint',
    'cors',
    'mediaType',
    'requiresLength',
    'requestCompression',
    'since',
    'unstable',
    'internal',
    'private',
    'recommended',
    'noReplace',
    'property',
    'notProperty',
    'nestedProperties',
    'idRef',
  ].map((t) => API + t),
).add('aws.protocols#ec2QueryName');

const IGNORED_NAMESPACES: readonly string[] = [
  'smithy.rules#',
  'smithy.test#',
  'smithy.waiters#',
  'aws.auth#',
  'aws.iam#',
  'aws.cloudformation#',
  'aws.customizations#',
  'aws.endpoints#',
  'aws.api#',
];
/** Protocol traits (the service's protocol) and the other aws.protocols traits, which say how SDKs talk, not what CloudTrail writes. */
const PROTOCOLS: readonly Protocol[] = ['awsQuery', 'awsJson1_0', 'awsJson1_1', 'restJson1', 'restXml', 'ec2Query'];
const IGNORED_PROTOCOL_TRAITS: ReadonlySet<string> = new Set([
  'aws.protocols#awsQueryError',
  'aws.protocols#awsQueryCompatible',
  'aws.protocols#httpChecksum',
]);

function checkTraits(owner: string, traits: Traits | undefined): void {
  for (const trait of Object.keys(traits ?? {})) {
    if (KNOWN_TRAITS.has(trait) || IGNORED_PROTOCOL_TRAITS.has(trait)) continue;
    if (trait.startsWith('aws.protocols#') && PROTOCOLS.includes(trait.slice('aws.protocols#'.length) as Protocol)) continue;
    if (IGNORED_NAMESPACES.some((ns) => trait.startsWith(ns))) continue;
    throw new ModelError(owner, `trait ${trait} is unknown to the generator (scripts/codegen/model.ts lists the traits it reads or ignores)`);
  }
}

const has = (traits: Traits | undefined, name: string): boolean => traits !== undefined && API + name in traits;
const get = <T>(traits: Traits | undefined, name: string): T | undefined => traits?.[API + name] as T | undefined;

/** `@length`/`@range` as bounds; a value that is not a number (bigDecimal ranges written as text) is read as one. */
function bounds(owner: string, value: unknown): IrBounds {
  const v = value as { min?: unknown; max?: unknown };
  const num = (x: unknown): number | null => {
    if (x === undefined) return null;
    const n = typeof x === 'string' ? Number(x) : x;
    if (typeof n !== 'number' || !Number.isFinite(n)) throw new ModelError(owner, `a bound ${JSON.stringify(x)} is not a finite number`);
    return n;
  };
  return [num(v.min), num(v.max)];
}

const TIMESTAMP_FORMATS: readonly ModelTimestampFormat[] = ['date-time', 'epoch-seconds', 'http-date'];

function timestampFormat(owner: string, traits: Traits | undefined): ModelTimestampFormat | undefined {
  const f = get<string>(traits, 'timestampFormat');
  if (f === undefined) return undefined;
  if (!TIMESTAMP_FORMATS.includes(f as ModelTimestampFormat)) throw new ModelError(owner, `@timestampFormat ${JSON.stringify(f)} is not one of ${TIMESTAMP_FORMATS.join(', ')}`);
  return f as ModelTimestampFormat;
}

/** The member name on the wire: `lower-first` lowers the first character only (`SAMLAssertion` → `sAMLAssertion`). */
export function wireName(name: string, rule: MemberNameRule): string {
  return rule === 'lower-first' ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

export interface ReadOptions {
  /** How member names are written on the wire (the service config's `memberNames`); default `as-is`. */
  readonly memberNames?: MemberNameRule;
}

/**
 * Reads a model into the neutral description. Throws {@link ModelError} on
 * anything it does not understand.
 */
export function readModel(json: unknown, options: ReadOptions = {}): IrModel {
  const ast = json as Ast;
  if (typeof ast !== 'object' || ast === null || typeof ast.shapes !== 'object' || ast.shapes === null) {
    throw new ModelError('(model)', 'not a Smithy JSON AST: no `shapes` object');
  }
  if (typeof ast.smithy !== 'string' || !ast.smithy.startsWith('2.')) {
    throw new ModelError('(model)', `Smithy version ${JSON.stringify(ast.smithy)} is not 2.x (convert 1.0 models first)`);
  }
  const rule = options.memberNames ?? 'as-is';
  const astShapes = ast.shapes;
  const services = Object.keys(astShapes).filter((id) => astShapes[id]?.type === 'service');
  if (services.length !== 1) throw new ModelError('(model)', `expected exactly one service shape, found ${services.length}`);
  const serviceId = services[0] as string;

  for (const [id, shape] of Object.entries(astShapes)) {
    if (shape.type === 'apply') throw new ModelError(id, '`apply` shapes are not supported: apply the traits first');
    const keys = SHAPE_KEYS[shape.type] ?? [];
    if (KINDS[shape.type] === undefined && SHAPE_KEYS[shape.type] === undefined) {
      throw new ModelError(id, `shape type ${JSON.stringify(shape.type)} is unknown to the generator`);
    }
    for (const k of Object.keys(shape)) {
      if (k !== 'type' && k !== 'traits' && !keys.includes(k)) {
        throw new ModelError(id, `property \`${k}\` of a ${shape.type} is not supported${k === 'mixins' ? ' (flatten mixins first)' : ''}`);
      }
    }
    checkTraits(id, shape.traits);
    for (const [m, member] of Object.entries(shape.members ?? {})) checkTraits(`${id}$${m}`, member.traits);
    for (const k of ['member', 'key', 'value'] as const) {
      const member = shape[k] as AstMember | undefined;
      if (member !== undefined) checkTraits(`${id}$${k}`, member.traits);
    }
  }

  const shapes = new Map<string, IrShape>();
  const astOf = (id: string, from: string): AstShape | undefined => {
    if (id.startsWith(API)) {
      if (PRELUDE[id.slice(API.length)] === undefined) throw new ModelError(from, `targets ${id}, which is not a prelude shape the generator knows`);
      return undefined;
    }
    const shape = astShapes[id];
    if (shape === undefined) throw new ModelError(from, `targets ${id}, which the model does not define`);
    return shape;
  };

  const readMember = (owner: string, name: string, m: AstMember, container: string): IrMember => {
    const where = `${owner}$${name}`;
    if (typeof m?.target !== 'string') throw new ModelError(where, 'has no target');
    const target = astOf(m.target, where);
    const targetType = target === undefined ? PRELUDE[m.target.slice(API.length)]?.type : target.type;
    if (targetType === 'operation' || targetType === 'service' || targetType === 'resource') {
      throw new ModelError(where, `targets the ${targetType} ${m.target}; members must target data shapes`);
    }
    for (const t of ['length', 'range', 'pattern', 'uniqueItems']) {
      if (has(m.traits, t)) throw new ModelError(where, `@${t} on a member is not supported (put it on the target shape)`);
    }
    if (has(m.traits, 'enumValue') && container !== 'enum' && container !== 'intEnum') {
      throw new ModelError(where, '@enumValue outside an enum');
    }
    const ownFormat = timestampFormat(where, m.traits);
    const targetFormat = timestampFormat(m.target, target?.traits);
    if (ownFormat !== undefined && targetType !== 'timestamp') throw new ModelError(where, `@timestampFormat on a member that targets a ${targetType}`);
    const streaming = has(target?.traits, 'streaming');
    const format = ownFormat ?? targetFormat;
    const xmlName = get<string>(m.traits, 'xmlName');
    const jsonName = get<string>(m.traits, 'jsonName');
    const ec2QueryName = m.traits?.['aws.protocols#ec2QueryName'] as string | undefined;
    const httpBinding = HTTP_BINDINGS.find(([trait]) => has(m.traits, trait))?.[1];
    return {
      name,
      wireName: wireName(name, rule),
      target: m.target,
      required: has(m.traits, 'required'),
      sensitive: has(m.traits, 'sensitive') || has(target?.traits, 'sensitive'),
      ...(format === undefined ? {} : { timestampFormat: format }),
      streaming,
      deprecated: has(m.traits, 'deprecated'),
      ...(httpBinding === undefined ? {} : { httpBinding }),
      ...(xmlName === undefined ? {} : { xmlName }),
      ...(ec2QueryName === undefined ? {} : { ec2QueryName }),
      ...(jsonName === undefined ? {} : { jsonName }),
    };
  };

  const visit = (id: string, from: string): void => {
    if (shapes.has(id)) return;
    const astShape = astOf(id, from);
    if (astShape === undefined) {
      const p = PRELUDE[id.slice(API.length)] as { type: string; kind: ShapeKind };
      shapes.set(id, { id, name: localName(id), kind: p.kind, type: p.type, prelude: true, members: [], sensitive: false, streaming: false, constraints: {}, deprecated: false });
      return;
    }
    const type = astShape.type;
    const kind = KINDS[type];
    if (kind === undefined) throw new ModelError(id, `a ${type} is used as data`);
    const traits = astShape.traits;
    const constraints: { -readonly [K in keyof IrConstraints]: IrConstraints[K] } = {};
    if (has(traits, 'length')) {
      if (!['string', 'blob', 'list', 'map'].includes(kind)) throw new ModelError(id, `@length on a ${type}`);
      constraints.len = bounds(id, get(traits, 'length'));
    }
    if (has(traits, 'range')) {
      if (kind !== 'number' && kind !== 'intEnum') throw new ModelError(id, `@range on a ${type}`);
      constraints.range = bounds(id, get(traits, 'range'));
    }
    if (has(traits, 'pattern')) {
      if (kind !== 'string') throw new ModelError(id, `@pattern on a ${type}`);
      constraints.pattern = get<string>(traits, 'pattern') as string;
    }
    if (has(traits, 'uniqueItems') || type === 'set') {
      if (kind !== 'list') throw new ModelError(id, `@uniqueItems on a ${type}`);
      constraints.unique = true;
    }
    const streaming = has(traits, 'streaming');
    if (streaming && type !== 'union' && type !== 'blob') throw new ModelError(id, `@streaming on a ${type}`);
    const format = timestampFormat(id, traits);
    if (format !== undefined && type !== 'timestamp') throw new ModelError(id, `@timestampFormat on a ${type}`);
    const legacyEnum = get<ReadonlyArray<{ value?: unknown }>>(traits, 'enum');
    if (legacyEnum !== undefined && type !== 'string') throw new ModelError(id, `the legacy @enum trait on a ${type}`);

    const base = { id, name: localName(id), type, prelude: false, sensitive: has(traits, 'sensitive'), streaming, constraints, deprecated: has(traits, 'deprecated') };
    const withFormat = format === undefined ? {} : { timestampFormat: format };
    const memberEntries = Object.entries(astShape.members ?? {});
    switch (type) {
      case 'structure':
      case 'union': {
        if (type === 'union' && memberEntries.length === 0) throw new ModelError(id, 'a union without members');
        const members = memberEntries.map(([n, m]) => readMember(id, n, m, type));
        if (type === 'union' && members.some((m) => m.required)) throw new ModelError(id, '@required on a union member');
        const wire = new Map<string, string>();
        for (const m of members) {
          const clash = wire.get(m.wireName);
          if (clash !== undefined) throw new ModelError(id, `members ${clash} and ${m.name} have the same wire name ${m.wireName}`);
          wire.set(m.wireName, m.name);
        }
        shapes.set(id, { ...base, kind, members, ...withFormat });
        for (const m of members) visit(m.target, `${id}$${m.name}`);
        return;
      }
      case 'list':
      case 'set': {
        if (astShape.member === undefined) throw new ModelError(id, `a ${type} without a member`);
        const item = readMember(id, 'member', astShape.member, type);
        shapes.set(id, { ...base, kind, members: [], item });
        visit(item.target, `${id}$member`);
        return;
      }
      case 'map': {
        if (astShape.key === undefined || astShape.value === undefined) throw new ModelError(id, 'a map without key or value');
        const key = readMember(id, 'key', astShape.key, type);
        const value = readMember(id, 'value', astShape.value, type);
        const keyShape = astOf(key.target, `${id}$key`);
        const keyType = keyShape === undefined ? PRELUDE[key.target.slice(API.length)]?.type : keyShape.type;
        if (keyType !== 'string' && keyType !== 'enum') throw new ModelError(id, `a map keyed by a ${keyType}`);
        shapes.set(id, { ...base, kind, members: [], key, value });
        visit(key.target, `${id}$key`);
        visit(value.target, `${id}$value`);
        return;
      }
      case 'enum': {
        if (memberEntries.length === 0) throw new ModelError(id, 'an enum without values');
        const values = memberEntries.map(([n, m]) => {
          checkEnumMember(`${id}$${n}`, m, 'smithy.api#Unit');
          const v = get<unknown>(m.traits, 'enumValue') ?? n;
          if (typeof v !== 'string') throw new ModelError(`${id}$${n}`, 'an enum value that is not a string');
          return v;
        });
        shapes.set(id, { ...base, kind, members: [], values });
        return;
      }
      case 'intEnum': {
        const intValues = memberEntries.map(([n, m]) => {
          checkEnumMember(`${id}$${n}`, m, 'smithy.api#Unit');
          const v = get<unknown>(m.traits, 'enumValue');
          if (typeof v !== 'number' || !Number.isInteger(v)) throw new ModelError(`${id}$${n}`, 'an intEnum value that is not an integer');
          return v;
        });
        shapes.set(id, { ...base, kind, members: [], intValues });
        return;
      }
      case 'string':
        if (legacyEnum !== undefined) {
          const values = legacyEnum.map((e, i) => {
            if (typeof e?.value !== 'string') throw new ModelError(id, `@enum entry ${i} has no string value`);
            return e.value;
          });
          shapes.set(id, { ...base, kind: 'enum', members: [], values });
          return;
        }
        shapes.set(id, { ...base, kind, members: [] });
        return;
      default:
        shapes.set(id, { ...base, kind, members: [], ...withFormat });
    }
  };

  const serviceShape = astShapes[serviceId] as AstShape;
  const operationIds = operationsOf(astShapes, serviceId);
  const operations: IrOperation[] = [];
  const opNames = new Map<string, string>();
  for (const opId of operationIds) {
    const op = astShapes[opId] as AstShape;
    const name = localName(opId);
    const other = opNames.get(name);
    if (other !== undefined) throw new ModelError(opId, `has the same name as ${other}`);
    opNames.set(name, opId);
    const ref = (k: 'input' | 'output'): string | undefined => {
      const r = op[k] as { target?: unknown } | undefined;
      if (r === undefined) return undefined;
      if (typeof r.target !== 'string') throw new ModelError(opId, `its ${k} has no target`);
      if (r.target === `${API}Unit`) return undefined;
      const target = astOf(r.target, opId);
      if (target?.type !== 'structure') throw new ModelError(opId, `its ${k} ${r.target} is a ${target?.type ?? 'prelude shape'}, not a structure`);
      visit(r.target, opId);
      return r.target;
    };
    const input = ref('input');
    const output = ref('output');
    const errors = ((op.errors as ReadonlyArray<{ target: string }> | undefined) ?? []).map((e) => {
      visit(e.target, opId);
      return e.target;
    });
    operations.push({
      id: opId,
      name,
      ...(input === undefined ? {} : { input }),
      ...(output === undefined ? {} : { output }),
      errors,
      readonly: has(op.traits, 'readonly'),
    });
  }

  const byName = new Map<string, string>();
  for (const shape of shapes.values()) {
    if (shape.prelude) continue;
    const other = byName.get(shape.name);
    if (other !== undefined) throw new ModelError(shape.id, `has the same name as ${other} (shapes of two namespaces)`);
    byName.set(shape.name, shape.id);
  }

  const traits = serviceShape.traits;
  const protocols = PROTOCOLS.filter((p) => traits !== undefined && `aws.protocols#${p}` in traits);
  if (protocols.length !== 1) throw new ModelError(serviceId, `expected one protocol trait, found ${protocols.length === 0 ? 'none' : protocols.join(', ')}`);
  const aws = traits?.['aws.api#service'] as { cloudTrailEventSource?: string; sdkId?: string; arnNamespace?: string } | undefined;
  const title = get<string>(traits, 'title');
  const service: IrService = {
    id: serviceId,
    name: localName(serviceId),
    version: typeof serviceShape.version === 'string' ? serviceShape.version : '',
    ...(title === undefined ? {} : { title }),
    protocol: protocols[0] as Protocol,
    ...(aws?.cloudTrailEventSource === undefined ? {} : { eventSource: aws.cloudTrailEventSource }),
    ...(aws?.sdkId === undefined ? {} : { sdkId: aws.sdkId }),
    ...(aws?.arnNamespace === undefined ? {} : { arnNamespace: aws.arnNamespace }),
  };
  return { service, shapes, operations };
}

function checkEnumMember(where: string, m: AstMember, unit: string): void {
  if (m.target !== unit) throw new ModelError(where, `an enum member targets ${m.target}, not ${unit}`);
}

/** Every operation of a service, through its resources (recursively, lifecycle operations included), in name order. */
function operationsOf(shapes: Readonly<Record<string, AstShape>>, serviceId: string): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (id: string): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const shape = shapes[id];
    if (shape === undefined) throw new ModelError(id, 'is referenced by the service but not defined');
    const refs = (k: string): ReadonlyArray<{ target: string }> => {
      const v = shape[k];
      return v === undefined ? [] : Array.isArray(v) ? (v as Array<{ target: string }>) : [v as { target: string }];
    };
    for (const k of ['operations', 'collectionOperations', 'create', 'put', 'read', 'update', 'delete', 'list']) {
      for (const ref of refs(k)) {
        if (shapes[ref.target]?.type !== 'operation') throw new ModelError(id, `${k} names ${ref.target}, which is not an operation`);
        found.add(ref.target);
      }
    }
    for (const ref of refs('resources')) visit(ref.target);
  };
  visit(serviceId);
  const byName = (a: string, b: string): number => (localName(a) < localName(b) ? -1 : localName(a) > localName(b) ? 1 : 0);
  return [...found].sort(byName);
}
