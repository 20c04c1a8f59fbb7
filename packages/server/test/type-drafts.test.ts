import { expect, it } from 'vitest';
import { forEachDatabase } from '@koers/testing';
import { answer, errorOf } from './support/harness';
import { shippedWorld } from './support/world';

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
});
