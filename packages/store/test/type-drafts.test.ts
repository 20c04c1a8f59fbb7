import { beforeAll, expect, it } from 'vitest';
import { createStore } from '../src';
import { forEachDatabase } from '@koers/testing';

const T0 = new Date('2025-01-06T09:00:00.000Z');
const T1 = new Date('2025-01-07T09:00:00.000Z');
/** A definition whose key order is not alphabetical, to show it survives. */
const def = (text: string) => ({ id: 'ronde', version: 1, title: { nl: text, en: text }, machine: { states: { z: {}, a: {} } } });
const setVersion = (saved: unknown, version: number) => ({ ...(saved as object), version });

await forEachDatabase('type drafts store', async (database) => createStore(await database.create()), (store) => {
  let anna: string;
  let bert: string;
  let school: string;

  beforeAll(async () => {
    anna = (await store.users.create({ email: 'anna@koers.nl', name: 'Anna Admin' })).id;
    bert = (await store.users.create({ email: 'bert@koers.nl', name: 'Bert Beheer' })).id;
    school = (await store.organisations.create({ kind: 'school', name: 'De Linde' })).id;
  });
  const create = (typeId: string, text = 'Ronde', by = anna) =>
    store.typeDrafts.create({ typeId, basedOn: null, definition: def(text), forms: [{ id: `${typeId}-f` }], at: T0, by });

  it('creates one draft per type id, keeps its key order, and answers a second create with the one there', async () => {
    const first = await create('ronde');
    expect(first).toMatchObject({ kind: 'saved', draft: { typeId: 'ronde', revision: 1, basedOn: null, createdAt: T0.toISOString(), updatedBy: { id: anna } } });
    expect(Object.keys((await store.typeDrafts.get('ronde'))!.definition as object)).toEqual(['id', 'version', 'title', 'machine']);
    expect(Object.keys(((await store.typeDrafts.get('ronde'))!.definition as ReturnType<typeof def>).machine.states)).toEqual(['z', 'a']);
    const again = await create('ronde', 'Anders', bert);
    expect(again).toMatchObject({ kind: 'conflict', current: { revision: 1, definition: def('Ronde'), updatedBy: { id: anna, name: 'Anna Admin' } } });
  });

  it('saves only from the current revision; of two saves from the same revision one wins and the other gets it', async () => {
    await create('twee');
    const results = await Promise.all([anna, bert].map((by, i) =>
      store.typeDrafts.save('twee', 1, { definition: def(`versie ${i}`), forms: [], at: T1, by })));
    const won = results.filter((r) => r.kind === 'saved');
    const lost = results.filter((r) => r.kind === 'conflict');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const now = await store.typeDrafts.get('twee');
    expect(now).toMatchObject({ revision: 2, updatedAt: T1.toISOString() });
    expect(lost[0]).toEqual({ kind: 'conflict', current: now });
    expect(await store.typeDrafts.save('bestaat-niet', 1, { definition: {}, forms: [], at: T1, by: anna })).toEqual({ kind: 'conflict', current: undefined });
  });

  it('replaces a draft by moving its revision on, or creates it', async () => {
    await create('vervang');
    const replaced = await store.typeDrafts.replace({ typeId: 'vervang', basedOn: 3, definition: def('Nieuw'), forms: [], at: T1, by: bert });
    expect(replaced).toMatchObject({ revision: 2, basedOn: 3, definition: def('Nieuw'), createdAt: T0.toISOString(), updatedAt: T1.toISOString() });
    expect((await store.typeDrafts.replace({ typeId: 'vers', basedOn: null, definition: {}, forms: [], at: T1, by: null })).revision).toBe(1);
  });

  it('discards a draft once', async () => {
    await create('weg');
    expect(await store.typeDrafts.delete('weg')).toBe(true);
    expect(await store.typeDrafts.delete('weg')).toBe(false);
    expect(await store.typeDrafts.get('weg')).toBeUndefined();
  });

  it('publishes a draft as the highest version + 1 with its note, removes the draft, and lists it in the history', async () => {
    await store.typeVersions.publish({ typeId: 'pub', version: 4, definition: def('Oud'), forms: [], at: T0 });
    await create('pub', 'Nieuw');
    const audit: number[] = [];
    const result = await store.typeDrafts.publish({
      typeId: 'pub', revision: 1, definition: setVersion, note: 'Tussenevaluatie toegevoegd', at: T1, by: anna,
      also: async (tx, version) => {
        audit.push(version);
        await store.audit.append({ at: T1, actorId: anna, action: 'type.publish', detail: { version } }, tx);
      },
    });
    expect(result).toEqual({ kind: 'published', version: 5, definition: { ...def('Nieuw'), version: 5 }, forms: [{ id: 'pub-f' }] });
    expect(audit).toEqual([5]);
    expect(await store.typeDrafts.get('pub')).toBeUndefined();
    const stored = await store.typeVersions.get('pub');
    expect(stored).toMatchObject({ version: 5, note: 'Tussenevaluatie toegevoegd', publishedBy: anna, publishedAt: T1.toISOString() });
    expect(Object.keys(stored!.definition as object)).toEqual(['id', 'version', 'title', 'machine']);

    await store.trajectories.create({
      typeId: 'pub', typeVersion: 5, schoolId: school, createdBy: anna, actorRoles: [], at: T1, status: 'active', steps: ['a'], stepsDueAt: [null],
      waitingRoles: [], enteredAt: T1.toISOString(), dueAt: null, snapshot: { value: 'a' },
    });
    const history = (await store.typeVersions.history()).filter((v) => v.typeId === 'pub');
    expect(history).toEqual([
      { typeId: 'pub', version: 4, title: { nl: 'Oud', en: 'Oud' }, publishedAt: T0.toISOString(), publishedBy: null, note: null, trajectories: { active: 0, done: 0 } },
      { typeId: 'pub', version: 5, title: { nl: 'Nieuw', en: 'Nieuw' }, publishedAt: T1.toISOString(), publishedBy: { id: anna, name: 'Anna Admin' }, note: 'Tussenevaluatie toegevoegd', trajectories: { active: 1, done: 0 } },
    ]);
    expect(await store.typeVersions.formIds()).toContain('pub-f');
  });

  it('publishes one of two concurrent publications of a draft; the other gets a conflict and no second version exists', async () => {
    await create('samen');
    const results = await Promise.all([anna, bert].map((by) =>
      store.typeDrafts.publish({ typeId: 'samen', revision: 1, definition: setVersion, note: 'Gelijktijdig', at: T1, by })));
    expect(results.map((r) => r.kind).sort()).toEqual(['conflict', 'published']);
    expect((await store.typeVersions.list()).filter((v) => v.typeId === 'samen').map((v) => v.version)).toEqual([1]);
  });

  it('refuses a stale revision, and rolls everything back when a write in the same transaction fails', async () => {
    await create('blijft');
    expect(await store.typeDrafts.publish({ typeId: 'blijft', revision: 2, definition: setVersion, note: 'x', at: T1, by: anna }))
      .toMatchObject({ kind: 'conflict', current: { revision: 1 } });
    const taken = await store.typeDrafts.publish({
      typeId: 'blijft', revision: 1, note: 'x', at: T1, by: anna,
      definition: (saved, version) => setVersion(saved, version),
      also: async () => {
        throw new Error('audit failed');
      },
    }).catch((error: Error) => error.message);
    expect(taken).toBe('audit failed');
    expect(await store.typeDrafts.get('blijft')).toMatchObject({ revision: 1 });
    expect(await store.typeVersions.get('blijft')).toBeUndefined();
  });
});
