import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiCall, type DemoApp, organisationId, signIn, signedInApi, startDemoApp } from './app';
import { chromiumAvailable, RESULTS, ROOT } from './harness';
import { seriousViolations } from './axe';
import { openHistory } from './trajectory-page';

const available = chromiumAvailable();
const REASON = 'Er zijn meer uren geboekt dan het budget toelaat.';
const json = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
/** Publishes a fixture type with its form as the admin. */
async function publish(admin: ApiCall, workflow: string, form: string) {
  expect((await admin('POST', 'types', { definition: json(workflow), forms: [json(form)] })).status).toBe(201);
}

/**
 * Soft rules in the browser (issue 13): a type whose intake books hours with a warning instead of a refusal. The
 * casemanager books more hours than the budget; the coach overview shows the school with an open flag, the
 * trajectory page shows the flag and its marker in the history; the casemanager acknowledges it with a note,
 * and the school's directie sees who did, on a phone.
 */
describe.skipIf(!available)('flags of soft rules in Chromium', () => {
  let app: DemoApp;
  let trajectoryId: string;
  const shot = (page: Page, name: string) => page.screenshot({ path: join(RESULTS, `flags-${name}.png`), fullPage: true });

  beforeAll(async () => {
    app = await startDemoApp('flags', { env: { KOERS_ROOT: ROOT }, page: { consoleErrors: true, viewport: { width: 1366, height: 900 } } });
    const admin = await signedInApi(app.url, 'beheer@koers.example');
    await publish(admin, 'test/fixtures/flags/workflows/signalen.json', 'test/fixtures/valid/forms/mini-intake.json');
    const started = await admin<{ id: string }>('POST', 'trajectories', { typeId: 'signalen', schoolId: await organisationId(admin, 'CBS De Wegwijzer') });
    expect(started.status).toBe(201);
    trajectoryId = started.body.id;
    const cm = await signedInApi(app.url, 'casemanager@koers.example');
    const sent = await cm<{ flags: unknown[] }>('POST', `trajectories/${trajectoryId}/events`, {
      type: 'INTAKE_AFRONDEN', data: { besluit: 'go', uren: 20 }, expectedVersion: 1,
    });
    expect(sent.status).toBe(201);
    expect(sent.body.flags).toHaveLength(1);
  }, 180_000);
  afterAll(() => app?.close());

  it('shows the coach the school with an open flag in the overview, filterable', async () => {
    const { page } = app;
    await signIn(page, app.url, 'casemanager@koers.example');
    // The app asked who is signed in before we were: that 401 is expected; from here on nothing may fail.
    app.pageErrors.length = 0;
    page.on('response', (res) => {
      if (res.status() >= 400) app.pageErrors.push(`${res.status()} ${res.url()}`);
    });
    await page.goto(`${app.url}#/overzicht/signalen`);
    const row = page.locator('.schools__table tbody tr', { hasText: 'CBS De Wegwijzer' });
    await row.locator('.badge--flag', { hasText: '1 signaal' }).waitFor();
    // The hours went past the budget: recorded, and the row says by how much.
    expect(await row.textContent()).toMatch(/20 van 15 uur gebruikt.*5 uur boven het budget/);
    await page.getByLabel('Alleen met open signalen').check();
    await page.waitForURL(/signalen=true/);
    await page.getByRole('status').filter({ hasText: /^1 van 1/ }).first().waitFor();
    await shot(page, 'overview-1366');
  });

  it('shows the flag on the trajectory page and in its history, and lets the coach acknowledge it with a note', async () => {
    const { page } = app;
    await page.locator('.schools__table tbody tr', { hasText: 'CBS De Wegwijzer' }).getByRole('link', { name: 'CBS De Wegwijzer' }).click();
    const panel = page.getByRole('region', { name: 'Signalen' });
    await panel.getByText(REASON).waitFor();
    expect(await panel.textContent()).toMatch(/1 open signaal.*bij "Intake afronden"/s);
    await (await openHistory(page)).locator('.kr-history__flag', { hasText: `Signaal: ${REASON}` }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'trajectory-open-1366');
    await panel.getByLabel('Notitie (optioneel)').fill('Besproken met de directie; extra uren afgesproken.');
    await panel.getByRole('button', { name: 'Afhandelen' }).click();
    await panel.getByText(/Afgehandeld door Joost Bakker op/).waitFor();
    await panel.getByText('Alle signalen zijn afgehandeld.').waitFor();
    await page.locator('.kr-history__flag--done', { hasText: `Signaal (afgehandeld): ${REASON}` }).waitFor();
    await shot(page, 'trajectory-acknowledged-1366');
    await page.goto(`${app.url}#/overzicht/signalen?signalen=true`);
    await page.getByRole('status').filter({ hasText: /^0 van 1/ }).first().waitFor();
    expect(app.pageErrors).toEqual([]);
  });

  it('shows the school\'s directie who acknowledged it and the note, without the button, on a phone', async () => {
    const phone = await app.newPage({ viewport: { width: 390, height: 844 }, consoleErrors: true });
    await signIn(phone, app.url, 'directie.wegwijzer@koers.example');
    app.pageErrors.length = 0;
    phone.on('response', (res) => {
      if (res.status() >= 400) app.pageErrors.push(`${res.status()} ${res.url()}`);
    });
    await phone.goto(`${app.url}#/trajecten/${trajectoryId}`);
    const panel = phone.getByRole('region', { name: 'Signalen' });
    await panel.getByText(/Afgehandeld door Joost Bakker/).waitFor();
    await panel.getByText('Besproken met de directie; extra uren afgesproken.').waitFor();
    expect(await panel.getByRole('button', { name: 'Afhandelen' }).count()).toBe(0);
    // Nothing sticks out sideways on a phone.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(phone, 'trajectory-390');
    await phone.context().close();
    expect(app.pageErrors).toEqual([]);
  });

  it('opens a long history with its latest 50 events and loads older ones a page at a time; the flag still names its event', async () => {
    const admin = await signedInApi(app.url, 'beheer@koers.example');
    await publish(admin, 'test/fixtures/history/workflows/notities.json', 'test/fixtures/history/forms/notitie.json');
    const ib = await signedInApi(app.url, 'ib.wegwijzer@koers.example');
    const started = await ib<{ id: string }>('POST', 'trajectories', { typeId: 'notities', schoolId: await organisationId(admin, 'CBS De Wegwijzer') });
    expect(started.status).toBe(201);
    const id = started.body.id;
    for (let version = 1; version <= 60; version++) {
      const sent = await ib('POST', `trajectories/${id}/events`, { type: 'NOTITIE', data: { tekst: `Notitie ${version}`, zorg: version === 1 ? 'ja' : 'nee' }, expectedVersion: version });
      expect(sent.status).toBe(201);
    }
    const page = await app.newPage({ viewport: { width: 1366, height: 900 }, consoleErrors: true });
    await signIn(page, app.url, 'ib.wegwijzer@koers.example');
    await page.goto(`${app.url}#/trajecten/${id}`);
    // The flag of event 2 names it, though event 2 is not among the 50 the page holds.
    await page.getByRole('region', { name: 'Signalen' }).getByText('bij "Notitie"').waitFor();
    const history = await openHistory(page);
    await history.getByText('Toon de geschiedenis (61)').waitFor();
    const entries = history.locator('.kr-history__entry');
    await expect.poll(() => entries.count()).toBe(50);
    await history.getByText('50 van 61 getoond').waitFor();
    await page.locator('.trajectory__older').screenshot({ path: join(RESULTS, 'flags-long-history-more.png') });
    await history.getByRole('button', { name: 'Oudere activiteit tonen' }).click();
    await expect.poll(() => entries.count()).toBe(61);
    expect(await history.getByRole('button', { name: 'Oudere activiteit tonen' }).count()).toBe(0);
    // An older event's form opens with its own answers, which came with its page.
    const second = entries.nth(59);
    await second.getByText('Ingevuld formulier bekijken').click();
    await second.getByText('Notitie 1').waitFor();
    await shot(page, 'long-history');
    await page.context().close();
  });
});
