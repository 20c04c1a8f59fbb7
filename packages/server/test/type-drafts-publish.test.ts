import { expect, it } from 'vitest';
import { forEachDatabase } from '@koers/testing';
import { answer, errorOf } from './support/harness';
import { auditDetails, tableHashes } from './support/tables';
import { PD, shippedWorld } from './support/world';

type Json = Record<string, any>;
type Problem = { path: string; file: string; pointer: string; code: string; message: { nl: string; en: string } };

await forEachDatabase('publishing a draft', shippedWorld, (w) => {
  const admin = () => w.as('admin@koers.nl');
  const drafts = (a: Awaited<ReturnType<typeof admin>>) => a.api['type-drafts'];
  const rows = async (table: string) => (await tableHashes(w.store, [table]))[table];
  const audit = (action: string) => auditDetails(w.store, action);

  it('starts the next version of a published type from it: same forms, the next version number, based on it', async () => {
    const a = await admin();
    const draft = await answer(drafts(a).$post({ json: { typeId: PD, from: { typeId: PD } } }), 201);
    const stored = await w.store.typeVersions.get(PD, 4);
    expect(draft).toMatchObject({ basedOn: 4, revision: 1, forms: stored!.forms });
    expect(draft.definition).toEqual({ ...(stored!.definition as Json), version: 5 });
    expect(Object.keys(draft.definition)).toEqual(Object.keys(stored!.definition as Json));
    const again = await drafts(a).$post({ json: { typeId: PD, from: { typeId: PD } } });
    expect(again.status).toBe(409);
    expect((await errorOf(again) as Json).details.current).toMatchObject({ typeId: PD, revision: 1 });
    expect((await a.request('DELETE', `/api/type-drafts/${PD}`)).status).toBe(204);
    expect(await audit('type-draft.discard')).toEqual([{ typeId: PD }]);
    expect((await a.request('DELETE', `/api/type-drafts/${PD}`)).status).toBe(404);
  });

  it('refuses a draft with lint problems with 422 listing each with its place, and changes nothing', async () => {
    const a = await admin();
    const draft = await answer(drafts(a).$post({ json: { typeId: 'vl-fout', from: { typeId: 'voortgezet-leren' } } }), 201);
    const definition = structuredClone(draft.definition) as Json;
    const forms = structuredClone(draft.forms) as Json[];
    const first = Object.keys(definition.machine.states)[0]!;
    definition.machine.states[first].meta.roles = ['bestaat-niet'];
    definition.machine.states[first].on = { ...definition.machine.states[first].on, ONBEKEND: { target: 'nergens', guard: { type: 'magischeGuard' } } };
    forms[1]!.examples = [{ onzin: true }];
    await answer(drafts(a)[':typeId'].$put({ param: { typeId: 'vl-fout' }, json: { revision: 1, definition, forms } }));
    const before = [await rows('type_versions'), await rows('type_drafts'), await rows('audit_log')];

    const res = await drafts(a)[':typeId'].publish.$post({ param: { typeId: 'vl-fout' }, json: { revision: 2, note: 'Kapot' } });
    expect(res.status).toBe(422);
    const error = await errorOf(res) as unknown as { path: string; fieldErrors: Problem[] };
    const codes = error.fieldErrors.map((p) => `${p.path} ${p.code}`);
    expect(codes).toEqual(expect.arrayContaining([
      expect.stringMatching(new RegExp(`^/definition/machine/states/${first}/meta/roles/0 unknown-role`)),
      expect.stringMatching(/^\/definition\/machine\/states\/.*ONBEKEND.* (unknown-guard|unknown-target)$/),
      expect.stringMatching(/^\/forms\/1\/examples\/0.* bad-example/),
    ]));
    expect(error.fieldErrors.every((p) => p.path === `/${p.file}${p.pointer}` && p.message.nl && p.message.en)).toBe(true);
    expect(error.path).toBe(error.fieldErrors[0]!.path);
    expect([await rows('type_versions'), await rows('type_drafts'), await rows('audit_log')]).toEqual(before);
  });

  it('refuses a stale revision and a missing or blank note', async () => {
    const a = await admin();
    await answer(drafts(a).$post({ json: { typeId: 'oud-nummer', title: { nl: 'Oud', en: 'Old' } } }), 201);
    const stale = await drafts(a)[':typeId'].publish.$post({ param: { typeId: 'oud-nummer' }, json: { revision: 7, note: 'x' } });
    expect(stale.status).toBe(409);
    expect((await errorOf(stale) as Json).details.current.revision).toBe(1);
    for (const body of [{ revision: 1 }, { revision: 1, note: '   ' }, { revision: 1, note: 'x'.repeat(501) }]) {
      const res = await a.request('POST', '/api/type-drafts/oud-nummer/publish', body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect((await errorOf(res)).path).toBe('/note');
    }
    expect(await w.store.typeVersions.get('oud-nummer')).toBeUndefined();
  });

  it('publishes the next version: running trajectories keep theirs, new ones start on it, with an audit entry and its note', async () => {
    const ib = await w.as('ib@esch.nl');
    const running = await answer(ib.api.trajectories.$post({ json: { typeId: PD, schoolId: w.world.schoolA.id } }), 201);
    expect(running.type.version).toBe(4);

    const a = await admin();
    const draft = await answer(drafts(a).$post({ json: { typeId: PD, from: { typeId: PD, version: 4 } } }), 201);
    const definition = { ...draft.definition, title: { nl: 'PD-traject, nieuw', en: 'PD trajectory, new' }, version: 1 };
    await answer(drafts(a)[':typeId'].$put({ param: { typeId: PD }, json: { revision: 1, definition, forms: draft.forms } }));
    const published = await answer(drafts(a)[':typeId'].publish.$post({ param: { typeId: PD }, json: { revision: 2, note: 'Nieuwe titel' } }), 201);
    expect(published).toMatchObject({ id: PD, version: 5, title: { nl: 'PD-traject, nieuw' } });

    const stored = await w.store.typeVersions.get(PD, 5);
    expect(stored).toMatchObject({ note: 'Nieuwe titel', publishedBy: w.people.admin.id });
    expect(Object.keys(stored!.definition as Json)).toEqual(Object.keys(definition));
    expect((stored!.definition as Json).version).toBe(5);
    expect(await audit('type.publish')).toEqual([{ typeId: PD, version: 5, note: 'Nieuwe titel' }]);

    expect((await answer(ib.api.trajectories[':id'].$get({ param: { id: running.id } }))).type.version).toBe(4);
    const fresh = await answer(ib.api.trajectories.$post({ json: { typeId: PD, schoolId: w.world.schoolA.id } }), 201);
    expect(fresh.type).toMatchObject({ version: 5, title: { nl: 'PD-traject, nieuw' } });
    const overview = (await answer(a.api.admin.types.$get())).find((t) => t.id === PD)!;
    expect(overview.versions.map((v) => [v.version, v.trajectories.active, v.note])).toEqual([[4, 1, null], [5, 1, 'Nieuwe titel']]);
    expect(overview.draft).toBeNull();
  });

  it('copies a type as a new one: new id and title, version 1, forms under new ids with every reference following', async () => {
    const a = await admin();
    const title = { nl: 'Leren 2', en: 'Learning 2' };
    const copy = await answer(drafts(a).$post({ json: { typeId: 'leren-twee', title, from: { typeId: 'voortgezet-leren' } } }), 201);
    expect(copy).toMatchObject({ basedOn: null, definition: { id: 'leren-twee', version: 1, title } });
    const ids = copy.forms.map((f) => f.id as string);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.startsWith('leren-twee-'))).toBe(true);
    expect(JSON.stringify(copy.definition)).not.toMatch(/"vl-/);
    const published = await answer(drafts(a)[':typeId'].publish.$post({ param: { typeId: 'leren-twee' }, json: { revision: 1, note: 'Kopie van Voortgezet Leren' } }), 201);
    expect(published.forms.every((id) => id.startsWith('leren-twee-'))).toBe(true);
    expect((await w.store.typeVersions.get('voortgezet-leren'))!.forms.map((f) => (f as Json).id).some((id) => id.startsWith('vl-'))).toBe(true);
  });

  it('refuses an id in use, a bad id, a new type without title and an unknown source, and creates nothing', async () => {
    const a = await admin();
    const before = await rows('type_drafts');
    const cases: Array<[object, number, string]> = [
      [{ typeId: PD, title: { nl: 'PD', en: 'PD' } }, 422, '/typeId'],
      [{ typeId: 'pdca-kwaliteitskaart', from: { typeId: PD } }, 422, '/typeId'],
      [{ typeId: 'Hoofdletters', title: { nl: 'x', en: 'x' } }, 422, '/typeId'],
      [{ typeId: 'zonder-titel' }, 422, '/title'],
      [{ typeId: 'van-niets', from: { typeId: 'bestaat-niet' } }, 404, '/from'],
      [{ typeId: 'van-niets', from: { typeId: PD, version: 99 } }, 404, '/from'],
      [{ typeId: 'lege-titel', title: { nl: '', en: 'x' } }, 422, '/title/nl'],
    ];
    for (const [body, status, path] of cases) {
      const res = await a.request('POST', '/api/type-drafts', body);
      expect([res.status, (await errorOf(res)).path], JSON.stringify(body)).toEqual([status, path]);
    }
    expect(await rows('type_drafts')).toBe(before);
  });
});
