import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { forEachDatabase } from '@koers/testing';
import { Agent, answer, errorOf } from './support/harness';
import { shippedWorld } from './support/world';

// What docs/definition-format.md §8 ("Een trajectsoort in gebruik nemen") tells a type author: publish, then give
// people the type's roles by invitation or membership; a role name already held at a school carries over.
const fixture = (path: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../../test/fixtures/valid', path), 'utf8'));
function kwaliteitsronde() {
  const definition = fixture('workflows/mini.json');
  Object.assign(definition, { id: 'kwaliteitsronde', title: { nl: 'Kwaliteitsronde', en: 'Quality round' } });
  definition.machine.id = 'kwaliteitsronde';
  definition.roles.kwaliteitscoordinator = { title: { nl: 'Kwaliteitscoördinator', en: 'Quality coordinator' } };
  definition.roles.ib = { title: { nl: 'Intern begeleider', en: 'SEN coordinator' } };
  definition.machine.states.intake.meta.events.INTAKE_AFRONDEN.roles.push('kwaliteitscoordinator');
  return { definition, forms: [fixture('forms/mini-intake.json')] };
}

await forEachDatabase('a new trajectory type in use', shippedWorld, (w) => {
  const start = (agent: Agent, schoolId: string) => agent.api.trajectories.$post({ json: { typeId: 'kwaliteitsronde', schoolId } });

  it('offers the roles of a newly published type on the invitation page, and the invited colleague may start it', async () => {
    const admin = await w.as('admin@koers.nl');
    expect((await admin.request('POST', '/api/types', kwaliteitsronde())).status).toBe(201);

    const directie = await w.as('directie@esch.nl');
    const options = await answer(directie.api.invitations.options.$get());
    expect(options).toEqual([expect.objectContaining({ organisationId: w.world.schoolA.id, roles: expect.arrayContaining(['kwaliteitscoordinator']) })]);
    const invite = await answer(directie.api.invitations.$post({ json: { email: 'kwaliteit@esch.nl', role: 'kwaliteitscoordinator', organisationId: w.world.schoolA.id } }), 201);
    const colleague = new Agent(w.app);
    const accepted = await answer(colleague.api.invitations[':token'].accept.$post({ param: { token: invite.token }, json: { name: 'Kim Kwaliteit', password: 'een-lang-wachtwoord' } }), 201);
    colleague.csrf = accepted.csrfToken ?? undefined;
    expect((await start(colleague, w.world.schoolA.id)).status).toBe(201);
  });

  it('lets an admin give an existing account the role by membership, at a school where it had none of the type', async () => {
    const coach = await w.as('pb@koers.nl');
    expect((await start(coach, w.world.schoolB.id)).status).toBe(404);
    const admin = await w.as('admin@koers.nl');
    const granted = await admin.request('POST', '/api/memberships', { email: 'pb@koers.nl', organisationId: w.world.schoolB.id, role: 'kwaliteitscoordinator' });
    expect(granted.status).toBe(201);
    const again = await w.as('pb@koers.nl');
    const view = await answer(start(again, w.world.schoolB.id), 201);
    expect(view.events.map((e) => e.type)).toEqual(['INTAKE_AFRONDEN']);
  });

  it('lets a role the school already holds under the same name act in the new type without a new membership', async () => {
    const ib = await w.as('ib@esch.nl');
    expect((await start(ib, w.world.schoolA.id)).status).toBe(201);
    const leader = await w.as('directie@esch.nl');
    const refused = await start(leader, w.world.schoolA.id);
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).message.nl).toMatch(/rol uit deze trajectsoort/);
  });

  it('runs several trajectories of one type at one school side by side', async () => {
    const ib = await w.as('ib@esch.nl');
    const first = await answer(start(ib, w.world.schoolA.id), 201);
    const second = await answer(start(ib, w.world.schoolA.id), 201);
    expect(second.id).not.toBe(first.id);
    const list = await answer(ib.api.trajectories.$get({ query: {} }));
    const mine = list.filter((t) => t.type.id === 'kwaliteitsronde' && t.status === 'active');
    expect(mine.map((t) => t.id)).toEqual(expect.arrayContaining([first.id, second.id]));
  });
});
