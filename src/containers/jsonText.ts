import { DecodeError } from '../errors/DecodeError.js';

/** The outcome of {@link parseJsonText}. */
export type JsonTextResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: string };

/** Line and column (both from 1) of a character offset in a text. */
function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line} column ${offset - lineStart + 1}`;
}

/**
 * `JSON.parse` that reports instead of throwing. The reason names the line and
 * column when the engine gives a position.
 */
export function parseJsonText(text: string): JsonTextResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(message);
    const where = at !== null && !/line \d+/.test(message) ? ` (${lineAndColumn(text, Number(at[1]))})` : '';
    return { ok: false, reason: `${message}${where}` };
  }
}

/** A {@link DecodeError} for text that is not JSON. */
export function invalidJsonError(reason: string, text: unknown): DecodeError {
  return DecodeError.single(`the text is not valid JSON: ${reason}`, text);
}
