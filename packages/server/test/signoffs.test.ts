import { describe, expect, it } from 'vitest';
import { forEachDatabase } from '@koers/testing';
import type { TestDatabase } from '@koers/testing';
import { Agent, answer, testApp } from './support/harness';

// Issue 13 items 7 and 8 through the API, on the fixture type test/fixtures/carry-over: the MR signs the plan by a
// one-time link (or on paper), the guard signedOff waits for it, and the plan's goal carries over into the evaluation.
const TYPE = 'carry-over';
const DAY = 86_400_000;

async function carryOverWorld(database: TestDatabase) {
  const t = await testApp(database, 'test/fixtures/carry-over');
  const bestuur = await t.store.organisations.create({ kind: 'bestuur', name: 'Stichting Rivierland' });
  const school = await t.store.organisations.create({ kind: 'school', name: 'De Klimop', parentId: bestuur.id });
  const other = await t.store.organisations.create({ kind: 'school', name: 'Het Kompas', parentId: bestuur.id });
  await t.person('directie@klimop.nl', [[school, 'directie']], false, 'Dirk de Wit');
  await t.person('pb@koers.nl', [[school, 'begeleider']], false, 'Petra Berg');
  await t.person('directie@kompas.nl', [[other, 'directie']], false, 'Karim Ouali');
  await t.person('admin@koers.nl', [], true, 'Anna Admin');
  const agents = new Map<string, Agent>();
  return {
    ...t, school,
    async as(email: string): Promise<Agent> {
      if (!agents.has(email)) {
        const agent = new Agent(t.app);
        expect((await agent.login(email)).status).toBe(200);
        agents.set(email, agent);
      }
      return agents.get(email)!;
    },
    /** Someone without an account: no cookie, no CSRF token. */
    anonymous: () => new Agent(t.app, '10.0.0.9'),
    advance(ms: number) {
      t.clock.advance(ms);
      agents.clear();
    },
  };
}

await forEachDatabase('sign-offs and carried-over answers', carryOverWorld, (w) => {
  const plan = { doel: 'Begrijpend lezen verbeteren', meetbaar: '80% haalt niveau 2F' };

  /** A trajectory at "Plan vaststellen": the plan submitted, waiting for the MR. */
  async function atSignoff() {
    const directie = await w.as('directie@klimop.nl');
    const started = await answer(directie.api.trajectories.$post({ json: { typeId: TYPE, schoolId: w.school.id } }), 201);
    await answer(directie.api.trajectories[':id'].events.$post({ param: { id: started.id }, json: { type: 'PLAN_KLAAR', data: plan, expectedVersion: 1 } }), 201);
    return { id: started.id, directie };
  }
  const view = (a: Agent, id: string) => answer(a.api.trajectories[':id'].$get({ param: { id } }));
  const requestLink = (a: Agent, id: string, json: { key: string; name: string; role: string; email?: string }) =>
    a.api.trajectories[':id'].signoffs.$post({ param: { id }, json });

  it('asks for the MR\'s signature in the step, and blocks adopting the plan until then, saying why', async () => {
    const { id, directie } = await atSignoff();
    const v = await view(directie, id);
    expect(v.signoffs.asked).toEqual([expect.objectContaining({ key: 'mr', step: 'vaststellen', mayRequest: true, title: expect.objectContaining({ nl: 'Plan van aanpak ondertekend door de MR' }) })]);
    expect(v.signoffs.list).toEqual([]);
    expect(v.events).toEqual([expect.objectContaining({ type: 'VASTSTELLEN', blocked: expect.objectContaining({ nl: expect.stringContaining('Plan van aanpak ondertekend door de MR is ondertekend') }) })]);
    const refused = await directie.api.trajectories[':id'].events.$post({ param: { id }, json: { type: 'VASTSTELLEN', expectedVersion: 2 } });
    expect(refused.status).toBe(422);
  });

  it('signs by a one-time link without an account: the token is answered once, only its hash is stored, the mail goes out, then the plan can be adopted', async () => {
    const { id, directie } = await atSignoff();
    const created = await answer(requestLink(directie, id, { key: 'mr', name: 'Mieke Jansen', role: 'Lid van de MR', email: 'mieke@example.nl' }), 201);
    expect(created.path).toBe(`/#/tekenen/${created.token}`);
    expect(created.signoff).toMatchObject({ status: 'requested', method: 'link', name: 'Mieke Jansen', email: 'mieke@example.nl', requestedBy: { name: 'Dirk de Wit' } });
    const stored = JSON.stringify(await w.store.signoffs.list(id, w.clock.now())) + JSON.stringify((await w.store.audit.listForTrajectory(id)).entries);
    expect(stored).not.toContain(created.token);
    const [mail] = (await w.store.mails.list({ limit: 10 })).filter((m) => m.to === 'mieke@example.nl');
    expect(mail).toMatchObject({ userId: null, status: 'pending', subject: expect.stringContaining('Plan van aanpak ondertekend door de MR') });
    expect(mail!.text).toContain(`/#/tekenen/${created.token}`);

    const signer = w.anonymous();
    const look = await answer(signer.api.signoffs[':token'].$get({ param: { token: created.token } }));
    expect(look).toMatchObject({
      type: { title: { nl: 'Overdracht (test)' } }, school: { name: 'De Klimop' }, step: { title: { nl: 'Plan vaststellen' } },
      signoff: { title: { nl: 'Plan van aanpak ondertekend door de MR' }, signers: { nl: 'een lid van de medezeggenschapsraad' } },
      name: 'Mieke Jansen', role: 'Lid van de MR', requestedBy: 'Dirk de Wit',
    });
    // No form answers reach someone without an account.
    expect(JSON.stringify(look)).not.toContain(plan.doel);
    expect(await answer(signer.api.signoffs[':token'].$post({ param: { token: created.token }, json: { name: 'M. Jansen' } }), 201)).toMatchObject({ name: 'M. Jansen' });

    const after = await view(directie, id);
    expect(after.signoffs.list).toEqual([expect.objectContaining({ status: 'signed', name: 'M. Jansen', signedAt: expect.any(String) })]);
    expect(after.events[0]?.blocked).toBeUndefined();
    // "My trajectories" knows it too: the list counts the sign-offs as the page does.
    const listed = await answer(directie.api.trajectories.$get({ query: {} }));
    expect(listed.find((e) => e.id === id)?.events[0]).toMatchObject({ type: 'VASTSTELLEN' });
    expect(listed.find((e) => e.id === id)?.events[0]?.blocked).toBeUndefined();
    await answer(directie.api.trajectories[':id'].events.$post({ param: { id }, json: { type: 'VASTSTELLEN', expectedVersion: 2 } }), 201);
    const audit = (await w.store.audit.listForTrajectory(id)).entries.map((e) => e.action);
    expect(audit).toEqual(expect.arrayContaining(['signoff.request', 'signoff.sign']));
  });

  it('refuses a link used twice, an expired one and a revoked one, each with a clear Dutch message', async () => {
    const { id, directie } = await atSignoff();
    const signer = w.anonymous();
    const sign = (token: string) => signer.request('POST', `/api/signoffs/${token}`, { name: 'Ouder' });
    const used = await answer(requestLink(directie, id, { key: 'mr', name: 'A', role: 'ouder' }), 201);
    expect((await sign(used.token)).status).toBe(201);
    const again = await sign(used.token);
    expect(again.status).toBe(404);
    expect(await again.json()).toMatchObject({ error: { message: { nl: expect.stringContaining('al getekend') }, details: { reason: 'signed' } } });

    const revoked = await answer(requestLink(directie, id, { key: 'mr', name: 'B', role: 'ouder' }), 201);
    const r = await answer(directie.api.trajectories[':id'].signoffs[':signoffId'].revoke.$post({ param: { id, signoffId: revoked.signoff.id } }));
    expect(r.status).toBe('revoked');
    const look = await signer.request('GET', `/api/signoffs/${revoked.token}`);
    expect(await look.json()).toMatchObject({ error: { message: { nl: expect.stringContaining('ingetrokken') } } });

    const late = await answer(requestLink(directie, id, { key: 'mr', name: 'C', role: 'ouder' }), 201);
    w.advance(15 * DAY);
    const expired = await sign(late.token);
    expect(expired.status).toBe(404);
    expect(await expired.json()).toMatchObject({ error: { message: { nl: expect.stringContaining('verlopen') }, details: { reason: 'expired' } } });
    expect((await sign('x'.repeat(43))).status).toBe(404);
    expect((await sign('kort')).status).toBe(404);
    // Only the first link counted; the revoked and expired ones did not.
    expect(await w.store.signoffs.counts(id)).toEqual({ mr: 1 });
  });

  it('records a paper sign-off with its date, refuses a future date, an unknown key and another school\'s people', async () => {
    const { id, directie } = await atSignoff();
    const paper = (a: Agent, json: { key: string; name: string; role: string; signedOn: string }) =>
      a.api.trajectories[':id'].signoffs.paper.$post({ param: { id }, json });
    const coach = await w.as('pb@koers.nl');
    const recorded = await answer(paper(coach, { key: 'mr', name: 'Jan Smit', role: 'voorzitter MR', signedOn: '2025-03-01' }), 201);
    expect(recorded).toMatchObject({ method: 'paper', status: 'signed', signedOn: '2025-03-01', requestedBy: { name: 'Petra Berg' } });
    const future = await paper(coach, { key: 'mr', name: 'Jan Smit', role: 'MR', signedOn: '2099-01-01' });
    expect(future.status).toBe(422);
    expect(await future.json()).toMatchObject({ error: { path: '/signedOn' } });
    const unknown = await requestLink(directie, id, { key: 'ouders', name: 'X', role: 'ouder' });
    expect(unknown.status).toBe(422);
    expect(await unknown.json()).toMatchObject({ error: { path: '/key', message: { nl: expect.stringContaining('vraagt geen ondertekening "ouders"') } } });
    expect((await requestLink(await w.as('directie@kompas.nl'), id, { key: 'mr', name: 'X', role: 'ouder' })).status).toBe(404);
    // An admin sees the trajectory but acts only through a role: no requestRoles role, no request.
    expect((await requestLink(await w.as('admin@koers.nl'), id, { key: 'mr', name: 'X', role: 'ouder' })).status).toBe(403);
    expect((await answer(directie.api.trajectories[':id'].signoffs.$get({ param: { id } }))).map((s) => s.method)).toEqual(['paper']);
  });

  describe('answers that carry over', () => {
    it('prefills the evaluation from the plan and the trajectory, with the source per field and when the plan was submitted, until it is submitted', async () => {
      const { id, directie } = await atSignoff();
      await answer(directie.api.trajectories[':id'].signoffs.paper.$post({ param: { id }, json: { key: 'mr', name: 'Jan', role: 'MR', signedOn: '2025-03-01' } }), 201);
      await answer(directie.api.trajectories[':id'].events.$post({ param: { id }, json: { type: 'VASTSTELLEN', expectedVersion: 2 } }), 201);
      const v = await view(directie, id);
      expect(v.forms[0]).toMatchObject({
        id: 'co-evaluatie', draft: null, submitted: null,
        prefill: {
          data: { school: 'De Klimop', ronde: '1', doel: plan.doel, meetbaar: plan.meetbaar },
          sources: { '/doel': { nl: 'Plan van aanpak', en: 'Action plan' }, '/school': { nl: 'het traject', en: 'the trajectory' } },
          from: [{ title: { nl: 'Plan van aanpak', en: 'Action plan' }, at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) }],
        },
      });
      // With a draft the form starts from the draft; the carried answers stay known, so the page can say where they came from.
      await answer(directie.api.trajectories[':id'].drafts[':formId'].$put({ param: { id, formId: 'co-evaluatie' }, json: { data: { doel: 'Eigen tekst' } } }));
      const drafted = (await view(directie, id)).forms[0];
      expect(drafted?.draft?.data).toEqual({ doel: 'Eigen tekst' });
      expect(drafted?.prefill?.sources['/doel']).toEqual({ nl: 'Plan van aanpak', en: 'Action plan' });
    });
  });
});
