// The guides ship in the npm package and their links work there: every
// relative link of every packed markdown file names a packed file. The full
// release check (scripts/pack-check.ts) runs the same check on the real
// tarball; this one uses `npm pack --dry-run` so that it stays fast.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownAnchors, markdownLinkProblems, markdownLinks } from '../../scripts/pack-check.js';

const root = resolve(import.meta.dirname, '../..');

let packed: Set<string> | undefined;

/** The files `npm pack` would put in the tarball, listed once per run. */
function packedFiles(): Set<string> {
  if (packed !== undefined) return packed;
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  expect(r.status, r.stderr).toBe(0);
  const [pack] = JSON.parse(r.stdout) as Array<{ files: Array<{ path: string }> }>;
  packed = new Set((pack?.files ?? []).map((f) => f.path));
  return packed;
}

const read = (path: string): string => readFileSync(join(root, path), 'utf8');

describe('markdown links in the package', { timeout: 60_000 }, () => {
  it('ships every guide, the README, the changelog and the benchmark results', () => {
    const files = packedFiles();
    const guides = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`);
    expect(guides.length).toBeGreaterThan(5);
    expect(guides.filter((g) => !files.has(g))).toEqual([]);
    for (const f of ['README.md', 'CHANGELOG.md', 'bench/results.md']) expect(files.has(f), f).toBe(true);
    // The generated API pages are not guides.
    expect([...files].filter((f) => f.startsWith('docs/api/'))).toEqual([]);
  });

  it('resolves every relative link of every packed markdown file inside the package', () => {
    const files = packedFiles();
    const result = markdownLinkProblems(files, read);
    expect(result.problems).toEqual([]);
    expect(result.documents).toBeGreaterThan(5);
    expect(result.links).toBeGreaterThan(10);
  });

  it('lists the Security and Command line guides in the README', () => {
    const targets = markdownLinks(read('README.md')).map((l) => l.target);
    expect(targets).toContain('docs/security.md');
    expect(targets).toContain('docs/cli.md');
  });

  it('finds inline, image, reference and HTML links, and none in code', () => {
    const text = [
      '---',
      'title: [not](a-link.md)',
      '---',
      'See [a](a.md "title"), ![img](<b c.png>) and <a href="d.md">d</a>.',
      '[ref]: e.md',
      'Code: `[x](code-span.md)`.',
      '```md',
      '[y](fenced.md)',
      '```',
      '~~~~',
      '```',
      '[z](still-fenced.md)',
      '~~~~',
      '[after](f.md#part)',
    ].join('\n');
    expect(markdownLinks(text)).toEqual([
      { target: 'a.md', line: 4 },
      { target: 'b c.png', line: 4 },
      { target: 'd.md', line: 4 },
      { target: 'e.md', line: 5 },
      { target: 'f.md#part', line: 14 },
    ]);
  });

  it('makes GitHub heading anchors', () => {
    const anchors = markdownAnchors('# The `check` command\n## Exit codes\n## Exit codes\n### What *is* `--json`? (v0.2)\n<a id="custom"></a>\n');
    expect([...anchors].sort()).toEqual(['custom', 'exit-codes', 'exit-codes-1', 'the-check-command', 'what-is---json-v02']);
  });

  it('reports links to files not in the package, outside it, root-relative, and to missing anchors', () => {
    const texts: Record<string, string> = {
      'README.md': [
        '[ok](docs/guide.md) [ok anchor](docs/guide.md#exit-codes) [web](https://example.com/x.md) [mail](mailto:a@b.c)',
        '[self](#install) [folder](docs/)',
        '[missing](bench/results.md) [up](../outside.md) [rooted](/docs/guide.md) [bad anchor](docs/guide.md#nope)',
        '## Install',
      ].join('\n'),
      'docs/guide.md': '# Guide\n## Exit codes\n[back](../README.md#install) [sibling](other.md)\n',
    };
    const result = markdownLinkProblems(new Set(Object.keys(texts)), (p) => texts[p] ?? '');
    expect(result.documents).toBe(2);
    expect(result.links).toBe(10);
    expect(result.problems).toEqual([
      'README.md:3: [bench/results.md] points at bench/results.md, which is not in the package: ship it or use an absolute URL',
      'README.md:3: [../outside.md] points outside the package',
      'README.md:3: [/docs/guide.md] is relative to a site root, which an installed package does not have; make it relative to README.md or absolute',
      'README.md:3: [docs/guide.md#nope]: docs/guide.md has no heading or anchor "nope"',
      'docs/guide.md:3: [other.md] points at docs/other.md, which is not in the package: ship it or use an absolute URL',
    ]);
  });
});

describe('docs/compatibility.md', () => {
  it('states the dependency ranges package.json declares', () => {
    const pkg = JSON.parse(read('package.json')) as {
      peerDependencies: Record<string, string>;
      dependencies: Record<string, string>;
    };
    const declared = { ...pkg.peerDependencies, ...pkg.dependencies };
    // Rows of the Dependencies table: | `name` | kind | `range` | needed for |
    const documented: Record<string, string> = {};
    const text = read('docs/compatibility.md');
    const section = text.slice(text.indexOf('\n## Dependencies'));
    const table = section.slice(0, section.indexOf('\n## ', 1) < 0 ? undefined : section.indexOf('\n## ', 1));
    for (const line of table.split('\n')) {
      const row = /^\| `([^`]+)` \| [^|]+ \| `((?:[^`])+)` \|/.exec(line);
      if (row?.[1] !== undefined && row[2] !== undefined) documented[row[1]] = row[2].replace(/\\\|/g, '|');
    }
    expect(documented).toEqual(declared);
  });
});
