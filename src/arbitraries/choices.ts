import { quoteText } from '../core/escapeText.js';

/**
 * A RangeError at once, naming the argument, when a list of choices is
 * empty or holds one that is not known: otherwise it would surface only
 * when sampling, as a TypeError far from the call.
 */
export function checkList(arbitrary: string, what: string, given: unknown, known: readonly string[]): void {
  if (!Array.isArray(given)) throw new RangeError(`${arbitrary}: ${what} is not a list`);
  if (given.length === 0) throw new RangeError(`${arbitrary}: ${what} is an empty list`);
  for (const item of given as unknown[]) {
    if (typeof item !== 'string' || !known.includes(item)) {
      throw new RangeError(`${arbitrary}: ${what} holds ${typeof item === 'string' ? quoteText(item) : `a ${typeof item}`}, which is not ${known.length > 12 ? 'a known one' : `one of ${known.join(', ')}`}`);
    }
  }
}
