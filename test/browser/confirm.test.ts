import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiCall, type DemoApp, signIn, signedInApi, startDemoApp } from './app';
import { seriousViolations } from './axe';
import { chromiumAvailable, RESULTS, ROOT } from './harness';
import { openHistory } from './trajectory-page';
import { CASEMANAGER, DIRECTIE, IB, WERKGROEP, formExample } from './pd-demo';

const available = chromiumAvailable();
const EXTRA = 'Aanvullend consultatietraject aanvragen (+15 uur)';

/** Up to the execution step of a new PD track through the API: who sends which event with which form. */
const TO_EXECUTION: Array<{ who: string; type: string; form: string; pick?: Record<string, unknown> }> = [
  { who: IB, type: 'SCHOOLFORMULIER_INDIENEN', form: 'pd-schoolontwikkelingsformulier' },
  { who: CASEMANAGER, type: 'INTAKE_AFRONDEN', form: 'pd-intake' },
  { who: CASEMANAGER, type: 'STARTGESPREK_VASTLEGGEN', form: 'pd-startgesprek' },
  { who: DIRECTIE, type: 'PLANNING_VASTSTELLEN', form: 'pd-planning', pick: { consultatietraject: false, groterPlanNodig: false } },
  { who: WERKGROEP, type: 'WERKWIJZE_VASTLEGGEN', form: 'pd-werkwijze' },
];

describe.skipIf(!available)('consequential actions ask first, optional ones are not expected, drafts are visible (issue 14)', () => {
  let app: DemoApp, page: Page;
  let id = '';
  const apis = new Map<string, ApiCall>();
  const api = async (who: string) => {
    if (!apis.has(who)) apis.set(who, await signedInApi(app.url, who));
    return apis.get(who)!;
  };
  const version = async () => (await (await api(DIRECTIE))<{ version: number }>('GET', `trajectories/${id}`)).body.version;

  beforeAll(async () => {
    app = await startDemoApp('confirm', { env: { KOERS_ROOT: ROOT } });
    const list = await (await api(IB))<Array<{ type: { id: string }; school: { id: string } }>>('GET', 'trajectories');
    const school = list.body.find((t) => t.type.id === 'pd-schoolontwikkeling')!.school.id;
    const started = await (await api(IB))<{ id: string; version: number }>('POST', 'trajectories', { typeId: 'pd-schoolontwikkeling', schoolId: school });
    expect(started.status).toBe(201);
    id = started.body.id;
    let at = started.body.version;
    for (const step of TO_EXECUTION) {
      const sent = await (await api(step.who))<unknown>('POST', `trajectories/${id}/events`, { type: step.type, data: formExample(step.form, step.pick), expectedVersion: at });
      expect(sent.status, `${step.type}: ${JSON.stringify(sent.body)}`).toBe(201);
      at += 1;
    }
    page = app.page;
    await signIn(page, app.url, DIRECTIE);
  }, 180_000);
  afterAll(() => app?.close());

  it('lists on the card only what the step waits for: the directie is expected to do nothing, the +15 is no expectation', async () => {
    const card = page.locator('.trajectory-card').filter({ has: page.locator(`a[href$="${id}"]`) });
    await card.getByText('Van u verwacht').waitFor();
    expect(await card.textContent()).toContain('Nu niets: een andere rol is aan zet.');
    expect(await card.textContent()).not.toContain(EXTRA);
  });

  it('asks before the +15 uur with what will happen; Escape and Annuleren change nothing and give focus back', async () => {
    await page.goto(`${app.url}#/trajecten/${id}`);
    const button = page.getByRole('button', { name: EXTRA, exact: true });
    await button.click();
    const dialog = page.getByRole('dialog', { name: `${EXTRA}?` });
    await dialog.waitFor();
    await dialog.getByText('"Uren casemanager" wordt met 15 uur verhoogd.', { exact: false }).waitFor();
    await dialog.getByText(/Dat kan maar één keer/).waitFor();
    await page.screenshot({ path: join(RESULTS, 'confirm-dialog.png') });
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => button.evaluate((el) => el === document.activeElement)).toBe(true);
    await button.click();
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await version()).toBe(6);
  });

  it('refuses an empty reason in the dialog, then records the request with its reason and focuses a message that says who is up', async () => {
    await page.getByRole('button', { name: EXTRA, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `${EXTRA}?` });
    await dialog.getByRole('button', { name: `Ja, ${EXTRA}` }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Geef een reden op' }).waitFor();
    expect(await dialog.getByLabel('Reden (verplicht)').getAttribute('aria-invalid')).toBe('true');
    expect(await version()).toBe(6);
    await dialog.getByLabel('Reden (verplicht)').fill('De werkgroep heeft meer begeleiding nodig bij het tweede doel.');
    await dialog.getByRole('button', { name: `Ja, ${EXTRA}` }).click();
    const notice = page.getByRole('status').filter({ hasText: `Verstuurd: ${EXTRA}` });
    await notice.getByText(/^Nu aan de beurt: /).first().waitFor();
    await expect.poll(() => notice.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await notice.textContent()).toMatch(/Nu aan de beurt: .+, door /);
    expect(await version()).toBe(7);
    const view = await (await api(DIRECTIE))<{ context: { budgets: Array<{ id: string; limit: number }> }; history: Array<{ type: string; reason?: string }> }>('GET', `trajectories/${id}`);
    expect(view.body.history.at(-1)).toMatchObject({ type: 'CONSULTATIETRAJECT_AANVRAGEN', reason: 'De werkgroep heeft meer begeleiding nodig bij het tweede doel.' });
    await page.screenshot({ path: join(RESULTS, 'confirm-sent.png'), fullPage: true });
  });

  it('leaves the used-once +15 out afterwards and shows the reason in the history', async () => {
    await (await openHistory(page)).getByText('Reden: De werkgroep heeft meer begeleiding nodig bij het tweede doel.').waitFor();
    expect(await page.getByRole('button', { name: EXTRA, exact: true }).count()).toBe(0);
    expect(await page.getByText(/nog niet mogelijk/).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows "concept klaar" on the card and the step when a draft waits, and expects only the step\'s way forward', async () => {
    const werkgroep = await app.newPage();
    const saved = await (await api(WERKGROEP))<unknown>('PUT', `trajectories/${id}/drafts/pd-uitvoering`, { data: {} });
    expect(saved.status).toBe(200);
    await signIn(werkgroep, app.url, WERKGROEP);
    const card = werkgroep.locator('.trajectory-card').filter({ has: werkgroep.locator(`a[href$="${id}"]`) });
    await card.getByText(/^Concept klaar: /).waitFor();
    const expected = await card.locator('.trajectory-card__events li').allTextContents();
    expect(expected).toContain('Uitvoering afronden');
    expect(expected).not.toContain('Voortgang verbeteracties bijwerken');
    expect(await seriousViolations(werkgroep)).toEqual([]);
    await werkgroep.goto(`${app.url}#/trajecten/${id}`);
    await werkgroep.locator('.trajectory__step').getByText(/^Concept klaar: /).first().waitFor();
    expect(await seriousViolations(werkgroep)).toEqual([]);
  });
});
