import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD as PASSWORD, signIn, startDemoApp } from './app';
import { chromiumAvailable, RESULTS, ROOT } from './harness';
import { CASEMANAGER, DIRECTIE, IB, WERKGROEP, formExample } from './pd-demo';

const available = chromiumAvailable();

/** The main path through pd-schoolontwikkeling: who sends which form with which button (no escalation; close). */
const WALK: Array<{ who: string; form: string; button: string; pick?: Record<string, unknown>; confirm?: true }> = [
  { who: IB, form: 'pd-schoolontwikkelingsformulier', button: 'Formulier indienen' },
  { who: CASEMANAGER, form: 'pd-intake', button: 'Intake afronden en startgesprek vastleggen' },
  { who: CASEMANAGER, form: 'pd-startgesprek', button: 'Startgesprek en SMART-doelen vastleggen' },
  { who: DIRECTIE, form: 'pd-planning', button: 'Planning en afspraken vaststellen', pick: { consultatietraject: false, groterPlanNodig: false } },
  { who: WERKGROEP, form: 'pd-werkwijze', button: 'Werkwijze vastleggen en starten' },
  { who: CASEMANAGER, form: 'pd-voortgangsgesprek', button: 'Voortgangsgesprek vastleggen' },
  { who: CASEMANAGER, form: 'pd-voortgangsgesprek', button: 'Voortgangsgesprek vastleggen' },
  { who: IB, form: 'pd-tussenevaluatie', button: 'Tussentijdse evaluatie vastleggen' },
  { who: WERKGROEP, form: 'pd-uitvoering', button: 'Uitvoering afronden' },
  { who: CASEMANAGER, form: 'pd-voortgangsgesprek', button: 'Voortgangsgesprek vastleggen', pick: { eindeTermijn: true } },
  { who: IB, form: 'pd-eindevaluatie', button: 'Eindevaluatie vastleggen' },
  { who: CASEMANAGER, form: 'pd-afsluitend-gesprek', button: 'Afrondend gesprek vastleggen' },
  // The decision may close the trajectory: the page asks first (the definition's `confirm`).
  { who: DIRECTIE, form: 'pd-besluit', button: 'Besluit vastleggen', pick: { besluit: 'afsluiten' }, confirm: true },
];

/** Signs in through the API from the page (switching users via the sign-in page each step would be slow). */
async function apiLogin(page: Page, email: string): Promise<void> {
  const status = await page.evaluate(async ({ email, password }) => (await fetch('/api/auth/login', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }),
  })).status, { email, password: PASSWORD });
  expect(status, `login ${email}`).toBe(200);
}

/** A call to the API from the page as the signed-in user, with the session's CSRF token. */
async function apiCall(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  return page.evaluate(async ({ method, path, body }) => {
    const me = await (await fetch('/api/auth/me')).json() as { csrfToken: string };
    const res = await fetch(path, {
      method, headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, json: await res.json().catch(() => null) };
  }, { method, path, body });
}

describe.skipIf(!available)('PD-schoolontwikkelingstraject walked from start to finish in Chromium', () => {
  let url: string, page: Page, pageErrors: string[], close = async () => {};
  let id = '';

  beforeAll(async () => {
    ({ url, page, pageErrors, close } = await startDemoApp('pd-walk', { env: { KOERS_ROOT: ROOT } }));
  }, 180_000);
  afterAll(() => close());

  it('starts a new PD track for CBS De Wegwijzer (its demo PD track is finished) as its ib\'er', async () => {
    await signIn(page, url, IB);
    const list = await apiCall(page, 'GET', '/api/trajectories');
    const pds = (list.json as Array<{ type: { id: string }; status: string; school: { id: string; name: string } }>)
      .filter((t) => t.type.id === 'pd-schoolontwikkeling');
    expect(pds.map((t) => t.status)).toEqual(['done']);
    const started = await apiCall(page, 'POST', '/api/trajectories', { typeId: 'pd-schoolontwikkeling', schoolId: pds[0]!.school.id });
    expect(started.status, JSON.stringify(started.json)).toBe(201);
    id = started.json.id;
  });

  it('walks every step of the main path in the browser until the track is finished', async () => {
    let current = IB;
    for (const [i, step] of WALK.entries()) {
      if (step.who !== current) await apiLogin(page, step.who);
      current = step.who;
      await page.goto(`${url}#/trajecten/${id}`);
      await page.reload();
      const button = page.getByRole('button', { name: step.button, exact: true });
      if (i === 0) {
        // Once: with the form empty the button waits, naming the empty required fields in Dutch.
        await page.getByText(/^Vul eerst in: /).first().waitFor();
        expect(await button.isDisabled()).toBe(true);
        await page.screenshot({ path: join(RESULTS, 'pd-walk-required.png'), fullPage: true });
      }
      const draft = await apiCall(page, 'PUT', `/api/trajectories/${id}/drafts/${step.form}`, { data: formExample(step.form, step.pick) });
      expect(draft.status, `${step.form}: ${JSON.stringify(draft.json)}`).toBe(200);
      await page.reload();
      await button.click();
      if (step.confirm) await page.getByRole('dialog', { name: `${step.button}?` }).getByRole('button', { name: `Ja, ${step.button}` }).click();
      await page.getByRole('status').filter({ hasText: `Verstuurd: ${step.button}` }).waitFor();
    }
    await page.getByText('Afgerond', { exact: true }).first().waitFor();
    await page.getByRole('heading', { level: 2, name: 'Traject afgerond' }).waitFor();
    await page.screenshot({ path: join(RESULTS, 'pd-walk-finished.png'), fullPage: true });
    const view = await apiCall(page, 'GET', `/api/trajectories/${id}`);
    expect(view.json.status).toBe('done');
    expect(pageErrors, pageErrors.join('\n')).toEqual([]);
  }, 240_000);
});
