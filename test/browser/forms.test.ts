import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, RESULTS, serveStatic } from './harness';
import { webAndBrowser, type WebAndBrowser } from './shared-run';
import { seriousViolations } from './axe';

const available = chromiumAvailable();

describe.skipIf(!available)('form preview in Chromium', () => {
  let shared: WebAndBrowser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  const smartItems = () => page.locator('[data-kf-path="smartDoelen"] .kf-item');
  const shot = (name: string) => page.screenshot({ path: join(RESULTS, `forms-${name}.png`), fullPage: true });

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    shared = await webAndBrowser();
    server = await serveStatic(shared.webDir);
    browser = shared.browser;
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    page = await context.newPage();
    // Fail a step well within vitest's own 30 s, so the report names the step rather than a timeout.
    page.setDefaultTimeout(8_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
  }, 120_000);

  afterAll(async () => {
    await shared?.close();
    await server?.close();
  });

  it('lists the forms per trajectory type and opens the PD startgesprek', async () => {
    await page.goto(`${server.url}#/formulieren`);
    await page.getByRole('heading', { level: 1, name: 'Formulieren bekijken' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'PD-schoolontwikkelingstraject' }).waitFor();
    await page.getByRole('link', { name: /Startgesprek PD-schoolontwikkelingstraject/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Startgesprek PD-schoolontwikkelingstraject' }).waitFor();
    expect(page.url()).toMatch(/#\/formulieren\/pd-startgesprek$/);
    // An untouched form is not yet wrong (issue 14): no messages, no summary, no verdict until a first answer.
    await page.locator('.kf-form').waitFor();
    expect(await page.getByRole('status').textContent()).toBe('');
    expect(await page.locator('.kf-error').count()).toBe(0);
    expect(await page.getByRole('region', { name: /Controleer/ }).count()).toBe(0);
    await shot('empty-desktop');
    // A first answer brings the live check: the required fields still empty are named in Dutch.
    await page.getByLabel('Datum startgesprek').fill('2026-10-06');
    await page.getByRole('status').filter({ hasText: /melding/ }).waitFor();
  });

  it('fills the example and shows the form as valid', async () => {
    await page.getByRole('button', { name: 'Voorbeeld invullen' }).click();
    await page.getByRole('status').filter({ hasText: 'Geldig' }).waitFor();
    expect(await page.getByLabel('Datum startgesprek').inputValue()).toBe('2026-10-06');
    expect(await page.locator('.kf-error').count()).toBe(0);
    await shot('example-desktop');
  });

  it('adds a SMART goal, moves the focus into it, and removes it again', async () => {
    await page.getByRole('tab', { name: /SMART-doelen/ }).click();
    expect(await smartItems().count()).toBe(1);

    await page.getByRole('button', { name: 'Toevoegen aan SMART-doelen per verbeterpunt' }).click();
    await smartItems().nth(1).waitFor();
    expect(await smartItems().count()).toBe(2);
    expect(await page.evaluate(() => document.activeElement?.closest('.kf-item')?.querySelector('h3')?.textContent?.replaceAll('\u00AD', '')))
      .toBe('SMART-doelen per verbeterpunt 2');
    // The new, empty goal is invalid: its required fields say so, and the tab counts them.
    await smartItems().nth(1).getByText('Doel is verplicht').waitFor();
    expect(await page.getByRole('tab', { name: /SMART-doelen/ }).textContent()).toMatch(/\d/);
    await shot('smart-goal-added-desktop');

    await page.getByRole('button', { name: 'SMART-doelen per verbeterpunt 2 verwijderen' }).click();
    await page.getByRole('status').filter({ hasText: 'Geldig' }).waitFor();
    expect(await smartItems().count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Toevoegen');
  });

  it('moves between tabs with the arrow keys', async () => {
    await page.getByRole('tab', { name: /SMART-doelen/ }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { selected: true }).textContent()).toContain('Gesprek');
    await page.keyboard.press('ArrowLeft');
    expect(await page.getByRole('tab', { selected: true }).textContent()).toContain('SMART-doelen');
    await page.getByRole('tab', { name: /Gesprek/ }).click();
  });

  it('shows a Dutch message next to an empty required field and in the summary', async () => {
    const date = page.getByLabel('Datum startgesprek');
    await date.fill('');
    const field = page.locator('[data-kf-path="datum"]');
    await field.getByText('Datum startgesprek is verplicht').waitFor();
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await date.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent()).toContain('is verplicht');
    await shot('required-error-desktop');
    // The summary above the form names the field and jumps to it, also from another tab.
    await page.getByRole('tab', { name: /SMART-doelen/ }).click();
    const summary = page.getByRole('region', { name: /Controleer/ });
    await summary.getByRole('link', { name: /Datum startgesprek is verplicht/ }).click();
    await page.getByRole('tab', { name: /Gesprek/, selected: true }).waitFor();
    await page.waitForFunction(() => document.activeElement?.closest('[data-kf-path="datum"]') !== null);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('switches the form and its messages to English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Preview forms' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Start meeting PD school development track' }).waitFor();
    await page.locator('[data-kf-path="datum"]').getByText('Date of start meeting is required').waitFor();
    await page.getByRole('tab', { name: /Meeting/ }).waitFor();
    expect(await page.getByLabel('Date of start meeting').count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await shot('english-desktop');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Nederlands' }).click();
  });

  it('shows the answers read-only', async () => {
    await page.getByRole('button', { name: 'Voorbeeld invullen' }).click();
    await page.getByLabel('Alleen lezen').check();
    await page.getByText('6 oktober 2026').first().waitFor();
    expect(await page.locator('.kf-form input, .kf-form textarea, .kf-form select').count()).toBe(0);
    expect(await page.getByRole('button', { name: /verwijderen/i }).count()).toBe(0);
    await shot('readonly-desktop');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Alleen lezen').uncheck();
  });

  it('fits a 390 px wide phone without sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Leegmaken' }).click();
    await page.getByRole('tab', { name: /SMART-doelen/ }).click();
    await page.getByRole('button', { name: 'Toevoegen aan SMART-doelen per verbeterpunt' }).click();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await shot('smart-goals-phone');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Voorbeeld invullen' }).click();
    await page.getByRole('tab', { name: /Gesprek/ }).click();
    await shot('example-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('offers a 1-10 scale as ten labelled radio buttons', async () => {
    await page.goto(`${server.url}#/formulieren/pd-afsluitend-gesprek`);
    // Only the hash changes, so wait for the new form's own chunk before using its buttons.
    await page.getByRole('heading', { level: 2, name: /Afrondend gesprek/ }).waitFor();
    await page.getByRole('button', { name: 'Voorbeeld invullen' }).click();
    const scale = page.getByRole('group', { name: /Inschaling \(1-10\)/ });
    await scale.getByRole('radio', { name: '7 van 10', checked: true }).waitFor();
    expect(await scale.getByRole('radio').count()).toBe(10);
    await scale.getByRole('radio', { name: '8 van 10' }).focus();
    await page.keyboard.press('Space');
    expect(await scale.getByRole('radio', { name: '8 van 10' }).isChecked()).toBe(true);
    await shot('scale-desktop');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('says what a number field takes and never shows a raw schema message (if/then, oneOf)', async () => {
    await page.goto(`${server.url}#/formulieren/pdca-meting`);
    await page.getByRole('heading', { level: 2, name: /Meting/ }).waitFor();
    expect(await page.locator('.kf-error').count()).toBe(0);
    await page.getByRole('button', { name: 'Voorbeeld 1 invullen' }).click();
    await page.getByRole('status').filter({ hasText: 'Geldig' }).waitFor();
    // "Anders" asks for the other instrument: the message names that field, not the schema's "then" branch.
    await page.getByRole('group', { name: /^Instrument/ }).getByRole('radio', { name: 'Anders' }).check()
      .catch(() => page.getByLabel(/^Instrument/).selectOption({ label: 'Anders' }));
    await page.getByText('Welk instrument? is verplicht').first().waitFor();
    expect(await page.locator('.kf-form').textContent()).not.toMatch(/schema|"then"|"else"|oneOf/);
    // The learning yield per class group is a number in %: the hint says so, text in it is refused in Dutch.
    const rendement = page.locator('[data-kf-path="leerrendementen.0.leerrendement"]');
    await rendement.getByText('Een getal in %, 0 of meer').waitFor();
    await rendement.getByRole('textbox').fill('veel');
    await rendement.getByText('moet een getal zijn').waitFor();
    await shot('number-hint-desktop');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('raised no errors in the browser console', () => {
    expect(pageErrors).toEqual([]);
  });
});
