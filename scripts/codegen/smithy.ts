// The parts of the Smithy 2.0 JSON AST the generator reads.

export interface ShapeRef {
  readonly target: string;
}

export interface MemberShape extends ShapeRef {
  readonly traits?: Readonly<Record<string, unknown>>;
}

export interface Shape {
  readonly type: string;
  readonly traits?: Readonly<Record<string, unknown>>;
  readonly members?: Readonly<Record<string, MemberShape>>;
  readonly member?: MemberShape;
  readonly key?: MemberShape;
  readonly value?: MemberShape;
  readonly input?: ShapeRef;
  readonly output?: ShapeRef;
  readonly errors?: readonly ShapeRef[];
  readonly operations?: readonly ShapeRef[];
  readonly resources?: readonly ShapeRef[];
  readonly version?: string;
  readonly [lifecycle: string]: unknown;
}

export interface SmithyModel {
  readonly smithy: string;
  readonly shapes: Readonly<Record<string, Shape>>;
}

/** `com.amazonaws.appmesh#MeshSpec` → `MeshSpec`. */
export function localName(id: string): string {
  const i = id.indexOf('#');
  return i < 0 ? id : id.slice(i + 1);
}

export function trait<T = unknown>(shape: { readonly traits?: Readonly<Record<string, unknown>> }, name: string): T | undefined {
  return shape.traits?.[`smithy.api#${name}`] as T | undefined;
}

export function hasTrait(shape: { readonly traits?: Readonly<Record<string, unknown>> }, name: string): boolean {
  return shape.traits !== undefined && `smithy.api#${name}` in shape.traits;
}

/** The simple types of the Smithy prelude, by their type name. */
export const PRELUDE: Readonly<Record<string, string>> = {
  'smithy.api#String': 'string',
  'smithy.api#Boolean': 'boolean',
  'smithy.api#PrimitiveBoolean': 'boolean',
  'smithy.api#Byte': 'byte',
  'smithy.api#Short': 'short',
  'smithy.api#Integer': 'integer',
  'smithy.api#PrimitiveInteger': 'integer',
  'smithy.api#Long': 'long',
  'smithy.api#PrimitiveLong': 'long',
  'smithy.api#Float': 'float',
  'smithy.api#Double': 'double',
  'smithy.api#BigInteger': 'bigInteger',
  'smithy.api#BigDecimal': 'bigDecimal',
  'smithy.api#Timestamp': 'timestamp',
  'smithy.api#Blob': 'blob',
  'smithy.api#Document': 'document',
  'smithy.api#Unit': 'structure',
};

/** The type of a shape id, for the model's own shapes and the prelude. */
export function typeOf(model: SmithyModel, id: string): string {
  const prelude = PRELUDE[id];
  if (prelude !== undefined) return prelude;
  const shape = model.shapes[id];
  if (shape === undefined) throw new Error(`The model has no shape ${id}`);
  return shape.type;
}

/** Every operation of a service, through its resources, in name order. */
export function operationsOf(model: SmithyModel, serviceId: string): string[] {
  const found = new Set<string>();
  const visit = (id: string): void => {
    const shape = model.shapes[id];
    if (shape === undefined) return;
    for (const ref of shape.operations ?? []) found.add(ref.target);
    for (const key of ['create', 'put', 'read', 'update', 'delete', 'list']) {
      const ref = shape[key] as ShapeRef | undefined;
      if (ref !== undefined) found.add(ref.target);
    }
    for (const ref of shape.resources ?? []) visit(ref.target);
  };
  visit(serviceId);
  return [...found].sort((a, b) => localName(a).localeCompare(localName(b)));
}
