import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD as PASSWORD, signIn, startDemoApp, submitSignIn } from './app';
import { chromiumAvailable, RESULTS } from './harness';
import { seriousViolations } from './axe';

const available = chromiumAvailable();
const SCHOOL = 'OBS De Regenboog';
const INVITEE = 'nieuwe.leerkracht@regenboog.example';



/** How many trajectories the school has, asked as the administrator (what the new colleague should see). */
async function schoolTrajectoryCount(url: string, school: string): Promise<number> {
  const login = await fetch(`${url}api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'beheer@koers.example', password: PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const list = await (await fetch(`${url}api/trajectories`, { headers: { cookie } })).json() as Array<{ school: { name: string } }>;
  return list.filter((t) => t.school.name === school).length;
}

/** The error shown under a field, found through the field's aria-describedby (so it is tied to that field). */
async function errorOf(page: Page, label: string): Promise<string> {
  const field = page.getByLabel(label, { exact: true });
  // The refusal is drawn after the click returns: wait for it (a busy machine draws late).
  await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
  const ids = (await field.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'));
  expect(ids).toHaveLength(1);
  return (await page.locator(`#${ids[0]}`).textContent()) ?? '';
}

describe.skipIf(!available)('invitations in Chromium against the real server', () => {
  let url: string, inviter: Page, invitee: Page, pageErrors: string[], close = async () => {};
  let link = '';
  const shot = (page: Page, name: string) => page.screenshot({ path: join(RESULTS, `invitation-${name}.png`), fullPage: true });

  beforeAll(async () => {
    const app = await startDemoApp('invitation');
    // Two people, each in a browser context of their own (their own session cookie).
    ({ url, page: inviter, pageErrors, close } = app);
    invitee = await app.newPage();
  }, 180_000);
  afterAll(() => close());

  it('shows "Uitnodigen" to the school leadership, and refuses an incomplete invitation field by field in Dutch', async () => {
    await signIn(inviter, url, 'directie.regenboog@koers.example');
    await inviter.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Uitnodigen' }).click();
    await inviter.getByRole('heading', { level: 1, name: 'Iemand uitnodigen' }).waitFor();
    // Directie of one school: that school is the only choice and is chosen already.
    expect(await inviter.getByLabel('School of organisatie').inputValue()).not.toBe('');
    expect(await inviter.locator('#invite-organisation option').allTextContents()).toEqual(['Kies een school of organisatie', SCHOOL]);
    const roles = await inviter.locator('#invite-role option').allTextContents();
    expect(roles).toContain('Leerkracht');
    expect(roles.filter((role) => role.startsWith('Procesbegeleider'))).toEqual([]);

    await inviter.getByLabel('E-mailadres van de uitgenodigde').fill('geen-adres');
    await inviter.getByRole('button', { name: 'Uitnodiging maken' }).click();
    await inviter.getByRole('alert').filter({ hasText: 'Niet alle velden zijn goed ingevuld.' }).waitFor();
    expect(await errorOf(inviter, 'E-mailadres van de uitgenodigde')).toBe('Vul een geldig e-mailadres in, zoals naam@school.nl.');
    expect(await errorOf(inviter, 'Rol')).toBe('Kies een rol');
    await shot(inviter, 'create-refused');
    expect(await seriousViolations(inviter)).toEqual([]);
  });

  it('asks before leaving a half-filled invitation: stays on request, or leaves', async () => {
    // The address typed above is stored nowhere yet: leaving through the menu asks first.
    const menu = inviter.getByRole('navigation', { name: 'Hoofdmenu' });
    const dialog = inviter.getByRole('alertdialog', { name: 'U hebt niet-opgeslagen wijzigingen' });
    await menu.getByRole('link', { name: 'Mijn trajecten' }).click();
    await dialog.waitFor();
    await shot(inviter, 'unsaved-changes');
    await dialog.getByRole('button', { name: 'Op deze pagina blijven' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(inviter.url()).toMatch(/#\/uitnodigen$/);
    expect(await inviter.getByLabel('E-mailadres van de uitgenodigde').inputValue()).toBe('geen-adres');
    await menu.getByRole('link', { name: 'Mijn trajecten' }).click();
    await dialog.getByRole('button', { name: 'Toch verlaten' }).click();
    await inviter.getByRole('heading', { level: 1, name: 'Mijn trajecten' }).waitFor();
    await menu.getByRole('link', { name: 'Uitnodigen' }).click();
    await inviter.getByRole('heading', { level: 1, name: 'Iemand uitnodigen' }).waitFor();
  });

  it("asks on the browser's back button too: the page's address comes back while it asks", async () => {
    const dialog = inviter.getByRole('alertdialog', { name: 'U hebt niet-opgeslagen wijzigingen' });
    await inviter.getByLabel('E-mailadres van de uitgenodigde').fill('half@school.nl');
    await inviter.goBack();
    await dialog.waitFor();
    expect(inviter.url()).toMatch(/#\/uitnodigen$/);
    await dialog.getByRole('button', { name: 'Op deze pagina blijven' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(inviter.url()).toMatch(/#\/uitnodigen$/);
    expect(await inviter.getByLabel('E-mailadres van de uitgenodigde').inputValue()).toBe('half@school.nl');
    await inviter.goBack();
    await dialog.getByRole('button', { name: 'Toch verlaten' }).click();
    await inviter.getByRole('heading', { level: 1, name: 'Mijn trajecten' }).waitFor();
    expect(inviter.url()).toMatch(/#\/trajecten$/);
    await inviter.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Uitnodigen' }).click();
    await inviter.getByRole('heading', { level: 1, name: 'Iemand uitnodigen' }).waitFor();
  });

  it('creates the invitation and shows the link to copy', async () => {
    await inviter.getByLabel('E-mailadres van de uitgenodigde').fill(INVITEE);
    await inviter.getByLabel('Rol', { exact: true }).selectOption({ label: 'Leerkracht' });
    await inviter.getByRole('button', { name: 'Uitnodiging maken' }).click();
    await inviter.getByRole('heading', { level: 2, name: 'Uitnodiging gemaakt' }).waitFor();
    await inviter.getByText(`Voor ${INVITEE} als Leerkracht bij ${SCHOOL}`).waitFor();
    link = await inviter.getByLabel('Link voor de uitgenodigde').inputValue();
    expect(link).toMatch(/#\/uitnodiging\/[A-Za-z0-9_-]{43}$/);
    await inviter.getByRole('button', { name: 'Link kopiëren' }).waitFor();
    await shot(inviter, 'created');
    expect(await seriousViolations(inviter)).toEqual([]);
  });

  it('shows the invitee who invites them, where, as what, and refuses a too-short password next to the field', async () => {
    await invitee.goto(link);
    await invitee.getByRole('heading', { level: 1, name: 'Uitnodiging voor Koers' }).waitFor();
    await invitee.getByText(`nodigt u uit om mee te werken in Koers bij ${SCHOOL}`).waitFor();
    const facts = await invitee.locator('.invitation__facts').textContent();
    expect(facts).toContain(SCHOOL);
    expect(facts).toContain('Leerkracht');
    expect(facts).toContain(INVITEE);
    await shot(invitee, 'open');
    expect(await seriousViolations(invitee)).toEqual([]);

    await invitee.getByLabel('Uw naam').fill('Nieuwe Leerkracht');
    await invitee.getByLabel('Kies een wachtwoord').fill('kort');
    await invitee.getByLabel('Herhaal het wachtwoord').fill('anders');
    await invitee.getByRole('button', { name: 'Uitnodiging accepteren' }).click();
    expect(await errorOf(invitee, 'Herhaal het wachtwoord')).toContain('niet gelijk');

    await invitee.getByLabel('Herhaal het wachtwoord').fill('kort');
    await invitee.getByRole('button', { name: 'Uitnodiging accepteren' }).click();
    await invitee.locator('#invitation-password-error').waitFor();
    expect(await errorOf(invitee, 'Kies een wachtwoord')).toBe('mag niet korter dan 10 karakters zijn');
    // The focus goes to the field that needs fixing (in the frame after React drew the messages).
    await invitee.waitForFunction(() => document.activeElement?.id === 'invitation-password');
    await shot(invitee, 'password-too-short');
    expect(await seriousViolations(invitee)).toEqual([]);
  });

  it("accepts, signs the invitee in and shows the school's trajectories in 'Mijn trajecten'", async () => {
    await invitee.getByLabel('Kies een wachtwoord').fill('een lang genoeg wachtwoord');
    await invitee.getByLabel('Herhaal het wachtwoord').fill('een lang genoeg wachtwoord');
    await invitee.getByRole('button', { name: 'Uitnodiging accepteren' }).click();
    await invitee.getByRole('heading', { level: 1, name: 'Mijn trajecten' }).waitFor();
    await invitee.getByRole('button', { name: 'Nieuwe Leerkracht', exact: true }).waitFor();
    expect(invitee.url()).toMatch(/#\/trajecten$/);
    const cards = invitee.locator('.trajectory-card');
    await cards.first().waitFor();
    const expected = await schoolTrajectoryCount(url, SCHOOL);
    expect(expected).toBeGreaterThan(0);
    expect(await cards.count()).toBe(expected);
    expect(await invitee.locator('.trajectory-card__school').allTextContents()).toEqual(Array(expected).fill(SCHOOL));
    // A leerkracht may not invite: no header link for them.
    expect(await invitee.getByRole('link', { name: 'Uitnodigen' }).count()).toBe(0);
    await shot(invitee, 'signed-in');
  });

  it('lets someone with an account accept with one button, once signed in as the invited address', async () => {
    await inviter.getByRole('button', { name: 'Nog iemand uitnodigen' }).click();
    await inviter.getByLabel('E-mailadres van de uitgenodigde').fill('leerkracht.regenboog@koers.example');
    await inviter.getByLabel('Rol', { exact: true }).selectOption({ label: 'Team' });
    await inviter.getByRole('button', { name: 'Uitnodiging maken' }).click();
    const second = await inviter.getByLabel('Link voor de uitgenodigde').inputValue();

    // Still signed in as the new colleague: the page says whose invitation it is and offers to sign out.
    await invitee.goto(second);
    await invitee.getByText('maar deze uitnodiging is voor leerkracht.regenboog@koers.example').waitFor();
    await invitee.getByRole('main').getByRole('button', { name: 'Uitloggen' }).click();
    await invitee.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await submitSignIn(invitee, 'leerkracht.regenboog@koers.example');
    await invitee.goto(second);
    await invitee.getByText('U bent ingelogd als leerkracht.regenboog@koers.example. Accepteer de uitnodiging om de rol Team').waitFor();
    await shot(invitee, 'existing-account');
    expect(await seriousViolations(invitee)).toEqual([]);
    await invitee.getByRole('button', { name: 'Uitnodiging accepteren' }).click();
    await invitee.getByRole('heading', { level: 1, name: 'Mijn trajecten' }).waitFor();
    const roles = await invitee.evaluate(async () => ((await (await fetch('/api/auth/me')).json()) as { memberships: Array<{ role: string }> }).memberships.map((m) => m.role));
    expect(roles).toContain('team');
  });

  it('explains in Dutch what to do with a used or unknown link', async () => {
    await invitee.goto(link);
    // A fresh load: the app keeps what it read of this invitation for 5 s, and a fast run comes back sooner.
    await invitee.reload();
    await invitee.getByRole('heading', { level: 1, name: 'Deze uitnodiging werkt niet' }).waitFor();
    await invitee.goto(`${url}#/uitnodiging/${'x'.repeat(43)}`);
    await invitee.reload();
    await invitee.getByRole('heading', { level: 1, name: 'Deze uitnodiging werkt niet' }).waitFor();
    await invitee.getByText('De link is onbekend, verlopen of al gebruikt.').waitFor();
    await invitee.getByText('Vraag degene die u uitnodigde').waitFor();
    await shot(invitee, 'unknown');
    expect(await seriousViolations(invitee)).toEqual([]);
    expect(pageErrors, pageErrors.join('\n')).toEqual([]);
  });
});
