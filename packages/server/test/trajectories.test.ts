import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { forEachDatabase } from '@koers/testing';
import type { JsonObject } from '@koers/engine';
import { PD, shippedWorld } from './support/world';
import { type Agent, answer, errorOf } from './support/harness';

const DAY = 86_400_000;

await forEachDatabase('trajectories API', shippedWorld, (w) => {
  const startPd = async (email = 'ib@esch.nl', schoolId = w.world.schoolA.id) =>
    (await w.as(email)).api.trajectories.$post({ json: { typeId: PD, schoolId } });
  const FORM = 'pd-schoolontwikkelingsformulier';
  // The typed client: answers typed by the routes' schemas, so a renamed field breaks these tests at compile time.
  const get = (a: Agent, id: string) => answer(a.api.trajectories[':id'].$get({ param: { id } }));
  const list = (a: Agent, schoolId?: string) => answer(a.api.trajectories.$get({ query: schoolId ? { schoolId } : {} }));
  const send = (a: Agent, id: string, json: { type: string; data?: JsonObject; expectedVersion: number }, key?: string) =>
    a.api.trajectories[':id'].events.$post({ param: { id }, json }, key ? { headers: { 'idempotency-key': key } } : {});
  const saveDraft = (a: Agent, id: string, json: { data: JsonObject; baseUpdatedAt?: string | null }, formId = FORM) =>
    a.api.trajectories[':id'].drafts[':formId'].$put({ param: { id, formId }, json });

  it('starts PD for a school, shows the first step to its ib\'er and walks the first steps with the forms\' examples', async () => {
    const ib = await w.as('ib@esch.nl');
    const view = await answer(startPd(), 201);
    expect(view).toMatchObject({ version: 1, status: 'active', school: { name: 'De Esch' }, type: { id: PD, version: 4 } });
    expect(view.steps).toEqual([expect.objectContaining({ path: 'schoolformulier', expectedDuration: 'P14D', daysInStep: 0, overdue: false })]);
    expect(view.steps[0]?.instructions?.nl).toBeTruthy();
    expect(view.events).toEqual([expect.objectContaining({ type: 'SCHOOLFORMULIER_INDIENEN', form: 'pd-schoolontwikkelingsformulier', requiredFields: ['/verbeterpunten'] })]);
    // The handleiding's "vooraf": the school's form and the intake, in either order, both before the startgesprek.
    expect(view.forms).toEqual([
      expect.objectContaining({ id: 'pd-schoolontwikkelingsformulier', draft: null, submitted: null, editable: true }),
      expect.objectContaining({ id: 'pd-intake', draft: null, submitted: null }),
    ]);
    expect(view.progress[0]).toMatchObject({ path: 'schoolformulier', status: 'current' });
    expect(view.progress.slice(1).every((p) => p.status === 'coming')).toBe(true);
    // The execution phase runs two tracks at once: the stepper draws them side by side.
    const uitvoering = view.progress.find((p) => p.path === 'uitvoering');
    expect(uitvoering).toMatchObject({ parallel: true, children: [expect.objectContaining({ path: 'uitvoering.verbeterwerk' }), expect.anything()] });
    expect(view.history).toEqual([expect.objectContaining({ seq: 1, type: '@start', label: { nl: 'Traject gestart', en: 'Trajectory started' }, actor: expect.objectContaining({ name: 'Ilse Bakker' }) })]);
    expect(view.context.budgets).toEqual([expect.objectContaining({ id: 'casemanageruren', limit: 15, used: 0 })]);
    // The list says what is expected of each viewer, so a "my trajectories" page needs no request per trajectory.
    expect(await list(ib)).toEqual([expect.objectContaining({ id: view.id, events: [expect.objectContaining({ type: 'SCHOOLFORMULIER_INDIENEN' })] })]);

    const form = w.example('pd-schoolontwikkelingsformulier');
    expect(await answer(saveDraft(ib, view.id, { data: { beginsituatie: 'Half af' } }))).toMatchObject({ data: { beginsituatie: 'Half af' }, updatedBy: { name: 'Ilse Bakker' } });
    const withDraft = await get(ib, view.id);
    expect(withDraft.forms[0]?.draft).toMatchObject({ data: { beginsituatie: 'Half af' } });

    const result = await answer(send(ib, view.id, { type: 'SCHOOLFORMULIER_INDIENEN', data: form, expectedVersion: 1 }), 201);
    expect(result).toMatchObject({ event: { seq: 2, type: 'SCHOOLFORMULIER_INDIENEN' }, trajectory: { version: 2, steps: [{ path: 'intake' }] }, replayed: false });
    expect(result.effects).toEqual([expect.objectContaining({ type: 'notify', roles: ['casemanager'] })]);

    const cm = await w.as('cm@koers.nl');
    const atIntake = await get(cm, view.id);
    // The school form is no longer open: it is a document now, read-only, shown at hand because the intake refers to it.
    expect(atIntake.forms.map((f) => f.id)).toEqual(['pd-intake']);
    expect(atIntake.documents).toEqual([expect.objectContaining({
      id: 'pd-schoolontwikkelingsformulier', data: form, submittedBy: expect.objectContaining({ name: 'Ilse Bakker' }),
      submittedAt: expect.any(String), referencedBy: ['intake'], schema: expect.objectContaining({ type: 'object' }),
    })]);
    expect(atIntake.steps[0]?.reference).toEqual([expect.objectContaining({ id: 'pd-schoolontwikkelingsformulier' })]);
    expect(atIntake.history[1]).toMatchObject({ type: 'SCHOOLFORMULIER_INDIENEN', form: { id: 'pd-schoolontwikkelingsformulier' } });
    expect(atIntake.events.map((e) => e.type)).toEqual(['INTAKE_AFRONDEN']);
    expect(atIntake.progress.slice(0, 2).map((p) => p.status)).toEqual(['done', 'current']);
    const intake = await answer(send(cm, view.id, { type: 'INTAKE_AFRONDEN', data: w.example('pd-intake'), expectedVersion: 2 }), 201);
    expect(intake.trajectory.steps).toEqual([expect.objectContaining({ path: 'startgesprek' })]);

    const log = await answer(ib.api.trajectories[':id'].events.$get({ query: {}, param: { id: view.id } }));
    expect(log.map((e) => `${e.seq} ${e.type}`)).toEqual(['1 @start', '2 SCHOOLFORMULIER_INDIENEN', '3 INTAKE_AFRONDEN']);
    expect(log[2]).toMatchObject({ actor: { name: 'Joost Bakker' }, roles: [{ id: 'casemanager', title: { nl: 'Casemanager', en: 'Case manager' } }], from: [{ path: 'intake' }], to: [{ path: 'startgesprek' }], data: w.example('pd-intake') });
    const audit = await w.store.audit.listForTrajectory(view.id);
    expect(audit.entries.map((e) => e.action)).toEqual(['trajectory.notify', 'trajectory.notify']);
    // The same notifications in the outbox, written with their events (seq) for delivery.
    const outbox = await w.store.connection.db.execute(sql`select seq, effect->>'type' as type from effects where trajectory_id = ${view.id}::uuid order by id`);
    const rows = (Array.isArray(outbox) ? outbox : (outbox as { rows: unknown[] }).rows) as Array<{ seq: number; type: string }>;
    expect(rows.map((r) => r.type)).toEqual(['notify', 'notify']);
    expect(rows.map((r) => Number(r.seq)).sort()).toEqual((audit.entries.map((e) => Number((e.detail as { seq: number }).seq))).sort());
  });

  it('refuses a draft save over a colleague\'s newer draft (409 with theirs), and keeps last-save-wins without a base', async () => {
    const view = await answer(startPd(), 201);
    const path = `/api/trajectories/${view.id}/drafts/pd-schoolontwikkelingsformulier`;
    const ib = await w.as('ib@esch.nl');
    const directie = await w.as('directie@esch.nl');
    const first = await answer(saveDraft(ib, view.id, { data: { beginsituatie: 'Ilse 1' }, baseUpdatedAt: null }));
    w.clock.advance(1000);
    // The directie opened the form before Ilse's save: saw no draft.
    const late = await directie.request('PUT', path, { data: { beginsituatie: 'Dirk' }, baseUpdatedAt: null });
    expect(late.status).toBe(409);
    const refusal = await late.json() as { error: { message: { nl: string }; path: string; details: { draft: { data: unknown; updatedBy: { name: string } } } } };
    expect(refusal.error).toMatchObject({ path: '/baseUpdatedAt', message: { nl: 'Ilse Bakker heeft dit concept intussen gewijzigd; uw laatste wijziging is niet opgeslagen.' } });
    expect(refusal.error.details.draft).toMatchObject({ data: { beginsituatie: 'Ilse 1' }, updatedBy: { name: 'Ilse Bakker' } });
    // Building on Ilse's version goes through; so does a save without a base (last one wins).
    expect(await answer(saveDraft(directie, view.id, { data: { beginsituatie: 'Dirk op Ilse' }, baseUpdatedAt: first.updatedAt }))).toMatchObject({ data: { beginsituatie: 'Dirk op Ilse' } });
    expect((await saveDraft(ib, view.id, { data: { beginsituatie: 'Ilse 2' }, baseUpdatedAt: first.updatedAt })).status).toBe(409);
    expect((await saveDraft(ib, view.id, { data: { beginsituatie: 'Ilse zonder basis' } })).status).toBe(200);
    expect((await ib.request('PUT', path, { data: {}, baseUpdatedAt: 'gisteren' })).status).toBe(422);
    expect((await w.store.drafts.get(view.id, 'pd-schoolontwikkelingsformulier'))!.data).toEqual({ beginsituatie: 'Ilse zonder basis' });
  });

  it('refuses a submit with a missing required field: 422 with a Dutch message at the field', async () => {
    const view = await answer(startPd(), 201);
    const data = w.example('pd-schoolontwikkelingsformulier');
    delete data.verbeterpunten;
    const res = await (await w.as('ib@esch.nl')).request('POST', `/api/trajectories/${view.id}/events`, { type: 'SCHOOLFORMULIER_INDIENEN', data, expectedVersion: 1 });
    expect(res.status).toBe(422);
    const error = await errorOf(res) as Awaited<ReturnType<typeof errorOf>> & { reason: string };
    expect(error).toMatchObject({ code: 'transition-rejected', reason: 'form-invalid', path: '/data/verbeterpunten' });
    expect(error.fieldErrors).toEqual([expect.objectContaining({ path: '/verbeterpunten', message: expect.objectContaining({ nl: 'Eerste aanzet verbeterpunten is verplicht' }) })]);
    expect((await w.store.trajectories.get(view.id))!.version).toBe(1);
  });

  it('refuses a submit whose required field holds only spaces: 422 required-missing, as the page says', async () => {
    const directie = await w.as('directie@esch.nl');
    const view = await answer(directie.api.trajectories.$post({ json: { typeId: 'pdca-kwaliteitskaart', schoolId: w.world.schoolA.id } }), 201);
    const data = w.example('pdca-kwaliteitskaart') as { onderwijsprogramma: { aanpak: string } };
    // Passes the form's `minLength: 1`, but says nothing: the engine's emptiness rule catches it.
    data.onderwijsprogramma.aanpak = '   ';
    const res = await directie.request('POST', `/api/trajectories/${view.id}/events`, { type: 'KAART_INDIENEN', data, expectedVersion: 1 });
    expect(res.status).toBe(422);
    const error = await errorOf(res) as Awaited<ReturnType<typeof errorOf>> & { reason: string };
    expect(error).toMatchObject({ code: 'transition-rejected', reason: 'required-missing', path: '/data/onderwijsprogramma/aanpak' });
    expect(error.fieldErrors).toEqual([expect.objectContaining({ path: '/onderwijsprogramma/aanpak', message: expect.objectContaining({ nl: expect.stringContaining('is verplicht') }) })]);
    expect((await w.store.trajectories.get(view.id))!.version).toBe(1);
  });

  it('refuses an event the caller\'s role may not send', async () => {
    const view = await answer(startPd(), 201);
    const res = await (await w.as('cm@koers.nl')).request('POST', `/api/trajectories/${view.id}/events`, {
      type: 'SCHOOLFORMULIER_INDIENEN', data: w.example('pd-schoolontwikkelingsformulier'), expectedVersion: 1,
    });
    expect(res.status).toBe(422);
    expect(await errorOf(res)).toMatchObject({ code: 'transition-rejected', reason: 'role-forbidden' });
  });

  it('answers a stale expectedVersion with 409 and the current trajectory', async () => {
    const view = await answer(startPd(), 201);
    const ib = await w.as('ib@esch.nl');
    const data = w.example('pd-schoolontwikkelingsformulier');
    expect((await send(ib, view.id, { type: 'SCHOOLFORMULIER_INDIENEN', data, expectedVersion: 1 })).status).toBe(201);
    const stale = await ib.request('POST', `/api/trajectories/${view.id}/events`, { type: 'SCHOOLFORMULIER_INDIENEN', data, expectedVersion: 1 });
    expect(stale.status).toBe(409);
    const error = await errorOf(stale);
    expect(error).toMatchObject({ code: 'version-conflict', path: '/expectedVersion', details: { currentVersion: 2, trajectory: { version: 2, steps: [{ path: 'intake' }] } } });
    expect(error.message.nl).toContain('gewijzigd');
  });

  it('turns a retried submit with the same Idempotency-Key into exactly one event', async () => {
    const view = await answer(startPd(), 201);
    const ib = await w.as('ib@esch.nl');
    const submit = { type: 'SCHOOLFORMULIER_INDIENEN', data: w.example('pd-schoolontwikkelingsformulier'), expectedVersion: 1 };
    expect((await send(ib, view.id, submit, 'abc-123')).status).toBe(201);
    expect(await answer(send(ib, view.id, submit, 'abc-123'))).toMatchObject({ replayed: true, event: { seq: 2, type: 'SCHOOLFORMULIER_INDIENEN' }, trajectory: { version: 2 } });
    // After re-reading the trajectory the retry carries the new version; the event no longer fits, but it was sent.
    expect(await answer(send(ib, view.id, { ...submit, expectedVersion: 2 }, 'abc-123'))).toMatchObject({ replayed: true, event: { seq: 2 } });
    const other = await ib.request('POST', `/api/trajectories/${view.id}/events`, { ...submit, type: 'INTAKE_AFRONDEN' }, { 'idempotency-key': 'abc-123' });
    expect(other.status).toBe(422);
    expect((await w.store.trajectories.events(view.id)).map((e) => e.seq)).toEqual([1, 2]);
  });

  it('refuses the same Idempotency-Key with other form data (422), replays it with the same data, and changes nothing', async () => {
    const view = await answer(startPd(), 201);
    const ib = await w.as('ib@esch.nl');
    const data = w.example('pd-schoolontwikkelingsformulier');
    const submit = { type: 'SCHOOLFORMULIER_INDIENEN', data, expectedVersion: 1 };
    expect((await ib.request('POST', `/api/trajectories/${view.id}/events`, submit, { 'idempotency-key': 'key-data' })).status).toBe(201);
    const reordered = { ...submit, data: Object.fromEntries(Object.entries(data).reverse()) };
    expect((await ib.request('POST', `/api/trajectories/${view.id}/events`, reordered, { 'idempotency-key': 'key-data' })).status).toBe(200);
    const before = await w.store.trajectories.events(view.id);
    const changed = { ...submit, data: { ...data, beginsituatie: 'Een andere beginsituatie.' } };
    for (const version of [1, 2]) {
      const res = await ib.request('POST', `/api/trajectories/${view.id}/events`, { ...changed, expectedVersion: version }, { 'idempotency-key': 'key-data' });
      expect(res.status).toBe(422);
      const error = await errorOf(res);
      expect(error).toMatchObject({ code: 'unprocessable', path: '/headers/idempotency-key' });
      expect(error.message.nl).toBe('Deze Idempotency-Key is al gebruikt voor een ander verzoek (andere gebeurtenis of andere gegevens); gebruik een nieuwe sleutel.');
    }
    expect(await w.store.trajectories.events(view.id)).toEqual(before);
    expect((await w.store.trajectories.get(view.id))!.version).toBe(2);
  });

  it('lets concurrent submits on one trajectory produce exactly one event per version', async () => {
    const view = await answer(startPd(), 201);
    const ib = await w.as('ib@esch.nl');
    const submit = { type: 'SCHOOLFORMULIER_INDIENEN', data: w.example('pd-schoolontwikkelingsformulier'), expectedVersion: 1 };
    const answers = await Promise.all(Array.from({ length: 32 }, () => ib.request('POST', `/api/trajectories/${view.id}/events`, submit)));
    expect(answers.map((r) => r.status).sort()).toEqual([201, ...Array(31).fill(409)]);
    expect((await w.store.trajectories.events(view.id)).map((e) => e.seq)).toEqual([1, 2]);
  });

  it('hides another school\'s trajectory: 404 for reading, drafts and events, and absent from lists', async () => {
    const view = await answer(startPd(), 201);
    const other = await w.as('ib@kompas.nl');
    for (const [method, path, payload] of [
      ['GET', `/api/trajectories/${view.id}`, undefined],
      ['GET', `/api/trajectories/${view.id}/events`, undefined],
      ['GET', `/api/trajectories/${view.id}/diagram?format=svg`, undefined],
      ['PUT', `/api/trajectories/${view.id}/drafts/pd-schoolontwikkelingsformulier`, { data: {} }],
      ['POST', `/api/trajectories/${view.id}/events`, { type: 'SCHOOLFORMULIER_INDIENEN', data: {}, expectedVersion: 1 }],
    ] as const) {
      const res = await other.request(method, path, payload);
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    expect((await list(other)).some((t) => t.id === view.id)).toBe(false);
    expect((await startPd('ib@kompas.nl', w.world.schoolA.id)).status).toBe(404);
    // The bestuurder holds a role at the bestuur that PD does not declare (issue 13, role scope): PD's trajectories stay hidden.
    const bestuur = await list(await w.as('bestuur@rivierland.nl'), w.world.schoolA.id);
    expect(bestuur.some((t) => t.id === view.id)).toBe(false);
  });

  it('lets only a role the type declares start a trajectory, and only drafts of the current step', async () => {
    expect((await startPd('bestuur@rivierland.nl')).status).toBe(403);
    const view = await answer(startPd('admin@koers.nl', w.world.schoolB.id), 201);
    expect(view.school.name).toBe('Het Kompas');
    const ibB = await w.as('ib@kompas.nl');
    const notNow = await ibB.request('PUT', `/api/trajectories/${view.id}/drafts/pd-startgesprek`, { data: {} });
    expect(notNow.status).toBe(422);
    expect((await errorOf(notNow)).path).toBe('/formId');
    const admin = await w.as('admin@koers.nl');
    expect((await admin.request('PUT', `/api/trajectories/${view.id}/drafts/pd-schoolontwikkelingsformulier`, { data: {} })).status).toBe(403);
  });

  it.each([
    ['malformed JSON', 400, '{"type": '],
    ['an unknown field', 422, { type: 'X', expectedVersion: 1, extra: true }],
    ['a __proto__ key', 400, '{"type":"X","expectedVersion":1,"data":{"__proto__":{"admin":true}}}'],
    ['a version that is text', 422, { type: 'X', expectedVersion: '1' }],
    ['an unknown event', 422, { type: 'BESTAAT_NIET', expectedVersion: 1 }],
  ])('answers %s with a clear %i and changes nothing', async (_, status, payload) => {
    const view = await answer(startPd(), 201);
    const res = await (await w.as('ib@esch.nl')).request('POST', `/api/trajectories/${view.id}/events`, payload);
    expect(res.status).toBe(status);
    expect((await errorOf(res)).message.nl).toBeTruthy();
    expect((await w.store.trajectories.get(view.id))!.version).toBe(1);
  });

  it("draws the type's diagram with this trajectory's place: current step marked, passed steps green, as a download too", async () => {
    const view = await answer(startPd(), 201);
    const ib = await w.as('ib@esch.nl');
    await ib.request('POST', `/api/trajectories/${view.id}/events`, { type: 'SCHOOLFORMULIER_INDIENEN', data: w.example('pd-schoolontwikkelingsformulier'), expectedVersion: 1 });
    const svg = await ib.request('GET', `/api/trajectories/${view.id}/diagram?format=svg`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toContain('image/svg+xml');
    const text = await svg.text();
    expect(text).toContain('hier staat het traject');
    expect(text).toMatch(/<title>s:intake<\/title>[^]*?<path fill="#d4e6fb" stroke="#084a8c" stroke-width="3"/);
    expect(text).toMatch(/<title>s:schoolformulier<\/title>[^]*?<path fill="#e3f3df"/);
    const mermaid = await ib.request('GET', `/api/trajectories/${view.id}/diagram?format=mermaid&lang=en&download`);
    expect(mermaid.headers.get('content-disposition')).toContain('pd-schoolontwikkeling-v4-traject.mmd');
    expect(await mermaid.text()).toContain('the trajectory is here');
    const bad = await ib.request('GET', `/api/trajectories/${view.id}/diagram?format=gif`);
    expect(bad.status).toBe(400);
    expect(await errorOf(bad)).toMatchObject({ path: '/format', message: { nl: expect.stringContaining('svg, png') } });
  });

  it('answers bad ids and parameters with 4xx', async () => {
    const ib = await w.as('ib@esch.nl');
    expect((await ib.request('GET', '/api/trajectories/not-a-uuid')).status).toBe(404);
    expect((await ib.request('GET', '/api/trajectories?status=maybe')).status).toBe(400);
    expect((await ib.request('GET', '/api/trajectories?limit=0')).status).toBe(400);
    const view = await answer(startPd(), 201);
    const key = await ib.request('POST', `/api/trajectories/${view.id}/events`, { type: 'X', expectedVersion: 1 }, { 'idempotency-key': 'x'.repeat(201) });
    expect(key.status).toBe(400);
    expect((await ib.request('POST', '/api/trajectories', { typeId: 'bestaat-niet', schoolId: w.world.schoolA.id })).status).toBe(404);
    expect((await w.app.request(`/api/trajectories/${view.id}`)).status).toBe(401);
  });

  describe('the coach overview', () => {
    // Not a literal: until the overview routes declare their query, the client's type has none (it sends it all the same).
    const overview = (a: Agent, query: Record<string, string> = { typeId: PD }) => {
      const args = { query };
      return answer(a.api.overview.$get(args));
    };

    it('counts trajectories per step for the schools the coach sees, and overdue ones once the clock passes their due time', async () => {
      const coach = await w.as('pb@koers.nl');
      const before = await overview(coach);
      const mine = (await w.store.trajectories.list({ scope: { organisationIds: [w.world.schoolA.id] }, typeId: PD, status: 'active' })).length;
      expect(before.totals.active).toBe(mine);
      expect(before.schools.every((s) => s.school.name === 'De Esch')).toBe(true);
      const first = before.steps.find((s) => s.path === 'schoolformulier')!;
      // A decision point (only automatic transitions) is no row of its own while nobody is stuck in it.
      expect(before.steps.map((s) => s.path)).not.toContain('uitvoering.begeleiding.gesprekVerwerkt');
      expect(before.steps.map((s) => s.path)).toContain('uitvoering.begeleiding.voortgangsgesprek');
      expect(first).toMatchObject({ expectedDuration: 'P14D', overdue: 0 });
      expect(first.count).toBeGreaterThan(0);
      const waiting = before.schools.find((s) => s.steps[0]!.path === 'schoolformulier')!;
      expect(waiting.steps[0]).toMatchObject({ daysInStep: 0, expectedDays: 14, overdue: false });
      // The handleiding's "vooraf": the school's form and the intake, in either order, both before the startgesprek.
      expect(waiting.steps[0]!.waitingFor.forms).toEqual([expect.objectContaining({ id: 'pd-schoolontwikkelingsformulier' }), expect.objectContaining({ id: 'pd-intake' })]);
      expect(waiting.steps[0]!.waitingFor.roles.map((r) => r.id)).toEqual(['ib', 'directie', 'casemanager']);
      expect(waiting.budgets).toEqual([expect.objectContaining({ id: 'casemanageruren', limit: 15 })]);

      w.advance(15 * DAY);
      const later = await overview(await w.as('pb@koers.nl'), { typeId: PD, version: '4' });
      expect(later.steps.find((s) => s.path === 'schoolformulier')!.overdue).toBe(first.count);
      expect(later.totals.overdue).toBeGreaterThanOrEqual(first.count);
      expect(later.schools.find((s) => s.trajectoryId === waiting.trajectoryId)!.steps[0]).toMatchObject({ daysInStep: 15, overdue: true });

      const svg = await (await w.as('pb@koers.nl')).request('GET', `/api/overview/diagram?typeId=${PD}&format=svg`);
      expect(svg.headers.get('content-type')).toMatch(/image\/svg\+xml/);
      expect(await svg.text()).toContain('over tijd');
      const admin = await overview(await w.as('admin@koers.nl'));
      expect(admin.schools.some((s) => s.school.name === 'Het Kompas')).toBe(true);
    });

    it('lists the schools a page at a time by name, with the totals and the count over all of them', async () => {
      const admin = await w.as('admin@koers.nl');
      const whole = await overview(admin);
      expect(whole.schools.length).toBeGreaterThanOrEqual(3);
      expect(whole).toMatchObject({ schoolsTotal: whole.schools.length, offset: 0 });
      const pages = [];
      for (let offset = 0; offset < whole.schoolsTotal; offset += 2) {
        const page = await overview(admin, { typeId: PD, limit: '2', offset: String(offset) });
        expect(page).toMatchObject({ schoolsTotal: whole.schoolsTotal, offset, totals: whole.totals, steps: whole.steps });
        expect(page.schools.length).toBeLessThanOrEqual(2);
        pages.push(...page.schools.map((school) => school.trajectoryId));
      }
      expect(pages).toEqual(whole.schools.map((school) => school.trajectoryId));
      const beyond = await overview(admin, { typeId: PD, offset: String(whole.schoolsTotal) });
      expect(beyond.schools).toEqual([]);
      expect(beyond.totals).toEqual(whole.totals);
      for (const [query, pointer] of [[{ limit: '0' }, '/limit'], [{ limit: '5001' }, '/limit'], [{ offset: '-1' }, '/offset'], [{ limit: 'veel' }, '/limit']] as const) {
        const res = await admin.request('GET', `/api/overview?${new URLSearchParams({ typeId: PD, ...query }).toString()}`);
        expect(res.status, JSON.stringify(query)).toBe(400);
        expect(((await res.json()) as { error: { path: string; message: { nl: string } } }).error).toMatchObject({ path: pointer, message: { nl: expect.any(String) } });
      }
    });

    it('is only for coaches and admins, and needs a type', async () => {
      expect((await (await w.as('ib@esch.nl')).request('GET', `/api/overview?typeId=${PD}`)).status).toBe(403);
      expect((await (await w.as('pb@koers.nl')).request('GET', '/api/overview')).status).toBe(400);
      expect((await (await w.as('pb@koers.nl')).request('GET', '/api/overview?typeId=bestaat-niet')).status).toBe(404);
    });
  });
});
