import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { JsonObject } from '@koers/engine';
import { forEachDatabase } from '@koers/testing';
import { type Agent, answer, errorOf } from './support/harness';
import { agendaWorld } from './support/agenda-world';

/** The agenda: a trajectory's meetings (form fields marked `meeting`), one as .ics, and a person's iCal feed. */

/** Parses iCalendar text with ical.js (an independent RFC 5545 parser): fails on text it cannot read. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

await forEachDatabase('agenda: meetings, .ics and the iCal feed', agendaWorld, (w) => {
  const as = (email: string) => w.signIn(email);
  /** A trajectory at a school whose ib'er fixed a start meeting and a group meeting. */
  const planned = async (ib: Agent, school: 'A' | 'B' | 'C', data: JsonObject) => {
    const started = await answer(ib.api.trajectories.$post({ json: { typeId: 'agenda', schoolId: w.schools[school].id } }), 201);
    await answer(ib.api.trajectories[':id'].events.$post({ param: { id: started.id }, json: { type: 'VASTLEGGEN', expectedVersion: started.version, data } }), 201);
    return started.id;
  };

  describe('meetings of a trajectory', () => {
    it('lists each meeting field that is filled in, with its step, title, start and end, earliest first', async () => {
      const ib = await as('ib@esch.nl');
      const id = await planned(ib, 'A', { startgesprek: '2026-10-06T14:30:00+02:00', bijeenkomst: '2026-11-12' });
      const meetings = await answer(ib.api.trajectories[':id'].meetings.$get({ param: { id } }));
      expect(meetings.map(({ id: meetingId, title, step, allDay, start, end }) => ({ meetingId, title: title.nl, step, allDay, start, end }))).toEqual([
        { meetingId: '1~agenda-afspraken~startgesprek', title: 'Startgesprek', step: 'plannen', allDay: false, start: '2026-10-06T12:30:00.000Z', end: '2026-10-06T14:00:00.000Z' },
        { meetingId: '1~agenda-afspraken~bijeenkomst', title: 'Groepsbijeenkomst', step: 'plannen', allDay: true, start: '2026-11-12', end: '2026-11-13' },
      ]);
    });

    it('gives one meeting as a valid .ics download: one VEVENT, the start in UTC, the school in SUMMARY and a stable UID', async () => {
      const ib = await as('ib@esch.nl');
      const id = await planned(ib, 'A', { startgesprek: '2026-10-06T14:30:00+02:00', bijeenkomst: '2026-11-12' });
      const res = await ib.request('GET', `/api/trajectories/${id}/meetings/1~agenda-afspraken~startgesprek.ics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="Startgesprek-De-Esch-2026-10-06\.ics"$/);
      const text = await res.text();
      expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
      const { calendar, events } = parse(text);
      expect(calendar.name).toBe('vcalendar');
      expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
      expect(events).toHaveLength(1);
      const event = new ICAL.Event(events[0]!);
      expect(event.summary).toBe('Startgesprek — De Esch');
      expect(event.startDate.zone.tzid).toBe('UTC');
      expect(event.startDate.toJSDate().toISOString()).toBe('2026-10-06T12:30:00.000Z');
      expect(event.endDate.toJSDate().toISOString()).toBe('2026-10-06T14:00:00.000Z');
      expect(String(events[0]!.getFirstPropertyValue('url'))).toBe(`http://localhost/#/trajecten/${id}`);
      expect(event.uid).toBe(`${id}.1~agenda-afspraken~startgesprek@koers`);
      const again = parse(await (await ib.request('GET', `/api/trajectories/${id}/meetings/1~agenda-afspraken~startgesprek.ics`)).text());
      expect(new ICAL.Event(again.events[0]!).uid).toBe(event.uid);

      const day = parse(await (await ib.request('GET', `/api/trajectories/${id}/meetings/1~agenda-afspraken~bijeenkomst.ics`)).text());
      const allDay = new ICAL.Event(day.events[0]!);
      expect(allDay.startDate.isDate).toBe(true);
      expect(allDay.startDate.toString()).toBe('2026-11-12');
      expect(allDay.endDate.toString()).toBe('2026-11-13');
      expect(allDay.summary).toBe('Groepsbijeenkomst — De Esch');
    });

    it('answers 404 for a meeting the trajectory does not have and for another school\'s trajectory', async () => {
      const ib = await as('ib@esch.nl');
      const id = await planned(ib, 'A', { startgesprek: '2026-10-06T14:30:00+02:00' });
      const missing = await ib.request('GET', `/api/trajectories/${id}/meetings/1~agenda-afspraken~bijeenkomst.ics`);
      expect(missing.status).toBe(404);
      expect((await errorOf(missing)).message.nl).toMatch(/geen afspraak/);
      const other = await as('ib@kompas.nl');
      expect((await other.request('GET', `/api/trajectories/${id}/meetings`)).status).toBe(404);
      expect((await other.request('GET', `/api/trajectories/${id}/meetings/1~agenda-afspraken~startgesprek.ics`)).status).toBe(404);
    });
  });

  describe('the iCal feed', () => {
    it('shows the meetings of every trajectory the owner may see, never another school\'s, without a cookie', async () => {
      const [ibA, ibB, ibC] = [await as('ib@esch.nl'), await as('ib@kompas.nl'), await as('ib@horizon.nl')];
      await planned(ibB, 'B', { startgesprek: '2027-01-11T09:00:00+01:00' });
      await planned(ibC, 'C', { startgesprek: '2027-01-12T09:00:00+01:00' });
      const { url } = await answer(ibA.api.me['calendar-feed'].$post(), 201);
      expect(url).toMatch(/^http:\/\/localhost\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
      const path = new URL(url).pathname;
      const anonymous = await w.app.request(path);
      expect(anonymous.status).toBe(200);
      const summaries = parse(await anonymous.text()).events.map((e) => new ICAL.Event(e).summary);
      expect(summaries.length).toBeGreaterThan(0);
      expect(summaries.every((s) => s.endsWith('— De Esch'))).toBe(true);

      // The bestuurder of Rivierland holds no role the meeting types let be held at the bestuur (issue 13, role
      // scope): their feed shows no school's meetings.
      const bestuurder = await as('bestuur@rivierland.nl');
      const feed = await answer(bestuurder.api.me['calendar-feed'].$post(), 201);
      const schools = new Set(parse(await (await w.app.request(new URL(feed.url).pathname)).text()).events.map((e) => new ICAL.Event(e).summary.split(' — ')[1]));
      expect([...schools].sort()).toEqual([]);
    });

    it('stores only the SHA-256 of the token, and a new feed or a revoked one makes the old address answer 404', async () => {
      const ib = await as('ib@esch.nl');
      const first = await answer(ib.api.me['calendar-feed'].$post(), 201);
      const token = /calendar\/([^.]+)\.ics$/.exec(first.url)![1]!;
      const { sql } = await import('drizzle-orm');
      const result = await w.store.connection.db.execute<{ token_hash: string }>(sql`select token_hash from calendar_feeds where user_id = ${w.people.ibA.id}`);
      const hashes = ('rows' in result ? result.rows : result).map((r) => r.token_hash);
      expect(hashes).toContain(createHash('sha256').update(token).digest('hex'));
      expect(hashes).not.toContain(token);
      expect(await answer(ib.api.me['calendar-feed'].$get())).toMatchObject({ active: true });

      const second = await answer(ib.api.me['calendar-feed'].$post(), 201);
      expect((await w.app.request(new URL(first.url).pathname)).status).toBe(404);
      expect((await w.app.request(new URL(second.url).pathname)).status).toBe(200);

      expect((await ib.request('DELETE', '/api/me/calendar-feed')).status).toBe(204);
      const gone = await w.app.request(new URL(second.url).pathname);
      expect(gone.status).toBe(404);
      expect((await errorOf(gone)).message).toEqual({ nl: 'Deze agendafeed bestaat niet (meer).', en: 'This calendar feed does not exist (any more).' });
      expect(await answer(ib.api.me['calendar-feed'].$get())).toEqual({ active: false });
      expect((await ib.request('DELETE', '/api/me/calendar-feed')).status).toBe(404);
      expect((await w.app.request('/api/calendar/niet-een-token.ics')).status).toBe(404);
      expect((await w.app.request(`/api/calendar/${'a'.repeat(43)}.ics`)).status).toBe(404);
    });
  });
});
