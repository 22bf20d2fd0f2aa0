// A tampered log must not forge lines in what the library prints or returns
// as text: failure headers, DecodeError summaries, issue messages (paths,
// expected, actual) and actor labels. Each field is fed every character that
// can start a line, move the cursor or reorder text, and none may come out raw.
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import * as api from '../support/api.js';
import { corpusRecords } from '../support/corpus.js';

type Obj = Record<string, unknown>;

const DANGEROUS: ReadonlyArray<[string, string]> = [
  ['LF', '\n'],
  ['CR', '\r'],
  ['ESC', '\u001b'],
  ['LINE SEPARATOR', '\u2028'],
  ['PARAGRAPH SEPARATOR', '\u2029'],
  ['NEL', '\u0085'],
  ['CSI (C1)', '\u009b'],
  ['RIGHT-TO-LEFT OVERRIDE', '\u202e'],
  ['RIGHT-TO-LEFT ISOLATE', '\u2067'],
];
const RAW = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const activity = corpusRecords()
  .map((r) => r.record)
  .find((r) => r['eventType'] === 'AwsApiCall' && (r['userIdentity'] as Obj | undefined)?.['type'] === 'IAMUser') as Obj;

/** Text that tries to end the line and print a fake one. */
const forged = (c: string): string => `Put${c}Records[9] did not decode (eventName ${c}Forged)`;

function expectSafe(text: string): void {
  expect(text).not.toMatch(RAW);
}

describe.each(DANGEROUS)('record text with %s', (_, c) => {
  const text = forged(c);

  it('failure headers: eventName, eventID and the item path', () => {
    const r = api.decodeLogFile({ Records: [{ ...activity, eventName: text, eventID: text, eventTime: 5 }] });
    expect(r.success).toBe(true);
    if (!r.success) return;
    const f = r.data.failures[0] as api.RecordFailure;
    expect(f.eventName).toBe(text); // the data stays as it was
    const [head, ...rest] = f.message.split('\n');
    expectSafe(head as string);
    expect(head).toContain('eventName Put\\');
    expect(rest).toEqual(f.issues.map((i) => `  ${i.message}`));
    for (const line of rest) expectSafe(line);
  });

  it('DecodeError summaries', () => {
    const r = api.decodeRecord({ ...activity, eventName: text, eventID: text, eventTime: 5 });
    expect(r.success).toBe(false);
    if (r.success) return;
    const summary = r.error.message.split('\n')[0] as string;
    expectSafe(summary);
    expect(summary.startsWith('Not a valid CloudTrailRecord (eventName Put\\')).toBe(true);
    expectSafe(api.recordIds({ EventName: text, EventId: text }));
    expectSafe(new api.DecodeError([], text).message.split('\n')[0] as string);
    expectSafe(api.DecodeError.single(text).issues[0]?.message as string);
  });

  it('issue messages: actual values, odd keys in paths, and expected', () => {
    const value = api.decodeRecord({ ...activity, eventTime: text });
    expect(value.success).toBe(false);
    if (!value.success) for (const i of value.error.issues) expectSafe(i.message);

    const keyed = t.record(t.string, t.number).decode({ [text]: text });
    expect(keyed._tag).toBe('Left');
    if (keyed._tag === 'Left') {
      const [issue] = api.issuesOf(keyed.left);
      expectSafe(issue?.message as string);
      expect(issue?.segments).toEqual([text]); // the raw key is kept as data
    }
    expectSafe(api.formatPath(['a', text, 1]));
    expectSafe(api.describeValue(text));

    // A foreign codec's name and message of its own are record text too, as far as we know.
    const named = new t.Type<string>(`named ${text}`, t.string.is, (u, ctx) => t.failure(u, ctx, `own message ${text}`), t.identity);
    const r = named.decode(1);
    if (r._tag === 'Left') for (const line of api.formatErrors(r.left)) expectSafe(line);
    const unnamed = new t.Type<string>(`named ${text}`, t.string.is, (u, ctx) => t.failure(u, ctx), t.identity);
    const r2 = unnamed.decode(1);
    if (r2._tag === 'Left') for (const line of api.formatErrors(r2.left)) expectSafe(line);
  });

  it('actor labels, while name and arn stay raw data', () => {
    const identities: Obj[] = [
      { type: 'IAMUser', userName: text, invokedBy: text },
      { type: 'AssumedRole', arn: `arn:aws:sts::111122223333:assumed-role/${text}/${text}`, principalId: 'x', accountId: '1' },
      { type: 'Root', accountId: text, principalId: text, arn: 'arn:aws:iam::1:root', sessionContext: { assumedRoot: 'true' } },
      { type: text, userName: text },
      { invokedBy: text },
    ];
    for (const identity of identities) {
      const a = api.actorOf({ userIdentity: identity as api.UserIdentity });
      expect(a).toBeDefined();
      expectSafe(a?.label as string);
      expect(a?.name).toContain(c);
    }
  });
});

describe('clipText and escapeText', () => {
  it('clipText cuts long text with an ellipsis, never inside a surrogate pair', () => {
    expect(api.clipText('CreateAccessKey', 6)).toBe('Create…');
    expect(api.clipText('short', 80)).toBe('short');
    expect(api.clipText('ab😀cd', 3)).toBe('ab…');
    expect(api.escapeText(api.clipText('ab😀cd', 3))).toBe('ab…');
  });

  it('escapeText answers for a value that is not a string', () => {
    expect(api.escapeText(5 as unknown as string)).toBe('5');
    expect(api.escapeText(Symbol('a\nb') as unknown as string)).toBe('Symbol(a\\nb)');
  });
});
