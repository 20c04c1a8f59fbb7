import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiCall, organisationId, signedInApi, signIn, startDemoApp } from './app';
import { chromiumAvailable, RESULTS } from './harness';
import { seriousViolations } from './axe';

const available = chromiumAvailable();
const VL = 'Schoolontwikkelingstraject Voortgezet Leren';
const FULL = 'Vol is vol: alle plaatsen van dit schooljaar zijn bezet.';
const NEW_SCHOOL = 'OBS De Nieuwe Linde';

describe.skipIf(!available)('schools, people and starting trajectories in Chromium against the real server', () => {
  let url: string, admin: Page, leider: Page, pageErrors: string[], close = async () => {};
  let api: ApiCall;
  /** Screenshots at 1366 and 390 px (a dialog as the screen shows it, a page whole); on a phone nothing scrolls sideways. */
  const shot = async (page: Page, name: string, fullPage = true) => {
    for (const [width, height] of [[1366, 900], [390, 844]] as const) {
      await page.setViewportSize({ width, height });
      await page.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))));
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${width} px`).toBeLessThanOrEqual(width);
      await page.screenshot({ path: join(RESULTS, `schools-${name}-${width}.png`), fullPage });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  };

  beforeAll(async () => {
    const app = await startDemoApp('schools');
    ({ url, page: admin, pageErrors, close } = app);
    leider = await app.newPage();
    api = await signedInApi(url, 'beheer@koers.example');
    // Voortgezet Leren with a limit ("vol = vol"), three places more than run now: one for the admin's start, two left.
    const { body: vl } = await api<{ definition: Record<string, unknown>; forms: unknown[] }>('GET', 'types/voortgezet-leren');
    const { body: list } = await api<Array<{ type: { id: string }; status: string }>>('GET', 'trajectories?limit=500');
    const running = list.filter((t) => t.type.id === 'voortgezet-leren' && t.status !== 'done').length;
    const published = await api('POST', 'types', {
      definition: { ...vl.definition, version: Number(vl.definition.version) + 1, capacity: { max: running + 3, message: { nl: FULL, en: 'Full is full.' } } },
      forms: vl.forms,
    });
    expect(published.status).toBe(201);
  }, 180_000);
  afterAll(() => close());
  const schoolId = (name: string) => organisationId(api, name);

  it('lets an admin add a school under a bestuur with its BRIN code and region, refusing a bad BRIN code next to the field', async () => {
    await signIn(admin, url, 'beheer@koers.example');
    await admin.goto(`${url}#/beheer/scholen`);
    await admin.getByRole('heading', { level: 1, name: 'Scholen en mensen' }).waitFor();
    const tree = admin.getByRole('navigation', { name: 'Besturen en scholen' });
    await tree.getByRole('button', { name: /OBS De Regenboog/ }).waitFor();
    await tree.getByRole('button', { name: 'Stichting Koers Voorbeeldscholen' }).click();
    await admin.getByRole('heading', { level: 2, name: 'Stichting Koers Voorbeeldscholen' }).waitFor();

    const add = admin.getByRole('region', { name: 'School toevoegen aan Stichting Koers Voorbeeldscholen' });
    await add.getByLabel('Naam').fill(NEW_SCHOOL);
    await add.getByLabel('BRIN-code').fill('1234');
    await add.getByLabel('Vakantieregio').selectOption({ label: 'Midden' });
    await add.getByRole('button', { name: 'School toevoegen' }).click();
    await add.getByText('Een BRIN-code is twee cijfers en twee hoofdletters, zoals 12AB (of 12AB01).').waitFor();
    expect(await add.getByLabel('BRIN-code').getAttribute('aria-invalid')).toBe('true');
    expect(await tree.getByRole('button', { name: new RegExp(NEW_SCHOOL) }).count()).toBe(0);

    await add.getByLabel('BRIN-code').fill('12ab');
    await add.getByRole('button', { name: 'School toevoegen' }).click();
    await admin.getByRole('heading', { level: 2, name: NEW_SCHOOL }).waitFor();
    await tree.getByRole('button', { name: new RegExp(NEW_SCHOOL) }).filter({ hasText: '12AB · Midden' }).waitFor();
    expect(admin.url()).toMatch(/#\/beheer\/scholen\?org=[0-9a-f-]{36}$/);
    const details = admin.getByRole('region', { name: 'Gegevens' });
    expect(await details.getByLabel('BRIN-code').inputValue()).toBe('12AB');
    expect(await details.getByLabel('Vakantieregio').inputValue()).toBe('midden');
  });

  it('renames the school and changes its region', async () => {
    const details = admin.getByRole('region', { name: 'Gegevens' });
    await details.getByLabel('Naam').fill(`${NEW_SCHOOL} (IKC)`);
    await details.getByLabel('Vakantieregio').selectOption({ label: 'Zuid' });
    await details.getByRole('button', { name: 'Opslaan' }).click();
    await details.getByText('Opgeslagen.').waitFor();
    await admin.getByRole('navigation', { name: 'Besturen en scholen' }).getByRole('button', { name: /\(IKC\)/ }).filter({ hasText: '12AB · Zuid' }).waitFor();
  });

  it('grants a role of a published type to a demo user, and revokes it again', async () => {
    const people = admin.getByRole('region', { name: 'Mensen en rollen' });
    await people.getByText('Nog niemand heeft hier een rol.').waitFor();
    const grant = people.getByRole('form', { name: 'Rol geven aan iemand met een account' });
    await grant.getByLabel('E-mailadres').fill('werkgroep.baken@koers.example');
    await grant.getByLabel('Rol').selectOption({ label: 'Schoolleider / directie' });
    await grant.getByRole('button', { name: 'Rol geven' }).click();
    await grant.getByText('werkgroep.baken@koers.example heeft nu de rol Schoolleider / directie.').waitFor();
    const member = people.locator('.people-member').filter({ hasText: 'werkgroep.baken@koers.example' });
    await member.getByText('Schoolleider / directie').waitFor();

    await grant.getByLabel('E-mailadres').fill('niemand@koers.example');
    await grant.getByLabel('Rol').selectOption({ label: 'Bestuurder' });
    await grant.getByRole('button', { name: 'Rol geven' }).click();
    await grant.getByText('deze gebruiker bestaat niet').waitFor();
    await shot(admin, 'admin-school');
    expect(await seriousViolations(admin)).toEqual([]);

    await grant.getByLabel('E-mailadres').fill('leerkracht.regenboog@koers.example');
    await grant.getByLabel('Rol').selectOption({ label: 'Bestuurder' });
    await grant.getByRole('button', { name: 'Rol geven' }).click();
    const extra = people.locator('.people-member').filter({ hasText: 'leerkracht.regenboog@koers.example' });
    await extra.getByRole('button', { name: /intrekken/ }).click();
    await extra.waitFor({ state: 'detached' });
    await member.waitFor();
  });

  it('starts a trajectory for the school from the admin, showing the places left, and lands on it', async () => {
    const open = admin.getByRole('button', { name: 'Traject starten' });
    const dialog = admin.getByRole('dialog', { name: `Traject starten of aanmelden: ${NEW_SCHOOL} (IKC)` });
    // Escape closes the dialog without starting anything.
    await open.click();
    await dialog.waitFor();
    await admin.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await open.click();
    await dialog.getByText('Nog 3 plaatsen').waitFor();
    await dialog.getByRole('radio', { name: VL }).check();
    await shot(admin, 'admin-start-dialog', false);
    expect(await seriousViolations(admin)).toEqual([]);
    await dialog.getByRole('button', { name: 'Starten' }).click();
    await admin.getByRole('heading', { level: 1, name: VL }).waitFor();
    expect(admin.url()).toMatch(/#\/trajecten\/[0-9a-f-]{36}$/);
  });

  it('grants a role for that one trajectory only', async () => {
    await admin.goBack();
    const people = admin.getByRole('region', { name: 'Mensen en rollen' });
    const grant = people.getByRole('form', { name: 'Rol geven aan iemand met een account' });
    await grant.getByLabel('E-mailadres').fill('werkgroep.horizon@koers.example');
    await grant.getByLabel('Rol').selectOption({ label: 'Projectteam Voortgezet Leren' });
    const only = grant.getByLabel('Voor', { exact: true });
    const trajectory = (await only.locator('option').filter({ hasText: VL }).textContent())!;
    expect(trajectory).toMatch(new RegExp(`^${VL} \\(\\d`));
    await only.selectOption({ label: trajectory });
    await grant.getByRole('button', { name: 'Rol geven' }).click();
    const member = people.locator('.people-member').filter({ hasText: 'werkgroep.horizon@koers.example' });
    await member.getByText(`(alleen voor ${VL} (`).waitFor();
  });

  it("lets a schoolleider register their school from the school's page, with the places shown", async () => {
    await signIn(leider, url, 'schoolleider.baken@koers.example');
    await leider.getByRole('button', { name: 'Traject starten bij Het Baken College' }).waitFor();
    await shot(leider, 'leider-mine');
    await leider.goto(`${url}#/scholen/${await schoolId('Het Baken College')}`);
    await leider.getByRole('heading', { level: 1, name: 'Het Baken College' }).waitFor();
    await leider.getByRole('button', { name: 'Traject starten' }).click();
    const dialog = leider.getByRole('dialog', { name: 'Traject starten of aanmelden: Het Baken College' });
    // Only the types whose roles this schoolleider holds here, chosen already when there is one.
    expect(await dialog.getByRole('radio').count()).toBe(1);
    expect(await dialog.getByRole('radio', { name: VL }).isChecked()).toBe(true);
    await dialog.getByText('Nog 2 plaatsen').waitFor();
    await shot(leider, 'leider-start-dialog', false);
    await dialog.getByRole('button', { name: 'Starten' }).click();
    await leider.getByRole('heading', { level: 1, name: VL }).waitFor();
    expect(leider.url()).toMatch(/#\/trajecten\/[0-9a-f-]{36}$/);
  });

  it('says in Dutch, in the words of the type, that it is full when someone else took the last place meanwhile', async () => {
    await leider.goto(`${url}#/scholen/${await schoolId('Het Baken College')}`);
    await leider.getByRole('button', { name: 'Traject starten' }).click();
    const dialog = leider.getByRole('dialog', { name: 'Traject starten of aanmelden: Het Baken College' });
    await dialog.getByText('Nog 1 plaats').waitFor();
    expect((await api('POST', 'trajectories', { typeId: 'voortgezet-leren', schoolId: await schoolId('Horizon Lyceum') })).status).toBe(201);
    await dialog.getByRole('button', { name: 'Starten' }).click();
    await dialog.getByRole('alert').filter({ hasText: FULL }).waitFor();
    await dialog.getByText(`Vol: ${FULL}`).waitFor();
    expect(await dialog.getByRole('radio', { name: VL }).isDisabled()).toBe(true);
    expect(await dialog.getByRole('button', { name: 'Starten' }).isDisabled()).toBe(true);
    await shot(leider, 'leider-full', false);
    expect(await seriousViolations(leider)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
