import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startDemoApp, type DemoApp } from './app';
import { chromiumAvailable, RESULTS, ROOT } from './harness';
import { seriousViolations } from './axe';
import { openHistory } from './trajectory-page';

const available = chromiumAvailable();
/** KOERS_SCREENSHOTS=1 also writes the README's pictures of the participant page (docs/screenshots/traject-*.png). */
const README_SHOTS = process.env.KOERS_SCREENSHOTS === '1';
const PHONE = { width: 390, height: 844 };

/** The top of an element on the page (not the viewport), in CSS pixels. */
const topOf = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

/** Opens OBS De Regenboog's PD trajectory as its intern begeleider and waits until its two forms are there. */
async function openPd(page: Page, url: string) {
  await signIn(page, url, 'ib.regenboog@koers.example');
  await page.getByRole('link', { name: 'PD-schoolontwikkelingstraject' }).first().click();
  await page.getByRole('heading', { level: 2, name: 'Verbeteracties uitvoeren' }).waitFor();
  await page.getByRole('heading', { level: 3, name: 'Uitvoering verbeteracties' }).waitFor();
  await page.getByRole('heading', { level: 3, name: 'Tussentijdse evaluatie van de doelrealisatie' }).waitFor();
}

describe.skipIf(!available)('the participant page on a phone (390 px)', () => {
  let app: DemoApp;
  let page: Page;
  beforeAll(async () => {
    app = await startDemoApp('participant-phone', { page: { viewport: PHONE } });
    page = app.page;
    await openPd(page, app.url);
  }, 180_000);
  afterAll(() => app?.close());

  it('puts the current step and what the reader can do first, within the first screen, and the steps before the history', async () => {
    const step = await topOf(page, 'section.trajectory__step');
    const todo = page.getByRole('navigation', { name: 'Wat u nu kunt doen' });
    await todo.waitFor();
    // What the reader can do, then the step(s) it belongs to, both on the first screen below the app's header (the
    // header's own height is the shell's matter); the list of steps comes later.
    const header = await page.getByRole('banner').evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
    expect(await topOf(page, '.trajectory__todo')).toBeLessThan(step);
    expect(await topOf(page, 'section.trajectory__step h2') - header).toBeLessThan(PHONE.height);
    expect(step).toBeLessThan(await topOf(page, '.kr-stepper'));
    expect(await topOf(page, '.kr-stepper')).toBeLessThan(await topOf(page, 'section.trajectory__history'));
    // Each form of the step, with the actions that submit it, one tap from the top.
    expect(await todo.textContent()).toContain('Voortgang verbeteracties bijwerken');
    await todo.getByRole('button', { name: 'Naar het formulier: Tussentijdse evaluatie van de doelrealisatie' }).click();
    const heading = page.getByRole('heading', { level: 3, name: 'Tussentijdse evaluatie van de doelrealisatie' });
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await heading.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(PHONE.height);
  });

  it('shows long instructions once, in a few lines, and all of them on request', async () => {
    const section = page.locator('section.trajectory__step', { has: page.getByRole('heading', { level: 2, name: 'Voortgangsgesprek' }) });
    const more = section.getByRole('button', { name: 'Lees de hele instructie' });
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    const instructions = section.locator('.trajectory__instructions');
    const short = (await instructions.boundingBox())!.height;
    await more.click();
    await section.getByRole('button', { name: 'Minder tonen' }).waitFor();
    expect((await instructions.boundingBox())!.height).toBeGreaterThan(short);
    await section.getByRole('button', { name: 'Minder tonen' }).click();
    expect(await page.getByText(/^Drie keer per schooljaar/).count()).toBe(1);
  });

  it('marks the steps the trajectory passed by "overgeslagen", not "nog niet"', async () => {
    const steps = page.getByRole('navigation', { name: 'Voortgang' });
    const skipped = steps.locator('.kr-step--skipped');
    expect(await skipped.count()).toBe(2);
    expect(await skipped.first().locator('.kr-step__title').textContent()).toBe('PD-schoolontwikkelingsformulier invullen (overgeslagen)');
    expect(await steps.locator('.kr-step', { hasText: 'Groter plan van aanpak met het bestuur' }).first().textContent()).toContain('(overgeslagen)');
    // Steps after the current one are still to come, said to screen readers only.
    expect(await steps.locator('.kr-step', { hasText: 'Eindevaluatie' }).first().textContent()).toContain('(nog niet)');
  });

  it('folds the history to its latest event, and unfolds it as a timeline on request', async () => {
    const history = page.getByRole('region', { name: 'Geschiedenis' });
    expect(await history.locator('details.trajectory__history-fold').getAttribute('open')).toBeNull();
    expect(await history.locator('.kr-history__entry').count()).toBe(0);
    await history.getByText(/^Laatst: /).waitFor();
    await openHistory(page);
    expect(await history.locator('.kr-history__entry').count()).toBe(8);
    await history.locator('.kr-history__entry', { hasText: 'Intake afronden' }).first().waitFor();
  });

  it('has no horizontal scroll, breaks no word of the title, and no serious accessibility problems', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    // The type's name is one long compound word: it stands on lines of its own, whole.
    const title = page.getByRole('heading', { level: 1 });
    const lines = await title.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el.firstChild!);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(lines).toBeLessThanOrEqual(2); // "PD-" may end a line (the hyphen is in the name); no break inside a word
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(RESULTS, 'participant-phone-top.png') });
  });

  it.runIf(README_SHOTS)('writes the pictures of the participant page for the README (1366 px and 390 px)', async () => {
    const dir = join(ROOT, 'docs', 'screenshots');
    mkdirSync(dir, { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.setViewportSize({ width: 390, height: 1500 });
    await page.screenshot({ path: join(dir, 'traject-390.png') });
    const wide = await app.newPage({ viewport: { width: 1366, height: 1100 } });
    await openPd(wide, app.url);
    await wide.getByRole('region', { name: 'Stand van zaken' }).first().waitFor();
    await wide.screenshot({ path: join(dir, 'traject-1366.png') });
    await page.setViewportSize(PHONE);
  });
});
