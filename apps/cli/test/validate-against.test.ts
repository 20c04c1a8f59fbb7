import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore } from '@koers/store';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASES, postgresAvailable } from '@koers/testing';
import { publishShipped } from '@koers/testing';
import { run } from './run';

const root = join(import.meta.dirname, '..', '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'koers-against-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

for (const database of DATABASES) {
  describe.runIf(database.name === 'pglite' || (await postgresAvailable()))(`koers validate --against (${database.name})`, () => {
    afterAll(() => database.cleanup());

    it('reports a definition that differs from the version published under its number, and only that one', async () => {
      const target = database.name === 'pglite' ? join(tmp, 'data') : (await database.create()).url!;
      const store = await createStore(database.name === 'pglite' ? { dataDir: target } : { url: target });
      await publishShipped(store, 'pd-schoolontwikkeling', (d) => ({ ...d, title: { nl: 'Een oudere titel', en: 'An older title' } }));
      await publishShipped(store, 'voortgezet-leren');
      await store.close();

      const result = await run('validate', '--against', target, join(root, 'workflows'), join(root, 'forms'));
      expect(result.code).toBe(1);
      expect(result.err.split('\n')).toEqual([
        `workflows/pd-schoolontwikkeling.json:/version: pd-schoolontwikkeling v4 wijkt af van de gepubliceerde v4; geef het versie 5 [published-version-differs]`,
      ]);
      expect(result.out).toBe('');
    }, 60_000);
  });
}

describe('koers validate --against a folder that does not exist', () => {
  it('says so with exit 2 and makes no database', async () => {
    const result = await run('validate', '--against', join(tmp, 'nergens'), join(root, 'workflows'), join(root, 'forms'));
    expect(result.code).toBe(2);
    expect(result.err).toContain('bestaat niet / does not exist');
  });
});
