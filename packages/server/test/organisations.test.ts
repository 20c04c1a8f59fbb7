import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forEachDatabase } from '@koers/testing';
import { answer, errorOf, harness } from './support/harness';

const fixture = (path: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../../test/fixtures/valid', path), 'utf8'));
/** The mini fixture as a type with room for two trajectories at a time, in the given version. */
function miniVol(version: number) {
  const definition = fixture('workflows/mini.json');
  Object.assign(definition, { id: 'mini-vol', version, capacity: { max: 2, message: { nl: 'Vol is vol: wacht op een vrije plaats.', en: 'Full is full: wait for a free place.' } } });
  definition.title = { nl: 'Mini met grens', en: 'Mini with a limit' };
  definition.machine.id = 'miniVol';
  return { definition, forms: [fixture('forms/mini-intake.json')] };
}

await forEachDatabase('organisations: changing them, their members and what one may start at a school', harness, (h) => {
  describe('changing a bestuur or school', () => {
    it('lets an admin rename a school, set its BRIN code and region, and writes who changed what to the audit log', async () => {
      const admin = await h.as('admin@koers.nl');
      const school = await answer(admin.api.organisations.$post({ json: { kind: 'school', name: 'De Linde', parentId: h.world.bestuur.id, region: 'zuid' } }), 201);
      expect(school).toMatchObject({ name: 'De Linde', region: 'zuid', brin: null });
      const changed = await answer(admin.api.organisations[':id'].$patch({ param: { id: school.id }, json: { name: '  IKC De Linde ', brin: '12AB', region: 'noord' } }));
      expect(changed).toMatchObject({ id: school.id, name: 'IKC De Linde', brin: '12AB', region: 'noord', parentId: h.world.bestuur.id });
      expect((await answer(admin.api.organisations.$get())).find((o) => o.id === school.id)).toEqual(changed);
      const log = await h.store.audit.listForOrganisation(school.id);
      expect(log.entries[0]).toMatchObject({
        action: 'organisation.update', actorId: h.people.admin.id,
        detail: { name: { from: 'De Linde', to: 'IKC De Linde' }, brin: { from: null, to: '12AB' }, region: { from: 'zuid', to: 'noord' } },
      });
      const cleared = await answer(admin.api.organisations[':id'].$patch({ param: { id: school.id }, json: { brin: null, region: null } }));
      expect(cleared).toMatchObject({ name: 'IKC De Linde', brin: null, region: null });
    });

    it('writes nothing to the audit log when a change changes nothing', async () => {
      const admin = await h.as('admin@koers.nl');
      const before = (await h.store.audit.listForOrganisation(h.world.schoolB.id)).entries.length;
      await answer(admin.api.organisations[':id'].$patch({ param: { id: h.world.schoolB.id }, json: { name: 'Het Kompas' } }));
      expect((await h.store.audit.listForOrganisation(h.world.schoolB.id)).entries.length).toBe(before);
    });

    it('refuses bad input with the field it is about and changes nothing', async () => {
      const admin = await h.as('admin@koers.nl');
      const cases: Array<[string, unknown, string]> = [
        ['a BRIN code of digits only', { brin: '1234' }, '/brin'],
        ['a BRIN code in lower case', { brin: '12ab' }, '/brin'],
        ['a BRIN code letters first', { brin: 'AB12' }, '/brin'],
        ['a BRIN code too long', { brin: '12AB012' }, '/brin'],
        ['an unknown region', { region: 'oost' }, '/region'],
        ['an empty name', { name: '' }, '/name'],
        ['a name of spaces', { name: '   ' }, '/name'],
        ['a field it does not know', { parentId: h.world.bestuur.id }, '/parentId'],
      ];
      const before = { counts: await h.counts(), school: await h.store.organisations.get(h.world.schoolA.id) };
      for (const [what, body, path] of cases) {
        const res = await admin.request('PATCH', `/api/organisations/${h.world.schoolA.id}`, body);
        expect(res.status, what).toBe(422);
        const error = await errorOf(res);
        expect(error.fieldErrors?.map((f) => f.path), what).toContain(path);
        expect(error.message.nl, what).toBeTruthy();
      }
      const empty = await admin.request('PATCH', `/api/organisations/${h.world.schoolA.id}`, {});
      expect(empty.status).toBe(422);
      const bestuur = await admin.request('PATCH', `/api/organisations/${h.world.bestuur.id}`, { name: 'Stichting Anders', region: 'midden' });
      expect(bestuur.status).toBe(422);
      expect(await errorOf(bestuur)).toMatchObject({ path: '/region', message: { nl: 'Niet alle velden zijn goed ingevuld.' } });
      expect((await h.store.organisations.get(h.world.bestuur.id))!.name).toBe('Stichting Rivierland');
      const created = await admin.request('POST', '/api/organisations', { kind: 'bestuur', name: 'Stichting Noord', region: 'noord' });
      expect(created.status).toBe(422);
      expect((await errorOf(created)).path).toBe('/region');
      expect(await h.counts()).toEqual(before.counts);
      expect(await h.store.organisations.get(h.world.schoolA.id)).toEqual(before.school);
    });

    it('answers 404 for an organisation that does not exist', async () => {
      const admin = await h.as('admin@koers.nl');
      for (const id of ['00000000-0000-4000-8000-000000000000', 'geen-id']) {
        const res = await admin.request('PATCH', `/api/organisations/${id}`, { name: 'X' });
        expect(res.status).toBe(404);
        expect(await errorOf(res)).toMatchObject({ path: '/id', message: { nl: 'Deze organisatie bestaat niet.' } });
        expect((await admin.request('GET', `/api/organisations/${id}/members`)).status).toBe(404);
      }
    });

    it('refuses everyone but admins (403, 401 without signing in) and changes nothing', async () => {
      const before = { counts: await h.counts(), school: await h.store.organisations.get(h.world.schoolA.id) };
      for (const email of ['leider@esch.nl', 'coach@koers.nl']) {
        const agent = await h.as(email);
        const res = await agent.request('PATCH', `/api/organisations/${h.world.schoolA.id}`, { name: 'Eigen naam' });
        expect(res.status).toBe(403);
        expect((await errorOf(res)).message.nl).toBe('Alleen beheerders mogen dit.');
        expect((await agent.request('GET', `/api/organisations/${h.world.schoolA.id}/members`)).status).toBe(403);
      }
      expect((await h.agent().request('PATCH', `/api/organisations/${h.world.schoolA.id}`, { name: 'X' })).status).toBe(401);
      expect(await h.counts()).toEqual(before.counts);
      expect(await h.store.organisations.get(h.world.schoolA.id)).toEqual(before.school);
    });
  });

  describe('members of an organisation', () => {
    it('lists for an admin everyone with a role at a school by name, with the membership to revoke', async () => {
      const admin = await h.as('admin@koers.nl');
      const members = await answer(admin.api.organisations[':id'].members.$get({ param: { id: h.world.schoolA.id } }));
      expect(members.map((m) => [m.name, m.email, m.role, m.trajectoryId])).toEqual([
        ['coach', 'coach@koers.nl', 'procesbegeleider', null],
        ['ib', 'ib@esch.nl', 'ib', null],
        ['leider', 'leider@esch.nl', 'schoolleider', null],
      ]);
      expect(await answer(admin.api.organisations[':id'].members.$get({ param: { id: h.world.bestuur.id } }))).toEqual([]);
      expect(members.every((m) => m.userId && m.id && m.createdAt)).toBe(true);
    });

    it('shows a role narrowed to one trajectory with that trajectory', async () => {
      const admin = await h.as('admin@koers.nl');
      const t = await answer(admin.api.trajectories.$post({ json: { typeId: 'matrix', schoolId: h.world.schoolB.id } }), 201);
      await answer(admin.api.memberships.$post({ json: { email: 'ib@esch.nl', organisationId: h.world.schoolB.id, role: 'werkgroep', trajectoryId: t.id } }), 201);
      const members = await answer(admin.api.organisations[':id'].members.$get({ param: { id: h.world.schoolB.id } }));
      expect(members.find((m) => m.email === 'ib@esch.nl')).toMatchObject({ role: 'werkgroep', trajectoryId: t.id });
    });
  });

  describe('what one may start at a school', () => {
    it("offers a school's people the types whose roles they hold there, and an admin every type", async () => {
      const leider = await h.as('leider@esch.nl');
      const mine = await answer(leider.api.schools[':id']['start-options'].$get({ param: { id: h.world.schoolA.id } }));
      expect(mine.school).toEqual({ id: h.world.schoolA.id, name: 'De Esch' });
      expect(mine.options.map((o) => [o.typeId, o.roles])).toEqual([['matrix', ['schoolleider']], ['matrix-groep', ['schoolleider']], ['mini', ['schoolleider']]]);
      const kompas = await h.as('directie@kompas.nl');
      expect((await answer(kompas.api.schools[':id']['start-options'].$get({ param: { id: h.world.schoolB.id } }))).options).toEqual([]);
      const admin = await h.as('admin@koers.nl');
      const all = await answer(admin.api.schools[':id']['start-options'].$get({ param: { id: h.world.schoolB.id } }));
      expect(all.options.map((o) => [o.typeId, o.roles, o.capacity])).toEqual([['matrix', [], null], ['matrix-groep', [], null], ['mini', [], null]]);
    });

    it("answers 404 for another school, a bestuur and a school that does not exist, as if it were not there", async () => {
      const leider = await h.as('leider@esch.nl');
      for (const id of [h.world.schoolB.id, h.world.bestuur.id, '00000000-0000-4000-8000-000000000000']) {
        const res = await leider.request('GET', `/api/schools/${id}/start-options`);
        expect(res.status).toBe(404);
        expect((await errorOf(res)).message.nl).toBe('Deze school bestaat niet of u heeft er geen toegang toe.');
      }
    });

    it('counts the places left over every version and school, as the start does, and says "vol" in the type\'s words', async () => {
      const admin = await h.as('admin@koers.nl');
      await answer(admin.api.types.$post({ json: miniVol(1) }), 201);
      const leider = await h.as('leider@esch.nl');
      const capacity = async () => (await answer(leider.api.schools[':id']['start-options'].$get({ param: { id: h.world.schoolA.id } })))
        .options.find((o) => o.typeId === 'mini-vol')!;
      expect(await capacity()).toMatchObject({ version: 1, title: { nl: 'Mini met grens' }, capacity: { max: 2, active: 0, left: 2 } });
      await answer(admin.api.trajectories.$post({ json: { typeId: 'mini-vol', schoolId: h.world.schoolB.id } }), 201);
      await answer(admin.api.types.$post({ json: miniVol(2) }), 201);
      expect(await capacity()).toMatchObject({ version: 2, capacity: { max: 2, active: 1, left: 1 } });
      await answer(leider.api.trajectories.$post({ json: { typeId: 'mini-vol', schoolId: h.world.schoolA.id } }), 201);
      const full = await capacity();
      expect(full.capacity).toEqual({ max: 2, active: 2, left: 0, message: { nl: 'Vol is vol: wacht op een vrije plaats.', en: 'Full is full: wait for a free place.' } });
      const refused = await leider.request('POST', '/api/trajectories', { typeId: 'mini-vol', schoolId: h.world.schoolA.id });
      expect(refused.status).toBe(409);
      expect((await errorOf(refused)).message.nl).toBe(full.capacity!.message.nl);
    });
  });
});
