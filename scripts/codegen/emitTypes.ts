// Plan → src/services/<name>/generated/shapes.ts and events.ts: the types of
// the table's shapes and of the service's events, and lazy codec handles.
//
// Types are written out (interfaces and unions of named types), never
// computed with mapped or conditional types over the table: a consumer's
// type-check then costs one small interface per shape it touches. Lists and
// maps have no names of their own; members write them inline (`Tag[]`,
// `{ [key: string]: string }`). Codec values are handles that the kit builds
// on first use, so importing a service builds nothing.
import type { Scalar, ShapeRow, TimestampForm } from '../../src/service-kit/table.js';
import { generatedDir } from './emitTable.js';
import { inputRequired, type ServicePlan } from './plan.js';
import { header, key, str, type GeneratedFile } from './text.js';

const HIDDEN = 'HIDDEN_DUE_TO_SECURITY_REASONS';

/** Kit names shapes.ts imports, under `$` aliases: no shape name has a `$`, so a shape named `JsonValue` or `Hidden` cannot clash. */
const SHAPE_IMPORTS = {
  $Json: ['../../../core/JsonValue.js', 'JsonValue', 'type'],
  $Obj: ['../../../core/JsonValue.js', 'JsonObject', 'type'],
  $Enum: ['../../../core/openEnum.js', 'OpenEnum', 'type'],
  $EnumC: ['../../../core/openEnum.js', 'OpenEnumC', 'type'],
  $enum: ['../../../service-kit/shapes.js', 'enumCodec', 'value'],
  $shape: ['../../../service-kit/shapes.js', 'shapeCodec', 'value'],
  $C: ['../../../service-kit/shapes.js', 'ShapeC', 'type'],
  $Hidden: ['../../../service-kit/types.js', 'Hidden', 'type'],
} as const;
type ShapeImport = keyof typeof SHAPE_IMPORTS;


/** Reads rows as TypeScript types. */
class TypeWriter {
  readonly used = new Set<ShapeImport>();
  /** Rows whose wire form differs from the decoded form (they reach a timestamp). */
  private readonly differs = new Set<string>();

  constructor(private readonly plan: ServicePlan) {
    const shapes = plan.table.shapes;
    const targets = (row: ShapeRow): string[] =>
      's' in row ? Object.values(row.s) : 'u' in row ? Object.values(row.u) : 'l' in row ? [row.l] : 'm' in row ? [row.m[1]] : 'p' in row ? [row.p] : [];
    const bare = (t: string): string => t.replace(/^[!#]+/, '');
    // A row differs when a target is a timestamp or a row that differs: walk
    // back from the rows that hold a timestamp, along the edges reversed.
    const usedBy = new Map<string, string[]>();
    const pending: string[] = [];
    for (const [name, row] of Object.entries(shapes)) {
      for (const t of targets(row).map(bare)) {
        if (t === '$t') pending.push(name);
        else {
          const users = usedBy.get(t);
          if (users === undefined) usedBy.set(t, [name]);
          else users.push(name);
        }
      }
    }
    while (pending.length > 0) {
      const name = pending.pop() as string;
      if (this.differs.has(name)) continue;
      this.differs.add(name);
      pending.push(...(usedBy.get(name) ?? []));
    }
  }

  use(name: ShapeImport): string {
    this.used.add(name);
    return name;
  }

  /** True when the wire form of the named row differs. */
  rowDiffers(name: string): boolean {
    return this.differs.has(name);
  }

  private timestamp(form: TimestampForm, json: boolean): string {
    if (!json) return 'Date';
    return form === 'epoch-seconds' || form === 'epoch-millis' ? 'number' : 'string';
  }

  private scalar(token: Scalar, json: boolean, form?: TimestampForm): string {
    switch (token) {
      case '$s':
      case '$B':
        return 'string';
      case '$n':
        return 'number';
      case '$b':
        return 'boolean';
      case '$t':
        return this.timestamp(form ?? this.plan.table.profile.timestamps, json);
      case '$d':
        return this.use('$Json');
      case '$u':
        return this.use('$Obj');
    }
  }

  /** The type of a member or item target (flags included). */
  target(flagged: string, json: boolean, depth = 0): string {
    const sensitive = flagged.includes('#');
    const t = flagged.replace(/^[!#]+/, '');
    const type = this.bare(t, json, depth);
    const hidden = this.plan.table.profile.hidden;
    if (!sensitive || hidden === undefined || this.isText(t)) return type;
    return `${type} | ${hidden === HIDDEN ? this.use('$Hidden') : str(hidden)}`;
  }

  /** Text already admits the hidden text. */
  private isText(t: string): boolean {
    if (t === '$s' || t === '$B') return true;
    const row = this.plan.table.shapes[t];
    return row !== undefined && ('e' in row || ('p' in row && (row.p === '$s' || row.p === '$B')));
  }

  private bare(t: string, json: boolean, depth: number): string {
    if (t.startsWith('$')) return this.scalar(t as Scalar, json);
    const row = this.plan.table.shapes[t];
    if (row === undefined) throw new Error(`${this.plan.config.name}: the table has no row ${t}`);
    // Smithy recursion passes through structures and unions, which are named; inline lists and maps cannot recurse.
    if (depth > 64) throw new Error(`${this.plan.config.name}: ${t} nests lists and maps too deeply to write inline`);
    if ('s' in row || 'u' in row) {
      const name = this.name(t);
      return json ? `${name}Json` : name;
    }
    if ('e' in row) return this.name(t);
    if ('p' in row) return this.scalar(row.p, json, row.t);
    if ('l' in row) {
      const item = this.target(row.l, json, depth + 1);
      const list = /[ |&]/.test(item) ? `(${item})[]` : `${item}[]`;
      return row.one === 1 ? `${item} | ${list}` : list;
    }
    return `{ [key: string]: ${this.target(row.m[1], json, depth + 1)} }`;
  }

  name(shape: string): string {
    const n = this.plan.names.byShape.get(shape);
    if (n === undefined) throw new Error(`${this.plan.config.name}: ${shape} has no TypeScript name`);
    return n;
  }
}

/** `{ a: A; b?: B }`, members on one line. */
function members(w: TypeWriter, row: { readonly [wire: string]: string }, json: boolean): string {
  const parts = Object.entries(row).map(([m, t]) => `${key(m)}${t.startsWith('!') ? '' : '?'}: ${w.target(t, json)}`);
  return parts.length === 0 ? '{}' : `{ ${parts.join('; ')} }`;
}

/**
 * A union as the kit's `exactlyOne` decodes it: one member set and the others
 * absent, or (as CloudTrail may cut a payload short) none set.
 */
function unionType(w: TypeWriter, row: { readonly [wire: string]: string }, json: boolean): string {
  const names = Object.keys(row);
  const variant = (set: string | undefined): string =>
    `{ ${names.map((m) => (m === set ? `${key(m)}: ${w.target(row[m] as string, json)}` : `${key(m)}?: never`)).join('; ')} }`;
  return [...names.map(variant), variant(undefined)].join(' | ');
}

function kindWord(row: ShapeRow): string {
  return 's' in row ? 'structure' : 'u' in row ? 'union' : 'enumeration';
}

/** The TypeScript type of a member target (flags included), for docs. */
export function describeTarget(plan: ServicePlan, flagged: string): string {
  return writerOf(plan).target(flagged, false);
}

const writers = new WeakMap<ServicePlan, TypeWriter>();
/** One writer per plan for reading types (the import set it records is not used). */
function writerOf(plan: ServicePlan): TypeWriter {
  let w = writers.get(plan);
  if (w === undefined) {
    w = new TypeWriter(plan);
    writers.set(plan, w);
  }
  return w;
}

export function emitShapes(plan: ServicePlan): GeneratedFile {
  const w = new TypeWriter(plan);
  const body: string[] = [];
  const addedBy = new Map<string, string>();
  for (const s of plan.ir.shapes.values()) if (s.addedBy !== undefined) addedBy.set(s.name, s.addedBy);
  for (const shape of plan.named) {
    const row = plan.table.shapes[shape] as ShapeRow;
    const name = w.name(shape);
    const origin = name === shape ? `\`${shape}\`` : `\`${shape}\` (renamed)`;
    const by = addedBy.get(shape);
    body.push(by === undefined ? `/** The model's ${kindWord(row)} ${origin}. */` : `/** The ${kindWord(row)} ${origin}, which ${by} adds to the model. */`);
    if ('e' in row) {
      const known = row.e.map(str).join(' | ');
      body.push(`export type ${name} = ${w.use('$Enum')}<${known}>;`);
      body.push(`export const ${name}: ${w.use('$EnumC')}<${known}> = ${w.use('$enum')}($table, ${str(shape)});`);
      continue;
    }
    const write = (json: boolean): string => ('s' in row ? members(w, row.s, json) : unionType(w, (row as { u: Record<string, string> }).u, json));
    // Wire forms are type aliases, not interfaces: only an alias of an object
    // type is assignable to JSON's index-signature types (JsonObject,
    // CloudTrailRecordJson), which is where wire values are handed on.
    const differs = w.rowDiffers(shape);
    if ('s' in row && differs) body.push(`export interface ${name} ${write(false)}`);
    else body.push(`export type ${name} = ${write(false)};`);
    body.push(`/** The wire form of {@link ${name}}. */`);
    if (!differs) body.push(`export type ${name}Json = ${name};`);
    else body.push(`export type ${name}Json = ${write(true)};`);
    body.push(`export const ${name}: ${w.use('$C')}<${name}, ${name}Json> = ${w.use('$shape')}($table, ${str(shape)});`);
  }
  const imports = new Map<string, { values: string[]; types: string[] }>();
  for (const alias of [...w.used].sort()) {
    const [module, name, kind] = SHAPE_IMPORTS[alias];
    const entry = imports.get(module) ?? { values: [], types: [] };
    (kind === 'value' ? entry.values : entry.types).push(`${name} as ${alias}`);
    imports.set(module, entry);
  }
  const importLines = [...imports.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([module, { values, types }]) =>
      values.length === 0
        ? `import type { ${types.join(', ')} } from '${module}';`
        : `import { ${[...values, ...types.map((t) => `type ${t}`)].join(', ')} } from '${module}';`,
    );
  const tableImport = body.length === 0 ? [] : [`import { ${plan.generated.table} as $table } from './table.js';`];
  const content = [
    header(plan, `Types of the ${plan.ir.service.sdkId ?? plan.config.name} shapes, and their codecs (built from the table on first use).`),
    ...importLines,
    ...tableImport,
    '',
    ...body,
    '',
  ].join('\n');
  return { path: `${generatedDir(plan.config.name)}/shapes.ts`, content };
}

export function emitEvents(plan: ServicePlan): GeneratedFile {
  const w = new TypeWriter(plan);
  const g = plan.generated;
  const source = str(plan.table.eventSource);
  const sdk = plan.ir.service.sdkId ?? plan.config.name;
  const aliasesOf = new Map<string, string[]>();
  for (const [alias, op] of Object.entries(plan.table.aliases)) aliasesOf.set(op, [...(aliasesOf.get(op) ?? []), alias]);
  const shapeType = (shape: string, json: boolean): string => `S.${w.name(shape)}${json ? 'Json' : ''}`;

  const ops: string[] = [];
  const rows: string[] = [];
  const eventNames: string[] = [];
  // A versioned service's names, apart: the literal ones and the API-version templates (see the departed type).
  const listedNames: string[] = [];
  const versionedNames: string[] = [];
  const variants: Array<{ succeeded: string; failed: string }> = [];
  for (const [op, row] of Object.entries(plan.table.operations)) {
    const n = g.operation(op);
    // A versioned service's operation also owns any API version after its name.
    const versioned = plan.table.profile.versioned === 1 ? ['`' + op + '${number}`', '`' + op + '${number}v${number}`'] : [];
    const names = [...[op, ...(aliasesOf.get(op) ?? [])].map(str), ...versioned].join(' | ');
    const extraShape = plan.table.profile.additionalEventData;
    const extra = (json: boolean): string => (extraShape === undefined ? '' : `; additionalEventData?: ${shapeType(extraShape, json)} | null`);
    const request = (json: boolean): string =>
      row.i === undefined ? 'requestParameters?: null' : inputRequired(plan, op) ? `requestParameters: ${shapeType(row.i, json)}` : `requestParameters?: ${shapeType(row.i, json)} | null`;
    const response = (json: boolean): string =>
      row.o === undefined ? 'responseElements?: null' : row.r === 1 ? `responseElements: ${shapeType(row.o, json)}` : `responseElements?: ${shapeType(row.o, json)} | null`;
    const input = (json: boolean): string => (row.i === undefined ? 'null' : shapeType(row.i, json));
    const output = (json: boolean): string => (row.o === undefined ? 'null' : shapeType(row.o, json));
    ops.push(
      `/** A successful \`${op}\` call. */`,
      `export interface ${n.succeeded} extends SucceededCall<${source}, ${names}> { ${request(false)}; ${response(false)}${extra(false)} }`,
      `/** The wire form of {@link ${n.succeeded}}. */`,
      `export interface ${n.succeeded}Json extends SucceededCallJson<${source}, ${names}> { ${request(true)}; ${response(true)}${extra(true)} }`,
      `/** A failed \`${op}\` call. */`,
      `export type ${n.failed} = FailedCall<${source}, ${names}, ${input(false)}>;`,
      `/** The wire form of {@link ${n.failed}}. */`,
      `export type ${n.failed}Json = FailedCallJson<${source}, ${names}, ${input(true)}>;`,
      `/** Any \`${op}\` call, successful or failed. */`,
      `export type ${n.event} = ${n.succeeded} | ${n.failed};`,
      `/** The wire form of {@link ${n.event}}. */`,
      `export type ${n.event}Json = ${n.succeeded}Json | ${n.failed}Json;`,
      `export const ${n.event}: OperationEventC<${n.event}, ${n.event}Json> = ${g.service}.operation(${str(op)});`,
    );
    rows.push(
      `  ${key(op)}: { readonly names: ${names}; readonly input: ${input(false)}; readonly inputJson: ${input(true)}; readonly output: ${output(false)}; readonly outputJson: ${output(true)} };`,
    );
    eventNames.push(names);
    listedNames.push(...[op, ...(aliasesOf.get(op) ?? [])].map(str));
    versionedNames.push(...versioned);
    variants.push(n);
  }
  const union = (pick: (v: { succeeded: string; failed: string }) => string): string => (variants.length === 0 ? 'never' : variants.map(pick).join(' | '));
  // Hand-written service events: their names, codecs and types join the service's.
  const extra = plan.serviceEvents;
  for (const e of extra) eventNames.push(str(e.name));
  for (const e of extra) listedNames.push(str(e.name));
  // TypeScript narrows a union on `e.eventName === '…'` only when some member
  // of it has literal names alone (or a single template). Every operation of a
  // versioned service also owns templates, so its departed type is split in
  // two: one member with the listed names, one with the API-version templates.
  const departed = (json: boolean): string => {
    const call = `DepartedCall${json ? 'Json' : ''}`;
    return versionedNames.length === 0
      ? `${call}<${source}, ${g.eventName}>`
      : `${call}<${source}, ${listedNames.join(' | ')}> | ${call}<${source}, ${versionedNames.join(' | ')}>`;
  };
  const extraTypes = (json: boolean): string => extra.map((e) => `${e.codec}${json ? 'Json' : ''} | `).join('');
  const options = [`name: ${str(g.eventCodec)}`];
  if (extra.length > 0) options.push(`events: { ${extra.map((e) => `${key(e.name)}: ${e.codec}`).join(', ')} }`);
  const content = [
    header(plan, `The CloudTrail events of ${plan.table.eventSource}: one succeeded and one failed variant per operation, the service's event codec and guards.`),
    `import type { HasError } from '../../../record/callEvents.js';`,
    `import type { DecodeResult } from '../../../errors/DecodeResult.js';`,
    `import { defineService, type OperationEventC, type ServiceDescriptor, type ServiceEventC } from '../../../service-kit/serviceEvent.js';`,
    `import type { DepartedCall, DepartedCallJson, FailedCall, FailedCallJson, SucceededCall, SucceededCallJson, UnknownOperationCall, UnknownOperationCallJson } from '../../../service-kit/types.js';`,
    ...extra.map((e) => `import { ${e.codec}, type ${e.codec}Json } from '../${e.module}.js';`),
    ...(plan.named.length === 0 ? [] : [`import type * as S from './shapes.js';`]),
    `import { ${g.table} } from './table.js';`,
    '',
    `/** Every operation of ${sdk}: its event names, payload types and variants. */`,
    `export interface ${g.operations} {`,
    ...rows,
    '}',
    `/** Every event name of ${sdk}: its operations and their aliases${extra.length > 0 ? ', and its service events' : ''}. */`,
    `export type ${g.eventName} = ${eventNames.length === 0 ? 'never' : eventNames.join(' | ')};`,
    `/** A successful call of any ${sdk} operation. */`,
    `export type ${g.succeededCall} = ${union((v) => v.succeeded)};`,
    `/** The wire form of {@link ${g.succeededCall}}. */`,
    `export type ${g.succeededCall}Json = ${union((v) => `${v.succeeded}Json`)};`,
    `/** A failed call of any ${sdk} operation. */`,
    `export type ${g.failedCall} = ${union((v) => v.failed)};`,
    `/** The wire form of {@link ${g.failedCall}}. */`,
    `export type ${g.failedCall}Json = ${union((v) => `${v.failed}Json`)};`,
    `/** A call of a known operation whose payloads depart from the model; the departures are under the kit's \`departures\` key. */`,
    `export type ${g.departed} = ${departed(false)};`,
    `/** The wire form of {@link ${g.departed}}. */`,
    `export type ${g.departed}Json = ${departed(true)};`,
    `/** A record of ${plan.table.eventSource} whose event name is no operation of this model. */`,
    `export type ${g.unknownOperation} = UnknownOperationCall<${source}, ${str(g.eventName)}>;`,
    `/** The wire form of {@link ${g.unknownOperation}}. */`,
    `export type ${g.unknownOperation}Json = UnknownOperationCallJson<${source}>;`,
    `/** Any record of ${plan.table.eventSource}. */`,
    `export type ${g.eventCodec} = ${g.succeededCall} | ${g.failedCall} | ${extraTypes(false)}${g.departed} | ${g.unknownOperation};`,
    `/** The wire form of {@link ${g.eventCodec}}. */`,
    `export type ${g.eventCodec}Json = ${g.succeededCall}Json | ${g.failedCall}Json | ${extraTypes(true)}${g.departed}Json | ${g.unknownOperation}Json;`,
    `/** The ${sdk} service: its event source, event names, operations and codecs. */`,
    `export const ${g.service}: ServiceDescriptor<${g.eventCodec}, ${g.eventCodec}Json, ${g.operations}> = defineService(${g.table}, { ${options.join(', ')} });`,
    `/** The codec of {@link ${g.eventCodec}}: records whose payloads depart from the model decode to {@link ${g.departed}}. */`,
    `export const ${g.eventCodec}: ServiceEventC<${g.eventCodec}, ${g.eventCodec}Json> = ${g.service}.codec;`,
    `/** The strict codec of {@link ${g.eventCodec}}: a payload that departs from the model is an error. */`,
    `export const ${g.eventStrict}: ServiceEventC<${g.eventCodec}, ${g.eventCodec}Json> = ${g.service}.strict;`,
    `/** Decodes any record of ${plan.table.eventSource} with {@link ${g.eventCodec}}: the event, or a DecodeError with every issue and its path. Never throws. */`,
    `export const decode${g.eventCodec}: (value: unknown) => DecodeResult<${g.eventCodec}> = ${g.service}.decode;`,
    `/** As {@link decode${g.eventCodec}}, but throws the DecodeError. */`,
    `export const decode${g.eventCodec}OrThrow: (value: unknown) => ${g.eventCodec} = ${g.service}.decodeOrThrow;`,
    `/** True for a successful call of a known operation. */`,
    `export const ${g.isSucceeded}: <E extends ${g.eventCodec}>(e: E) => e is Extract<E, SucceededCall<string, string>> = ${g.service}.isSucceeded;`,
    `/** True for a failed call of a known operation. */`,
    `export const ${g.isFailed}: <E extends ${g.eventCodec}>(e: E) => e is Extract<E, HasError> = ${g.service}.isFailed;`,
    '',
    ...ops,
    '',
  ].join('\n');
  return { path: `${generatedDir(plan.config.name)}/events.ts`, content };
}
