// Runs the examples that state values. Each example with at least one value
// claim (see claims.ts and docs/examples.md) and no `declare` is rewritten so
// that every claimed expression passes through a probe, transpiled to a
// CommonJS function body, and run in this process against the sources (the
// package specifiers are mapped to src/, as for the compile step).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { matches, readComment, showValue, type Pattern } from './claims.js';

/** A piece of example code, as scripts/check-examples.ts collects them. */
export interface RunnableSnippet {
  readonly file: string;
  readonly label?: string;
  readonly code: string;
  /** 1-based line in `file` of each line of `code`. */
  readonly lines?: readonly number[];
}

/** One value claim of one example. */
export interface ClaimSite {
  readonly file: string;
  /** Line in `file`. */
  readonly line: number;
  /** The statement (or declaration) the claim is about, on one line. */
  readonly code: string;
  /** The value as the comment states it. */
  readonly stated: string;
}

/** A claim that did not hold, or an example that could not be checked. */
export interface RunFailure {
  readonly file: string;
  readonly line: number;
  readonly label?: string;
  readonly code: string;
  /** The stated value; for a comment that is neither a claim nor a note, the comment. */
  readonly expected: string;
  /** What happened: the value as it is, `never evaluated`, `threw …`, `unclear comment: …`. */
  readonly actual: string;
}

export interface RunReport {
  /** Snippets looked at. */
  readonly snippets: number;
  /** Snippets run: they have a claim and no `declare`. */
  readonly run: number;
  /** Snippets with claims that were not run, because they `declare` their inputs. */
  readonly declared: number;
  /** Claims checked: each once, however often its statement ran. */
  readonly asserted: readonly ClaimSite[];
  /** Claims in snippets that were not run: compiled only. */
  readonly unchecked: readonly ClaimSite[];
  readonly failures: readonly RunFailure[];
}

interface Site extends ClaimSite {
  readonly pattern: Pattern;
  readonly label?: string;
}

interface Prepared {
  readonly snippet: RunnableSnippet;
  readonly sites: readonly Site[];
  readonly unclear: readonly RunFailure[];
  readonly declares: boolean;
  /** Modules the snippet imports. */
  readonly imports: readonly string[];
  /** The instrumented code, before transpiling. */
  readonly instrumented: string;
}

const PROBE = '__claim';

function lineOf(snippet: RunnableSnippet, codeLine: number): number {
  const lines = snippet.lines ?? [];
  return lines[Math.min(codeLine, lines.length - 1)] ?? codeLine + 1;
}

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim();

/** `console.log(x); // 3` states what is printed: the claim is about `x`. */
function printed(expression: ts.Expression): ts.Expression {
  const callee = ts.isCallExpression(expression) ? expression.expression : undefined;
  const [only, ...rest] = ts.isCallExpression(expression) ? expression.arguments : [];
  const isConsoleLog =
    callee !== undefined && ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'console' && callee.name.text === 'log';
  return isConsoleLog && only !== undefined && rest.length === 0 && !ts.isSpreadElement(only) ? only : expression;
}

/** The expression a claim at the end of this statement is about, if the statement can carry one. */
function claimedExpression(statement: ts.Statement): ts.Expression | string | undefined {
  if (ts.isExpressionStatement(statement)) return printed(statement.expression);
  if (ts.isVariableStatement(statement)) {
    const declarations = statement.declarationList.declarations;
    const only = declarations[0];
    if (declarations.length !== 1 || only === undefined || !ts.isIdentifier(only.name) || only.initializer === undefined) {
      return 'a declaration carries a claim only when it declares one name with a value';
    }
    return only.initializer;
  }
  return undefined;
}

/** Every comment of a source file, once, in order. */
function commentsOf(source: ts.SourceFile): ts.CommentRange[] {
  const text = source.text;
  const seen = new Map<number, ts.CommentRange>();
  const add = (ranges: ts.CommentRange[] | undefined): void => {
    for (const range of ranges ?? []) seen.set(range.pos, range);
  };
  // Through every token, punctuation included (getChildren, not forEachChild):
  // a comment after `,` or before `}` sits next to no node but a token.
  const visit = (node: ts.Node): void => {
    add(ts.getLeadingCommentRanges(text, node.pos));
    add(ts.getTrailingCommentRanges(text, node.end));
    for (const child of node.getChildren(source)) visit(child);
  };
  visit(source);
  return [...seen.values()].sort((a, b) => a.pos - b.pos);
}

function importsOf(source: ts.SourceFile): string[] {
  const found = new Set<string>();
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier !== undefined && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly === true : node.isTypeOnly;
      if (!typeOnly) found.add(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument !== undefined && ts.isStringLiteral(argument)) found.add(argument.text);
    }
    node.forEachChild(visit);
  };
  visit(source);
  return [...found];
}

const hasDeclare = (node: ts.Node): boolean =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.DeclareKeyword);

/** A line with code and then `//`: only such snippets can hold a claim, and only they are parsed. */
const TRAILING_COMMENT = /\S[^\n]*\/\//;

/** Finds the claims of a snippet and writes the probes in. */
export function prepare(snippet: RunnableSnippet): Prepared {
  const code = snippet.code;
  if (!TRAILING_COMMENT.test(code)) return { snippet, sites: [], unclear: [], declares: false, imports: [], instrumented: code };
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const lineAt = (pos: number): number => source.getLineAndCharacterOfPosition(pos).line;

  // The statements that end each line, with what a claim there would be about.
  const statementEnds = new Map<number, { statement: ts.Statement; expression: ts.Expression | string | undefined }>();
  let declares = false;
  const visit = (node: ts.Node): void => {
    if (hasDeclare(node)) declares = true;
    if (ts.isExpressionStatement(node) || ts.isVariableStatement(node)) {
      const expression = hasDeclare(node) ? undefined : claimedExpression(node);
      statementEnds.set(node.end, { statement: node, expression });
    }
    node.forEachChild(visit);
  };
  visit(source);

  const sites: Site[] = [];
  const probes: Array<{ readonly expression: ts.Expression; readonly id: number }> = [];
  const unclear: RunFailure[] = [];
  for (const range of commentsOf(source)) {
    if (range.kind !== ts.SyntaxKind.SingleLineCommentTrivia) continue;
    const lineStart = code.lastIndexOf('\n', range.pos - 1) + 1;
    if (code.slice(lineStart, range.pos).trim() === '') continue; // a comment line is prose
    const reading = readComment(code.slice(range.pos + 2, range.end));
    if (reading.kind === 'note') continue;
    const line = lineOf(snippet, lineAt(range.pos));
    const before = code.slice(0, range.pos).trimEnd();
    const end = statementEnds.get(before.length);
    const stated = reading.kind === 'claim' ? reading.stated : oneLine(code.slice(range.pos + 2, range.end));
    const statementText = oneLine(end === undefined ? code.slice(lineStart, range.pos) : end.statement.getText(source));
    const problem = (why: string): void => {
      unclear.push({ file: snippet.file, line, ...(snippet.label === undefined ? {} : { label: snippet.label }), code: statementText, expected: stated, actual: why });
    };
    if (reading.kind === 'unclear') {
      problem(`unclear comment: ${reading.reason}`);
      continue;
    }
    if (end === undefined || end.expression === undefined) {
      problem('misplaced claim: a value claim ends an expression statement or a declaration, on the line where it ends');
      continue;
    }
    if (typeof end.expression === 'string') {
      problem(`misplaced claim: ${end.expression}`);
      continue;
    }
    probes.push({ expression: end.expression, id: sites.length });
    sites.push({ file: snippet.file, line, code: statementText, stated, pattern: reading.pattern, ...(snippet.label === undefined ? {} : { label: snippet.label }) });
  }

  // Probes are written from the end, so earlier positions stay valid.
  let instrumented = code;
  for (const { expression, id } of [...probes].sort((a, b) => b.expression.getStart(source) - a.expression.getStart(source))) {
    const start = expression.getStart(source);
    instrumented = `${instrumented.slice(0, start)}${PROBE}(${id}, (${instrumented.slice(start, expression.end)}))${instrumented.slice(expression.end)}`;
  }
  return { snippet, sites, unclear, declares, imports: importsOf(source), instrumented };
}

/**
 * The snippets as CommonJS function bodies. One program emits them all:
 * `transpileModule` builds a program per call, which costs more than the
 * transpiling itself. Nothing is type-checked here (the compile step does
 * that); the program only strips types and turns imports into `require`.
 */
function transpileAll(codes: readonly string[]): string[] {
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2022,
    esModuleInterop: true,
    isolatedModules: true,
    noLib: true,
    noResolve: true,
    noCheck: true,
    sourceMap: false,
    declaration: false,
    removeComments: false,
    suppressOutputPathCheck: true,
    allowNonTsExtensions: true,
  };
  const name = (i: number): string => `/examples/example-${i}.ts`;
  const files = new Map(codes.map((code, i) => [name(i), ts.createSourceFile(name(i), code, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS)]));
  const outputs = new Map<string, string>();
  const host: ts.CompilerHost = {
    getSourceFile: (fileName) => files.get(fileName),
    writeFile: (fileName, text) => outputs.set(fileName, text),
    getDefaultLibFileName: () => 'lib.d.ts',
    useCaseSensitiveFileNames: () => true,
    getCanonicalFileName: (fileName) => fileName,
    getCurrentDirectory: () => '/',
    getNewLine: () => '\n',
    fileExists: (fileName) => files.has(fileName),
    readFile: () => undefined,
    directoryExists: () => true,
    getDirectories: () => [],
  };
  ts.createProgram([...files.keys()], options, host).emit();
  return codes.map((_, i) => {
    const js = outputs.get(name(i).replace(/\.ts$/, '.js'));
    if (js === undefined) throw new Error(`example ${i} was not transpiled`);
    return js;
  });
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<void>;

/** Output of examples goes nowhere: a report is the only output. */
const silentConsole = new Proxy(console, { get: (target, key) => (typeof (target as never)[key] === 'function' ? () => {} : (target as never)[key]) });

/** Longest an example may take before it counts as hung. A guard, not a speed check. */
const HANG_MS = 60_000;

/** Loads each module the examples import, once: package specifiers from src/, the rest by name. */
async function loadModules(specifiers: Iterable<string>, root: string, entries: Readonly<Record<string, string>>): Promise<Map<string, unknown>> {
  const modules = new Map<string, unknown>();
  for (const specifier of specifiers) {
    const source = entries[specifier];
    try {
      const ns = (await import(source === undefined ? specifier : pathToFileURL(join(root, source)).href)) as Record<string, unknown>;
      // Marked as ES modules, so transpiled default and namespace imports read them as they are.
      modules.set(specifier, Object.freeze({ ...ns, __esModule: true }));
    } catch (error) {
      modules.set(specifier, error instanceof Error ? error : new Error(String(error)));
    }
  }
  return modules;
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.split('\n')[0] ?? ''}`;
  return showValue(error);
}

/**
 * Runs the snippets that carry value claims and checks each claim every time
 * its expression is evaluated. A claim that is never evaluated fails, so a
 * branch not taken cannot hide a wrong value.
 */
export async function runSnippets(
  snippets: readonly RunnableSnippet[],
  options: { readonly root: string; readonly entries: Readonly<Record<string, string>> },
): Promise<RunReport> {
  const prepared = snippets.map(prepare);
  const failures: RunFailure[] = prepared.flatMap((p) => p.unclear);
  const runnable = prepared.filter((p) => p.sites.length > 0 && !p.declares);
  const notRun = prepared.filter((p) => p.sites.length > 0 && p.declares);
  const modules = await loadModules(new Set(runnable.flatMap((p) => p.imports)), options.root, options.entries);

  const bodies = transpileAll(runnable.map((p) => p.instrumented));
  const asserted: ClaimSite[] = [];
  for (const [index, p] of runnable.entries()) {
    const { snippet, sites } = p;
    const at = (site: Site | undefined): Omit<RunFailure, 'expected' | 'actual'> => ({
      file: snippet.file,
      line: site?.line ?? lineOf(snippet, 0),
      ...(snippet.label === undefined ? {} : { label: snippet.label }),
      code: site?.code ?? oneLine(snippet.code).slice(0, 120),
    });
    const seen = sites.map(() => false);
    const wrong = new Set<number>();
    const probe = (id: number, value: unknown): unknown => {
      const site = sites[id] as Site;
      seen[id] = true;
      if (!wrong.has(id) && !matches(site.pattern, value)) {
        wrong.add(id);
        failures.push({ ...at(site), expected: site.stated, actual: showValue(value) });
      }
      return value;
    };
    const require = (specifier: string): unknown => {
      const found = modules.get(specifier);
      if (found === undefined) throw new Error(`module ${specifier} was not loaded`);
      if (found instanceof Error) throw found;
      return found;
    };
    let ran: string | undefined;
    try {
      const body = new AsyncFunction('require', 'exports', 'module', PROBE, 'console', bodies[index] as string);
      const exports = {};
      let timer: ReturnType<typeof setTimeout> | undefined;
      const hang = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no result after ${HANG_MS / 1000} s`)), HANG_MS);
      });
      try {
        await Promise.race([body(require, exports, { exports }, probe, silentConsole), hang]);
      } finally {
        clearTimeout(timer);
      }
    } catch (error) {
      ran = `threw ${describeError(error)}`;
    }
    if (ran !== undefined && seen.every(Boolean)) failures.push({ ...at(undefined), expected: 'runs to its end', actual: ran });
    sites.forEach((site, id) => {
      if (seen[id] === true) {
        asserted.push({ file: site.file, line: site.line, code: site.code, stated: site.stated });
        return;
      }
      failures.push({ ...at(site), expected: site.stated, actual: ran ?? 'never evaluated: the statement did not run' });
    });
  }

  failures.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return {
    snippets: snippets.length,
    run: runnable.length,
    declared: notRun.length,
    asserted,
    unchecked: notRun.flatMap((p) => p.sites.map(({ file, line, code, stated }) => ({ file, line, code, stated }))),
    failures,
  };
}
