#!/usr/bin/env node
// The cloudtrail-codecs command: check and summarise CloudTrail files, and
// validate local copies of trails, from the shell. The only part of the
// package that does I/O; the work is in cli.ts, run here on the process's
// streams.
import { runCli } from './cli.js';

// Progress goes to stderr; a closed stderr must not end the run with a trace.
process.stderr.on('error', () => undefined);

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  // Read only when an input is `-`: touching process.stdin makes the stream.
  get stdin() {
    return process.stdin;
  },
  // A closed stdout (`| head`) ends the run quietly: there is no one left to tell.
  stdoutFailed: (code, message) => {
    if (message !== '') process.stderr.write(message);
    process.exit(code);
  },
}).then((code) => {
  process.exitCode = code;
});
