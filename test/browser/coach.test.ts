import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '../../apps/server/src/config';
import { type RunningServer, startServer } from '../../apps/server/src/start';
import { buildWeb, chromiumAvailable, launchChromium, RESULTS, ROOT } from './harness';

const available = chromiumAvailable();
const AXE = available ? readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8') : '';

/** axe-core's WCAG 2.1 A/AA rules (plus best practices); returns the serious and critical findings. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })).violations;
  }) as Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')})`);
}

describe.skipIf(!available)('procesbegeleider overview in Chromium', () => {
  let outDir: string;
  let dataDir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const shot = (name: string) => page.screenshot({ path: join(RESULTS, `coach-${name}.png`), fullPage: true });
  const rows = () => page.locator('.schools__table tbody tr');

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    outDir = buildWeb();
    dataDir = mkdtempSync(join(tmpdir(), 'koers-coach-'));
    // The real server on a fresh embedded database with the demo seed, serving this build at /.
    server = await startServer(configFromEnv({ KOERS_DATA_DIR: dataDir, PORT: '0', KOERS_WEB_ROOT: outDir, KOERS_ROOT: ROOT }), () => {});
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(8_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    for (const dir of [outDir, dataDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('signs in as the procesbegeleider and opens the PD overview', async () => {
    await page.goto(`${server.url}/#/`);
    const status = await page.evaluate(async () => (await fetch('/api/auth/login', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'procesbegeleider@koers.example', password: 'koers-demo' }),
    })).status);
    expect(status).toBe(200);
    // The app asked who is signed in before we were: that 401 is expected; from here on nothing may fail.
    pageErrors.length = 0;
    page.on('response', (res) => {
      if (res.status() >= 400) pageErrors.push(`${res.status()} ${res.url()}`);
    });
    await page.goto(`${server.url}/#/overzicht`);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Overzicht scholen' }).waitFor();
    await page.getByLabel('Trajectsoort').selectOption('pd-schoolontwikkeling');
    await page.getByRole('heading', { level: 2, name: 'PD-schoolontwikkelingstraject' }).waitFor();
    expect(page.url()).toMatch(/#\/overzicht\/pd-schoolontwikkeling$/);
    expect(await page.locator('.coach__totals').textContent()).toMatch(/1 over tijd/);
    // The diagram with the overlay loads as an image.
    await page.waitForFunction(() => (document.querySelector('.diagram__box img') as HTMLImageElement | null)?.naturalWidth);
    await shot('overview-desktop');
  });

  it('finds the overdue school from the step bars', async () => {
    const intake = page.getByRole('button', { name: /Intakegesprek.*1 over tijd/ });
    await intake.click();
    expect(await intake.getAttribute('aria-pressed')).toBe('true');
    await page.getByText('Gefilterd op stap: Intakegesprek').waitFor();
    expect(await rows().count()).toBe(1);
    const row = rows().first();
    expect(await row.locator('th').textContent()).toMatch(/IKC De Vlinderboom.*Over tijd/);
    expect(await row.textContent()).toMatch(/38 van 14 dagen/);
    expect(await row.textContent()).toMatch(/Formulier: Intakegesprek/);
    await shot('filtered-on-intake');
    await page.getByRole('button', { name: 'Stapfilter wissen' }).click();
    expect(await rows().count()).toBe(2);
  });

  it('filters on overdue and on text, and sorts by a header', async () => {
    await page.getByLabel('Alleen over tijd').check();
    expect(await rows().count()).toBe(1);
    await page.getByLabel('Alleen over tijd').uncheck();
    await page.getByLabel('Zoeken op school, stap of rol').fill('regenboog');
    expect(await rows().count()).toBe(1);
    expect(await rows().first().locator('th').textContent()).toBe('OBS De Regenboog');
    await page.getByLabel('Zoeken op school, stap of rol').fill('');
    const schoolHeader = page.locator('th', { has: page.getByRole('button', { name: 'School', exact: true }) });
    await page.getByRole('button', { name: 'School', exact: true }).click();
    expect(await schoolHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await rows().first().locator('th').textContent()).toMatch(/^IKC De Vlinderboom/);
    await page.getByRole('button', { name: 'School', exact: true }).click();
    expect(await schoolHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await rows().first().locator('th').textContent()).toBe('OBS De Regenboog');
  });

  it('exports the table as CSV for Dutch Excel', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteren naar Excel (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^pd-schoolontwikkeling-overzicht-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('School;Huidige stap;Dagen in stap;Verwacht (dagen);Over tijd;Dagen te laat;Wacht op;Formulier;Laatste activiteit;Uren gebruikt;Urenbudget');
    expect(lines).toContainEqual(expect.stringMatching(/^IKC De Vlinderboom;Intakegesprek;38;14;ja;24;Casemanager, Directie, Intern begeleider \/ zorgspecialist;Intakegesprek;\d{2}-\d{2}-\d{4};0;15$/));
    expect(lines.filter(Boolean)).toHaveLength(3);
  });

  it('offers the diagram as SVG, PNG and Mermaid downloads', async () => {
    for (const [name, type] of [['SVG', 'image/svg+xml'], ['PNG', 'image/png'], ['Mermaid', 'text/plain']] as const) {
      const href = await page.getByRole('link', { name: new RegExp(`^${name}`) }).getAttribute('href');
      const res = await page.request.get(`${server.url}${href}`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain(type);
      expect(res.headers()['content-disposition']).toMatch(/attachment/);
    }
  });

  it('has no serious accessibility problems and fits a phone', async () => {
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: /Intakegesprek.*1 over tijd/ }).click();
    await shot('filtered-phone');
    await page.locator('#heat-title').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(RESULTS, 'coach-phone-steps.png') });
    await page.evaluate(() => window.scrollTo(0, document.getElementById('schools-title')!.getBoundingClientRect().top + window.scrollY - 16));
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(RESULTS, 'coach-phone-table.png') });
    const wide = await page.evaluate(() => [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > 391)
      .slice(0, 5).map((el) => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`));
    expect(await page.evaluate(() => document.documentElement.scrollWidth), wide.join('; ')).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Schools overview' }).waitFor();
    await page.setViewportSize({ width: 1280, height: 900 });
    await shot('overview-english');
    expect(pageErrors).toEqual([]);
  });
});
