// The README and docs/compatibility.md list every typed service with its
// entry, codec and operation count, read here from the service descriptors,
// so a service added, renamed or regrown without its row fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kitServices } from '../../scripts/codegen/services.js';
import { services } from '../../src/services/index.js';
import { repoRoot } from '../support/corpus.js';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const compat = readFileSync(join(repoRoot, 'docs/compatibility.md'), 'utf8');
const rowsOf = (text: string): string[] => text.split('\n').filter((l) => l.startsWith('| ') && l.includes('`cloudtrail-codecs/'));

describe('typed service lists', () => {
  for (const config of kitServices) {
    const service = services.find((s) => s.name === config.name);
    it(`${config.name}: a row in the README and in docs/compatibility.md with its codec and ${service?.operations.length} operations`, () => {
      expect(service).toBeDefined();
      const count = service?.operations.length;
      const mine = (l: string): boolean => l.includes(`\`cloudtrail-codecs/${config.name}\``) && l.includes(`\`${config.eventCodec}\``);
      const inReadme = rowsOf(readme).filter(mine);
      expect(inReadme).toHaveLength(1);
      expect(inReadme[0]).toMatch(new RegExp(`\\| ${count}(,|\\s\\|)`));
      const inCompat = rowsOf(compat).filter(mine);
      expect(inCompat).toHaveLength(1);
      expect(inCompat[0]).toMatch(new RegExp(`\\| \`${service?.eventSource.replace(/\./g, '\\.')}\` \\|.*\\| ${count} \\|$`));
    });
  }

  it('no row names a service that does not exist', () => {
    const names = new Set(kitServices.map((c) => c.name));
    for (const l of [...rowsOf(readme), ...rowsOf(compat)].filter((l) => /\| `cloudtrail-codecs\/\w+` \| `\w+Event`/.test(l) || /\| `[a-z0-9.]+\.amazonaws\.com` \|/.test(l))) {
      const m = /`cloudtrail-codecs\/(\w+)`/.exec(l);
      expect(names.has(m?.[1] ?? ''), l).toBe(true);
    }
  });
});
