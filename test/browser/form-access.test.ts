import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, signIn, signedInApi, startDemoApp } from './app';
import { chromiumAvailable, RESULTS } from './harness';
import { seriousViolations } from './axe';

const available = chromiumAvailable();
const fixture = (path: string) => JSON.parse(readFileSync(join('test/fixtures/form-access', path), 'utf8')) as unknown;

/**
 * Who may read what, on the page: the review type of test/fixtures/form-access published on the demo, a review
 * recorded by directie at OBS De Regenboog; the teacher reads it without the directie-only assessment and sees
 * who may read it, the ib'er sees only that it is there and who may read it.
 */
describe.skipIf(!available)('a form only some roles may read, in Chromium', () => {
  let app: DemoApp;
  let id = '';
  const open = async (email: string, width: number): Promise<Page> => {
    const page = await app.newPage({ viewport: { width, height: 900 } });
    await signIn(page, app.url, email);
    await page.goto(`${app.url}#/trajecten/${id}`);
    await page.getByRole('heading', { level: 1, name: 'Functioneringsgesprek' }).waitFor();
    return page;
  };

  beforeAll(async () => {
    app = await startDemoApp('form-access');
    const admin = await signedInApi(app.url, 'beheer@koers.example');
    const published = await admin('POST', 'types', { definition: fixture('workflows/gesprek.json'), forms: [fixture('forms/gesprek-verslag.json'), fixture('forms/gesprek-reactie.json')] });
    expect(published.status).toBe(201);
    const directie = await signedInApi(app.url, 'directie.regenboog@koers.example');
    const schools = await directie<Array<{ id: string; name: string }>>('GET', 'organisations');
    const school = schools.body.find((s) => s.name.includes('Regenboog'))!;
    id = (await directie<{ id: string }>('POST', 'trajectories', { typeId: 'gesprek', schoolId: school.id })).body.id;
    const data = { datum: '2026-12-11', sfeer: 'Open gesprek over de leesgroepen.', beoordeling: 'Goed; groeit in klassenmanagement.' };
    expect((await directie('POST', `trajectories/${id}/events`, { type: 'VERSLAG_VASTLEGGEN', expectedVersion: 1, data })).status).toBe(201);
  }, 180_000);
  afterAll(() => app?.close());

  for (const width of [1366, 390]) {
    it(`shows the teacher the review without the assessment, and who may read it (${width} px)`, async () => {
      const page = await open('leerkracht.regenboog@koers.example', width);
      const atHand = page.getByRole('region', { name: 'Ter inzage bij deze stap' });
      await atHand.locator('summary', { hasText: 'Verslag van het gesprek' }).click();
      await atHand.getByText('Alleen zichtbaar voor directie en leerkracht.').waitFor();
      await atHand.getByText('"Beoordeling (alleen directie)" alleen zichtbaar voor directie.').waitFor();
      await atHand.getByText('Open gesprek over de leesgroepen.').waitFor();
      expect(await page.content()).not.toContain('klassenmanagement');
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: join(RESULTS, `form-access-leerkracht-${width}.png`), fullPage: true });
    });
  }

  it('shows the ib\'er that the review exists and who may read it, never its answers, also in print', async () => {
    const page = await open('ib.regenboog@koers.example', 390);
    expect(await page.content()).not.toContain('leesgroepen');
    await page.getByRole('link', { name: 'Afdrukversie' }).click();
    await page.getByText('Niet afgedrukt, want uw rol mag ze niet lezen: Verslag van het gesprek.').waitFor();
    expect(await page.content()).not.toContain('leesgroepen');
    await page.screenshot({ path: join(RESULTS, 'form-access-ib-print-390.png'), fullPage: true });
  });
});
