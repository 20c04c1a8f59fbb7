import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoApp, signIn } from './app';
import { chromiumAvailable, RESULTS } from './harness';

const available = chromiumAvailable();

/**
 * Two people of OBS De Regenboog fill in the same shared draft (the PD execution form) at once. A save over a
 * colleague's newer version is not silently lost or overwriting: the page says who changed it and lets the writer
 * keep their own version or load the colleague's.
 */
describe.skipIf(!available)('a shared draft edited by two people at once', () => {
  let url = '';
  let ib: Page;
  let teacher: Page;
  let pageErrors: string[] = [];
  let close = async () => {};
  const field = (page: Page) => page.getByLabel('Wat is er gemeten?');
  const saved = (page: Page) => page.getByRole('status').filter({ hasText: 'Concept opgeslagen' }).waitFor();

  beforeAll(async () => {
    const app = await startDemoApp('drafts');
    ({ url, pageErrors, close } = app);
    ib = app.page;
    teacher = await app.newPage();
    for (const [page, email] of [[ib, 'ib.regenboog@koers.example'], [teacher, 'leerkracht.regenboog@koers.example']] as const) {
      await signIn(page, url, email);
      await page.getByRole('link', { name: /PD-schoolontwikkelingstraject/ }).first().click();
      await field(page).waitFor();
    }
  }, 180_000);

  afterAll(() => close());

  it('tells the later writer who changed the draft, and keeps their version on request', async () => {
    await field(ib).fill('Klassenobservaties groep 3 (Marieke)');
    await saved(ib);
    // The teacher opened the form before that save: their change builds on the older version.
    await field(teacher).fill('Toetsgegevens groep 2 (Sanne)');
    const clash = teacher.getByRole('alert').filter({ hasText: 'Marieke de Vries heeft dit concept intussen gewijzigd' });
    await clash.waitFor();
    await teacher.screenshot({ path: join(RESULTS, 'drafts-conflict.png') });
    await clash.getByRole('button', { name: 'Mijn versie bewaren' }).click();
    await saved(teacher);
    await clash.waitFor({ state: 'hidden' });
  });

  it("lets the other writer load the colleague's version instead of overwriting it", async () => {
    await field(ib).fill('Klassenobservaties groep 3 en 4 (Marieke)');
    const clash = ib.getByRole('alert').filter({ hasText: 'Sanne Jansen heeft dit concept intussen gewijzigd' });
    await clash.waitFor();
    await clash.getByRole('button', { name: 'Versie van Sanne Jansen laden' }).click();
    await clash.waitFor({ state: 'hidden' });
    // JSON Forms hands the new data to its inputs one render after the alert goes: wait for the field, not the alert.
    await expect.poll(() => field(ib).inputValue(), { timeout: 8_000 }).toBe('Toetsgegevens groep 2 (Sanne)');
    // Loading theirs is not a change of mine: nothing is saved over it, and a reload shows the same.
    await ib.reload();
    await field(ib).waitFor();
    await expect.poll(() => field(ib).inputValue(), { timeout: 8_000 }).toBe('Toetsgegevens groep 2 (Sanne)');
    expect(pageErrors).toEqual([]);
  });
});
