// The common mistake: a decoded record written with JSON.stringify instead of
// encode. Reading that text back must either give the same values, or fail
// with a message that says what happened and names encode.
import { describe, expect, it } from 'vitest';
import { AppMeshEvent } from '../../src/services/appmesh/index.js';
import { BooleanText, CloudTrailRecord, formatErrors, type DecodeError } from '../../src/index.js';
import { LookupEvent } from '../../src/containers/index.js';
import { DateFromJavaDateText } from '../../src/service-kit/index.js';
import { clone, corpusRecords } from '../support/corpus.js';
import * as F from '../appmesh/fixtures.js';

const HINT = /a decoded value\? Serialise decoded records with encode, not JSON\.stringify/;

interface Codec {
  decode(u: unknown): { _tag: 'Left'; left: Parameters<typeof formatErrors>[0] } | { _tag: 'Right'; right: unknown };
}

/** 'same' when the JSON.stringify text decodes to equal values, else the messages. */
function afterStringify(codec: Codec, wire: unknown): 'same' | string[] {
  const first = codec.decode(wire);
  if (first._tag === 'Left') throw new Error(formatErrors(first.left).join('\n'));
  const again = codec.decode(JSON.parse(JSON.stringify(first.right)));
  if (again._tag === 'Right') {
    expect(again.right).toEqual(first.right);
    return 'same';
  }
  return formatErrors(again.left);
}

function check(codec: Codec, wires: Array<[string, unknown]>): { same: number; hinted: number } {
  let same = 0;
  let hinted = 0;
  for (const [label, wire] of wires) {
    const r = afterStringify(codec, wire);
    if (r === 'same') same++;
    else {
      for (const m of r) expect(m, `${label}: ${m}`).toMatch(HINT);
      hinted++;
    }
  }
  return { same, hinted };
}

describe('JSON.stringify of a decoded value, read back', () => {
  it('gives the same values or a message naming encode, on every corpus record', () => {
    const { same, hinted } = check(
      CloudTrailRecord as unknown as Codec,
      corpusRecords().map(({ file, index, record }) => [`${file}[${index}]`, clone(record)]),
    );
    // Both outcomes occur in the corpus: mfaAuthenticated becomes a JSON boolean.
    expect(same).toBeGreaterThan(0);
    expect(hinted).toBeGreaterThan(0);
  });

  it('gives the same values or a message naming encode, on every App Mesh fixture', () => {
    const { hinted } = check(
      AppMeshEvent as unknown as Codec,
      F.fixtures.map((f) => [f.name, f.make()]),
    );
    expect(hinted).toBeGreaterThan(0); // Java date text becomes ISO text
  });

  it('does so inside LookupEvents events too', () => {
    const record = corpusRecords()[0]?.record;
    const wire = { EventId: 'x', EventTime: 1424476529, ReadOnly: 'true', CloudTrailEvent: JSON.stringify(record) };
    const r = afterStringify(LookupEvent as unknown as Codec, wire);
    expect(r).not.toBe('same');
    if (r !== 'same') for (const m of r) expect(m).toMatch(HINT);
  });

  it('says so at the leaves', () => {
    const bool = BooleanText.decode(true);
    expect(bool._tag === 'Left' ? formatErrors(bool.left) : []).toEqual([
      '(root): expected "true" | "false", got true — a decoded value? Serialise decoded records with encode, not JSON.stringify',
    ]);
    const java = DateFromJavaDateText.decode('2023-11-05T04:29:11.000Z');
    expect(java._tag === 'Left' ? formatErrors(java.left)[0] : '').toMatch(HINT);
    // Text that is simply wrong gets no hint.
    const wrong = DateFromJavaDateText.decode('yesterday');
    expect(wrong._tag === 'Left' ? formatErrors(wrong.left)[0] : '').not.toMatch(HINT);
  });
});

export type { DecodeError };
