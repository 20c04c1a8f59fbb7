import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedPgliteTemplate, createStore, migrationsHash, pgliteTemplate, pgliteTemplateFile } from '../src';

const tmp = mkdtempSync(join(tmpdir(), 'koers-template-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the migrated PGlite template', () => {
  it('is made once per change of the migrations, kept under their hash, and read back as it was written', async () => {
    const cache = join(tmp, 'cache');
    expect(cachedPgliteTemplate(cache)).toBeUndefined();
    const made = await pgliteTemplate(cache);
    expect(pgliteTemplateFile(cache)).toBe(join(cache, `koers-pglite-${migrationsHash()}.tar`));
    expect(readdirSync(cache)).toEqual([`koers-pglite-${migrationsHash()}.tar`]);
    expect(cachedPgliteTemplate(cache)!.size).toBe(made.size);
  });

  it('starts a new database on disk from it, durable, with every table; an existing database ignores it', async () => {
    const template = (await pgliteTemplate(join(tmp, 'cache')))!;
    const dataDir = join(tmp, 'data');
    const store = await createStore({ dataDir, loadDataDir: template });
    await store.organisations.create({ kind: 'school', name: 'De Esch' });
    await store.close();
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
    // Opened again with the (empty) template: the school is still there.
    const again = await createStore({ dataDir, loadDataDir: template });
    expect((await again.organisations.list()).map((o) => o.name)).toEqual(['De Esch']);
    await again.close();
  });

  it('is not read when it was made for other migrations (another hash), so a stale one is never used', () => {
    const cache = join(tmp, 'stale');
    mkdirSync(cache);
    writeFileSync(join(cache, 'koers-pglite-0000000000000000.tar'), 'een sjabloon van vroeger');
    expect(cachedPgliteTemplate(cache)).toBeUndefined();
  });

  it('removes the templates of earlier migrations when it makes the one for these, and leaves other files alone', async () => {
    const cache = join(tmp, 'stale');
    writeFileSync(join(cache, 'koers-pglite-1111111111111111.tar'), 'nog een van vroeger');
    mkdirSync(join(cache, 'cli'));
    await pgliteTemplate(cache);
    expect(readdirSync(cache).sort()).toEqual(['cli', `koers-pglite-${migrationsHash()}.tar`].sort());
  });
});
