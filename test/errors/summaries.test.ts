// The summaries that begin a DecodeError's message are listed in
// docs/errors.md; this keeps the list and the code in step.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DecodeError } from '../../src/index.js';
import { decodeLogFileText, decodeRecordText } from '../../src/containers/index.js';
import { repoRoot } from '../support/corpus.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

// A summary is the last argument of DecodeError.single / fromErrors, of the
// stream decoder's fail, or the default of a `summary` parameter.
const SUMMARY = /(?:DecodeError\.(?:single|fromErrors)\(|this\.fail\()[^\n]*,\s*'([^']+)'\)|summary = '([^']+)'/g;

describe('DecodeError summaries', () => {
  const doc = readFileSync(join(repoRoot, 'docs', 'errors.md'), 'utf8');
  const found = new Set<string>();
  for (const file of sources(join(repoRoot, 'src'))) {
    // Doc comments hold examples of callers' own summaries; leave them out.
    const code = readFileSync(file, 'utf8').split('\n').filter((line) => !/^\s*(\*|\/\/)/.test(line)).join('\n');
    for (const m of code.matchAll(SUMMARY)) found.add((m[1] ?? m[2]) as string);
  }

  it('the scan finds the summaries the code writes', () => {
    expect([...found]).toEqual(expect.arrayContaining(['Not JSON', 'Not a CloudTrail log file', 'Decoding failed']));
  });

  it('docs/errors.md lists every one of them', () => {
    for (const summary of found) expect(doc, summary).toContain(`| \`${summary}\` |`);
  });

  it('the doc does not promise `Decoding failed:` where the code writes another summary', () => {
    expect(new DecodeError([]).message).toBe('Decoding failed:\n');
    const text = decodeLogFileText('{"Records": [tru');
    expect(!text.success && text.error.message.split('\n')[0]).toBe('Not JSON:');
    const record = decodeRecordText('nope');
    expect(!record.success && record.error.message.split('\n')[0]).toBe('Not JSON:');
  });
});
