// TypeScript identifiers for the shapes that get a named type (structures,
// unions, enums). A shape named `X` takes two names, `X` and `XJson` (its wire
// form), both as a type and as a value. Names are PascalCase (first letter
// upper-cased, the rest kept: `accessKeySecretType` → `AccessKeySecretType`),
// and must not clash with:
// - JavaScript globals and TypeScript's utility types (`Object`, `Error`,
//   `Date`, `Record`, …): generated code writes `Date`, and a consumer who
//   imports a shape must not lose the global;
// - the names the generator makes for operations and the service
//   (`<Op>Event`, `<Op>Succeeded`, `STSEvent`, `stsService`, …);
// - each other: `dateType` becomes `DateType`, which another shape may already be.
// A shape whose name is taken gets the suffix `Shape` (then `Shape2`, …).
// Shapes already in PascalCase choose first, in name order, so a rename never
// depends on the order of the model file.

/**
 * The ECMAScript globals (ES2022) and TypeScript's global utility types. DOM
 * and Node globals are left out: they are not in every consumer's scope, and
 * model names such as `Event` and `Request` would otherwise all be renamed.
 */
export const GLOBAL_NAMES: ReadonlySet<string> = new Set([
  // ECMAScript values and namespaces
  'AggregateError',
  'Array',
  'ArrayBuffer',
  'Atomics',
  'BigInt',
  'BigInt64Array',
  'BigUint64Array',
  'Boolean',
  'DataView',
  'Date',
  'Error',
  'EvalError',
  'FinalizationRegistry',
  'Float32Array',
  'Float64Array',
  'Function',
  'Infinity',
  'Int16Array',
  'Int32Array',
  'Int8Array',
  'Intl',
  'JSON',
  'Map',
  'Math',
  'NaN',
  'Number',
  'Object',
  'Promise',
  'Proxy',
  'RangeError',
  'ReferenceError',
  'Reflect',
  'RegExp',
  'Set',
  'SharedArrayBuffer',
  'String',
  'Symbol',
  'SyntaxError',
  'TypeError',
  'URIError',
  'Uint16Array',
  'Uint32Array',
  'Uint8Array',
  'Uint8ClampedArray',
  'WeakMap',
  'WeakRef',
  'WeakSet',
  // TypeScript's global types
  'ArrayLike',
  'AsyncGenerator',
  'AsyncIterable',
  'AsyncIterableIterator',
  'AsyncIterator',
  'Awaited',
  'Capitalize',
  'ConcatArray',
  'ConstructorParameters',
  'Exclude',
  'Extract',
  'Generator',
  'InstanceType',
  'Iterable',
  'IterableIterator',
  'Iterator',
  'IteratorResult',
  'Lowercase',
  'NoInfer',
  'NonNullable',
  'Omit',
  'OmitThisParameter',
  'Parameters',
  'Partial',
  'Pick',
  'PromiseLike',
  'PropertyKey',
  'Readonly',
  'ReadonlyArray',
  'ReadonlyMap',
  'ReadonlySet',
  'Record',
  'Required',
  'ReturnType',
  'TemplateStringsArray',
  'ThisParameterType',
  'ThisType',
  'Uncapitalize',
  'Uppercase',
]);

/** JavaScript reserved words and TypeScript's predefined type names; only names that do not start upper-case can meet them. */
const RESERVED: ReadonlySet<string> = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in ' +
    'instanceof new null return super switch this throw true try typeof var void while with as implements interface let package private ' +
    'protected public static yield await any unknown never number bigint boolean string symbol object undefined type of satisfies keyof ' +
    'infer is asserts readonly unique declare abstract constructor get set module namespace require global arguments eval'
  ).split(' '),
);

/** Why a shape's TypeScript name is not its model name. */
export type RenameReason =
  /** Only the first letter was upper-cased. */
  | 'case'
  /** The name is a JavaScript global or a TypeScript utility type. */
  | 'global'
  /** The name is one the generator makes for an operation or the service. */
  | 'generated'
  /** Another shape has (or upper-cases to) the same name, or its `…Json` form. */
  | 'clash';

export interface Rename {
  /** The model's shape name. */
  readonly shape: string;
  /** Its TypeScript name. */
  readonly name: string;
  readonly reason: RenameReason;
}

export interface Names {
  /** TypeScript name by model shape name. */
  readonly byShape: ReadonlyMap<string, string>;
  /** Every shape whose TypeScript name differs from its model name, in model name order. */
  readonly renames: readonly Rename[];
}

const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Names for the shapes `shapes` (model names) that must stay clear of
 * `generated` (the names made for operations and the service, types and
 * values alike).
 */
export function assignNames(shapes: Iterable<string>, generated: ReadonlySet<string>): Names {
  const all = [...new Set(shapes)];
  const pascal = all.filter((s) => upperFirst(s) === s).sort(byCodeUnits);
  const others = all.filter((s) => upperFirst(s) !== s).sort(byCodeUnits);
  const taken = new Set<string>();
  const byShape = new Map<string, string>();
  const renames: Rename[] = [];
  const blockedBy = (name: string): RenameReason | undefined => {
    for (const n of [name, `${name}Json`]) {
      if (GLOBAL_NAMES.has(n) || RESERVED.has(n)) return 'global';
      if (generated.has(n)) return 'generated';
      if (taken.has(n)) return 'clash';
    }
    return undefined;
  };
  for (const shape of [...pascal, ...others]) {
    const wanted = upperFirst(shape);
    let name = wanted;
    const reason = blockedBy(wanted);
    if (reason !== undefined) {
      for (let i = 1; ; i++) {
        name = `${wanted}Shape${i === 1 ? '' : i}`;
        if (blockedBy(name) === undefined) break;
      }
    }
    taken.add(name);
    taken.add(`${name}Json`);
    byShape.set(shape, name);
    if (name !== shape) renames.push({ shape, name, reason: reason ?? 'case' });
  }
  renames.sort((a, b) => byCodeUnits(a.shape, b.shape));
  return { byShape, renames };
}

/** Names events.ts imports from the kit or gives its shapes module; a generated name must not be one. */
const EVENTS_IMPORTS: ReadonlySet<string> = new Set([
  'S',
  'HasError',
  'defineService',
  'OperationEventC',
  'ServiceDescriptor',
  'ServiceEventC',
  'SucceededCall',
  'SucceededCallJson',
  'FailedCall',
  'FailedCallJson',
  'DepartedCall',
  'DepartedCallJson',
  'UnknownOperationCall',
  'UnknownOperationCallJson',
]);

/** What the generator names for one service, besides shapes. */
export interface GeneratedNames {
  /** Per operation: `<Op>Event`, `<Op>Succeeded`, `<Op>Failed` and their `…Json` forms. */
  readonly operation: (op: string) => { event: string; succeeded: string; failed: string };
  readonly eventCodec: string;
  readonly eventStrict: string;
  readonly eventName: string;
  readonly succeededCall: string;
  readonly failedCall: string;
  readonly departed: string;
  readonly unknownOperation: string;
  readonly operations: string;
  readonly service: string;
  readonly table: string;
  readonly isSucceeded: string;
  readonly isFailed: string;
  /** Every name above and the service events' codecs, with the `…Json` forms, for {@link assignNames}. Throws when two of them are equal. */
  readonly all: ReadonlySet<string>;
}

/** The names made for a service with these operations and config names. */
export function generatedNames(
  operations: readonly string[],
  config: {
    readonly eventCodec: string;
    readonly callName: string;
    readonly prefix: string;
    readonly serviceEvents?: Readonly<Record<string, { readonly codec: string }>>;
  },
): GeneratedNames {
  const C = config.callName;
  const base = {
    operation: (op: string) => ({ event: `${op}Event`, succeeded: `${op}Succeeded`, failed: `${op}Failed` }),
    eventCodec: config.eventCodec,
    eventStrict: `${config.eventCodec}Strict`,
    eventName: `${C}EventName`,
    succeededCall: `${C}SucceededCall`,
    failedCall: `${C}FailedCall`,
    departed: `${C}Departed`,
    unknownOperation: `${C}UnknownOperation`,
    operations: `${C}Operations`,
    service: `${config.prefix}Service`,
    table: `${config.prefix}Table`,
    isSucceeded: `isSucceeded${C}Call`,
    isFailed: `isFailed${C}Call`,
  };
  const list: string[] = [];
  const withJson = (n: string): void => {
    list.push(n, `${n}Json`);
  };
  for (const op of operations) for (const n of Object.values(base.operation(op))) withJson(n);
  for (const n of [base.eventCodec, base.succeededCall, base.failedCall, base.departed, base.unknownOperation]) withJson(n);
  // Hand-written service events are imported under their own names.
  for (const e of Object.values(config.serviceEvents ?? {})) withJson(e.codec);
  list.push(base.eventStrict, base.eventName, base.operations, base.service, base.table, base.isSucceeded, base.isFailed);
  const all = new Set<string>();
  for (const n of list) {
    if (all.has(n)) throw new Error(`the generated name ${n} is made twice: change the config's eventCodec/callName/prefix`);
    if (GLOBAL_NAMES.has(n)) throw new Error(`the generated name ${n} is a JavaScript/TypeScript global`);
    if (EVENTS_IMPORTS.has(n)) throw new Error(`the generated name ${n} is a name events.ts imports from the kit`);
    all.add(n);
  }
  return { ...base, all };
}
