import { clipText, escapeText } from './escapeText.js';

/** The longest codec name or message of a codec's own that a report shows in full. */
export const MAX_TEXT = 1_000;

/**
 * Text written by a codec (its name, or a message of its own), made safe for
 * a one-line message. Our codecs escape the record text they quote, so text
 * without raw unsafe characters is kept as it is (an escape in it is not
 * doubled); anything else, from a foreign codec, is escaped whole.
 */
export function oneLine(text: string, max = MAX_TEXT): string {
  const s = clipText(text, max);
  const bare = s.replace(/\\/g, '');
  return escapeText(bare) === bare ? s : escapeText(s);
}

/** Record text for a header or label: escaped, and cut to `max` characters. */
export function recordText(text: string, max = 200): string {
  return escapeText(clipText(text, max));
}
