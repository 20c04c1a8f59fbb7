import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { signIn, startDemoApp, type DemoApp } from './app';
import { chromiumAvailable, RESULTS } from './harness';

const available = chromiumAvailable();
const ADMIN = 'beheer@koers.example';
const PD = 'pd-schoolontwikkeling';

/**
 * The admin's shell around the editors: the overview of types with their versions, the page for non-admins,
 * and the editor page's autosave (kept across a reload, since it is the server's draft), the conflict between
 * two admins on one draft (both versions offered, nothing lost) and publishing with a readable diff.
 */
describe.skipIf(!available)('the admin of trajectory types in Chromium against the real server', () => {
  let app: DemoApp;
  let admin: Page;
  const shot = (page: Page, name: string) => page.screenshot({ path: join(RESULTS, `admin-${name}.png`), fullPage: true });
  const titleField = (page: Page) => page.getByLabel('Titel (Nederlands)');
  /** Types a new Dutch title and waits until the server has stored it. */
  async function typeTitle(page: Page, title: string): Promise<number> {
    const saved = page.waitForResponse((r) => r.url().includes(`/api/type-drafts/${PD}`) && r.request().method() === 'PUT');
    await titleField(page).fill(title);
    return (await saved).status();
  }
  const openEditor = async (page: Page) => {
    await page.goto(`${app.url}#/beheer/soorten/${PD}`);
    await titleField(page).waitFor();
  };

  beforeAll(async () => {
    app = await startDemoApp('admin-types');
    admin = app.page;
    await signIn(admin, app.url, ADMIN);
  }, 180_000);
  afterAll(() => app?.close());

  it('lists every shipped type with its versions, how many trajectories run on each, and who has a draft', async () => {
    await admin.getByRole('link', { name: 'Beheer' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Trajectsoorten' }).waitFor();
    expect(admin.url()).toMatch(/#\/beheer\/soorten$/);
    for (const title of ['PD-schoolontwikkelingstraject', 'Schoolontwikkelingstraject Voortgezet Leren', 'PDCA-cyclus per kwaliteitskaart']) {
      const section = admin.getByRole('region', { name: title });
      await section.getByRole('table').waitFor();
      expect(await section.getByRole('row').count()).toBeGreaterThan(1);
      await section.getByText(/\d+ lopend, \d+ klaar/).first().waitFor();
    }
    expect(await seriousViolations(admin)).toEqual([]);
    await shot(admin, 'types-1366');
  });

  it('shows someone who is not an administrator a page that says so and what to do', async () => {
    const teacher = await app.newPage();
    await signIn(teacher, app.url, 'ib.regenboog@koers.example');
    expect(await teacher.getByRole('link', { name: 'Beheer' }).count()).toBe(0);
    await teacher.goto(`${app.url}#/beheer/soorten/${PD}`);
    await teacher.getByRole('heading', { level: 1, name: 'Alleen voor beheerders' }).waitFor();
    await teacher.getByText('Vraag een beheerder').waitFor();
    await teacher.context().close();
  });

  it('makes a draft from the newest version, autosaves a change and still has it after a reload', async () => {
    await admin.getByRole('region', { name: 'PD-schoolontwikkelingstraject' }).getByRole('button', { name: 'Nieuwe versie maken' }).click();
    await titleField(admin).waitFor();
    await admin.getByText('gebaseerd op versie 4').waitFor();
    await admin.getByRole('button', { name: 'Geen problemen' }).waitFor();
    // Unchanged, the fresh draft is what the server holds: it says so (not "Nog niet opgeslagen").
    await admin.getByRole('status').filter({ hasText: /^Opgeslagen om \d\d:\d\d$/ }).waitFor();
    expect(await typeTitle(admin, 'PD-traject (bewerkt)')).toBe(200);
    await admin.getByRole('status').filter({ hasText: /^Opgeslagen om \d\d:\d\d$/ }).waitFor();
    // The lint of the PD type answered for that keystroke; how fast it was is in the counter (seen, not timed here).
    console.log(`lint after a keystroke on the PD type: ${await admin.locator('[data-lint-ms]').getAttribute('data-lint-ms')} ms`);
    await admin.reload();
    await titleField(admin).waitFor();
    expect(await titleField(admin).inputValue()).toBe('PD-traject (bewerkt)');
    expect(await seriousViolations(admin)).toEqual([]);
    await shot(admin, 'editor-1366');
  });

  it('offers both versions when two admins save one draft, and loses neither', async () => {
    const other = await app.newPage();
    await signIn(other, app.url, ADMIN);
    await openEditor(other);
    // The first admin saves; the other's page still builds on the revision before it.
    expect(await typeTitle(admin, 'PD-traject van tab 1')).toBe(200);
    expect(await typeTitle(other, 'PD-traject van tab 2')).toBe(409);
    const clash = other.getByRole('alertdialog', { name: 'Femke Hendriks heeft dit concept intussen gewijzigd' });
    await clash.waitFor();
    await clash.getByText(/Trajectsoort "PD-traject van tab 2" gewijzigd: titel/).waitFor();
    await shot(other, 'conflict');
    const kept = other.waitForResponse((r) => r.url().includes(`/api/type-drafts/${PD}`) && r.request().method() === 'PUT');
    await clash.getByRole('button', { name: 'Mijn versie bewaren' }).click();
    expect((await kept).status()).toBe(200);
    await clash.waitFor({ state: 'detached' });

    // Now the first admin is behind: taking the other's version shows it, and a reload confirms it is stored.
    expect(await typeTitle(admin, 'PD-traject van tab 1, opnieuw')).toBe(409);
    const second = admin.getByRole('alertdialog', { name: /heeft dit concept intussen gewijzigd/ });
    await second.getByRole('button', { name: 'Versie van Femke Hendriks nemen' }).click();
    await second.waitFor({ state: 'detached' });
    expect(await titleField(admin).inputValue()).toBe('PD-traject van tab 2');
    // Mine is one undo away.
    await admin.getByRole('button', { name: 'Ongedaan maken' }).click();
    expect(await titleField(admin).inputValue()).toBe('PD-traject van tab 1, opnieuw');
    await admin.getByRole('button', { name: 'Opnieuw doen' }).click();
    expect(await titleField(admin).inputValue()).toBe('PD-traject van tab 2');
    await other.context().close();
  });

  it('publishes the draft with a readable list of changes and a change note, as the next version', async () => {
    await openEditor(admin);
    await admin.getByRole('button', { name: 'Publiceren' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Nieuwe versie publiceren' });
    await dialog.getByText('Dit verandert er ten opzichte van versie 4').waitFor();
    await dialog.getByText('Trajectsoort "PD-traject van tab 2" gewijzigd: titel').waitFor();
    await dialog.getByRole('button', { name: 'Versie publiceren' }).click();
    await dialog.getByText('Schrijf een korte wijzigingsnotitie.').waitFor();
    await dialog.getByLabel(/Wat is er veranderd en waarom/).fill('Titel ingekort');
    await dialog.getByRole('button', { name: 'Versie publiceren' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Versie 5 gepubliceerd' }).waitFor();
    await admin.getByText('Lopende trajecten houden hun eigen versie').waitFor();
    await admin.getByRole('link', { name: 'Naar alle trajectsoorten' }).click();
    const pd = admin.getByRole('region', { name: 'PD-traject van tab 2' });
    await pd.getByRole('row', { name: /5 \(nieuwste\).*Femke Hendriks.*Titel ingekort/ }).waitFor();
    await pd.getByText('Geen concept').waitFor();
    expect(app.pageErrors).toEqual([]);
  });

  it('fits a phone: the versions as cards, the editor’s actions wrapped', async () => {
    const phone = await app.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(phone, app.url, ADMIN);
    await phone.goto(`${app.url}#/beheer`);
    await phone.getByRole('heading', { level: 1, name: 'Trajectsoorten' }).waitFor();
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await shot(phone, 'types-390');
    await phone.getByRole('region', { name: 'PD-traject van tab 2' }).getByRole('button', { name: 'Nieuwe versie maken' }).click();
    await titleField(phone).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(phone, 'editor-390');
    await phone.context().close();
  });
});
