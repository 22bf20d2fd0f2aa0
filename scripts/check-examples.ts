// Documentation check: every exported symbol of every package entry has a doc
// comment with an @example, and the examples (plus the ```ts blocks of
// README.md and docs/*.md) compile against the sources. Examples that state
// values in trailing comments are also run, and the values checked
// (scripts/examples/run.ts; the convention is docs/examples.md).
//
//   npx tsx scripts/check-examples.ts        prints the report, exits 1 on problems
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { packageEntries } from './entries.js';
import { applyKnownWrong, readKnownWrong, toKnownWrong } from './examples/knownWrong.js';
import { runSnippets, type RunFailure, type RunReport } from './examples/run.js';

export const root = resolve(import.meta.dirname, '..');

/** The package entries, by import specifier (from scripts/entries.ts). */
export const entries: Readonly<Record<string, string>> = Object.fromEntries(packageEntries.map((e) => [e.specifier, e.source]));

/** A piece of code to compile as its own module. */
export interface Snippet {
  /** Repository-relative file the code comes from. */
  readonly file: string;
  /** What the code documents, for messages: `cloudtrail-codecs#actorOf`, `README.md block 2`. */
  readonly label?: string;
  readonly code: string;
  /** 1-based line in `file` of each line of `code`; lines beyond it map to the last entry. */
  readonly lines?: readonly number[];
}

export interface ExampleFailure {
  readonly origin: string;
  readonly message: string;
}

export interface Report {
  readonly missingDoc: string[];
  readonly missingExample: string[];
  readonly failingExamples: ExampleFailure[];
  /** Snippets compiled: @example bodies and markdown blocks. */
  readonly checked: number;
  /** Exported symbols of each entry. */
  readonly exported: Record<string, number>;
}

/** Kinds of declaration, for grouping the report. */
export type DeclarationKind = 'interface' | 'type' | 'const' | 'function' | 'class' | 'enum' | 'namespace' | 'other';

/** One exported symbol of one entry. */
export interface ExportedSymbol {
  /** `entry#name`. */
  readonly name: string;
  readonly entry: string;
  readonly declarations: ReadonlyArray<{ readonly file: string; readonly line: number; readonly kind: DeclarationKind }>;
  readonly hasDoc: boolean;
  readonly hasExample: boolean;
  readonly examples: readonly Snippet[];
}

/**
 * Compiler options for examples: the project's strictness, without the
 * unused-code checks (an example may declare something just to show it), and
 * the package specifiers mapped to the sources.
 */
export function exampleCompilerOptions(): ts.CompilerOptions {
  return {
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noImplicitOverride: true,
    noFallthroughCasesInSwitch: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts'],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: ['node'],
    typeRoots: [join(root, 'node_modules/@types')],
    skipLibCheck: true,
    resolveJsonModule: true,
    noEmit: true,
    baseUrl: root,
    paths: Object.fromEntries(Object.entries(entries).map(([specifier, file]) => [specifier, [file]])),
  };
}

// Parsed library and source files are shared between the programs of one
// process (API scan, examples, later compileSnippets calls): parsing them is
// most of a program's cost, and they do not change during a run.
const sourceFileCache = new Map<string, ts.SourceFile>();

function cachingHost(options: ts.CompilerOptions, uncached: (fileName: string) => boolean): ts.CompilerHost {
  const host = ts.createCompilerHost(options, true);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersionOrOptions, onError, shouldCreate) => {
    if (uncached(fileName)) return getSourceFile(fileName, languageVersionOrOptions, onError, shouldCreate);
    const format = typeof languageVersionOrOptions === 'object' ? languageVersionOrOptions.impliedNodeFormat : undefined;
    const key = `${fileName}\0${format ?? ''}`;
    const cached = sourceFileCache.get(key);
    if (cached !== undefined) return cached;
    const file = getSourceFile(fileName, languageVersionOrOptions, onError, shouldCreate);
    if (file !== undefined) sourceFileCache.set(key, file);
    return file;
  };
  return host;
}

const rel = (file: string): string => relative(root, file).split(sep).join('/');

function kindOf(declaration: ts.Declaration): DeclarationKind {
  if (ts.isInterfaceDeclaration(declaration)) return 'interface';
  if (ts.isTypeAliasDeclaration(declaration)) return 'type';
  if (ts.isVariableDeclaration(declaration)) return 'const';
  if (ts.isFunctionDeclaration(declaration)) return 'function';
  if (ts.isClassDeclaration(declaration)) return 'class';
  if (ts.isEnumDeclaration(declaration)) return 'enum';
  if (ts.isModuleDeclaration(declaration)) return 'namespace';
  return 'other';
}

/** The doc comment of a declaration: the closest JSDoc block that is not the file's @packageDocumentation. */
function docOf(declaration: ts.Declaration): ts.JSDoc | undefined {
  const docs = ts.getJSDocCommentsAndTags(declaration).filter(ts.isJSDoc);
  const own = docs.filter((doc) => !(doc.tags ?? []).some((tag) => tag.tagName.text === 'packageDocumentation'));
  return own.at(-1);
}

/**
 * The code of each @example of a doc comment. Read from the source text
 * rather than from the parsed tag, because TypeScript's JSDoc parser ends a
 * tag at any `@word` after whitespace (`// @ts-expect-error` in an example).
 * Here an example runs to the next tag that begins a line, or the comment's end.
 */
function examplesOf(doc: ts.JSDoc, sourceFile: ts.SourceFile, label: string): Snippet[] {
  const text = sourceFile.text;
  const tags = [...(doc.tags ?? [])].sort((a, b) => a.pos - b.pos);
  const startsLine = (tag: ts.JSDocTag): boolean => {
    const lineStart = text.lastIndexOf('\n', tag.pos - 1) + 1;
    return /^\s*\*?\s*$/.test(text.slice(lineStart, tag.pos));
  };
  const commentEnd = doc.end - 2; // before `*/`
  const file = rel(sourceFile.fileName);
  const snippets: Snippet[] = [];
  tags.forEach((tag, i) => {
    if (tag.tagName.text !== 'example') return;
    const next = tags.slice(i + 1).find(startsLine);
    const body = text.slice(tag.tagName.end, next === undefined ? commentEnd : next.pos);
    const firstLine = sourceFile.getLineAndCharacterOfPosition(tag.tagName.end).line + 1;
    const rawLines = body.split(/\r?\n/).map((line, j) => (j === 0 ? line : line.replace(/^\s*\*(?: |(?=\s*$))?/, '')));
    snippets.push({ file, label, ...codeOf(rawLines, firstLine) });
  });
  return snippets;
}

/**
 * Code lines of an example body: the contents of its fenced blocks when it
 * has any (text around them is a caption), else every line. Other lines are
 * blanked rather than dropped so line numbers still map one to one.
 */
function codeOf(bodyLines: readonly string[], firstLine: number): { code: string; lines: number[] } {
  const fence = /^\s*(```|~~~)/;
  const lines = bodyLines.map((_, j) => firstLine + j);
  if (!bodyLines.some((line) => fence.test(line))) return { code: bodyLines.join('\n'), lines };
  let inside = false;
  const code = bodyLines.map((line) => {
    if (fence.test(line)) {
      inside = !inside;
      return '';
    }
    return inside ? line : '';
  });
  return { code: code.join('\n'), lines };
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)/;

/** The ```ts blocks of a markdown file, each with the markdown lines of its code. */
export function markdownSnippets(file: string, markdown: string): Snippet[] {
  const lines = markdown.split(/\r?\n/);
  const snippets: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] ?? '');
    if (open === null) continue;
    const indent = open[1] ?? '';
    const marker = open[2] ?? '```';
    const isTs = /^(ts|typescript)$/i.test(open[3] ?? '');
    // Every fenced block is skipped to its end, so a fence inside another block is not read as code.
    const close = new RegExp(`^\\s*${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
    const code: string[] = [];
    const codeLines: number[] = [];
    let j = i + 1;
    for (; j < lines.length && !close.test(lines[j] ?? ''); j++) {
      const line = lines[j] ?? '';
      code.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
      codeLines.push(j + 1);
    }
    if (isTs) snippets.push({ file, label: `${file} block at line ${i + 1}`, code: code.join('\n'), lines: codeLines.length > 0 ? codeLines : [i + 1] });
    i = j;
  }
  return snippets;
}

/** README.md, docs/*.md and the generated service pages docs/services/*.md, each read for its ```ts blocks. */
export function documentSnippets(): Snippet[] {
  const markdownIn = (folder: string): string[] =>
    readdirSync(join(root, folder), { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
      .map((entry) => `${folder}/${entry.name}`)
      .sort();
  const files = ['README.md', ...markdownIn('docs'), ...(existsSync(join(root, 'docs/services')) ? markdownIn('docs/services') : [])];
  return files.flatMap((file) => markdownSnippets(file, readFileSync(join(root, file), 'utf8')));
}

/**
 * Examples on the members of a class or interface (methods of `Fixtures`):
 * not required, since members are not exported symbols, but compiled when present.
 */
function memberExamples(declaration: ts.Declaration, owner: string): Snippet[] {
  if (!ts.isClassDeclaration(declaration) && !ts.isInterfaceDeclaration(declaration)) return [];
  const sourceFile = declaration.getSourceFile();
  return declaration.members.flatMap((member: ts.ClassElement | ts.TypeElement) => {
    const doc = docOf(member);
    const memberName = member.name === undefined ? 'constructor' : member.name.getText(sourceFile);
    return doc === undefined ? [] : examplesOf(doc, sourceFile, `${owner}.${memberName}`);
  });
}

/**
 * Every exported symbol of every entry, with its documentation and examples.
 * Listing exports needs no library types: `withoutLib` skips loading them,
 * which makes the scan about twice as fast when nothing will be compiled after it.
 */
export function exportedSymbols({ withoutLib = false }: { readonly withoutLib?: boolean } = {}): ExportedSymbol[] {
  const options: ts.CompilerOptions = { ...exampleCompilerOptions(), ...(withoutLib ? { noLib: true, types: [] } : {}) };
  const program = ts.createProgram({
    rootNames: Object.values(entries).map((file) => join(root, file)),
    options,
    host: cachingHost(options, () => false),
  });
  const checker = program.getTypeChecker();
  const result: ExportedSymbol[] = [];
  for (const [entry, file] of Object.entries(entries)) {
    const sourceFile = program.getSourceFile(join(root, file));
    const moduleSymbol = sourceFile === undefined ? undefined : checker.getSymbolAtLocation(sourceFile);
    if (moduleSymbol === undefined) throw new Error(`entry ${entry}: cannot load ${file}`);
    const symbols = checker.getExportsOfModule(moduleSymbol).sort((a, b) => a.name.localeCompare(b.name));
    for (const exported of symbols) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const name = `${entry}#${exported.name}`;
      const declarations = symbol.declarations ?? [];
      const docs = declarations.map((declaration) => ({ declaration, doc: docOf(declaration) }));
      const examples = [
        ...docs.flatMap(({ declaration, doc }) => (doc === undefined ? [] : examplesOf(doc, declaration.getSourceFile(), name))),
        ...declarations.flatMap((declaration) => memberExamples(declaration, name)),
      ];
      result.push({
        name,
        entry,
        declarations: declarations.map((declaration) => {
          const sf = declaration.getSourceFile();
          return { file: rel(sf.fileName), line: sf.getLineAndCharacterOfPosition(declaration.getStart(sf)).line + 1, kind: kindOf(declaration) };
        }),
        // A summary is what makes a comment documentation; a bare tag list is not.
        hasDoc: docs.some(({ doc }) => doc !== undefined && (ts.getTextOfJSDocComment(doc.comment) ?? '').trim() !== ''),
        hasExample: docs.some(({ doc }) => (doc?.tags ?? []).some((tag) => tag.tagName.text === 'example')),
        examples,
      });
    }
  }
  return result;
}

/** Source line (1-based) of a line (0-based) of a snippet's code. */
function sourceLine(snippet: Snippet, codeLine: number): number {
  const lines = snippet.lines ?? [];
  return lines[Math.min(codeLine, lines.length - 1)] ?? codeLine + 1;
}

function originOf(snippet: Snippet, codeLine: number): string {
  return `${snippet.file}:${sourceLine(snippet, codeLine)}${snippet.label === undefined ? '' : ` (${snippet.label})`}`;
}

/**
 * Type-checks each snippet as its own module, all in one program, and returns
 * the diagnostics located in the snippets, mapped back to where they come from.
 */
export function compileSnippets(snippets: readonly Snippet[]): ExampleFailure[] {
  // Kept with file and line, to list failures in source order.
  const found: Array<ExampleFailure & { readonly file: string; readonly line: number }> = [];
  const fail = (snippet: Snippet, codeLine: number, message: string): void => {
    found.push({ origin: originOf(snippet, codeLine), message, file: snippet.file, line: sourceLine(snippet, codeLine) });
  };
  const compiled: Snippet[] = [];
  for (const snippet of snippets) {
    if (snippet.code.trim() === '') fail(snippet, 0, 'empty example');
    else compiled.push(snippet);
  }
  if (compiled.length === 0) return found.map(({ origin, message }) => ({ origin, message }));

  // The snippets live outside the repository; a node_modules link lets them
  // import the peers (io-ts, fp-ts, fast-check) and a package.json makes them
  // ES modules, as a consumer's code would be.
  const dir = mkdtempSync(join(tmpdir(), 'check-examples-'));
  const link = join(dir, 'node_modules');
  try {
    symlinkSync(join(root, 'node_modules'), link, 'junction');
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    const bySource = new Map<string, Snippet>();
    const width = String(compiled.length).length;
    compiled.forEach((snippet, i) => {
      const file = join(dir, `example-${String(i + 1).padStart(width, '0')}.ts`);
      // `export {}` keeps each snippet a module, so names in different snippets do not collide.
      writeFileSync(file, `${snippet.code}\nexport {};\n`);
      bySource.set(file, snippet);
    });
    const options = exampleCompilerOptions();
    const program = ts.createProgram({
      rootNames: [...bySource.keys()],
      options,
      host: cachingHost(options, (fileName) => resolve(fileName).startsWith(dir)),
    });
    const format = (diagnostic: ts.Diagnostic): string =>
      `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    for (const diagnostic of [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()]) {
      found.push({ origin: 'compiler options', message: format(diagnostic), file: '', line: 0 });
    }
    for (const [file, snippet] of bySource) {
      const sourceFile = program.getSourceFile(file);
      if (sourceFile === undefined) throw new Error(`example file ${file} was not loaded`);
      const diagnostics = [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)];
      for (const diagnostic of diagnostics) {
        const line = diagnostic.start === undefined ? 0 : sourceFile.getLineAndCharacterOfPosition(diagnostic.start).line;
        fail(snippet, line, format(diagnostic));
      }
    }
  } finally {
    // Remove the link first so the removal can never reach into the repository.
    if (existsSync(link)) unlinkSync(link);
    rmSync(dir, { recursive: true, force: true });
  }
  found.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return found.map(({ origin, message }) => ({ origin, message }));
}

/**
 * Exported symbols, each once: a symbol exported by several entries is
 * reported, and its examples checked, under the first entry that exports it.
 */
function uniqueSymbols(symbols: readonly ExportedSymbol[]): ExportedSymbol[] {
  const seen = new Set<string>();
  return symbols.filter((symbol) => {
    const key = symbol.declarations.map((d) => `${d.file}:${d.line}`).join('|') || symbol.name;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every snippet the check reads: the @example bodies of the exported symbols, then the guides' ```ts blocks. */
export function allSnippets(): Snippet[] {
  return [...uniqueSymbols(exportedSymbols({ withoutLib: true })).flatMap((symbol) => symbol.examples), ...documentSnippets()];
}

/** Runs the snippets that state values and checks the values (see scripts/examples/run.ts). */
export function runExamples(snippets: readonly Snippet[] = allSnippets()): Promise<RunReport> {
  return runSnippets(snippets, { root, entries });
}

/** True for a symbol declared only in generated code (a `generated/` folder). */
function isGenerated(symbol: ExportedSymbol): boolean {
  return symbol.declarations.length > 0 && symbol.declarations.every((d) => /(^|\/)generated\//.test(d.file));
}

/** Runs the whole compile check. */
export function checkExamples(): Report {
  const symbols = exportedSymbols();
  const exported: Record<string, number> = {};
  for (const symbol of symbols) exported[symbol.entry] = (exported[symbol.entry] ?? 0) + 1;
  const unique = uniqueSymbols(symbols);
  const snippets = [...unique.flatMap((symbol) => symbol.examples), ...documentSnippets()];
  return {
    missingDoc: unique.filter((symbol) => !symbol.hasDoc).map((symbol) => symbol.name),
    // Generated declarations carry a one-line doc each and no example: at EC2's
    // scale an example per shape would be most of the package. The service's
    // generated docs page holds its narrowing example, which is compiled here.
    missingExample: unique.filter((symbol) => !symbol.hasExample && !isGenerated(symbol)).map((symbol) => symbol.name),
    failingExamples: compileSnippets(snippets),
    checked: snippets.length,
    exported,
  };
}

/** The report as text, for the command line. */
export function formatReport(report: Report): string {
  const out: string[] = [];
  const section = (title: string, items: readonly string[]): void => {
    out.push(`${title}: ${items.length}`);
    for (const item of items) out.push(`  ${item}`);
  };
  out.push('Exported symbols:');
  for (const [entry, count] of Object.entries(report.exported)) out.push(`  ${entry}: ${count}`);
  section('Missing doc comment', report.missingDoc);
  section('Missing @example', report.missingExample);
  section(
    'Failing examples',
    report.failingExamples.map((failure) => `${failure.origin}\n      ${failure.message.replace(/\n/g, '\n      ')}`),
  );
  out.push(`Snippets compiled: ${report.checked}`);
  return out.join('\n');
}

export function hasProblems(report: Report): boolean {
  return report.missingDoc.length + report.missingExample.length + report.failingExamples.length > 0;
}

/** One failed claim, as the report and the tests list it: where, the statement, stated and actual value. */
export function formatRunFailure(failure: RunFailure): string {
  const label = failure.label === undefined || failure.label.startsWith(failure.file) ? '' : ` (${failure.label})`;
  return `${failure.file}:${failure.line}${label}  ${failure.code}\n      expected ${failure.expected}\n      actual   ${failure.actual}`;
}

/**
 * The run report as text, for the command line, with the failures that
 * scripts/examples/known-wrong.json lists apart. Returns whether anything
 * outside the list failed, or the list names a failure that no longer happens.
 */
export function formatRunReport(report: RunReport): { readonly text: string; readonly failed: boolean } {
  const { unexpected, known, stale } = applyKnownWrong(report.failures, readKnownWrong());
  const out = [
    `Snippets run (they state values): ${report.run}, claims asserted: ${report.asserted.length}`,
    `Snippets with claims not run (they declare their input): ${report.declared}, claims compiled only: ${report.unchecked.length}`,
  ];
  const section = (title: string, items: readonly string[]): void => {
    out.push(`${title}: ${items.length}`);
    for (const item of items) out.push(`  ${item.replace(/\n/g, '\n  ')}`);
  };
  section('Failing claims', unexpected.map(formatRunFailure));
  section('Failing claims listed in scripts/examples/known-wrong.json', known.map(formatRunFailure));
  section('Stale entries of known-wrong.json (remove them)', stale.map((entry) => `${entry.file}: ${entry.code} // ${entry.expected}`));
  if (unexpected.length > 0) out.push('As known-wrong.json entries:', JSON.stringify(unexpected.map(toKnownWrong), null, 2));
  return { text: out.join('\n'), failed: unexpected.length + stale.length > 0 };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const report = checkExamples();
  console.log(formatReport(report));
  const run = formatRunReport(await runExamples());
  console.log(run.text);
  process.exitCode = hasProblems(report) || run.failed ? 1 : 0;
}
