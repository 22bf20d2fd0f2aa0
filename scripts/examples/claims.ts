// Value claims: the trailing comments of examples that state what a statement
// evaluates to (`codec.is(v); // true`). This file reads a comment into a claim
// and matches a claim against a value; docs/examples.md is the convention.
import { inspect } from 'node:util';
import ts from 'typescript';

/** What a claim states, as a pattern over values. */
export type Pattern =
  | { readonly kind: 'value'; readonly value: string | number | boolean | null | undefined }
  /** A string with `…` in it: each `…` stands for any run of characters. */
  | { readonly kind: 'glob'; readonly parts: readonly string[] }
  /** An array; a `…` element stands for any run of elements. */
  | { readonly kind: 'array'; readonly items: ReadonlyArray<Pattern | typeof GAP> }
  /** An object; with `open`, properties not named are allowed. */
  | { readonly kind: 'object'; readonly properties: ReadonlyMap<string, Pattern>; readonly open: boolean };

export const GAP = Symbol('…');

/** How a trailing comment reads. */
export type Comment =
  /** A claim: `// 39`, `// ['a', …]`, `// true: prose after a colon`. */
  | { readonly kind: 'claim'; readonly pattern: Pattern; readonly stated: string }
  /** Prose or a type: `// Date`, `// string | undefined`, `// the member that is set`. */
  | { readonly kind: 'note' }
  /** Starts like a value but is not one: `// 2, both with…`. The reader cannot tell, so neither can the check. */
  | { readonly kind: 'unclear'; readonly reason: string };

const ELLIPSIS = '…';
const GAP_NAME = '__gap__';

/** The comment with every `…` outside string quotes replaced by a name the parser accepts. */
function markGaps(text: string): string {
  let out = '';
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote !== undefined) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"' || c === '`') {
      quote = c;
      out += c;
    } else out += c === ELLIPSIS ? GAP_NAME : c;
  }
  return out;
}

/**
 * Index of the first `:` or `|` outside quotes and brackets, with which one it is.
 * A claim's value ends at a top-level colon; a top-level bar makes a union type.
 */
function topLevel(text: string): { readonly colon: number; readonly bar: number } {
  let depth = 0;
  let quote: string | undefined;
  let colon = -1;
  let bar = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote !== undefined) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '[' || c === '{' || c === '(') depth++;
    else if (c === ']' || c === '}' || c === ')') depth--;
    else if (depth === 0 && c === ':' && colon < 0) colon = i;
    else if (depth === 0 && c === '|' && bar < 0) bar = i;
  }
  return { colon, bar };
}

/** Whether a comment begins the way a value does: a quote, a digit, a bracket, a literal keyword, `right(`. */
function startsLikeValue(text: string): boolean {
  return /^(['"`[{]|-?\.?\d|(true|false|null|undefined|NaN|Infinity)\b|(right|left)\s*\()/.test(text);
}

function stringPattern(text: string): Pattern {
  return text.includes(ELLIPSIS) ? { kind: 'glob', parts: text.split(ELLIPSIS) } : { kind: 'value', value: text };
}

/** The pattern of a literal expression, or a reason it is not one. */
function patternOf(node: ts.Expression): Pattern | typeof GAP | string {
  if (ts.isParenthesizedExpression(node)) return patternOf(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return stringPattern(node.text);
  if (ts.isNumericLiteral(node)) return { kind: 'value', value: Number(node.text) };
  if (ts.isPrefixUnaryExpression(node) && (node.operator === ts.SyntaxKind.MinusToken || node.operator === ts.SyntaxKind.PlusToken)) {
    const inner = patternOf(node.operand);
    if (typeof inner === 'object' && inner.kind === 'value' && typeof inner.value === 'number') {
      return { kind: 'value', value: node.operator === ts.SyntaxKind.MinusToken ? -inner.value : inner.value };
    }
    return 'a sign applies to numbers only';
  }
  if (node.kind === ts.SyntaxKind.TrueKeyword) return { kind: 'value', value: true };
  if (node.kind === ts.SyntaxKind.FalseKeyword) return { kind: 'value', value: false };
  if (node.kind === ts.SyntaxKind.NullKeyword) return { kind: 'value', value: null };
  if (ts.isIdentifier(node)) {
    switch (node.text) {
      case 'undefined':
        return { kind: 'value', value: undefined };
      case 'NaN':
        return { kind: 'value', value: Number.NaN };
      case 'Infinity':
        return { kind: 'value', value: Number.POSITIVE_INFINITY };
      case GAP_NAME:
        return GAP;
      default:
        return `${node.text} is a name, not a value`;
    }
  }
  if (ts.isArrayLiteralExpression(node)) {
    const items: Array<Pattern | typeof GAP> = [];
    for (const element of node.elements) {
      const item = patternOf(element);
      if (typeof item === 'string') return item;
      items.push(item);
    }
    return { kind: 'array', items };
  }
  if (ts.isObjectLiteralExpression(node)) {
    const properties = new Map<string, Pattern>();
    let open = false;
    for (const property of node.properties) {
      if (ts.isShorthandPropertyAssignment(property) && property.name.text === GAP_NAME) {
        open = true;
        continue;
      }
      if (!ts.isPropertyAssignment(property)) return 'an object states its properties as `key: value`';
      const name = property.name;
      const key = ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) ? name.text : undefined;
      if (key === undefined) return 'an object key is a name, a string or a number';
      const value = patternOf(property.initializer);
      if (typeof value === 'string') return value;
      if (value === GAP) return '`…` stands for properties only on its own';
      properties.set(key, value);
    }
    return { kind: 'object', properties, open };
  }
  // right(x) and left(x): fp-ts's Either, as its constructors print it.
  if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && ['right', 'left'].includes(node.expression.text) && node.arguments.length === 1) {
    const tag = node.expression.text;
    const inner = patternOf(node.arguments[0] as ts.Expression);
    if (typeof inner === 'string') return inner;
    if (inner === GAP) return `${tag}(…) states nothing`;
    return {
      kind: 'object',
      open: false,
      properties: new Map<string, Pattern>([
        ['_tag', { kind: 'value', value: tag === 'right' ? 'Right' : 'Left' }],
        [tag, inner],
      ]),
    };
  }
  return `it is an expression (${ts.SyntaxKind[node.kind]}), not a literal`;
}

/** The pattern a text states when it is exactly one literal expression, or why it is not. */
export function parseLiteral(text: string): Pattern | string {
  const source = ts.createSourceFile('claim.ts', `(${markGaps(text)}\n);`, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const diagnostics = (source as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
  if (diagnostics.length > 0 || source.statements.length !== 1) return 'it does not parse as one expression';
  const statement = source.statements[0] as ts.Statement;
  if (!ts.isExpressionStatement(statement)) return 'it does not parse as one expression';
  const pattern = patternOf(statement.expression);
  if (pattern === GAP) return '`…` alone states nothing';
  return pattern;
}

/**
 * Reads a trailing comment (the text after `//`). A claim is a JS literal,
 * alone or followed by `: ` and prose. A note is anything that does not start
 * like a value, or a union type (`'A' | 'B'`, `null | undefined`). Anything
 * else is unclear.
 */
export function readComment(comment: string): Comment {
  const text = comment.trim();
  if (!startsLikeValue(text)) return { kind: 'note' };
  const { colon, bar } = topLevel(text);
  const stated = (colon < 0 ? text : text.slice(0, colon)).trim();
  const pattern = parseLiteral(stated);
  if (typeof pattern !== 'string') return { kind: 'claim', pattern, stated };
  if (bar >= 0 && (colon < 0 || bar < colon)) return { kind: 'note' };
  return {
    kind: 'unclear',
    reason: `${JSON.stringify(stated)} starts like a value but is not one (${pattern}); write \`<value>\` or \`<value>: <note>\`, or prose that does not start like a value`,
  };
}

function globMatches(parts: readonly string[], text: string): boolean {
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  if (!text.startsWith(first)) return false;
  let at = first.length;
  for (const part of parts.slice(1, -1)) {
    const found = text.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return text.length - at >= last.length && text.endsWith(last);
}

function arrayMatches(items: ReadonlyArray<Pattern | typeof GAP>, actual: readonly unknown[], i = 0, j = 0): boolean {
  // Backtracking over gaps; claims are a handful of items, so this stays small.
  for (; i < items.length; i++, j++) {
    const item = items[i];
    if (item === GAP) {
      for (let k = j; k <= actual.length; k++) if (arrayMatches(items, actual, i + 1, k)) return true;
      return false;
    }
    if (j >= actual.length || !matches(item as Pattern, actual[j])) return false;
  }
  return j === actual.length;
}

/**
 * Whether a value satisfies a claim. Primitives compare with `===`, except that
 * NaN matches NaN. Arrays match item by item. Objects match on their own
 * enumerable properties that are not `undefined`: the same keys, unless the
 * claim has `…`, and matching values. A class instance matches a literal with
 * the same properties.
 */
export function matches(pattern: Pattern, actual: unknown): boolean {
  switch (pattern.kind) {
    case 'value':
      return Number.isNaN(pattern.value) ? Number.isNaN(actual) : actual === pattern.value;
    case 'glob':
      return typeof actual === 'string' && globMatches(pattern.parts, actual);
    case 'array':
      return Array.isArray(actual) && arrayMatches(pattern.items, actual);
    case 'object': {
      if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return false;
      const record = actual as Record<string, unknown>;
      const keys = Object.keys(record).filter((key) => record[key] !== undefined);
      if (!pattern.open && keys.some((key) => !pattern.properties.has(key))) return false;
      for (const [key, value] of pattern.properties) {
        const own = Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
        if (!matches(value, own)) return false;
      }
      return true;
    }
  }
}

/** A value as the report shows it: like a literal, on one line, bounded. */
export function showValue(value: unknown): string {
  return inspect(value, { depth: 4, breakLength: Number.POSITIVE_INFINITY, maxArrayLength: 20, maxStringLength: 400 });
}
