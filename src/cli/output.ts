// Where the command writes: stdout (the report, written as it is found and
// paced by the pipe), stderr (progress on a terminal, warnings), and the
// JSON text both kinds of report use.
import { once } from 'node:events';
import { hasUnsafeText } from '../index.js';
import { safeLine } from './decodeInput.js';

/** The streams a run uses; the entry point gives the process's, tests give their own. */
export interface CliIo {
  /** The report. A closed pipe (`| head`) ends the run quietly. */
  readonly stdout: NodeJS.WritableStream & { readonly writableNeedDrain?: boolean };
  /** Progress (only when `isTTY`) and problems with the arguments. */
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  /** What `-` reads; the process's stdin when absent. */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
  /**
   * Called when stdout fails: with 1 when it was closed early, 2 for any
   * other failure. The entry point ends the process; tests record it.
   */
  readonly stdoutFailed?: (code: 1 | 2, message: string) => void;
}

/**
 * Standard output, written as results come. Writes wait for the pipe to
 * drain, so output never piles up in memory.
 */
export class Output {
  constructor(private readonly stream: CliIo['stdout'], failed: CliIo['stdoutFailed']) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      const closed = e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED';
      failed?.(closed ? 1 : 2, closed ? '' : `cloudtrail-codecs: cannot write the output: ${safeLine(e.message)}\n`);
    });
  }
  write(text: string): void {
    this.stream.write(text);
  }
  pause(): Promise<void> | undefined {
    return this.stream.writableNeedDrain === true ? once(this.stream, 'drain').then(() => undefined) : undefined;
  }
}

/**
 * One line on stderr that rewrites itself, only when stderr is a terminal
 * (never in a pipe or a file, where it would be noise), at most four times
 * a second.
 */
export class Progress {
  private last = 0;
  private readonly on: boolean;
  constructor(private readonly stderr: CliIo['stderr']) {
    this.on = stderr.isTTY === true;
  }
  show(line: () => string): void {
    if (!this.on) return;
    const now = performance.now();
    if (now - this.last < 250) return;
    this.last = now;
    // Cut to a terminal's usual width, so that the line never wraps and stays
    // one line; the end (the counts) is what changes, so it is kept.
    const text = line();
    this.stderr.write(`\r\u001b[K${text.length > 78 ? `…${text.slice(-77)}` : text}`);
  }
  done(): void {
    if (this.on && this.last > 0) this.stderr.write('\r\u001b[K');
    this.last = 0;
  }
}

/**
 * JSON text that stays one line per value and shows no invisible text:
 * JSON.stringify leaves line separators, C1 controls and bidi controls raw,
 * so every character that escapeText would escape is written as a \u escape,
 * which JSON readers decode to the same value. (JSON.stringify has already
 * escaped C0 controls, backslashes and lone surrogates; only the line breaks
 * of the indentation are raw here, and they are kept.)
 */
export function jsonText(v: unknown, indent?: number): string {
  return JSON.stringify(v, null, indent).replace(/[^\n\u0020-\u007e]/gu, (c) => (hasUnsafeText(c) ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c));
}
