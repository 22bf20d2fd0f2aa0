// Type-checks a few files written to a temporary folder under the project's
// compiler options, and returns their problems, one line each. Only those
// files are checked: what they import is checked by its own tests, and
// checking it here would cost seconds.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { repoRoot } from '../support/corpus.js';

/** `src/` of the repository, as generated code outside it must import it. */
export const srcDir = join(repoRoot, 'src').split('\\').join('/');

/** Rewrites a generated file's imports of `../../../x` (from `src/services/<name>/generated/`) to the repository's `src/x`. */
export const rebase = (text: string): string => text.replaceAll("'../../../", `'${srcDir}/`);

export function typecheck(files: Readonly<Record<string, string>>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'codegen-check-'));
  try {
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    const paths = Object.entries(files).map(([name, text]) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    });
    const config = ts.readConfigFile(join(repoRoot, 'tsconfig.json'), (p) => ts.sys.readFile(p));
    const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, repoRoot);
    // No @types/node: generated code is pure, and loading node's types costs time.
    const program = ts.createProgram(paths, { ...options, noEmit: true, types: [] });
    return paths
      .map((p) => program.getSourceFile(p))
      .flatMap((f) => (f === undefined ? [] : [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)]))
      .map((d) => {
        const where = d.file === undefined ? '' : `${d.file.fileName.slice(dir.length + 1)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: `;
        return `${where}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
