import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiCall, type DemoApp, signIn, signedInApi, startDemoApp } from './app';
import { chromiumAvailable, RESULTS, ROOT } from './harness';
import { seriousViolations } from './axe';

const available = chromiumAvailable();
const fixture = (file: string) => JSON.parse(readFileSync(join(ROOT, 'test/fixtures/groups-web', file), 'utf8'));

/** Who of each demo school comes to the group meeting: two with the schoolleider, but Horizon Lyceum sends one. */
const PRESENT: Record<string, Array<[string, string]>> = {
  'OBS De Regenboog': [['Ahmed Yilmaz', 'Schoolleider'], ['Sanne Jansen', 'Werkgroep']],
  'CBS De Wegwijzer': [['Ria Kramer', 'Schoolleider'], ['Tim de Boer', 'Werkgroep']],
  'IKC De Vlinderboom': [['Youssef El Idrissi', 'Schoolleider'], ['Daan Visser', 'Werkgroep']],
  'Het Baken College': [['Anne de Vries', 'Schoolleider'], ['Bram Jansen', 'Werkgroep']],
  'Horizon Lyceum': [['Sara El Amrani', 'Werkgroep']],
};

/**
 * A procesbegeleider forms a group of the five demo schools (test/fixtures/groups-web: a small type whose
 * schools start in the step where they are placed in a group), records a groepsbijeenkomst with attendance once,
 * and each school's trajectory page shows it, with the attendance warning at the school that sent one person.
 */
describe.skipIf(!available)('groups in Chromium', () => {
  let app: DemoApp, page: Page, admin: ApiCall, groupId = '';
  const trajectories = new Map<string, string>();
  const failed: string[] = [];
  const shot = (name: string) => page.screenshot({ path: join(RESULTS, `groups-${name}.png`), fullPage: true });

  beforeAll(async () => {
    app = await startDemoApp('groups', { env: { KOERS_ROOT: ROOT }, page: { viewport: { width: 1366, height: 900 }, consoleErrors: true } });
    page = app.page;
    admin = await signedInApi(app.url, 'beheer@koers.example');
    const published = await admin('POST', 'types', { definition: fixture('workflows/samen-leren.json'), forms: [fixture('forms/samen-leren-bijeenkomst.json')] });
    expect(published.status).toBe(201);
    // A type whose trajectories belong to the group itself ("subject": "group"), started from the group page.
    expect((await admin('POST', 'types', { definition: fixture('workflows/samen-leren-netwerk.json'), forms: [] })).status).toBe(201);
    const orgs = await admin<Array<{ id: string; name: string; kind: string }>>('GET', 'organisations');
    for (const name of Object.keys(PRESENT)) {
      const school = orgs.body.find((o) => o.name === name)!;
      // The demo's procesbegeleider coaches four of the five schools; the admin adds the fifth.
      await admin('POST', 'memberships', { email: 'procesbegeleider@koers.example', organisationId: school.id, role: 'procesbegeleider' });
      const started = await admin<{ id: string }>('POST', 'trajectories', { typeId: 'samen-leren', schoolId: school.id });
      expect(started.status).toBe(201);
      trajectories.set(name, started.body.id);
    }
  }, 180_000);
  afterAll(() => app?.close());

  it('forms a group of five schools from the registered ones', async () => {
    await signIn(page, app.url, 'procesbegeleider@koers.example');
    // Before signing in the app asked who was there (401) and the browser its favicon (404): from here nothing may fail.
    app.pageErrors.length = 0;
    page.on('response', (res) => {
      if (res.status() >= 400) failed.push(`${res.status()} ${res.url()}`);
    });
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Groepen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Groepen' }).waitFor();
    await page.getByLabel('Trajectsoort').selectOption('samen-leren');
    await page.getByText('Nog geen groepen in dit programmajaar.').waitFor();
    await page.getByLabel('Naam van de groep').fill('Groep Noord');
    await page.getByRole('button', { name: 'Groep maken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Groep Noord' }).waitFor();
    groupId = decodeURIComponent(page.url().split('#/groepen/')[1]!);
    const add = page.getByLabel('Aangemelde school');
    for (const [i, name] of Object.keys(PRESENT).entries()) {
      await add.selectOption({ label: name });
      await page.getByRole('button', { name: 'School toevoegen' }).click();
      await page.locator('.group__members tbody tr').nth(i).waitFor();
    }
    await page.getByText('Geen aangemelde scholen die nu in een groep kunnen.').waitFor();
    const rows = page.locator('.group__members tbody tr');
    expect(await rows.count()).toBe(5);
    // Placing a school sent the join event: each stands in the next step now.
    for (const name of Object.keys(PRESENT)) expect(await rows.filter({ hasText: name }).textContent()).toMatch(/Samen werken/);
    expect(await page.locator('.lead').textContent()).toMatch(/5 scholen \(groepsgrootte 5–7\)/);
  });

  it('records a groepsbijeenkomst once, with who of each school was there, and warns about the school that sent one person', async () => {
    await page.getByLabel('Datum').fill('2026-11-12');
    await page.getByLabel('Thema').fill('Feedback in de klas');
    for (const [school, people] of Object.entries(PRESENT)) {
      for (const [i, [name, role]] of people.entries()) {
        await page.getByRole('button', { name: `Persoon toevoegen voor ${school}` }).click();
        const person = page.getByRole('group', { name: `Persoon ${i + 1} van ${school}` });
        await person.getByLabel('Naam').fill(name);
        await person.getByLabel('Rol').selectOption({ label: role });
      }
    }
    // Before sending, the page names the school that breaks the rule; the meeting is recorded all the same.
    const warning = page.locator('.group__warning');
    expect(await warning.textContent()).toMatch(/Horizon Lyceum voldoet niet aan de regel/);
    expect(await warning.textContent()).not.toMatch(/Regenboog|Wegwijzer|Vlinderboom|Baken/);
    await shot('record-1366');
    await page.getByRole('button', { name: 'Bijeenkomst vastleggen' }).click();
    await page.getByText(/Groepsbijeenkomst van 12 nov 2026 is vastgelegd voor 5 scholen/).waitFor();

    const group = await admin<{ meetings: Array<{ attendance: Array<{ school: { name: string }; complete: boolean }> }> }>('GET', `groups/${groupId}`);
    expect(group.body.meetings).toHaveLength(1);
    expect(group.body.meetings[0]!.attendance.filter((a) => !a.complete).map((a) => a.school.name)).toEqual(['Horizon Lyceum']);

    const matrix = page.locator('.group__matrix');
    await matrix.locator('tbody tr').nth(4).waitFor();
    expect(await matrix.textContent()).toMatch(/Groepsbijeenkomst: minimaal 2 aanwezig|minstens 2/);
    const horizon = matrix.locator('tbody tr', { hasText: 'Horizon Lyceum' });
    expect(await horizon.textContent()).toMatch(/Sara El Amrani \(Werkgroep\).*voldoet niet aan de regel/);
    const baken = matrix.locator('tbody tr', { hasText: 'Het Baken College' });
    expect(await baken.textContent()).toMatch(/Anne de Vries \(Schoolleider\)Bram Jansen \(Werkgroep\)/);
    expect(await baken.textContent()).not.toMatch(/voldoet niet/);
    expect(await seriousViolations(page)).toEqual([]);
    await shot('group-1366');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot('group-390');
    await page.locator('.group__members').screenshot({ path: join(RESULTS, 'groups-members-390.png') });
    await page.locator('.group__matrix').screenshot({ path: join(RESULTS, 'groups-matrix-390.png') });
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('shows the meeting on each school\'s trajectory page, with the attendance warning at Horizon Lyceum', async () => {
    for (const [school, people] of Object.entries(PRESENT)) {
      await page.goto(`${app.url}#/trajecten/${trajectories.get(school)}`);
      const panel = page.getByRole('region', { name: /Schoolontwikkelingsgroep: Groep Noord/ });
      await panel.waitFor();
      const text = await panel.textContent();
      expect(text).toMatch(/Groepsbijeenkomst, 12 nov 2026/);
      for (const [name] of people) expect(text).toContain(name);
      // Only this school's people: never another school's.
      for (const [other, theirs] of Object.entries(PRESENT)) if (other !== school) for (const [name] of theirs) expect(text).not.toContain(name);
      if (school === 'Horizon Lyceum') expect(text).toMatch(/Aanwezigheid voldoet niet aan de regel/);
      else expect(text).not.toMatch(/voldoet niet/);
    }
    await shot('school-horizon-1366');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot('school-horizon-390');
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('shows the school\'s own people their group meeting and its warning', async () => {
    const leader = await app.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(leader, app.url, 'schoolleider.horizon@koers.example');
    await leader.goto(`${app.url}#/trajecten/${trajectories.get('Horizon Lyceum')}`);
    const panel = leader.getByRole('region', { name: /Groep Noord/ });
    await panel.waitFor();
    expect(await panel.textContent()).toMatch(/Sara El Amrani \(Werkgroep\).*Aanwezigheid voldoet niet aan de regel/);
    // A school's own people do not lead the group: no link to its page.
    expect(await panel.getByRole('link', { name: 'Naar de groepspagina' }).count()).toBe(0);
    await leader.screenshot({ path: join(RESULTS, 'groups-school-leader-390.png'), fullPage: true });
    expect(app.pageErrors).toEqual([]);
    expect(failed).toEqual([]);
  });

  it('starts the group\'s own trajectory from the group page, which the member schools then see', async () => {
    await page.goto(`${app.url}#/groepen/${groupId}`);
    const own = page.getByRole('region', { name: 'Trajecten van de groep' });
    await own.getByText('De groep heeft nog geen eigen traject.').waitFor();
    await own.getByRole('button', { name: 'Start Netwerkplan van de groep' }).click();
    await page.getByRole('heading', { level: 1, name: /Netwerkplan van de groep/ }).waitFor();
    const trajectoryId = decodeURIComponent(page.url().split('#/trajecten/')[1]!);
    await page.getByRole('button', { name: 'Plan vaststellen' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shot('own-trajectory-1366');

    const leader = await app.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(leader, app.url, 'schoolleider.horizon@koers.example');
    await leader.goto(`${app.url}#/trajecten`);
    await leader.getByRole('link', { name: /Netwerkplan van de groep/ }).first().waitFor();
    await leader.goto(`${app.url}#/trajecten/${trajectoryId}`);
    await leader.getByText('Groep Noord').first().waitFor();
    // A school leader acts in no step of the plan: the lead's button is not theirs.
    expect(await leader.getByRole('button', { name: 'Plan vaststellen' }).count()).toBe(0);
    await page.goto(`${app.url}#/groepen/${groupId}`);
    await page.getByRole('region', { name: 'Trajecten van de groep' }).getByRole('link', { name: /Netwerkplan van de groep/ }).waitFor();
    expect(app.pageErrors).toEqual([]);
    expect(failed).toEqual([]);
  });
});
