// A UTF-8 byte order mark at the start of a file is treated alike by every
// text path: TextDecoder drops it from bytes, Buffer#toString keeps it, and
// JSON.parse refuses it. Each entry point drops one, and only one.
import { describe, expect, it } from 'vitest';
import { decodeLogFileText, decodeRecordText } from '../../src/containers/index.js';
import { parseJsonText } from '../../src/containers/jsonSyntax.js';
import { corpusFiles } from '../support/corpus.js';
import { streamItems } from '../support/stream.js';

const BOM = '\uFEFF';
const BOM_BYTES = [0xef, 0xbb, 0xbf];
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

const stream = streamItems;

const file = corpusFiles().find((f) => f.name === 'plaso.json') ?? corpusFiles()[0];
if (file === undefined) throw new Error('no corpus file');
const text = file.text;
const withBom = BOM + text;
const bytesWithBom = Uint8Array.from([...BOM_BYTES, ...utf8(text)]);
const reference = decodeLogFileText(text);
const referenceItems = stream([text]);

describe('a leading BOM', () => {
  it('the reference decodes, and the file saved with a BOM holds U+FEFF first', () => {
    expect(reference.success).toBe(true);
    expect(referenceItems.some((i) => i.kind === 'error')).toBe(false);
    expect(Buffer.from(bytesWithBom).toString('utf8').charCodeAt(0)).toBe(0xfeff);
  });

  it("decodeLogFileText(buffer.toString()), the README's pattern, gives what the text without it gives", () => {
    expect(decodeLogFileText(Buffer.from(bytesWithBom).toString('utf8'))).toEqual(reference);
    expect(decodeLogFileText(withBom)).toEqual(reference);
  });

  it('decodeRecordText and parseJsonText drop it too', () => {
    const record = JSON.stringify(file.json.Records[0]);
    expect(decodeRecordText(BOM + record)).toEqual(decodeRecordText(record));
    expect(decodeRecordText(BOM + record).success).toBe(true);
    expect(parseJsonText(`${BOM}{"a": 1}`)).toEqual({ ok: true, value: { a: 1 } });
  });

  it('the stream drops it from string chunks, however they are cut', () => {
    for (const chunks of [[withBom], [BOM, text], [BOM, '', text], ['', withBom], [withBom.slice(0, 1), withBom.slice(1, 9), withBom.slice(9)]]) {
      expect(stream(chunks)).toEqual(referenceItems);
    }
  });

  it('the stream drops it from byte chunks, even cut inside the BOM', () => {
    for (let k = 0; k <= 4; k++) {
      expect(stream([bytesWithBom.subarray(0, k), bytesWithBom.subarray(k)]), `cut at ${k}`).toEqual(referenceItems);
    }
  });
});

describe('only one BOM, and only at the start', () => {
  const twice = BOM + BOM + text;
  const late = ` ${BOM}${text}`;

  it('every path refuses a second BOM or a BOM after whitespace', () => {
    for (const t of [twice, late]) {
      expect(decodeLogFileText(t).success).toBe(false);
      expect(stream([t]).map((i) => i.kind)).toEqual(['error']);
      expect(stream([utf8(t)]).map((i) => i.kind)).toEqual(['error']);
      expect(stream([BOM, BOM, text]).map((i) => i.kind)).toEqual(['error']);
    }
  });

  it('their messages show it as U+FEFF, never as an invisible character', () => {
    for (const t of [twice, late]) {
      const r = decodeLogFileText(t);
      const messages = [r.success ? '' : r.error.message, ...stream([t]).map((i) => (i.kind === 'error' ? i.error.message : ''))];
      for (const m of messages) {
        expect(m).not.toContain(BOM);
        expect(m).toMatch(/U\+feff/i);
      }
    }
  });

  it('a BOM inside a record is left alone', () => {
    const inner = JSON.stringify({ Records: [{ ...(file.json.Records[0] as object), eventName: `${BOM}x` }] });
    const r = decodeLogFileText(inner);
    expect(r.success && (r.data.records[0] as { eventName?: string } | undefined)?.eventName).toBe(`${BOM}x`);
    const items = stream([inner]);
    expect(items[0]?.kind === 'record' && (items[0].record as { eventName?: string }).eventName).toBe(`${BOM}x`);
  });
});
