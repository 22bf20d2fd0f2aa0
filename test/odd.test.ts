// The odd corpus holds broken, abridged or foreign records. Whatever happens
// to each, it must be a result, never an exception; and where the corpus
// README names the defect, the outcome must follow from it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeLogFile, decodeRecordText, type RecordFailure } from '../src/containers/index.js';
import { oddDir, oddFiles, rawSnippets } from './support/corpus.js';

/** Per-record reasons from odd/README.md: file → index → reasons. */
function readmeReasons(): Map<string, Map<number, string[]>> {
  const out = new Map<string, Map<number, string[]>>();
  let file: string | undefined;
  for (const line of readFileSync(join(oddDir, 'README.md'), 'utf8').split('\n')) {
    const heading = /^#### `([^`]+)`/.exec(line);
    if (heading !== null) {
      file = heading[1];
      out.set(file as string, new Map());
      continue;
    }
    const item = /^- \[(\d+)\] .*?\): (.*)$/.exec(line);
    if (item !== null && file !== undefined) {
      out.get(file)?.set(Number(item[1]), (item[2] as string).split('; '));
    }
  }
  return out;
}

// Envelope fields this library requires on a record with a caller.
const REQUIRED = ['eventVersion', 'userIdentity', 'eventTime', 'eventSource', 'eventName', 'awsRegion'];

interface Expectation {
  /** Issue texts that must appear; a non-empty list means the record must fail. */
  mustReport: RegExp[];
  /** Issue texts that must not appear: defects a decoder should tolerate. */
  mustNotReport: RegExp[];
}

function expectationFor(reasons: string[]): Expectation {
  const mustReport: RegExp[] = [];
  const mustNotReport: RegExp[] = [];
  for (const reason of reasons) {
    const abridged = /^abridged: missing envelope field\(s\) (.+?)(?: although .*)?$/.exec(reason);
    if (abridged !== null) {
      const missing = (abridged[1] as string).split(', ').filter((f) => REQUIRED.includes(f));
      for (const f of missing) mustReport.push(new RegExp(`^Records\\[\\d+\\]\\.${f}: expected .*, but it is missing$`));
      // eventID and eventType are optional: old records lack them.
      mustNotReport.push(/\.(eventID|eventType): /);
    } else if (reason.startsWith('sessionCredentialFromConsole is a bool')) {
      mustReport.push(/\.sessionCredentialFromConsole: expected "true" \| "false"( text)?, got (true|false)( — .*)?$/);
    } else if (reason === 'userIdentity.invokedBy is null') {
      mustReport.push(/\.userIdentity\.invokedBy: expected string, got null$/);
    } else if (/^(requestParameters|responseElements|serviceEventDetails) is a string/.test(reason)) {
      const field = reason.split(' ')[0] as string;
      mustReport.push(new RegExp(`\\.${field}: expected JSON object.*, got "`));
    } else if (reason.startsWith('shipper-modified') && reason.includes('no eventTime')) {
      mustReport.push(/\.eventTime: expected .*, but it is missing$/);
    } else if (reason.startsWith('schema/test placeholder values')) {
      mustReport.push(/: expected /);
    } else if (reason.startsWith('undocumented eventType')) {
      mustNotReport.push(/\.eventType: /);
    } else if (reason.startsWith('undocumented userIdentity.type')) {
      mustNotReport.push(/\.userIdentity(\.type)?: /);
    } else if (reason.startsWith('key spelled with different case')) {
      // Unknown keys are kept as data, whatever their spelling.
      mustNotReport.push(/\.(RequestParameters|ResponseElements|eventId): /);
    }
    // Other defects ("..." placeholders, misspelled identity keys) may go
    // either way; they are checked only for readable, non-throwing results.
  }
  return { mustReport, mustNotReport };
}

const reasons = readmeReasons();

describe('odd records', () => {
  for (const file of oddFiles()) {
    const records = file.json.Records;
    it(`${file.name}: all ${records.length} records give a result that follows from their defect`, () => {
      const result = decodeLogFile(file.json);
      expect(result.success).toBe(true);
      if (!result.success) return;
      const { failures } = result.data;
      expect(result.data.records.length + failures.length).toBe(records.length);
      const byIndex = new Map<number, RecordFailure>(failures.map((f) => [f.index, f]));
      const perRecord = reasons.get(file.name) ?? new Map<number, string[]>();
      let checked = 0;
      for (let i = 0; i < records.length; i++) {
        const failure = byIndex.get(i);
        for (const issue of failure?.issues ?? []) {
          expect(issue.message).toMatch(new RegExp(`^Records\\[${i}\\](\\.|\\[|:)`));
          expect(issue.message).not.toContain('undefined');
        }
        const why = perRecord.get(i);
        if (why === undefined) continue;
        checked++;
        const expectation = expectationFor(why);
        const lines = failure?.issues.map((x) => x.message) ?? [];
        for (const pattern of expectation.mustReport) {
          expect(lines.some((l) => pattern.test(l)), `[${i}] ${why.join('; ')}: ${pattern} in ${lines.join(' | ')}`).toBe(true);
        }
        for (const pattern of expectation.mustNotReport) {
          expect(lines.filter((l) => pattern.test(l)), `[${i}] ${why.join('; ')}`).toEqual([]);
        }
      }
      // The README lists a reason for every record it kept apart, except the
      // forty panther records moved later for their eventTime form.
      expect(checked).toBe(file.name === 'panther-analysis.json' ? records.length - 40 : records.length);
    });
  }

  it('refuses the 40 records whose eventTime is not what CloudTrail writes, naming eventTime', () => {
    const panther = oddFiles().find((f) => f.name === 'panther-analysis.json');
    const listed = reasons.get('panther-analysis.json') ?? new Map();
    const result = panther === undefined ? undefined : decodeLogFile(panther.json);
    expect(result?.success).toBe(true);
    if (result === undefined || !result.success) return;
    const moved = result.data.failures.filter((f) => !listed.has(f.index));
    expect(moved).toHaveLength(40);
    for (const f of moved) expect(f.issues.some((i) => /\.eventTime: expected ISO-8601/.test(i.message))).toBe(true);
  });

  it('reports every raw snippet, the App Mesh guide example among them, as text that is not JSON or not a record', () => {
    const snippets = rawSnippets();
    expect(snippets).toHaveLength(31);
    for (const snippet of snippets) {
      const result = decodeRecordText(snippet.text);
      expect(result.success, snippet.what_is_odd).toBe(false);
      if (result.success) continue;
      if (snippet.what_is_odd.startsWith('invalid JSON')) {
        expect(result.error.message).toMatch(/the text is not valid JSON: .+/);
      } else {
        expect(result.error.issues.length).toBeGreaterThan(0);
      }
    }
    const appMesh = snippets.find((s) => s.source === 'awsdocs/aws-app-mesh-user-guide');
    const r = appMesh === undefined ? undefined : decodeRecordText(appMesh.text);
    expect(r?.success).toBe(false);
    if (r !== undefined && !r.success) expect(r.error.message).toMatch(/not valid JSON.*(line \d+ column \d+|position \d+)/);
  });
});
