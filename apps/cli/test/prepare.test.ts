import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { migrationsHash } from '@koers/store';
import { run } from './run';

const root = mkdtempSync(join(tmpdir(), 'koers-prepare-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('makes the PGlite template in node_modules/.cache/koers, and never fails an install: a checkout without the web app says so and exits 0', async () => {
  const before = { root: process.env.KOERS_ROOT, web: process.env.KOERS_WEB_ROOT };
  process.env.KOERS_ROOT = root;
  process.env.KOERS_WEB_ROOT = join(root, 'dist');
  try {
    const { code, out, err } = await run('prepare');
    expect(code).toBe(0);
    expect(existsSync(join(root, 'node_modules', '.cache', 'koers', `koers-pglite-${migrationsHash()}.tar`))).toBe(true);
    expect(out).toMatch(/PGlite-sjabloon klaar \/ PGlite template ready/);
    expect(err).toMatch(/Webapp niet gebouwd \/ web app not built/);
    // No shipped types in that checkout: no demo made ahead either, said and not fatal.
    expect(err).toMatch(/Demo niet vooraf gemaakt \/ demo not made ahead/);
    expect(out).toMatch(/Klaar in \d+ ms/);
  } finally {
    for (const [name, value] of [['KOERS_ROOT', before.root], ['KOERS_WEB_ROOT', before.web]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
});
