// The cloudtrail-codecs command, as a function of its arguments and streams:
// the entry point (main.ts) gives it the process's, tests their own, so
// that every command runs in process too.
import { readFileSync } from 'node:fs';
import { parseArgs, USAGE } from './args.js';
import { runCheck } from './check.js';
import { safeLine } from './decodeInput.js';
import { Output, type CliIo } from './output.js';

/** The package version, read from package.json (beside dist/, or two up from src/cli/). */
function packageVersion(): string {
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'cloudtrail-codecs' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // Not there: try the next place.
    }
  }
  return 'unknown';
}

/**
 * Runs the command line `argv` (without `node` and the script) and resolves
 * to its exit code: 0 all is well, 1 a record failed, an input could not be
 * read, or a trail did not validate, 2 bad arguments or an internal error.
 * It never rejects.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const end = argv.indexOf('--');
  const flags = end < 0 ? argv : argv.slice(0, end);
  if (flags.includes('-h') || flags.includes('--help')) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (flags.includes('-v') || flags.includes('--version')) {
    io.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    io.stderr.write(`cloudtrail-codecs: ${options}\n\n${USAGE}`);
    return 2;
  }
  try {
    const out = new Output(io.stdout, io.stdoutFailed);
    if (options.command === 'validate') return await (await import('./validate.js')).runValidate(options, out, io);
    return await runCheck(options, out, io);
  } catch (e) {
    io.stderr.write(`cloudtrail-codecs: internal error: ${safeLine(e instanceof Error ? e.message : String(e))}\n`);
    return 2;
  }
}
