import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, signIn, startDemoApp } from './app';
import { chromiumAvailable, RESULTS } from './harness';
import { seriousViolations } from './axe';

const available = chromiumAvailable();

/** The admin's process editor edits a branch's soft rules (issue 13), and the draft's diagram draws them. */
describe.skipIf(!available)('warnings in the admin process editor in Chromium', () => {
  let app: DemoApp;
  let admin: Page;
  const shot = (name: string, part: Locator) => part.screenshot({ path: join(RESULTS, `admin-warnings-${name}.png`) });

  beforeAll(async () => {
    app = await startDemoApp('admin-warnings', { page: { viewport: { width: 1366, height: 900 } } });
    admin = app.page;
    await signIn(admin, app.url, 'beheer@koers.example');
  }, 180_000);
  afterAll(() => app?.close());

  it('adds a warning to a branch: its rule from the guard vocabulary and the message for the coach', async () => {
    await admin.goto(`${app.url}#/beheer/soorten`);
    await admin.getByRole('region', { name: 'PD-schoolontwikkelingstraject' }).getByRole('button', { name: 'Nieuwe versie maken' }).click();
    await admin.getByRole('button', { name: 'Geen problemen' }).waitFor();
    await admin.getByRole('tab', { name: 'Proces', exact: true }).click();
    await admin.getByRole('tree', { name: 'Stappen' }).getByRole('treeitem', { name: /^Vooraf: schoolformulier en intakegesprek/ }).click();
    const step = admin.getByRole('region', { name: 'Vooraf: schoolformulier en intakegesprek', exact: true });
    const branch = step.locator('.tr-branch').first();
    await branch.getByText('Waarschuwingen (zachte regels)').click();
    await branch.getByRole('button', { name: /Waarschuwing toevoegen/ }).click();
    const warning = branch.getByRole('group', { name: 'Waarschuwing 1' });
    await warning.getByLabel('Regel (moet kloppen)').selectOption({ value: 'formSubmitted' });
    await warning.getByLabel('Melding voor de begeleider (Nederlands)').fill('Het formulier is niet ingediend.');
    await warning.getByLabel('Melding voor de begeleider (Engels)').fill('The form was not submitted.');
    await warning.getByLabel('Code van het signaal (optioneel)').fill('formulier-ontbreekt');
    await admin.getByRole('button', { name: 'Geen problemen' }).waitFor();
    expect(await seriousViolations(admin)).toEqual([]);
    await shot('1366', warning);
    await admin.setViewportSize({ width: 390, height: 844 });
    await warning.scrollIntoViewIfNeeded();
    expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot('390', warning);
    // Removing it leaves the branch as it was: no empty `warnings` behind.
    await warning.getByRole('button', { name: /Waarschuwing verwijderen/ }).click();
    await warning.waitFor({ state: 'detached' });
    await admin.getByRole('button', { name: 'Geen problemen' }).waitFor();
    expect(app.pageErrors).toEqual([]);
  });
});
