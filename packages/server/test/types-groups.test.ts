import { expect, it } from 'vitest';
import { forEachDatabase, type TestDatabase } from '@koers/testing';
import { Agent, answer, testApp } from './support/harness';

async function world(database: TestDatabase) {
  const t = await testApp(database, 'test/fixtures/groups', 'test/fixtures/valid');
  await t.person('admin@koers.nl', [], true);
  return t;
}

await forEachDatabase('types list: groups', world, (w) => {
  it('names the group of a type that works with groups (groupTitle), so the web offers only those for groups; null for the others', async () => {
    const admin = new Agent(w.app);
    expect((await admin.login('admin@koers.nl')).status).toBe(200);
    const types = await answer(admin.api.types.$get());
    expect(types.find((t) => t.id === 'kring')?.groupTitle).toEqual({ nl: 'Kring', en: 'Circle' });
    const others = types.filter((t) => t.id !== 'kring');
    expect(others.length).toBeGreaterThan(0);
    for (const t of others) expect(t.groupTitle).toBeNull();
  });
});
