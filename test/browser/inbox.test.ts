import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '@koers/host';
import { DEMO_PASSWORD, startDemoApp } from './app';
import { chromiumAvailable, RESULTS, ROOT } from './harness';
import { seriousViolations } from './axe';

const available = chromiumAvailable();

describe.skipIf(!available)('the bell and the inbox in Chromium', () => {
  let server: RunningServer, page: Page, pageErrors: string[], url: string, close = async () => {};
  let trajectoryId: string, email: string;
  const shot = (name: string) => page.screenshot({ path: join(RESULTS, `inbox-${name}.png`), fullPage: true });
  const signIn = async (who: string) => {
    await page.goto(`${url}#/inloggen`);
    await page.getByLabel('E-mailadres').fill(who);
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
  };

  beforeAll(async () => {
    ({ server, page, pageErrors, url, close } = await startDemoApp('inbox', { env: { KOERS_ROOT: ROOT }, page: { consoleErrors: true } }));
    // A schoolleider of a school with a trajectory: the one the reminder is for.
    for (const trajectory of await server.store.trajectories.list({ scope: { all: true } })) {
      const leader = (await server.store.memberships.listForOrganisation(trajectory.school.id)).find((m) => m.role === 'schoolleider');
      if (leader) {
        trajectoryId = trajectory.id;
        email = leader.email;
        break;
      }
    }
    expect(email).toBeTruthy();
  }, 180_000);
  afterAll(() => close());

  it('shows no unread count before anything was told', async () => {
    await signIn(email);
    // The app asked who is signed in before we were: that 401 is expected; from here on nothing may fail.
    pageErrors.length = 0;
    page.on('response', (res) => {
      if (res.status() >= 400) pageErrors.push(`${res.status()} ${res.request().method()} ${res.url()}`);
    });
    await page.getByRole('link', { name: 'Meldingen', exact: true }).waitFor();
  });

  it('shows a reminder the engine asked for in the bell and the inbox, and leads to the step', async () => {
    // The outbox row as the scheduler writes it for a fired reminder, then one round of the delivery worker.
    await server.store.effects.add({
      trajectoryId, timerId: null, at: new Date(),
      effect: { type: 'remind', kind: 'reminder', roles: ['schoolleider'], step: 'intake', title: { nl: 'Intakegesprek voeren', en: 'Hold the intake' }, dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString() },
    });
    expect((await server.workers.delivery.tick()).notifications).toBeGreaterThanOrEqual(1);
    await page.reload();
    await page.locator('.bell__count').waitFor();
    const bell = page.getByRole('link', { name: 'Meldingen (1 ongelezen)' });
    await bell.waitFor();
    await bell.click();
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Herinnering: Intakegesprek voeren' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shot('desktop');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot('mobile');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByRole('link', { name: 'Naar de stap' }).click();
    await page.waitForURL(new RegExp(`#/trajecten/${trajectoryId}$`));
    await page.getByRole('link', { name: 'Meldingen', exact: true }).waitFor();
  });

  it('counts a followed notification as read, and keeps the mail settings', async () => {
    await page.goto(`${url}#/meldingen`);
    await page.getByRole('heading', { level: 2, name: 'Herinnering: Intakegesprek voeren' }).waitFor();
    expect(pageErrors).toEqual([]);
    expect(await server.store.notifications.unreadCount((await server.store.users.findByEmail(email))!.id)).toBe(0);
    await page.getByRole('button', { name: 'Ongelezen' }).click();
    await page.getByText('Geen ongelezen meldingen.').waitFor();
    await page.goto(`${url}#/instellingen`);
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('radio', { name: 'Eén keer per dag een overzicht (vanaf 07:00)' }).check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Opgeslagen.').waitFor();
    await page.reload();
    expect(await page.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
    await page.getByRole('heading', { level: 2, name: 'Agenda' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows the admin the held mail of the reminder (no SMTP_URL)', async () => {
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await signIn('beheer@koers.example');
    await page.goto(`${url}#/beheer/mail`);
    await page.getByRole('tab', { name: /Vastgehouden \(\d+\)/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: /Herinnering: Intakegesprek voeren/ }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shot('admin-mail');
    expect(pageErrors).toEqual([]);
  });
});
