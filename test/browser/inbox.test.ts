import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { loadBundleOrThrow } from '@koers/engine';
import type { RunningServer } from '@koers/host';
import { bundleForms } from '@koers/server';
import { readTree } from '@koers/testing';
import { DEMO_PASSWORD, signOut, startDemoApp } from './app';
import { chromiumAvailable, RESULTS, ROOT } from './harness';
import { seriousViolations } from './axe';

const available = chromiumAvailable();

describe.skipIf(!available)('the bell and the inbox in Chromium', () => {
  let server: RunningServer, page: Page, pageErrors: string[], url: string, close = async () => {};
  let trajectoryId: string, email: string;
  // The server's clock: the machine's, moved forward by `offset` when the test wants time to pass.
  let offset = 0;
  const clock = { now: () => new Date(Date.now() + offset) };
  const shot = (name: string) => page.screenshot({ path: join(RESULTS, `inbox-${name}.png`), fullPage: true });
  const signIn = async (who: string) => {
    await page.goto(`${url}#/inloggen`);
    // A fresh page: the app asks who is signed in (after cookies were cleared: nobody).
    await page.reload();
    await page.getByLabel('E-mailadres').fill(who);
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.locator('.user-menu__toggle').waitFor();
    // Asking who is signed in before signing in answered 401: expected; from here on nothing may fail.
    pageErrors.length = 0;
  };

  beforeAll(async () => {
    ({ server, page, pageErrors, url, close } = await startDemoApp('inbox', { env: { KOERS_ROOT: ROOT }, page: { consoleErrors: true }, clock }));
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
    // The demo's own notify actions told this person things already: deliver them and mark them read, so the
    // count below is the reminder's alone.
    await server.workers.delivery.tick();
    await server.store.notifications.markAllRead((await server.store.users.findByEmail(email))!.id, clock.now());
  }, 180_000);
  afterAll(() => close());

  it('shows no unread count when everything was read', async () => {
    await signIn(email);
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
    const bell = page.getByRole('link', { name: 'Meldingen: 1 ongelezen' });
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
    const reminder = page.locator('.inbox__item', { has: page.getByRole('heading', { name: 'Herinnering: Intakegesprek voeren' }) });
    await reminder.getByRole('link', { name: 'Naar de stap' }).click();
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
    await signOut(page);
    await signIn('beheer@koers.example');
    await page.goto(`${url}#/beheer/mail`);
    await page.getByRole('tab', { name: /Vastgehouden \(\d+\)/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: /Herinnering: Intakegesprek voeren/ }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shot('admin-mail');
    expect(pageErrors).toEqual([]);
  });

  it('shows a reminder in the bell and the inbox after the clock is moved to a week before the step is due', async () => {
    // The test type `tijd`: its step `lopend` takes three months and reminds the ib'er a week before.
    const tijd = loadBundleOrThrow(readTree('test/fixtures/timers')).definitions.find((d) => d.definition.id === 'tijd')!;
    await server.store.typeVersions.publish({
      typeId: 'tijd', version: tijd.definition.version, at: clock.now(), definition: tijd.definition as never, forms: bundleForms(tijd).map((f) => f.definition),
    });
    let ib: { email: string; schoolId: string } | undefined;
    for (const org of await server.store.organisations.list()) {
      const member = org.kind === 'school' ? (await server.store.memberships.listForOrganisation(org.id)).find((m) => m.role === 'ib') : undefined;
      if (member) {
        ib = { email: member.email, schoolId: org.id };
        break;
      }
    }
    await server.store.notifications.markAllRead((await server.store.users.findByEmail(ib!.email))!.id, clock.now());
    await page.context().clearCookies();
    await signIn(ib!.email);
    const started = await page.evaluate(async (schoolId) => {
      const me = await (await fetch('/api/auth/me')).json() as { csrfToken: string };
      const headers = { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken };
      const t = await (await fetch('/api/trajectories', { method: 'POST', headers, body: JSON.stringify({ typeId: 'tijd', schoolId }) })).json() as { id: string; version: number };
      const sent = await fetch(`/api/trajectories/${t.id}/events`, { method: 'POST', headers, body: JSON.stringify({ type: 'STARTEN', expectedVersion: t.version }) });
      return { id: t.id, status: sent.status };
    }, ib!.schoolId);
    expect(started.status).toBe(201);
    const rows = await server.store.connection.db.execute(sql`select due_at from timers where trajectory_id = ${started.id} and kind = 'reminder' and fired_at is null order by due_at limit 1`);
    const [first] = ('rows' in rows ? rows.rows : rows) as Array<{ due_at: string }>;
    const dueAt = new Date(String(first!.due_at).replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'));
    // Nothing before its moment: the scheduler fires no reminder yet.
    await server.workers.scheduler.tick();
    await server.workers.delivery.tick();
    await page.reload();
    await page.getByRole('link', { name: 'Meldingen', exact: true }).waitFor();
    offset = dueAt.getTime() - Date.now() + 60_000;
    await server.workers.scheduler.tick();
    await server.workers.delivery.tick();
    // Months later the browser's session has expired: sign in again.
    await page.context().clearCookies();
    await signIn(ib!.email);
    const bell = page.getByRole('link', { name: 'Meldingen: 1 ongelezen' });
    await bell.waitFor();
    await bell.click();
    await page.getByRole('heading', { level: 2, name: 'Herinnering: Lopend' }).waitFor();
    expect(await page.locator('.inbox__item').first().textContent()).toMatch(/Deze stap moet klaar zijn op/);
    await shot('after-clock-moved');
    expect(pageErrors).toEqual([]);
  });
});
