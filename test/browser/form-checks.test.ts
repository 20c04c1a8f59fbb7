import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, signedInApi, startDemoApp, type ApiCall } from './app';
import { chromiumAvailable, RESULTS } from './harness';
import { seriousViolations } from './axe';

const available = chromiumAvailable();

// Issue 14 item 8 in Chromium: the ib'er of OBS De Regenboog records the PDCA measurement. The page checks what the
// server checks (required fields inside repeatable groups, number fields), refuses in the browser with the server's
// own words, moves the focus to the list of problems, and an added row left empty enables nothing.
describe.skipIf(!available)('the browser checks a form as the server does', () => {
  let url = '';
  let page: Page;
  let api: ApiCall;
  let pageErrors: string[] = [];
  let close = async () => {};
  let trajectoryId = '';
  const submit = () => page.getByRole('button', { name: 'Meting vastleggen' });
  // The open form (the step also shows the adopted card read-only, with fields of the same names).
  const form = () => page.getByRole('region', { name: 'Meting van de opbrengsten' });
  const shot = (name: string) => page.screenshot({ path: join(RESULTS, `form-checks-${name}.png`), fullPage: true });

  beforeAll(async () => {
    const app = await startDemoApp('form-checks');
    ({ url, page, pageErrors, close } = app);
    await page.setViewportSize({ width: 1366, height: 900 });
    await signIn(page, url, 'ib.regenboog@koers.example');
    await page.getByRole('link', { name: /PDCA-cyclus/ }).first().click();
    await form().getByLabel('Afnamedatum').waitFor();
    trajectoryId = /#\/trajecten\/([^/?]+)/.exec(page.url())![1]!;
    api = await signedInApi(url, 'ib.regenboog@koers.example');
    await shot('open-1366');
    // The first suite of a run waits for the run's one build of the web app; on a busy machine that takes minutes.
  }, 300_000);
  afterAll(() => close());

  it('does not let an empty added row count as an answer to a required list', async () => {
    const instrument = form().getByRole('radio', { name: /Drie-Minuten-Toets/ });
    if (await instrument.count() > 0) await instrument.check();
    else await form().getByRole('combobox', { name: /^Instrument/ }).selectOption({ label: 'Drie-Minuten-Toets (DMT)' });
    await form().getByLabel('Afnamedatum').fill('2026-11-02');
    await page.getByText(/Vul eerst in: .*Resultaten per succesindicator/).waitFor();
    expect(await submit().isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Toevoegen aan Resultaten per succesindicator' }).click();
    await form().locator('[data-kf-path="resultaten.0.indicator"]').waitFor();
    // The row is there, and empty: the action still waits for results, and says so.
    expect(await submit().isDisabled()).toBe(true);
    await page.getByText(/Vul eerst in: .*Resultaten per succesindicator/).waitFor();
    await form().locator('[data-kf-path="resultaten.0.norm"]').getByRole('textbox').fill('80% haalt AVI-E4');
    await expect.poll(() => submit().isDisabled()).toBe(false);
  });

  it('says what a number field takes, with its unit', async () => {
    await page.getByRole('button', { name: 'Toevoegen aan Leerrendement per stamgroep' }).click();
    const rendement = form().locator('[data-kf-path="leerrendementen.0.leerrendement"]');
    await rendement.getByText('Een getal in %, 0 of meer').waitFor();
    await rendement.getByText('%', { exact: true }).waitFor();
    await form().locator('[data-kf-path="leerrendementen.0.groep"]').getByRole('textbox').fill('Groep 5/6');
    await rendement.getByRole('textbox').fill('veel');
  });

  it('refuses in the browser with the server\'s own words, and moves the focus to the list of problems', async () => {
    await page.getByRole('status').filter({ hasText: 'Concept opgeslagen' }).waitFor();
    const before = await api<{ version: number; forms: Array<{ id: string; draft: { data: Record<string, unknown> } | null }> }>('GET', `trajectories/${trajectoryId}`);
    await submit().click();
    const summary = page.getByRole('region', { name: /Controleer/ });
    await summary.waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('kf-summary') === true);
    const said = (await summary.textContent()) ?? '';
    // The required indicator inside the row and the text in the number field, as the server words them.
    const data = before.body.forms.find((f) => f.id === 'pdca-meting')?.draft?.data;
    const server = await api<{ error: { fieldErrors: Array<{ path: string; message: { nl: string } }> } }>('POST', `trajectories/${trajectoryId}/events`,
      { type: 'METING_VASTLEGGEN', data, expectedVersion: before.body.version });
    expect(server.status).toBe(422);
    const fields = server.body.error.fieldErrors;
    expect(fields.map((e) => e.path)).toEqual(expect.arrayContaining(['/leerrendementen/0/leerrendement', '/resultaten/0/indicator']));
    for (const e of fields) expect(said).toContain(e.message.nl);
    expect(await summary.getByRole('listitem').count()).toBe(fields.length);
    expect(said).toContain('Succesindicator is verplicht');
    expect(said).toContain('moet een getal zijn');
    // Nothing was sent: the trajectory did not move on.
    expect((await api<{ version: number }>('GET', `trajectories/${trajectoryId}`)).body.version).toBe(before.body.version);
    await shot('refused-1366');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('clears each message as its field is put right, then sends', async () => {
    await form().locator('[data-kf-path="leerrendementen.0.leerrendement"]').getByRole('textbox').fill('85,5');
    await form().locator('[data-kf-path="resultaten.0.indicator"]').getByRole('textbox').fill('Technisch lezen');
    // The form's own rule: a measured score or a judgement in words per indicator.
    await form().locator('[data-kf-path="resultaten.0.score"]').getByRole('textbox').fill('42');
    await page.getByRole('region', { name: /Controleer/ }).waitFor({ state: 'detached' });
    await submit().click();
    await page.getByRole('button', { name: 'Meting vastleggen' }).waitFor({ state: 'detached' });
    expect(pageErrors).toEqual([]);
  });
});
