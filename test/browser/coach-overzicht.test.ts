import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, DEMO_PASSWORD, startDemoApp } from './app';
import { chromiumAvailable, RESULTS, ROOT } from './harness';
import { seriousViolations } from './axe';

const available = chromiumAvailable();
/** With KOERS_SCREENSHOTS=1 the screenshots also go to docs/screenshots/ (the README shows them). */
const DOCS = process.env.KOERS_SCREENSHOTS === '1' ? join(ROOT, 'docs', 'screenshots') : undefined;

/**
 * The procesbegeleider's first screen (issue 14, item 1): `#/overzicht` opens on every school they may see across
 * every trajectory type, the most urgent first; the filters live in the URL; a type's overview is one click away.
 */
describe.skipIf(!available)('the coach\'s first screen in Chromium', () => {
  let app: DemoApp, page: Page;
  const rows = () => page.locator('.matrix__table tbody tr');
  // The whole page at 1366; on a phone the first 1600 px (the header, the filters and the first cards).
  const shot = async (width: number) => {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const options = { fullPage: true, ...(width < 600 ? { clip: { x: 0, y: 0, width, height: Math.min(height, 1600) } } : {}) };
    await page.screenshot({ path: join(RESULTS, `coach-overzicht-${width}.png`), ...options });
    if (DOCS) {
      mkdirSync(DOCS, { recursive: true });
      await page.screenshot({ path: join(DOCS, `coach-overzicht-${width}.png`), ...options });
    }
  };

  beforeAll(async () => {
    app = await startDemoApp('coach-overzicht', { env: { KOERS_ROOT: ROOT }, page: { consoleErrors: true, viewport: { width: 1366, height: 900 } } });
    page = app.page;
    await page.goto(`${app.url}#/inloggen`);
    await page.getByLabel('E-mailadres').fill('procesbegeleider@koers.example');
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    // Signed in: the header holds the account menu (the button with the person's name).
    await page.locator('.user-menu__toggle').waitFor();
    // Asking who is signed in before signing in answered 401: expected; from here on nothing may fail.
    app.pageErrors.length = 0;
  }, 180_000);
  afterAll(() => app?.close());

  it('opens on every school across every type, the school most over time first', async () => {
    await page.goto(`${app.url}#/overzicht`);
    await page.getByRole('heading', { level: 2, name: 'Scholen per trajectsoort' }).waitFor();
    expect(await page.getByText('Kies een trajectsoort').count()).toBe(0);
    // A column per type with running trajectories at the coach's schools: PD and Voortgezet Leren in the demo.
    const columns = await page.locator('.matrix__table thead th').allTextContents();
    expect(columns[0]).toBe('School');
    expect(columns.some((c) => /PD-schoolontwikkelingstraject/.test(c))).toBe(true);
    expect(columns.some((c) => /Voortgezet Leren/.test(c))).toBe(true);
    // The seven schools the coach sees, the most days over time first (the demo's VL schools are months late).
    await expect.poll(() => rows().count()).toBe(7);
    const lateness = await rows().evaluateAll((trs) => trs.map((tr) => Math.max(0, ...[...(tr.textContent ?? '').matchAll(/(\d+) dagen over tijd/g)].map((m) => Number(m[1])))));
    expect(lateness[0]).toBeGreaterThan(0);
    expect(lateness).toEqual([...lateness].sort((a, b) => b - a));
    const first = rows().first();
    expect(await first.locator('th').textContent()).toMatch(/Over tijd/);
    expect(await first.textContent()).toMatch(/Wacht op: \S/);
    // De Vlinderboom: PD, in the intake, over time, waiting for someone.
    const vlinderboom = rows().filter({ hasText: 'IKC De Vlinderboom' });
    expect(await vlinderboom.textContent()).toMatch(/Intakegesprek\d+ dagen over tijdWacht op: \S/);
    expect(await page.getByRole('status').filter({ hasText: 'scholen' }).textContent()).toBe('7 van 7 scholen');
    expect(await seriousViolations(page)).toEqual([]);
    await shot(1366);
  });

  it('keeps its filters in the URL, so a reload (or a shared link) shows the same view', async () => {
    const lateSchools = await page.locator('.matrix__row--late').count();
    expect(lateSchools).toBeGreaterThan(0);
    expect(lateSchools).toBeLessThan(7);
    await page.getByLabel('Alleen over tijd').check();
    await expect.poll(() => page.url()).toMatch(/#\/overzicht\?teLaat=true$/);
    await expect.poll(() => rows().count()).toBe(lateSchools);
    await page.getByLabel('Zoeken op school, stap of rol').fill('vlinder');
    await expect.poll(() => page.url()).toMatch(/#\/overzicht\?zoek=vlinder&teLaat=true$/);
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Scholen per trajectsoort' }).waitFor();
    expect(await page.getByLabel('Alleen over tijd').isChecked()).toBe(true);
    expect(await page.getByLabel('Zoeken op school, stap of rol').inputValue()).toBe('vlinder');
    await expect.poll(() => rows().count()).toBe(1);
    expect(await rows().first().locator('th').textContent()).toMatch(/IKC De Vlinderboom/);
    // A search that finds nothing says so.
    await page.getByLabel('Zoeken op school, stap of rol').fill('bestaat niet');
    await page.getByText('Geen scholen die aan het filter voldoen.').waitFor();
    await page.getByLabel('Zoeken op school, stap of rol').fill('');
    await page.getByLabel('Alleen over tijd').uncheck();
    await expect.poll(() => page.url()).toMatch(/#\/overzicht$/);
    await expect.poll(() => rows().count()).toBe(7);
  });

  it('opens a type\'s overview in one click, its school table before its step list', async () => {
    await page.locator('.matrix__table thead').getByRole('link', { name: 'PD-schoolontwikkelingstraject' }).click();
    await page.getByRole('heading', { level: 2, name: 'PD-schoolontwikkelingstraject' }).waitFor();
    expect(page.url()).toMatch(/#\/overzicht\/pd-schoolontwikkeling$/);
    await page.locator('.schools__table tbody tr').first().waitFor();
    const order = await page.evaluate(() => {
      const schools = document.getElementById('schools-title')!;
      const steps = document.getElementById('heat-title')!;
      return schools.compareDocumentPosition(steps) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    await page.getByRole('link', { name: 'Alle scholen over alle trajectsoorten' }).click();
    await page.getByRole('heading', { level: 2, name: 'Scholen per trajectsoort' }).waitFor();
    expect(page.url()).toMatch(/#\/overzicht$/);
  });

  it('becomes cards with the same information on a phone, without sideways scrolling or serious axe findings', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => rows().count()).toBe(7);
    const card = rows().filter({ hasText: 'IKC De Vlinderboom' });
    expect(await card.textContent()).toMatch(/IKC De Vlinderboom.*PD-schoolontwikkelingstraject.*Intakegesprek.*dagen over tijd.*Wacht op/);
    const box = await card.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(390);
    // The type's own table is cards too, each figure under its column's name.
    await card.getByRole('link', { name: 'PD-schoolontwikkelingstraject' }).click();
    await page.locator('.schools__table tbody tr').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await page.locator('.schools__table tbody td').first().evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Huidige stap"');
    await page.screenshot({ path: join(RESULTS, 'coach-overzicht-type-390.png'), clip: { x: 0, y: 0, width: 390, height: 1600 }, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
