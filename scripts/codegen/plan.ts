// One service's plan: its model read (model.ts) and its config applied. The
// plan holds the service table as a value — exactly what emitTable.ts writes —
// and the facts the type and docs emitters read beside it: TypeScript names,
// the config's departures from the model, and which inputs are required.
//
// The config is checked against the model: an entry that names a shape or
// member the model lacks, or that changes nothing, throws, so a config cannot
// silently go stale when the model moves.
import type { Constraints, OperationRow, Scalar, ServiceTable, ShapeRow, TimestampForm } from '../../src/service-kit/table.js';
import type { ServiceConfig } from './config.js';
import { ModelError, readModel, type HttpBinding, type IrMember, type IrModel, type IrShape, type Protocol } from './model.js';
import { assignNames, generatedNames, type GeneratedNames, type Names } from './names.js';

/** Protocols whose CloudTrail member names a {@link ServiceConfig.memberNames} rule describes. */
const NAMED_BY_RULE: readonly Protocol[] = ['awsQuery', 'awsJson1_0', 'awsJson1_1', 'restJson1'];

/**
 * restJson1 bindings CloudTrail is known to flatten into one object: a
 * request's path labels, query members and body side by side, and a
 * response's payload member under its own name (App Mesh: `responseElements.mesh`).
 * No record yet shows where headers, a map of all query parameters or a
 * status code go, so a model that binds one refuses to plan.
 */
const FLATTENED: readonly (HttpBinding | undefined)[] = [undefined, 'label', 'query', 'payload'];

/** One place where the config says the wire departs from the model. */
export interface Departure {
  readonly kind: 'required' | 'optional' | 'recordedResponse' | 'response' | 'nullRequest' | 'timestampForm' | 'alias' | 'serviceEvent' | 'versionedNames' | 'additionalEventData' | 'dialect';
  /** `Shape.member`, a shape, an operation or an event name, as the config keys it. */
  readonly key: string;
  readonly reason: string;
  /** What changed, in words: `required on the wire`, `written as iso`, … */
  readonly effect: string;
}

export interface ServicePlan {
  readonly config: ServiceConfig;
  readonly ir: IrModel;
  /** The table the generated `table.ts` holds. */
  readonly table: ServiceTable;
  /** Shape rows with a TypeScript type of their own (structures, unions, enums), in name order. */
  readonly named: readonly string[];
  readonly names: Names;
  readonly generated: GeneratedNames;
  readonly departures: readonly Departure[];
  /** Model `@timestampFormat`s (of a member or its target) that the wire profile overrides, by `Shape.member`: CloudTrail writes its own dialect. */
  readonly modelTimestampFormats: ReadonlyArray<{ readonly key: string; readonly format: string }>;
  /** Comments for table rows, by row name: the departures that touch the row. */
  readonly rowNotes: ReadonlyMap<string, readonly string[]>;
  /** Operations whose output has no member: CloudTrail has no response to write, and records `null`. */
  readonly emptyOutputs: readonly string[];
  /** The config's service events, by event name. */
  readonly serviceEvents: ReadonlyArray<{ readonly name: string; readonly module: string; readonly codec: string }>;
}

export interface PlanOptions {
  /**
   * Plan a service whose protocol has wire names no config rule describes
   * (restXml, ec2Query), or whose restJson1 model binds members to HTTP
   * headers; for size measurements only.
   */
  readonly anyProtocol?: boolean;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const TOKENS: Readonly<Partial<Record<IrShape['kind'], Scalar>>> = {
  string: '$s',
  blob: '$B',
  boolean: '$b',
  number: '$n',
  intEnum: '$n',
  timestamp: '$t',
  document: '$d',
  unit: '$u',
};

/** Reads the model of `config` and applies the config. Throws {@link ModelError} or `Error` on what it cannot express. */
export function planService(modelJson: unknown, config: ServiceConfig, options: PlanOptions = {}): ServicePlan {
  const read = readModel(modelJson, { memberNames: config.memberNames });
  const ir = withResponses(config.dialect === undefined ? read : config.dialect.apply(read, config), config);
  const { service } = ir;
  if (!options.anyProtocol && config.dialect === undefined && !NAMED_BY_RULE.includes(service.protocol)) {
    throw new ModelError(service.id, `protocol ${service.protocol}: CloudTrail's member names come from xmlName/ec2QueryName there, which ServiceConfig.memberNames cannot express: give the config a dialect (scripts/codegen/dialects/)`);
  }
  const eventSource = service.eventSource;
  if (eventSource === undefined) throw new ModelError(service.id, 'has no aws.api#service cloudTrailEventSource');

  const shapeByName = new Map<string, IrShape>();
  for (const s of ir.shapes.values()) if (!s.prelude) shapeByName.set(s.name, s);
  const wire = config.wire ?? {};
  const departures: Departure[] = [];
  const rowNotes = new Map<string, string[]>();
  const note = (row: string, text: string): void => {
    const list = rowNotes.get(row) ?? [];
    list.push(text);
    rowNotes.set(row, list);
  };

  // Config keys `Shape.member` resolve to a member of a structure (or union).
  const memberOf = (key: string, what: string): { shape: IrShape; member: IrMember } => {
    const dot = key.indexOf('.');
    const shape = dot < 0 ? undefined : shapeByName.get(key.slice(0, dot));
    const member = shape?.members.find((m) => m.name === key.slice(dot + 1));
    if (shape === undefined || member === undefined) throw new Error(`${config.name} config ${what} '${key}': the model has no such Shape.member`);
    return { shape, member };
  };
  const required = new Map<string, string>();
  const optional = new Map<string, string>();
  for (const [key, reason] of Object.entries(wire.required ?? {})) {
    const { member } = memberOf(key, 'wire.required');
    if (member.required) throw new Error(`${config.name} config wire.required '${key}': the model already requires it`);
    if (member.sensitive) throw new Error(`${config.name} config wire.required '${key}': the member is sensitive, which CloudTrail may leave out`);
    if (member.streaming) throw new Error(`${config.name} config wire.required '${key}': the member is a stream, which CloudTrail does not record`);
    required.set(key, reason);
  }
  for (const [key, reason] of Object.entries(wire.optional ?? {})) {
    const { member } = memberOf(key, 'wire.optional');
    if (!member.required) throw new Error(`${config.name} config wire.optional '${key}': the model does not require it`);
    if (member.sensitive || member.streaming) throw new Error(`${config.name} config wire.optional '${key}': ${member.sensitive ? 'sensitive members' : 'streams'} are never required on the wire`);
    optional.set(key, reason);
  }
  const memberForms = new Map<string, { form: TimestampForm; reason: string }>();
  const shapeForms = new Map<string, { form: TimestampForm; reason: string }>();
  for (const [key, value] of Object.entries(wire.timestampForms ?? {})) {
    if (key.includes('.')) {
      const { member } = memberOf(key, 'wire.timestampForms');
      if (ir.shapes.get(member.target)?.kind !== 'timestamp') throw new Error(`${config.name} config wire.timestampForms '${key}': not a timestamp member`);
      memberForms.set(key, value);
    } else {
      if (shapeByName.get(key)?.kind !== 'timestamp') throw new Error(`${config.name} config wire.timestampForms '${key}': the model has no such timestamp shape`);
      shapeForms.set(key, value);
    }
    if (value.form === config.timestamps) throw new Error(`${config.name} config wire.timestampForms '${key}': ${value.form} is already the service's form`);
  }

  // Rows for every shape reachable from operation inputs and outputs.
  const shapes: Record<string, ShapeRow> = {};
  const used = new Set<string>();
  const modelTimestampFormats: Array<{ key: string; format: string }> = [];
  const queue: IrShape[] = [];
  const refShape = (id: string): string => {
    const shape = ir.shapes.get(id) as IrShape;
    const row = rowOf(shape);
    if (row === undefined) return TOKENS[shape.kind] as Scalar;
    if (!used.has(shape.name)) {
      used.add(shape.name);
      queue.push(shape);
    }
    return shape.name;
  };
  /** A shape's row, or undefined when a scalar token says it all. */
  const rowOf = (shape: IrShape): ShapeRow | 'pending' | undefined => {
    if (shape.prelude) return undefined;
    switch (shape.kind) {
      case 'structure':
      case 'union':
      case 'list':
      case 'map':
      case 'enum':
        return 'pending';
      default: {
        const c = constraints(shape);
        const form = shapeForms.get(shape.name);
        if (c === undefined && form === undefined) return undefined;
        return { p: TOKENS[shape.kind] as Scalar, ...(c === undefined ? {} : { c }), ...(form === undefined ? {} : { t: form.form }) };
      }
    }
  };
  const flagsOf = (owner: IrShape, m: IrMember): string => {
    const key = `${owner.name}.${m.name}`;
    if (m.sensitive) return '#';
    // CloudTrail records no stream bodies or events.
    if (m.streaming) return '';
    const req = owner.kind === 'structure' && ((m.required && !optional.has(key)) || required.has(key));
    return req ? '!' : '';
  };
  const targetOf = (owner: IrShape, m: IrMember): string => {
    if (m.streaming) return '$d';
    const key = `${owner.name}.${m.name}`;
    const form = memberForms.get(key);
    if (form !== undefined) {
      shapes[key] = { p: '$t', t: form.form };
      return key;
    }
    if (m.timestampFormat !== undefined) modelTimestampFormats.push({ key, format: m.timestampFormat });
    return refShape(m.target);
  };
  const itemOf = (owner: IrShape, m: IrMember): string => (m.sensitive ? '#' : '') + targetOf(owner, m);

  const operations: Record<string, OperationRow> = {};
  const emptyOutputs: string[] = [];
  for (const op of ir.operations) {
    const row: { i?: string; o?: string; r?: 1; n?: 1 } = {};
    if (op.input !== undefined) row.i = refShape(op.input);
    if (op.output !== undefined) {
      if ((ir.shapes.get(op.output) as IrShape).members.length === 0) emptyOutputs.push(op.name);
      else row.o = refShape(op.output);
    }
    if (service.protocol === 'restJson1' && !options.anyProtocol) {
      for (const id of [op.input, op.output]) {
        const bound = id === undefined ? undefined : (ir.shapes.get(id) as IrShape).members.find((m) => !FLATTENED.includes(m.httpBinding));
        if (bound !== undefined) {
          throw new ModelError(`${id as string}$${bound.name}`, `bound to @http${bound.httpBinding?.charAt(0).toUpperCase()}${bound.httpBinding?.slice(1)}, which no record shows CloudTrail writing; confirm where it goes and teach plan.ts`);
        }
      }
    }
    operations[op.name] = row;
  }
  for (const [name, { members, reason }] of Object.entries(wire.responses ?? {})) {
    departures.push({ kind: 'response', key: name, reason, effect: `\`responseElements\` may be \`{ ${Object.keys(members).join(', ')} }\` (the model has no output)` });
  }
  for (const [name, reason] of Object.entries(wire.recordedResponses ?? {})) {
    const row = operations[name] as { r?: 1; o?: string } | undefined;
    if (row === undefined) throw new Error(`${config.name} config wire.recordedResponses '${name}': no such operation`);
    if (row.o === undefined) throw new Error(`${config.name} config wire.recordedResponses '${name}': the operation has no output${emptyOutputs.includes(name) ? ' with members' : ''}`);
    row.r = 1;
    departures.push({ kind: 'recordedResponse', key: name, reason, effect: '`responseElements` always set on success' });
  }

  let additionalEventData: string | undefined;
  if (config.additionalEventData !== undefined) {
    const { shape, reason } = config.additionalEventData;
    const found = shapeByName.get(shape);
    if (found === undefined || found.kind !== 'structure') throw new Error(`${config.name} config additionalEventData '${shape}': no structure of that name in the model (or the dialect's)`);
    additionalEventData = refShape(found.id);
    departures.push({ kind: 'additionalEventData', key: shape, reason, effect: '`additionalEventData` of successful calls typed' });
  }
  for (const n of config.dialect?.notes ?? []) departures.push({ kind: 'dialect', key: n.key, reason: n.reason, effect: n.effect });
  if (config.versionedEventNames !== undefined) {
    departures.push({ kind: 'versionedNames', key: '(event names)', reason: config.versionedEventNames, effect: 'an operation name followed by an API version (`20150331`, `20150331v2`) is that operation' });
  }

  for (let next = 0; next < queue.length; next++) {
    const shape = queue[next] as IrShape;
    const own = rowOf(shape);
    if (own !== 'pending') {
      if (own !== undefined) shapes[shape.name] = own;
      continue;
    }
    const c = constraints(shape);
    const withC = c === undefined ? {} : { c };
    switch (shape.kind) {
      case 'structure':
      case 'union': {
        const members: Record<string, string> = {};
        for (const m of shape.members) members[m.wireName] = flagsOf(shape, m) + targetOf(shape, m);
        shapes[shape.name] = shape.kind === 'structure' ? { s: members } : { u: members };
        break;
      }
      case 'list':
        shapes[shape.name] = { l: itemOf(shape, shape.item as IrMember), ...withC, ...(shape.itemAlone === true ? { one: 1 } : {}) };
        break;
      case 'map':
        shapes[shape.name] = { m: [targetOf(shape, shape.key as IrMember), itemOf(shape, shape.value as IrMember)], ...withC };
        break;
      case 'enum':
        shapes[shape.name] = { e: shape.values as string[] };
        break;
    }
  }

  // Every config key must touch a shape the table holds.
  for (const [key, reason] of required) {
    const shape = key.slice(0, key.indexOf('.'));
    if (shapes[shape] === undefined) throw new Error(`${config.name} config wire.required '${key}': ${shape} is not reachable from any operation`);
    departures.push({ kind: 'required', key, reason, effect: 'required on the wire (optional in the model)' });
    note(shape, `${key.slice(key.indexOf('.') + 1)} required on the wire: ${reason}`);
  }
  for (const [key, reason] of optional) {
    const shape = key.slice(0, key.indexOf('.'));
    if (shapes[shape] === undefined) throw new Error(`${config.name} config wire.optional '${key}': ${shape} is not reachable from any operation`);
    departures.push({ kind: 'optional', key, reason, effect: 'optional on the wire (required in the model)' });
    note(shape, `${key.slice(key.indexOf('.') + 1)} optional on the wire: ${reason}`);
  }
  for (const [key, { form, reason }] of [...memberForms, ...shapeForms]) {
    if (shapes[key] === undefined && shapes[key.slice(0, key.indexOf('.'))] === undefined) {
      throw new Error(`${config.name} config wire.timestampForms '${key}': not reachable from any operation`);
    }
    departures.push({ kind: 'timestampForm', key, reason, effect: `written as ${form}` });
    note(key.includes('.') ? key.slice(0, key.indexOf('.')) : key, `${key} written as ${form}: ${reason}`);
  }
  for (const [name, reason] of Object.entries(wire.nullRequests ?? {})) {
    const row = operations[name] as { i?: string; n?: 1 } | undefined;
    if (row === undefined) throw new Error(`${config.name} config wire.nullRequests '${name}': no such operation`);
    const input = row.i === undefined ? undefined : shapes[row.i];
    if (input === undefined || !('s' in input) || !Object.values(input.s).some((t) => t.startsWith('!'))) {
      throw new Error(`${config.name} config wire.nullRequests '${name}': the input has no member required on the wire, so a null request is already typed`);
    }
    row.n = 1;
    departures.push({ kind: 'nullRequest', key: name, reason, effect: '`requestParameters` may be `null`' });
  }
  const aliases: Record<string, string> = {};
  for (const [eventName, op] of Object.entries(config.aliases ?? {}).sort((a, b) => byCodeUnits(a[0], b[0]))) {
    if (operations[op] === undefined) throw new Error(`${config.name} config alias '${eventName}': no operation ${op}`);
    if (operations[eventName] !== undefined) throw new Error(`${config.name} config alias '${eventName}': that is an operation's own name`);
    aliases[eventName] = op;
    departures.push({ kind: 'alias', key: eventName, reason: `recorded for ${op}`, effect: `event name of ${op}` });
  }

  const serviceEvents: Array<{ name: string; module: string; codec: string }> = [];
  for (const [name, event] of Object.entries(config.serviceEvents ?? {}).sort((a, b) => byCodeUnits(a[0], b[0]))) {
    if (operations[name] !== undefined || aliases[name] !== undefined) throw new Error(`${config.name} config serviceEvents '${name}': that is an operation's or alias's name`);
    if (!/^[A-Za-z][\w-]*$/.test(event.module)) throw new Error(`${config.name} config serviceEvents '${name}': module '${event.module}' is not a file name of src/services/${config.name}/`);
    if (!/^[A-Z]\w*$/.test(event.codec)) throw new Error(`${config.name} config serviceEvents '${name}': codec '${event.codec}' is not a type name`);
    serviceEvents.push({ name, module: event.module, codec: event.codec });
    departures.push({ kind: 'serviceEvent', key: name, reason: event.reason, effect: `a service event, decoded by \`${event.codec}\`` });
  }

  const sortedShapes: Record<string, ShapeRow> = {};
  for (const k of Object.keys(shapes).sort(byCodeUnits)) sortedShapes[k] = shapes[k] as ShapeRow;
  const table: ServiceTable = {
    name: config.name,
    eventSource,
    profile: {
      timestamps: config.timestamps,
      ...(config.hidden === undefined ? {} : { hidden: config.hidden }),
      ...(config.versionedEventNames === undefined ? {} : { versioned: 1 as const }),
      ...(additionalEventData === undefined ? {} : { additionalEventData }),
    },
    shapes: sortedShapes,
    operations,
    aliases,
  };
  const named = Object.keys(sortedShapes).filter((k) => {
    const row = sortedShapes[k] as ShapeRow;
    return 's' in row || 'u' in row || 'e' in row;
  });
  const generated = generatedNames(
    ir.operations.map((o) => o.name),
    config,
  );
  const names = assignNames(named, generated.all);
  departures.sort((a, b) => byCodeUnits(a.kind, b.kind) || byCodeUnits(a.key, b.key));
  modelTimestampFormats.sort((a, b) => byCodeUnits(a.key, b.key));
  const dedup = modelTimestampFormats.filter((f, i) => i === 0 || f.key !== modelTimestampFormats[i - 1]?.key);
  return { config, ir, table, named, names, generated, departures, modelTimestampFormats: dedup, rowNotes, emptyOutputs, serviceEvents };
}

function constraints(shape: IrShape): Constraints | undefined {
  const { len, range, pattern, unique } = shape.constraints;
  if (len === undefined && range === undefined && pattern === undefined && unique === undefined) return undefined;
  return {
    ...(len === undefined ? {} : { len }),
    ...(range === undefined ? {} : { range }),
    ...(pattern === undefined ? {} : { pattern }),
    ...(unique === undefined ? {} : { unique: 1 as const }),
  };
}

/** True when the operation's input has a member required on the wire (so `requestParameters` is never absent), and no record writes it null. */
export function inputRequired(plan: ServicePlan, op: string): boolean {
  const row = plan.table.operations[op];
  const i = row?.i;
  if (i === undefined || row?.n === 1) return false;
  const shape = plan.table.shapes[i];
  return shape !== undefined && 's' in shape && Object.values(shape.s).some((t) => t.startsWith('!'));
}

/**
 * The model with the responses of `config.wire.responses`: each operation
 * named there, which must have no output (or one without members), gets a
 * structure `<Operation>Response` of the members listed, each optional.
 */
function withResponses(ir: IrModel, config: ServiceConfig): IrModel {
  const responses = config.wire?.responses;
  if (responses === undefined) return ir;
  const shapes = new Map(ir.shapes);
  const byName = new Map<string, IrShape>();
  for (const s of ir.shapes.values()) if (!s.prelude) byName.set(s.name, s);
  const ns = ir.service.id.slice(0, ir.service.id.indexOf('#'));
  const outputs = new Map<string, string>();
  for (const [name, { members }] of Object.entries(responses)) {
    const what = `${config.name} config wire.responses '${name}'`;
    const op = ir.operations.find((o) => o.name === name);
    if (op === undefined) throw new Error(`${what}: no such operation`);
    // An output without members is given them; otherwise a structure is added.
    const empty = op.output === undefined ? undefined : (ir.shapes.get(op.output) as IrShape);
    if (empty !== undefined && empty.members.length > 0) throw new Error(`${what}: the model gives the operation an output; name its members in wire.required or wire.optional instead`);
    // Members given to an output the operation shares would reach the others too.
    const sharing = empty === undefined ? [] : ir.operations.filter((o) => o.output === empty.id && o.name !== name).map((o) => o.name);
    if (sharing.length > 0) throw new Error(`${what}: its output ${empty?.name} is also the output of ${sharing.join(', ')}`);
    const id = empty?.id ?? `${ns}#${name}Response`;
    if (empty === undefined && (shapes.has(id) || byName.has(`${name}Response`))) throw new Error(`${what}: the model already has a shape ${name}Response`);
    const irMembers: IrMember[] = Object.entries(members).map(([wireName, target]) => {
      const shape = byName.get(target);
      if (shape === undefined) throw new Error(`${what}: member ${wireName}: the model has no shape ${target}`);
      return { name: wireName, wireName, target: shape.id, required: false, sensitive: false, streaming: false, deprecated: false };
    });
    if (irMembers.length === 0) throw new Error(`${what}: no members`);
    shapes.set(
      id,
      empty !== undefined
        ? { ...empty, members: irMembers, addedBy: 'the config (wire.responses)' }
        : { id, name: `${name}Response`, kind: 'structure', type: 'structure', prelude: false, members: irMembers, sensitive: false, streaming: false, constraints: {}, deprecated: false, addedBy: 'the config (wire.responses)' },
    );
    outputs.set(name, id);
  }
  return {
    ...ir,
    shapes,
    operations: ir.operations.map((o) => {
      const output = outputs.get(o.name);
      return output === undefined ? o : { ...o, output };
    }),
  };
}
