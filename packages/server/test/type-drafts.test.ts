import { expect, it } from 'vitest';
import { forEachDatabase } from '@koers/testing';
import { answer, errorOf } from './support/harness';
import { auditDetails, tableHashes } from './support/tables';
import { PD, shippedWorld } from './support/world';

const title = { nl: 'Kwaliteitsronde', en: 'Quality round' };
type Json = Record<string, any>;

await forEachDatabase('building a trajectory type as a draft', shippedWorld, (w) => {
  const admin = () => w.as('admin@koers.nl');

  it('starts a new type as a lint-clean skeleton that publishes as version 1 with its note', async () => {
    const a = await admin();
    const draft = await answer(a.api['type-drafts'].$post({ json: { typeId: 'kwaliteitsronde', title } }), 201);
    expect(draft).toMatchObject({ typeId: 'kwaliteitsronde', basedOn: null, revision: 1, forms: [], updatedBy: { name: 'Anna Admin' } });
    expect(Object.keys(draft.definition)).toEqual(['id', 'version', 'title', 'description', 'roles', 'machine']);
    expect(await answer(a.api['type-drafts'][':typeId'].$get({ param: { typeId: 'kwaliteitsronde' } }))).toEqual(draft);

    const published = await answer(a.api['type-drafts'][':typeId'].publish.$post({ param: { typeId: 'kwaliteitsronde' }, json: { revision: 1, note: '  Eerste versie  ' } }), 201);
    expect(published).toEqual({ id: 'kwaliteitsronde', version: 1, title, forms: [] });
    expect((await a.request('GET', '/api/type-drafts/kwaliteitsronde')).status).toBe(404);
    const overview = await answer(a.api.admin.types.$get());
    expect(overview.find((t) => t.id === 'kwaliteitsronde')).toEqual({
      id: 'kwaliteitsronde', title, draft: null,
      versions: [{ version: 1, publishedAt: w.clock.now().toISOString(), publishedBy: { id: w.people.admin.id, name: 'Anna Admin' }, note: 'Eerste versie', trajectories: { active: 0, done: 0 } }],
    });
  });

  it('saves with the revision it started from; a stale save gets 409 with the draft as it is now, and nothing is lost', async () => {
    const a = await admin();
    const b = await w.as('admin@koers.nl');
    const draft = await answer(a.api['type-drafts'].$post({ json: { typeId: 'twee-beheerders', title } }), 201);
    const mine = { ...draft.definition, description: { nl: 'Van Anna', en: 'By Anna' } };
    const saved = await answer(a.api['type-drafts'][':typeId'].$put({ param: { typeId: 'twee-beheerders' }, json: { revision: 1, definition: mine, forms: [] } }));
    expect(saved).toEqual({ revision: 2, updatedAt: w.clock.now().toISOString(), updatedBy: { id: w.people.admin.id, name: 'Anna Admin' } });

    const theirs = { ...draft.definition, description: { nl: 'Van de ander', en: 'By the other' } };
    const stale = await b.api['type-drafts'][':typeId'].$put({ param: { typeId: 'twee-beheerders' }, json: { revision: 1, definition: theirs, forms: [] } });
    expect(stale.status).toBe(409);
    const error = await errorOf(stale) as Json;
    expect(error).toMatchObject({ code: 'version-conflict', path: '/revision' });
    expect(error.details.current).toMatchObject({ revision: 2, definition: mine, forms: [], updatedBy: { name: 'Anna Admin' } });
    expect((await w.store.typeDrafts.get('twee-beheerders'))?.definition).toEqual(mine);
  });

  it('keeps work in progress that does not lint yet, and it never touches the published type or running trajectories', async () => {
    const a = await admin();
    const ib = await w.as('ib@esch.nl');
    const running = await answer(ib.api.trajectories.$post({ json: { typeId: PD, schoolId: w.world.schoolA.id } }), 201);
    const served = await (await a.request('GET', `/api/types/${PD}`)).text();
    await answer(a.api['type-drafts'].$post({ json: { typeId: PD, from: { typeId: PD } } }), 201);
    const broken = { id: PD, version: 3, machine: { initial: 'nergens', states: {} } };
    expect((await answer(a.api['type-drafts'][':typeId'].$put({ param: { typeId: PD }, json: { revision: 1, definition: broken, forms: [{ half: true }] } }))).revision).toBe(2);
    expect(await answer(a.api['type-drafts'][':typeId'].$get({ param: { typeId: PD } }))).toMatchObject({ revision: 2, definition: broken, forms: [{ half: true }] });
    expect(await (await a.request('GET', `/api/types/${PD}`)).text()).toBe(served);
    expect((await answer(ib.api.trajectories[':id'].$get({ param: { id: running.id } }))).type.version).toBe(4);
    expect(await auditDetails(w.store, 'type-draft.create')).toContainEqual({ typeId: PD, from: { typeId: PD } });
  });

  it('refuses a save that is not a draft: not objects, too deep, unknown fields, a draft that does not exist; nothing changes', async () => {
    const a = await admin();
    await answer(a.api['type-drafts'].$post({ json: { typeId: 'vormfout', title: { nl: 'Vorm', en: 'Form' } } }), 201);
    const before = await tableHashes(w.store, ['type_drafts', 'type_versions']);
    const deep = (n: number): unknown => (n === 0 ? {} : { a: deep(n - 1) });
    const cases: Array<[string, string, unknown, number, string]> = [
      ['a list as definition', 'vormfout', { revision: 1, definition: [], forms: [] }, 422, '/definition'],
      ['a text as form', 'vormfout', { revision: 1, definition: {}, forms: ['formulier'] }, 422, '/forms/0'],
      ['no revision', 'vormfout', { definition: {}, forms: [] }, 422, '/revision'],
      ['an unknown field', 'vormfout', { revision: 1, definition: {}, forms: [], extra: 1 }, 422, '/extra'],
      ['too deep', 'vormfout', { revision: 1, definition: deep(60), forms: [] }, 400, ''],
      ['a draft that does not exist', 'bestaat-niet', { revision: 1, definition: {}, forms: [] }, 404, '/typeId'],
      ['a bad type id', 'Geen_Id', { revision: 1, definition: {}, forms: [] }, 400, '/typeId'],
    ];
    for (const [name, id, body, status, path] of cases) {
      const res = await a.request('PUT', `/api/type-drafts/${id}`, body);
      const error = await errorOf(res);
      expect([res.status, error.path, Boolean(error.message.nl && error.message.en)], name).toEqual([status, path, true]);
    }
    expect((await a.request('GET', '/api/type-drafts/bestaat-niet')).status).toBe(404);
    expect(await tableHashes(w.store, ['type_drafts', 'type_versions'])).toEqual(before);
  });
});
