// The ec2Query dialect: how CloudTrail writes EC2 payloads. EC2 is recorded
// in two forms, and the model says which for neither:
//
// - The legacy form, CloudTrail's own rendering of the XML API (most
//   operations, and all old ones): camel-case names, lists wrapped as
//   `{"items": [...]}`, and, in requests, lists of plain values written as
//   lists of one-member objects (`instancesSet: {items: [{instanceId}]}`).
//   Response names are the XML names (`xmlName`); request names are the query
//   names (`ec2QueryName`, else `xmlName`, else the member name) with their
//   first letter lowered, and request lists end in `Set`. Structures shared by
//   requests and responses (`IpPermission`, `BlockDeviceMapping`) are written
//   with their response names in both.
// - The wrapped form of operations served by EC2's newer front end: the
//   request is `{"<Input shape>": {...}}` with the query names as they are
//   (`{"DeleteFlowLogsRequest": {"FlowLogId": {"content": …, "tag": 1}}}`),
//   and the response `{"<Op>Response": {"xmlns": …, "requestId": …, …}}`
//   with the XML names. These come from the query string and from a generic
//   XML reading: a list of one is its item (a value as `{"content", "tag"}`),
//   a longer one an array, an empty one `""`; timestamps are ISO text.
//
// Each operation accepts both; the wrapped form is typed only where the
// config says (elsewhere it decodes untyped: structures keep the members
// they do not declare). Every request member is optional (the wrapped form
// leaves all the legacy members out, and the legacy form moves some:
// RunInstances' `imageId` sits in `instancesSet`). The rules below are the
// default; `Ec2Wire` (scripts/codegen/wire/ec2.ts) corrects them where the
// records show otherwise, with the records named. A list the wrapped form
// writes is untyped (`$d`): one item, an array or `""` is more than a table
// row can say.
//
// Synthetic shapes (same namespace, names checked against the model's):
// `<List>Set` `{items}` and `<List>ItemSet` `{item}` list wrappers;
// `<Name>Item` one-member items of request lists of values, in
// `<Name>ItemList`s wrapped as `<Name>ItemSet`; `<Shape>Query` and
// `<Shape>Xml` for the wrapped request and response forms; `<Op>Result` for
// responses that need one of their own; `EmptyElement`; and `XmlDateTime`,
// the timestamp of the wrapped forms (its wire form is set in the config).
import type { Dialect, Reason } from '../config.js';
import type { IrMember, IrModel, IrOperation, IrShape } from '../model.js';

/** How CloudTrail writes a list member. */
export type ListForm =
  /** `{"items": [...]}`; empty lists as `{}`. */
  | 'items'
  /** `{"item": [...]}`. */
  | 'item'
  /** A plain JSON array. */
  | 'array';

/** A correction of the dialect's rule for one member, keyed `Shape.Member` with model names. */
export interface MemberRule {
  /** The member's wire name. */
  readonly name?: string;
  /** How the list is written. */
  readonly list?: ListForm;
  /** For a list of plain values written as one-member objects: that member's name (`instancesSet` → `instanceId`). */
  readonly item?: string;
  /** The value is written as text (`"size": "100"`), or as an empty XML element (`{}`), not as the model's type. */
  readonly as?: 'text' | 'element';
  /** CloudTrail writes the profile's hidden text in its place. */
  readonly hidden?: true;
  /** A structure whose members CloudTrail writes in its owner, in its place (RunInstances' `placement`). */
  readonly lift?: true;
  readonly reason: Reason;
}

/** Request members CloudTrail gathers into one item of a list of its own (RunInstances' `instancesSet`). */
export interface GatherRule {
  /** The list's wire name. */
  readonly name: string;
  /** The synthetic shape of its items. */
  readonly shape: string;
  /** The model members it holds. */
  readonly members: readonly string[];
  readonly reason: Reason;
}

/** Request lists of values CloudTrail merges into one list of one-member objects (RunInstances' `groupSet`). */
export interface MergeRule {
  /** The synthetic shape of its items. */
  readonly shape: string;
  /** Model member (a list of values) → the name of its values in the items. */
  readonly members: Readonly<Record<string, string>>;
  readonly reason: Reason;
}

/** Where EC2's records depart from the dialect's rule. */
export interface Ec2Wire {
  /** By `Shape.Member`. */
  readonly members: Readonly<Record<string, MemberRule>>;
  /** By input shape. */
  readonly gathered: Readonly<Record<string, GatherRule>>;
  /** By `Shape.wireName` of the merged list. */
  readonly merged: Readonly<Record<string, MergeRule>>;
  /**
   * Operations whose wrapped form is typed, by name, with any other names of
   * their request wrapper. Other operations' records in that form decode
   * too (every legacy member is optional, and undeclared members are kept),
   * with the wrapper untyped: typing it for all 627 operations would double
   * the module for a form few records show.
   */
  readonly wrapped: Readonly<Record<string, { readonly names?: readonly string[]; readonly reason: Reason }>>;
  /** Families of operations (a fragment of their names: `TransitGateway`) whose wrapped form is typed. */
  readonly wrappedFamilies: Readonly<Record<string, Reason>>;
}

const STRING = 'smithy.api#String';
const BOOLEAN = 'smithy.api#Boolean';
const DOCUMENT = 'smithy.api#Document';
const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);
const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The timestamp of the wrapped forms; the config gives its wire form. */
export const XML_TIMESTAMP = 'XmlDateTime';

/** One correction of the rules, as the docs page lists departures: where, what, and the records that show it. */
export interface DialectNote {
  readonly key: string;
  readonly effect: string;
  readonly reason: Reason;
}

/** The ec2Query dialect, and its corrections as notes for the docs page. */
export interface Ec2QueryDialect extends Dialect {
  readonly notes: readonly DialectNote[];
}

const code = (s: string): string => `\`${s}\``;

/** The corrections of `wire`, in words. */
export function notesOf(wire: Ec2Wire): DialectNote[] {
  const notes: DialectNote[] = [];
  for (const [key, r] of Object.entries(wire.members)) {
    const effect = [
      r.name === undefined ? undefined : `named ${code(r.name)}`,
      r.list === 'item' ? 'a list as `{"item": [...]}`' : r.list === 'array' ? 'a list as a plain array' : undefined,
      r.item === undefined ? undefined : `items \`{"${r.item}": …}\``,
      r.as === 'text' ? 'a number written as text' : r.as === 'element' ? 'an empty element, `{}`' : undefined,
      r.hidden === true ? 'hidden: may hold the hidden text' : undefined,
      r.lift === true ? 'its members written in its place' : undefined,
    ].filter((x): x is string => x !== undefined);
    notes.push({ key, effect: effect.join('; '), reason: r.reason });
  }
  for (const [shape, r] of Object.entries(wire.gathered)) {
    notes.push({ key: shape, effect: `${r.members.map(code).join(', ')} gathered in the items of ${code(r.name)} (${code(r.shape)})`, reason: r.reason });
  }
  for (const [key, r] of Object.entries(wire.merged)) {
    notes.push({ key, effect: `${Object.keys(r.members).map(code).join(', ')} merged into one list of ${code(r.shape)}`, reason: r.reason });
  }
  for (const [op, r] of Object.entries(wire.wrapped)) {
    notes.push({ key: op, effect: `wrapped form typed${r.names === undefined ? '' : `; request wrapper also named ${r.names.map(code).join(', ')}`}`, reason: r.reason });
  }
  for (const [family, reason] of Object.entries(wire.wrappedFamilies)) notes.push({ key: `*${family}*`, effect: 'wrapped form typed', reason });
  return notes;
}

/** The dialect, with EC2's corrections. */
export function ec2Query(wire: Ec2Wire): Ec2QueryDialect {
  return {
    notes: notesOf(wire),
    name: 'ec2Query',
    summary:
      'each operation accepts the legacy form (camel-case names: `xmlName` in responses, the query name with its first letter lowered in requests; ' +
      'lists as `{"items": [...]}`, request lists named `…Set` and lists of values as one-member objects) and the wrapped form ' +
      '(`{"<Input>": {query names}}`, `{"<Op>Response": {xmlns, requestId, XML names}}`, lists untyped as they may be one item, an array or `""`, ' +
      'timestamps as ISO text); every request member is optional; responses carry `requestId`, and `_return` (the API\'s `<return>` flag) unless the operation only reads',
    apply: (ir) => new Transform(ir, wire).run(),
  };
}

type Context = 'request' | 'response';

class Transform {
  private readonly ns: string;
  private readonly out = new Map<string, IrShape>();
  private readonly names = new Set<string>();
  private readonly inputOnly = new Set<string>();
  /** Structures whose legacy form is made (in place), by `context|id`. */
  private readonly legacy = new Map<string, string>();
  private readonly wrapped = new Map<string, string>();
  private readonly wrappers = new Map<string, string>();
  private readonly used = new Set<string>();
  /** Shapes some shape holds (as a member, list item or map value). */
  private readonly nested = new Set<string>();
  /** Top-level inputs and outputs. */
  private readonly tops = new Set<string>();

  constructor(
    private readonly ir: IrModel,
    private readonly wire: Ec2Wire,
  ) {
    this.ns = ir.service.id.slice(0, ir.service.id.indexOf('#') + 1);
    for (const s of ir.shapes.values()) this.names.add(s.name);
    // The config's shape names are kept as given, so the config and the types agree.
    for (const rule of [...Object.values(wire.gathered), ...Object.values(wire.merged)]) {
      for (const name of [rule.shape, `${rule.shape}List`, `${rule.shape}Set`]) {
        if (this.names.has(name)) throw new Error(`ec2 wire: the shape ${name} exists already`);
        this.names.add(name);
      }
    }
    const ins = this.reach(ir.operations.flatMap((o) => (o.input === undefined ? [] : [o.input])));
    const outs = this.reach(ir.operations.flatMap((o) => (o.output === undefined ? [] : [o.output])));
    for (const id of ins) if (!outs.has(id)) this.inputOnly.add(id);
    for (const s of ir.shapes.values()) for (const m of [...s.members, s.item, s.value]) if (m !== undefined) this.nested.add(m.target);
    for (const o of ir.operations) for (const t of [o.input, o.output]) if (t !== undefined) this.tops.add(t);
    this.check();
  }

  run(): IrModel {
    for (const [id, s] of this.ir.shapes) if (s.prelude || s.kind !== 'structure') this.out.set(id, s);
    for (const p of ['String', 'Boolean', 'Document'] as const) this.prelude(p);
    if (this.names.has(XML_TIMESTAMP)) throw new Error(`ec2Query: the model has a shape ${XML_TIMESTAMP}`);
    this.names.add(XML_TIMESTAMP);
    this.synthetic(XML_TIMESTAMP, 'timestamp');
    const operations = this.ir.operations.map((op) => this.operation(op));
    for (const key of [...Object.keys(this.wire.members), ...Object.keys(this.wire.gathered), ...Object.keys(this.wire.merged), ...Object.keys(this.wire.wrapped), ...Object.keys(this.wire.wrappedFamilies)]) {
      if (!this.used.has(key)) throw new Error(`ec2 wire '${key}': the dialect never met it (stale?)`);
    }
    return { ...this.ir, shapes: this.out, operations };
  }

  // -------------------------------------------------------------------------
  // Model facts

  /** A prelude shape the model may not have reached, made as the reader makes them. */
  private prelude(name: 'String' | 'Boolean' | 'Document'): void {
    const id = `smithy.api#${name}`;
    if (this.out.has(id)) return;
    const kind = name === 'String' ? 'string' : name === 'Boolean' ? 'boolean' : 'document';
    this.out.set(id, { id, name, kind, type: kind, prelude: true, members: [], sensitive: false, streaming: false, constraints: {}, deprecated: false });
  }

  /** A shape as this transform made it. */
  private made(id: string): IrShape {
    const s = this.out.get(id);
    if (s === undefined) throw new Error(`ec2Query: no shape ${id} made`);
    return s;
  }

  /** A shape as the model has it (or a prelude or synthetic one). */
  private shapeOf(id: string): IrShape {
    const s = this.ir.shapes.get(id) ?? this.out.get(id);
    if (s === undefined) throw new Error(`ec2Query: no shape ${id}`);
    return s;
  }

  private reach(starts: readonly string[]): Set<string> {
    const seen = new Set<string>();
    const stack = [...starts];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (seen.has(id)) continue;
      seen.add(id);
      const s = this.shapeOf(id);
      for (const m of [...s.members, s.item, s.key, s.value]) if (m !== undefined) stack.push(m.target);
    }
    return seen;
  }

  /** Every config key must name a member, shape or operation of the model. */
  private check(): void {
    const byName = new Map<string, IrShape>();
    for (const s of this.ir.shapes.values()) if (!s.prelude) byName.set(s.name, s);
    const member = (key: string, what: string): IrMember => {
      const dot = key.indexOf('.');
      const m = byName.get(key.slice(0, dot))?.members.find((x) => x.name === key.slice(dot + 1));
      if (dot < 0 || m === undefined) throw new Error(`ec2 wire ${what} '${key}': the model has no such Shape.Member`);
      return m;
    };
    for (const [key, rule] of Object.entries(this.wire.members)) {
      const m = member(key, 'members');
      const target = this.shapeOf(m.target);
      if ((rule.list !== undefined || rule.item !== undefined) && target.kind !== 'list') throw new Error(`ec2 wire members '${key}': not a list`);
      if (rule.lift === true && target.kind !== 'structure') throw new Error(`ec2 wire members '${key}': only a structure's members can be lifted`);
      if (rule.as === 'text' && target.kind !== 'number') throw new Error(`ec2 wire members '${key}': only numbers are read as text`);
    }
    for (const [shape, rule] of Object.entries(this.wire.gathered)) for (const m of rule.members) member(`${shape}.${m}`, 'gathered');
    for (const [key, rule] of Object.entries(this.wire.merged)) {
      for (const m of Object.keys(rule.members)) {
        const target = this.shapeOf(member(`${key.slice(0, key.indexOf('.'))}.${m}`, 'merged').target);
        if (target.kind !== 'list' || this.isStructure(target.item?.target as string)) throw new Error(`ec2 wire merged '${key}': ${m} is not a list of values`);
      }
    }
    for (const op of Object.keys(this.wire.wrapped)) {
      if (!this.ir.operations.some((o) => o.name === op)) throw new Error(`ec2 wire wrapped '${op}': no such operation`);
    }
  }

  private isStructure(id: string): boolean {
    return this.shapeOf(id).kind === 'structure';
  }

  private fresh(base: string): string {
    let name = base;
    for (let i = 2; this.names.has(name); i++) name = `${base}${i}`;
    this.names.add(name);
    return name;
  }

  private add(shape: IrShape): string {
    this.out.set(shape.id, shape);
    return shape.id;
  }

  /** A synthetic shape; `name` is fresh (see {@link Transform.fresh}) or reserved in the constructor. */
  private synthetic(name: string, kind: 'structure' | 'list' | 'timestamp', parts: Partial<IrShape> = {}): string {
    const id = `${this.ns}${name}`;
    return this.add({ id, name, kind, type: kind, prelude: false, members: [], sensitive: false, streaming: false, constraints: {}, deprecated: false, addedBy: 'the ec2Query dialect', ...parts });
  }

  private structure(name: string, members: readonly IrMember[]): string {
    return this.synthetic(name, 'structure', { members });
  }

  private rule(owner: IrShape, m: IrMember): MemberRule | undefined {
    const key = `${owner.name}.${m.name}`;
    if (!hasOwn(this.wire.members, key)) return undefined;
    this.used.add(key);
    return this.wire.members[key];
  }

  // -------------------------------------------------------------------------
  // Operations

  private operation(op: IrOperation): IrOperation {
    const input = op.input === undefined ? undefined : this.input(op, op.input);
    const output = this.output(op);
    const { input: _i, output: _o, ...rest } = op;
    return { ...rest, ...(input === undefined ? {} : { input }), output };
  }

  /** Whether the operation's wrapped form is typed. */
  private typesWrapped(op: IrOperation): boolean {
    let yes = false;
    if (hasOwn(this.wire.wrapped, op.name)) {
      this.used.add(op.name);
      yes = true;
    }
    for (const family of Object.keys(this.wire.wrappedFamilies)) {
      if (op.name.includes(family)) {
        this.used.add(family);
        yes = true;
      }
    }
    return yes;
  }

  private input(op: IrOperation, id: string): string {
    const top = this.made(this.legacyOf(id));
    if (!this.typesWrapped(op)) return id;
    const query = this.wrappedOf(id, 'request');
    const names = [this.shapeOf(id).name, ...((hasOwn(this.wire.wrapped, op.name) ? this.wire.wrapped[op.name]?.names : undefined) ?? [])];
    const wrappers = names.map((n) => member(n, n, query));
    return this.add({ ...top, members: [...top.members, ...wrappers] });
  }

  /**
   * The operation's top-level response: its output in the legacy form (a
   * copy when the output is also nested elsewhere, or shared), with
   * `requestId` and the wrapped form; `<Op>Result` with `requestId` and
   * `_return` when the model has no output.
   */
  private output(op: IrOperation): string {
    const id = op.output;
    const own = id !== undefined && this.ownOutput(op, id);
    const wrapped = this.typesWrapped(op);
    let members: IrMember[];
    let xml: string | undefined;
    if (id === undefined) {
      members = [member('Return', '_return', BOOLEAN)];
      if (wrapped) xml = this.structure(this.fresh(`${op.name}ResultXml`), [...members, member('xmlns', 'xmlns', STRING), member('requestId', 'requestId', STRING)]);
    } else {
      members = [...this.made(this.legacyOf(id)).members];
      // Calls that change something answer `<return>true</return>` whether or not the model says so.
      if (!op.readonly && !members.some((m) => m.wireName === '_return')) members.push(member('Return', '_return', BOOLEAN));
      if (wrapped) xml = this.wrappedOf(id, 'response');
    }
    const all = [...members, member('requestId', 'requestId', STRING), ...(xml === undefined ? [] : [member(`${op.name}Response`, `${op.name}Response`, xml)])];
    if (own) {
      const legacy = this.made(this.legacyOf(id as string));
      return this.add({ ...legacy, members: all });
    }
    return this.structure(this.fresh(`${op.name}Result`), all);
  }

  private ownOutput(op: IrOperation, id: string): boolean {
    return !this.nested.has(id) && !this.ir.operations.some((o) => o !== op && o.output === id);
  }

  // -------------------------------------------------------------------------
  // The legacy form

  /** The legacy form of a structure: in place, with its members renamed and lists wrapped. */
  private legacyOf(id: string): string {
    const shape = this.shapeOf(id);
    if (shape.kind !== 'structure') return id;
    // A structure responses use too is written with its response names in requests as well.
    const ctx: Context = this.inputOnly.has(id) ? 'request' : 'response';
    const key = `${ctx}|${id}`;
    const done = this.legacy.get(key);
    if (done !== undefined) return done;
    this.legacy.set(key, id);
    const members: IrMember[] = [];
    const gather = ctx === 'request' && hasOwn(this.wire.gathered, shape.name) ? this.wire.gathered[shape.name] : undefined;
    if (gather !== undefined) this.used.add(shape.name);
    const merges = Object.entries(this.wire.merged).filter(([k]) => k.startsWith(`${shape.name}.`));
    for (const m of shape.members) {
      if (gather?.members.includes(m.name) === true) continue;
      if (merges.some(([, r]) => m.name in r.members)) continue;
      if (this.rule(shape, m)?.lift === true) {
        members.push(...this.made(this.legacyOf(m.target)).members.map((x) => ({ ...x, required: false })));
        continue;
      }
      members.push(this.legacyMember(shape, m, ctx));
    }
    if (gather !== undefined) {
      const items = gather.members.map((n) => this.legacyMember(shape, shape.members.find((m) => m.name === n) as IrMember, ctx));
      const item = this.structure(gather.shape, items);
      members.push(member(gather.name, gather.name, this.wrapper(this.list(item, `${gather.shape}List`, true), 'items', `${gather.shape}Set`, true)));
    }
    for (const [key, rule] of merges) {
      this.used.add(key);
      const items = Object.entries(rule.members).map(([n, itemName]) => {
        const list = this.shapeOf(shape.members.find((m) => m.name === n)?.target as string);
        return member(itemName, itemName, (list.item as IrMember).target);
      });
      const item = this.structure(rule.shape, items);
      const name = key.slice(key.indexOf('.') + 1);
      members.push(member(name, name, this.wrapper(this.list(item, `${rule.shape}List`, true), 'items', `${rule.shape}Set`, true)));
    }
    const seen = new Set<string>();
    for (const m of members) {
      if (seen.has(m.wireName)) throw new Error(`ec2Query: ${shape.name} has two members named ${m.wireName} on the wire`);
      seen.add(m.wireName);
    }
    this.out.set(id, { ...shape, members });
    return id;
  }

  private legacyMember(owner: IrShape, m: IrMember, ctx: Context): IrMember {
    const rule = this.rule(owner, m);
    const target = this.shapeOf(m.target);
    // Names the query API gave (upper-case `xmlName`s) are request names, in responses too.
    const queryNamed = ctx === 'request' || (m.xmlName !== undefined && /^[A-Z]/.test(m.xmlName));
    const base = queryNamed ? lowerFirst(m.ec2QueryName ?? m.xmlName ?? m.name) : lowerFirst(m.xmlName ?? m.ec2QueryName ?? m.name);
    const isList = target.kind === 'list';
    let wireName = rule?.name ?? (isList && queryNamed && !base.endsWith('Set') ? `${base}Set` : base);
    if (wireName === 'return') wireName = '_return';
    let to: string;
    if (rule?.as === 'text') to = STRING;
    else if (rule?.as === 'element') to = this.emptyElement();
    else if (isList) {
      const item = target.item as IrMember;
      const values = !this.isStructure(item.target);
      const form = rule?.list ?? 'items';
      // Plain arrays hold plain values; wrapped request lists hold one-member objects.
      const itemName = rule?.item ?? (values && queryNamed && form !== 'array' ? lowerFirst(m.ec2QueryName ?? m.xmlName ?? m.name) : undefined);
      const listId = itemName === undefined ? this.legacyList(target) : this.list(this.valueItem(itemName, item.target), `${upperFirst(itemName)}ItemList`);
      const stem = itemName === undefined ? target.name : `${upperFirst(itemName)}Item`;
      to = form === 'array' ? listId : this.wrapper(listId, form, `${stem}${form === 'items' ? 'Set' : 'ItemSet'}`);
    } else to = this.legacyOf(m.target);
    const required = ctx === 'request' ? false : m.required;
    const sensitive = m.sensitive || rule?.hidden === true;
    return { ...m, wireName, target: to, required, sensitive };
  }

  /** A list whose items are in the legacy form. */
  private legacyList(list: IrShape): string {
    this.legacyOf((list.item as IrMember).target);
    return list.id;
  }

  /** A new list of `item` (without the model list's length bounds, so that lists of the same items are one shape). */
  private list(item: string, name: string, reserved = false): string {
    const key = `list|${item}`;
    const done = this.wrappers.get(key);
    if (done !== undefined) return done;
    const id = this.synthetic(reserved ? name : this.fresh(name), 'list', { item: member('member', 'member', item) });
    this.wrappers.set(key, id);
    return id;
  }

  /** `{"items": list}` or `{"item": list}`, named `name`. */
  private wrapper(list: string, form: 'items' | 'item', name: string, reserved = false): string {
    const key = `${form}|${list}`;
    const done = this.wrappers.get(key);
    if (done !== undefined) return done;
    const id = this.structure(reserved ? name : this.fresh(name), [member(form, form, list)]);
    this.wrappers.set(key, id);
    return id;
  }

  /** `{"instanceId": …}`: an item of a request list of values. */
  private valueItem(name: string, valueShape: string): string {
    // Plain text needs no shape of its own: items of any such list share one.
    const v = this.shapeOf(valueShape);
    const plain = v.kind === 'string' && !v.sensitive && Object.keys(v.constraints).length === 0;
    const target = plain ? STRING : valueShape;
    const key = `value|${name}|${target}`;
    const done = this.wrappers.get(key);
    if (done !== undefined) return done;
    const id = this.structure(this.fresh(`${upperFirst(name)}Item`), [member(name, name, target)]);
    this.wrappers.set(key, id);
    return id;
  }

  /** An empty XML element, `{}`. */
  private emptyElement(): string {
    const done = this.wrappers.get('element');
    if (done !== undefined) return done;
    const id = this.structure(this.fresh('EmptyElement'), []);
    this.wrappers.set('element', id);
    return id;
  }

  // -------------------------------------------------------------------------
  // The wrapped form

  /**
   * The wrapped form of a structure: every member optional, requests by
   * their query names, responses by their XML names; lists and documents
   * untyped, timestamps ISO text. Top-level responses add `xmlns` and
   * `requestId`.
   */
  private wrappedOf(id: string, context: Context): string {
    const key = `${context}|${id}`;
    const done = this.wrapped.get(key);
    if (done !== undefined) return done;
    const shape = this.shapeOf(id);
    const n = this.fresh(`${shape.name}${context === 'request' ? 'Query' : 'Xml'}`);
    const newId = `${this.ns}${n}`;
    this.wrapped.set(key, newId);
    const members = shape.members.map((m) => {
      const rule = this.rule(shape, m);
      const target = this.shapeOf(m.target);
      const name =
        context === 'request'
          ? (m.ec2QueryName ?? (m.xmlName === undefined ? upperFirst(m.name) : upperFirst(m.xmlName)))
          : lowerFirst(m.xmlName ?? m.ec2QueryName ?? m.name);
      let to: string;
      if (target.kind === 'structure') to = this.wrappedOf(m.target, context);
      else if (target.kind === 'list' || target.kind === 'document' || rule?.as !== undefined) to = DOCUMENT;
      else if (target.kind === 'timestamp') to = `${this.ns}${XML_TIMESTAMP}`;
      else to = m.target;
      return { ...m, wireName: name === 'return' ? '_return' : name, target: to, required: false, sensitive: m.sensitive || rule?.hidden === true };
    });
    const extra = context === 'response' && this.tops.has(id) ? [member('xmlns', 'xmlns', STRING), member('requestId', 'requestId', STRING)] : [];
    this.structure(n, [...members, ...extra]);
    return newId;
  }
}

/** A synthetic member: optional, plain. */
function member(name: string, wireName: string, target: string): IrMember {
  return { name, wireName, target, required: false, sensitive: false, streaming: false, deprecated: false };
}
