import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '@koers/host';
import { signInByApi, startDemoApp } from './app';
import { chromiumAvailable, RESULTS, ROOT } from './harness';
import { seriousViolations } from './axe';

const available = chromiumAvailable();

/**
 * "Wacht op" names who can act now (issue 14, item 2). In the demo IKC De Vlinderboom is at the PD intake, where the
 * casemanager, the intern begeleider and the directie take part but only the casemanager can record the intake; one
 * person holds that role there (Joost Bakker). The overview and the school page say so, and nobody else.
 */
describe.skipIf(!available)('who a trajectory waits for, in Chromium', () => {
  let server: RunningServer, page: Page, pageErrors: string[], close = async () => {};
  const shot = (name: string) => page.screenshot({ path: join(RESULTS, `waiting-${name}.png`), fullPage: true });

  beforeAll(async () => {
    ({ server, page, pageErrors, close } = await startDemoApp('waiting', { env: { KOERS_ROOT: ROOT }, page: { consoleErrors: true } }));
    await signInByApi(page, server.url, 'procesbegeleider@koers.example');
    // The app asked who is signed in before we were (a 401 it expects): load it again as the signed-in coach.
    await page.reload();
    // Signed in: the header holds the account menu (the button with the person's name).
    await page.locator('.user-menu__toggle').waitFor();
    pageErrors.length = 0;
  }, 180_000);
  afterAll(() => close());

  it('names in the overview only the casemanager, with the one person who holds the role there', async () => {
    await page.goto(`${server.url}/#/overzicht/pd-schoolontwikkeling`);
    const row = page.getByRole('row', { name: /IKC De Vlinderboom/ });
    const waiting = row.locator('.schools__waiting');
    await expect.poll(() => waiting.allTextContents()).toEqual(['Casemanager (Joost Bakker)']);
    // The intern begeleider and the directie take part in the intake but cannot act in it now.
    expect(await row.textContent()).not.toMatch(/Directie|Intern begeleider/);
    // The figures say what they count.
    expect(await row.textContent()).toMatch(/38 dagen in deze stap \(verwacht: 14 dagen\)/);
    await shot('overview');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('says the same on the school page, and in English when the reader chooses it', async () => {
    const schoolId = await page.evaluate(async () => {
      const list = await (await fetch('/api/trajectories')).json() as Array<{ school: { id: string; name: string } }>;
      return list.find((t) => t.school.name === 'IKC De Vlinderboom')!.school.id;
    });
    await page.goto(`${server.url}/#/scholen/${schoolId}`);
    await page.getByRole('heading', { level: 1, name: 'IKC De Vlinderboom' }).waitFor();
    const card = page.locator('.trajectory-card').filter({ has: page.getByRole('link', { name: /^PD[- ]school/ }) });
    await expect.poll(() => card.locator('.trajectory-card__waiting').textContent()).toBe('Wacht op: Casemanager (Joost Bakker)');
    await shot('school');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => card.locator('.trajectory-card__waiting').textContent()).toBe('Waiting for: Case manager (Joost Bakker)');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    expect(pageErrors).toEqual([]);
  });
});
