// Firehose joins the gzip members of several CloudWatch Logs payloads, and
// inflating them gives the payloads' texts back to back: `{…}{…}`, which
// JSON.parse refuses. This cuts such a text into its top-level values. It
// is a loop over brackets, with strings skipped whole by indexOf, so it is
// bounded by the text and cannot recurse; it does not check the JSON, which
// JSON.parse of each piece does, with a precise error.

/** Where one top-level value of a text starts and ends (exclusive). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

const WS = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * The spans of the top-level values of `text`, separated by nothing or by
 * whitespace. A value that is no object or array, or one not closed before
 * the end, runs to the end of the text: parsing it reports the problem.
 */
export function splitJsonValues(text: string): Span[] {
  const spans: Span[] = [];
  const n = text.length;
  let i = 0;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  for (;;) {
    while (i < n && WS(text.charCodeAt(i))) i++;
    if (i >= n) return spans;
    const start = i;
    const open = text.charCodeAt(i);
    if (open !== 0x7b && open !== 0x5b) {
      spans.push({ start, end: n });
      return spans;
    }
    let depth = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i = endOfString(text, i + 1);
        continue;
      }
      i++;
      if (c === 0x7b || c === 0x5b) depth++;
      else if ((c === 0x7d || c === 0x5d) && --depth === 0) break;
    }
    spans.push({ start, end: i });
  }
}

/** The index after the quote that closes the string whose content starts at `from`; the text's length when none does. */
function endOfString(text: string, from: number): number {
  let j = from;
  for (;;) {
    const q = text.indexOf('"', j);
    if (q < 0) return text.length;
    // A quote preceded by an odd number of backslashes is escaped.
    let k = q - 1;
    while (k >= j && text.charCodeAt(k) === 0x5c) k--;
    if ((q - 1 - k) % 2 === 0) return q + 1;
    j = q + 1;
  }
}
