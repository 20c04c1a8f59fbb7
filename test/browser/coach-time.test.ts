import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiCall, type DemoApp, organisationId, signIn, signedInApi, startDemoApp } from './app';
import { chromiumAvailable, RESULTS, ROOT } from './harness';
import { seriousViolations } from './axe';

const available = chromiumAvailable();

/**
 * What the procesbegeleider sees of time, in Chromium on the demo: the admin publishes a small type with a deadline
 * "voor de herfstvakantie" and timers after 10 days, 20 days and 6 months (test/fixtures/coach-time) and starts it
 * at OBS De Regenboog (a demo school without a holiday region). The browser runs in Auckland's zone: the dates
 * must still be Amsterdam's.
 */
describe.skipIf(!available)('the coach sees time in Chromium', () => {
  let app: DemoApp, page: Page, admin: ApiCall, trajectoryId: string, regenboogId: string;
  const definition = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/coach-time/workflows/termijnen.json'), 'utf8'));
  const shot = (name: string) => page.screenshot({ path: join(RESULTS, `coach-time-${name}.png`), fullPage: true });
  const WEEKDAY = '(ma|di|wo|do|vr|za|zo)';

  beforeAll(async () => {
    app = await startDemoApp('coach-time', { env: { KOERS_ROOT: ROOT, KOERS_POLL_MS: '100' }, page: { timezoneId: 'Pacific/Auckland', viewport: { width: 1366, height: 900 } } });
    page = app.page;
    admin = await signedInApi(app.url, 'beheer@koers.example');
    expect((await admin('POST', 'types', { definition })).status).toBe(201);
    regenboogId = await organisationId(admin, 'OBS De Regenboog');
    const started = await admin<{ id: string }>('POST', 'trajectories', { typeId: 'termijnen', schoolId: regenboogId });
    expect(started.status).toBe(201);
    trajectoryId = started.body.id;
  }, 180_000);
  afterAll(() => app?.close());

  it('lists the timer due in 10 days under "Komende 14 dagen", not the one in 20 days', async () => {
    await signIn(page, app.url, 'procesbegeleider@koers.example');
    await page.goto(`${app.url}#/overzicht/termijnen`);
    const upcoming = page.getByRole('region', { name: 'Komende 14 dagen' });
    await upcoming.waitFor();
    const items = upcoming.getByRole('listitem');
    expect(await items.count()).toBe(1);
    expect(await items.first().textContent()).toMatch(new RegExp(`^OBS De Regenboog Timer: Voortgangsgesprek — over 10 dagen \\(${WEEKDAY} \\d{1,2} [a-z]+\\)$`));
    expect(await upcoming.textContent()).not.toMatch(/Drie weken/);
    // The words are the server's, in Europe/Amsterdam: the same as the API gives, whatever the browser's zone.
    const overview = await admin<{ schools: Array<{ upcoming: Array<{ words: { nl: string } }> }> }>('GET', 'overview?typeId=termijnen');
    expect(await items.first().locator('time').textContent()).toBe(overview.body.schools[0]!.upcoming[0]!.words.nl);
    expect(await page.locator('.coach__totals').textContent()).toMatch(/0 herinneringen verstuurd/);
    expect(await page.locator('.coach__totals').textContent()).toMatch(/^1 lopend traject0 over tijd/);
    await shot('overview-1366');
  });

  it('fits the overview on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('region', { name: 'Komende 14 dagen' }).scrollIntoViewIfNeeded();
    const wide = await page.evaluate(() => [...document.querySelectorAll('.upcoming *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1).map((el) => el.className || el.tagName));
    expect(wide).toEqual([]);
    await shot('overview-390');
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('shows "Volgende termijn", the timers that will fire and the region note on the trajectory page', async () => {
    await page.getByRole('region', { name: 'Komende 14 dagen' }).getByRole('link', { name: 'OBS De Regenboog' }).click();
    const panel = page.getByRole('region', { name: 'Termijnen' });
    await panel.waitFor();
    expect(page.url()).toContain(trajectoryId);
    expect(await panel.locator('dd').first().textContent()).toMatch(new RegExp(`^voor de herfstvakantie \\(${WEEKDAY} \\d{1,2} oktober \\d{4}\\)Plan van aanpak$`));
    const timers = await panel.locator('.time__timers li').allTextContents();
    expect(timers).toHaveLength(3);
    expect(timers[0]).toMatch(/^ Voortgangsgesprek — \d{1,2} [a-z]+ \d{4} — blijft in Plan van aanpak$/);
    expect(timers[2]).toMatch(/^ Half jaar verstreken — \d{1,2} [a-z]+ \d{4} — gaat naar Tussenevaluatie$/);
    expect(await panel.textContent()).toContain('Koers rekent met regio Midden');
    expect(await seriousViolations(page)).toEqual([]);
    await panel.scrollIntoViewIfNeeded();
    await shot('trajectory-1366');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await panel.scrollIntoViewIfNeeded();
    await shot('trajectory-390');
  });

  it('shows beside the school the reminders the server\'s scheduler sent', async () => {
    // The same type, due in 7 days with its reminder 7 days before: due at the start, so the scheduler sends it at once.
    const due = structuredClone(definition);
    Object.assign(due, { id: 'herinneringen', title: { nl: 'Herinneringen', en: 'Reminders' } });
    due.machine.states.plan.meta.deadline = { after: 'P7D' };
    expect((await admin('POST', 'types', { definition: due })).status).toBe(201);
    expect((await admin('POST', 'trajectories', { typeId: 'herinneringen', schoolId: regenboogId })).status).toBe(201);
    type Sent = { schools: Array<{ reminders: { reminders: number } }> };
    await expect.poll(async () => (await admin<Sent>('GET', 'overview?typeId=herinneringen')).body.schools[0]?.reminders.reminders, { timeout: 8_000 }).toBe(1);
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${app.url}#/overzicht/herinneringen`);
    const row = page.locator('.schools__table tbody tr').first();
    await row.getByText(/1 herinnering/).waitFor();
    expect(await row.locator('th').textContent()).toMatch(/^OBS De Regenboog 1 herinnering · laatste \d{1,2} [a-z]+\.? \d{4}$/);
    expect(await page.locator('.coach__totals').textContent()).toMatch(/1 herinnering verstuurd/);
    await shot('reminders-1366');
  });

  it('says it in English too, and nothing failed on the way', async () => {
    await page.goto(`${app.url}#/trajecten/${trajectoryId}`);
    await page.getByRole('button', { name: 'English' }).click();
    const panel = page.getByRole('region', { name: 'Due dates' });
    await panel.waitFor();
    expect(await panel.locator('dd').first().textContent()).toMatch(/^before the autumn holiday \((Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} October \d{4}\)Plan of approach$/);
    expect(await panel.textContent()).toContain('Koers uses the Middle region (midden)');
    expect(app.pageErrors).toEqual([]);
  });
});
