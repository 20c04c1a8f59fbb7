import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { forEachDatabase } from '@koers/testing';
import { answer, errorOf } from './support/harness';
import { shippedWorld } from './support/world';

// Form rules on the server (docs/definition-format.md §6 "Controles over velden en items"): the engine checks them at
// submit; an error rule refuses with 422 and the message at the item's pointer, a warning rule lets the event
// through, and a draft is saved whatever the rules say.
const fixture = (path: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../../test/fixtures/valid', path), 'utf8'));
const SPAN = { nl: 'De einddatum ligt minstens een half jaar na de begindatum.', en: 'The end date lies at least half a year after the start date.' };
const ORDER = { nl: 'De einddatum ligt na de begindatum.', en: 'The end date lies after the start date.' };
const AFTER = { nl: 'Let op: een doel begint na de zomervakantie.', en: 'Note: a goal starts after the summer holiday.' };

function smartType() {
  const definition = fixture('workflows/mini.json');
  Object.assign(definition, { id: 'smart-ronde', title: { nl: 'SMART-ronde', en: 'SMART round' } });
  definition.machine.id = 'smartRonde';
  definition.machine.states.intake.meta.events.INTAKE_AFRONDEN.roles.push('schoolleider');
  const form = fixture('forms/mini-intake.json');
  form.schema.properties.doelen = {
    type: 'array', title: 'Doelen', items: { type: 'object', properties: {
      doel: { type: 'string', title: 'Doel' },
      begindatum: { type: 'string', format: 'date', title: 'Begindatum' },
      einddatum: { type: 'string', format: 'date', title: 'Einddatum' },
    } },
  };
  const filled = { or: [{ '!': { var: 'begindatum' } }, { '!': { var: 'einddatum' } }] };
  form.rules = [
    { id: 'einde-na-begin', items: '/doelen', path: '/einddatum', message: ORDER,
      check: { or: [...filled.or, { '<': [{ date: { var: 'begindatum' } }, { date: { var: 'einddatum' } }] }] } },
    { id: 'half-jaar', items: '/doelen', path: '/einddatum', message: SPAN,
      check: { or: [...filled.or, { '>=': [{ date: { var: 'einddatum' } }, { addDuration: [{ var: 'begindatum' }, 'P6M'] }] }] } },
    { id: 'voor-de-zomer', items: '/doelen', path: '/begindatum', severity: 'warning', message: AFTER,
      check: { or: [{ '!': { var: 'begindatum' } }, { '==': [{ schoolYear: { var: 'begindatum' } }, '2026-2027'] }] } },
  ];
  form.examples = [{ besluit: 'go', uren: 1, doelen: [{ doel: 'Lezen', begindatum: '2026-09-01', einddatum: '2027-07-01' }] }, { besluit: 'nogo' }];
  return { definition, forms: [form] };
}

await forEachDatabase('form rules at submit', shippedWorld, (w) => {
  const goal = (begindatum: string, einddatum: string) => ({ doel: 'Lezen', begindatum, einddatum });
  const startRound = async () => {
    const admin = await w.as('admin@koers.nl');
    if ((await admin.request('GET', '/api/types/smart-ronde')).status !== 200) {
      const published = await admin.request('POST', '/api/types', smartType());
      expect(published.status, await published.clone().text()).toBe(201);
    }
    const granted = await admin.request('POST', '/api/memberships', { email: 'directie@esch.nl', organisationId: w.world.schoolA.id, role: 'schoolleider' });
    expect([201, 409]).toContain(granted.status);
    // Roles are read at sign-in: sign in again (a fresh agent) after the membership.
    w.advance(0);
    const leader = await w.as('directie@esch.nl');
    const view = await answer(leader.api.trajectories.$post({ json: { typeId: 'smart-ronde', schoolId: w.world.schoolA.id } }), 201);
    const send = (data: object) => leader.request('POST', `/api/trajectories/${view.id}/events`, { type: 'INTAKE_AFRONDEN', data, expectedVersion: 1 });
    return { leader, id: view.id, send };
  };

  it('refuses a submit whose third goal ends before it begins: 422 with both messages at /doelen/2/einddatum, nothing written', async () => {
    const { leader, id, send } = await startRound();
    const res = await send({ besluit: 'go', uren: 1, doelen: [goal('2026-09-01', '2027-07-01'), goal('2026-09-01', '2027-06-01'), goal('2026-10-01', '2026-09-15')] });
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error).toMatchObject({ reason: 'form-invalid', path: '/data/doelen/2/einddatum' });
    expect(error.fieldErrors).toEqual([
      { path: '/doelen/2/einddatum', keyword: 'rule', message: ORDER },
      { path: '/doelen/2/einddatum', keyword: 'rule', message: SPAN },
    ]);
    const view = await (await leader.request('GET', `/api/trajectories/${id}`)).json() as { version: number; steps: Array<{ path: string }> };
    expect(view).toMatchObject({ version: 1, steps: [{ path: 'intake' }] });
  });

  it('refuses a goal of less than half a year and accepts one of exactly six calendar months', async () => {
    const { send } = await startRound();
    const short = await send({ besluit: 'go', uren: 1, doelen: [goal('2026-08-31', '2027-02-27')] });
    expect(short.status).toBe(422);
    expect((await errorOf(short)).fieldErrors).toEqual([{ path: '/doelen/0/einddatum', keyword: 'rule', message: SPAN }]);
    expect((await send({ besluit: 'go', uren: 1, doelen: [goal('2026-08-31', '2027-02-28')] })).status).toBe(201);
  });

  it('lets a submit through when only a warning rule does not hold', async () => {
    const { leader, id, send } = await startRound();
    const res = await send({ besluit: 'go', uren: 1, doelen: [goal('2027-09-01', '2028-07-01')] });
    expect(res.status, await res.clone().text()).toBe(201);
    const view = await (await leader.request('GET', `/api/trajectories/${id}`)).json() as { steps: Array<{ path: string }> };
    expect(view.steps).toEqual([expect.objectContaining({ path: 'uitvoering' })]);
  });

  it('saves a draft that breaks the rules: checks while typing never block autosave', async () => {
    const { leader, id } = await startRound();
    const saved = await leader.request('PUT', `/api/trajectories/${id}/drafts/mini-intake`, { data: { doelen: [goal('2026-10-01', '2026-09-15')] } });
    expect(saved.status, await saved.clone().text()).toBe(200);
    expect(await saved.json()).toMatchObject({ data: { doelen: [goal('2026-10-01', '2026-09-15')] } });
  });
});
