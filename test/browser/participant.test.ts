import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD as PASSWORD, startDemoApp } from './app';
import { chromiumAvailable, RESULTS, ROOT } from './harness';
import { seriousViolations } from './axe';
import { openHistory } from './trajectory-page';

const available = chromiumAvailable();
const EXAMPLE = JSON.parse(readFileSync(join(ROOT, 'forms', 'pdca-meting.json'), 'utf8')).examples[0] as Record<string, unknown>;



/** A trajectory of another school than OBS De Regenboog, looked up as the administrator. */
async function otherSchoolsTrajectory(url: string): Promise<string> {
  const login = await fetch(`${url}api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'beheer@koers.example', password: PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const list = await (await fetch(`${url}api/trajectories`, { headers: { cookie } })).json() as Array<{ id: string; school: { name: string } }>;
  return list.find((t) => t.school.name !== 'OBS De Regenboog')!.id;
}

describe.skipIf(!available)('participant pages in Chromium against the real server', () => {
  let url: string, page: Page, pageErrors: string[], close = async () => {};
  const shot = (name: string) => page.screenshot({ path: join(RESULTS, `participant-${name}.png`), fullPage: true });

  beforeAll(async () => {
    ({ url, page, pageErrors, close } = await startDemoApp('participant'));
  }, 180_000);
  afterAll(() => close());

  it('refuses a wrong password in Dutch and signs in a school user', async () => {
    await page.goto(`${url}#/inloggen`);
    await page.getByLabel('E-mailadres').fill('ib.regenboog@koers.example');
    await page.getByLabel('Wachtwoord').fill('fout-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Het e-mailadres of wachtwoord klopt niet.' }).waitFor();
    await shot('signin-wrong');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn trajecten' }).waitFor();
    await page.locator('.user-menu__toggle').waitFor();
  });

  it('lists my trajectories with the current step and what is expected of me', async () => {
    const pdca = page.locator('.trajectory-card').filter({ hasText: 'PDCA-cyclus per kwaliteitskaart' });
    await pdca.getByText('Check: opbrengsten meten').waitFor();
    await pdca.getByText('Meting vastleggen').waitFor();
    await pdca.getByText(/Over tijd sinds/).waitFor();
    await shot('my-trajectories');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('opens a trajectory and shows the current step, its form, the steps and the history', async () => {
    await page.getByRole('link', { name: 'PDCA-cyclus per kwaliteitskaart' }).click();
    await page.getByRole('heading', { level: 2, name: 'Check: opbrengsten meten' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Meting van de opbrengsten' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Geschiedenis' }).waitFor();
    expect(await page.locator('.kr-step--current').count()).toBeGreaterThan(0);
    await shot('trajectory');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('disables the submit button while required fields are empty and says which ones, in Dutch', async () => {
    const button = page.getByRole('button', { name: 'Meting vastleggen' });
    expect(await button.isDisabled()).toBe(true);
    expect(await button.getAttribute('aria-disabled')).toBe('true');
    await page.getByText('Vul eerst in: Instrument, Afnamedatum, Resultaten per succesindicator').waitFor();
    await shot('trajectory-missing');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("refuses a submit the schema rejects (422) and names the field next to it in Dutch", async () => {
    // All required fields filled, but 'anders' asks for "Welk instrument?": only the server's validation catches it.
    expect(await putDraft(page, { ...EXAMPLE, instrument: 'anders' })).toBe(200);
    await page.reload();
    const button = page.getByRole('button', { name: 'Meting vastleggen' });
    // The draft fills the form after the first render: the click waits until the button is enabled.
    await button.click({ timeout: 15_000 });
    await page.getByRole('alert').filter({ hasText: 'Niet verstuurd' }).waitFor();
    await page.locator('[data-kf-path="instrumentAnders"]').getByText(/verplicht/).first().waitFor();
    await shot('trajectory-errors');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('autosaves a change as a draft', async () => {
    await page.getByLabel('Aantal gemeten leerlingen').fill('110');
    await page.getByRole('status').filter({ hasText: 'Concept opgeslagen' }).waitFor();
  });

  it('stores a change autosave had not stored yet when the reader leaves at once, without asking', async () => {
    await page.getByLabel('Aantal gemeten leerlingen').fill('111');
    // Well within autosave's second: leaving stores the change first, then goes on.
    await page.getByRole('link', { name: 'Terug naar mijn trajecten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn trajecten' }).waitFor();
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    await page.goBack();
    await page.getByLabel('Aantal gemeten leerlingen').waitFor();
    expect(await page.getByLabel('Aantal gemeten leerlingen').inputValue()).toBe('111');
  });

  it('submits the filled-in form and moves on to the next step', async () => {
    // The rest of the example answer goes in as the draft (as autosave would), then the page is reloaded.
    expect(await putDraft(page, EXAMPLE)).toBe(200);
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Check: opbrengsten meten' }).waitFor();
    expect(await page.getByLabel('Afnamedatum').inputValue()).toBe('2027-01-18');
    await page.getByRole('button', { name: 'Meting vastleggen' }).click();
    await page.getByRole('status').filter({ hasText: 'Verstuurd: Meting vastleggen' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Check: analyse in het team' }).waitFor();
    await (await openHistory(page)).locator('.kr-history__entry').filter({ hasText: 'Meting vastleggen' }).first().waitFor();
    await shot('trajectory-advanced');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(RESULTS, 'participant-trajectory-phone.png') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("shows 'niet gevonden of geen toegang' for another school's trajectory", async () => {
    const id = await otherSchoolsTrajectory(url);
    await page.goto(`${url}#/trajecten/${id}`);
    await page.getByRole('heading', { level: 1, name: 'Traject niet gevonden of geen toegang' }).waitFor();
    await page.getByText('hoort bij een school waar u geen toegang toe heeft').waitFor();
    await shot('no-access');
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors, pageErrors.join('\n')).toEqual([]);
  });
});

/** Saves the pdca-meting draft of the trajectory on screen through the API, as autosave would. */
async function putDraft(page: Page, data: Record<string, unknown>): Promise<number> {
  const id = page.url().split('/').pop()!;
  return page.evaluate(async ({ id, data }) => {
    const me = await (await fetch('/api/auth/me')).json() as { csrfToken: string };
    const res = await fetch(`/api/trajectories/${id}/drafts/pdca-meting`, {
      method: 'PUT', headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken }, body: JSON.stringify({ data }),
    });
    return res.status;
  }, { id, data });
}
