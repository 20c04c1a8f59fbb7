import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { forEachDatabase } from '@koers/testing';
import { shippedWorld } from './support/world';
import { answer } from './support/harness';

// docs/definition-format.md §1 "Wat rollen mogen": a type says which of its roles coach, invite, and which only an
// administrator grants; a new type with its own names for them works without a change to the server.
const fixture = (path: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../../test/fixtures/valid', path), 'utf8'));
function kwaliteitsronde() {
  const definition = fixture('workflows/mini.json');
  Object.assign(definition, { id: 'kwaliteitsronde', title: { nl: 'Kwaliteitsronde', en: 'Quality round' } });
  definition.machine.id = 'kwaliteitsronde';
  definition.roles.kwaliteitscoach = { title: { nl: 'Kwaliteitscoach', en: 'Quality coach' }, coach: true, grantedBy: 'admin' };
  definition.roles.ib = { title: { nl: 'Intern begeleider', en: 'SEN coordinator' }, invites: true };
  return { definition, forms: [fixture('forms/mini-intake.json')] };
}

await forEachDatabase('roles as the published types declare them', shippedWorld, (w) => {
  it('lets a differently named coach role of a new type see the overview, and a role the type lets invite, invite', async () => {
    const ib = await w.as('ib@esch.nl');
    expect((await answer(ib.api.auth.me.$get())).can).toEqual({ overview: false, invite: false });
    expect((await ib.request('GET', '/api/overview?typeId=pd-schoolontwikkeling')).status).toBe(403);

    const admin = await w.as('admin@koers.nl');
    expect((await admin.request('POST', '/api/types', kwaliteitsronde())).status).toBe(201);
    const granted = await admin.request('POST', '/api/memberships', { email: 'ib@kompas.nl', organisationId: w.world.schoolB.id, role: 'kwaliteitscoach' });
    expect(granted.status).toBe(201);

    const coach = await w.as('ib@kompas.nl');
    expect((await answer(coach.api.auth.me.$get())).can.overview).toBe(true);
    const overview = await coach.request('GET', '/api/overview?typeId=kwaliteitsronde');
    expect(overview.status).toBe(200);

    // `ib` invites now (the new type says so), at a school as a whole, but not with a role only administrators grant.
    expect((await answer(ib.api.auth.me.$get())).can.invite).toBe(true);
    const options = await answer(ib.api.invitations.options.$get());
    expect(options).toEqual([expect.objectContaining({ organisationId: w.world.schoolA.id, roles: expect.arrayContaining(['werkgroep', 'ib']) })]);
    expect(options[0]!.roles).not.toContain('kwaliteitscoach');
    const invite = (role: string) => ib.request('POST', '/api/invitations', { email: 'nieuw@esch.nl', role, organisationId: w.world.schoolA.id });
    expect((await invite('werkgroep')).status).toBe(201);
    expect((await invite('kwaliteitscoach')).status).toBe(403);
  });

  it('lists the role names of each type for the web (roleTitles)', async () => {
    const types = await answer((await w.as('ib@esch.nl')).api.types.$get());
    const pd = types.find((t) => t.id === 'pd-schoolontwikkeling');
    expect(pd?.roleTitles.procesbegeleider).toEqual({ nl: 'Procesbegeleider (bestuur)', en: 'Process coach (school board)' });
  });
});
