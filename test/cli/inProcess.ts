// Runs the command in this process, on streams of its own: no child
// process, no build. What the spawned tests in cli.test.ts prove for the
// built file (dist/cli.js), these prove for the code, fast.
import { Writable } from 'node:stream';
import { runCli } from '../../src/cli/cli.js';

export interface InProcessRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface InProcessOptions {
  /** What `-` reads. */
  readonly stdin?: string | Uint8Array;
  /** Whether stderr claims to be a terminal (progress is shown only then). */
  readonly tty?: boolean;
}

/** Runs `cloudtrail-codecs <args>` in process: the exit code and everything written. */
export async function runInProcess(args: readonly string[], options: InProcessOptions = {}): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      stdout += chunk.toString('utf8');
      done();
    },
  });
  const input = options.stdin;
  const code = await runCli(args, {
    stdout: out,
    stderr: {
      write: (s: string) => {
        stderr += s;
        return true;
      },
      isTTY: options.tty === true,
    },
    ...(input === undefined
      ? {}
      : {
          stdin: (async function* () {
            yield input;
          })(),
        }),
    stdoutFailed: (failed, message) => {
      throw new Error(`stdout failed (${failed}): ${message}`);
    },
  });
  return { code, stdout, stderr };
}
