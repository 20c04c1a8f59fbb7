import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiCall, downloadedText, signedInApi, signIn, startDemoApp } from './app';
import { chromiumAvailable, RESULTS } from './harness';
import { seriousViolations } from './axe';

const available = chromiumAvailable();
const BESTUUR = 'Stichting Koers Voorbeeldscholen';

describe.skipIf(!available)('the agenda in Chromium against the real server', () => {
  let url: string, page: Page, pageErrors: string[], close = async () => {};
  let api: ApiCall;

  beforeAll(async () => {
    const app = await startDemoApp('agenda');
    ({ url, page, pageErrors, close } = app);
    api = await signedInApi(url, 'beheer@koers.example');
    await signIn(page, url, 'beheer@koers.example');
  }, 180_000);
  afterAll(() => close());

  it('downloads a meeting of a trajectory as an .ics file that parses back with its summary and school', async () => {
    const { body: list } = await api<Array<{ id: string; school: { name: string } }>>('GET', 'trajectories?limit=500');
    let found: { id: string; school: string; meeting: { title: { nl: string } } } | undefined;
    for (const t of list) {
      const { body: meetings } = await api<Array<{ title: { nl: string } }>>('GET', `trajectories/${t.id}/meetings`);
      if (meetings.length > 0) {
        found = { id: t.id, school: t.school.name, meeting: meetings[0]! };
        break;
      }
    }
    expect(found, 'a demo trajectory with a meeting').toBeDefined();
    await page.goto(`${url}#/trajecten/${found!.id}`);
    const section = page.getByRole('region', { name: 'Afspraken' });
    await section.waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('link', { name: new RegExp(`^Zet in agenda \\(\\.ics\\): ${found!.meeting.title.nl}, `) }).first().click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const text = await downloadedText(download);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    expect(new ICAL.Event(events[0]!).summary).toBe(`${found!.meeting.title.nl} — ${found!.school}`);
    expect(await seriousViolations(page)).toEqual([]);
    await section.screenshot({ path: join(RESULTS, 'agenda-meetings.png') });
    expect(pageErrors).toEqual([]);
  });

  it('makes a feed address on #/agenda (reached from the main menu) that works without a cookie, and revoking it makes it answer 404', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Agenda' }).click();
    await page.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor();
    await page.getByRole('button', { name: 'Agenda-adres maken' }).click();
    const address = page.getByLabel('Uw agenda-adres');
    await address.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(RESULTS, 'agenda-feed.png'), fullPage: true });
    const feedUrl = await address.inputValue();
    expect(feedUrl).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const feed = await fetch(feedUrl);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents('vevent').length).toBeGreaterThan(0);
    await page.getByText(/U heeft een agenda-adres sinds/).waitFor();
    await page.getByRole('button', { name: 'Adres intrekken' }).click();
    await page.getByText('Het adres is ingetrokken').waitFor();
    expect((await fetch(feedUrl)).status).toBe(404);
    expect(pageErrors).toEqual([]);
  });

  it('lets an admin add and remove a studiedag of a bestuur, refusing the same date twice next to the field', async () => {
    await page.goto(`${url}#/beheer/scholen`);
    await page.getByRole('heading', { level: 1, name: 'Scholen en mensen' }).waitFor();
    await page.getByRole('navigation', { name: 'Besturen en scholen' }).getByRole('button', { name: BESTUUR }).click();
    const days = page.getByRole('region', { name: 'Studiedagen' });
    await days.getByText('Vakantieregio per school').waitFor();
    const add = async (date: string, title: string) => {
      await days.getByLabel('Datum').fill(date);
      await days.getByLabel('Omschrijving').fill(title);
      await days.getByRole('button', { name: 'Studiedag toevoegen' }).click();
    };
    await add('2026-11-12', 'Studiedag team');
    // Exact: the field's hint (Bijvoorbeeld "Studiedag team") holds the words too.
    await days.getByText('Studiedag team', { exact: true }).waitFor();
    await add('2026-11-12', 'Nog een');
    await days.getByText(`${BESTUUR} heeft op 12 november 2026 al een studiedag`).waitFor();
    expect(await days.getByLabel('Datum').getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    await days.screenshot({ path: join(RESULTS, 'agenda-study-days.png') });
    await days.getByRole('button', { name: /Studiedag Studiedag team op .* verwijderen/ }).click();
    await days.getByText('Nog geen studiedagen.').waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('marks a date field of a form as a meeting in the form builder, which the saved draft keeps as "meeting": true', async () => {
    await page.goto(`${url}#/beheer/soorten`);
    await page.getByRole('heading', { level: 1, name: 'Trajectsoorten' }).waitFor();
    await page.getByRole('button', { name: 'Nieuwe trajectsoort' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe trajectsoort' });
    await dialog.getByLabel('Titel (Nederlands)').fill('Agendaproef');
    await dialog.getByRole('button', { name: 'Aanmaken en openen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Agendaproef' }).waitFor();
    await page.getByRole('tab', { name: 'Formulieren', exact: true }).click();
    await page.getByRole('button', { name: '+ Nieuw formulier' }).click();
    const add = page.getByRole('form', { name: 'Nieuw formulier' });
    await add.getByLabel('Titel (Nederlands)').fill('Overleg');
    await add.getByLabel('Titel (Engels)').fill('Meeting');
    await add.getByLabel('Code (id)').fill('overleg');
    await add.getByRole('button', { name: 'Toevoegen' }).click();
    const fields = page.getByRole('region', { name: 'Velden' });
    const panel = page.getByRole('region', { name: 'Formulier' });
    await fields.getByRole('button', { name: 'Veld toevoegen', exact: true }).click();
    const field = fields.getByRole('form', { name: 'Veld toevoegen', exact: true });
    await field.getByLabel('Soort veld').selectOption({ label: 'Datum' });
    await field.getByLabel('Label (Nederlands)').fill('Datum overleg');
    await field.getByLabel('Label (Engels)').fill('Date of the meeting');
    await field.getByRole('button', { name: 'Toevoegen' }).click();
    await panel.getByRole('heading', { level: 2, name: /^Datum overleg/ }).waitFor();
    await panel.getByLabel('Afspraak in de agenda').check();
    // Autosave: wait for the server's draft to have it (a condition, not a sleep).
    const meetings = async () => {
      const { body: draft } = await api<{ forms: Array<{ id: string; schema: { properties: Record<string, { meeting?: unknown }> } }> }>('GET', 'type-drafts/agendaproef');
      return Object.values(draft.forms.find((f) => f.id === 'overleg')?.schema.properties ?? {}).map((p) => p.meeting);
    };
    await expect.poll(meetings, { timeout: 8_000 }).toEqual([true]);
    expect(pageErrors).toEqual([]);
  });
});
