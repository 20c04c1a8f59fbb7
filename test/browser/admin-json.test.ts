import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startDemoApp, type DemoApp } from './app';
import { chromiumAvailable, RESULTS } from './harness';

const available = chromiumAvailable();
const PD = 'pd-schoolontwikkeling';

/**
 * The JSON tab of the admin's editor against the real server (with its Content Security Policy): the draft's
 * exact JSON, the selection's JSON highlighted, typing that does not parse kept in the editor with where and
 * why, typing that parses passed on and linted, a problem's place one click away.
 */
describe.skipIf(!available)('the admin JSON tab in Chromium against the real server', () => {
  let app: DemoApp;
  let admin: Page;
  const editor = () => admin.locator('.json-tab .cm-content');
  /** The editor's (drawn) line holding `text`. */
  const line = (text: string) => admin.locator('.json-tab .cm-line', { hasText: text }).first();

  beforeAll(async () => {
    app = await startDemoApp('admin-json');
    admin = app.page;
    await signIn(admin, app.url, 'beheer@koers.example');
    await admin.goto(`${app.url}#/beheer/soorten/${PD}?tab=json&stap=planning`);
    const makeDraft = admin.getByRole('button', { name: 'Concept maken van de nieuwste versie' });
    await Promise.race([makeDraft.waitFor(), editor().waitFor()]);
    if (await makeDraft.isVisible()) await makeDraft.click();
    await editor().waitFor();
  }, 180_000);
  afterAll(() => app?.close());

  it('opens on the selected step, highlighted, without changing the draft', async () => {
    await admin.locator('.json-tab .cm-koers-selected', { hasText: '"planning": {' }).waitFor();
    expect(await admin.getByRole('button', { name: 'Ongedaan maken' }).isDisabled()).toBe(true);
    // Laid out by CodeMirror's own styles (constructed style sheets the CSP allows): indentation is kept.
    expect(await line('"planning": {').evaluate((el) => getComputedStyle(el.parentElement!).whiteSpace)).toMatch(/^(pre|break-spaces)/);
    await admin.screenshot({ path: join(RESULTS, 'admin-json-1366.png') });
  });

  it('keeps text that does not parse in the editor, says where and why, and passes on nothing', async () => {
    await line('"planning": {').click();
    await admin.keyboard.press('End');
    await admin.keyboard.type(',');
    await admin.getByText(/geen geldige JSON: .*\(regel \d+, kolom \d+\)/).waitFor();
    expect(await admin.getByRole('button', { name: 'Ongedaan maken' }).isDisabled()).toBe(true);
    await admin.keyboard.press('Backspace');
    await admin.locator('.json-tab__invalid').waitFor({ state: 'detached' });
  });

  it('passes on a text that parses: the engine\'s problem is shown at its place and a click goes there', async () => {
    // CodeMirror draws only what is in view: page down from the top until the line is there.
    await editor().click();
    await admin.keyboard.press('Control+Home');
    for (let i = 0; i < 100 && !(await line('"initial": "schoolformulier"').isVisible()); i++) await admin.keyboard.press('PageDown');
    await line('"initial": "schoolformulier"').click();
    await admin.keyboard.press('End');
    await admin.keyboard.press('ArrowLeft');
    await admin.keyboard.press('ArrowLeft');
    await admin.keyboard.type('Q');
    const problem = admin.locator('.json-tab__problem', { hasText: 'schoolformulierQ' });
    await problem.waitFor();
    expect(await problem.textContent()).toContain('/machine/initial');
    expect(await admin.getByRole('button', { name: 'Ongedaan maken' }).isDisabled()).toBe(false);
    await admin.locator('.json-tab .cm-lintRange-error').first().waitFor();
    await editor().evaluate((el) => (el as HTMLElement).blur());
    await problem.click();
    expect(await admin.locator('.json-tab .cm-editor').evaluate((el) => el.classList.contains('cm-focused'))).toBe(true);
    await admin.keyboard.press('Control+z');
    await problem.waitFor({ state: 'detached' });
  });

  it('fits a phone: nothing wider than the screen', async () => {
    await admin.setViewportSize({ width: 390, height: 844 });
    await editor().waitFor();
    expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await admin.screenshot({ path: join(RESULTS, 'admin-json-390.png') });
    expect(app.pageErrors).toEqual([]);
  });
});
