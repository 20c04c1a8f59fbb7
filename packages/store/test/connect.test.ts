import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirLocked, connect } from '../src';
import { DATABASES, postgresAvailable } from '@koers/testing';

for (const database of DATABASES) {
  describe.runIf(database.name === 'pglite' || (await postgresAvailable()))(`connect (${database.name})`, () => {
    afterAll(() => database.cleanup());

    it('creates every table from the committed migrations', async () => {
      const connection = await connect(await database.create());
      const rows = await connection.db.execute<{ table_name: string }>(
        sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
      );
      const names = ('rows' in rows ? rows.rows : rows).map((r) => r.table_name);
      expect(names).toEqual(expect.arrayContaining(['events', 'trajectories', 'type_versions', 'users', 'memberships', 'sessions']));
      await connection.close();
    });
  });
}

describe('the embedded database directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'koers-lock-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('cannot be opened twice, and opens again once closed', async () => {
    const first = await connect({ dataDir: dir });
    await expect(connect({ dataDir: dir })).rejects.toBeInstanceOf(DataDirLocked);
    await first.close();
    const again = await connect({ dataDir: dir });
    await again.close();
  }, 120_000);
});
